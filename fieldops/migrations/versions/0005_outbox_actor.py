"""Outbox ops remember who made them: each is pushed under its author's token.

Revision ID: 0005_outbox_actor
Revises: 0004_agency_ids
Create Date: 2026-11-26 00:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0005_outbox_actor'
down_revision: str | None = '0004_agency_ids'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_outbox_actor_id'), ['actor_id'], unique=False)
    # Ops recorded before have no author: whoever syncs pushes them (as before).


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_actor_id'))
        batch_op.drop_column('actor_id')
