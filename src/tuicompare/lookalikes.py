"""Letters of other scripts that look like Latin ones, inside Latin words.

A Cyrillic "і" inside "Putin" or a Cyrillic "К" at the start of "Kramatorsk"
looks the same on screen but is another character: spaCy does not recognise
the word, and a naive comparison either calls the two spellings different
names or shows a "variant" whose two values look identical. ``latinise``
replaces such letters by the Latin letters they look like, one character for
one character (offsets are kept), in words that mix Latin letters with them;
a word written wholly in another script ("Москва") is left alone, since it
is no disguised Latin word. ``lookalikes`` lists the replaced characters so
that the reports can say why two spellings differ.

The look-alike pairs are those of Unicode's confusables list, through the
``confusable_homoglyphs`` package (imported on first need: it loads a large
table, and most texts have no letter of another script at all).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Scripts with letters that look like Latin ones: Greek, Cyrillic, Armenian,
# Cherokee, Coptic, Lisu. A text with none of them is returned at once.
_FOREIGN_CLASS = (
    "\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u13a0-\u13ff\u1c80-\u1c8f"
    "\u1f00-\u1fff\u2c80-\u2cff\u2de0-\u2dff\ua4d0-\ua4ff\ua640-\ua69f\uab70-\uabbf"
)
_FOREIGN = re.compile(f"[{_FOREIGN_CLASS}]")
_WORD_WITH_FOREIGN = re.compile(rf"\w*[{_FOREIGN_CLASS}]\w*")
# Latin letters, with the accented ones of Latin-1 and the Latin Extended blocks.
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


class LookAlike(NamedTuple):
    """A letter of another script used in place of a Latin one.

    Attributes:
        character: The letter as written ("і").
        script: Its script, capitalised ("Cyrillic").
        latin: The Latin letter it looks like ("i").
    """

    character: str
    script: str
    latin: str


def latinise(text: str) -> str:
    """``text`` with the look-alike letters of its mixed-script words made Latin.

    Only words holding both Latin letters and letters of another script are
    changed ("Putіn" with a Cyrillic "і" becomes "Putin"); the result has
    exactly the length of ``text``, character for character.
    """
    if text.isascii() or _FOREIGN.search(text) is None:
        return text
    return _WORD_WITH_FOREIGN.sub(_latin_word, text)


def lookalikes(text: str) -> tuple[LookAlike, ...]:
    """The look-alike letters ``latinise`` would replace in ``text``, each once, in order of appearance."""
    if text.isascii() or _FOREIGN.search(text) is None:
        return ()
    found: dict[str, LookAlike] = {}
    for match in _WORD_WITH_FOREIGN.finditer(text):
        word = match.group()
        if _LATIN.search(word) is None:
            continue
        for ch in word:
            latin = _latin_of(ch)
            if latin is not None and ch not in found:
                found[ch] = LookAlike(ch, _script(ch), latin)
    return tuple(found.values())


def describe(found: tuple[LookAlike, ...]) -> str:
    """One line naming look-alike letters for a reader, e.g. ``Cyrillic "і" (U+0456) for Latin "i"``."""
    return ", ".join(f'{la.script} "{la.character}" (U+{ord(la.character):04X}) for Latin "{la.latin}"' for la in found)


def _latin_word(match: re.Match[str]) -> str:
    word = match.group()
    if _LATIN.search(word) is None:
        return word  # a word of another script only: a real word of that language
    return "".join(_latin_of(ch) or ch for ch in word)


@lru_cache(maxsize=4096)
def _latin_of(ch: str) -> str | None:
    """The ASCII letter ``ch`` looks like, in the same case, or None.

    Unicode's list maps some capitals to small letters (Cyrillic "І" to "l",
    as it maps Latin "I"), and some small letters to small capitals (Cyrillic
    "к" to "ĸ"); the other case of the letter is tried then, so "І" reads as
    "I" and "к" as "k".
    """
    if _FOREIGN.match(ch) is None or not ch.isalpha():
        return None
    direct = _ascii_lookalike(ch)
    if direct is not None:
        return direct
    other = ch.swapcase()
    if len(other) == 1 and other != ch:
        via = _ascii_lookalike(other)
        if via is not None:
            return via.swapcase()
    return None


def _ascii_lookalike(ch: str) -> str | None:
    """An ASCII letter of the same case that Unicode lists as a look-alike of ``ch``, if any."""
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(ch, greedy=True, preferred_aliases=[])
    for entry in found or ():
        for glyph in entry["homoglyphs"]:
            c = glyph["c"]
            if len(c) == 1 and c.isascii() and c.isalpha() and c.isupper() == ch.isupper():
                return str(c)
    return None


@lru_cache(maxsize=256)
def _script(ch: str) -> str:
    from confusable_homoglyphs import categories

    return str(categories.alias(ch)).capitalize()
