"""initial

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 21:07:05.781917
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import fieldops.models.types

revision: str = '0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ADD = """INSERT INTO op_stats (status, operations, checks, violations)
    VALUES (NEW.status, 1, NEW.check_count, NEW.violation_count)
    ON CONFLICT (status) DO UPDATE SET operations = operations + 1, checks = checks + NEW.check_count,
        violations = violations + NEW.violation_count;"""
_REMOVE = """UPDATE op_stats SET operations = operations - 1, checks = checks - OLD.check_count,
    violations = violations - OLD.violation_count WHERE status = OLD.status;"""
# Totals for the overview, kept by the database itself for every writer (see models.operations.OpStats).
STATS_TRIGGERS = (
    f"CREATE TRIGGER trg_operation_stats_insert AFTER INSERT ON operation BEGIN {_ADD} END",
    "CREATE TRIGGER trg_operation_stats_update AFTER UPDATE OF status, check_count, violation_count ON operation "
    f"BEGIN {_REMOVE} {_ADD} END",
    f"CREATE TRIGGER trg_operation_stats_delete AFTER DELETE ON operation BEGIN {_REMOVE} END",
)


def upgrade() -> None:

    op.create_table('agency',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('short_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('report_prefix', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency')),
    sa.UniqueConstraint('code', name=op.f('uq_agency_code'))
    )
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('actor_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_event_id'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_entity_id'), ['entity_id'], unique=False)

    op.create_table('meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op_type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('sync_state',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('kit',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('asset_tag', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_kit_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kit')),
    sa.UniqueConstraint('asset_tag', name=op.f('uq_kit_asset_tag'))
    )
    with op.batch_alter_table('kit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kit_agency_id'), ['agency_id'], unique=False)

    op.create_table('user',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('badge_no', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_user_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('username', name=op.f('uq_user_username'))
    )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_badge_no'), ['badge_no'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mime', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('captured_at', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('attached_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attached_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('upload_state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.ForeignKeyConstraint(['attached_by'], ['user.id'], name=op.f('fk_attachment_attached_by_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('equipment_item',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('asset_tag', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('serial_no', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('make', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('model', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kit_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('project_funded', sa.Boolean(), nullable=False),
    sa.Column('usage_hours', sa.Float(), nullable=False),
    sa.Column('battery_cycles', sa.Integer(), nullable=False),
    sa.Column('next_service', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_equipment_item_agency_id_agency')),
    sa.ForeignKeyConstraint(['kit_id'], ['kit.id'], name=op.f('fk_equipment_item_kit_id_kit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_item')),
    sa.UniqueConstraint('asset_tag', name=op.f('uq_equipment_item_asset_tag'))
    )
    with op.batch_alter_table('equipment_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_item_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_item_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_item_kit_id'), ['kit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_item_status'), ['status'], unique=False)

    op.create_table('operation',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('lead_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('vehicle', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('area_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('planned_start', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('planned_end', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('start_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('end_at', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('weather', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('visibility', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('narrative', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('check_count', sa.Integer(), nullable=False),
    sa.Column('violation_count', sa.Integer(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('approval_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_operation_agency_id_agency')),
    sa.ForeignKeyConstraint(['created_by'], ['user.id'], name=op.f('fk_operation_created_by_user')),
    sa.ForeignKeyConstraint(['lead_id'], ['user.id'], name=op.f('fk_operation_lead_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operation'))
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index('ix_operation_agency_start', ['agency_id', 'start_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_operation_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_operation_number'), ['number'], unique=False)
        batch_op.create_index('ix_operation_start', ['start_at'], unique=False)
        batch_op.create_index('ix_operation_status_start', ['status', 'start_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_operation_type'), ['type'], unique=False)

    op.create_table('op_stats',
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('operations', sa.Integer(), nullable=False),
    sa.Column('checks', sa.Integer(), nullable=False),
    sa.Column('violations', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('status', name=op.f('pk_op_stats'))
    )
    for statement in STATS_TRIGGERS:
        op.execute(statement)

    op.create_table('user_role',
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_user_role_user_id_user')),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_role'))
    )
    op.create_table('amendment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user.id'], name=op.f('fk_amendment_created_by_user')),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_amendment_operation_id_operation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment'))
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_operation_id'), ['operation_id'], unique=False)

    op.create_table('check_record',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('violation', sa.Boolean(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user.id'], name=op.f('fk_check_record_created_by_user')),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_check_record_operation_id_operation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_record'))
    )
    with op.batch_alter_table('check_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_record_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_check_record_operation_at', ['operation_id', 'at'], unique=False)

    op.create_table('custody_event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('holder_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('actor_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_at', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('battery_pct', sa.Integer(), nullable=True),
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_custody_event_actor_id_user')),
    sa.ForeignKeyConstraint(['holder_id'], ['user.id'], name=op.f('fk_custody_event_holder_id_user')),
    sa.ForeignKeyConstraint(['item_id'], ['equipment_item.id'], name=op.f('fk_custody_event_item_id_equipment_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_event'))
    )
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_event_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index('ix_custody_event_item_at', ['item_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_event_operation_id'), ['operation_id'], unique=False)

    op.create_table('operation_crew',
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('is_lead', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_operation_crew_operation_id_operation')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_operation_crew_user_id_user')),
    sa.PrimaryKeyConstraint('operation_id', 'user_id', name=op.f('pk_operation_crew'))
    )
    with op.batch_alter_table('operation_crew', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_crew_user_id'), ['user_id'], unique=False)

    op.create_table('operation_equipment',
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['equipment_item.id'], name=op.f('fk_operation_equipment_item_id_equipment_item')),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_operation_equipment_operation_id_operation')),
    sa.PrimaryKeyConstraint('operation_id', 'item_id', name=op.f('pk_operation_equipment'))
    )
    with op.batch_alter_table('operation_equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_equipment_item_id'), ['item_id'], unique=False)

    op.create_table('review_decision',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reviewer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('comments', sa.JSON(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_review_decision_operation_id_operation')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user.id'], name=op.f('fk_review_decision_reviewer_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_decision'))
    )
    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_decision_operation_id'), ['operation_id'], unique=False)




def downgrade() -> None:
    for name in ("trg_operation_stats_insert", "trg_operation_stats_update", "trg_operation_stats_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('op_stats')

    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_decision_operation_id'))

    op.drop_table('review_decision')
    with op.batch_alter_table('operation_equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_equipment_item_id'))

    op.drop_table('operation_equipment')
    with op.batch_alter_table('operation_crew', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_crew_user_id'))

    op.drop_table('operation_crew')
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_event_operation_id'))
        batch_op.drop_index('ix_custody_event_item_at')
        batch_op.drop_index(batch_op.f('ix_custody_event_holder_id'))

    op.drop_table('custody_event')
    with op.batch_alter_table('check_record', schema=None) as batch_op:
        batch_op.drop_index('ix_check_record_operation_at')
        batch_op.drop_index(batch_op.f('ix_check_record_kind'))

    op.drop_table('check_record')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_operation_id'))

    op.drop_table('amendment')
    op.drop_table('user_role')
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_type'))
        batch_op.drop_index('ix_operation_status_start')
        batch_op.drop_index('ix_operation_start')
        batch_op.drop_index(batch_op.f('ix_operation_number'))
        batch_op.drop_index(batch_op.f('ix_operation_lead_id'))
        batch_op.drop_index('ix_operation_agency_start')

    op.drop_table('operation')
    with op.batch_alter_table('equipment_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_item_status'))
        batch_op.drop_index(batch_op.f('ix_equipment_item_kit_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_item_kind'))
        batch_op.drop_index(batch_op.f('ix_equipment_item_agency_id'))

    op.drop_table('equipment_item')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_badge_no'))
        batch_op.drop_index(batch_op.f('ix_user_agency_id'))

    op.drop_table('user')
    with op.batch_alter_table('kit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kit_agency_id'))

    op.drop_table('kit')
    op.drop_table('sync_state')
    op.drop_table('setting')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_entity_id'))

    op.drop_table('outbox')
    op.drop_table('meta')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))
        batch_op.drop_index(batch_op.f('ix_audit_event_actor_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))

    op.drop_table('audit_event')
    op.drop_table('agency')

