"""Small file-system helpers shared by the key file, the media store and the exports."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fieldops.errors import ErrorCode, FieldOpsError


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextlib.contextmanager
def target_disk_errors() -> Iterator[None]:
    """A full disk (or quota) while writing an export becomes DISK_FULL on the field "target"."""
    try:
        yield
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise FieldOpsError(ErrorCode.DISK_FULL, field="target", detail="disk full") from exc
        raise


def export_temp_file(folder: Path, prefix: str = ".fieldops-export-") -> Path:
    """A new empty hidden temp file in the folder the user chose for an export (renamed into place once the
    export is complete and recorded). INVALID-style TARGET_UNWRITABLE / DISK_FULL errors on field "target"."""
    try:
        with target_disk_errors():
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except FileNotFoundError:
        raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="folder not found") from None
    except (PermissionError, NotADirectoryError):
        raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="not writable") from None
    os.close(fd)
    return Path(name)
