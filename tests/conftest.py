"""Shared fixtures: one template workspace built per test session, copied for each test (fast, isolated)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF

ADMIN = "admin"
ADMIN_PASSWORD = "correct-horse"
ADMIN_NAME = "Jānis Bērziņš"


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template") / "ws"
    fo = FieldOps.create(home, username=ADMIN, full_name=ADMIN_NAME, password=ADMIN_PASSWORD, kdf=FAST_KDF)
    fo.close()
    return home


@pytest.fixture
def home(template_home: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template workspace (administrator `admin` / ADMIN_PASSWORD)."""
    target = tmp_path / "ws"
    shutil.copytree(template_home, target)
    return target


@pytest.fixture
def fo(home: Path) -> Iterator[FieldOps]:
    """The template workspace, open as the administrator."""
    ops = FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    yield ops
    ops.close()


# ---- the sync reliability harness (tests/reliability, QUALITY.md R1-R3, R11): long mode flag and marker ---------
def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--reliability-long", action="store_true", default=False,
                     help="R1 long mode: 5,000+ random sync schedules (or FIELDOPS_RELIABILITY_LONG=1)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability: sync reliability harness (QUALITY.md R1, R2, R3, R11)")
