"""What the services know of the company, read from its files once and kept: the register of
processing, and the source catalogue in use.

The catalogue in use is the file named by ``--catalogue`` for this run, else the case base's
setting (shared by its users). Both files are read again only when they change (another file
chosen, or the file edited), so every use case asks for them and none passes them around.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DpoError

if TYPE_CHECKING:  # the types only: the window's first paint does not wait for them
    from ..domain.catalogue import Catalogue
    from ..domain.register import Register
    from ..store.unit_of_work import UnitOfWork

__all__ = ["CATALOGUE_SETTING", "Configuration"]

#: The settings' key of the catalogue file in use.
CATALOGUE_SETTING = "sources.catalogue"


@dataclass(frozen=True, slots=True)
class _Stamp:
    """A file as last read: a change of path, size or time means reading it again."""

    path: Path
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> _Stamp | None:
        try:
            stat = path.stat()
        except OSError:
            return None  # the loader says what is wrong with it
        return cls(path, stat.st_size, stat.st_mtime_ns)


class Configuration:
    """The register and the catalogue, each loaded on first use and kept while its file is
    unchanged. Safe to share between the window's workers."""

    def __init__(
        self,
        catalogue_override: Path | None = None,
        register_path: Path | None = None,
        *,
        load_register: Callable[[Path | None], Register] | None = None,
        load_catalogue: Callable[[Path, Register], Catalogue] | None = None,
    ) -> None:
        self.catalogue_override = Path(catalogue_override) if catalogue_override else None
        self.register_path = register_path
        self._load_register = load_register or _load_register
        self._load_catalogue = load_catalogue or _load_catalogue
        self._lock = threading.RLock()
        self._register: tuple[_Stamp | None, Register] | None = None
        self._catalogue: tuple[_Stamp | None, Catalogue] | None = None

    def register(self) -> Register:
        """The register of processing (the shipped one unless another file was given)."""
        with self._lock:
            path = self.register_path or _shipped_register()
            stamp = _Stamp.of(path)
            if self._register is None or self._register[0] != stamp or stamp is None:
                self._register = (stamp, self._load_register(self.register_path))
            return self._register[1]

    def catalogue_path(self, uow: UnitOfWork) -> Path:
        """The catalogue file in use: ``--catalogue``, else the case base's setting."""
        if self.catalogue_override is not None:
            return self.catalogue_override
        stored = uow.settings.value(CATALOGUE_SETTING)
        if not stored:
            raise DpoError(
                "Aucun catalogue des sources n’est choisi : l’indiquer dans les réglages, "
                "ou avec l’option --catalogue FICHIER."
            )
        return Path(str(stored))

    def catalogue(self, uow: UnitOfWork) -> Catalogue:
        """The catalogue in use, checked against the register."""
        path = self.catalogue_path(uow)
        with self._lock:
            register = self.register()
            stamp = _Stamp.of(path)
            held = self._catalogue
            if held is None or held[0] != stamp or stamp is None or held[1].path != path:
                held = self._catalogue = (stamp, self._load_catalogue(path, register))
            return held[1]

    def catalogue_if_any(self, uow: UnitOfWork) -> Catalogue | None:
        """The catalogue in use, or None when none is chosen (or it cannot be read): for what
        only reads better with it (a system's name rather than its id)."""
        try:
            return self.catalogue(uow)
        except DpoError:
            return None

    def forget_catalogue(self) -> None:
        """Another catalogue was chosen: read it at its next use."""
        with self._lock:
            self._catalogue = None

    def use_catalogue_file(self, path: Path | None) -> None:
        """From now on, the catalogue in ``path`` (``--catalogue``); None: the settings'."""
        with self._lock:
            self.catalogue_override = Path(path) if path else None
            self._catalogue = None


def _shipped_register() -> Path:
    from ..config.register_file import default_register_path

    return default_register_path()


def _load_register(path: Path | None) -> Register:
    from ..config.register_file import load_register

    return load_register(path)


def _load_catalogue(path: Path, register: Register) -> Catalogue:
    from ..config.catalogue_file import load_catalogue

    return load_catalogue(path, register)
