"""Guards against a broken Qt binding: PySide6 6.12.0 under CPython 3.11 loses a reference to None on every
void Qt call, which aborts the interpreter after a few thousand calls (found while writing these tests).
pyproject.toml excludes that combination; this test fails if it ever comes back."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
before = sys.getrefcount(None)
for _ in range(20000):
    w.update()
    w.setObjectName("x")
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, f"the Qt binding crashed the interpreter: {result.stderr[-500:]}"
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
