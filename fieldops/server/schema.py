"""Tables of the regional server (SQLAlchemy Core: the same schema on PostgreSQL and on the embedded SQLite).

Records of every kind live as JSON documents in `record`, keyed by (entity, id): the server does not need a
table per kind to enforce the sync policy (facts insert-only, field-level merge of drafts, locking of
submitted and approved operations), and new kinds sync without a server migration. `change_log` is the
gap-free pull feed (`seq` allocated in commit order); `applied_op` makes every push idempotent.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
})

Time = DateTime(timezone=True)

agency = Table(
    "agency", metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("short_name", String(60), nullable=False),
    Column("country", String(2), nullable=False),
    Column("timezone", String(40), nullable=False),
    Column("report_prefix", String(8), nullable=False),
)

account = Table(
    "account", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", String(120), nullable=False),
    Column("badge_no", String(32)),
    Column("agency_id", String(36), nullable=False, index=True),
    Column("roles", JSON, nullable=False),  # list of role names
    Column("active", Boolean, nullable=False, default=True),
    Column("password_hash", String(200)),  # Argon2id; None: cannot sign in online yet
    Column("version", Integer, nullable=False, default=1),
    Column("created_at", Time, nullable=False),
    Column("updated_at", Time, nullable=False),
)

device = Table(
    "device", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("agency_id", String(36), nullable=False),
    Column("secret_hash", String(64), nullable=False),  # SHA-256 of the device secret (high entropy)
    Column("escrow_key", LargeBinary),  # wraps the laptop's data key for first logins (never stored there)
    Column("enrolled_by", String(36)),
    Column("enrolled_at", Time, nullable=False),
    Column("revoked_at", Time),
    Column("last_seen_at", Time),
)

enrollment = Table(
    "enrollment", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("agency_id", String(36), nullable=False),
    Column("created_by", String(36)),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Column("used_at", Time),
    Column("device_id", String(36)),
)

record = Table(
    "record", metadata,
    Column("entity", String(32), primary_key=True),
    Column("id", String(80), primary_key=True),
    Column("agency_id", String(36), nullable=False),
    Column("shared_with", JSON, nullable=False),  # agency ids that may also see it
    Column("data", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("field_versions", JSON, nullable=False),  # field -> record version that last changed it
    Column("field_hlc", JSON, nullable=False),  # field -> HLC of the write that set it
    Column("status", String(16)),  # operations: draft | submitted | returned | approved
    Column("seq", BigInteger, nullable=False),  # change_log seq of the last change
    Column("created_at", Time, nullable=False),
    Column("updated_at", Time, nullable=False),
)

applied_op = Table(
    "applied_op", metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(80), nullable=False),
    Column("result", JSON, nullable=False),
    Column("applied_at", Time, nullable=False),
)

change_log = Table(
    "change_log", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(80), nullable=False),
    Column("agency_id", String(36), nullable=False),
    Column("shared_with", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    Column("op_id", String(36)),
    Column("at", Time, nullable=False),
    Index("ix_change_log_agency_seq", "agency_id", "seq"),
)

conflict = Table(
    "conflict", metadata,
    Column("id", String(36), primary_key=True),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(80), nullable=False, index=True),
    Column("agency_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    Column("base_version", Integer),
    Column("server_value", JSON),
    Column("client_value", JSON),
    Column("op_id", String(36), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("created_at", Time, nullable=False),
    Column("resolved_at", Time),
    Column("resolved_by", String(36)),
    Column("resolution", JSON),
)

counter = Table(
    "counter", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

server_audit = Table(
    "server_audit", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at", Time, nullable=False),
    Column("user_id", String(36)),
    Column("device_id", String(36)),
    Column("action", String(32), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(80)),
    Column("details", JSON, nullable=False),
)

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# ---- media (SYNC.md "Media", "Retention"): the bytes live in the content-addressed store, never here --------
media_blob = Table(
    "media_blob", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", String(100), nullable=False),
    Column("committed_at", Time, nullable=False),
    Column("committed_by", String(36), nullable=False),
    Column("scrubbed_at", Time),
    Column("corrupt_at", Time),  # the last scrub found the stored bytes missing or not matching the hash
    Column("erased_at", Time),  # retention erased the bytes (this row stays: metadata of the erasure)
)

# Agencies that proved they hold a blob by uploading its bytes (or whose attachment records the uploader
# could see). Never inferred from an attachment record alone: anyone may push a record naming any hash.
media_owner = Table(
    "media_owner", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("agency_id", String(36), primary_key=True),
    Column("at", Time, nullable=False),
)

# Which attachment records name a hash (filled when an attachment record is created by a push): the way from a
# hash to the records that decide who may upload or read it, and to its retention class.
media_ref = Table(
    "media_ref", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("attachment_id", String(80), primary_key=True),
)

media_upload = Table(
    "media_upload", metadata,
    Column("id", String(36), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("mime", String(100), nullable=False),
    Column("offset", BigInteger, nullable=False),  # bytes received, chunk-verified and fsynced
    Column("state", String(16), nullable=False),  # receiving | committed | failed
    Column("error", String(64)),
    Column("user_id", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("agency_id", String(36), nullable=False),
    Column("created_at", Time, nullable=False),
    Column("updated_at", Time, nullable=False),
    Index("ix_media_upload_device_sha", "device_id", "sha256"),
)

legal_hold = Table(
    "legal_hold", metadata,
    Column("id", String(36), primary_key=True),
    Column("target", String(16), nullable=False),  # operation | media
    Column("target_id", String(80), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("created_by", String(120), nullable=False),
    Column("created_at", Time, nullable=False),
    Column("released_at", Time),
    Column("released_by", String(120)),
)
