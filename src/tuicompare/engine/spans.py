"""Slots of a sentence: the named entities, numbers, dates and unit designations.

``collect_spans`` finds them (spaCy's entities, proper nouns the recogniser
missed, and military unit phrases), trims them to the words that name the
value, and attaches the context later stages need (roles, cues, the unit a
number counts: ``figures`` reads the numbers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import chain

from tuicompare.engine import context, headlines
from tuicompare.engine.amounts import DIFFERENCE, difference
from tuicompare.engine.clocktimes import clock_key, clock_spans
from tuicompare.engine.figurecounts import counted_initials
from tuicompare.engine.figures import NUMERIC, clock_cut, joined_thousands, number_slot, through, told_as_record
from tuicompare.engine.heights import height_spans
from tuicompare.engine.magnitudes import listed_magnitudes
from tuicompare.engine.monthdays import month_days
from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.numberranges import YEAR, range_spans
from tuicompare.engine.phones import phone_numbers
from tuicompare.engine.roundsfought import ROUNDS_FOUGHT, last_round
from tuicompare.engine.sharedages import shared_ages
from tuicompare.engine.slot import Span, name_key
from tuicompare.engine.values import value_key
from tuicompare.models import EntitySpan, Sentence, Token

__all__ = ["NAMED", "NUMERIC", "TEMPORAL", "UNIT_NOUNS", "Span", "collect_spans", "name_key"]

NAMED = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
TEMPORAL = frozenset({"DATE", "TIME"})
#: Head nouns that make "177th ..." a military (or other) unit designation.
UNIT_NOUNS = frozenset(
    {
        "division",
        "regiment",
        "brigade",
        "battalion",
        "company",
        "corps",
        "army",
        "fleet",
        "platoon",
        "squadron",
        "flotilla",
        "detachment",
        "squad",
        "battery",
        "wing",
        "group",
        "district",
        "unit",
    }
)
#: A span with no letter or digit names nothing (a stray dash or quote the recogniser tagged).
_WORD = re.compile(r"\w", re.UNICODE)
#: A digit, which heights, telephone numbers, dates after a month, shared ages and clocks all hold.
_DIGIT = re.compile(r"\d")


def _token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    inside = context.tokens_within(tokens, start, end)
    return (inside[0], inside[-1]) if inside else None


def collect_spans(
    sentence: Sentence, published: date | None = None, skip: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, Span]]:
    """Spans as (first token, last token, Span), non-overlapping, in order.

    Args:
        sentence: The analysed sentence.
        published: The article's publication date, to resolve relative dates.
        skip: Character ranges (article offsets) of news furniture: no slot there.
    """
    tokens = sentence.tokens
    taken: set[int] = (
        {i for i, t in enumerate(tokens) if any(a <= t.start and t.end <= b for a, b in skip)} if skip else set()
    )
    # Most sentences hold no digit (99 of the seeds' 111): the readers that need one are not asked there.
    digits = _DIGIT.search(sentence.text) is not None
    for lo, hi in phone_numbers(sentence) if digits else ():
        taken.update(context.tokens_within(tokens, lo, hi))  # "call 0845 125 2222": a number to dial, no value
    out: list[tuple[int, int, Span]] = []
    # Then "$140-150 million": a range the recogniser cut in parts is one slot, read before its parts are.
    told = (
        (height_spans(sentence), month_days(sentence, published), shared_ages(sentence), clock_spans(sentence))
        if digits
        else ()
    )
    # An ordinal's unit ("177th division") and a range ("300-400") need a digit as well: their hints (a scan of the
    # sentence each) are not searched where none is.
    read_first = (_unit_spans(sentence), *told, range_spans(sentence)) if digits else ()
    for first, last, span in chain(*read_first):
        if taken.isdisjoint(range(first, last + 1)):  # no set built: asked of every slot
            out.append((first, last, span))
            taken.update(range(first, last + 1))
    # A spaced number ("1, 000") is digits too: without one, the entities are ``joined_thousands``' own answer.
    for ent in clock_cut(sentence, joined_thousands(sentence) if digits else list(sentence.entities)):
        rng = _token_range(tokens, ent.start, ent.end)
        if rng is None:
            continue
        first, last = rng
        if not taken.isdisjoint(range(first, last + 1)):
            # An entity overlapping a unit designation ("the 177th Caspian Fleet Regiment")
            # keeps only the words outside it, when they form a name of their own.
            continue
        if ent.label in NAMED and _counted_initials(sentence, first, last):
            taken.add(first)  # "47 KO's": the plural of what the figure counts, no name (read with the figure)
            continue
        found = _entity_span(sentence, ent, first, last, published)
        if (
            found is not None
            and found.key
            and found.vtype in ("number", "duration")
            and difference(sentence, first, last)
        ):
            # "five rounds sooner", "adding three years": by how much, never another value of a total.
            found = replace(found, key=DIFFERENCE + found.key)
        if found is not None:
            last = through(tokens, last, found.end)  # a pair's slot ("12 - 3") runs past its tagged "12"
            out.append((first, last, found))
            taken.update(range(first, last + 1))
    for i, tok in enumerate(tokens):
        if tok.pos == "NUM" and i not in taken:
            text = sentence.word(tok)
            found = number_slot(sentence, tok.start, tok.end, text, "CARDINAL", i, i)
            last = through(tokens, i, found.end)
            out.append((i, last, found))
            taken.update(range(i, last + 1))
    out.extend(_missed_names(sentence, taken))
    out.sort(key=lambda item: item[0])
    # "magnitude 2.9 and 2.2": the second is a magnitude too (a decimal figure, so only where a digit is)
    return listed_magnitudes(out) if digits else out


def _counted_initials(sentence: Sentence, first: int, last: int) -> bool:
    """True for a one-word name that is an abbreviation's plural a figure before it counts ("47 KO's")."""
    tokens = sentence.tokens
    before = first - 1
    return (
        first == last
        and before >= 0
        and tokens[before].pos == "NUM"
        and tokens[before].head == first
        and bool(counted_initials(sentence, first))
    )


def _missed_names(sentence: Sentence, taken: set[int]) -> list[tuple[int, int, Span]]:
    """Runs of proper nouns the entity recogniser missed ("Residents of Penza").

    A run that modifies a recognised entity (a title such as "Colonel") or
    starts the sentence with a capital only is left out.
    """
    tokens = sentence.tokens
    out: list[tuple[int, int, Span]] = []
    # List comprehensions, not any() over a generator: this is asked of every sentence.
    free = [i for i, t in enumerate(tokens) if t.pos == "PROPN" and i not in taken]
    if not free:
        return out  # every proper noun is in a slot already: nothing was missed
    whole, base = sentence.text, sentence.start
    # The first letter of each word is all the Title Case test reads (a token is never empty).
    alpha = [c for t in tokens if (c := whole[t.start - base : t.start - base + 1]).isalpha()]
    if alpha and sum(map(str.isupper, alpha)) > 0.6 * len(alpha):
        return out  # a headline in Title Case: capitals say nothing
    after = 0  # the first token after the last run read
    for i in free:
        if i < after:
            continue  # inside that run
        j = i
        while j + 1 < len(tokens) and j + 1 not in taken and tokens[j + 1].pos == "PROPN":
            j += 1
        heads = {tokens[k].head for k in range(i, j + 1)} - set(range(i, j + 1))
        text = sentence.between(tokens[i].start, tokens[j].end)
        cue = context.cue(sentence, i, j)
        # A lone capitalised first word ("Kindergartens in ...") counts only if its context says name ("Osei said");
        # so does one opening a headline's clause after a colon or a dash ("Harbour murder: Man charged").
        sentence_start = i == j and (i == 0 or _opens_clause(sentence, tokens[i].start)) and not cue
        if not (heads & taken) and not sentence_start and text[:1].isupper() and text.isascii() and len(text) > 2:
            role, role_span = context.role(sentence, i, j)
            span = Span(
                sentence.id,
                tokens[i].start,
                tokens[j].end,
                text,
                "PROPN",
                "name",
                name_key(text) or None,
                "name",
                role,
                role_span,
                cue,
            )
            out.append((i, j, span))
        after = j + 1
    return out


#: What ends the part of a sentence before a new clause whose first word is capitalised whatever it is.
_CLAUSE_BREAK = re.compile(r"(?::|\s[-\u2013\u2014]|\u2013|\u2014)[\s\"'\u201c\u2018]*$")
#: One of these is in every match of ``_CLAUSE_BREAK``.
_BREAK_MARKS = (":", "-", "\u2013", "\u2014")


def _opens_clause(sentence: Sentence, start: int) -> bool:
    """True when the word at ``start`` opens a clause after a colon or a dash ("Harbour murder: Man charged")."""
    before = sentence.text[: start - sentence.start]
    # The pattern ends the text, so it is tried from every character: first a test that its colon or dash is there.
    return any(mark in before for mark in _BREAK_MARKS) and _CLAUSE_BREAK.search(before) is not None


_NON_SPACE = re.compile(r"\S+")
_SPACE = re.compile(r"\s")


def _trim_name(start: int, text: str) -> tuple[int, str]:
    """Cut what the recogniser glued to a name: "food to Marinka", "Chisinau on", "Penza, Piotr Tarasov"."""
    if _SPACE.search(text) is None:
        return start, text  # one word (or none): nothing glued to it
    if ", " in text:
        cut = text.rindex(", ") + 2
        start, text = start + cut, text[cut:]
    words = list(_NON_SPACE.finditer(text))
    capital = [m for m in words if m.group()[0].isupper() or m.group()[0].isdigit()]
    if not capital:
        return start, text
    first, last = capital[0].start(), capital[-1].end()
    return start + first, text[first:last]


def _entity_span(
    sentence: Sentence, ent: EntitySpan, first: int, last: int, published: date | None = None
) -> Span | None:
    """The slot of a recognised entity: a name (with its role and cue) or a value."""
    text, start = ent.text, ent.start
    if _THE.match(text):
        start += 4
        text = text[4:]
    if "'" in text or "\u2019" in text:  # the only way the pattern can match
        text = _POSSESSIVE_TAIL.sub("", text)
    if not _WORD.search(text):
        return None
    end = start + len(text)
    label = ent.label
    if label in NAMED and _FIGURE.fullmatch(text):
        label = "CARDINAL"  # "the 288 candidates" tagged a place: a bare figure names nothing, it counts
    if label in NAMED:
        if ent.label == "PERSON" and (owner := _POSSESSIVE_INSIDE.search(text)):
            text = text[: owner.start()]  # "Jo Poe's Congressional testimony": what follows is hers, not her name
        start, text = _trim_name(start, headlines.verb_cut(sentence, ent.label, first, last, start, text))
        end = start + len(text)
        role, role_span = context.role(sentence, first, last)
        if ent.label == "PERSON" and not role:
            role, role_span = _inner_title(start, text)
        cue = context.cue(sentence, first, last)
        return Span(
            sentence.id, start, end, text, ent.label, "name", name_key(text) or None, "name", role, role_span, cue
        )
    if label in TEMPORAL and _AGES_LISTED.fullmatch(text):
        # "ages 16 and 6" tagged DATE: each figure is one person's age, read as such by ``number_slot`` (no date).
        return None
    aged = _AGE_LEAD.fullmatch(text) if label in TEMPORAL else None
    if aged:
        # "Jo Roe, age 61, was charged" tagged DATE: a person's age, the count of years "Jo Roe, 61," states.
        start += aged.start(2)
        text, end, label = aged.group(2), start + len(aged.group(2)), "CARDINAL"
        first = next(iter(context.tokens_within(sentence.tokens, start, end)), first)
    bare = _BARE_COUNT.fullmatch(text) if label in TEMPORAL else None
    if bare and not YEAR.fullmatch(bare.group(1)):
        label = "CARDINAL"  # "13021" (or "16 and" of "aged 16 and 13") tagged DATE is a count, not a year
        text, end = bare.group(1), start + len(bare.group(1))
    if label == "DATE" and _DECIMAL.fullmatch(text):
        label = "CARDINAL"  # "put the magnitude at 5. 9" tagged DATE: a decimal figure, never a day
    score = _SCORE.fullmatch(text) if label in TEMPORAL else None
    if score and (
        int(score.group(1)) > int(score.group(2))
        or told_as_record(sentence.text[: start - sentence.start], sentence.text[end - sentence.start :])
    ):
        # "65 - 53" tagged DATE is a score (larger first, no year): a pair of numbers; so is "the Bulldogs
        # (15 - 17)", a record told as one whatever its order.
        label = "CARDINAL"
    if label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
        # "201 tonnes" (QUANTITY) and "204" (CARDINAL) before "tonnes" are both numbers of tonnes.
        return number_slot(sentence, start, end, text, label, first, last)
    key = value_key(label, ent.text, published)
    if label == "ORDINAL" and key and last_round(sentence, first, last):
        # "stopped in the 11th round": the contest lasted 11 rounds, a count "went 11 rounds" states too.
        return Span(sentence.id, start, end, text, label, "number", key[1], "number", unit=ROUNDS_FOUGHT)
    if label == "DATE" and _decade(sentence, start, end):
        key = None  # "the 1930's": ten years, no one year to set against another outlet's "1931"
    if label == "TIME" and key is None and (clock := clock_key(text)):
        key = ("time", clock)  # "7:42", "3 am": a time of day, compared as one
    kind = "date" if label in TEMPORAL else "number"
    vtype = key[0] if key else ("time" if label == "TIME" else "date" if kind == "date" else "number")
    loose = None
    if kind == "date" and key:
        before = sentence.text[: start - sentence.start]
        loose = _DATE_HEDGE_BEFORE.search(before[-15:]) or _DATE_HEDGE_LEAD.match(text)
    return Span(sentence.id, start, end, text, label, kind, key[1] if key else None, vtype, approximate=bool(loose))


def _inner_title(start: int, text: str) -> tuple[tuple[str, ...], tuple[int, int, str] | None]:
    """An office title the recogniser put inside a person's name ("Representative Jo Poe"), as a role.

    The name keeps its text (``names.referent_key`` drops the title when
    comparing); the title says what the person does, as one before the name would.
    """
    words = text.split()
    if len(words) < 3:
        return (), None
    word = words[0].rstrip(".").lower()
    if word not in TITLES or word in HONORIFICS:
        return (), None
    return (word,), (start, start + len(words[0]), words[0])


_THE = re.compile(r"(?i)the\s")
#: A decimal figure with one digit after the point ("5.9", "5. 9" as a detokenising feed spaces it);
#: a time has two ("5.30").
_DECIMAL = re.compile(r"\d{1,3}\.\s?\d")
_POSSESSIVE_TAIL = re.compile(r"['\u2019]s?$")
#: A possessive with words after it inside a recognised person's name.
_POSSESSIVE_INSIDE = re.compile(r"['\u2019]s\s")
#: "around March 5", "early 2012", "mid-March", "late last year": a date given loosely.
_DATE_HEDGE = r"(?i)\b(?:about|around|roughly|approximately|circa|early|mid|late)"
_DATE_HEDGE_BEFORE = re.compile(_DATE_HEDGE + r"[\s-]*$")
_DATE_HEDGE_LEAD = re.compile(_DATE_HEDGE + r"[\s-]")
#: A figure and nothing else ("288", "1,250"): no name is written in digits alone.
_FIGURE = re.compile(r"\d[\d,]*")
_BARE_COUNT = re.compile(r"([\d,.]+)(?:\s+and|,)?")
#: "age 61", "aged 61" tagged a date: the word of age and the figure.
#: "age 61", "aged 61", "ages 22", "age of 59" (of "at the age of 59") tagged DATE: an age, never a day.
_AGE_LEAD = re.compile(r"(?i)((?:ages?\s+of|aged?|ages)\s+)(\d{1,3})")
#: "ages 16 and 6", "aged 9, 12 and 15", "ages of 3 and 5": several people's ages tagged DATE as one.
_AGES_LISTED = re.compile(r"(?i)(?:ages?\s+of|aged?|ages)\s+\d{1,3}(?:\s*(?:,\s*and|,|and)\s+\d{1,3})+")
#: A year of a decade ("1930") written as the decade: "the 1930's", "the mid-1960s", "the early 1990 's".
_DECADE_BEFORE = re.compile(r"(?i)\bthe\s+(?:(?:early|mid|late)\s*-?\s*)?$")
_DECADE_AFTER = re.compile(r"\s*['\u2019]?\s*s\b")


def _decade(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the date at ``start..end`` is a decade: a year ending in 0 after "the", with an "s" ("the 1930's")."""
    text = sentence.between(start, end)
    year = re.search(r"(1[89]\d0|20\d0)\s*(['\u2019]?\s*s)?$", text)
    if year is None:
        return False
    before = sentence.text[: start - sentence.start + year.start()]
    after = sentence.text[end - sentence.start :]
    return _DECADE_BEFORE.search(before) is not None and (bool(year.group(2)) or _DECADE_AFTER.match(after) is not None)


#: Two figures of at most three digits joined by a dash: a score or tally when the larger comes first.
_SCORE = re.compile(r"(\d{1,3})\s?[-–—]\s?(\d{1,3})")


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
#: What every word ``_ORDINAL`` matches (lower-cased) holds: most sentences with a digit hold none.
_ORDINAL_HINT = re.compile(r"(?i)\d(?:st|nd|rd|th)")


def _unit_spans(sentence: Sentence) -> list[tuple[int, int, Span]]:
    """Unit designations: an ordinal or number whose head noun is a unit ("177th division")."""
    tokens = sentence.tokens
    out: list[tuple[int, int, Span]] = []
    whole, base = sentence.text, sentence.start
    if _ORDINAL_HINT.search(whole) is None:
        return out  # no ordinal without a digit and its ending (matched ignoring case, as the test below is)
    for i, tok in enumerate(tokens):
        # Most tokens do not start with a digit: skip them before slicing and the regular expression.
        if tok.end <= tok.start or not whole[tok.start - base : tok.start - base + 1].isdigit():
            continue
        text = whole[tok.start - base : tok.end - base]
        if not _ORDINAL.fullmatch(text.lower()):
            continue
        head, hops = tok.head, 0
        while 0 <= head < len(tokens) and hops < 4:
            lemma = tokens[head].lemma.lower()
            if lemma in UNIT_NOUNS and head > i:
                end = tokens[head].end
                surface = sentence.text[tok.start - sentence.start : end - sentence.start]
                out.append(
                    (
                        i,
                        head,
                        Span(sentence.id, tok.start, end, surface, "UNIT", "unit", f"{text.lower()} {lemma}", "unit"),
                    )
                )
                break
            if tokens[head].dep not in ("compound", "amod", "nmod") or tokens[head].head == head:
                break
            head, hops = tokens[head].head, hops + 1
    return out
