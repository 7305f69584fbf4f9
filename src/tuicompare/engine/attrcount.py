"""Counts an article attaches to an entity: "three-term governor", "who has 14,000 followers", "a firm with 200 staff".

Also how often an honour was won: "a four-time all-star" (``times_count``), and a
fighter's or player's record set right after the name ("Ann Roe (12-3)", "Roe,
12-3-1,": ``record_after``), counted as a ``record``.

A count is a number and the noun it counts, read from the parse: a numeric
modifier of a word before the name or of its role ("seven-term House member"),
the object of "have" or "employ" in a clause about the name ("Acme, which employs
3,000 people"), or a "with"/"of" phrase set beside it ("a village of 400
people", "Acme, with 200 staff"). Two sources disagree on a count only when they
count the same thing; "more than", "about" and the like make a difference at
most possible (see ``attrrelation``).
"""

from __future__ import annotations

import dataclasses
import re

from tuicompare.engine.attrparse import Finding, Parse, age_of, asserted, future
from tuicompare.engine.values import NUMBER_WORDS, word_number

#: The scale word the entity sheet reads alone: the parser hands "a hundred people" over as the number
#: token "hundred", which counts 100 here, while ``values.word_number`` refuses a bare scale word (in a
#: sentence's values "hundred" alone is no count). The larger scales alone ("a thousand followers") have
#: never counted on the sheet; kept so, not judged.
_BARE_SCALE = "hundred"
#: Words before a number that make it approximate or a bound ("more than 14,000", "about 200").
HEDGES = frozenset(
    {"about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under", "than", "least", "up"}
)
#: Verbs whose object counts what their subject has ("has 14,000 followers", "employs 3,000 people").
_HAVE_VERBS = frozenset({"have", "employ", "count", "number", "own", "operate", "run"})
#: Counted nouns that are a time, a share or a sum, not a count of something the entity has ("has two years
#: left on his contract").
_NOT_COUNTED = frozenset(
    {
        "percent",
        "%",
        "time",
        "day",
        "week",
        "month",
        "year",
        "season",
        "decade",
        "hour",
        "minute",
        "dollar",
        "pound",
        "euro",
        # measures: "5-foot-11", "a 300-yard run" say a size or a distance, not how many of a thing
        "foot",
        "feet",
        "inch",
        "yard",
        "mile",
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "kilogram",
        "ounce",
        "ton",
        "tonne",
        "acre",
        # a word's width in computing ("64-bit Windows"): a measure of the thing, not a count of anything it has
        "bit",
        "byte",
    }
)


#: A year as the press writes one, four digits with no comma ("1982"); a count of a thousand or more takes a comma
#: ("14,000 followers").
_YEAR = re.compile(r"1[0-9]\d\d|20\d\d")


#: Words that make the number after them a rank or a label ("the No. 2 figure", "#1 seed").
_RANK_MARKS = frozenset({"no", "number", "#"})
#: The words of a time of day after its number ("10 a.m.", "11: 30 p. m."): no count.
_CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "o'clock"})


def number_value(word: str) -> int | None:
    """The value of one written number token: "14,000", "3", "seven", "hundred"; None for anything else.

    Number words are those of ``values.NUMBER_WORDS``, read by ``values.word_number``;
    "hundred" alone is read as "a hundred" (see ``_BARE_SCALE``).
    """
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d{1,9}", word):
        return int(word)
    if word not in NUMBER_WORDS:
        return None
    value = word_number(["a", word] if word == _BARE_SCALE else [word])
    return None if value is None else int(value)


def count_finding(p: Parse, noun: int, confidence: float) -> Finding | None:
    """A count for ``noun`` when a number modifies it ("three term", "14,000 followers"), else None.

    ``head`` is the counted noun's lemma, ``words`` holds the value and, when the
    number is hedged, ``"~"``.
    """
    if p.t[noun].pos not in ("NOUN", "PROPN") or p.lemma(noun) in _NOT_COUNTED or age_of(p, noun) is not None:
        return None
    if any(p.lemma(k) == "old" for k in p.kids[noun]):
        return None
    for num in p.dep_kids(noun, ("nummod", "compound", "amod")):
        if num > noun or p.t[num].pos != "NUM":
            continue
        value = number_value(p.word(num))
        if value is None or (num > 0 and p.t[num - 1].pos == "PROPN"):
            continue  # "the Explorer 11 preview": a number after a name is part of it (a version, a route)
        if _YEAR.fullmatch(p.word(num)):
            continue  # "the 1982 comic series", "the 2007 World Series": a year, no count
        if num > 0 and p.word(num - 1) == ":" or p.lemma(noun).replace(" ", "") in _CLOCK_WORDS:
            continue  # "around 11: 30 p. m.": a time of day
        if num > 0 and (p.lemma(num - 1) in _RANK_MARKS or p.word(num - 1).endswith(".")):
            continue  # "the No. 2 figure": a rank; "a. 357 Magnum": a calibre after its point; no count
        first = num
        while first >= 2 and p.word(first - 1) == "," and p.word(first - 2).isdigit() and len(p.word(first)) == 3:
            first -= 2  # "a city of 500, 000 people": thousands the text spaced after their comma
        if first != num:
            value = int("".join(p.word(k) for k in range(first, num + 1, 2)))
        hedged = any(p.lemma(k) in HEDGES for k in range(p.left(num), num)) or any(
            p.lemma(k) in HEDGES for k in p.kids[num]
        )
        return p.finding(
            "count", first, noun, confidence, head=p.lemma(noun), words=(str(value), "~") if hedged else (str(value),)
        )
    return None


#: Where a name stands whose record of two numbers commas may set after it: a clause's subject ("Roe, 12-3, fights
#: Friday"), an apposition or a list's name; after a verb's object or other dependent ("beat Varga, 6-4,") the two
#: numbers are a score.
_RECORD_HOLDERS = frozenset({"nsubj", "nsubjpass", "appos", "conj", "ROOT"})
#: The dashes that join the numbers of a record ("12-3", "12 - 3 - 1").
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def record_after(p: Parse, last: int, confidence: float) -> Finding | None:
    """A record set right after a name ending at token ``last`` ("Roe (12-3)", "Roe, 12-3-1, 9 KOs"), or None.

    Two or three whole numbers of at most three digits (not years) joined by dashes,
    in brackets or between commas, as the press gives a fighter's or a player's
    wins, losses and draws; two numbers between commas after a name that is no subject (a verb's object, say)
    are the score of the game the clause tells ("beat the Jaguars, 31-24,"), no record ("a win over Gene Roe,
    14-13-2, 12 KOs" is one, three numbers). The finding
    is a count of ``record`` whose value is the numbers joined by "-".
    """
    i = last + 1
    comma = i < len(p.t) and p.word(i) == ","
    if i < len(p.t) and p.word(i) in ("(", ","):
        i += 1
    numbers, j = _dashed(p, i)
    closed = j + 1 >= len(p.t) or p.word(j + 1) in (")", ",", ";")
    # "(1997-2001)", "(1994-96)": a span of years the person held a post, no record
    if len(numbers) < 2 or not closed or any(len(n) >= 4 for n in numbers):
        return None
    if comma and len(numbers) == 2 and p.t[last].dep not in _RECORD_HOLDERS:
        return None  # "the Colts beat the host Jaguars, 31-24, on Thursday": the game's score, after its object
    return p.finding("count", i, j, confidence, head="record", words=("-".join(numbers),))


#: Verbs of standing: "Roe dropped to 27-7-2", "the Hawks improved to 11-4", "moved to 9-0": the record after "to"
#: is the subject's standing after the bout or game the clause tells.
_STANDING_VERBS = frozenset({"drop", "fall", "slip", "slide", "sink", "improve", "move", "climb", "rise", "advance"})
#: Verbs of a standing held: "the Hawks, slumping at 9-14", "Roe stands at 28-4": the record after "at" is the
#: subject's standing now.
_HELD_VERBS = frozenset({"slump", "sit", "stand", "remain", "hover"})
#: Verbs of a start: "the Hawks have opened 9-14", "started 3-0": the record right after the verb is the subject's.
_OPENING_VERBS = frozenset({"open", "start"})
#: Words after numbers that make them a score or a measure, not a standing ("started 2-0 down", "stands at 6-4 tall").
_NOT_STANDING = frozenset({"up", "down", "ahead", "behind", "lead", "tall"})
#: The nouns an object of a verb of standing may be for the record after "to" to stay the subject's ("improved his
#: record to 52-3"); any other object is whose record it is ("improved the fighter to 52-3").
_RECORD_NOUNS = frozenset({"record", "mark"})


def _dashed(p: Parse, i: int) -> tuple[list[str], int]:
    """The whole numbers joined by dashes from token ``i`` ("12-3-1"): at most three, and the last one's index."""
    numbers: list[str] = []
    j = i
    while j < len(p.t) and p.word(j).isdigit() and len(numbers) < 3:
        numbers.append(p.word(j))
        if j + 2 < len(p.t) and p.word(j + 1) in _DASHES and p.word(j + 2).isdigit():
            j += 2
            continue
        break
    return numbers, j


def record_to(p: Parse, verb: int, confidence: float) -> Finding | None:
    """A record after a verb of standing whose subject the mention is ("Roe dropped to 27-7-2"), or None.

    The record is the standing after the act the clause tells, told as ``record_after`` tells one (two or three whole
    numbers of at most three digits joined by dashes); a number run on into a noun ("fell to 5-10 percent") is none.
    """
    lemma = p.lemma(verb)
    if lemma not in _STANDING_VERBS | _HELD_VERBS | _OPENING_VERBS or not asserted(p, verb) or future(p, verb):
        return None
    if lemma in _OPENING_VERBS:  # "have opened 9-14": the numbers right after the verb, before any object
        return _standing_at(p, verb + 1, confidence)
    if any(p.lemma(j) not in _RECORD_NOUNS for j in p.dep_kids(verb, ("dobj",))):
        return None  # "improved the fighter to 52-3": the object's record
    for prep in p.dep_kids(verb, ("prep",)):
        if p.lemma(prep) == ("to" if lemma in _STANDING_VERBS else "at"):
            return _standing_at(p, prep + 1, confidence, height=lemma == "stand")
    return None


def _standing_at(p: Parse, i: int, confidence: float, height: bool = False) -> Finding | None:
    """The record of two or three dashed numbers from token ``i``, or None when they run on into a noun or a measure.

    With ``height``, two numbers that could be a height in feet and inches ("stands at 6-4") are none.
    """
    numbers, j = _dashed(p, i)
    after = j + 1 < len(p.t) and (
        p.t[j + 1].pos in ("NOUN", "PROPN", "NUM") or p.word(j + 1) in ("%", "-") or p.lemma(j + 1) in _NOT_STANDING
    )
    if len(numbers) < 2 or after or any(len(n) >= 4 for n in numbers):
        return None
    if height and len(numbers) == 2 and int(numbers[0]) <= 7 and int(numbers[1]) <= 11:
        return None
    return p.finding("count", i, j, confidence, head="record", words=("-".join(numbers),))


def records(
    p: Parse, root: int, last: int, verbs: list[int], person: bool, beside: float, clause: float
) -> list[Finding]:
    """The records told of the name at ``root`` (ending at ``last``): set right after it (``record_after``, sure
    as ``beside``), and after a verb of standing of which it is the subject (``verbs``: its clauses' verbs, and
    the verbs set beside them with no subject of their own) or that a participle hangs on it ("the Hawks falling
    to 5-10"; ``record_to``, sure as ``clause``).

    A team's (``person`` false) record after its name is set off by a bracket or a comma: numbers right after a
    team's name are a score ("Hawks Beat Rovers 20-13" in a headline).
    """
    text = p.s.text
    if "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return []  # no dash in the sentence, so no "12-3": no record
    set_off = last + 1 < len(p.t) and p.word(last + 1) in ("(", ",")
    # A title-case headline gives a game's score after the names ("Rovers Beat Hornets 20-13, Clinch Seed"), which
    # the recogniser may read as one name: there only a bracket sets off a record.
    bracketed = last + 1 < len(p.t) and p.word(last + 1) == "("
    out = [
        r
        for r in (record_after(p, last, beside),)
        if r is not None and (person or set_off) and (bracketed or not p.title_case)
    ]
    # "Roe, ..., struggled inside and dropped to 45-7-2": a verb set beside the clause's with no subject of its own
    shared = [c for v in verbs for c in p.dep_kids(v, ("conj",)) if not p.dep_kids(c, ("nsubj", "nsubjpass", "expl"))]
    standing = verbs + shared + [j for j in p.dep_kids(root, ("acl",)) if j > last]
    out.extend(r for v in dict.fromkeys(standing) if (r := record_to(p, v, clause)) is not None)
    return out


def results_apart(first: str, second: str) -> int:
    """How many results (wins, losses, draws) lie between two records' keys ("record=14-13-2").

    Records of two shapes ("14-13" against "14-13-2") or unread keys are 0 apart: which part is which
    is not known, so they are told apart no further than any record told before and after one bout.
    """
    a, b = first.partition("=")[2].split("-"), second.partition("=")[2].split("-")
    if len(a) != len(b) or not all(n.isdigit() for n in a + b):
        return 0
    return sum(abs(int(x) - int(y)) for x, y in zip(a, b, strict=True))


def clause_counts(p: Parse, root: int, relative: list[int], last: int, confidence: float, out: list[Finding]) -> None:
    """Counts a clause or phrase about the name at ``root`` states ("who has 14,000 followers", "with 200 staff").

    ``relative`` are the relative clauses about the name (``attributes.mention_findings`` finds them).
    """
    verbs = [j for j in relative if p.lemma(j) in _HAVE_VERBS]
    if p.t[root].dep in ("nsubj",) and p.lemma(p.t[root].head) in _HAVE_VERBS:
        verbs.append(p.t[root].head)
    for verb in verbs:
        verbs.extend(j for j in p.dep_kids(verb, ("conj",)) if p.lemma(j) in _HAVE_VERBS and j not in verbs)
    for verb in verbs:
        if not asserted(p, verb) or future(p, verb):
            continue  # "would have", "will employ 3,000 people": a plan, not a count
        for obj in p.dep_kids(verb, ("dobj",)):
            found = count_finding(p, obj, confidence)
            if found is not None:
                out.append(dataclasses.replace(found, past=_told_past(p, verb)))
    for prep in p.dep_kids(root, ("prep",)):
        if p.lemma(prep) == "with" and prep in (last + 1, last + 2):  # "Acme, with 200 staff"
            for obj in p.dep_kids(prep, ("pobj",)):
                found = count_finding(p, obj, confidence)
                if found is not None:
                    out.append(found)


def _told_past(p: Parse, verb: int) -> bool:
    """True for a count told in the past or perfect ("had 26 wives", "has had 26 wives"): all there ever were.

    Read from the verb's form (the stored parse keeps no tense): a present form is the lemma, or it with "-s".
    """
    word, lemma = p.word(verb).lower(), p.lemma(verb)
    return word not in (lemma, lemma + "s", lemma + "es", "has")


def of_counts(p: Parse, noun: int, confidence: float, out: list[Finding]) -> None:
    """Counts in a description's "of"/"with" phrase: "a village of 400 people", "a firm with 200 staff"."""
    for prep in p.dep_kids(noun, ("prep",)):
        if p.lemma(prep) in ("of", "with"):
            for obj in p.dep_kids(prep, ("pobj",)):
                found = count_finding(p, obj, confidence)
                if found is not None:
                    out.append(found)


def times_count(p: Parse, noun: int, confidence: float) -> Finding | None:
    """How often an honour or title was won: "a four-time NBA all-star" counts stars ("star=4").

    The "N-time" phrase modifies the noun (directly or through the words between);
    the count is keyed by that noun, so "four-time all-star" and "five-time
    honoree" count different things.
    """
    for k in range(p.left(noun), noun):
        if p.lemma(k) != "time" or not _under(p, k, noun):
            continue
        for num in p.dep_kids(k, ("nummod",)):
            value = number_value(p.word(num))
            if value is not None and num < k:
                return p.finding("count", num, k, confidence, head=p.lemma(noun), words=(str(value),))
    return None


def _under(p: Parse, k: int, noun: int) -> bool:
    """True when the heads above ``k`` reach ``noun`` through words before it."""
    seen = 0
    while k != noun and k < noun and seen < len(p.t):
        k, seen = p.t[k].head, seen + 1
    return k == noun
