"""Where a source's data are: its file or its database, resolved from the catalogue's folder."""

from __future__ import annotations

from pathlib import Path

from ...domain.catalogue import Catalogue

__all__ = ["file_of", "url_of"]


def file_of(catalogue: Catalogue, source_id: str) -> Path:
    """The file (or folder) of a spreadsheet or mail source, resolved from the catalogue."""
    connection = catalogue.sources[source_id].connection
    assert connection is not None and connection.path is not None
    path = Path(connection.path).expanduser()
    return path if path.is_absolute() else catalogue.folder / path


def url_of(catalogue: Catalogue, source_id: str) -> str:
    """The SQLAlchemy URL of a SQL source; a relative SQLite file is the catalogue's."""
    connection = catalogue.sources[source_id].connection
    assert connection is not None and connection.url is not None
    url = connection.url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/"):
        rest = url[len(prefix) :]
        if rest and rest != ":memory:" and not Path(rest).is_absolute():
            return prefix + str((catalogue.folder / rest).resolve())
    return url
