"""What every use case needs: the case base, who is acting, the clock, the document store,
where public holidays come from, and what is known of the company (register, catalogue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.deadlines import PACKAGE_HOLIDAYS, PublicHolidays
from ..domain.french import paris_day
from ..store.database import Store
from .configuration import Configuration

if TYPE_CHECKING:
    from ..store.unit_of_work import UnitOfWork


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServiceContext:
    store: Store
    actor: str  # the OS login, written in the journal
    documents_dir: Path  # where files received and produced for cases are kept
    clock: Callable[[], datetime] = field(default=utc_now)  # aware UTC; tests set it
    cache_folder: Path | None = None  # indexes of file sources; beside the documents if unset
    exports_folder: Path | None = None  # default for what leaves; the settings' folder wins
    # Where deadlines read public holidays: the program gives the shipped file.
    holidays: PublicHolidays = PACKAGE_HOLIDAYS
    # The register of processing and the catalogue in use, read once and kept.
    configuration: Configuration = field(default_factory=Configuration)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction on the case base, journaled as ``actor`` at the context's clock."""
        with self.store.unit_of_work(self.actor, self.clock) as uow:
            yield uow

    def now(self) -> datetime:
        return self.clock()

    @property
    def cache_dir(self) -> Path:
        return self.cache_folder or self.documents_dir.parent / "cache"

    @property
    def default_exports_dir(self) -> Path:
        return self.exports_folder or self.documents_dir.parent / "exports"

    def today(self) -> date:
        """Today in Paris: legal dates are Paris dates."""
        return paris_day(self.clock())
