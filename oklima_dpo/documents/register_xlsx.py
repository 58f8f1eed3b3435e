"""The register of requests as an Excel workbook, written row by row (openpyxl write-only).

It takes plain lines, already in French: whoever calls streams them from the case base, and
nothing here keeps them. The statistics are iterated only once every line is written, so
they may be computed from the lines as they pass.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

REGISTER_SHEET = "Registre des demandes"
STATISTICS_SHEET = "Statistiques"
DATE_FORMAT = "DD/MM/YYYY"
MONTH_FORMAT = "MM/YYYY"
PERCENT_FORMAT = "0.0%"

# (header, width in characters)
REGISTER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Référence", 15),
    ("Reçue le", 12),
    ("Canal", 15),
    ("Droits", 28),
    ("Statut", 24),
    ("Premier délai", 14),
    ("Prolongée", 11),
    ("Échéance", 12),
    ("Répondue le", 13),
    ("Délai respecté", 26),
    ("Retard (jours)", 10),
    ("Décision par droit", 40),
    ("Fondement du refus", 60),
    ("Chargé·e de la demande", 24),
)
STATISTICS_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Mois de réception", 12),
    ("Droit", 26),
    ("Reçues", 10),
    ("Répondues", 12),
    ("Répondues à temps", 12),
    ("Délai médian de réponse (jours)", 16),
)
DATE_COLUMNS = frozenset({1, 5, 7, 8})  # 0-based positions in RegisterLine.values()


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """One case, as the register shows it."""

    reference: str
    received_on: date
    channel: str
    rights: str
    status: str
    first_due: date
    extended: str  # « oui » / « non »
    due: date  # the deadline in force
    answered_on: date | None
    timeliness: str  # « à temps », « en retard de 3 j », empty while no answer is due
    days_late: int | None  # 0 when on time; None without an answer
    outcomes: str
    refusal_grounds: str
    assignee: str

    def values(self) -> tuple[Any, ...]:
        return (
            self.reference,
            self.received_on,
            self.channel,
            self.rights,
            self.status,
            self.first_due,
            self.extended,
            self.due,
            self.answered_on,
            self.timeliness,
            self.days_late,
            self.outcomes,
            self.refusal_grounds,
            self.assignee,
        )


@dataclass(frozen=True, slots=True)
class StatisticsLine:
    """One month of receipt (None: all months) and one right (or every right)."""

    month: date | None  # the first day of the month
    right: str
    received: int
    answered: int
    on_time_share: float | None  # of those answered, between 0 and 1
    median_days: float | None  # from receipt to answer, calendar days


def write_register(
    handle: BinaryIO, lines: Iterable[RegisterLine], statistics: Iterable[StatisticsLine]
) -> int:
    """Write the workbook to ``handle``; returns the number of cases written."""
    workbook = Workbook(write_only=True)
    try:
        register = _sheet(workbook, REGISTER_SHEET, REGISTER_COLUMNS)
        count = 0
        for line in lines:
            register.append(_row(register, line.values()))
            count += 1
        _finish(register, REGISTER_COLUMNS, count)
        sheet = _sheet(workbook, STATISTICS_SHEET, STATISTICS_COLUMNS)
        rows = 0
        for stat in statistics:
            sheet.append(_statistics_row(sheet, stat))
            rows += 1
        _finish(sheet, STATISTICS_COLUMNS, rows)
        workbook.save(handle)
    except BaseException:
        _discard(workbook)
        raise
    return count


def _discard(workbook: Workbook) -> None:
    """A cancelled or failed export leaves no temporary sheet behind (openpyxl writes each
    sheet to a temporary file, removed only when the workbook is saved)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        if sheet._rows is not None:
            sheet._rows.close()
        writer.close()
        if os.path.exists(writer.out):
            writer.cleanup()


def _sheet(
    workbook: Workbook, title: str, columns: tuple[tuple[str, float], ...]
) -> WriteOnlyWorksheet:
    sheet = workbook.create_sheet(title)
    # Widths, the frozen header: before the first row, as a write-only sheet writes them first.
    for number, (_, width) in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for title_text, _ in columns:
        cell = WriteOnlyCell(sheet, value=title_text)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    return sheet


def _finish(sheet: WriteOnlyWorksheet, columns: tuple[tuple[str, float], ...], rows: int) -> None:
    # The filter is written after the rows: its range can wait for their number.
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"


def _formatted(sheet: WriteOnlyWorksheet, value: Any, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _row(sheet: WriteOnlyWorksheet, values: tuple[Any, ...]) -> list[Any]:
    row = list(values)
    for position in DATE_COLUMNS:
        if row[position] is not None:
            row[position] = _formatted(sheet, row[position], DATE_FORMAT)
    return row


def _statistics_row(sheet: WriteOnlyWorksheet, stat: StatisticsLine) -> list[Any]:
    month: Any = "Toutes" if stat.month is None else _formatted(sheet, stat.month, MONTH_FORMAT)
    share = stat.on_time_share
    return [
        month,
        stat.right,
        stat.received,
        stat.answered,
        None if share is None else _formatted(sheet, share, PERCENT_FORMAT),
        stat.median_days,
    ]
