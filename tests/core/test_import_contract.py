"""The core runs without Qt: importing it neither needs nor loads PySide6/pyqtgraph (checked in fresh interpreters)."""

from __future__ import annotations

import json
import subprocess
import sys
from textwrap import dedent
from typing import Any

QT = ("PySide6", "shiboken6", "pyqtgraph")

IMPORT_CORE = dedent("""
    import importlib, pkgutil
    import fieldops, fieldops.app, fieldops.cli, fieldops.demo, fieldops.services
    services = sorted(m.name for m in pkgutil.iter_modules(fieldops.services.__path__))
    for name in services:
        importlib.import_module(f"fieldops.services.{name}")
""")

BLOCK_QT = dedent(f"""
    import sys
    from importlib.abc import MetaPathFinder

    class Block(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {QT!r}:
                raise ImportError(f"blocked: {{name}}")
            return None

    sys.meta_path.insert(0, Block())
    try:
        import PySide6
        blocker_works = False
    except ImportError:
        blocker_works = True
""")


def _run(script: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_core_imports_with_qt_and_pyqtgraph_blocked() -> None:
    result = _run(BLOCK_QT + IMPORT_CORE + dedent("""
        import json
        print(json.dumps({"blocker_works": blocker_works, "services": services}))
    """))
    assert result["blocker_works"] is True
    assert set(result["services"]) >= {"audit", "operations", "settings", "users"}


def test_importing_the_core_does_not_load_qt() -> None:
    result = _run(IMPORT_CORE + dedent(f"""
        import importlib.util, json, sys
        print(json.dumps({{
            "qt_installed": importlib.util.find_spec("PySide6") is not None,
            "loaded": sorted(m for m in {QT!r} if m in sys.modules),
        }}))
    """))
    assert result["qt_installed"] is True  # else "not loaded" would prove nothing
    assert result["loaded"] == []
