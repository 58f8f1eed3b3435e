"""The source catalogue in use, and checking each source against the real system.

The catalogue's path is a setting of the case base (shared by its users); the command line's
``--catalogue FILE`` overrides it for one run (see ``configuration``). Each check's result is
kept in the case base so that the Sources page shows when every source was last seen working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..config.catalogue_file import load_catalogue
from ..domain.catalogue import Catalogue, SystemKind
from ..domain.register import Register
from ..sources.connectors import open_connector
from ..sources.connectors.base import SourceFailure
from ..store.unit_of_work import UnitOfWork
from .configuration import CATALOGUE_SETTING
from .context import ServiceContext
from .objection.marketing import suppression_warning
from .sealed_storage import index_seal

LAST_CHECKS_SETTING = "sources.last_checks"

__all__ = [
    "CATALOGUE_SETTING",
    "SourceCheck",
    "SourceOverview",
    "catalogue_in_use",
    "check_sources",
    "register_in_use",
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


def register_in_use(ctx: ServiceContext) -> Register:
    """The register of processing (read once, again when its file changes)."""
    return ctx.configuration.register()


def catalogue_in_use(ctx: ServiceContext) -> Catalogue:
    """The catalogue in use (``--catalogue``, else the settings'), checked against the
    register; read again when another file is chosen or the file changes."""
    with ctx.unit_of_work() as uow:
        return ctx.configuration.catalogue(uow)


def set_catalogue(ctx: ServiceContext, path: Path) -> Catalogue:
    """Use the catalogue in ``path`` from now on; refused (unchanged) when it is invalid."""
    path = Path(path).expanduser().resolve()
    catalogue = load_catalogue(path, ctx.configuration.register())
    with ctx.unit_of_work() as uow:
        uow.settings.write(CATALOGUE_SETTING, str(path))
        uow.journal.record("settings.catalogue", details={"sources": sorted(catalogue.sources)})
        uow.commit()
    ctx.configuration.forget_catalogue()
    return catalogue


def check_sources(ctx: ServiceContext, only: list[str] | None = None) -> list[SourceCheck]:
    """Reach each source and compare it with the catalogue (tables, columns, sheets); a
    marketing source still holding people who objected says how many. The sources are
    reached with no transaction open on the case base; their results are then kept."""
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        listed = uow.suppressions.active(ctx.today())
    results, seal = [], index_seal(ctx)
    for source_id, spec in catalogue.sources.items():
        if only is not None and source_id not in only:
            continue
        if spec.kind is SystemKind.MANUAL:
            problems: list[str] = []
        else:
            try:
                connector = open_connector(catalogue, source_id, ctx.cache_dir, seal)
                try:
                    problems = connector.check()
                finally:
                    connector.close()
            except SourceFailure as failure:
                problems = [str(failure)]
            if not problems and (
                warning := suppression_warning(catalogue, source_id, listed, ctx.cache_dir, seal)
            ):
                problems.append(warning)  # people who objected still on a marketing list
        results.append(SourceCheck(source_id, spec.name, not problems, tuple(problems), ctx.now()))
    _remember(ctx, results)
    return results


def _remember(ctx: ServiceContext, results: list[SourceCheck]) -> None:
    with ctx.unit_of_work() as uow:
        stored = _last_checks(uow)
        for result in results:
            stored[result.source_id] = {
                "ok": result.ok,
                "problems": list(result.problems),
                "at": result.checked_at.isoformat(),
            }
        uow.settings.write(LAST_CHECKS_SETTING, stored)
        uow.commit()


def _last_checks(uow: UnitOfWork) -> dict[str, Any]:
    """Source id → its last check (ok, problems, at), as stored."""
    stored = uow.settings.value(LAST_CHECKS_SETTING)
    return dict(stored) if isinstance(stored, dict) else {}


def sources_overview(ctx: ServiceContext) -> list[SourceOverview]:
    """Each source of the catalogue in use, its owner, activities and last check."""
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        stored = _last_checks(uow)
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
