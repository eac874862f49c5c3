"""Scanner input: what a USB barcode/QR scanner "typed", mapped back to the code that was printed.

A USB scanner is a keyboard: it sends key presses for the characters of the code, and the operating system
turns them into characters with the *current keyboard layout*. On a Lithuanian layout the digit row types
ą č ę ė į š ų ū „ “ instead of 1–9 0, so a scanned "NV-0012" arrives as "NV-““ąč"; with Caps Lock on, the
letters arrive in lower case. `candidates()` lists the readings worth looking up, most literal first; the
desk takes the first one that names a known tag or badge, so a mapping can never turn a real code into a
different real code unnoticed (the literal reading always wins).
"""

from __future__ import annotations

# Lithuanian (Windows "Lithuanian", the common one on LT police laptops): digit row, unshifted and shifted.
_LT_DIGITS = dict(zip("ąčęėįšųū„“", "1234567890", strict=True))
_LT_DIGITS.update(zip("ĄČĘĖĮŠŲŪ", "12345678", strict=True))
# Keys right of the digit row on the same layout: "-" stays "-", "=" types "ž".
_LT_OTHER = {"ž": "=", "Ž": "+"}
LT_LAYOUT = str.maketrans({**_LT_DIGITS, **_LT_OTHER})

MAX_SCAN = 64


def clean(raw: str) -> str:
    """Strip what scanners add around a code (CR/LF/Tab, spaces, control characters)."""
    return "".join(ch for ch in raw.strip() if ch.isprintable() and not ch.isspace())[:MAX_SCAN]


def candidates(raw: str) -> list[str]:
    """Readings of one scan, most literal first, upper-cased (tags and badges are case-insensitive)."""
    text = clean(raw)
    if not text:
        return []
    out: list[str] = []
    for reading in (text, text.translate(LT_LAYOUT)):
        upper = reading.upper()
        if upper not in out:
            out.append(upper)
    return out


def looks_remapped(raw: str) -> bool:
    """True if the scan contains characters only a non-US layout would have typed for a printed code."""
    text = clean(raw)
    return text != text.translate(LT_LAYOUT)
