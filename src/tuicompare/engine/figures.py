"""Number slots: a figure's value, its hedge and what it counts ("1, 000 homes", "a three-point play", "aged 16").

``spans.collect_spans`` finds the slots of a sentence; the numbers among them
are read here: a spaced number the recogniser cut in pieces joined again, a
figure's key (money scales, bounds and approximations, clock times left out),
and the noun it counts, with a number that makes a kind of thing ("a
three-point play") told from one that counts it ("three points").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuicompare.engine.relations import PAIR
from tuicompare.engine.slot import Span
from tuicompare.engine.units import areal
from tuicompare.engine.values import NUMBER_WORDS, hedge, value_key
from tuicompare.models import EntitySpan, Sentence, Token

__all__ = ["NUMERIC", "joined_thousands", "number_slot", "through"]

#: The recogniser's labels of a figure.
NUMERIC = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})

#: "1, 000" and "12, 500": thousands written with a space after the comma, and "1. 7" a decimal
#: point with a space after it (detokenised feeds).
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:, \d{3})+|\d+\. \d+)(?![\d])")
#: What every match of ``_SPACED_THOUSANDS`` holds.
_SPACED_HINT = re.compile(r"\d[,.] \d")


def joined_thousands(sentence: Sentence) -> list[EntitySpan]:
    """The sentence's entities, with the pieces of a spaced number ("1, 000") joined into one.

    The recogniser reads "1, 000 homes" as "1" and "000 homes"; the joined
    entity keeps the label of its last piece (QUANTITY for "12, 500 acres").
    A piece inside a date ("May 5, 200 people") is left alone.
    """
    ents = list(sentence.entities)
    if _SPACED_HINT.search(sentence.text) is None:
        # No spaced number without a digit, ", " or ". " and a digit: this scan costs a
        # sixth of the full pattern's, which tries its look-behind at every character.
        return ents
    for match in _SPACED_THOUSANDS.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        pieces = [e for e in ents if e.start < end and start < e.end]
        if any(e.label in ("DATE", "TIME") for e in pieces) or any(e.label not in NUMERIC for e in pieces):
            continue
        lo = min([start, *(e.start for e in pieces)])
        hi = max([end, *(e.end for e in pieces)])
        labels = [e.label for e in pieces]
        label = "MONEY" if "MONEY" in labels else labels[-1] if labels else "CARDINAL"  # "£1. 7 million"
        joined = EntitySpan(lo, hi, label, sentence.text[lo - sentence.start : hi - sentence.start])
        ents = sorted([e for e in ents if e not in pieces] + [joined], key=lambda e: e.start)
    return ents


def number_slot(sentence: Sentence, start: int, end: int, text: str, label: str, first: int, last: int) -> Span:
    """The number slot at ``start:end`` (article offsets; tokens ``first`` to ``last``), labelled ``label``.

    Its key, its hedge (bound or approximation) and what it counts are read here; the span is
    made once, with all of them (a slot per number of the corpus).
    """
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    # "£53m", "2m euros": the recogniser may tag the bare figure as a count, leaving the currency sign
    # before it and the "m" of millions after it; the sign, or a currency named after the "m", makes it money.
    signed = label != "MONEY" and _SIGN_BEFORE.search(before) is not None
    named = _SCALED_CURRENCY.match(after) if label != "MONEY" else None
    scale = _MONEY_SCALE.match(after) if label == "MONEY" or signed or named else None
    if signed and scale is None:
        scale = _SCALE_WORD.match(after)  # "£53 million" tagged as "53" and "million"
    # "£1.7m": the recogniser leaves the "m" of millions (and the currency sign) out of the figure.
    key = value_key("CARDINAL", f"${text}{scale.group()}" if scale else text)
    mark = hedge(before, text, after)
    value = key[1] if key else None
    paired = _pair(before, text, after)
    if paired is not None:
        # "a 12 - 3 run", "beat Lakeside, 72 - 60": a score, record or tally is two numbers, never a count
        # (nor a range, which runs low to high); it compares only with another pair (relations.PAIR).
        value, mark = paired[0] or None, ""
        end += paired[1]  # the slot shows the whole pair, "12 - 3", not "12" alone
        text = sentence.text[start - sentence.start : end - sentence.start]
    if _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        value = None  # the minutes of "6: 33 a. m." or the hour of "9 p.m.": a time, not a count
    if value is not None and mark in (">", "<"):
        value = mark + value
    unit = {"MONEY": "money", "PERCENT": "%"}.get("MONEY" if signed else label) or _counted(
        sentence, first, through(sentence.tokens, last, end)
    )
    if named:
        unit = named.group(1).lower().rstrip("s")  # "2m euros" counts what "two million euros" does
    if _PER_HOUR.match(after) and unit in _LENGTHS:
        unit = f"{_LENGTHS[unit]}/hour"  # "193km / h": a speed, not a distance
    if not unit and label == "CARDINAL" and paired is None:
        unit = _elided(sentence.tokens, first, through(sentence.tokens, last, end))
    if (
        label not in ("MONEY", "PERCENT")
        and not signed
        and _magnitude(sentence, first, through(sentence.tokens, last, end))
    ):
        unit = "magnitude"  # "a magnitude 4.6 earthquake", "an earthquake measuring 4.6": one scale
    unit = _PLURAL_LEMMAS.get(unit, unit)  # "three people" counts what "one person" does
    unit = _spelled(unit)  # "20 kilometres" counts what "20 kilometers" does
    unit = areal(unit, sentence.text[start - sentence.start : end - sentence.start + 30])  # "1,500 square km"
    # "110 billion euros ($143 billion)": a sum converted in brackets at the day's exchange rate, which
    # outlets take on different days and round; compared as such (``relations``), unlike a unit conversion.
    converted = (unit == "money" or bool(named)) and not mark and _CONVERSION_BEFORE.search(before[-60:]) is not None
    unit = _RATES.get(unit, unit)  # "120 mph" is "120 miles per hour"
    if paired is not None and unit == "age":
        unit = ""  # "Lakeside, 72 - 60,": a pair set off after a name is a score, never an age
    sid = sentence.id
    if paired is None and (unit == "money" or named):
        took = named.end() if named else scale.end() if scale else 0
        shown = _money_shown(sentence, start, end, before, took)
        if shown is not None:
            # Read as "£53m", shown as "£53m": the conflict would otherwise say "53 | 60".
            return Span(
                sid,
                start,
                end,
                text,
                label,
                "number",
                value,
                "number",
                unit=unit,
                approximate=bool(mark),
                shown=shown,
                converted=converted,
            )
    if unit in _TIME_UNITS and value is not None and mark != "~" and not value.startswith(PAIR):
        # "six months" read as a count of months is the duration another outlet's "six months" is.
        return Span(sid, start, end, text, label, "date", f"{value} {unit}", "duration", approximate=bool(mark))
    return Span(
        sid, start, end, text, label, "number", value, "number", unit=unit, approximate=bool(mark), converted=converted
    )


def _money_shown(sentence: Sentence, start: int, end: int, before: str, after: int) -> tuple[int, int, str] | None:
    """The whole money expression around a figure read as money: "£53m" where the recogniser tagged "53".

    Args:
        sentence: The figure's sentence.
        start: Where the figure starts (an article offset).
        end: Where it ends.
        before: The sentence's text before the figure.
        after: How many characters after the figure the reading took in (the "m", " million euros").

    Returns:
        ``(start, end, text)`` of the expression, or None when the figure's text is all of it.
    """
    sign = _SHOWN_SIGN.search(before[-4:])  # "US$ ": the last characters only, not the whole sentence
    lo = start - (len(sign.group()) if sign else 0)
    hi = end + after
    if lo == start and hi == end:
        return None
    return lo, hi, sentence.text[lo - sentence.start : hi - sentence.start]


def through(tokens: Sequence[Token], last: int, end: int) -> int:
    """The last token that starts before ``end`` (an article offset), from ``last`` on."""
    while last + 1 < len(tokens) and tokens[last + 1].start < end:
        last += 1
    return last


def _pair(before: str, text: str, after: str) -> tuple[str, int] | None:
    """The key of the score, record or tally ("72 - 60") a number is part of, and the characters of
    ``after`` it takes; "" for its second number. None for a number of no such pair.

    Two figures joined by a dash, the larger first, are never a range. The
    recogniser tags the whole pair, or one of its numbers alone ("12" of "a 12 - 3 run"):
    the first then carries the pair, the second no value.
    """
    whole = _PAIR_WHOLE.fullmatch(text.strip())
    if whole:
        key = _pair_key(whole.group(1), whole.group(2))
        return (key, 0) if key else None
    if not text.strip().isdigit():
        return None
    ahead = _PAIR_AHEAD.match(after)
    behind = _PAIR_BEHIND.search(before)
    if ahead and not behind:
        key = _pair_key(text.strip(), ahead.group(1))
        return (key, ahead.end()) if key else None
    if behind and _pair_key(behind.group(1), text.strip()) is not None:
        return "", 0
    return None


def _pair_key(first: str, second: str) -> str | None:
    return f"{PAIR}{int(first)}-{int(second)}" if int(first) > int(second) else None


#: A whole pair as the recogniser tagged it: "72 - 60", "72-60", "72 to 60".
_PAIR_WHOLE = re.compile(r"(\d+)\s?(?:[-–—]|to)\s?(\d+)")
#: The rest of a pair after its first number ("12" then " - 3 run"), and its first number before the second.
_PAIR_AHEAD = re.compile(r"\s?[-–—]\s?(\d+)(?!\d|[.,:]\s?\d)")
_PAIR_BEHIND = re.compile(r"(?<![\d.,:])(\d+)\s?[-–—]\s?$")
_CLOCK_BEFORE = re.compile(r"\d\s?:\s?$")
_MONEY_SCALE = re.compile(r"(?:m|mn|bn)\b")
_CLOCK_AFTER = re.compile(r"(?i)\s?(?:[ap]\.\s?m\.|[ap]m\b|\s?:\s?\d\d)")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
#: A scale word after a figure the recogniser cut off from it ("million" of "£53 million").
_SCALE_WORD = re.compile(r"\s(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
#: A currency sign just before a figure the recogniser tagged as a count ("£" of "£53m").
#: An opening bracket right after a figure ("110 billion euros (", "euro110 - billion (", "£53m ("): what
#: follows in the bracket converts it.
_CONVERSION_BEFORE = re.compile(r"\d[\d.,\s]*(?:-\s*)?(?:[^\W\d_]+\.?\s*){0,2}\(\s*[$£€¥]?\s*$")
_SIGN_BEFORE = re.compile(r"[$£€¥]\s?$")
#: The sign shown with such a figure, with the letters of a dollar's country ("US$", "HK$").
_SHOWN_SIGN = re.compile(r"(?:(?<![A-Za-z])[A-Z]{1,2})?[$£€¥]\s?$")
#: The "m" of millions after a bare figure, then the currency it counts ("2m euros").
_SCALED_CURRENCY = re.compile(r"\s?(?:m|mn|bn)\s+(euros?|dollars?|yen|yuan|rupees?)\b", re.IGNORECASE)
#: "/ h", "/h", "per hour" after a length: a speed.
_PER_HOUR = re.compile(r"^\s?(?:/\s?h(?:r|our)?|per\s+hour|an\s+hour)\b", re.IGNORECASE)
#: Units of length a speed is given in, by the name ``units`` knows.
_LENGTHS = {"km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile"}
#: Speeds written as one word, and lengths per hour read inside a slot ("miles per hour").
_RATES = {"mph": "mile/hour", "kph": "km/hour", "km/h": "km/hour", "kmh": "km/hour"}

#: Plurals the parser lemmatises as themselves, mapped to their singular.
_PLURAL_LEMMAS = {"people": "person"}
#: Nouns that are part of a number ("two dozen", "a million"), not what it counts.
_NUMBER_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion", "percent", "%"})


def _counted(sentence: Sentence, first: int, last: int) -> str:
    """The noun a number counts: the head of the number, or the last noun inside the span ("age" after "aged")."""
    tokens = sentence.tokens
    root = first
    while tokens[root].dep == "conj" and 0 <= tokens[root].head < root:
        root = tokens[root].head  # "aged 16 and 13": 13 is read like 16
    if any(0 <= i < len(tokens) and tokens[i].lemma.lower() in ("age", "aged") for i in (root - 1, tokens[root].head)):
        return "age"
    head = tokens[root].head
    # "Ann Roe, one of the organisers,": a number with its "of" is one of a group, never an age.
    partitive = any(t.head == root and t.dep == "prep" and t.lemma.lower() == "of" for t in tokens)
    if _stated_age(sentence, root, first, last):
        return "age"  # "She was 85.": a bare figure a person is, in an obituary's way of giving an age
    if (
        tokens[root].dep == "appos"
        and 0 <= head < len(tokens)
        and tokens[head].pos == "PROPN"
        and first == last
        and not partitive
    ):
        return "age"  # "Malia, 16, and Sasha, 13": a bare number set off after a name is an age
    for i in range(last, first - 1, -1):
        lemma = tokens[i].lemma.lower()
        if lemma in _TIME_UNITS and i - 2 >= first and tokens[i - 1].lemma.lower() in ("per", "an", "a", "/"):
            length = _LENGTHS.get(tokens[i - 2].lemma.lower())
            if length:
                return f"{length}/{lemma}"  # "120 miles per hour": a speed, not a length of time
        # "All twelve of those": a number word the parser calls a noun is the figure, not what it counts.
        if (
            tokens[i].pos == "NOUN"
            and lemma not in _NUMBER_NOUNS
            and lemma not in NUMBER_WORDS
            and _LETTER.search(lemma)
        ):
            return lemma
    head = tokens[last].head
    if (
        tokens[last].dep in ("nummod", "quantmod", "compound")
        and 0 <= head < len(tokens)
        and tokens[head].pos == "NOUN"
        and _LETTER.search(tokens[head].lemma)
    ):
        return _kind_of(tokens, first, last, head)
    return ""


def _spelled(unit: str) -> str:
    """A unit in one spelling: the British "-tre" of "kilometre", "metre", "litre" as American "-ter"."""
    return unit[:-3] + "ter" if unit.endswith("tre") and len(unit) > 4 else unit


def _magnitude(sentence: Sentence, first: int, last: int) -> bool:
    """Whether a figure is an earthquake's magnitude, whatever the noun the parse hangs it from.

    "magnitude 4.6", "a magnitude of 4.6", "a 4.6-magnitude quake", "6.1 on the Richter scale",
    "an earthquake measuring 4.6", and a decimal figure set before a quake ("a 2.9 aftershock")
    all give one scale: the head noun varies ("earthquake", "aftershock", none) where the fact does not.
    """
    tokens = sentence.tokens

    def lemma(i: int) -> str:
        return tokens[i].lemma.lower() if 0 <= i < len(tokens) else ""

    root = first
    while tokens[root].dep == "conj" and 0 <= tokens[root].head < root:
        root = tokens[root].head  # "magnitude 2.9 and 2.2": 2.2 is read like 2.9
    if any(
        lemma(i - 1) == "magnitude" or (lemma(i - 1) in ("of", "at") and lemma(i - 2) == "magnitude")
        for i in (first, root)
    ):
        return True
    if lemma(last + 1) == "magnitude" or (lemma(last + 1) == "-" and lemma(last + 2) == "magnitude"):
        return True
    if "richter" in (lemma(last + 2), lemma(last + 3)):
        return True
    text = sentence.text[tokens[first].start - sentence.start : tokens[last].end - sentence.start]
    # The first and last token's heads: the parse splits a spaced decimal ("8. 6") and hangs its pieces apart.
    for head in {tokens[first].head, tokens[last].head}:
        if lemma(head) in _QUAKES and _DIGIT_POINT.search(text) and head > last:
            return True
        if lemma(head) in ("measure", "register"):
            doers = [k for k, t in enumerate(tokens) if t.head == head and t.dep in ("nsubj", "nsubjpass")]
            if lemma(tokens[head].head) in _QUAKES or any(lemma(k) in _QUAKES for k in doers):
                return True
    return False


#: The nouns of an earthquake, whose figures are magnitudes ("a 2.9 aftershock").
_QUAKES = frozenset({"earthquake", "quake", "aftershock", "tremor", "temblor", "shock"})
#: A decimal point between digits (spaced as some feeds do): a magnitude, where "a 7 - 0 run" is a count.
_DIGIT_POINT = re.compile(r"\d\.\s?\d")


def _stated_age(sentence: Sentence, root: int, first: int, last: int) -> bool:
    """Whether a bare whole figure is what a person is: "She was 85.", "Ann Roe was 91".

    The figure is the complement of "be" whose subject is "he", "she" or a person's name;
    "The score was 5" (no person) and "He was one of the organisers" (a part of a group)
    are no ages.
    """
    tokens = sentence.tokens
    head = tokens[root].head
    if first != last or tokens[root].dep not in ("attr", "acomp") or not 0 <= head < len(tokens):
        return False
    if tokens[head].lemma.lower() != "be" or any(t.head == root and t.dep == "prep" for t in tokens):
        return False
    word = sentence.text[tokens[root].start - sentence.start : tokens[root].end - sentence.start]
    if not word.isdigit() or not 0 < int(word) < 125:
        return False
    subjects = [k for k, t in enumerate(tokens) if t.head == head and t.dep == "nsubj" and k != head]
    if len(subjects) != 1:
        return False
    subject = tokens[subjects[0]]
    if subject.lemma.lower() in ("he", "she"):
        return True
    people = [e for e in sentence.entities if e.label == "PERSON"]
    return subject.pos == "PROPN" and any(e.start <= subject.start < e.end for e in people)


def _elided(tokens: Sequence[Token], first: int, last: int) -> str:
    """The noun a bare figure counts by ellipsis: "Poe scored 16 points and Roe had 14" counts points.

    A figure standing alone as a verb's object (or listed after one) counts what
    the nearest figure before it in the sentence counts, when that one counts a
    noun that is no unit of time ("for three years, ... had 14" says nothing).
    """
    if tokens[first].dep not in ("dobj", "attr", "conj") or first != last or tokens[first].pos != "NUM":
        return ""
    for j in range(first - 1, -1, -1):
        head = tokens[j].head
        if tokens[j].pos == "NUM" and tokens[j].dep == "nummod" and j < head < first and tokens[head].pos == "NOUN":
            word = tokens[head].lemma.lower()
            ok = word not in _TIME_UNITS and word not in _NUMBER_NOUNS and _LETTER.search(word)
            return word if ok else ""
    return ""


def _kind_of(tokens: Sequence[Token], first: int, number: int, unit: int) -> str:
    """The unit of a number, marked ``-`` when the number makes a kind of thing of it ("three-point play").

    A "three-point play" is one play of a kind, not three points, and "a 2.9
    aftershock" one aftershock, not 2.9 of them: their units "point-" and
    "aftershock-" pair with numbers used alike ("a two-point play", "a
    seven-term congressman" with "a seven-term House member"), not with "14
    points" or "two aftershocks". Time units stay plain: "a 20-year sentence"
    is a duration.
    """
    word = tokens[unit].lemma.lower()
    if word in _TIME_UNITS:
        return word
    kind = tokens[unit].head
    hyphened = (
        unit == number + 2
        and tokens[number + 1].lemma == "-"
        and tokens[unit].dep == "compound"
        and unit < kind < len(tokens)
        and tokens[kind].pos in ("NOUN", "PROPN")
    )
    # "a 6.9 aftershock": figures only ("a dozen eggs" is twelve eggs: the article belongs to the number).
    one = first > 0 and tokens[first - 1].lemma.lower() in ("a", "an") and unit > number
    one = one and _DIGIT.search(tokens[number].lemma) is not None
    return f"{word}-" if hyphened or one else word


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
