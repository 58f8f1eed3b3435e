"""Checking the audit journal."""

from __future__ import annotations

from ..store import journal
from ..store.journal import ChainCheck
from .context import ServiceContext

__all__ = ["ChainCheck", "verify_journal"]


def verify_journal(ctx: ServiceContext) -> ChainCheck:
    """Walk the chain of hashes; the result names the first bad entry, if any."""
    with ctx.store.unit_of_work() as session:
        return journal.verify(session)
