"""PostgreSQL for server tests: a throwaway schema per test on the machine's server (QUALITY.md: server tests
talk to a real PostgreSQL; they skip without one, except under CI=true, where they must run)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def base_url() -> str:
    url = os.environ.get("FIELDOPS_TEST_PG_URL", DEFAULT_URL)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI=true and is not reachable at {url}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {url} (set FIELDOPS_TEST_PG_URL): {exc.orig}")
    finally:
        engine.dispose()
    return url


@contextmanager
def fresh_schema(url: str | None = None) -> Iterator[str]:
    """A new empty schema; yields a URL whose connections use it (search_path). Dropped afterwards."""
    base = url or base_url()
    name = "t_" + secrets.token_hex(6)
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()
