"""Turn the bytes of an input file into text, choosing the encoding carefully.

Strict UTF-8 is tried first because a statistical detector alone misreads
valid UTF-8; byte order marks come next; only then is charset-normalizer
asked, and its verdict is checked against cp1252, because on short or
mostly-ASCII English text it happily guesses Big5 or cp1006. The other way
round, on a short Japanese text its coherence is low: a multi-byte reading
made mostly of letters of one writing system (kanji and kana, hangul
syllables) then beats a single-byte one made of symbols.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from tuicompare.load.binary import format_of, implausible_wide

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

# Longest BOM first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Languages written with the cp1252 repertoire: when the detector names one
# of them, cp1252 (the web's de-facto "latin-1") is the safer reading.
_WESTERN = frozenset(
    [
        "English",
        "French",
        "German",
        "Spanish",
        "Portuguese",
        "Italian",
        "Dutch",
        "Danish",
        "Swedish",
        "Norwegian",
        "Finnish",
        "Icelandic",
        "Catalan",
        "Unknown",
    ]
)
# Below this coherence the detector has not recognised any language.
_MIN_COHERENCE = 0.2

# C0 controls other than tab, newline, carriage return, form feed and ESC
# (ESC is common in hostile-but-textual input and is stripped later).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: The ASCII characters that are not ``_BINARY_CONTROLS``, for ``_checked``.
_NOT_BINARY_ASCII = bytes(c for c in range(128) if not _BINARY_CONTROLS.match(chr(c)))
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
# Share of such controls above which decoded "text" is really binary data.
_BINARY_SHARE = 0.05


# Multi-byte encodings of East Asian text, by Python's canonical codec names.
_MULTIBYTE = frozenset(
    [
        "shift_jis",
        "cp932",
        "shift_jis_2004",
        "shift_jisx0213",
        "euc_jp",
        "euc_jis_2004",
        "euc_jisx0213",
        "iso2022_jp",
        "gb2312",
        "gbk",
        "gb18030",
        "hz",
        "big5",
        "big5hkscs",
        "cp950",
        "euc_kr",
        "cp949",
        "johab",
    ]
)
# Writing systems a reading of East Asian text is made of (first word of a character's Unicode name);
# Japanese mixes kanji and kana, so they count as one. Half-width katakana are left out: a
# single-byte Cyrillic file (KOI8-R) read as Shift-JIS is made of them, real Japanese text is not.
# Korean is written in precomposed syllables: lone jamo ("HANGUL LETTER") mark a misreading.
_SCRIPT_GROUPS = {"CJK": "cjk", "HIRAGANA": "cjk", "KATAKANA": "cjk", "HANGUL SYLLABLE": "hangul"}
# Share of a multi-byte reading's non-ASCII characters that must be letters of one writing system.
_ONE_SCRIPT_SHARE = 0.75

# Text codecs that are not file encodings: for domain names, Python literals, or none at all.
_NOT_FILE_ENCODINGS = frozenset(["undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape"])


def text_codec(name: str) -> str:
    """The canonical name of an encoding text files can be decoded with.

    Raises:
        LookupError: Python knows no such encoding, or it is no text encoding
            (``base64``, ``zlib``, ``rot13``... turn bytes into bytes) or not
            one for files (``punycode``, ``idna``, ``undefined``...). The message
            says which, for the user.
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise LookupError(f"unknown encoding: {name!r} (try utf-8, cp1252, latin-1)") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise LookupError(f"{name!r} is not an encoding of text files (try utf-8, cp1252, latin-1)")
    return info.name


class NotText(ValueError):
    """The bytes are binary data or in no encoding we can recognise."""


class Decoded(NamedTuple):
    """Decoded input.

    Attributes:
        text: The text, without a leading byte order mark.
        encoding: The codec name used (``utf-8``, ``utf-8-sig``, ``cp1252``...).
        note: Something the user should know though the text loaded (bytes
            that were replaced), or None.
    """

    text: str
    encoding: str
    note: str | None = None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode the bytes of one input.

    Args:
        data: The raw bytes (non-empty).
        encoding: An encoding to use instead of detection (``--encoding``).

    Returns:
        The text, the encoding used and possibly a note about replaced bytes.

    Raises:
        NotText: The data is binary, or cannot be decoded as asked.
    """
    kind = format_of(data)
    if kind is not None:
        # An image or archive named ".md" is no article, in whatever encoding the user asks for.
        raise NotText(f"binary data ({kind})")
    if encoding is not None:
        try:
            name = text_codec(encoding)
        except LookupError as error:
            raise NotText(str(error)) from None
        try:
            text = data.decode(name)
        except UnicodeDecodeError as error:
            raise NotText(f"cannot be decoded as {name} (byte {error.start}: {error.reason})") from None
        except (UnicodeError, ValueError) as error:  # codecs fail in their own ways
            raise NotText(f"cannot be decoded as {name} ({error})") from None
        return Decoded(_checked(text.removeprefix("\ufeff")), name)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data.decode(name).removeprefix("\ufeff")), name)
            except UnicodeDecodeError:
                raise NotText(f"starts with a {name} byte order mark but is not valid {name}") from None
    if b"\x00" not in data:
        try:
            return Decoded(_checked(data.decode("utf-8")), "utf-8")
        except UnicodeDecodeError:
            decoded = _mixed_lines(data) or _mostly_utf8(data)
            if decoded is not None:
                return decoded
    return _detect(data)


def _mixed_lines(data: bytes) -> Decoded | None:
    """A file whose lines are some UTF-8 and some cp1252 (pasted together), if that is what it is.

    Read whole as cp1252, its UTF-8 lines would show "â€™" for every curly quote;
    read whole as UTF-8, its cp1252 lines would lose their accents. Each line is
    decoded on its own when every line that is not UTF-8 has no UTF-8 in it at all.
    """
    lines = data.splitlines(keepends=True)
    texts: list[str] = []
    legacy = utf8 = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            utf8 += bool(_NON_ASCII.search(text))
        except UnicodeDecodeError:
            if _NON_ASCII.search(line.decode("utf-8", "replace")):
                return None  # UTF-8 and stray bytes within one line: not a per-line mix
            text = line.decode("cp1252", "replace")
            legacy += 1
        texts.append(text)
    if not (legacy and utf8):
        return None
    plural = "s" if legacy > 1 else ""
    note = f"mixed encodings: {legacy} line{plural} read as cp1252, the rest as UTF-8"
    return Decoded(_checked("".join(texts)), "utf-8", note)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a pasted Latin-1 word), if that is what it is.

    Such files are common; reading them as cp1252 would garble every curly
    quote, so the stray bytes become U+FFFD instead when valid multi-byte
    characters outnumber them.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text))
    if not 0 < bad <= good:
        return None
    plural = "s" if bad > 1 else ""
    return Decoded(_checked(text), "utf-8", f"{bad} byte{plural} not valid UTF-8, shown as \ufffd")


def _detect(data: bytes) -> Decoded:
    """Ask charset-normalizer, preferring cp1252 when its guess is weak."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise NotText("binary data (or text in an encoding that could not be recognised; try --encoding)")
    name = codecs.lookup(best.encoding).name
    if name.startswith(("utf-16", "utf-32")):
        text = str(best)
        if not implausible_wide(data, text):
            return Decoded(_checked(text), name)
        # The guess of an encoding that reads any even number of bytes, without the NUL bytes
        # its text holds (a short binary file): the other readings are weighed below.
    if b"\x00" in data:
        raise NotText("binary data (contains NUL bytes)")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    eastern = _multibyte_reading(matches)
    if eastern is not None:
        # A Japanese file read as cp1252 is all symbols, as ISO 8859-1 all control characters
        # (then removed, leaving "no text"); the detector's coherence is low on short texts,
        # so its guess is weighed by what each reading is made of.
        single = western if western is not None else data.decode("latin-1")
        if _one_script_share(eastern[0]) > _letter_share(single):
            return Decoded(_checked(eastern[0]), eastern[1])
    weak = best.coherence < _MIN_COHERENCE or best.language in _WESTERN
    cp1252_as_good = any(m.encoding == "cp1252" and m.chaos <= best.chaos for m in matches)
    if western is not None and (weak or cp1252_as_good):
        return Decoded(_checked(western), "cp1252")
    if weak:
        # Bytes cp1252 leaves undefined (0x81, 0x8D...): ISO 8859-1 reads everything.
        return Decoded(_checked(data.decode("latin-1")), "iso8859-1")
    return Decoded(_checked(str(best)), name)


def _multibyte_reading(matches: CharsetMatches) -> tuple[str, str] | None:
    """The detector's best clean multi-byte reading made mostly of letters of one writing system, if any.

    Returns:
        The text and its codec name, or None.
    """
    for match in matches:
        name = codecs.lookup(match.encoding).name
        if name not in _MULTIBYTE:
            continue
        text = str(match)
        if _one_script_share(text) >= _ONE_SCRIPT_SHARE:
            return text, name
    return None


def _non_ascii(text: str) -> list[str]:
    return [c for c in text[:65536] if ord(c) > 0x7F and not c.isspace()]


def _one_script_share(text: str) -> float:
    """Share of the non-ASCII characters that are letters of the most used East Asian writing system."""
    chars = _non_ascii(text)
    if len(chars) < 2:
        return 0.0
    groups = Counter(_script_group(c) for c in chars if c.isalpha())
    groups.pop(None, None)
    return max(groups.values(), default=0) / len(chars)


def _script_group(ch: str) -> str | None:
    name = unicodedata.name(ch, "?")
    return _SCRIPT_GROUPS.get(name.split(" ")[0]) or _SCRIPT_GROUPS.get(" ".join(name.split(" ")[:2]))


def _letter_share(text: str) -> float:
    """Share of the non-ASCII characters that are letters (a single-byte misreading is full of symbols)."""
    chars = _non_ascii(text)
    return sum(c.isalpha() for c in chars) / len(chars) if chars else 1.0


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (binary data)."""
    sample = text[:65536]
    # ASCII text (most of it): deleting the other characters in C leaves the controls, five times quicker
    # than finding them (0.04 s of CPU per 10,000 articles).
    if sample.isascii():
        controls = len(sample.encode("ascii").translate(None, _NOT_BINARY_ASCII))
    else:
        controls = len(_BINARY_CONTROLS.findall(sample))
    if sample and controls > _BINARY_SHARE * len(sample):
        raise NotText("binary data (mostly control characters)")
    return text
