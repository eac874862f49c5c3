"""Schema migrations of the local database (Alembic, batch mode for SQLite).

`migrate()` is called at every open. The fast path (schema already at HEAD) reads one row and does not
import Alembic, which keeps start-up cheap (P1). Before any upgrade of an existing database the file is
backed up next to it; a revision this app does not know means a newer app wrote the file: refuse, never
touch it.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from fieldops.errors import ErrorCode, FieldOpsError

HEAD = "0009_amendments"  # tests assert this equals Alembic's head
MIGRATIONS_DIR = Path(__file__).parent


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        except OperationalError:
            return None  # a brand-new database: no alembic_version table yet


def _config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def migrate(engine: Engine, db_path: Path, backup_dir: Path) -> str | None:
    """Bring the database to HEAD; return the path of the backup made, if any."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    if current is not None and current not in known_revisions():
        raise FieldOpsError(ErrorCode.NEWER_SCHEMA, revision=current)
    backup = None
    if current is not None:
        backup = _backup(engine, db_path, backup_dir, current)
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _backup(engine: Engine, db_path: Path, backup_dir: Path, revision: str) -> str:
    # A checkpoint cannot run inside a transaction, and every SQLAlchemy connection here begins one
    # (BEGIN IMMEDIATE): use the driver connection directly, which is in autocommit mode.
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{db_path.stem}-{revision}-{stamp}.db"
    shutil.copy2(db_path, target)  # still encrypted: the backup needs the same key
    return str(target)
