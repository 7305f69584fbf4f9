"""Telling binary files from text: by their first bytes, and by what a guessed decoding makes of them.

A file named ``.md`` may be an image or an archive. Most binary files hold
NUL bytes or control characters and are caught by that; a short one, or the
first bytes of one, may hold neither, and the encoding detector then finds
"text" in any encoding that reads every byte: the eight bytes of a PNG
signature are four characters of UTF-16. Two checks stop that: the
signatures ("magic numbers") of common binary formats, and a test of a
UTF-16 or UTF-32 reading the detector guessed without a byte order mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["format_of", "implausible_wide"]

# Each signature is one a text file cannot start with: it holds bytes outside printable
# ASCII, or (PDF, GIF, bzip2) a run of letters no article begins with.
_SIGNATURES = (
    (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
    (rb"\xff\xd8\xff", "a JPEG image"),
    (rb"GIF8[79]a", "a GIF image"),
    (rb"II\*\x00|MM\x00\*", "a TIFF image"),
    (rb"RIFF[\x00-\xff]{4}WEBP", "a WebP image"),
    (rb"8BPS\x00[\x01\x02]", "a Photoshop image"),
    (rb"\x00\x00\x01\x00[\x01-\x20]\x00", "an icon"),
    (rb"%PDF-", "a PDF document"),
    (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document (OLE)"),
    (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive (or .docx, .epub, .odt)"),
    (rb"\x1f\x8b", "a gzip archive"),
    (rb"BZh[1-9]1AY&", "a bzip2 archive"),
    (rb"\xfd7zXZ\x00", "an xz archive"),
    (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (rb"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (rb"Rar!\x1a\x07", "a RAR archive"),
    (rb"SQLite format 3\x00", "an SQLite database"),
    (rb"\x7fELF", "a program (ELF)"),
    (rb"\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe|\xca\xfe\xba\xbe", "a program (Mach-O) or Java class"),
    (rb"\x00asm", "a WebAssembly module"),
    (rb"\x00\x01\x00\x00\x00|OTTO\x00|wOF[F2]", "a font"),
    (rb"RIFF[\x00-\xff]{4}(?:WAVE|AVI )", "a sound or video file (RIFF)"),
    (rb"ID3[\x02-\x04]\x00|\xff[\xf2\xf3\xfa\xfb]", "an MP3 file"),
    (rb"OggS\x00|fLaC\x00", "a sound file (Ogg, FLAC)"),
    (rb"\x00\x00\x00[\x00-\xff]ftyp", "a video or image file (MP4, MOV, HEIC)"),
    (rb"\x1a\x45\xdf\xa3", "a video file (Matroska, WebM)"),
)
# One pattern, one match per file: the group that matched names the format.
_SIGNATURE = re.compile(b"|".join(b"(%s)" % pattern for pattern, _name in _SIGNATURES))
_NAMES = tuple(name for _pattern, name in _SIGNATURES)
# The bytes a signature starts with: most articles start with none of them and are let through
# at one set look-up (the pattern's 26 branches cost 0.02 s of CPU per 10,000 files).
_FIRST_BYTES = frozenset(b"\x89\xff\x00\x1a\x1f\x28\x7f\xca\xce\xcf\xd0\xfd\xfe%78BGIMOPRSfw")

# Characters no text is made of: unassigned code points, private use, surrogates, controls
# other than line breaks and tabs. Unicode categories, by their first two letters.
_ODD_CATEGORIES = frozenset({"Cn", "Co", "Cs", "Cc"})
# Pairs of ASCII bytes read as one UTF-16 character land in U+2020-U+7E7E, a quarter of them in the
# CJK Extension A block, whose rare ideographs real Chinese or Japanese text hardly uses.
_EXTENSION_A = range(0x3400, 0x4DC0)
#: Share of a wide reading's characters that may be odd (``_ODD_CATEGORIES``, Extension A).
ODD_SHARE = 0.05
#: Share of a wide reading's letters that must be of one writing system (Latin words may mix in).
ONE_SCRIPT_SHARE = 0.75
# Writing systems by the first word of a letter's Unicode name; Japanese mixes kanji and kana.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}


def format_of(data: bytes) -> str | None:
    """The binary format ``data`` starts with ("a PNG image"), or None.

    Args:
        data: A file's first bytes (all of them, or at least the first 16).

    Returns:
        The format's description for a warning, or None when the start is not a known signature.
    """
    if not data or data[0] not in _FIRST_BYTES:
        return None
    found = _SIGNATURE.match(data)
    return _NAMES[found.lastindex - 1] if found is not None and found.lastindex else None


def implausible_wide(data: bytes, text: str) -> bool:
    """Whether a UTF-16 or UTF-32 reading guessed without a byte order mark is no text.

    Text in these encodings holds NUL bytes: every space, line break, digit and
    Latin letter has one. A reading of bytes without any (a PNG signature read as
    "襐乇ഊᨊ") is a misreading, and so is one made of odd characters, or of letters
    of many writing systems at once.

    Args:
        data: The bytes.
        text: What the guessed encoding made of them.
    """
    if b"\x00" not in data:
        return True
    sample = text[:65536]
    if not sample:
        return False
    odd = sum(1 for c in sample if _odd(c))
    if odd > ODD_SHARE * len(sample):
        return True
    scripts = Counter(_script(c) for c in sample if c.isalpha())
    latin = scripts.pop("LATIN", 0)
    letters = latin + sum(scripts.values())
    return latin + max(scripts.values(), default=0) < ONE_SCRIPT_SHARE * letters


def _odd(c: str) -> bool:
    if c in "\n\r\t\f":
        return False
    return ord(c) in _EXTENSION_A or unicodedata.category(c) in _ODD_CATEGORIES


def _script(c: str) -> str:
    if c.isascii():
        return "LATIN"
    word = unicodedata.name(c, "?").split(" ", 1)[0]
    return _SAME_SCRIPT.get(word, word)
