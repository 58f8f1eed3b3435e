"""Journal head: one row that serialises appends to the audit journal.

On PostgreSQL two users may write at once; each append locks this row, so the chain of hashes
never forks. Filled from the last entry already in the journal.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    head = op.create_table(
        "journal_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_head")),
    )
    last = (
        op.get_bind()
        .execute(sa.text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"))
        .first()
    )
    seq, digest = (last[0], last[1]) if last else (0, GENESIS_HASH)
    op.bulk_insert(head, [{"id": 1, "last_seq": seq, "last_hash": digest}])


def downgrade() -> None:
    op.drop_table("journal_head")
