"""Reports over every case: the register of requests (Excel), with its statistics.

The cases stream from the case base into the workbook one at a time; the statistics are
counted as they pass (per month and right: counts, and how many answers took how many days,
from which the median follows), so a hundred thousand cases take no more memory than ten.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..documents.files import Written, write_new
from ..documents.register_xlsx import RegisterLine, StatisticsLine, write_register
from ..domain.case import Channel, Outcome
from ..domain.deadlines import DeadlinePolicy
from ..domain.errors import DpoError
from ..domain.rights import RIGHTS, Right
from ..domain.workflow import Status
from ..store import journal, reports_repo
from . import settings as settings_service
from .context import ServiceContext
from .queue import live_dates

PROGRESS_EVERY = 250  # cases between two progress reports and cancellation checks
ALL_RIGHTS = "Tous droits"
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
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        folder, name = _destination(ctx, out, settings.export_folder, default_folder)
        total = reports_repo.count_cases(session)
        if progress:
            progress(0, total)
        statistics = RegisterStatistics()
        for kept in reports_repo.purged_case_statistics(session):
            statistics.add_purged(kept)
        # Closed even when the export stops half-way: the cursor goes before the session.
        with closing(reports_repo.register_cases(session)) as cases:
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
    with ctx.store.unit_of_work() as session:
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action=EXPORT_ACTION,
            # The file's name, not its folder: a path may name the user.
            details={
                "file": written.path.name,
                "sha256": written.sha256,
                "cases": statistics.cases,
            },
        )
        session.commit()
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

_RIGHTS = {right.value: right for right in Right}
_RIGHT_ORDER = {right.value: n for n, right in enumerate(Right)}
_STATUS_LABELS = {status.value: status.label_fr for status in Status}
_CHANNEL_LABELS = {channel.value: channel.label_fr for channel in Channel}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_STATUS_OPEN = {status.value: status.is_open for status in Status}
SEPARATOR = "\u00a0; "  # between rights in one cell


def late_by(days: int) -> str:
    return f"en retard de {days}\u00a0j"


def _lines(
    cases: Generator[reports_repo.RegisterCase, None, None],
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


def register_line(
    case: reports_repo.RegisterCase, policy: DeadlinePolicy, today: date
) -> RegisterLine:
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
        label = _short(decision.right)
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
        rights=", ".join(_short(d.right) for d in decisions),
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


def _short(code: str) -> str:
    right = _RIGHTS.get(code)
    return RIGHTS[right].short_fr if right is not None else code


# -- statistics --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    received: int = 0
    answered: int = 0
    on_time: int = 0
    days: dict[int, int] = field(default_factory=dict)  # days to answer → how many answers

    def add(self, days_to_answer: int | None, on_time: bool) -> None:
        self.received += 1
        if days_to_answer is None:
            return
        self.answered += 1
        self.on_time += on_time
        self.days[days_to_answer] = self.days.get(days_to_answer, 0) + 1


def median_of(counts: dict[int, int]) -> float | None:
    """The median of values given as value → how many times; None when there are none."""
    size = sum(counts.values())
    if not size:
        return None
    low_rank, high_rank = (size - 1) // 2, size // 2
    low = high = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2


@dataclass(slots=True)
class RegisterStatistics:
    """Per month of receipt and per right (and for every right, and for every month):
    received, answered, answered on time, days to answer. Small: one group per month and
    right, each holding at most a few hundred distinct numbers of days."""

    cases: int = 0
    groups: dict[tuple[date | None, str], _Group] = field(default_factory=dict)

    def add(self, case: reports_repo.RegisterCase, line: RegisterLine) -> None:
        self.cases += 1
        days = (line.answered_on - case.received_on).days if line.answered_on else None
        self._count(
            case.received_on.replace(day=1),
            [d.right for d in case.rights],
            days,
            line.days_late == 0,
        )

    def add_purged(self, kept: dict[str, Any]) -> None:
        """A closed case deleted after its retention still counts, from the anonymous
        statistics its purge kept (accountability over the years, Art. 5(2))."""
        month = date.fromisoformat(f"{kept['received_month']}-01")
        rights = [r["right"] for r in kept.get("rights", [])]
        self._count(month, rights, kept.get("days_to_answer"), bool(kept.get("answered_on_time")))

    def _count(self, month: date, rights: list[str], days: int | None, on_time: bool) -> None:
        keys = [ALL_RIGHTS, *dict.fromkeys(rights)]
        for key in keys:
            for period in (month, None):
                group = self.groups.get((period, key))
                if group is None:
                    group = self.groups[(period, key)] = _Group()
                group.add(days, on_time)

    def lines(self) -> Iterator[StatisticsLine]:
        """Month by month (then all months), every right first and then each right."""
        order = {ALL_RIGHTS: -1, **_RIGHT_ORDER}

        def sort_key(key: tuple[date | None, str]) -> tuple[int, date, int, str]:
            month, right = key
            return (month is None, month or date.min, order.get(right, len(order)), right)

        for key in sorted(self.groups, key=sort_key):
            month, right = key
            group = self.groups[key]
            yield StatisticsLine(
                month=month,
                right=right if right == ALL_RIGHTS else _short(right),
                received=group.received,
                answered=group.answered,
                on_time_share=group.on_time / group.answered if group.answered else None,
                median_days=median_of(group.days),
            )
