"""Covering indexes for the dashboards and reports (`fieldops/services/statistics.py`).

- `ix_operation_stats`: every column a statistics query reads from `operation` (agency, start, type, status,
  id for the joins, the violation counter), so counting a year of operations never visits the table rows.
- `ix_check_record_stats`: the checks of an operation with the facts the dashboards group by, as indexed
  expressions on the JSON facts (SQLite reads them from the index instead of parsing every check's JSON).
  The expressions must be written exactly like this in the queries; a test asserts the plan is covering.
- `ix_check_record_flags`: partial index of the checks that have flags, with the flags, for the violations by
  rule (most checks have none).

Revision ID: 0008_statistics_indexes
Revises: 0007_media_transfer
Create Date: 2026-11-26 04:00:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0008_statistics_indexes'
down_revision: str | None = '0007_media_transfer'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHECK_FACTS = ("facts ->> '$.driver_category'", "facts ->> '$.sight'", "facts ->> '$.species'",
                "facts ->> '$.category'", "facts ->> '$.alcohol_permille[0]'", "facts ->> '$.alcohol_permille[1]'",
                "facts ->> '$.refused_test'")


def upgrade() -> None:
    # IF NOT EXISTS: plain CREATE INDEX statements (no table rebuild), safe to run again on a file whose
    # revision was rewound (tests do that to simulate old workspaces).
    op.execute("CREATE INDEX IF NOT EXISTS ix_operation_stats ON operation (agency_id, start_at, type, status, id, "
               "violation_count)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_check_record_stats ON check_record (operation_id, voided_at, kind, "
               "violation, " + ", ".join(_CHECK_FACTS) + ")")
    op.execute("CREATE INDEX IF NOT EXISTS ix_check_record_flags ON check_record (operation_id, voided_at, flags) "
               "WHERE flags <> '[]'")
    # Statistics of the new indexes only (a whole ANALYZE of a 1,000,000-operation workspace takes minutes).
    for name in ("ix_operation_stats", "ix_check_record_stats", "ix_check_record_flags"):
        op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_check_record_flags")
    op.execute("DROP INDEX IF EXISTS ix_check_record_stats")
    op.execute("DROP INDEX IF EXISTS ix_operation_stats")
