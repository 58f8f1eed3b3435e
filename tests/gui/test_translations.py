"""The English interface: every string of the code is in the .ts, translated, and built."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tools import build_translations

LANGUAGES = build_translations.LANGUAGES
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts: Path) -> list[ET.Element]:
    return ET.parse(ts).getroot().findall("./context/message")


def keyed(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.findall("context")
        for message in context.findall("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    committed = build_translations.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    build_translations.update(fresh)
    missing = keyed(fresh) - keyed(committed)
    assert not missing, f"run tools/build_translations.py --update, then translate: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    problems = []
    for message in messages(build_translations.ts_path(language)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"untranslated: {source!r}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if not form.strip() or set(PLACEHOLDER.findall(form)) != set(
                PLACEHOLDER.findall(source)
            ):
                problems.append(f"{source!r} → {form!r}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_is_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    built = build_translations.qm_path(language)
    assert built.exists(), "tests/conftest.py builds it (built_translations)"
    fresh = tmp_path / built.name
    build_translations.release(build_translations.ts_path(language), fresh)
    assert built.read_bytes() == fresh.read_bytes(), (
        f"{built.name} is older than its .ts: run tools/build_translations.py"
    )


def test_the_interface_speaks_english(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(build_translations.qm_path("en")))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("labels", "en cours") != "en cours"
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
    finally:
        qapp.removeTranslator(translator)


def test_french_typography_in_every_string_of_the_interface() -> None:
    """A non-breaking space before « : ; ? ! » and inside guillemets, as French wants."""
    wrong = [
        message.findtext("source")
        for message in messages(build_translations.ts_path(LANGUAGES[0]))
        if re.search(r" [:;?!»]|« ", message.findtext("source") or "")
    ]
    assert not wrong, wrong
