"""The figures tests/packaging measures (bundle size vs an empty PySide6 window's, frozen vs source start-up) are
printed at the end of the pytest run and kept in build/dist-figures.json (docs/installer.md quotes them)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIGURES: dict[str, Any] = {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("installer figures (issue 8)")
    for key, value in FIGURES.items():
        terminalreporter.write_line(f"{key}: {value}")
    out = ROOT / "build" / "dist-figures.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(FIGURES, indent=2) + "\n", encoding="utf-8")
