"""The connectors of the source catalogue, read-only: SQL, spreadsheets (xlsx, csv), mail.

:func:`open_connector` gives the one a source needs. Manual sources (paper archives, a
colleague's memory) have none: gathering asks their owner instead.
"""

from __future__ import annotations

from pathlib import Path

from ...domain.catalogue import Catalogue
from .base import Connector, Record, SourceFailure, source_failure
from .index_seal import IndexSeal
from .locations import file_of
from .mail import MailConnector
from .spreadsheet import CSV_SUFFIXES, XLSX_SUFFIXES, CsvConnector, XlsxConnector
from .sql import SqlConnector

__all__ = ["Connector", "IndexSeal", "Record", "SourceFailure", "open_connector"]


def open_connector(
    catalogue: Catalogue, source_id: str, cache_dir: Path, seal: IndexSeal | None = None
) -> Connector:
    """The connector of ``source_id``; nothing is opened before its first ``check``/``find``.

    ``cache_dir`` holds the indexes of file sources, sealed by ``seal`` when given (the case
    base is encrypted). Raises :class:`ValueError` for a manual
    source or an unknown id, :class:`SourceFailure` for a spreadsheet in an unknown format.
    """
    if source_id not in catalogue.sources:
        raise ValueError(f"unknown source {source_id!r}")
    spec = catalogue.source(source_id)
    match spec.kind:
        case "sql":
            return SqlConnector(catalogue, source_id)
        case "mail":
            return MailConnector(catalogue, source_id, cache_dir, seal)
        case "spreadsheet":
            suffix = file_of(catalogue, source_id).suffix.lower()
            if suffix in XLSX_SUFFIXES:
                return XlsxConnector(catalogue, source_id, cache_dir, seal)
            if suffix in CSV_SUFFIXES:
                return CsvConnector(catalogue, source_id, cache_dir, seal)
            raise source_failure(
                spec.name,
                f"format « {suffix or 'sans extension'} » non pris en charge "
                "(classeur .xlsx ou fichier .csv attendu)",
            )
        case _:
            raise ValueError(f"source {source_id!r} is {spec.kind}: it has no connector")
