"""Every action the services write to the journal has its words, in French and in English: one
wording (``services/journal_words.py``) that the case file prints in French and the window
shows through Qt Linguist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from oklima_dpo.domain.plan import Action
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.gui import labels
from oklima_dpo.services import code_words, journal_words
from oklima_dpo.services.minimisation import purge
from oklima_dpo.services.reports import register as register_export
from tools import build_translations

SERVICES = Path(__file__).resolve().parents[2] / "oklima_dpo" / "services"
# ``uow.journal.record("case.opened", …)``, or an action passed on (``action="…"``).
LITERAL = re.compile(r'(?:journal\.record\(\s*|\baction=)"([a-z_.]+)"')
FORMATTED = re.compile(r'journal\.record\(\s*f"([^"]+)"')


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[QTranslator]:
    """The window in English (the .qm built from the .ts)."""
    translator = QTranslator()
    assert translator.load(str(build_translations.qm_path("en")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def journal_actions() -> set[str]:
    """The actions of every ``journal.record`` of the services, the formatted ones expanded."""
    from oklima_dpo.services import backup, vault

    # Recorded through a named constant, not a literal.
    found: set[str] = {
        register_export.EXPORT_ACTION,
        backup.BACKUP_ACTION,
        backup.RESTORE_ACTION,
        vault.KEY_ROTATED,
    }
    formatted: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(LITERAL.findall(text))
        formatted |= set(FORMATTED.findall(text))
    expansions = {
        "case.{kind.value}": {f"case.{kind.value}" for kind in EventKind},
        "case.purged.{item.kind}": {f"case.purged.{kind}" for kind in purge.KIND_LABELS},
    }
    unknown = formatted - set(expansions)
    assert not unknown, f"a new formatted journal action: expand it here too: {unknown}"
    for pattern in formatted:
        found |= expansions[pattern]
    return found


def test_the_services_journal_these_actions() -> None:
    actions = journal_actions()
    assert {"case.execution_planned", "case.notice_sent", "case.purged.closed_case"} <= actions
    assert {"register.exported", "case.opened", "case.extended"} <= actions


def test_every_journal_action_has_french_words() -> None:
    missing = sorted(a for a in journal_actions() if journal_words.action_label(a) == a)
    assert not missing, f"journal_words.ACTIONS lacks {missing}"
    # Untranslated, the window says what the case file says.
    for action in journal_actions():
        assert labels.action_label(action) == journal_words.action_label(action), action


def test_every_journal_action_has_english_words(english: QTranslator) -> None:
    untranslated = sorted(
        action
        for action in journal_actions()
        if not english.translate(code_words.CONTEXT, journal_words.action_label(action))
    )
    assert not untranslated, f"translate them in the .ts: {untranslated}"
    for action in journal_actions():  # and the window shows that translation
        french = journal_words.action_label(action)
        assert labels.action_label(action) == english.translate(code_words.CONTEXT, french)
    assert labels.action_label("case.opened") == "request recorded"
    assert labels.action_label("case.extended") == "deadline extended"
    assert labels.action_label("something.new") == "something.new"


@pytest.mark.usefixtures("english")
def test_the_window_shows_the_details_in_english() -> None:
    verified = {"execution": 3, "status": "partly", "remaining": {"kept": 7, "unexpected": 1}}
    assert labels.journal_details(verified) == (
        "execution no. 3; state: partly applied; remaining: kept (legal obligation) × 7, "
        "still present × 1"
    )
    planned = {"right": "erasure", "counts": {"crm": {"delete": 3, "keep": 1}}, "tasks": []}
    assert labels.journal_details(planned) == "Erasure; crm: 3 deletions, 1 kept"
    opened = {"identifiers": 2, "before": None, "size": 15, "raw_data": False}
    assert labels.journal_details(opened) == (
        "identifiers given: 2; before: no one; 15 bytes; without the raw data"
    )


@pytest.mark.usefixtures("english")
def test_the_case_file_keeps_its_french_words_under_an_english_window() -> None:
    """The services word in French unless the window asks for a translation."""
    assert journal_words.action_label("case.opened") == "demande enregistrée"
    assert journal_words.details_text({"execution": 3, "status": "partly"}) == (
        "exécution n°\u00a03\u00a0; état\u00a0: appliquée en partie"
    )


def test_the_plan_labels_cover_every_action() -> None:
    assert {a.value for a in Action} <= set(labels.PLAN_ACTION)
    assert set(code_words.PLAN_ACTION_COUNT) == set(labels.PLAN_ACTION)
    for action in labels.PLAN_ACTION:
        for count in (1, 2):
            assert labels.plan_action_count(action, count) == code_words.plan_action_count(
                action, count
            )
