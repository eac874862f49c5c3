"""Typed errors. The core raises `FieldOpsError(code, field=..., **params)`; the UI maps the code to a
translated message (the English source texts live here, marked for lupdate) and shows it next to `field`."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from fieldops.i18n import QT_TRANSLATE_NOOP


class ErrorCode(StrEnum):
    WRONG_PASSWORD = "auth.wrong_password"
    UNKNOWN_USER = "auth.unknown_user"
    USER_INACTIVE = "auth.user_inactive"
    LOCKED_OUT = "auth.locked_out"
    NOT_PERMITTED = "auth.not_permitted"
    WEAK_PASSWORD = "auth.weak_password"
    WORKSPACE_MISSING = "store.workspace_missing"
    WORKSPACE_EXISTS = "store.workspace_exists"
    NOT_A_DATABASE = "store.not_a_database"
    NEWER_SCHEMA = "store.newer_schema"
    WORKSPACE_CORRUPT = "store.workspace_corrupt"
    STORE_BUSY = "store.busy"
    REQUIRED = "validation.required"
    INVALID = "validation.invalid"
    TOO_LONG = "validation.too_long"
    DUPLICATE = "validation.duplicate"
    OUT_OF_RANGE = "validation.out_of_range"
    NOT_FOUND = "record.not_found"
    LOCKED = "record.locked"
    LAST_ADMIN = "users.last_admin"
    STALE = "record.stale"
    INCOMPLETE = "operation.incomplete"
    FLAG_UNRESOLVED = "check.flag_unresolved"
    SELF_REVIEW = "review.self"
    MEDIA_UNREADABLE = "media.unreadable"
    MEDIA_EMPTY = "media.empty"
    MEDIA_CORRUPT = "media.corrupt"
    DISK_FULL = "media.disk_full"
    TARGET_UNWRITABLE = "media.target_unwritable"
    ITEM_OUT = "equipment.item_out"
    ITEM_UNAVAILABLE = "equipment.item_unavailable"
    ITEM_NOT_OUT = "equipment.item_not_out"
    NOT_SHARED = "equipment.not_shared"
    OTHER_AGENCY = "equipment.other_agency"
    ACK_WRONG = "equipment.ack_wrong"
    ACK_NOT_SET = "equipment.ack_not_set"
    RESERVATION_CONFLICT = "equipment.reservation_conflict"
    SERVER_UNREACHABLE = "sync.unreachable"
    SERVER_AUTH = "sync.auth_required"
    DEVICE_REVOKED = "sync.device_revoked"
    SERVER_ERROR = "sync.server_error"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.WRONG_PASSWORD: QT_TRANSLATE_NOOP("errors", "Wrong user name or password."),
    ErrorCode.UNKNOWN_USER: QT_TRANSLATE_NOOP("errors", "Wrong user name or password."),
    ErrorCode.USER_INACTIVE: QT_TRANSLATE_NOOP("errors", "This account is deactivated. Ask an administrator."),
    ErrorCode.LOCKED_OUT: QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Try again in {seconds} seconds."
    ),
    ErrorCode.NOT_PERMITTED: QT_TRANSLATE_NOOP("errors", "Your role does not allow this action."),
    ErrorCode.WEAK_PASSWORD: QT_TRANSLATE_NOOP(
        "errors", "The password must have at least {min_length} characters."
    ),
    ErrorCode.WORKSPACE_MISSING: QT_TRANSLATE_NOOP("errors", "There is no workspace in {path}."),
    ErrorCode.WORKSPACE_EXISTS: QT_TRANSLATE_NOOP("errors", "A workspace already exists in {path}."),
    ErrorCode.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "errors",
        "The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.",
    ),
    ErrorCode.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "errors", "This workspace was written by a newer fieldops (schema {revision}). Install the update."
    ),
    ErrorCode.WORKSPACE_CORRUPT: QT_TRANSLATE_NOOP(
        "errors", "The workspace key file is damaged: {detail}. Restore it from a backup or ask IT."
    ),
    ErrorCode.STORE_BUSY: QT_TRANSLATE_NOOP("errors", "The database is busy. Try again in a moment."),
    ErrorCode.REQUIRED: QT_TRANSLATE_NOOP("errors", "This field is required."),
    ErrorCode.INVALID: QT_TRANSLATE_NOOP("errors", "This value is not valid: {detail}"),
    ErrorCode.TOO_LONG: QT_TRANSLATE_NOOP("errors", "At most {max_length} characters."),
    ErrorCode.DUPLICATE: QT_TRANSLATE_NOOP("errors", "'{value}' is already used."),
    ErrorCode.OUT_OF_RANGE: QT_TRANSLATE_NOOP("errors", "The value must be between {min} and {max}."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("errors", "The record no longer exists."),
    ErrorCode.LOCKED: QT_TRANSLATE_NOOP("errors", "The record is locked: {detail}"),
    ErrorCode.STALE: QT_TRANSLATE_NOOP(
        "errors", "Someone changed this record meanwhile. Reopen it to see the current version."),
    ErrorCode.INCOMPLETE: QT_TRANSLATE_NOOP("errors", "Fill in before submitting: {fields}."),
    ErrorCode.FLAG_UNRESOLVED: QT_TRANSLATE_NOOP(
        "errors", "The rule pack found a violation ({codes}): record an outcome, or override it with a reason."),
    ErrorCode.SELF_REVIEW: QT_TRANSLATE_NOOP("errors", "You cannot review an operation you took part in."),
    ErrorCode.MEDIA_UNREADABLE: QT_TRANSLATE_NOOP("errors", "The file cannot be read ({detail})."),
    ErrorCode.MEDIA_EMPTY: QT_TRANSLATE_NOOP("errors", "The file is empty (0 bytes): nothing to attach."),
    ErrorCode.MEDIA_CORRUPT: QT_TRANSLATE_NOOP(
        "errors", "The stored copy of this file is damaged: its fingerprint no longer matches."),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP("errors", "The disk is full. Free some space and try again."),
    ErrorCode.TARGET_UNWRITABLE: QT_TRANSLATE_NOOP("errors", "The file cannot be written there ({detail})."),
    ErrorCode.ITEM_OUT: QT_TRANSLATE_NOOP("errors", "{tag} is already checked out to {holder}. Return it first."),
    ErrorCode.ITEM_UNAVAILABLE: QT_TRANSLATE_NOOP("errors", "{tag} cannot be issued: it is {status}."),
    ErrorCode.ITEM_NOT_OUT: QT_TRANSLATE_NOOP("errors", "{tag} is not checked out: there is nothing to return."),
    ErrorCode.NOT_SHARED: QT_TRANSLATE_NOOP(
        "errors", "{tag} belongs to {owner}, which has no sharing rule for officers of {borrower}."),
    ErrorCode.OTHER_AGENCY: QT_TRANSLATE_NOOP(
        "errors", "{tag} belongs to {owner}: only its own equipment managers can issue or change it."),
    ErrorCode.ACK_WRONG: QT_TRANSLATE_NOOP(
        "errors", "{holder}: wrong PIN or password. Ask them to enter it again."),
    ErrorCode.ACK_NOT_SET: QT_TRANSLATE_NOOP(
        "errors", "{holder} has no desk PIN and has never signed in on this laptop: they set one first "
        "(Tools → Desk PIN)."),
    ErrorCode.RESERVATION_CONFLICT: QT_TRANSLATE_NOOP(
        "errors", "{tag} is not free then ({count} conflict(s)): see the list."),
    ErrorCode.LAST_ADMIN: QT_TRANSLATE_NOOP(
        "errors", "The workspace must keep at least one active administrator."
    ),
    ErrorCode.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "errors", "The regional server cannot be reached. Your work stays on this laptop and is sent later."),
    ErrorCode.SERVER_AUTH: QT_TRANSLATE_NOOP(
        "errors", "The server sign-in has ended. Sign in again while connected to send and receive changes."),
    ErrorCode.DEVICE_REVOKED: QT_TRANSLATE_NOOP(
        "errors", "The regional server no longer accepts this laptop. Ask an administrator to connect it again."),
    ErrorCode.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "errors", "The regional server could not handle the request ({detail}). Try again later."),
}


class FieldOpsError(Exception):
    """A failure the user can understand and act on. `field` names the form field it belongs to."""

    def __init__(self, code: ErrorCode, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(f"{code.value}" + (f" [{field}]" if field else "") + (f" {params}" if params else ""))

    def english(self) -> str:
        """The untranslated message (CLI, logs)."""
        return MESSAGES[self.code].format(**self.params)
