"""Number slots: a figure's value, its hedge and what it counts ("1, 000 homes", "a three-point play", "aged 16").

``spans.collect_spans`` finds the slots of a sentence; the numbers among them
are read here: a spaced number the recogniser cut in pieces joined again, a
figure's key (money scales, bounds and approximations, clock times left out),
and the noun it counts, read in ``figurecounts`` (with a number that makes a kind
of thing, "a three-point play", told from one that counts it, "three points").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuicompare.engine.clocktimes import clock_key
from tuicompare.engine.figurecounts import LENGTHS, TIME_UNITS, counted, elided, kind_noun, magnitude
from tuicompare.engine.gameresults import result_unit
from tuicompare.engine.magnitudes import MAGNITUDE
from tuicompare.engine.relations import PAIR
from tuicompare.engine.roundsfought import ROUNDS_FOUGHT, rounds_lasted
from tuicompare.engine.slot import Span
from tuicompare.engine.unitnames import one_name
from tuicompare.engine.units import areal
from tuicompare.engine.values import hedge, value_key
from tuicompare.models import EntitySpan, Sentence, Token

__all__ = ["NUMERIC", "clock_cut", "joined_thousands", "number_slot", "through", "told_as_record"]

#: The recogniser's labels of a figure.
NUMERIC = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})

#: "1, 000" and "12, 500": thousands written with a space after the comma, and "1. 7" a decimal
#: point with a space after it (detokenised feeds). Not a figure after a word and a dash ("5-foot-9, 150 pounds").
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])(?<![A-Za-z]-)(?:\d{1,3}(?:, \d{3})+|\d+\. \d+)(?![\d])")
#: A unit word and a dash just before a figure inside one entity ("5 - foot - 8"): a measure in two units, whose
#: last figure is no spaced thousand's first group ("5 - foot - 8, 135 pounds"; "$1, 199 and $1, 499" is).
_UNIT_INSIDE = re.compile(r"[A-Za-z]\s?[-\u2013]\s?$")
#: What every match of ``_SPACED_THOUSANDS`` holds: a digit, "," or "." and a space, and a digit. Searched for from
#: its "," or "." (a scan for two characters) with the digit before it checked there, not from every digit.
_SPACED_HINT = re.compile(r"[,.](?<=\d[,.]) \d")


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
        if any(e.start < start and _UNIT_INSIDE.search(sentence.between(e.start, start)) for e in pieces):
            continue  # "5 - foot - 8, 135 pounds": a measure ends at the comma, another figure follows
        lo = min([start, *(e.start for e in pieces)])
        hi = max([end, *(e.end for e in pieces)])
        labels = [e.label for e in pieces]
        label = "MONEY" if "MONEY" in labels else labels[-1] if labels else "CARDINAL"  # "£1. 7 million"
        joined = EntitySpan(lo, hi, label, sentence.between(lo, hi))
        ents = sorted([e for e in ents if e not in pieces] + [joined], key=lambda e: e.start)
    return ents


def clock_cut(sentence: Sentence, ents: list[EntitySpan]) -> list[EntitySpan]:
    """The entities with a clock time the recogniser ran on into the next figure cut after the time.

    "at 2: 09 a. m. about 14 miles north" is tagged as one quantity, "09 a. m. about 14 miles", when a
    feed spaces its clock and leaves out the comma: the distance, read with the clock, has no value and
    never meets the other outlet's "about 14 miles". The time and the figure after it are two entities.
    """
    if "m." not in sentence.text:
        return ents  # no "a. m." or "p. m." in the sentence: asked of every sentence
    out = []
    for ent in ents:
        cut = _CLOCK_RUN_ON.search(ent.text) if ent.label in NUMERIC else None
        if cut is None:
            out.append(ent)
            continue
        mid, rest = ent.start + cut.end(1), ent.start + cut.end()
        out += [EntitySpan(ent.start, mid, ent.label, sentence.between(ent.start, mid))]  # the time: no value
        out += [EntitySpan(rest, ent.end, ent.label, sentence.between(rest, ent.end))]
    return out


def number_slot(sentence: Sentence, start: int, end: int, text: str, label: str, first: int, last: int) -> Span:
    """The number slot at ``start:end`` (article offsets; tokens ``first`` to ``last``), labelled ``label``.

    Its key, its hedge (bound or approximation) and what it counts are read here; the span is
    made once, with all of them (a slot per number of the corpus).
    """
    if label == "CARDINAL" and _CLOCK.fullmatch(text):
        # "with 7:41 to go", "at 7:42": a clock's reading, a time and never a count nor a range of "7-41"
        return Span(sentence.id, start, end, text, "TIME", "date", clock_key(text), "time")
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    if label == "MONEY" and _WEIGHED.search(before[-30:]) and _POUNDS.fullmatch(text):
        label = "QUANTITY"  # "weighs 135 pounds": a weight the recogniser took for a sum of pounds sterling
    # "£53m", "2m euros": the recogniser may tag the bare figure as a count, leaving the currency sign
    # before it and the "m" of millions after it; the sign, or a currency named after the "m", makes it money.
    # The end-anchored patterns read the last characters only (a sign, a space, a final newline: 3; a clock's
    # "9 : " and a newline: 5), not the whole sentence from every character.
    signed = label != "MONEY" and _SIGN_BEFORE.search(before[-3:]) is not None
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
        text = sentence.between(start, end)
    if _CLOCK_BEFORE.search(before[-5:]) or _CLOCK_AFTER.match(after):
        value = None  # the minutes of "6: 33 a. m." or the hour of "9 p.m.": a time, not a count
    signed_shown = None
    if value is not None and paired is None and _negative(before, text):
        value = "-" + value  # "minus 20", "minus 17 degrees": below zero, never the 20 above it
        told = _MINUS_BEFORE.search(before[-8:])
        if told is not None:
            lo = start - (len(before[-8:]) - told.start())
            signed_shown = (lo, end, sentence.between(lo, end))  # shown "minus 20", not "20"
    if value is not None and mark in (">", "<"):
        value = mark + value
    final = through(sentence.tokens, last, end)  # the figure's last word, its pair's second number included
    unit = {"MONEY": "money", "PERCENT": "%"}.get("MONEY" if signed else label) or one_name(
        sentence, first, final, counted(sentence, first, final)
    )
    if named:
        unit = named.group(1).lower().rstrip("s")  # "2m euros" counts what "two million euros" does
    if _PER_HOUR.match(after) and unit in LENGTHS:
        unit = f"{LENGTHS[unit]}/hour"  # "193km / h": a speed, not a distance
    if not unit and label == "CARDINAL" and paired is None:
        unit = elided(sentence.tokens, first, final)
    if not unit and paired is None and _temperature(sentence.tokens, first):
        unit = "degree"  # "temperatures were minus 20": a temperature's figure counts degrees, as "minus 17 degrees"
    if paired is None and label not in ("MONEY", "PERCENT", "ORDINAL") and not signed:
        # "17in", "17''", "3.7GHz": a unit written onto the figure (an inch mark says it whatever noun follows).
        unit = _initials_plural(text, _glued_unit(text, after, unit))
    if label not in ("MONEY", "PERCENT") and not signed and magnitude(sentence, first, final):
        unit = MAGNITUDE  # "a magnitude 4.6 earthquake", "an earthquake measuring 4.6": one scale
    unit = _PLURAL_LEMMAS.get(unit, unit)  # "three people" counts what "one person" does
    if paired is None and rounds_lasted(sentence, first, last):
        unit = ROUNDS_FOUGHT  # "went 11 rounds", "an eight round decision win" (the parse may say "win"): a length
    unit = _spelled(unit)  # "20 kilometres" counts what "20 kilometers" does
    unit = areal(unit, sentence.text[start - sentence.start : end - sentence.start + 30])  # "1,500 square km"
    # "110 billion euros ($143 billion)": a sum converted in brackets at the day's exchange rate, which
    # outlets take on different days and round; compared as such (``relations``), unlike a unit conversion.
    converted = (unit == "money" or bool(named)) and not mark and _CONVERSION_BEFORE.search(before[-60:]) is not None
    unit = _RATES.get(unit, unit)  # "120 mph" is "120 miles per hour"
    unit = _ABBREVIATED.get(unit, unit)  # "190 lbs" weighs what "190 pounds" does
    if paired is not None and unit == "age":
        unit = ""  # "Lakeside, 72 - 60,": a pair set off after a name is a score, never an age
    if paired is not None and paired[0]:
        unit = result_unit(before, after[paired[1] :], unit)  # "beat Dover 88-70", "a 78-70 victory": a final
    sid = sentence.id
    shown: tuple[int, int, str] | None = None
    if paired is None and (unit == "money" or named):
        took = named.end() if named else scale.end() if scale else 0
        # Read as "£53m", shown as "£53m": the conflict would otherwise say "53 | 60".
        shown = _money_shown(sentence, start, end, before, took)
    if shown is None and unit in TIME_UNITS and value is not None and mark != "~" and not value.startswith(PAIR):
        # "six months" read as a count of months is the duration another outlet's "six months" is.
        return Span(sid, start, end, text, label, "date", f"{value} {unit}", "duration", approximate=bool(mark))
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
        shown=signed_shown if shown is None else shown,
        converted=converted,
        # "a two-term governor": terms of a governor, no count of a mayor's ("a five-term mayor": ``relations``);
        # so "a two-term Republican senator", whose "term" the parse hangs as a modifier (unit "term").
        kind_noun=kind_noun(sentence.tokens, final, final + 2),
    )


def _temperature(tokens: Sequence[Token], first: int) -> bool:
    """True for a figure told as a temperature: "temperature(s)" among the four words before it."""
    return any(t.lemma.lower() == "temperature" for t in tokens[max(0, first - 4) : first])


def _negative(before: str, text: str) -> bool:
    """True for a figure told below zero by a "minus" before it ("minus 20"), not a sum's ("100 minus 20")."""
    if _MINUS_LEAD.match(text):
        return _FIGURE_END.search(before) is None
    told = _MINUS_BEFORE.search(before[-8:])
    return told is not None and _FIGURE_END.search(before[: len(before) - 8 + told.start()]) is None


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
    return lo, hi, sentence.between(lo, hi)


def through(tokens: Sequence[Token], last: int, end: int) -> int:
    """The last token that starts before ``end`` (an article offset), from ``last`` on."""
    while last + 1 < len(tokens) and tokens[last + 1].start < end:
        last += 1
    return last


def _pair(before: str, text: str, after: str) -> tuple[str, int] | None:
    """The key of the score, record or tally ("72 - 60") a number is part of, and the characters of
    ``after`` it takes; "" for its second number. None for a number of no such pair.

    Two figures joined by a dash, the larger first (or two equal ones), are never a range. The
    recogniser tags the whole pair, or one of its numbers alone ("12" of "a 12 - 3 run"):
    the first then carries the pair, the second no value.
    """
    whole = _PAIR_WHOLE.fullmatch(text.strip())
    if whole:
        key = _pair_key(whole.group(1), whole.group(2), told_as_record(before, after))
        return (key, 0) if key else None
    if not text.strip().isdigit():
        return None
    ahead = _PAIR_AHEAD.match(after)
    # The pattern ends in a dash and at most a space: most texts do not, and are not searched from every character.
    behind = _PAIR_BEHIND.search(before) if before.rstrip().endswith(("-", "\u2013", "\u2014")) else None
    if ahead and not behind:
        key = _pair_key(text.strip(), ahead.group(1), told_as_record(before, after[ahead.end() :]))
        return (key, ahead.end()) if key else None
    if behind and _pair_key(behind.group(1), text.strip(), told_as_record(before[: behind.start()], after)) is not None:
        return "", 0
    return None


def _pair_key(first: str, second: str, record: bool = False) -> str | None:
    # A range runs low to high, so two equal figures are a pair too: a record or a tie ("the Owls (7-7)"),
    # never a count of 7 (a different-holders false red of the audits: a team's 7-7 record against a loss
    # "No. 15"). Told as a result ("fell to 5-10", "a 55-73 victory"), the smaller may come first.
    record = record and len(first) <= 3 and len(second) <= 3  # "Obama (2009-2017)": years, a span of time
    return f"{PAIR}{int(first)}-{int(second)}" if record or int(first) >= int(second) else None


def told_as_record(before: str, after: str) -> bool:
    """True when two figures joined by a dash are told as a record or a score, whatever their order.

    A range of no unit is rare after a verb of a standing ("fell to 5-10", "improved to 9-10"), in
    brackets after a name ("the Bulldogs (15 - 17)"), after a season ("ending its season 15 - 17") or after
    the side a verb of beating names ("defeated Drake 39 - 53"), and a range is never a result's own noun
    ("a 55-73 victory", "an 18-30 start"): there the smaller figure may come first, a team's losses
    outnumbering its wins.

    Args:
        before: The sentence's text before the two figures.
        after: Its text after them.
    """
    return _RECORD_AFTER.match(after) is not None or _RECORD_BEFORE.search(before[-40:]) is not None


#: A result's noun right after two figures, with at most one word before it that is not itself counted
#: ("a 55-73 basketball victory", never "a 3-5 point lead": a range of points).
_RECORD_AFTER = re.compile(
    r"\s?(?:(?!(?:points?|percent|per|years?|seats?|votes?|goals?|runs?|games?|yards?|strokes?|shots?)\b)"
    r"[a-z]+(?:-[a-z]+)?\s)?(?:victory|victories|win|wins|defeat|defeats|loss|losses|lead|record|start|"
    r"deficit|triumph|rout|decision|scoreline)\b"
)
#: Just before two figures: a verb of a standing and its "to" ("fell to", "improved to", "evened at"), a name and
#: an opening bracket ("the Bulldogs ("), a season ("ending its season 15 - 17"), or a verb of beating and the
#: side beaten ("defeated Drake 39 - 53").
_RECORD_BEFORE = re.compile(
    r"(?:\b(?:fell|falls?|falling|dropped|drops?|dropping|slipped|slips?|slipping|improved|improves?|improving|"
    r"evened|evens?)\s+(?:to|at)|\b[A-Z][\w'.-]*\s?\(|\bseason|"
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|routed|downed|topped|trounced)"
    r"\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},?)\s?$"
)


#: A whole pair as the recogniser tagged it: "72 - 60", "72-60", "72 to 60".
_PAIR_WHOLE = re.compile(r"(\d+)\s?(?:[-–—]|to)\s?(\d+)")
#: The rest of a pair after its first number ("12" then " - 3 run"), and its first number before the second.
#: Not when the second number runs on into a decimal, a clock or a spaced thousand ("12 - 3, 500"); a comma then
#: a figure of another length starts the next figure ("Bowe (45-1, 33 KOs)": a record, then his knockouts).
_PAIR_AHEAD = re.compile(r"\s?[-–—]\s?(\d+)(?!\d|[.:]\s?\d|,\s?\d{3}(?!\d))")
_PAIR_BEHIND = re.compile(r"(?<![\d.,:])(\d+)\s?[-–—]\s?$")
#: A clock's "a. m." or "p. m." inside a figure's entity, with a figure after it ("09 a. m. about 14 miles").
_CLOCK_RUN_ON = re.compile(r"(?i)\d\s?([ap]\.\s?m\.),?\s+(?=\S*?\s*\S*?\s*\d)")
_CLOCK_BEFORE = re.compile(r"\d\s?:\s?$")
_MONEY_SCALE = re.compile(r"(?:m|mn|bn)\b")
_CLOCK_AFTER = re.compile(r"(?i)\s?(?:[ap]\.\s?m\.|[ap]m\b|\s?:\s?\d\d)")
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
#: Speeds written as one word, and lengths per hour read inside a slot ("miles per hour").
_RATES = {"mph": "mile/hour", "kph": "km/hour", "km/h": "km/hour", "kmh": "km/hour"}

#: A clock's reading: hours, a colon and minutes ("7:41", "7: 41" as a detokenising feed spaces it).
_CLOCK = re.compile(r"\d{1,2}\s?:\s?\d\d")
#: "minus" leading a figure's entity ("minus 17 degrees") or just before it ("minus 20").
_MINUS_LEAD = re.compile(r"(?i)minus\s")
_MINUS_BEFORE = re.compile(r"(?i)\bminus\s?$")
#: A figure just before a "minus": a subtraction ("100 minus 20"), not a figure below zero.
_FIGURE_END = re.compile(r"\d\s*$")
#: Units written short, mapped to the word the parser reads in full.
_ABBREVIATED = {"lb": "pound", "lbs": "pound"}
#: A verb of weighing shortly before a figure ("weighs 135 pounds", "weighing about 130 pounds").
_WEIGHED = re.compile(r"(?i)\bweigh(?:s|ed|ing)?\b(?:\s+[a-z]+){0,2}\s*$")
#: A figure of pounds with no currency sign ("135 pounds").
_POUNDS = re.compile(r"(?i)\d[\d,.]*\s?pounds?")

#: Plurals the parser lemmatises as themselves, mapped to their singular.
_PLURAL_LEMMAS = {"people": "person"}


def _spelled(unit: str) -> str:
    """A unit in one spelling: the British "-tre" of "kilometre", "metre", "litre" as American "-ter"."""
    return unit[:-3] + "ter" if unit.endswith("tre") and len(unit) > 4 else unit


#: Inches written onto a figure: "17in", "17''", "17\"" (no space: "17 in the" is a preposition).
_INCH_AFTER = re.compile(r"(?:in\b|''|\"|\u2033|\u201d)")
#: Letters written onto a figure ("3.7GHz", "512MHz"), not an ordinal's or a decade's ending nor a clock's.
_GLUED_LETTERS = re.compile(r"\d([A-Za-z]{2,5})$")
_NO_UNIT = frozenset({"st", "nd", "rd", "th", "am", "pm", "s"})
#: Two to four capitals glued to a figure with a plural "s" ("16KOs"): the plural of the thing the capitals name.
_GLUED_INITIALS = re.compile(r"\d([A-Z]{2,4})s$")


def _glued_unit(text: str, after: str, unit: str) -> str:
    """The unit written onto a figure with no space ("17in", "3.7GHz"), else ``unit`` (what the words say it counts).

    An inch mark is the unit whatever noun follows ("a 17'' laptop" measures inches); letters glued to the figure
    only when the words say nothing.
    """
    if text[-1:].isdigit() and _INCH_AFTER.match(after):
        return "inch"
    if unit:
        return unit
    glued = _GLUED_LETTERS.search(text)
    letters = glued.group(1).lower() if glued else ""
    return "" if letters in _NO_UNIT else letters


def _initials_plural(text: str, unit: str) -> str:
    """The singular of capitals written onto a figure with a plural "s" ("16KOs" counts what "12 KO's" does)."""
    glued = _GLUED_INITIALS.search(text)
    return glued.group(1).lower() if glued and unit == glued.group(1).lower() + "s" else unit
