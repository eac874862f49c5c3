"""Media: committed blobs, their owning agencies, resumable uploads, legal holds.

Revision ID: s0002_media
Revises: s0001_initial
Create Date: 2026-11-26 02:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 's0002_media'
down_revision: str | None = 's0001_initial'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Time = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'media_blob',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('mime', sa.String(length=100), nullable=False),
        sa.Column('committed_at', Time, nullable=False),
        sa.Column('committed_by', sa.String(length=36), nullable=False),
        sa.Column('scrubbed_at', Time, nullable=True),
        sa.Column('corrupt_at', Time, nullable=True),
        sa.Column('erased_at', Time, nullable=True),
        sa.PrimaryKeyConstraint('sha256', name=op.f('pk_media_blob')))
    op.create_table(
        'media_owner',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('agency_id', sa.String(length=36), nullable=False),
        sa.Column('at', Time, nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'agency_id', name=op.f('pk_media_owner')))
    op.create_table(
        'media_ref',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('attachment_id', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'attachment_id', name=op.f('pk_media_ref')))
    _backfill_refs()
    op.create_table(
        'media_upload',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('mime', sa.String(length=100), nullable=False),
        sa.Column('offset', sa.BigInteger(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('error', sa.String(length=64), nullable=True),
        sa.Column('user_id', sa.String(length=36), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('agency_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', Time, nullable=False),
        sa.Column('updated_at', Time, nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_media_upload')))
    op.create_index('ix_media_upload_device_sha', 'media_upload', ['device_id', 'sha256'])
    op.create_table(
        'legal_hold',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('target', sa.String(length=16), nullable=False),
        sa.Column('target_id', sa.String(length=80), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=120), nullable=False),
        sa.Column('created_at', Time, nullable=False),
        sa.Column('released_at', Time, nullable=True),
        sa.Column('released_by', sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_hold')))
    op.create_index(op.f('ix_legal_hold_target_id'), 'legal_hold', ['target_id'])


def _backfill_refs() -> None:
    """Attachment records pushed before this revision get their refs (new ones get them at push)."""
    conn = op.get_bind()
    record = sa.table('record', sa.column('entity', sa.String), sa.column('id', sa.String),
                      sa.column('data', sa.JSON))
    ref = sa.table('media_ref', sa.column('sha256', sa.String), sa.column('attachment_id', sa.String))
    rows = [{'sha256': r.data.get('sha256'), 'attachment_id': r.id}
            for r in conn.execute(sa.select(record.c.id, record.c.data).where(record.c.entity == 'attachment'))
            if isinstance(r.data, dict) and isinstance(r.data.get('sha256'), str) and len(r.data['sha256']) == 64]
    if rows:
        conn.execute(sa.insert(ref), rows)


def downgrade() -> None:
    op.drop_index(op.f('ix_legal_hold_target_id'), table_name='legal_hold')
    op.drop_table('legal_hold')
    op.drop_index('ix_media_upload_device_sha', table_name='media_upload')
    op.drop_table('media_upload')
    op.drop_table('media_ref')
    op.drop_table('media_owner')
    op.drop_table('media_blob')
