"""What the tabs of a case window share: the context, the runner, the case's reference, and
the catalogue and register, read once per tab on a worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.catalogue import Catalogue
from ...domain.register import Register
from ...services.context import ServiceContext
from ..workers import Runner

#: Loads the register and the catalogue in use (in a worker: files are read).
SourcesLoader = Callable[[], tuple[Catalogue, Register]]


class CaseTab(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        load_sources: SourcesLoader | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._reference = reference
        self._load_sources = load_sources
        self._sources: tuple[Catalogue, Register] | None = None

    def _sources_loaded(self) -> tuple[Catalogue, Register]:
        """In a worker: the catalogue and the register, read once per tab."""
        if self._sources is None:
            if self._load_sources is None:
                raise RuntimeError("this case window was opened without the sources")
            self._sources = self._load_sources()
        return self._sources

    def _new_banner(self, object_name: str) -> QLabel:
        """The tab's line of news (what a step did, what stops it): plain text, since it
        quotes the person's words and file names, and selectable to be copied."""
        banner = QLabel()
        banner.setObjectName(object_name)
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return banner
