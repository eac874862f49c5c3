"""When was a photo or video taken? A small, defensive reader of capture times (standard library only).

What is read, and nothing else:

- JPEG: the APP1 "Exif" segment (segments before it, APP0/JFIF, XMP, ICC, comments, are skipped);
  plain TIFF and TIFF-based raw files: the TIFF header in the first 4 MiB; HEIC/HEIF/AVIF: a TIFF header
  right after "Exif\\0\\0" in the first 256 KiB. In the TIFF structure: IFD0 → Exif IFD (0x8769) →
  DateTimeOriginal (0x9003), else DateTimeDigitized (0x9004), else IFD0 DateTime (0x0132), with the
  SubSecTime* fraction and the OffsetTime* offset (the matching tag first, then any other) when present.
- MP4/MOV (ISO BMFF, QuickTime): the top-level boxes → moov → mvhd creation_time, seconds since
  1904-01-01 UTC. Media data is seeked over, never read.

EXIF times are the camera's wall clock. The offset tags only arrived with EXIF 2.31 (2016) and many
cameras, body cameras and older phones still leave them out, so a time without an offset is read as local
time in `default_tz`, the agency's zone: the units' devices are set to it and the photos are taken inside
it. Local times that fall into a DST gap or fold take `fold=0` (the offset in force before the change).

Everything else gives None: other formats, unreadable or special files, truncated or malformed structures
(offsets past the end, loops, absurd counts), dates that do not parse, and times that are obviously bogus
(before 1990 or more than a day in the future). Bad input never raises, at most a few MiB are read and
every loop is bounded.
"""

from __future__ import annotations

import os
import re
import stat
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import BinaryIO

_MAX_SEGMENTS = 512  # JPEG markers (and fill bytes) walked before the Exif segment
_MAX_BOXES = 1024  # ISO BMFF boxes walked per level
_MAX_ENTRIES = 1024  # entries in one IFD (real ones hold a few dozen)
_MAX_VALUE = 256  # longest tag value kept (dates are 20 bytes; maker notes and blobs are skipped)
_TIFF_HEAD = 4 << 20  # bytes of a TIFF-based file in which its IFDs must lie
_HEIF_HEAD = 256 << 10  # bytes of a HEIF file searched for the Exif block

_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
_BMFF_FIRST = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid"}
_TIFF_MAGIC = {b"II*\0": "<", b"MM\0*": ">"}
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 7: 1, 13: 4}  # BYTE, ASCII, SHORT, LONG, UNDEFINED, IFD
_EXIF_IFD = 0x8769
# (date, offset, sub-second) tags in order of preference: original, digitized, last modified
_DATE_TAGS = ((0x9003, 0x9011, 0x9291), (0x9004, 0x9012, 0x9292), (0x0132, 0x9010, 0x9290))
_OFFSET_TAGS = (0x9011, 0x9012, 0x9010)

_DATE_RE = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET_RE = re.compile(r"([+-])(\d{2}):(\d{2})")


class _CorruptError(Exception):
    """A structure points outside its data, loops or claims an absurd size."""


def captured_at(path: Path, default_tz: tzinfo) -> datetime | None:
    """The aware time `path` was taken at, from its EXIF or movie header; None when unknown (see module doc).

    EXIF times keep their own offset (or `default_tz` when they have none); movie times are UTC.
    """
    try:  # O_NONBLOCK: a FIFO or device at `path` must not block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    try:
        with open(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None
            found = _read(f, info.st_size, default_tz)
    except (OSError, ValueError, OverflowError, _CorruptError):
        return None
    if found is None or not _EARLIEST <= found <= datetime.now(UTC) + timedelta(days=1):
        return None
    return found


def _read(f: BinaryIO, size: int, default_tz: tzinfo) -> datetime | None:
    head = f.read(16)
    if head[:2] == b"\xff\xd8":
        return _exif_time(_jpeg_exif(f), default_tz)
    if head[:4] in _TIFF_MAGIC:
        f.seek(0)
        return _exif_time(f.read(_TIFF_HEAD), default_tz)
    if len(head) >= 8 and head[4:8] in _BMFF_FIRST:
        return _bmff_time(f, size, default_tz)
    return None


def _jpeg_exif(f: BinaryIO) -> bytes:
    """The TIFF data of the first APP1 "Exif" segment before the image data, or b""."""
    f.seek(2)
    for _ in range(_MAX_SEGMENTS):
        if f.read(1) != b"\xff":
            return b""
        marker = f.read(1)
        if marker == b"\xff":  # fill byte: the next one may start the marker
            f.seek(-1, os.SEEK_CUR)
            continue
        if not marker or marker in (b"\xd9", b"\xda"):  # end of file, start of scan: no Exif any more
            return b""
        if marker == b"\x01" or b"\xd0" <= marker <= b"\xd8":  # markers without a length
            continue
        raw = f.read(2)
        if len(raw) < 2 or (length := struct.unpack(">H", raw)[0]) < 2:
            return b""
        body = f.read(length - 2) if marker == b"\xe1" else b""
        if body.startswith(b"Exif\0\0"):
            return body[6:]
        if not body:
            f.seek(length - 2, os.SEEK_CUR)
    return b""


def _unpack(fmt: str, data: bytes, at: int) -> tuple[int, ...]:
    if at < 0 or at + struct.calcsize(fmt) > len(data):
        raise _CorruptError(f"{fmt} at {at} is outside {len(data)} bytes")
    return struct.unpack_from(fmt, data, at)


def _ifd(tiff: bytes, order: str, at: int) -> dict[int, tuple[int, bytes]]:
    """The short values of the IFD at `at`: tag → (type, raw bytes). Longer or unknown values are left out."""
    (count,) = _unpack(order + "H", tiff, at)
    if count > _MAX_ENTRIES:
        raise _CorruptError(f"{count} IFD entries")
    tags: dict[int, tuple[int, bytes]] = {}
    for i in range(count):
        entry = at + 2 + 12 * i
        tag, kind, n = _unpack(order + "HHI", tiff, entry)
        length = _TYPE_SIZES.get(kind, 0) * n
        if not 0 < length <= _MAX_VALUE:
            continue
        start = entry + 8 if length <= 4 else _unpack(order + "I", tiff, entry + 8)[0]
        if start + length <= len(tiff):  # a value beyond the data is skipped, not fatal (raw files are cut)
            tags[tag] = (kind, tiff[start : start + length])
    return tags


def _exif_time(tiff: bytes, default_tz: tzinfo) -> datetime | None:
    order = _TIFF_MAGIC.get(tiff[:4])
    if order is None:
        return None
    (ifd0_at,) = _unpack(order + "I", tiff, 4)
    tags = _ifd(tiff, order, ifd0_at)
    if (pointer := tags.get(_EXIF_IFD)) is not None:
        kind, raw = pointer
        if kind not in (4, 13) or len(raw) != 4:
            raise _CorruptError("Exif IFD pointer is not a LONG")
        (exif_at,) = struct.unpack(order + "I", raw)
        if exif_at == ifd0_at:
            raise _CorruptError("Exif IFD loops back to IFD0")
        tags = {**tags, **_ifd(tiff, order, exif_at)}
    for date_tag, offset_tag, subsec_tag in _DATE_TAGS:
        local = _parse_date(_text(tags.get(date_tag)))
        if local is None:
            continue
        fraction = _text(tags.get(subsec_tag))
        if fraction.isdigit() and fraction.isascii():
            local = local.replace(microsecond=int(fraction[:6].ljust(6, "0")))
        for tag in (offset_tag, *_OFFSET_TAGS):
            if (offset := _parse_offset(_text(tags.get(tag)))) is not None:
                return local.replace(tzinfo=offset)
        return local.replace(tzinfo=default_tz, fold=0)
    return None


def _text(value: tuple[int, bytes] | None) -> str:
    return "" if value is None else value[1].split(b"\0", 1)[0].decode("ascii", "replace").strip()


def _parse_date(text: str) -> datetime | None:
    if (m := _DATE_RE.match(text)) is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups())
    try:  # "0000:00:00 00:00:00" and other impossible dates
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _parse_offset(text: str) -> timezone | None:
    if (m := _OFFSET_RE.fullmatch(text)) is None or int(m[2]) > 23 or int(m[3]) > 59:
        return None
    delta = timedelta(hours=int(m[2]), minutes=int(m[3]))
    return timezone(-delta if m[1] == "-" else delta)


def _boxes(f: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, box end) of the ISO BMFF boxes from `start` on; reads only the headers.

    The last box may claim to end after `end` (a truncated file); callers check the boxes they read.
    """
    at = start
    for _ in range(_MAX_BOXES):
        if at + 8 > end:
            return
        f.seek(at)
        head = f.read(8)
        if len(head) < 8:
            return
        size, kind = struct.unpack(">I4s", head)
        payload = at + 8
        if size == 1:  # 64-bit size follows the type
            large = f.read(8)
            if len(large) < 8:
                return
            (size,) = struct.unpack(">Q", large)
            payload += 8
        elif size == 0:  # extends to the end of the file (or the parent)
            size = end - at
        if size < payload - at:
            raise _CorruptError(f"box {kind!r} of {size} bytes")
        yield kind, payload, at + size
        at += size


def _bmff_time(f: BinaryIO, size: int, default_tz: tzinfo) -> datetime | None:
    for kind, payload, end in _boxes(f, 0, size):
        if kind == b"moov":
            if end > size:  # cut short: the movie header cannot be trusted
                return None
            for child, child_payload, child_end in _boxes(f, payload, end):
                if child == b"mvhd":
                    return _mvhd_time(f, child_payload, child_end) if child_end <= end else None
            return None
    f.seek(0)  # no movie header: a HEIF image, whose Exif block is an item in `mdat`
    head = f.read(_HEIF_HEAD)
    at = head.find(b"Exif\0\0")
    while at >= 0 and head[at + 6 : at + 10] not in _TIFF_MAGIC:
        at = head.find(b"Exif\0\0", at + 1)
    return None if at < 0 else _exif_time(head[at + 6 :], default_tz)


def _mvhd_time(f: BinaryIO, payload: int, end: int) -> datetime | None:
    f.seek(payload)
    head = f.read(12)  # version u8, flags u24, creation_time u32 (version 0) or u64 (version 1)
    if len(head) == 12 and head[0] == 0 and end - payload >= 100:
        (seconds,) = struct.unpack(">I", head[4:8])
    elif len(head) == 12 and head[0] == 1 and end - payload >= 112:
        (seconds,) = struct.unpack(">Q", head[4:12])
    else:  # an unknown version, or shorter than the fields of its version
        return None
    if seconds == 0 or seconds > 1 << 40:  # unset, or beyond any plausible date (and timedelta's range)
        return None
    return _MP4_EPOCH + timedelta(seconds=seconds)
