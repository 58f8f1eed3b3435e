"""The source catalogue in use, and checking each source against the real system.

The catalogue's path is a setting of the case base (shared by its users); the command line's
``--catalogue FILE`` overrides it for one run. Each check's result is kept in the case base so
that the Sources page shows when every source was last seen working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.register import Register
from ..sources.catalogue import Catalogue, load_catalogue
from ..sources.connectors import open_connector
from ..sources.connectors.base import SourceFailure
from ..store import cases_repo, journal
from .context import ServiceContext
from .errors import DpoError
from .objection import suppression_warning

CATALOGUE_SETTING = "sources.catalogue"
LAST_CHECKS_SETTING = "sources.last_checks"

__all__ = [
    "CATALOGUE_SETTING",
    "SourceCheck",
    "SourceOverview",
    "catalogue_path",
    "check_sources",
    "load_catalogue_in_use",
    "set_catalogue",
    "sources_overview",
]


@dataclass(frozen=True, slots=True)
class SourceCheck:
    source_id: str
    name: str
    ok: bool
    problems: tuple[str, ...]  # what does not match the catalogue, or why it cannot be reached
    checked_at: datetime


@dataclass(frozen=True, slots=True)
class SourceOverview:
    source_id: str
    name: str
    kind: str
    owner_team: str
    owner_contact: str
    activities: tuple[str, ...]  # the register's names of the activities it serves
    tables: tuple[str, ...]
    timeout: float
    last_check: SourceCheck | None


def catalogue_path(ctx: ServiceContext, override: Path | None = None) -> Path:
    """The catalogue file: ``override``, else the case base's setting."""
    if override is not None:
        return Path(override)
    with ctx.store.unit_of_work() as session:
        stored = cases_repo.read_settings(session).get(CATALOGUE_SETTING)
    if not stored:
        raise DpoError(
            "Aucun catalogue des sources n’est choisi : l’indiquer dans les réglages, "
            "ou avec l’option --catalogue FICHIER."
        )
    return Path(str(stored))


def load_catalogue_in_use(
    ctx: ServiceContext, register: Register, override: Path | None = None
) -> Catalogue:
    return load_catalogue(catalogue_path(ctx, override), register)


def catalogue_and_register(
    ctx: ServiceContext, override: Path | None = None
) -> tuple[Catalogue, Register]:
    """What gathering needs: the catalogue in use, checked against the shipped register."""
    from .register import load_register

    register = load_register()
    return load_catalogue_in_use(ctx, register, override), register


def set_catalogue(ctx: ServiceContext, path: Path, register: Register) -> Catalogue:
    """Use the catalogue in ``path`` from now on; refused (unchanged) when it is invalid."""
    path = Path(path).expanduser().resolve()
    catalogue = load_catalogue(path, register)
    with ctx.store.unit_of_work() as session:
        cases_repo.write_setting(
            session, CATALOGUE_SETTING, str(path), at=_naive(ctx.now()), actor=ctx.actor
        )
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="settings.catalogue",
            details={"sources": sorted(catalogue.sources)},
        )
        session.commit()
    return catalogue


def check_sources(
    ctx: ServiceContext, catalogue: Catalogue, only: list[str] | None = None
) -> list[SourceCheck]:
    """Reach each source and compare it with the catalogue (tables, columns, sheets)."""
    results = []
    for source_id, spec in catalogue.sources.items():
        if only is not None and source_id not in only:
            continue
        if spec.kind == "manual":
            problems: list[str] = []
        else:
            try:
                connector = open_connector(catalogue, source_id, ctx.cache_dir)
                try:
                    problems = connector.check()
                finally:
                    connector.close()
            except SourceFailure as failure:
                problems = [str(failure)]
            if not problems and (warning := suppression_warning(ctx, catalogue, source_id)):
                problems.append(warning)  # people who objected still on a marketing list
        results.append(SourceCheck(source_id, spec.name, not problems, tuple(problems), ctx.now()))
    _remember(ctx, results)
    return results


def _remember(ctx: ServiceContext, results: list[SourceCheck]) -> None:
    with ctx.store.unit_of_work() as session:
        stored = dict(cases_repo.read_settings(session).get(LAST_CHECKS_SETTING) or {})
        for result in results:
            stored[result.source_id] = {
                "ok": result.ok,
                "problems": list(result.problems),
                "at": result.checked_at.isoformat(),
            }
        cases_repo.write_setting(
            session, LAST_CHECKS_SETTING, stored, at=_naive(ctx.now()), actor=ctx.actor
        )
        session.commit()


def sources_overview(
    ctx: ServiceContext, catalogue: Catalogue, register: Register
) -> list[SourceOverview]:
    with ctx.store.unit_of_work() as session:
        stored = dict(cases_repo.read_settings(session).get(LAST_CHECKS_SETTING) or {})
    names = {activity.id: activity.name.fr for activity in register.activities}
    overview = []
    for source_id, spec in catalogue.sources.items():
        last = stored.get(source_id)
        check = (
            SourceCheck(
                source_id,
                spec.name,
                bool(last["ok"]),
                tuple(last["problems"]),
                datetime.fromisoformat(last["at"]),
            )
            if last
            else None
        )
        overview.append(
            SourceOverview(
                source_id=source_id,
                name=spec.name,
                kind=spec.kind,
                owner_team=spec.owner.team,
                owner_contact=spec.owner.contact,
                activities=tuple(names.get(a, a) for a in spec.activities),
                tables=tuple(spec.tables),
                timeout=spec.timeout,
                last_check=check,
            )
        )
    return overview


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)  # the case base keeps naive UTC
