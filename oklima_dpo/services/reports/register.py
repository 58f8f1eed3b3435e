"""Reports over every case: the register of requests (Excel), with its statistics.

The cases stream from the case base into the workbook one at a time; the statistics are
counted as they pass (per month and right: counts, and how many answers took how many days,
from which the median follows), so a hundred thousand cases take no more memory than ten.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

from ...documents.files import Written, write_new
from ...documents.register_xlsx import RegisterLine, write_register
from ...domain.case import Channel, Outcome
from ...domain.deadlines import DeadlinePolicy
from ...domain.errors import DpoError
from ...domain.rights import Right
from ...domain.workflow import Status
from ...store.repositories.reports import RegisterCase
from ..cases.queue import live_dates
from ..context import ServiceContext
from ..settings.model import read as read_settings
from .statistics import RegisterStatistics, short_label

PROGRESS_EVERY = 250  # cases between two progress reports and cancellation checks
EXPORT_ACTION = "register.exported"

Progress = Callable[[int, int], None]


class ExportCancelled(DpoError):
    """The DPO cancelled the export: no file was written."""

    def __init__(self) -> None:
        super().__init__("Export du registre annulé : aucun fichier n’a été écrit.")


def register_file_name(today: date) -> str:
    return f"registre-des-demandes-{today.isoformat()}.xlsx"


def export_register(
    ctx: ServiceContext,
    out: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    default_folder: Path | None = None,
) -> Written:
    """Write the register of requests (every case) and its statistics to a new xlsx file.

    ``out``: a file name (``registre.xlsx``; when taken, ``registre (2).xlsx``: never over an
    existing file), or a folder for the default name; None: the export folder of the settings,
    else ``default_folder``, else the program's (the context's default exports folder).
    ``progress(done, total)`` is called every few hundred cases; ``cancelled()`` is asked as
    often and, once true, the export stops with :class:`ExportCancelled`, leaving no file.
    The export is journaled with the file's name and SHA-256.
    """
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        folder, name = _destination(ctx, out, settings.export_folder, default_folder)
        total = uow.reports.count_cases()
        if progress:
            progress(0, total)
        statistics = RegisterStatistics()
        for kept in uow.purges.closed_case_statistics():
            statistics.add_purged(kept)
        # Closed even when the export stops half-way: the cursor goes before the session.
        with closing(uow.reports.register_cases()) as cases:
            lines = _lines(
                cases,
                settings.policy,
                ctx.today(),
                statistics,
                lambda done: _step(done, total, progress, cancelled),
            )
            written = write_new(
                folder, name, lambda handle: write_register(handle, lines, statistics.lines())
            )
        if progress:
            progress(statistics.cases, total)
        uow.journal.record(
            EXPORT_ACTION,
            # The file's name, not its folder: a path may name the user.
            details={
                "file": written.path.name,
                "sha256": written.sha256,
                "cases": statistics.cases,
            },
        )
        uow.commit()
    return written


def _destination(
    ctx: ServiceContext, out: Path | None, setting: str, default_folder: Path | None
) -> tuple[Path, str]:
    default_name = register_file_name(ctx.today())
    if out is None:
        if setting:
            return Path(setting).expanduser(), default_name
        return default_folder or ctx.default_exports_dir, default_name
    out = out.expanduser()
    if out.is_dir():
        return out, default_name
    name = out.name if out.suffix.lower() == ".xlsx" else f"{out.name}.xlsx"
    return out.parent, name


def _step(done: int, total: int, progress: Progress | None, cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise ExportCancelled
    if progress:
        progress(done, total)


# -- lines of the register -------------------------------------------------------------------

_RIGHT_ORDER = {right.value: n for n, right in enumerate(Right)}
_STATUS_LABELS = {status.value: status.label_fr for status in Status}
_CHANNEL_LABELS = {channel.value: channel.label_fr for channel in Channel}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_STATUS_OPEN = {status.value: status.is_open for status in Status}
SEPARATOR = "\u00a0; "  # between rights in one cell


def late_by(days: int) -> str:
    return f"en retard de {days}\u00a0j"


def _lines(
    cases: Generator[RegisterCase, None, None],
    policy: DeadlinePolicy,
    today: date,
    statistics: RegisterStatistics,
    every: Callable[[int], None],
) -> Iterator[RegisterLine]:
    for done, case in enumerate(cases, 1):
        line = register_line(case, policy, today)
        statistics.add(case, line)
        yield line
        if done % PROGRESS_EVERY == 0:
            every(done)


def register_line(case: RegisterCase, policy: DeadlinePolicy, today: date) -> RegisterLine:
    first_due, due = live_dates(
        case.received_on,
        case.due_on,
        case.first_due_on,
        case.extended,
        case.suspended_days,
        case.clock_stopped_since,
        policy,
        today,
    )
    answered = case.answered_on
    days_late: int | None = None
    if answered is not None:
        days_late = max(0, (answered - due).days)
        timeliness = late_by(days_late) if days_late else "à temps"
    elif _STATUS_OPEN.get(case.status, False) and today > due:
        timeliness = f"sans réponse, {late_by((today - due).days)}"
    else:
        timeliness = ""
    decisions = sorted(case.rights, key=lambda d: _RIGHT_ORDER.get(d.right, len(_RIGHT_ORDER)))
    many = len(decisions) > 1
    outcomes, grounds = [], []
    for decision in decisions:
        label = short_label(decision.right)
        outcome = _OUTCOMES.get(decision.outcome or "")
        if outcome is not None:
            outcomes.append(f"{label}\u00a0: {outcome.label_fr}" if many else outcome.label_fr)
        if outcome is not None and outcome.needs_ground and decision.legal_ground:
            ground = decision.legal_ground
            grounds.append(f"{label}\u00a0: {ground}" if many else ground)
    return RegisterLine(
        reference=case.reference,
        received_on=case.received_on,
        channel=_CHANNEL_LABELS.get(case.channel, case.channel),
        rights=", ".join(short_label(d.right) for d in decisions),
        status=_STATUS_LABELS.get(case.status, case.status),
        first_due=first_due,
        extended="oui" if case.extended else "non",
        due=due,
        answered_on=answered,
        timeliness=timeliness,
        days_late=days_late,
        outcomes=SEPARATOR.join(outcomes),
        refusal_grounds=SEPARATOR.join(grounds),
        assignee=case.assignee or "",
    )
