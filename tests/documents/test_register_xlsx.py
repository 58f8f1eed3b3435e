"""The register workbook from plain lines: read back with openpyxl."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from oklima_dpo.documents.files import write_new
from oklima_dpo.documents.register_xlsx import (
    REGISTER_COLUMNS,
    STATISTICS_COLUMNS,
    RegisterLine,
    StatisticsLine,
    write_register,
)

LINE = RegisterLine(
    reference="DR-2025-0001",
    received_on=date(2025, 1, 6),
    channel="e-mail",
    rights="Accès, Effacement",
    status="répondue",
    first_due=date(2025, 2, 6),
    extended="non",
    due=date(2025, 2, 6),
    answered_on=date(2025, 2, 10),
    timeliness="en retard de 4\u00a0j",
    days_late=4,
    outcomes="Accès\u00a0: accordé\u00a0; Effacement\u00a0: refusé",
    refusal_grounds="Effacement\u00a0: Art. 17(3)(b) RGPD",
    assignee="Damien Roux",
)
STATISTICS = [
    StatisticsLine(date(2025, 1, 1), "Tous droits", 3, 2, 0.5, 24.5),
    StatisticsLine(date(2025, 1, 1), "Portabilité", 1, 0, None, None),
    StatisticsLine(None, "Tous droits", 3, 2, 0.5, 24.5),
]


def write(folder: Path, lines, statistics) -> Path:
    written = write_new(
        folder, "registre.xlsx", lambda handle: write_register(handle, lines, statistics)
    )
    return written.path


def test_lines_and_statistics_are_written_with_their_formats(tmp_path: Path) -> None:
    path = write(tmp_path, [LINE, LINE], STATISTICS)
    workbook = load_workbook(path)
    try:
        register = workbook["Registre des demandes"]
        assert [c.value for c in register[1]] == [title for title, _ in REGISTER_COLUMNS]
        assert all(cell.font.b for cell in register[1])
        assert register.freeze_panes == "A2"
        assert register.auto_filter.ref == "A1:N3"
        assert register.column_dimensions["D"].width == 28
        row = [cell.value for cell in register[2]]
        assert row[:3] == ["DR-2025-0001", datetime(2025, 1, 6), "e-mail"]
        assert row[9:12] == ["en retard de 4\u00a0j", 4, LINE.outcomes]
        assert register["B2"].number_format == "DD/MM/YYYY"
        assert register["I2"].number_format == "DD/MM/YYYY"

        statistics = workbook["Statistiques"]
        assert [c.value for c in statistics[1]] == [title for title, _ in STATISTICS_COLUMNS]
        assert statistics.freeze_panes == "A2"
        assert statistics.auto_filter.ref == "A1:F4"
        assert [c.value for c in statistics[2]] == [
            datetime(2025, 1, 1), "Tous droits", 3, 2, 0.5, 24.5
        ]  # fmt: skip
        assert statistics["A2"].number_format == "MM/YYYY"
        assert statistics["E2"].number_format == "0.0%"
        assert [c.value for c in statistics[3]] == [
            datetime(2025, 1, 1), "Portabilité", 1, 0, None, None
        ]  # fmt: skip
        assert statistics["A4"].value == "Toutes"
    finally:
        workbook.close()


def test_an_empty_register_still_has_its_headers_and_filters(tmp_path: Path) -> None:
    path = write(tmp_path, [], [])
    workbook = load_workbook(path)
    try:
        register = workbook["Registre des demandes"]
        assert register.max_row == 1
        assert register.auto_filter.ref == "A1:N1"
        assert workbook["Statistiques"].auto_filter.ref == "A1:F1"
    finally:
        workbook.close()


def test_the_statistics_are_read_only_after_every_line(tmp_path: Path) -> None:
    """So that they may be counted from the lines as these pass."""
    seen: list[str] = []

    def lines() -> Iterator[RegisterLine]:
        for number in range(3):
            seen.append(f"line {number}")
            yield LINE

    def statistics() -> Iterator[StatisticsLine]:
        seen.append("statistics")
        yield from STATISTICS

    write(tmp_path, lines(), statistics())
    assert seen == ["line 0", "line 1", "line 2", "statistics"]


def test_a_failure_half_way_leaves_neither_the_file_nor_openpyxl_scratch_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "exports"

    def failing() -> Iterator[RegisterLine]:
        yield LINE
        raise RuntimeError("the case base went away")

    with pytest.raises(RuntimeError, match="went away"):
        write(out, failing(), STATISTICS)
    assert list(out.iterdir()) == []
    assert list(scratch.iterdir()) == []
