"""`--self-test` (ui/selftest.py) from source: every step passes through `python -m ui`, and a failing step
is named and makes the run exit 1. The frozen build runs the same self-test in tests/packaging."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui import selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_from_source_passes_every_step() -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it must choose offscreen itself
    proc = subprocess.run([sys.executable, "-m", "ui", "--self-test"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for name, _step in selftest.STEPS:
        assert any(line.startswith(f"self-test: ok {name} (") for line in lines), (name, proc.stdout)
    assert lines[-1].startswith(f"self-test: ok all {len(selftest.STEPS)} steps")
    assert "platform offscreen" in proc.stdout


def test_a_failing_step_is_named_and_the_run_returns_1(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_run: selftest.Run) -> None:
        raise OSError("disk full")

    steps = tuple((name, broken if name == "workspace" else step) for name, step in selftest.STEPS)
    monkeypatch.setattr(selftest, "STEPS", steps)
    name = qapp.applicationName()
    out = io.StringIO()
    try:
        assert selftest.run_self_test(out, timeout_s=None) == 1
    finally:
        qapp.setApplicationName(name)
    text = out.getvalue()
    assert "self-test: ok qt (" in text
    assert "self-test: FAILED workspace: OSError: disk full" in text.splitlines()
    assert "migration" not in text and "ok all" not in text  # the run stops at the first failure


def test_a_check_that_does_not_hold_says_what_was_expected(qapp: QApplication,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "REQUIRED_IMAGE_FORMATS", ("png", "no-such-format"))
    monkeypatch.setattr(selftest, "STEPS", selftest.STEPS[:1])
    name = qapp.applicationName()
    out = io.StringIO()
    try:
        assert selftest.run_self_test(out, timeout_s=None) == 1
    finally:
        qapp.setApplicationName(name)
    assert "self-test: FAILED qt: SelfTestError: Qt image format plugin(s) missing: no-such-format" in out.getvalue()
