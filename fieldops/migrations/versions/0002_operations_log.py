"""Night operations log: actual times, check rule packs and voiding, attachment thumbnails, text search.

Revision ID: 0002_operations_log
Revises: 0001_initial
Create Date: 2026-11-25 21:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import fieldops.models.types

revision: str = '0002_operations_log'
down_revision: str | None = '0001_initial'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_COLUMNS = "number, area_name, vehicle, narrative"
_NEW = "new.number, new.area_name, new.vehicle, new.narrative"
_OLD = "old.number, old.area_name, old.vehicle, old.narrative"
# External-content FTS5 over operation (rowid). Diacritics folded: "nica" finds "Nīca", "siauliai" "Šiauliai".
# Note: VACUUM may renumber rowids of tables without an INTEGER PRIMARY KEY; run
# INSERT INTO operation_fts(operation_fts) VALUES ('rebuild') after any VACUUM.
FTS = (
    f"CREATE VIRTUAL TABLE operation_fts USING fts5({_FTS_COLUMNS}, content='operation', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER trg_operation_fts_insert AFTER INSERT ON operation BEGIN "
    f"INSERT INTO operation_fts(rowid, {_FTS_COLUMNS}) VALUES (new.rowid, {_NEW}); END",
    f"CREATE TRIGGER trg_operation_fts_delete AFTER DELETE ON operation BEGIN "
    f"INSERT INTO operation_fts(operation_fts, rowid, {_FTS_COLUMNS}) VALUES ('delete', old.rowid, {_OLD}); END",
    f"CREATE TRIGGER trg_operation_fts_update AFTER UPDATE OF {_FTS_COLUMNS} ON operation BEGIN "
    f"INSERT INTO operation_fts(operation_fts, rowid, {_FTS_COLUMNS}) VALUES ('delete', old.rowid, {_OLD}); "
    f"INSERT INTO operation_fts(rowid, {_FTS_COLUMNS}) VALUES (new.rowid, {_NEW}); END",
    "INSERT INTO operation_fts(operation_fts) VALUES ('rebuild')",
)


def upgrade() -> None:
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actual_start', fieldops.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('actual_end', fieldops.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('submitted_at', fieldops.models.types.UTCDateTime(), nullable=True))
    with op.batch_alter_table('check_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule_pack', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))
        batch_op.add_column(sa.Column('updated_at', fieldops.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('voided_at', fieldops.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('void_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('thumbnail', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('thumbnail_mime', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True))
    with op.batch_alter_table('operation', schema=None) as batch_op:
        # Sort and filter paths of the operations list (P2: 1,000,000 rows, first rows < 150 ms).
        batch_op.drop_index('ix_operation_type')
        batch_op.create_index('ix_operation_type_start', ['type', 'start_at'], unique=False)
        batch_op.create_index('ix_operation_type_status_start', ['type', 'status', 'start_at'], unique=False)
        batch_op.create_index('ix_operation_area_name', ['area_name'], unique=False)
        batch_op.create_index('ix_operation_check_count', ['check_count'], unique=False)
        batch_op.create_index('ix_operation_violation_count', ['violation_count'], unique=False)
    for statement in FTS:
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table('operation', schema=None) as batch_op:
        for name in ('ix_operation_type_status_start', 'ix_operation_violation_count', 'ix_operation_check_count',
                     'ix_operation_area_name',
                     'ix_operation_type_start'):
            batch_op.drop_index(name)
        batch_op.create_index('ix_operation_type', ['type'], unique=False)
    for name in ("trg_operation_fts_insert", "trg_operation_fts_delete", "trg_operation_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS operation_fts")
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('thumbnail_mime')
        batch_op.drop_column('thumbnail')
    with op.batch_alter_table('check_record', schema=None) as batch_op:
        for column in ('void_reason', 'voided_at', 'version', 'updated_at', 'rule_pack'):
            batch_op.drop_column(column)
    with op.batch_alter_table('operation', schema=None) as batch_op:
        for column in ('submitted_at', 'actual_end', 'actual_start'):
            batch_op.drop_column(column)
