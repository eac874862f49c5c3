"""Fixtures for the core tests: an officer session on the same workspace as `fo` (the administrator)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldops.app import FieldOps
from fieldops.models.enums import Role
from tests import factories


@pytest.fixture
def officer(fo: FieldOps) -> Iterator[FieldOps]:
    """A second session on `fo`'s workspace, logged in as a freshly created officer."""
    session = factories.login(fo, factories.user(fo, Role.OFFICER))
    yield session
    session.close()
