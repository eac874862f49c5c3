"""Workspace settings: defaults, round trip, validation, and the ui/workspace scope split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF
from fieldops.settings import SETTINGS, SettingDef
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD

IDLE = "session.idle_lock_minutes"


def _refused(fo: FieldOps, key: str, value: object) -> FieldOpsError:
    before = factories.table_counts(fo, "setting", "audit_event")
    with pytest.raises(FieldOpsError) as exc:
        fo.settings.set(key, value)
    assert factories.table_counts(fo, "setting", "audit_event") == before
    return exc.value


def test_unset_setting_reads_its_default(fo: FieldOps) -> None:
    assert fo.settings.get(IDLE) == 15
    assert fo.settings.get("ui.theme") == "day"


def test_set_and_read_back_across_a_reopen(fo: FieldOps, home: Path) -> None:
    changes = fo.settings.set(IDLE, 45)
    assert changes.concerns("setting") and IDLE in changes.ids
    assert fo.settings.get(IDLE) == 45
    fo.settings.set(IDLE, "60")  # text from a form field is accepted and stored as a number
    assert fo.settings.get(IDLE) == 60

    again = FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    try:
        assert again.settings.get(IDLE) == 60
    finally:
        again.close()
    action, details = factories.rows(fo, "SELECT action, details FROM audit_event ORDER BY seq DESC LIMIT 1 "
                                         "OFFSET 1")[0]  # the newest event is the reopen's login
    assert (action, json.loads(str(details))) == ("alteration", {"key": IDLE, "value": 60})


@pytest.mark.parametrize("value", [0, 241, -5, "10000"])
def test_out_of_range(fo: FieldOps, value: object) -> None:
    err = _refused(fo, IDLE, value)
    assert (err.code, err.field) == (ErrorCode.OUT_OF_RANGE, IDLE)
    assert (err.params["min"], err.params["max"]) == (1, 240)
    assert fo.settings.get(IDLE) == 15


@pytest.mark.parametrize("value", ["soon", None, True, 12.5j])
def test_not_a_number(fo: FieldOps, value: object) -> None:
    err = _refused(fo, IDLE, value)
    assert (err.code, err.field) == (ErrorCode.INVALID, IDLE)


def test_ui_settings_are_not_stored_in_the_workspace(fo: FieldOps) -> None:
    err = _refused(fo, "ui.theme", "night")
    assert (err.code, err.field, err.params["detail"]) == (ErrorCode.INVALID, "key", "ui.theme")


def test_unknown_key(fo: FieldOps) -> None:
    err = _refused(fo, "session.self_destruct", 1)
    assert (err.code, err.field) == (ErrorCode.INVALID, "key")
    with pytest.raises(FieldOpsError) as exc:
        fo.settings.get("session.self_destruct")
    assert exc.value.code == ErrorCode.INVALID


@pytest.mark.parametrize("definition", SETTINGS, ids=lambda d: d.key)
def test_every_default_passes_its_own_validation(definition: SettingDef) -> None:
    assert definition.scope in ("workspace", "ui")
    assert definition.validate(definition.default) == definition.default


def test_keys_are_unique() -> None:
    keys = [d.key for d in SETTINGS]
    assert len(keys) == len(set(keys))
