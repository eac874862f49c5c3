"""The workspace's local media store: content-addressed, encrypted copies of photos and videos.

Layout under `<home>/media/`::

    tmp/import-*.part         being written (removed on failure, cancel, or at the next start-up)
    ab/ab12…ef.fom            one complete file per distinct content; the name is the plaintext SHA-256

A file is streamed once: SHA-256 and size of the plaintext are computed while the encrypted copy is
written to `tmp/`; the copy is fsynced and only then renamed into place (atomic), so the store never
holds a half-written file under a content name. The same content attached twice is stored once.

File format `FOM1` (all integers big-endian)::

    header (30 bytes)  magic b"FOM1" | version u8 = 1 | chunk_log2 u8 = 20 | salt 16 B | nonce prefix 8 B
    body               chunk 0 | chunk 1 | … | chunk n-1      each = AES-256-GCM(plaintext chunk) ‖ tag (16 B)

- Plaintext chunks are 2**chunk_log2 bytes (1 MiB); only the last one may be shorter, and never empty
  (empty files are refused), so the layout follows from the file size alone.
- Key: HKDF-SHA256(ikm = workspace data key, salt = the file's random salt, info = b"fieldops media v1"),
  a fresh 256-bit key per file; the data key itself is never used directly.
- Nonce of chunk i: 8-byte random prefix ‖ i as u32 (at most 2**32 chunks per file).
- Associated data of chunk i: header ‖ i as u32 ‖ final flag u8 (1 on the last chunk only). Reordered,
  dropped or duplicated chunks fail their tag; dropping the final chunk (truncation at a chunk boundary)
  leaves a last chunk sealed with flag 0, which fails when read as the last one; an edited header changes
  every chunk's associated data.
- The plaintext SHA-256 is not known until the end, so it is not in the associated data; instead every
  reader re-hashes the plaintext and compares it with the file's name (this also catches two valid files
  swapped under each other's names).

Memory stays flat: at most two plaintext chunks and one sealed chunk are held at any time.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import stat
import struct
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.fsutil import fsync_dir
from fieldops.progress import CancelToken, Progress

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"FOM1"
VERSION = 1
CHUNK_LOG2 = 20
CHUNK_SIZE = 1 << CHUNK_LOG2  # 1 MiB of plaintext per sealed chunk
TAG_SIZE = 16
HEADER = struct.Struct(">4sBB16s8s")  # magic, version, chunk_log2, salt, nonce prefix
HKDF_INFO = b"fieldops media v1"
SUFFIX = ".fom"
MAX_CHUNKS = 1 << 32
SNIFF_BYTES = 64  # sniff_mime needs at most this many leading bytes
_SHA_RE = re.compile(r"[0-9a-f]{64}")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class StoredFile:
    sha256: str  # of the plaintext, lower-case hex: the file's name in the store
    size: int  # plaintext bytes
    path: Path  # the encrypted copy
    mime: str  # sniffed from the first bytes (see `sniff_mime`)


@dataclass(frozen=True)
class _Layout:
    header: bytes
    salt: bytes
    prefix: bytes
    chunk_size: int
    chunks: int
    plain_size: int


def _corrupted() -> FieldOpsError:
    return FieldOpsError(ErrorCode.MEDIA_CORRUPT, field="file", detail="corrupted")


@contextmanager
def _disk_errors(field: str) -> Iterator[None]:
    """A full disk (or quota) while writing becomes a typed error the user can act on."""
    try:
        yield
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise FieldOpsError(ErrorCode.DISK_FULL, field=field, detail="disk full") from exc
        raise



class MediaStore:
    """`<home>/media/`: import (encrypt + hash), read back (decrypt + verify), clean up."""

    def __init__(self, root: Path, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self.root = root
        self._data_key = data_key

    def __repr__(self) -> str:
        return f"MediaStore({str(self.root)!r})"

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    # ---- names ------------------------------------------------------------------------------------------
    def path_of(self, sha256: str) -> Path:
        """Where the encrypted copy of `sha256` lives (whether or not it exists)."""
        if not isinstance(sha256, str) or not _SHA_RE.fullmatch(sha256):
            raise FieldOpsError(ErrorCode.INVALID, field="sha256", detail="not a SHA-256")
        return self.root / sha256[:2] / f"{sha256}{SUFFIX}"

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    # ---- import -----------------------------------------------------------------------------------------
    def import_file(self, path: Path, progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> StoredFile:
        """Encrypt `path` into the store (read once, 1 MiB at a time). Raises INVALID on field "file"
        (not found, not readable, a folder, empty file, disk full) or `Cancelled`; either way nothing of
        this import stays behind."""
        path = Path(path)
        with _open_source(path) as src:
            return self._import(src, os.fstat(src.fileno()).st_size, path.name, progress, cancel)

    def import_stream(self, src: IO[bytes], total: int, sha256: str, progress: Progress | None = None,
                      cancel: CancelToken | None = None, label: str = "") -> StoredFile:
        """Encrypt a stream (a download from the server) into the store; kept only if its content hashes to
        `sha256`, else INVALID "corrupted" and nothing stays. No plaintext touches the disk."""
        self.path_of(sha256)
        stored = self._import(src, total, label, progress, cancel, expect=sha256)
        return stored

    def _import(self, src: IO[bytes], total: int, label: str, progress: Progress | None,
                cancel: CancelToken | None, expect: str | None = None) -> StoredFile:
        first = _read(src, CHUNK_SIZE)
        if not first:
            raise FieldOpsError(ErrorCode.MEDIA_EMPTY, field="file", detail="empty file")
        mime = sniff_mime(first[:SNIFF_BYTES], label)
        tmp: Path | None = None
        try:
            with _disk_errors("file"):
                self.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # (parents get default modes)
                self.tmp_dir.mkdir(mode=0o700, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix="import-", suffix=".part", dir=self.tmp_dir)
                tmp = Path(name)
                with os.fdopen(fd, "wb") as out:
                    sha, size = self._encrypt(src, first, out, total, label, progress, cancel)
                    out.flush()
                    os.fsync(out.fileno())
                if expect is not None and sha != expect:
                    raise _corrupted()
                target = self._commit(tmp, sha, size)
        except BaseException:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
            raise
        return StoredFile(sha, size, target, mime)

    def _encrypt(self, src: IO[bytes], first: bytes, out: IO[bytes], total: int, label: str,
                 progress: Progress | None, cancel: CancelToken | None) -> tuple[str, int]:
        salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
        header = HEADER.pack(MAGIC, VERSION, CHUNK_LOG2, salt, prefix)
        aes = self._cipher(salt)
        out.write(header)
        digest = hashlib.sha256()
        chunk, index, done = first, 0, 0
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            following = _read(src, CHUNK_SIZE)  # read ahead: the last chunk is sealed as final
            final = not following
            digest.update(chunk)
            out.write(aes.encrypt(_nonce(prefix, index), chunk, _aad(header, index, final)))
            done += len(chunk)
            if progress is not None:
                progress(min(1.0, done / max(total, done)), label)
            if final:
                return digest.hexdigest(), done
            chunk, index = following, index + 1
            if index >= MAX_CHUNKS:
                raise FieldOpsError(ErrorCode.INVALID, field="file", detail="too large")

    def _commit(self, tmp: Path, sha256: str, size: int) -> Path:
        """Rename the complete temp file into place, unless an intact copy is already there."""
        target = self.path_of(sha256)
        if target.is_file() and target.stat().st_size == _stored_size(size):
            tmp.unlink()  # stored once; the existing copy is kept (a wrong-size one is replaced below)
            return target
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            # Last rename wins if another process stores the same content meanwhile: both copies are
            # complete and hold the same plaintext.
            os.replace(tmp, target)
        except PermissionError:
            if not target.is_file():  # Windows refuses to replace a file that is open: it exists, keep it
                raise
            tmp.unlink()
        fsync_dir(target.parent)
        return target

    # ---- read back --------------------------------------------------------------------------------------
    def open_plain(self, sha256: str) -> Iterator[bytes]:
        """The plaintext in chunks. Each chunk is authenticated before it is yielded; the whole stream is
        proven complete and equal to `sha256` only when the iterator ends without error: a tag failure,
        truncation, extension or a content that does not hash to its name raises INVALID "corrupted" (so
        write what you read to a temp file and keep it only at the end). A missing file is NOT_FOUND."""
        fh, layout = self._open(sha256)
        return self._decrypt(fh, layout, sha256)

    def read_from(self, sha256: str, start: int) -> Iterator[bytes]:
        """The plaintext from byte `start` on (an upload), in blocks. Every block is authenticated (AES-GCM
        tags bind each block to its place and the last one to the end of the file), but the whole-file hash
        is not computed here: the server re-hashes the whole upload and refuses a file that is not the one
        named, and the uploader then verifies the local copy. NOT_FOUND, INVALID "corrupted"."""
        fh, layout = self._open(sha256)
        if start >= layout.plain_size:
            fh.close()
            return iter(())
        start = max(0, start)
        return self._decrypt(fh, layout, sha256, first=start // layout.chunk_size, skip=start % layout.chunk_size,
                             whole_hash=False)

    def read_bytes(self, sha256: str, limit: int) -> bytes:
        """The whole plaintext of a small file; INVALID "too large" beyond `limit` bytes."""
        fh, layout = self._open(sha256)
        if layout.plain_size > limit:
            fh.close()
            raise FieldOpsError(ErrorCode.INVALID, field="file", detail="too large")
        return b"".join(self._decrypt(fh, layout, sha256))

    def size_of(self, sha256: str) -> int:
        """Plaintext size, from the stored file's length (nothing is decrypted)."""
        fh, layout = self._open(sha256)
        fh.close()
        return layout.plain_size

    def verify(self, sha256: str) -> bool:
        """Decrypt everything and re-hash: True only for a complete, intact copy named by its content."""
        self.path_of(sha256)  # a malformed name is a caller's error, not a damaged file
        try:
            for _ in self.open_plain(sha256):
                pass
        except FieldOpsError:
            return False
        return True

    def export_temp(self, sha256: str, directory: Path, progress: Progress | None = None,
                    cancel: CancelToken | None = None, label: str = "") -> Path:
        """Decrypt into a new hidden temp file in `directory`, verified and fsynced; the caller renames it
        to the chosen name (or deletes it). INVALID on field "target" (folder not found, not writable, disk
        full), INVALID "corrupted" or NOT_FOUND on field "file" for the stored copy, or `Cancelled`; on any
        failure the temp file is gone."""
        fh, layout = self._open(sha256)
        with fh:
            try:
                with _disk_errors("target"):
                    fd, name = tempfile.mkstemp(prefix=".fieldops-export-", suffix=".part", dir=directory)
            except FileNotFoundError:
                raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="folder not found") from None
            except (PermissionError, NotADirectoryError):
                raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="not writable") from None
            tmp = Path(name)
            try:
                with _disk_errors("target"), os.fdopen(fd, "wb") as out:
                    done = 0
                    for chunk in self._decrypt(fh, layout, sha256):
                        if cancel is not None:
                            cancel.raise_if_cancelled()
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done / layout.plain_size, label)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        return tmp

    def _open(self, sha256: str) -> tuple[IO[bytes], _Layout]:
        path = self.path_of(sha256)
        try:
            fh = open(path, "rb")  # noqa: SIM115 (handed to the generator, which closes it)
        except FileNotFoundError:
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="file") from None
        try:
            return fh, _layout(fh)
        except BaseException:
            fh.close()
            raise

    def _decrypt(self, fh: IO[bytes], layout: _Layout, sha256: str, first: int = 0,
                 skip: int = 0, whole_hash: bool = True) -> Iterator[bytes]:
        from cryptography.exceptions import InvalidTag

        with fh:
            aes = self._cipher(layout.salt)
            digest = hashlib.sha256()
            sealed_size = layout.chunk_size + TAG_SIZE
            if first:
                fh.seek(HEADER.size + first * sealed_size)
            for index in range(first, layout.chunks):
                final = index == layout.chunks - 1
                sealed = fh.read(sealed_size)
                if (not final and len(sealed) != sealed_size) or len(sealed) <= TAG_SIZE:
                    raise _corrupted()  # shrank while being read
                try:
                    plain = aes.decrypt(_nonce(layout.prefix, index), sealed, _aad(layout.header, index, final))
                except InvalidTag:
                    raise _corrupted() from None
                hashing = whole_hash and first == 0
                if hashing:
                    digest.update(plain)
                if final and (fh.read(1) or (hashing and digest.hexdigest() != sha256)):
                    raise _corrupted()  # grew while being read, or another file under this name
                if skip:
                    plain, skip = plain[skip:], 0
                yield plain

    def _cipher(self, salt: bytes) -> AESGCM:
        # Imported on first use (start-up time, P1), like the key-slot code does.
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO).derive(self._data_key)
        return AESGCM(key)

    # ---- housekeeping -----------------------------------------------------------------------------------
    def remove(self, sha256: str) -> bool:
        """Delete the local copy. Only for files the server has committed, after the grace period
        (SYNC.md: unsent evidence is never deleted): `fieldops.sync.media.MediaSync.prune` decides."""
        path = self.path_of(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

    def pending_temp_cleanup(self, min_age_seconds: float = 0.0) -> int:
        """Delete temp files left by an interrupted import (crash, power loss); returns how many.
        Call at start-up. `min_age_seconds` spares files another running instance may be writing now
        (an import in progress touches its temp file every chunk)."""
        if not self.tmp_dir.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - min_age_seconds
        for entry in self.tmp_dir.iterdir():
            try:
                if entry.is_file() and entry.stat().st_mtime <= cutoff:
                    entry.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed


# ---- format helpers -----------------------------------------------------------------------------------------
def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + index.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _chunks(plain_size: int, chunk_size: int = CHUNK_SIZE) -> int:
    return -(-plain_size // chunk_size)


def _stored_size(plain_size: int) -> int:
    return HEADER.size + plain_size + TAG_SIZE * _chunks(plain_size)


def _layout(fh: IO[bytes]) -> _Layout:
    header = fh.read(HEADER.size)
    if len(header) != HEADER.size:
        raise _corrupted()
    magic, version, chunk_log2, salt, prefix = HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or not 12 <= chunk_log2 <= 24:
        raise _corrupted()
    chunk_size = 1 << chunk_log2
    body = os.fstat(fh.fileno()).st_size - HEADER.size
    sealed = chunk_size + TAG_SIZE
    chunks = -(-body // sealed)
    if chunks == 0 or body - (chunks - 1) * sealed <= TAG_SIZE:
        raise _corrupted()  # no body, or a last chunk too short to hold any plaintext
    return _Layout(header, salt, prefix, chunk_size, chunks, body - chunks * TAG_SIZE)


# ---- source files -------------------------------------------------------------------------------------------
def _invalid_file(detail: str) -> FieldOpsError:
    return FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail=detail)


@contextmanager
def _open_source(path: Path) -> Iterator[IO[bytes]]:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise _invalid_file("not found") from None
    except OSError:
        raise _invalid_file("not readable") from None
    if stat.S_ISDIR(mode):
        raise _invalid_file("a folder")
    if not stat.S_ISREG(mode):
        raise _invalid_file("not a regular file")  # a FIFO or device would block or never end
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise _invalid_file("not found") from None
    except IsADirectoryError:
        raise _invalid_file("a folder") from None
    except OSError:
        raise _invalid_file("not readable") from None
    with fh:
        yield fh


def _read(src: IO[bytes], size: int) -> bytes:
    """Read from the source; an I/O error there (a USB stick pulled out) is the file's fault, not the store's."""
    try:
        return src.read(size)
    except OSError:
        raise _invalid_file("not readable") from None


# ---- content types ------------------------------------------------------------------------------------------
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_MP4_BRANDS = {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ",
               b"M4VP", b"dash", b"f4v ", b"mmp4", b"MSNV", b"XAVC"}
_QT_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_EXTENSIONS = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
               ".webp": "image/webp", ".heic": "image/heic", ".heif": "image/heif", ".mp4": "video/mp4",
               ".m4v": "video/mp4", ".mov": "video/quicktime", ".avi": "video/x-msvideo",
               ".mkv": "video/x-matroska", ".webm": "video/webm", ".pdf": "application/pdf"}


def sniff_mime(first_bytes: bytes, filename: str = "") -> str:
    """The content type from the file's leading bytes (`SNIFF_BYTES` suffice): JPEG, PNG, GIF, WebP, HEIC/HEIF,
    MP4, QuickTime, AVI, Matroska/WebM, PDF; else "application/octet-stream". The content decides; the file
    name's extension only settles an ISO-media (ftyp) file with an unknown brand."""
    head = bytes(first_bytes[:SNIFF_BYTES])
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "image/webp", b"AVI ": "video/x-msvideo"}.get(head[8:12], "application/octet-stream")
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML
        return "video/webm" if b"webm" in head else "video/x-matroska"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        return _iso_media(head, filename)
    if head[4:8] in _QT_ATOMS:  # older QuickTime files start with an atom other than ftyp
        return "video/quicktime"
    return "application/octet-stream"


def _iso_media(head: bytes, filename: str) -> str:
    box = min(int.from_bytes(head[:4], "big"), len(head))
    brands = [head[8:12]] + [head[i:i + 4] for i in range(16, box - 3, 4)]  # major, then compatible
    major = brands[0]
    if major in _HEIC_BRANDS or (major in _HEIF_BRANDS and any(b in _HEIC_BRANDS for b in brands)):
        return "image/heic"
    if major in _HEIF_BRANDS:
        return "image/heif"
    if major == b"qt  ":
        return "video/quicktime"
    if major in _MP4_BRANDS:
        return "video/mp4"
    guess = _EXTENSIONS.get(Path(filename).suffix.lower(), "")
    if guess in ("video/mp4", "video/quicktime", "image/heic", "image/heif"):
        return guess
    return "video/mp4" if any(b in _MP4_BRANDS for b in brands) else "application/octet-stream"
