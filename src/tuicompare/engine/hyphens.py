"""A hyphenated word the parser split into siblings, made one noun again ("co-producer").

The small parser may hang "co", "-" and "producer" of "a co-producer" each on
the name before them as its own apposition, so the role read is "a co". Words
written together with a hyphen between them are one word: the first is a
compound of the last and the hyphen its punctuation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tuicompare.models import Sentence, Token


def mend_hyphens(sentence: Sentence) -> Sequence[Token]:
    """The sentence's tokens, with each "word-word" read as three siblings hung as one noun on its last word.

    Returns the stored tokens themselves when nothing needs mending.
    """
    tokens: Sequence[Token] = sentence.tokens
    if "-" not in sentence.text:
        return tokens  # the common case, read once per mention: no walk over the tokens
    global _LAST
    last = _LAST
    if last[0] is sentence:
        return last[1]  # the names of one sentence ask one after another
    mended: list[Token] | None = None
    for i in range(1, len(tokens) - 1):
        a, dash, b = tokens[i - 1], tokens[i], tokens[i + 1]
        if not (a.end == dash.start and dash.end == b.start and dash.end - dash.start == 1):
            continue  # only a hyphen written between two words, no spaces ("co-producer", not "X - Y")
        if sentence.text[dash.start - sentence.start] != "-" or b.pos not in ("NOUN", "PROPN"):
            continue
        if a.head == dash.head == b.head != i + 1 and a.dep == dash.dep == b.dep:
            mended = mended if mended is not None else list(tokens)
            mended[i - 1] = dataclasses.replace(a, head=i + 1, dep="compound")
            mended[i] = dataclasses.replace(dash, head=i + 1, dep="punct", pos="PUNCT")
    found = tokens if mended is None else mended
    _LAST = (sentence, found)
    return found


#: The last sentence mended and its tokens (a tuple replaced whole, so threads read it safely).
_LAST: tuple[Sentence | None, Sequence[Token]] = (None, ())
