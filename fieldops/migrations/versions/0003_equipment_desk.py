"""Equipment desk: incidents, reservations, sharing rules, desk PINs, derived holder state on items.

Revision ID: 0003_equipment_desk
Revises: 0002_operations_log
Create Date: 2026-11-25 23:39:24.983977
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import fieldops.models.types

revision: str = '0003_equipment_desk'
down_revision: str | None = '0002_operations_log'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('equipment_share',
    sa.Column('owner_agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('borrower_agency_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['borrower_agency_id'], ['agency.id'], name=op.f('fk_equipment_share_borrower_agency_id_agency')),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agency.id'], name=op.f('fk_equipment_share_owner_agency_id_agency')),
    sa.PrimaryKeyConstraint('owner_agency_id', 'borrower_agency_id', name=op.f('pk_equipment_share'))
    )
    op.create_table('equipment_incident',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('opened_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('opened_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('resolved_at', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['equipment_item.id'], name=op.f('fk_equipment_incident_item_id_equipment_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_incident'))
    )
    with op.batch_alter_table('equipment_incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_incident_item_id'), ['item_id'], unique=False)

    op.create_table('equipment_reservation',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('operation_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('holder_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('start_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('end_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', fieldops.models.types.UTCDateTime(), nullable=False),
    sa.Column('cancelled_at', fieldops.models.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['equipment_item.id'], name=op.f('fk_equipment_reservation_item_id_equipment_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_reservation'))
    )
    with op.batch_alter_table('equipment_reservation', schema=None) as batch_op:
        batch_op.create_index('ix_equipment_reservation_item_start', ['item_id', 'start_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_reservation_operation_id'), ['operation_id'], unique=False)

    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('kit_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('acknowledged_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('damage', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reservation_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_custody_event_batch_id'), ['batch_id'], unique=False)
        # An officer's history, newest first (P8: 500 rows of 100,000 events).
        batch_op.drop_index('ix_custody_event_holder_id')
        batch_op.create_index('ix_custody_event_holder_at', ['holder_id', 'at'], unique=False)

    with op.batch_alter_table('equipment_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('holder_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('out_event_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('due_at', fieldops.models.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('service_hours', sa.Float(), nullable=True))
        batch_op.create_index(batch_op.f('ix_equipment_item_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_item_holder_id'), ['holder_id'], unique=False)

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('desk_pin_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
    # Derived holder state from the existing custody log: items whose latest event is a check-out.
    op.execute(
        "UPDATE equipment_item SET (holder_id, out_event_id, due_at) = ("
        "SELECT e.holder_id, e.id, e.due_at FROM custody_event e WHERE e.item_id = equipment_item.id "
        "ORDER BY e.at DESC, e.id DESC LIMIT 1) "
        "WHERE (SELECT e.kind FROM custody_event e WHERE e.item_id = equipment_item.id "
        "ORDER BY e.at DESC, e.id DESC LIMIT 1) = 'check_out'")



def downgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('desk_pin_hash')

    with op.batch_alter_table('equipment_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_item_holder_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_item_due_at'))
        batch_op.drop_column('service_hours')
        batch_op.drop_column('due_at')
        batch_op.drop_column('out_event_id')
        batch_op.drop_column('holder_id')

    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_event_batch_id'))
        batch_op.drop_index('ix_custody_event_holder_at')
        batch_op.create_index('ix_custody_event_holder_id', ['holder_id'], unique=False)
        batch_op.drop_column('reservation_id')
        batch_op.drop_column('damage')
        batch_op.drop_column('acknowledged_by')
        batch_op.drop_column('kit_id')
        batch_op.drop_column('batch_id')

    with op.batch_alter_table('equipment_reservation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_reservation_operation_id'))
        batch_op.drop_index('ix_equipment_reservation_item_start')

    op.drop_table('equipment_reservation')
    with op.batch_alter_table('equipment_incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_incident_item_id'))

    op.drop_table('equipment_incident')
    op.drop_table('equipment_share')
