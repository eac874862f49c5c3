"""Amendments after approval: an amendment's review life (the approval hash it was made against, the hash its
approval produced, when it was submitted and last changed, its version) and which amendment a review decision
decided (NULL: a decision on the operation itself).

Revision ID: 0009_amendments
Revises: 0008_statistics_indexes
Create Date: 2026-11-26 05:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fieldops.models.types import UTCDateTime

revision: str = '0009_amendments'
down_revision: str | None = '0008_statistics_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column('result_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column('submitted_at', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amendment_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_review_decision_amendment_id'), ['amendment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_decision_amendment_id'))
        batch_op.drop_column('amendment_id')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        for name in ('version', 'updated_at', 'submitted_at', 'result_hash', 'base_hash'):
            batch_op.drop_column(name)
