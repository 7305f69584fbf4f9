"""A range of two figures read as one value: "$140-150 million", "$2 to $3 billion", "300-400 people".

The recogniser often tags only part of a range: the "140" of "$140-150 million" as money, with
"150" and "million" left to be read alone (the scale word as a figure of its own), or the "$2" of
"$2 to $3 billion" apart from its "$3 billion". Each part then reads a wrong value ($140, a bare
150), which matches or conflicts with another outlet's figure where it should not. English shares a
range's currency sign, scale word and unit between its two ends; ``range_spans`` finds such ranges in a
sentence's text and makes each one slot, its key the two ends ("140000000-150000000", see
``values.value_key``), which ``relations`` compares as a range (covering a figure inside it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tuicompare.engine import context
from tuicompare.engine.figures import number_slot, told_as_record
from tuicompare.engine.slot import Span
from tuicompare.engine.values import SCALES, SHORT_SCALES
from tuicompare.models import Sentence

_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"thousand|million|billion|trillion"
#: Two figures joined by a dash, "to", or "and" after "between", each with its own currency sign and scale
#: word or not, a percent after the second ("between 10 and 12 percent"). Not part of a longer figure.
_RANGE = re.compile(
    rf"(?<![\w.,$£€¥-])(?P<between>between\s+)?(?P<c1>[$£€¥])?\s?(?P<n1>{_FIGURE})(?:\s?(?P<s1>{_SCALE}|bn|m)\b)?"
    rf"\s?(?P<join>[-–]|\s(?:to|and)\s)\s?(?P<c2>[$£€¥])?\s?(?P<n2>{_FIGURE})(?![\d,.]\d)"
    rf"(?:\s?(?P<s2>{_SCALE}|bn|m)\b)?(?:\s?(?P<pct>%|percent\b|per\s?cent\b))?",
    re.IGNORECASE,
)
#: Two figures joined as a range may be: the cheap test each sentence is asked first.
_JOINED = re.compile(rf"\d(?:\s?(?:{_SCALE}|bn|m))?\s?(?:[-–]|\s(?:to|and)\s)\s?[$£€¥]?\s?\d", re.IGNORECASE)
#: The scale words a range may carry, long and short ("million", "m", "bn"): the values' reader's own.
_SCALES = SCALES | SHORT_SCALES
#: A year ("between 2008 and 2010", "1998-2001"): a span of time, the dates' reader's.
YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: The units of a length of time after a range ("two to three years" is ``values.parse_duration``'s).
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
#: Plural nouns whose lemma the parser may give as the word itself.
_UNMARKED_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "troops"})
#: A change told from one figure to another ("rose from $2 to $3 billion"): two values, not a range.
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|some\s+)?$")


def range_spans(sentence: Sentence) -> list[tuple[int, int, Span]]:
    """The ranges of two figures a sentence states, as (first token, last token, Span), in order.

    A range is read when English marks it as one: a currency sign, a scale word or a percent shared by
    its ends, "between ... and ...", or a dash or "to" between two figures before the plural noun they
    count ("300-400 people"). Its ends run low to high (the larger first is a score or two figures set
    against each other); a change "from ... to ..." and a span of years or of time are left to their readers.
    """
    text, base = sentence.text, sentence.start
    joined = _JOINED.search(text)
    if joined is None:
        return []  # most sentences: no two figures joined (a pattern led by a digit, searched in C)
    out: list[tuple[int, int, Span]] = []
    # A range starts at most a "between", a sign and its first figure before the first figure's last digit.
    for found in _RANGE.finditer(text, max(0, joined.start() - 40)):
        label = _label(sentence, found)
        if label is None:
            continue
        start, end = found.start(), found.end()
        inside = context.tokens_within(sentence.tokens, base + start, base + end)
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        slot = number_slot(sentence, base + start, base + end, text[start:end], label, first, last)
        if slot.key is None or "-" not in slot.key:
            continue
        if not slot.unit:
            # "300-400 people": the parser hangs the noun on the first figure, the second on the first.
            at = next((i for i in inside if sentence.tokens[i].pos == "NUM"), first)
            tok = sentence.tokens[at]
            alone = number_slot(sentence, tok.start, tok.end, sentence.word(tok), label, at, at)
            slot = replace(slot, unit=alone.unit)
        out.append((first, last, slot))
    return out


def _label(sentence: Sentence, found: re.Match[str]) -> str | None:
    """The recogniser's label the range reads as (MONEY, PERCENT, CARDINAL), or None when it is no range."""
    join = found.group("join").strip().lower()
    between = found.group("between") is not None
    if join == "and" and not between:
        return None  # "5 and 6" is a list of two figures
    before = sentence.text[: found.start()]
    if join != "and" and _FROM_BEFORE.search(before[-20:]):
        return None
    money = bool(found.group("c1") or found.group("c2"))
    short = {(found.group(g) or "").lower() for g in ("s1", "s2")} & {"m", "bn"}
    if short and not money:
        return None  # "3 m" of no currency is a length in metres
    low, high = _end(found.group("n1"), found.group("s1")), _end(found.group("n2"), found.group("s2"))
    if found.group("s2") and not found.group("s1"):
        low *= _SCALES[found.group("s2").lower()]  # "$140-150 million": both ends are millions
    if not low < high:
        return None  # a range runs low to high: "65-53" is a score, "$5.4 million to $200,000" two sums
    if money:
        return "MONEY"
    if found.group("pct"):
        return "PERCENT"
    if YEAR.fullmatch(found.group("n1")) and YEAR.fullmatch(found.group("n2")):
        return None
    after = sentence.text[found.end() :]
    if found.group("s2") or between:
        return None if _duration_after(after) else "CARDINAL"
    # A bare dash or "to" between two figures: a range only before the plural noun both count, never a
    # record or a result ("a 1-2 loss", "fell to 5-10").
    if told_as_record(before, after) or _duration_after(after):
        return None
    noun = re.match(r"\s([a-z]+)\b", after)
    return "CARDINAL" if noun and _plural_noun(sentence, found.end() + 1) else None


def _end(figure: str, scale: str | None) -> float:
    return float(figure.replace(",", "")) * (_SCALES[scale.lower()] if scale else 1.0)


def _duration_after(after: str) -> bool:
    word = re.match(r"\s?-?([a-z]+)", after.lower())
    return word is not None and word.group(1).removesuffix("s") in _DURATIONS


def _plural_noun(sentence: Sentence, offset: int) -> bool:
    """True when the word at ``offset`` (sentence text) is a plural noun ("people", "jobs")."""
    base = sentence.start
    inside = context.tokens_within(sentence.tokens, base + offset, base + len(sentence.text))
    if not inside:
        return False
    tok = sentence.tokens[inside[0]]
    word = sentence.text[tok.start - base : tok.end - base].lower()
    return tok.pos == "NOUN" and (word != tok.lemma.lower() or word in _UNMARKED_PLURALS)
