"""An index on person_identifiers.person_id: deleting or purging cases found each person's
identifiers by scanning the whole table (minutes on a base of 100,000 cases).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_person_identifiers_person_id"), "person_identifiers", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_person_identifiers_person_id"), table_name="person_identifiers")
