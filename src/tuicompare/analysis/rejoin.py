"""Sentences the parser cut after a title abbreviation, joined again.

spaCy's parser often ends a sentence at the full stop of a title before a name:
"..., said Sgt." and "Marty Roe." come out as two sentences, "Police Capt."
and "Tom Poe and two others were hurt." too. The name then sits in a sentence
of its own, without its title and without what it said or what happened to it,
and the two halves align with nothing: another outlet's "Sgt. Marty Roe said
..." states one fact in one sentence. A sentence that ends with a title
abbreviation ("Sgt.", "Capt.", "Gov."; not "St." or "Dr.", which end street
names) followed on the same line by a sentence that opens with a capital is
one sentence: the records are joined before the `Analysis` is built, so the
cache keeps the parser's records as they were.

The joined sentence gets one parse as the parser gives a title before a name
within a sentence: the title a ``compound`` of the name (``_join``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["rejoin_titles"]

#: Title abbreviations that stand before a name and never end a sentence of their own (lower case, no dot).
#: Not "st" (Main St.), "dr" (Elm Dr.), "co" (Acme Co.) nor "jr" (a name's end): those do end sentences.
TITLES = frozenset(
    {
        "adm",
        "capt",
        "cmdr",
        "col",
        "cpl",
        "det",
        "gen",
        "gov",
        "insp",
        "lt",
        "maj",
        "mr",
        "mrs",
        "ms",
        "pfc",
        "prof",
        "pvt",
        "rep",
        "rev",
        "sen",
        "sgt",
        "supt",
    }
)


def _title_at_end(tokens: list[list[Any]], text: str) -> int | None:
    """The index of a sentence's last word when it is a title abbreviation with its full stop ("Sgt." or
    "Sgt" "."), else None.
    """
    last = len(tokens) - 1
    s, e = tokens[last][0], tokens[last][1]
    word = text[s:e]
    if word == "." and last > 0 and tokens[last - 1][1] == s:
        last -= 1
        word = text[tokens[last][0] : e]
    return last if word.endswith(".") and word[:-1].lower() in TITLES else None


def _opens_a_name(tokens: list[list[Any]], text: str) -> bool:
    """Whether a sentence opens with a capitalised word (the name the title belongs to)."""
    first = text[tokens[0][0] : tokens[0][1]]
    return first[:1].isupper()


def _join(first: list[Any], second: list[Any], title: int) -> list[Any]:
    """One sentence record of two: tokens and entities in order, the second's heads shifted, and the title
    and the name joined as one sentence's parse would join them.

    When the second half is the name alone ("Dale Ferris."), the name takes the title's place in the
    first half (the subject of "said") and the title becomes a ``compound`` of it. When the second half
    has its own verb ("Tom Poe and two others were hurt."), a first half that is the title phrase alone
    ("Police Capt.") hangs on the name's head as a ``compound``; a first half with a verb of its own keeps it.
    """
    head_part = _one_title_token([list(t) for t in first[3]], title)
    offset = len(head_part)
    tail = [[s, e, lemma, pos, dep, head + offset] for s, e, lemma, pos, dep, head in second[3]]
    root = next((n for n, t in enumerate(tail, offset) if t[5] == n), offset)
    title_row = head_part[title]
    if tail[root - offset][3] not in ("VERB", "AUX"):
        own_root = title_row[5] == title
        tail[root - offset][4:6] = ["ROOT", root] if own_root else [title_row[4], title_row[5]]
        title_row[4:6] = ["compound", root]
        if own_root:  # the first half's other words hung on the title: they now hang on the name
            for row in head_part:
                if row is not title_row and row[5] == title:
                    row[5] = root
    elif title_row[5] == title:
        # The name's head: the second half's first word, or the word it is a compound of ("Tom" of "Tom Poe").
        target = offset
        if tail[0][4] == "compound" and offset <= tail[0][5] < offset + len(tail):
            target = tail[0][5]
        title_row[4:6] = ["compound", target]
    return [first[0], second[1], [*first[2], *second[2]], head_part + tail]


def _one_title_token(tokens: list[list[Any]], title: int) -> list[list[Any]]:
    """The tokens with a title and its full stop as one word ("Sgt" "." as "Sgt."), as the parser reads a
    title inside a sentence; what hung on the full stop hangs on the title.
    """
    if title + 1 >= len(tokens):
        return tokens
    dot = title + 1
    tokens[title][1] = tokens[dot][1]
    out = []
    for n, (s, e, lemma, pos, dep, head) in enumerate(tokens):
        if n == dot:
            continue
        head = title if head == dot else head
        out.append([s, e, lemma, pos, dep, head - 1 if head > dot else head])
    return out


def rejoin_titles(rows: list[Any], text: str) -> list[Any]:
    """The sentence records with every sentence cut after a title joined to the next (module docstring)."""
    out: list[Any] = []
    for row in rows:
        if out:
            last = out[-1]
            title = _title_at_end(last[3], text)
            if title is not None and "\n" not in text[last[1] : row[0]] and _opens_a_name(row[3], text):
                out[-1] = _join(last, row, title)
                continue
        out.append(row)
    return out
