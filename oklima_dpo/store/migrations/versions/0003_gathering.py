"""Gathering: each source's state per case, the findings and their review, review snapshots.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _case_id() -> sa.Column:
    return sa.Column(
        "case_id",
        sa.Integer(),
        sa.ForeignKey("cases.id", name=None, ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "source_states",
        sa.Column("id", sa.Integer(), nullable=False),
        _case_id(),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_states")),
        sa.UniqueConstraint("case_id", "source_id", name=op.f("uq_source_states_case_id")),
    )
    op.create_index(op.f("ix_source_states_case_id"), "source_states", ["case_id"])
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        _case_id(),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=128), nullable=False),
        sa.Column("record_key", sa.String(length=500), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("matched_on", sa.JSON(), nullable=False),
        sa.Column("match", sa.String(length=20), nullable=False),
        sa.Column("retention", sa.JSON(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("exclusion_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=100), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint(
            "case_id", "source_id", "table_name", "record_key", name=op.f("uq_findings_case_id")
        ),
    )
    op.create_index("ix_findings_case_source", "findings", ["case_id", "source_id"])
    op.create_table(
        "review_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        _case_id(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_snapshots")),
    )
    op.create_index(op.f("ix_review_snapshots_case_id"), "review_snapshots", ["case_id"])


def downgrade() -> None:
    op.drop_table("review_snapshots")
    op.drop_index("ix_findings_case_source", table_name="findings")
    op.drop_table("findings")
    op.drop_table("source_states")
