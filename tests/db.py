"""Reading a case base with SQL in tests, to check what the services stored (the program itself
goes through the store's repositories)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from oklima_dpo.store.database import Store


@contextmanager
def raw_session(store: Store) -> Iterator[Session]:
    """A session on ``store``'s engine; rolled back unless the test commits."""
    with Session(store.engine) as session:
        yield session
