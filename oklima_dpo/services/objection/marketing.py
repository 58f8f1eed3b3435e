"""Marketing sources and the suppression list: who a marketing source still holds among the
people who objected, and its audience without them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...domain.catalogue import Catalogue, SystemKind
from ...domain.identity import STRONG_KINDS
from ...sources.connectors import IndexSeal, open_connector
from ...sources.connectors.base import Record, SourceFailure
from ...sources.connectors.indexed_file import IndexedFileConnector
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..sealed_storage import index_seal

__all__ = [
    "MARKETING_ACTIVITIES",
    "Audience",
    "marketing_audience",
    "marketing_sources",
    "suppressed_in_source",
    "suppression_warning",
]

#: The register's direct-marketing activities (objection is absolute for them, Art. 21(3)).
#: The register has no « marketing » flag: these ids are OKLIMA's charter's.
MARKETING_ACTIVITIES = frozenset({"prospecting", "electronic_prospecting", "information_messages"})


@dataclass(frozen=True, slots=True)
class Audience:
    """A marketing source's list without the people who objected: who may be contacted."""

    source_id: str
    rows: tuple[Record, ...]  # the records without a suppressed identifier
    removed: tuple[Record, ...]  # the records holding one (to take off the list)


def marketing_sources(catalogue: Catalogue) -> list[str]:
    """The sources serving a direct-marketing activity (a newsletter, a prospect file)."""
    return [
        source_id
        for source_id, spec in catalogue.sources.items()
        if spec.kind is not SystemKind.MANUAL and MARKETING_ACTIVITIES.intersection(spec.activities)
    ]


Listed = dict[str, list[str]]  # the suppression list today: kind → normalised values


def suppressed_in_source(
    catalogue: Catalogue,
    source_id: str,
    listed: Listed,
    cache_dir: Path,
    seal: IndexSeal | None = None,
) -> list[Record]:
    """The records of a source holding an identifier on the list (people who objected).

    Raises :class:`SourceFailure` when the source cannot answer.
    """
    if not listed:
        return []
    spec = catalogue.source(source_id)
    connector = open_connector(catalogue, source_id, cache_dir, seal)
    found: dict[tuple[str, str], Record] = {}
    try:
        for table_name, table in spec.tables.items():
            for field_name, kind in table.identity_fields():
                values = listed.get(kind.value)
                if kind in STRONG_KINDS and values:
                    for record in connector.find(table_name, field_name, kind, values):
                        found.setdefault((record.table, record.key), record)
    finally:
        connector.close()
    return list(found.values())


def suppression_warning(
    catalogue: Catalogue,
    source_id: str,
    listed: Listed,
    cache_dir: Path,
    seal: IndexSeal | None = None,
) -> str | None:
    """« N personnes opposées figurent encore dans … », for ``sources check``; None if none."""
    if source_id not in marketing_sources(catalogue) or not listed:
        return None
    try:
        still = suppressed_in_source(catalogue, source_id, listed, cache_dir, seal)
    except SourceFailure:
        return None  # the check itself reports why the source cannot be reached
    if not still:
        return None
    spec = catalogue.source(source_id)
    count = len(still)
    who = "personne opposée figure" if count == 1 else "personnes opposées figurent"
    return (
        f"{count} {who} encore dans « {spec.name} » (liste d’opposition à la prospection) : "
        "les retirer de la liste ou marquer leur opposition."
    )


def marketing_audience(ctx: ServiceContext, source_id: str) -> Audience:
    """The rows of a marketing file source minus those holding a suppressed identifier.

    File sources only (a spreadsheet, a CSV export): a SQL source's list is filtered by its
    opt-out column, which the execution of the objection sets.
    """
    with ctx.unit_of_work() as uow:  # read, then the file is read with none open
        catalogue = ctx.configuration.catalogue(uow)
        listed = uow.suppressions.active(ctx.today())
    spec = catalogue.sources.get(source_id)
    if spec is None:
        raise InvalidInput({"source": f"Source inconnue du catalogue : « {source_id} »."})
    if spec.kind is not SystemKind.SPREADSHEET:
        raise DpoError(
            f"« {spec.name} » n’est pas un fichier de diffusion : seule une liste tenue dans "
            "un classeur ou un fichier CSV se filtre ainsi."
        )
    seal = index_seal(ctx)
    still = suppressed_in_source(catalogue, source_id, listed, ctx.cache_dir, seal)
    removed = {(r.table, r.key) for r in still}
    connector = open_connector(catalogue, source_id, ctx.cache_dir, seal)
    try:
        # A spreadsheet's connector lists every row (a file is read whole into its index).
        assert isinstance(connector, IndexedFileConnector)
        rows = [record for table_name in spec.tables for record in connector.records(table_name)]
    finally:
        connector.close()
    kept = tuple(r for r in rows if (r.table, r.key) not in removed)
    gone = tuple(r for r in rows if (r.table, r.key) in removed)
    return Audience(source_id, kept, gone)
