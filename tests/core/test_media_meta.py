"""Capture times read from EXIF and movie headers: every format, local-time fallback, and every bad input."""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fieldops import media_meta
from fieldops.media_meta import captured_at

RIGA = ZoneInfo("Europe/Riga")
ASCII, SHORT, LONG = 2, 3, 4
EXIF_IFD, DATE_TIME, ORIGINAL, DIGITIZED = 0x8769, 0x0132, 0x9003, 0x9004
OFFSET, OFFSET_ORIGINAL, SUBSEC_ORIGINAL = 0x9010, 0x9011, 0x9291
MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)

Entry = tuple[int, int, int, bytes]  # tag, type, count, value


# ---- builders ---------------------------------------------------------------------------------------------


def ascii_tag(tag: int, text: str) -> Entry:
    raw = text.encode() + b"\0"
    return tag, ASCII, len(raw), raw


def ifd(order: str, entries: list[Entry], at: int, next_ifd: int = 0) -> bytes:
    """One IFD placed at offset `at` of the TIFF data, its long values right behind it."""
    data_at = at + 2 + 12 * len(entries) + 4
    fields, extra = b"", b""
    for tag, kind, count, raw in sorted(entries):
        if len(raw) <= 4:
            value = raw.ljust(4, b"\0")
        else:
            value = struct.pack(order + "I", data_at + len(extra))
            extra += raw + b"\0" * (len(raw) % 2)
        fields += struct.pack(order + "HHI", tag, kind, count) + value
    return struct.pack(order + "H", len(entries)) + fields + struct.pack(order + "I", next_ifd) + extra


def tiff(order: str, ifd0: list[Entry], exif: list[Entry] | None = None) -> bytes:
    """TIFF data: header, IFD0 at 8 and, when given, the Exif IFD right after it (pointed to by 0x8769)."""
    magic = b"II*\0" if order == "<" else b"MM\0*"
    header = magic + struct.pack(order + "I", 8)
    if exif is None:
        return header + ifd(order, ifd0, 8)
    with_pointer = [*ifd0, (EXIF_IFD, LONG, 1, struct.pack(order + "I", 0))]
    exif_at = 8 + len(ifd(order, with_pointer, 8))
    with_pointer[-1] = (EXIF_IFD, LONG, 1, struct.pack(order + "I", exif_at))
    return header + ifd(order, with_pointer, 8) + ifd(order, exif, exif_at)


def segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def jpeg(tiff_data: bytes, before: bytes = b"") -> bytes:
    """SOI, `before`, APP1 Exif, a quantisation table, start of scan with a little entropy data, EOI."""
    return (b"\xff\xd8" + before + segment(0xE1, b"Exif\0\0" + tiff_data) + segment(0xDB, bytes(65))
            + segment(0xDA, bytes(10)) + b"\x12\x34\xff\x00\x56" + b"\xff\xd9")


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload) + 8) + kind + payload


def mvhd(seconds: int, version: int = 0) -> bytes:
    if version == 0:
        times = struct.pack(">III", seconds, seconds, 600) + struct.pack(">I", 6000)
    else:
        times = struct.pack(">QQI", seconds, seconds, 600) + struct.pack(">Q", 6000)
    return box(b"mvhd", bytes([version, 0, 0, 0]) + times + bytes(80))


def moov(seconds: int, version: int = 0) -> bytes:
    return box(b"moov", mvhd(seconds, version) + box(b"trak", bytes(40)))


def mp4_seconds(when: datetime) -> int:
    return int((when - MP4_EPOCH).total_seconds())


FTYP = box(b"ftyp", b"isom\0\0\2\0isomiso2mp41")
SHOT = datetime(2024, 5, 1, 10, 20, 30)  # a naive wall-clock time, as cameras write it
SHOT_TEXT = "2024:05:01 10:20:30"


Write = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Writes bytes to a file in tmp_path (overwriting the previous sample) and returns its path."""

    def write(data: bytes, name: str = "sample.bin") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


# ---- photos -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["<", ">"])
def test_jpeg_with_offset_time_original(write: Write, order: str) -> None:
    data = jpeg(tiff(order, [ascii_tag(DATE_TIME, "2024:06:01 08:00:00")],
                     [ascii_tag(ORIGINAL, SHOT_TEXT), ascii_tag(OFFSET_ORIGINAL, "+02:00"),
                      ascii_tag(SUBSEC_ORIGINAL, "25")]))
    found = captured_at(write(data, "a.jpg"), UTC)
    assert found == SHOT.replace(microsecond=250000, tzinfo=timezone(timedelta(hours=2)))
    assert found is not None and found.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("order", ["<", ">"])
def test_jpeg_without_offset_is_local_time_in_the_agency_zone(write: Write, order: str) -> None:
    winter = captured_at(write(jpeg(tiff(order, [], [ascii_tag(ORIGINAL, "2024:01:15 22:10:00")]))), RIGA)
    assert winter == datetime(2024, 1, 15, 20, 10, tzinfo=UTC)
    assert winter is not None and winter.utcoffset() == timedelta(hours=2)
    summer = captured_at(write(jpeg(tiff(order, [], [ascii_tag(ORIGINAL, "2024:07:15 22:10:00")]))), RIGA)
    assert summer == datetime(2024, 7, 15, 19, 10, tzinfo=UTC)
    assert summer is not None and summer.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(("text", "offset_hours"), [
    ("2024:03:31 03:30:00", 2),  # in the spring gap: the offset before the change
    ("2024:10:27 03:30:00", 3),  # in the autumn fold: the first of the two
])
def test_local_times_in_dst_gap_and_fold_take_fold_0(write: Write, text: str, offset_hours: int) -> None:
    found = captured_at(write(jpeg(tiff("<", [], [ascii_tag(ORIGINAL, text)]))), RIGA)
    assert found is not None and found.utcoffset() == timedelta(hours=offset_hours)


def test_date_time_only_with_its_offset(write: Write) -> None:
    data = jpeg(tiff(">", [ascii_tag(DATE_TIME, SHOT_TEXT)]))
    assert captured_at(write(data), UTC) == SHOT.replace(tzinfo=UTC)
    with_offset = jpeg(tiff(">", [ascii_tag(DATE_TIME, SHOT_TEXT)], [ascii_tag(OFFSET, "-05:30")]))
    assert captured_at(write(with_offset), UTC) == SHOT.replace(tzinfo=timezone(-timedelta(hours=5, minutes=30)))


def test_original_is_preferred_then_digitized_then_date_time(write: Write) -> None:
    ifd0 = [ascii_tag(DATE_TIME, "2024:06:01 08:00:00")]
    both = tiff("<", ifd0, [ascii_tag(ORIGINAL, SHOT_TEXT), ascii_tag(DIGITIZED, "2024:05:02 00:00:00")])
    assert captured_at(write(jpeg(both)), UTC) == SHOT.replace(tzinfo=UTC)
    zero_original = tiff("<", ifd0, [ascii_tag(ORIGINAL, "0000:00:00 00:00:00"),
                                     ascii_tag(DIGITIZED, "2024:05:02 00:00:00")])
    assert captured_at(write(jpeg(zero_original)), UTC) == datetime(2024, 5, 2, tzinfo=UTC)
    blank_exif = tiff("<", ifd0, [ascii_tag(ORIGINAL, "    :  :     :  :  ")])
    assert captured_at(write(jpeg(blank_exif)), UTC) == datetime(2024, 6, 1, 8, tzinfo=UTC)


def test_plain_tiff_and_raw_files(write: Write) -> None:
    for order in ("<", ">"):
        data = tiff(order, [ascii_tag(DATE_TIME, "2023:12:24 18:00:00")], [ascii_tag(ORIGINAL, SHOT_TEXT)])
        assert captured_at(write(data + bytes(5000), "x.dng"), RIGA) == SHOT.replace(tzinfo=RIGA)


def test_jpeg_segments_before_exif_are_skipped(write: Write) -> None:
    """What a Qt/libjpeg or phone JPEG puts first: APP0 JFIF, fill bytes, XMP in another APP1, ICC, a comment."""
    before = (segment(0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0")
              + b"\xff\xff"  # fill bytes before the next marker
              + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>")
              + segment(0xE2, b"ICC_PROFILE\0\1\1" + bytes(3000))
              + segment(0xFE, b"written by Qt"))
    data = jpeg(tiff("<", [], [ascii_tag(ORIGINAL, SHOT_TEXT), ascii_tag(OFFSET_ORIGINAL, "+03:00")]), before)
    assert captured_at(write(data), UTC) == SHOT.replace(tzinfo=timezone(timedelta(hours=3)))


def test_jfif_without_exif_is_none(write: Write) -> None:
    data = b"\xff\xd8" + segment(0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0") + segment(0xDA, bytes(10)) + b"\xff\xd9"
    assert captured_at(write(data), UTC) is None


def test_heic_exif_item(write: Write) -> None:
    exif_item = b"\0\0\0\6Exif\0\0" + tiff(">", [], [ascii_tag(ORIGINAL, SHOT_TEXT)])
    data = (box(b"ftyp", b"heic\0\0\0\0mif1heic") + box(b"meta", bytes(200))
            + box(b"mdat", bytes(100) + exif_item + bytes(3000)))
    assert captured_at(write(data, "a.heic"), RIGA) == SHOT.replace(tzinfo=RIGA)
    assert captured_at(write(box(b"ftyp", b"heic\0\0\0\0mif1heic") + box(b"mdat", bytes(500))), RIGA) is None


# ---- videos -----------------------------------------------------------------------------------------------

WHEN = datetime(2024, 3, 1, 12, 0, 5, tzinfo=UTC)


def test_mp4_mvhd_version_0(write: Write) -> None:
    data = FTYP + box(b"mdat", bytes(4096)) + moov(mp4_seconds(WHEN))
    found = captured_at(write(data, "a.mp4"), RIGA)
    assert found == WHEN and found is not None and found.utcoffset() == timedelta(0)


def test_mp4_mvhd_version_1_after_64_bit_mdat(write: Write) -> None:
    payload = bytes(70_000)
    mdat = struct.pack(">I4sQ", 1, b"mdat", len(payload) + 16) + payload
    data = FTYP + box(b"free", b"") + mdat + moov(mp4_seconds(WHEN), version=1)
    assert captured_at(write(data, "b.mp4"), UTC) == WHEN


def test_mp4_moov_first_and_mdat_to_end_of_file(write: Write) -> None:
    data = FTYP + moov(mp4_seconds(WHEN)) + struct.pack(">I4s", 0, b"mdat") + bytes(10_000)
    assert captured_at(write(data), UTC) == WHEN


def test_mp4_with_cut_off_mdat_still_has_its_header(write: Write) -> None:
    data = FTYP + moov(mp4_seconds(WHEN)) + box(b"mdat", bytes(10_000))
    assert captured_at(write(data[:-5000]), UTC) == WHEN


def test_reads_stay_small(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    """The media data of a video is seeked over and a big TIFF is searched in its first MiBs only."""
    read = [0]

    class Counting(io.BufferedReader):
        def read(self, size: int | None = -1, /) -> bytes:
            data = super().read(size)
            read[0] += len(data)
            return data

    monkeypatch.setattr(media_meta, "open", lambda fd, mode: Counting(io.FileIO(fd, mode)), raising=False)
    video = FTYP + box(b"mdat", bytes(16 << 20)) + moov(mp4_seconds(WHEN))
    assert captured_at(write(video), UTC) == WHEN
    assert read[0] < 1024
    read[0] = 0
    assert captured_at(write(b"MM\0*" + struct.pack(">I", 12 << 20) + bytes(16 << 20)), UTC) is None
    assert read[0] < 5 << 20  # the first 4 MiB and a header


def test_quicktime_mov(write: Write) -> None:
    classic = box(b"wide", b"") + box(b"mdat", bytes(2048)) + moov(mp4_seconds(WHEN))
    assert captured_at(write(classic, "a.mov"), UTC) == WHEN
    modern = box(b"ftyp", b"qt  \0\0\2\0qt  ") + box(b"wide", b"") + box(b"mdat", bytes(2048)) + moov(
        mp4_seconds(WHEN))
    assert captured_at(write(modern, "b.mov"), UTC) == WHEN


@pytest.mark.parametrize("when", [
    None,  # creation_time 0: not set
    datetime(1980, 1, 1, tzinfo=UTC),  # before 1990: a clock that was never set
    datetime.now(UTC) + timedelta(days=3),  # the future
])
def test_unset_or_bogus_movie_times_are_none(write: Write, when: datetime | None) -> None:
    seconds = 0 if when is None else mp4_seconds(when)
    assert captured_at(write(FTYP + box(b"mdat", bytes(64)) + moov(seconds)), UTC) is None
    assert captured_at(write(FTYP + moov(seconds, version=1)), UTC) is None


def test_huge_version_1_time_is_none(write: Write) -> None:
    assert captured_at(write(FTYP + moov(2**64 - 1, version=1)), UTC) is None


def test_future_exif_time_is_none(write: Write) -> None:
    text = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y:%m:%d %H:%M:%S")
    assert captured_at(write(jpeg(tiff("<", [], [ascii_tag(ORIGINAL, text)]))), UTC) is None


# ---- bad input --------------------------------------------------------------------------------------------


def valid_jpeg() -> bytes:
    return jpeg(tiff("<", [ascii_tag(DATE_TIME, SHOT_TEXT)], [ascii_tag(ORIGINAL, SHOT_TEXT)]))


@pytest.mark.parametrize("data", [
    b"",
    b"\0",
    bytes(range(256)) * 40,
    b"\x89PNG\r\n\x1a\n" + box(b"IHDR", bytes(13)) + b"IEND\xaeB`\x82",
    b"GIF89a" + bytes(100),
    b"\xff\xd8",  # SOI only
    b"\xff\xd8" + b"\xff" * 100_000,  # fill bytes for ever
    b"\xff\xd8\xff\xe1\x00",  # truncated segment length
    b"\xff\xd8\xff\xe1\x00\x01",  # segment length below 2
    valid_jpeg()[:40],  # cut inside the Exif segment
    b"II*\0",  # TIFF header without IFD offset
    b"MM\0*\0\0\0\x08",  # IFD offset to nothing
    jpeg(tiff("<", [ascii_tag(ORIGINAL, "0000:00:00 00:00:00")])),
    jpeg(tiff("<", [ascii_tag(ORIGINAL, "                   ")])),
    jpeg(tiff("<", [ascii_tag(DATE_TIME, "2024:13:45 25:61:00")])),
    jpeg(tiff("<", [ascii_tag(DATE_TIME, "yesterday")])),
    jpeg(tiff("<", [(DATE_TIME, SHORT, 1, b"\1\0")])),  # wrong type
    jpeg(b"XX*\0\0\0\0\x08"),  # unknown byte order
    FTYP,  # no moov
    FTYP + box(b"moov", box(b"trak", bytes(20))),  # moov without mvhd
    FTYP + box(b"moov", box(b"mvhd", b"\0\0\0")),  # mvhd cut short
    FTYP + box(b"moov", box(b"mvhd", b"\2\0\0\0" + bytes(100))),  # unknown mvhd version
    FTYP + struct.pack(">I4s", 4, b"free") + moov(mp4_seconds(WHEN)),  # box smaller than its header
    FTYP + struct.pack(">I4s", 0xFFFFFFFF, b"mdat") + moov(mp4_seconds(WHEN)),  # mdat past the end
    FTYP + struct.pack(">I4sQ", 1, b"mdat", 2**63) + moov(mp4_seconds(WHEN)),  # absurd 64-bit size
    FTYP + struct.pack(">I4sQ", 1, b"mdat", 3) + moov(mp4_seconds(WHEN)),  # 64-bit size below its header
    (FTYP + moov(mp4_seconds(WHEN)))[:60],  # truncated inside mvhd
], ids=lambda data: f"{len(data)}B")
def test_garbage_truncated_and_other_formats_are_none(write: Write, data: bytes) -> None:
    assert captured_at(write(data), UTC) is None


def test_ifd_offset_past_the_end_is_none(write: Write) -> None:
    good = tiff("<", [ascii_tag(DATE_TIME, SHOT_TEXT)])
    past = good[:4] + struct.pack("<I", 1_000_000) + good[8:]
    assert captured_at(write(jpeg(past)), UTC) is None
    assert captured_at(write(past), UTC) is None
    negative_ish = good[:4] + struct.pack("<I", 0xFFFFFFFF) + good[8:]
    assert captured_at(write(negative_ish), UTC) is None


def test_exif_pointer_past_the_end_is_none(write: Write) -> None:
    data = tiff("<", [(EXIF_IFD, LONG, 1, struct.pack("<I", 1 << 30))])
    assert captured_at(write(jpeg(data)), UTC) is None


def test_value_offset_past_the_end_is_skipped(write: Write) -> None:
    """A date whose value lies outside the data is ignored like a missing one."""
    data = bytearray(tiff("<", [], [ascii_tag(ORIGINAL, SHOT_TEXT)]))
    at = bytes(data).index(struct.pack("<HHI", ORIGINAL, ASCII, 20))
    data[at + 8 : at + 12] = struct.pack("<I", 0x7FFFFFF0)
    assert captured_at(write(jpeg(bytes(data))), UTC) is None


def test_ifd_that_points_to_itself_is_none(write: Write) -> None:
    """IFD0's Exif pointer and next-IFD link both lead back to IFD0: no hang, no answer."""
    loop = b"II*\0" + struct.pack("<I", 8) + ifd("<", [
        (EXIF_IFD, LONG, 1, struct.pack("<I", 8)), ascii_tag(DATE_TIME, SHOT_TEXT)], 8, next_ifd=8)
    assert captured_at(write(jpeg(loop)), UTC) is None
    assert captured_at(write(loop), UTC) is None


def test_absurd_entry_count_is_none(write: Write) -> None:
    data = b"MM\0*" + struct.pack(">IH", 8, 0xFFFF) + bytes(12 * 100)
    assert captured_at(write(data), UTC) is None


def test_every_truncation_and_corruption_gives_a_time_or_none(write: Write) -> None:
    for sample in (valid_jpeg(), FTYP + box(b"mdat", bytes(16)) + moov(mp4_seconds(WHEN), version=1)):
        for cut in range(len(sample)):
            result = captured_at(write(sample[:cut]), UTC)
            assert result is None or result.tzinfo is not None
        for at in range(len(sample)):
            for value in (0x00, 0xFF):
                mutated = sample[:at] + bytes([value]) + sample[at + 1 :]
                result = captured_at(write(mutated), UTC)
                assert result is None or result.tzinfo is not None


def test_missing_file_directory_and_fifo_are_none(tmp_path: Path) -> None:
    assert captured_at(tmp_path / "missing.jpg", UTC) is None
    assert captured_at(tmp_path, UTC) is None
    assert captured_at(tmp_path / "bad\0name.jpg", UTC) is None
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.jpg"
        os.mkfifo(fifo)
        assert captured_at(fifo, UTC) is None  # must not block waiting for a writer
