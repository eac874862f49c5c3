"""The encrypted media store: round trip, content addressing, tamper/truncation detection, clean failures."""

from __future__ import annotations

import errno
import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.media import CHUNK_SIZE, HEADER, TAG_SIZE, MediaStore, sniff_mime
from fieldops.progress import Cancelled, CancelToken

MIB = 1 << 20
MARKER = b"PLAINTEXT-MARKER-fieldops-"


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path / "media", os.urandom(32))


def _source(folder: Path, size: int, name: str = "clip.mp4", marker: bool = True) -> tuple[Path, bytes]:
    """A random file of `size` bytes, with a plaintext marker at the start and across chunk boundaries."""
    data = bytearray(os.urandom(size))
    if marker:
        for at in range(0, size - len(MARKER), CHUNK_SIZE // 2):
            data[at:at + len(MARKER)] = MARKER
    path = folder / name
    path.write_bytes(data)
    return path, bytes(data)


def _big_source(folder: Path, mib: int) -> Path:
    path = folder / "big.bin"
    with path.open("wb") as fh:
        for _ in range(mib):
            fh.write(os.urandom(MIB))
    return path


def _stored_files(store: MediaStore) -> list[Path]:
    return sorted(store.root.rglob("*.fom")) if store.root.exists() else []


def _temp_files(store: MediaStore) -> list[Path]:
    return sorted(store.tmp_dir.iterdir()) if store.tmp_dir.exists() else []


def _expect(code: ErrorCode, field: str | None, fn: object, *args: object, **kwargs: object) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        fn(*args, **kwargs)  # type: ignore[operator]
    assert (exc.value.code, exc.value.field) == (code, field)
    return exc.value


def test_round_trip_of_a_multi_chunk_file(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, 3 * MIB + MIB // 2)
    seen: list[tuple[float, str]] = []
    stored = store.import_file(path, progress=lambda f, label: seen.append((f, label)))

    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.size == len(data)
    assert stored.path == store.path_of(stored.sha256) == store.root / stored.sha256[:2] / f"{stored.sha256}.fom"
    assert stored.path.stat().st_size == HEADER.size + len(data) + 4 * TAG_SIZE  # 4 sealed chunks
    chunks = list(store.open_plain(stored.sha256))
    assert [len(c) for c in chunks] == [MIB, MIB, MIB, MIB // 2]
    assert b"".join(chunks) == data
    assert store.read_bytes(stored.sha256, limit=4 * MIB) == data
    assert store.size_of(stored.sha256) == len(data)
    assert store.verify(stored.sha256) and store.exists(stored.sha256)
    assert seen == [(pytest.approx(n / 3.5), "clip.mp4") for n in (1, 2, 3)] + [(1.0, "clip.mp4")]
    assert _temp_files(store) == []


def test_the_stored_file_holds_no_plaintext(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, 2 * MIB + 100)
    assert data.count(MARKER) >= 4
    raw = store.import_file(path).path.read_bytes()
    assert MARKER not in raw
    assert raw.startswith(b"FOM1\x01\x14")
    # Encryption is randomised per file: another store (same key) writes different bytes for the same content.
    again = MediaStore(tmp_path / "other", store._data_key).import_file(path).path.read_bytes()
    assert len(again) == len(raw) and again != raw


def test_a_file_of_whole_chunks_round_trips(store: MediaStore, tmp_path: Path) -> None:
    for size in (1, CHUNK_SIZE - 1, CHUNK_SIZE, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 1):
        path, data = _source(tmp_path, size, marker=False)
        stored = store.import_file(path)
        assert b"".join(store.open_plain(stored.sha256)) == data, size
        assert store.size_of(stored.sha256) == size


def test_the_same_content_is_stored_once(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, MIB + 7, name="a.mov")
    copy = tmp_path / "b.mov"
    copy.write_bytes(data)
    first = store.import_file(path)
    before = first.path.read_bytes()
    second = store.import_file(copy)
    assert (second.sha256, second.path, second.size) == (first.sha256, first.path, first.size)
    assert _stored_files(store) == [first.path]
    assert first.path.read_bytes() == before  # the existing copy was kept, not replaced
    assert _temp_files(store) == []


def test_a_damaged_copy_of_the_same_content_is_replaced_on_import(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, MIB + 7)
    stored = store.import_file(path)
    with stored.path.open("r+b") as fh:
        fh.truncate(stored.path.stat().st_size - 100)
    assert not store.verify(stored.sha256)
    store.import_file(path)
    assert store.verify(stored.sha256) and store.read_bytes(stored.sha256, 2 * MIB) == data


@pytest.mark.parametrize(("kind", "detail"), [("empty", "empty file"), ("missing", "not found"),
                                              ("folder", "a folder")])
def test_bad_sources_are_typed_errors_and_leave_nothing(store: MediaStore, tmp_path: Path, kind: str,
                                                        detail: str) -> None:
    path = tmp_path / "evidence.jpg"
    if kind == "empty":
        path.touch()
    elif kind == "folder":
        path.mkdir()
    error = _expect(_code_for(detail), "file", store.import_file, path)
    assert error.params == {"detail": detail}
    assert _stored_files(store) == [] and _temp_files(store) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_refused_without_blocking(store: MediaStore, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    error = _expect(ErrorCode.MEDIA_UNREADABLE, "file", store.import_file, pipe)
    assert error.params == {"detail": "not a regular file"}


def test_a_flipped_byte_is_detected(store: MediaStore, tmp_path: Path) -> None:
    path, _ = _source(tmp_path, 3 * MIB)
    stored = store.import_file(path)
    for offset in (HEADER.size + MIB + 5, 10, stored.path.stat().st_size - 1):  # body, header salt, last tag
        original = stored.path.read_bytes()
        damaged = bytearray(original)
        damaged[offset] ^= 0x01
        stored.path.write_bytes(damaged)
        assert store.verify(stored.sha256) is False, offset
        error = _expect(ErrorCode.MEDIA_CORRUPT, "file", lambda: b"".join(store.open_plain(stored.sha256)))
        assert error.params == {"detail": "corrupted"}
        _expect(ErrorCode.MEDIA_CORRUPT, "file", store.read_bytes, stored.sha256, 4 * MIB)
        stored.path.write_bytes(original)
    assert store.verify(stored.sha256)


def test_truncation_and_extension_are_detected(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, 3 * MIB + 1000)
    stored = store.import_file(path)
    original = stored.path.read_bytes()
    sealed = CHUNK_SIZE + TAG_SIZE
    without_final = HEADER.size + 3 * sealed  # drop the final chunk exactly at a chunk boundary
    for damaged in (original[:without_final], original[:without_final + 500], original[:-1],
                    original[:HEADER.size], original[:HEADER.size - 1], original + b"\x00" * 32,
                    original + original[HEADER.size:HEADER.size + sealed]):
        stored.path.write_bytes(damaged)
        assert store.verify(stored.sha256) is False, len(damaged)
        plain = bytearray()
        with pytest.raises(FieldOpsError) as exc:
            for chunk in store.open_plain(stored.sha256):
                plain += chunk
        assert exc.value.params == {"detail": "corrupted"}
        assert len(plain) < len(data)  # the unverifiable end is never handed out


def _seal(key: bytes, plain: bytes, final_flags: list[bool]) -> bytes:
    """A FOM1 file built from the documented format alone (an independent writer)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    salt, prefix = os.urandom(16), os.urandom(8)
    header = b"FOM1" + bytes([1, 20]) + salt + prefix
    aes = AESGCM(HKDF(hashes.SHA256(), 32, salt, b"fieldops media v1").derive(key))
    out = header
    for i, final in enumerate(final_flags):
        index = i.to_bytes(4, "big")
        out += aes.encrypt(prefix + index, plain[i * MIB:(i + 1) * MIB], header + index + bytes([final]))
    return out


def test_the_format_is_as_documented(store: MediaStore) -> None:
    plain = os.urandom(2 * MIB + 10)
    sha = hashlib.sha256(plain).hexdigest()
    store.path_of(sha).parent.mkdir(parents=True)
    store.path_of(sha).write_bytes(_seal(store._data_key, plain, [False, False, True]))
    assert store.read_bytes(sha, 3 * MIB) == plain
    # The same chunks without the final flag on the last one: what a cut-off stream looks like. Refused even
    # though every tag and the content hash match.
    store.path_of(sha).write_bytes(_seal(store._data_key, plain, [False, False, False]))
    assert not store.verify(sha)
    store.path_of(sha).write_bytes(_seal(store._data_key, plain, [False, True, True]))
    assert not store.verify(sha)


def test_a_copy_under_another_files_name_or_key_is_detected(store: MediaStore, tmp_path: Path) -> None:
    a = store.import_file(_source(tmp_path, 1000, name="a.jpg")[0])
    b = store.import_file(_source(tmp_path, 2000, name="b.jpg")[0])
    b.path.write_bytes(a.path.read_bytes())  # each copy authenticates, but not under this name
    assert store.verify(a.sha256) and not store.verify(b.sha256)
    other_key = MediaStore(store.root, os.urandom(32))
    assert not other_key.verify(a.sha256)
    _expect(ErrorCode.MEDIA_CORRUPT, "file", other_key.read_bytes, a.sha256, MIB)


def test_cancelling_mid_import_leaves_no_temp_file(store: MediaStore, tmp_path: Path) -> None:
    path, _ = _source(tmp_path, 5 * MIB)
    token = CancelToken()
    temps_seen: list[int] = []

    def progress(fraction: float, label: str) -> None:
        temps_seen.append(len(_temp_files(store)))
        if fraction >= 0.4:
            token.cancel()

    with pytest.raises(Cancelled):
        store.import_file(path, progress, token)
    assert token.cancelled and temps_seen[0] == 1  # it was writing a temp file when cancelled
    assert _temp_files(store) == [] and _stored_files(store) == []


def test_a_full_disk_cleans_up_and_is_a_typed_error(store: MediaStore, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = _source(tmp_path, 2 * MIB)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    error = _expect(ErrorCode.DISK_FULL, "file", store.import_file, path)
    assert error.params == {"detail": "disk full"}
    assert _temp_files(store) == [] and _stored_files(store) == []


def test_memory_stays_flat_for_a_large_file(store: MediaStore, tmp_path: Path) -> None:
    path = _big_source(tmp_path, 64)
    tracemalloc.start()
    try:
        stored = store.import_file(path)
        _, import_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        assert store.verify(stored.sha256)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored.size == 64 * MIB
    assert import_peak < 16 * MIB, import_peak
    assert read_peak < 16 * MIB, read_peak


def test_leftover_temp_files_are_cleaned_at_start_up(store: MediaStore, tmp_path: Path) -> None:
    assert store.pending_temp_cleanup() == 0  # no media folder yet
    store.tmp_dir.mkdir(parents=True)
    for n in range(3):
        (store.tmp_dir / f"import-{n}.part").write_bytes(b"x" * 10)
    assert store.pending_temp_cleanup(min_age_seconds=3600) == 0  # fresh: maybe another instance's import
    assert store.pending_temp_cleanup() == 3
    assert _temp_files(store) == []


def test_names_must_be_sha256(store: MediaStore) -> None:
    for bad in ("../../workspace.json", "A" * 64, "a" * 63, "", "g" * 64):
        _expect(ErrorCode.INVALID, "sha256", store.path_of, bad)
        _expect(ErrorCode.INVALID, "sha256", store.verify, bad)


def test_missing_file_remove_and_read_limit(store: MediaStore, tmp_path: Path) -> None:
    absent = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(absent) and not store.verify(absent) and not store.remove(absent)
    _expect(ErrorCode.NOT_FOUND, "file", store.open_plain, absent)
    stored = store.import_file(_source(tmp_path, 5000)[0])
    assert _expect(ErrorCode.INVALID, "file", store.read_bytes, stored.sha256, 4999).params == {"detail": "too large"}
    assert store.remove(stored.sha256) and not store.exists(stored.sha256)


def test_export_temp_writes_a_verified_copy_or_nothing(store: MediaStore, tmp_path: Path) -> None:
    path, data = _source(tmp_path, 2 * MIB + 3)
    stored = store.import_file(path)
    out = tmp_path / "out"
    out.mkdir()
    tmp = store.export_temp(stored.sha256, out)
    assert tmp.parent == out and tmp.read_bytes() == data
    tmp.unlink()
    _expect(ErrorCode.TARGET_UNWRITABLE, "target", store.export_temp, stored.sha256, tmp_path / "nowhere")
    damaged = bytearray(stored.path.read_bytes())
    damaged[-5] ^= 0xFF
    stored.path.write_bytes(damaged)
    _expect(ErrorCode.MEDIA_CORRUPT, "file", store.export_temp, stored.sha256, out)
    assert list(out.iterdir()) == []


def test_the_data_key_is_not_in_the_repr(tmp_path: Path) -> None:
    key = os.urandom(32)
    assert key.hex() not in repr(MediaStore(tmp_path, key)) and str(key) not in repr(MediaStore(tmp_path, key))
    with pytest.raises(ValueError):
        MediaStore(tmp_path, b"short")


@pytest.mark.parametrize(("head", "name", "mime"), [
    (b"\xff\xd8\xff\xe1\x00\x10Exif", "x.bin", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", "image/png"),
    (b"GIF89a\x01\x00", "", "image/gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "", "image/webp"),
    (b"RIFF\x10\x00\x00\x00AVI LIST", "", "video/x-msvideo"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "", "image/heic"),
    (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", "", "image/heic"),
    (b"\x00\x00\x00\x14ftypmif1\x00\x00\x00\x00mif1", "", "image/heif"),
    (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41", "", "video/mp4"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  ", "", "video/quicktime"),
    (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat", "old.mov", "video/quicktime"),
    (b"\x00\x00\x00\x14ftypXYZ1\x00\x00\x00\x00XYZ1", "clip.mov", "video/quicktime"),
    (b"\x00\x00\x00\x14ftypXYZ1\x00\x00\x00\x00XYZ1", "clip.bin", "application/octet-stream"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "", "video/x-matroska"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "", "video/webm"),
    (b"%PDF-1.7\n", "", "application/pdf"),
    (b"hello world", "photo.jpg", "application/octet-stream"),  # the extension never overrides the content
    (b"", "photo.jpg", "application/octet-stream"),
])
def test_sniff_mime(head: bytes, name: str, mime: str) -> None:
    assert sniff_mime(head, name) == mime


def test_import_reports_the_sniffed_type(store: MediaStore, tmp_path: Path) -> None:
    path = tmp_path / "IMG_0042.JPG"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    assert store.import_file(path).mime == "image/jpeg"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_store_folders_and_files_are_private(store: MediaStore, tmp_path: Path) -> None:
    stored = store.import_file(_source(tmp_path, 100)[0])
    for path in (store.root, store.tmp_dir, stored.path.parent):
        assert path.stat().st_mode & 0o077 == 0, path
    assert stored.path.stat().st_mode & 0o777 == 0o600


def _code_for(detail: str) -> ErrorCode:
    """The typed error a bad source file gets, by its detail."""
    codes = {"empty file": ErrorCode.MEDIA_EMPTY, "disk full": ErrorCode.DISK_FULL}
    return codes.get(detail, ErrorCode.MEDIA_UNREADABLE)


@pytest.mark.parametrize("start", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 7, 3 * CHUNK_SIZE + 5])
def test_reading_from_an_offset_gives_the_rest_of_the_file(store: MediaStore, tmp_path: Path, start: int) -> None:
    path, data = _source(tmp_path, 3 * CHUNK_SIZE + 1000)
    sha = store.import_file(path).sha256
    assert b"".join(store.read_from(sha, start)) == data[start:]
    assert b"".join(store.read_from(sha, len(data))) == b""


def test_reading_from_an_offset_still_detects_a_damaged_block(store: MediaStore, tmp_path: Path) -> None:
    path, _data = _source(tmp_path, 3 * CHUNK_SIZE)
    sha = store.import_file(path).sha256
    stored = store.path_of(sha)
    raw = bytearray(stored.read_bytes())
    raw[-100] ^= 0x01  # in the last block
    stored.write_bytes(bytes(raw))
    _expect(ErrorCode.MEDIA_CORRUPT, "file", lambda: b"".join(store.read_from(sha, CHUNK_SIZE + 3)))
