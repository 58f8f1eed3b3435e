"""The register of requests exported to xlsx, read back with openpyxl, on both case bases."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from oklima_dpo.demo.cases import REFUSAL_GROUND, fill_demo
from oklima_dpo.domain.case import Outcome
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.reports.register import (
    EXPORT_ACTION,
    PROGRESS_EVERY,
    ExportCancelled,
    export_register,
)
from oklima_dpo.services.reports.statistics import median_of
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.store.models import AuditEntry
from tests.db import raw_session

from ..conftest import DEFAULT_NOW, Clock
from .helpers import open_request

GROUND = "Art. 17(3)(b) RGPD : factures conservées dix ans (Code de commerce L123-22)."
HEADER = (
    "Référence",
    "Reçue le",
    "Canal",
    "Droits",
    "Statut",
    "Premier délai",
    "Prolongée",
    "Échéance",
    "Répondue le",
    "Délai respecté",
    "Retard (jours)",
    "Décision par droit",
    "Fondement du refus",
    "Chargé·e de la demande",
)


def on_day(clock: Clock, day: date) -> None:
    clock.now = datetime.combine(day, time(10), tzinfo=UTC)


def received(clock: Clock, day: date) -> datetime:
    on_day(clock, day)
    return datetime.combine(day, time(9, 30), tzinfo=UTC)


def answer(ctx: ServiceContext, clock: Clock, reference: str, day: date, **outcomes) -> None:
    """Decide every right (granted unless said) and send the answer, all on ``day``."""
    on_day(clock, day)
    for right in case_steps.show_case(ctx, reference).rights:
        outcome = outcomes.get(right.right.value, Outcome.GRANTED)
        ground = GROUND if outcome.needs_ground else ""
        case_steps.decide(ctx, reference, right.right, outcome, ground)
    case_steps.mark_answered(ctx, reference, on=day, how="courrier électronique")


@pytest.fixture
def small_base(ctx: ServiceContext, clock: Clock) -> dict[str, str]:
    """Five requests whose figures are worked out by hand in the tests below."""
    refs = {}
    # A: access, received Mon 06/01, due Thu 06/02, answered 20/01: on time, 14 days.
    refs["A"] = open_request(
        ctx,
        name="Agathe Marchand",
        emails=("a@exemple.fr",),
        received_at=received(clock, date(2025, 1, 6)),
    )
    answer(ctx, clock, refs["A"], date(2025, 1, 20))
    # B: erasure refused, received Fri 10/01, due Mon 10/02, answered 14/02: 4 days late, 35.
    refs["B"] = open_request(
        ctx,
        name="Bruno Lefèvre",
        emails=("b@exemple.fr",),
        rights=("erasure",),
        channel="post",
        received_at=received(clock, date(2025, 1, 10)),
    )
    answer(ctx, clock, refs["B"], date(2025, 2, 14), erasure=Outcome.REFUSED)
    # C: access and portability, received Wed 15/01, extended 20/01 → due Tue 15/04; open.
    refs["C"] = open_request(
        ctx,
        name="Céline Dubois",
        emails=("c@exemple.fr",),
        rights=("access", "portability"),
        received_at=received(clock, date(2025, 1, 15)),
    )
    on_day(clock, date(2025, 1, 20))
    case_steps.extend(ctx, refs["C"], "Données dans six systèmes", on=date(2025, 1, 20))
    case_steps.assign(ctx, refs["C"], "Damien Roux")
    # D: access, received Mon 03/02, answered 10/02 (7 days) with access partly granted.
    refs["D"] = open_request(
        ctx,
        name="Denis Petit",
        emails=("d@exemple.fr",),
        received_at=received(clock, date(2025, 2, 3)),
    )
    answer(ctx, clock, refs["D"], date(2025, 2, 10), access=Outcome.PARTLY_GRANTED)
    # E: erasure, received Wed 05/02, due Wed 05/03, no answer by Tue 25/03: 20 days late.
    refs["E"] = open_request(
        ctx,
        name="Estelle Garnier",
        emails=("e@exemple.fr",),
        rights=("erasure",),
        received_at=received(clock, date(2025, 2, 5)),
    )
    clock.now = DEFAULT_NOW
    return refs


def read_sheets(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's rows, each as wide as the header (read-only mode drops empty cells at
    the end of a row)."""
    workbook = load_workbook(path, read_only=True)
    try:
        sheets = {}
        for sheet in workbook.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            width = len(rows[0])
            sheets[sheet.title] = [row + (None,) * (width - len(row)) for row in rows]
        return sheets
    finally:
        workbook.close()


def by_reference(rows: list[tuple]) -> dict[str, dict[str, object]]:
    return {row[0]: dict(zip(HEADER, row, strict=True)) for row in rows[1:]}


def at(day: date) -> datetime:
    return datetime.combine(day, time())


def test_each_case_is_one_line_with_its_dates_delay_and_decisions(
    ctx: ServiceContext, small_base: dict[str, str], tmp_path: Path
) -> None:
    written = export_register(ctx, tmp_path / "registre.xlsx")
    assert written.path == tmp_path / "registre.xlsx"
    sheets = read_sheets(written.path)
    assert list(sheets) == ["Registre des demandes", "Statistiques"]
    rows = sheets["Registre des demandes"]
    assert rows[0] == HEADER
    # In order of receipt.
    assert [row[0] for row in rows[1:]] == [small_base[k] for k in "ABCDE"]
    lines = by_reference(rows)

    a = lines[small_base["A"]]
    assert a["Reçue le"] == at(date(2025, 1, 6))
    assert a["Canal"] == "e-mail"
    assert a["Droits"] == "Accès"
    assert a["Statut"] == "répondue"
    assert a["Premier délai"] == a["Échéance"] == at(date(2025, 2, 6))
    assert a["Prolongée"] == "non"
    assert a["Répondue le"] == at(date(2025, 1, 20))
    assert (a["Délai respecté"], a["Retard (jours)"]) == ("à temps", 0)
    assert a["Décision par droit"] == "accordé"
    assert a["Fondement du refus"] is None

    b = lines[small_base["B"]]
    assert (b["Canal"], b["Droits"], b["Statut"]) == ("courrier", "Effacement", "refusée")
    assert b["Échéance"] == at(date(2025, 2, 10))
    assert b["Répondue le"] == at(date(2025, 2, 14))
    assert (b["Délai respecté"], b["Retard (jours)"]) == ("en retard de 4\u00a0j", 4)
    assert b["Décision par droit"] == "refusé"
    assert b["Fondement du refus"] == GROUND

    c = lines[small_base["C"]]
    assert c["Droits"] == "Accès, Portabilité"
    assert c["Statut"] == "reçue"
    assert c["Prolongée"] == "oui"
    assert c["Premier délai"] == at(date(2025, 2, 17))  # Sat 15/02 → Mon 17/02
    assert c["Échéance"] == at(date(2025, 4, 15))
    assert c["Répondue le"] is None and c["Retard (jours)"] is None
    assert c["Délai respecté"] is None  # not due yet
    assert c["Décision par droit"] is None
    assert c["Chargé·e de la demande"] == "Damien Roux"

    d = lines[small_base["D"]]
    assert d["Décision par droit"] == "partiellement accordé"
    assert d["Fondement du refus"] == GROUND

    e = lines[small_base["E"]]
    assert e["Échéance"] == at(date(2025, 3, 5))
    assert e["Délai respecté"] == "sans réponse, en retard de 20\u00a0j"
    assert e["Retard (jours)"] is None


def test_a_case_with_two_rights_names_the_right_of_each_decision(
    ctx: ServiceContext, clock: Clock, tmp_path: Path
) -> None:
    reference = open_request(ctx, rights=("access", "erasure"))
    answer(ctx, clock, reference, date(2025, 3, 20), erasure=Outcome.REFUSED)
    line = by_reference(read_sheets(export_register(ctx, tmp_path).path)["Registre des demandes"])
    decided = line[reference]
    assert decided["Décision par droit"] == "Accès\u00a0: accordé\u00a0; Effacement\u00a0: refusé"
    assert decided["Fondement du refus"] == f"Effacement\u00a0: {GROUND}"


def test_the_sheets_have_a_frozen_bold_header_filters_widths_and_french_dates(
    ctx: ServiceContext, small_base: dict[str, str], tmp_path: Path
) -> None:
    written = export_register(ctx, tmp_path)
    workbook = load_workbook(written.path)  # not read-only: to see the sheets' settings
    try:
        register, statistics = workbook["Registre des demandes"], workbook["Statistiques"]
        assert register.freeze_panes == statistics.freeze_panes == "A2"
        assert register.auto_filter.ref == "A1:N6"
        assert statistics.auto_filter.ref == f"A1:F{statistics.max_row}"
        assert all(cell.font.b for cell in register[1])
        assert all(cell.font.b for cell in statistics[1])
        assert register.column_dimensions["A"].width == 15
        assert register.column_dimensions["M"].width == 60
        for column in "BFHI":
            assert register[f"{column}2"].number_format == "DD/MM/YYYY"
            assert register[f"{column}2"].is_date
        assert statistics["A2"].number_format == "MM/YYYY"
        assert statistics["E2"].number_format == "0.0%"
    finally:
        workbook.close()


def test_statistics_per_month_and_right_match_the_hand_count(
    ctx: ServiceContext, small_base: dict[str, str], tmp_path: Path
) -> None:
    rows = read_sheets(export_register(ctx, tmp_path).path)["Statistiques"]
    assert rows[0] == (
        "Mois de réception",
        "Droit",
        "Reçues",
        "Répondues",
        "Répondues à temps",
        "Délai médian de réponse (jours)",
    )
    january, february = at(date(2025, 1, 1)), at(date(2025, 2, 1))
    # (month, right): received, answered, on time, median days to answer
    assert rows[1:] == [
        # January: A (14 days, on time), B (35, late), C (not answered)
        (january, "Tous droits", 3, 2, 0.5, 24.5),
        (january, "Accès", 2, 1, 1, 14),
        (january, "Effacement", 1, 1, 0, 35),
        (january, "Portabilité", 1, 0, None, None),
        # February: D (7 days, on time), E (not answered)
        (february, "Tous droits", 2, 1, 1, 7),
        (february, "Accès", 1, 1, 1, 7),
        (february, "Effacement", 1, 0, None, None),
        ("Toutes", "Tous droits", 5, 3, pytest.approx(2 / 3), 14),
        ("Toutes", "Accès", 3, 2, 1, 10.5),
        ("Toutes", "Effacement", 2, 1, 0, 35),
        ("Toutes", "Portabilité", 1, 0, None, None),
    ]


def test_a_second_export_never_overwrites_the_first(
    ctx: ServiceContext, small_base: dict[str, str], tmp_path: Path
) -> None:
    exports = tmp_path / "exports"
    first = export_register(ctx, default_folder=exports)
    assert first.path == exports / "registre-des-demandes-2025-03-25.xlsx"
    before = first.path.read_bytes()
    second = export_register(ctx, default_folder=exports)
    assert second.path == exports / "registre-des-demandes-2025-03-25 (2).xlsx"
    assert first.path.read_bytes() == before
    chosen = export_register(ctx, first.path)  # the name asked is taken too
    assert chosen.path == exports / "registre-des-demandes-2025-03-25 (3).xlsx"
    assert sorted(p.name for p in exports.iterdir()) == [
        "registre-des-demandes-2025-03-25 (2).xlsx",
        "registre-des-demandes-2025-03-25 (3).xlsx",
        "registre-des-demandes-2025-03-25.xlsx",
    ]


def test_the_export_folder_of_the_settings_comes_first_and_the_export_is_journaled(
    ctx: ServiceContext, small_base: dict[str, str], tmp_path: Path
) -> None:
    chosen = tmp_path / "dossier des exports"
    with ctx.store.unit_of_work() as uow:
        uow.settings.write(settings_keys.EXPORT_FOLDER, str(chosen))
        uow.commit()
    written = export_register(ctx, default_folder=tmp_path / "ailleurs")
    assert written.path.parent == chosen
    with raw_session(ctx.store) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == EXPORT_ACTION)).one()
    assert entry.case_reference is None
    assert str(chosen) not in entry.details  # a path may name the user
    assert written.sha256 in entry.details
    assert '"cases":5' in entry.details


def test_a_demo_base_exports_every_case_and_agrees_with_the_dashboard_count(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    fill_demo(ctx, PROGRESS_EVERY + 50)
    reports: list[tuple[int, int]] = []
    written = export_register(
        ctx, tmp_path, progress=lambda done, total: reports.append((done, total))
    )
    total = PROGRESS_EVERY + 50
    assert reports == [(0, total), (PROGRESS_EVERY, total), (total, total)]
    sheets = read_sheets(written.path)
    lines = sheets["Registre des demandes"][1:]
    assert len(lines) == total
    with ctx.unit_of_work() as uow:
        answered, on_time = uow.queue.answers_on_time(after=date(1900, 1, 1), until=ctx.today())
    assert sum(1 for line in lines if line[8] is not None) == answered
    assert sum(1 for line in lines if line[9] == "à temps") == on_time
    overall = next(row for row in sheets["Statistiques"] if row[:2] == ("Toutes", "Tous droits"))
    assert overall[2:5] == (total, answered, pytest.approx(on_time / answered))
    assert any(REFUSAL_GROUND in (line[12] or "") for line in lines)
    assert any(line[6] == "oui" for line in lines)


def test_a_cancelled_export_leaves_no_file_behind(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(ctx, PROGRESS_EVERY + 50)
    scratch = tmp_path / "scratch"  # where openpyxl keeps each sheet while writing it
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    reports: list[int] = []
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(len(reports))
        return True

    out = tmp_path / "exports"
    with pytest.raises(ExportCancelled, match="annulé"):
        export_register(ctx, out / "registre.xlsx", lambda done, _: reports.append(done), cancelled)
    assert reports == [0] and asked == [1]  # asked once, after the first cases were written
    assert list(out.iterdir()) == []  # not even the partial file
    assert list(scratch.iterdir()) == []
    with raw_session(ctx.store) as session:
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.action == EXPORT_ACTION)
        ).all()


def test_the_median_of_counted_values() -> None:
    assert median_of({}) is None
    assert median_of({7: 1}) == 7
    assert median_of({14: 1, 35: 1}) == 24.5
    assert median_of({3: 2, 10: 1}) == 3
    assert median_of({1: 1, 2: 1, 9: 2}) == 5.5
