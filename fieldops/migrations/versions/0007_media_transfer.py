"""Each stored file's upload to the regional server: state, bytes the server holds, failure reason, when it
was committed and when the local copy was pruned.

Revision ID: 0007_media_transfer
Revises: 0006_sync_seen
Create Date: 2026-11-26 03:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fieldops.models.types import UTCDateTime

revision: str = '0007_media_transfer'
down_revision: str | None = '0006_sync_seen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('media_transfer',
                    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
                    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
                    sa.Column('sent', sa.Integer(), nullable=False),
                    sa.Column('error', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
                    sa.Column('attempts', sa.Integer(), nullable=False),
                    sa.Column('updated_at', UTCDateTime(), nullable=True),
                    sa.Column('committed_at', UTCDateTime(), nullable=True),
                    sa.Column('pruned_at', UTCDateTime(), nullable=True),
                    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_media_transfer')))


def downgrade() -> None:
    op.drop_table('media_transfer')
