"""Agency ids derived from the agency code (the same on every laptop and on the regional server).

Workspaces made before this revision have random agency ids: every reference is re-keyed in place
(users, operations, equipment, kits, sharing rules, and pending outbox payloads, where ids are unique
UUID strings, so a textual replacement is exact).

Revision ID: 0004_agency_ids
Revises: 0003_equipment_desk
Create Date: 2026-11-26 00:15:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fieldops.agencies import agency_id

revision: str = '0004_agency_ids'
down_revision: str | None = '0003_equipment_desk'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFERENCES = (("user", "agency_id"), ("operation", "agency_id"), ("equipment_item", "agency_id"),
              ("kit", "agency_id"), ("equipment_share", "owner_agency_id"),
              ("equipment_share", "borrower_agency_id"))


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, code FROM agency")).all()
    moves = [(old, agency_id(code)) for old, code in rows if old != agency_id(code)]
    if not moves:
        return
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for old, new in moves:
        conn.execute(sa.text("UPDATE agency SET id = :new WHERE id = :old"), {"new": new, "old": old})
        for table, column in REFERENCES:
            conn.execute(sa.text(f'UPDATE "{table}" SET {column} = :new WHERE {column} = :old'),
                         {"new": new, "old": old})
        conn.execute(sa.text("UPDATE outbox SET payload = replace(payload, :old, :new) "
                             "WHERE instr(payload, :old) > 0"), {"new": new, "old": old})


def downgrade() -> None:
    pass  # the derived ids stay valid ids: nothing to undo
