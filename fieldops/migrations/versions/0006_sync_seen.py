"""The server version each record had when this laptop last received it (the base of its next edits), and
the recording laptop's HLC on custody facts (folded in causal order).

Revision ID: 0006_sync_seen
Revises: 0005_outbox_actor
Create Date: 2026-11-26 01:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0006_sync_seen'
down_revision: str | None = '0005_outbox_actor'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_seen',
                    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
                    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
                    sa.Column('version', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('entity', 'id', name=op.f('pk_sync_seen')))
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.drop_column('hlc')
    op.drop_table('sync_seen')
