"""Owners' tasks followed up: each has the day its answer is due, and the moment a reminder
was last prepared for its owner. Tasks already open are given the default ten days from the
day they were opened.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEFAULT_DAYS = 10  # the setting's default (services.settings.model.Settings.owner_task_days)


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("reminded_at", sa.DateTime(), nullable=True))
    tasks = sa.table(
        "tasks",
        sa.column("id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("created_at", sa.DateTime()),
        sa.column("due_on", sa.Date()),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(tasks.c.id, tasks.c.created_at).where(tasks.c.kind != "notify")
    ).all()
    for task_id, created_at in rows:
        opened = (
            created_at if isinstance(created_at, datetime) else datetime.fromisoformat(created_at)
        )
        connection.execute(
            tasks.update()
            .where(tasks.c.id == task_id)
            .values(due_on=(opened + timedelta(days=_DEFAULT_DAYS)).date())
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("reminded_at")
        batch.drop_column("due_on")
