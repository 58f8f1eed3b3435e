"""Every action the services write to the journal has its words: in the window (``labels``) and
in what leaves the program in French (``journal_words``, the legal team's case file)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.gui import labels
from oklima_dpo.services import journal_words
from oklima_dpo.services.minimisation import purge
from oklima_dpo.services.reports import register as register_export

SERVICES = Path(__file__).resolve().parents[2] / "oklima_dpo" / "services"
# ``uow.journal.record("case.opened", …)``, or an action passed on (``action="…"``).
LITERAL = re.compile(r'(?:journal\.record\(\s*|\baction=)"([a-z_.]+)"')
FORMATTED = re.compile(r'journal\.record\(\s*f"([^"]+)"')


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def journal_actions() -> set[str]:
    """The actions of every ``journal.record`` of the services, the formatted ones expanded."""
    found: set[str] = {register_export.EXPORT_ACTION}
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
    assert "register.exported" in actions


def test_every_journal_action_has_words_in_both_places() -> None:
    missing_window = [a for a in journal_actions() if labels.action_label(a) == a]
    missing_letters = [a for a in journal_actions() if journal_words.action_label(a) == a]
    assert not missing_window, f"labels.ACTION lacks {sorted(missing_window)}"
    assert not missing_letters, f"journal_words.ACTIONS lacks {sorted(missing_letters)}"


def test_both_places_say_the_same() -> None:
    for action in journal_actions():
        assert labels.action_label(action) == journal_words.action_label(action), action


def test_execution_details_in_words() -> None:
    details = {
        "execution": 3,
        "right": "erasure",
        "counts": {"crm": {"delete": 3, "pseudonymise": 1}, "billing": {"keep": 7}},
        "tasks": ["paper_archives"],
    }
    names = {"crm": "CRM clients", "billing": "Facturation", "paper_archives": "Archives papier"}
    expected = (
        "exécution n°\u00a03\u00a0; "
        "Effacement\u00a0; CRM clients\u00a0: 3 suppressions, 1 pseudonymisation\u00a0; "
        "Facturation\u00a0: 7 conservés\u00a0; tâches pour\u00a0: Archives papier"
    )
    assert journal_words.details_text(details, names) == expected
    applied = {
        "sources": {
            "crm": {
                "status": "applied",
                "statements": 4,
                "before": {"count": 4, "sha256": "a" * 64},
                "after": {"count": 2, "sha256": "b" * 64},
            },
            "portal": {"status": "failed", "before": None, "after": None},
        },
        "not_run": [],
    }
    text = journal_words.details_text(applied, {"crm": "CRM clients"})
    assert "CRM clients\u00a0: appliqué, 4 écriture(s), avant 4 ligne(s)" in text
    assert "a" * 64 in text and "b" * 64 in text  # the proof, whole, in the case file
    assert "portal\u00a0: en échec, rien n’a été modifié" in text
    window = labels.journal_details(applied)
    assert "crm\u00a0: appliqué, 4 écriture(s), avant 4 ligne(s) → après 2 ligne(s)" in window
    verified = {"execution": 3, "status": "partly", "remaining": {"kept": 7, "unexpected": 1}}
    assert (
        labels.journal_details(verified)
        == journal_words.details_text(verified)
        == (
            "exécution n°\u00a03\u00a0; état\u00a0: appliquée en partie\u00a0; reste\u00a0: "
            "conservé (obligation légale) × 7, toujours présent × 1"
        )
    )
    purged = {"counts": {"records": 12, "documents": 2}, "due_since": "2025-03-01"}
    assert (
        labels.journal_details(purged)
        == journal_words.details_text(purged)
        == ("enregistrements\u00a0: 12, documents\u00a0: 2\u00a0; à purger depuis le 01/03/2025")
    )
    expired = {"removed": 3, "before": "2025-03-25"}
    assert (
        labels.journal_details(expired)
        == journal_words.details_text(expired)
        == ("entrées retirées\u00a0: 3\u00a0; échues avant le 25/03/2025")
    )


def test_the_plan_labels_cover_every_action() -> None:
    from oklima_dpo.domain.plan import Action

    assert {a.value for a in Action} <= set(labels.PLAN_ACTION)
    assert set(labels.PLAN_ACTION_COUNT) == set(labels.PLAN_ACTION)
    assert set(journal_words.PLAN_ACTIONS) == {a.value for a in Action}
    assert labels.plan_action_count("delete", 1) == "1 suppression"
    assert labels.plan_action_count("delete", 3) == "3 suppressions"
    for action in Action:
        for count in (1, 2):
            assert labels.plan_action_count(action.value, count) == (
                journal_words.plan_action_count(action.value, count)
            )
