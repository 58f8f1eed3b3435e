"""The Registre page: activities listed, details of the selected one, filter, load errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from oklima_dpo.config.register_file import default_register_path, load_register
from oklima_dpo.gui.models.register_model import (
    ACTIVITY_ROLE,
    SORT_ROLE,
    ActivitiesTableModel,
    ActivityFilterProxy,
    fold,
)
from oklima_dpo.gui.views.register_view import RegisterView
from oklima_dpo.gui.workers import Runner


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.fixture
def view(qtbot: QtBot, runner: Runner) -> RegisterView:
    page = RegisterView(runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def click_row(qtbot: QtBot, view: RegisterView, row: int) -> None:
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_page_lists_the_activities_of_the_register(view: RegisterView) -> None:
    model = view.model
    assert model.rowCount() == 17
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "Souscription et fourniture des services"
    assert first[1] == "Exécution du contrat"
    assert first[2] == "13"
    assert first[3].startswith("5 ans après la fin de la relation contractuelle")
    assert plain(view.count_label.text()) == "17 traitement(s)"
    assert view.error_label.isHidden()
    assert "Charte de protection des données" in view.intro.text()
    assert "Sélectionnez un traitement" in view.details.toPlainText()


def test_selecting_an_activity_shows_its_details(qtbot: QtBot, view: RegisterView) -> None:
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(ACTIVITY_ROLE).id == "debt_recovery"
    )
    click_row(qtbot, view, row)
    activity = view.selected_activity()
    assert activity is not None and activity.id == "debt_recovery"
    text = plain(view.details.toPlainText())
    assert "Recouvrement" in text
    assert "Base légale : Intérêt légitime — Faire respecter nos droits" in text
    assert "Mener des actions de recouvrement" in text
    assert "Coordonnées bancaires (IBAN/RIB) — fournie par la personne" in text
    assert "3 ans à compter de la collecte" in text
    assert "Prestataires de recouvrement — sous-traitant" in text
    assert "administration fiscale" in text
    assert "clauses contractuelles types" in text
    assert "filiales du Groupe EDF" in text
    assert "Décisions automatisées : Non mentionnées par la charte" in text

    QTest.keyClick(view.table, Qt.Key.Key_Down)  # the keyboard moves the selection too
    assert view.selected_activity().id == "prospecting"
    assert "Prospection commerciale (hors voie électronique)" in view.details.toPlainText()


def test_the_filter_ignores_case_and_accents(qtbot: QtBot, view: RegisterView) -> None:
    qtbot.keyClicks(view.filter_edit, "recouvrement")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "Recouvrement"
    assert plain(view.count_label.text()) == "1 sur 17 traitements"

    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "ECHANGES reclamations")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "Échanges, demandes et réclamations"
    ]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "consentement")  # the legal basis is searched too
    assert view.proxy.rowCount() == 1
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "user.financial.invoice")  # and category keys
    assert view.proxy.rowCount() == 16  # every activity but the security logs
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 17


def test_filtering_out_the_selection_updates_the_details(qtbot: QtBot, view: RegisterView) -> None:
    click_row(qtbot, view, 0)
    assert "Souscription et fourniture des services" in view.details.toPlainText()
    qtbot.keyClicks(view.filter_edit, "fraude")
    # The details follow the table: never the activity that the filter hid.
    details = view.details.toPlainText()
    assert "Souscription et fourniture des services" not in details
    selected = view.selected_activity()
    if selected is None:
        assert "Sélectionnez un traitement" in details
    else:
        assert selected.id == "fraud_prevention" and "Lutte contre la fraude" in details


def test_the_overview_tab_gives_the_controller_rights_and_remarks(view: RegisterView) -> None:
    text = plain(view.overview.toPlainText())
    assert "20 bis rue Louis Philippe, 92200 Neuilly sur Seine" in text
    assert "Délégué à la protection des données : non désigné dans la charte" in text
    assert "Droit à la portabilité (Art. 20)" in text
    assert "Par e-mail : contact@oklima.fr" in text
    assert "Commission Nationale de l’Informatique et des Libertés" in text
    assert "page dédiée sur les Cookies" in text


def test_the_models_pass_the_model_tester(qtmodeltester) -> None:
    model = ActivitiesTableModel()
    model.set_register(load_register())
    qtmodeltester.check(model)
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("contrat")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    assert model.index(0, 2).data(SORT_ROLE) == 13  # counts sort as numbers
    assert model.data(QModelIndex()) is None
    model.set_register(None)
    assert model.rowCount() == 0


def test_sorting_by_a_column_and_back_to_the_charter_order(view: RegisterView) -> None:
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert view.proxy.index(0, 0).data() == "Sécurité (journaux techniques)"  # one category
    view.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert view.proxy.index(0, 0).data() == "Souscription et fourniture des services"


def test_fold_drops_accents_and_case() -> None:
    assert fold("Échéance Légale") == "echeance legale"


def test_an_invalid_file_shows_its_message_in_the_page(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "oklima.yaml"
    text = default_register_path().read_text(encoding="utf-8")
    path.write_text(text.replace("legal_basis: consent", "legal_basis: consentement"), "utf-8")
    page = RegisterView(runner, load=lambda: load_register(path))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.failed) as failed:
        pass
    message = plain(failed.args[0])
    assert "oklima.yaml, ligne" in message and ".legal_basis" in message
    assert page.error_label.isVisible()
    shown = plain(page.error_label.text())
    assert "Le registre des traitements n’a pas pu être chargé." in shown
    assert "« consentement » n’est pas reconnu" in shown
    assert f"Fichier : {path}" in shown  # the DPO's file may be anywhere: say which
    assert page.model.rowCount() == 0

    path.write_text(text, "utf-8")  # the DPO fixes the file and reloads
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isHidden()
    assert page.model.rowCount() == 17


def test_reload_keeps_the_selected_activity(qtbot: QtBot, view: RegisterView) -> None:
    click_row(qtbot, view, 3)
    selected = view.selected_activity()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.selected_activity() == selected
    assert selected is not None and selected.name.fr in view.details.toPlainText()


def test_inputs_and_buttons_are_named_for_assistive_technology(view: RegisterView) -> None:
    for widget in (view.filter_edit, view.reload_button, view.table, view.details, view.overview):
        assert widget.accessibleName()
    assert view.reload_button.text() == "&Recharger"


def test_the_filter_takes_the_focus_and_f5_reloads(qtbot: QtBot, view: RegisterView) -> None:
    # Ctrl+F is the main window's (tests/gui/test_shortcuts.py): it calls focus_filter here.
    view.activateWindow()
    qtbot.waitActive(view)
    view.table.setFocus()
    view.focus_filter()
    assert view.filter_edit.hasFocus()
    QTest.keyClicks(view.filter_edit, "factur")
    assert 0 < view.proxy.rowCount() < 17
    with qtbot.waitSignal(view.loaded):
        QTest.keyClick(view.filter_edit, Qt.Key.Key_F5)
    assert view.model.rowCount() == 17
