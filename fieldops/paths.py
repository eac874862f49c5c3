"""Where data lives: `--home DIR`, else FIELDOPS_HOME, else the platform's user data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "FIELDOPS_HOME"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    if home:
        return Path(home).expanduser().resolve()
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("fieldops", appauthor=False))


def keyfile_path(home: Path) -> Path:
    return home / "workspace.json"


def db_path(home: Path) -> Path:
    from fieldops.db import DB_FILENAME

    return home / DB_FILENAME


def exists(home: Path) -> bool:
    return keyfile_path(home).exists()
