"""What an article is about, as weighted terms: the evidence story clustering compares.

An article becomes a bag of terms: its content lemmas, its names (``@key``)
and its specific numbers and dates (``#key``). Three choices make the bag
work on a folder of three articles as well as on thousands, and resist junk:

- A term's weight comes from how rare it is in English (``wordfreq``'s Zipf
  frequency), not from the open folder alone, so the words the three articles
  of a story share keep their weight even when every article holds them.
- The headline and the first sentences count more: that is where news says
  what happened, and where outlets covering one event agree most.
- Each sentence has a bounded vote: a sentence with many more terms than a
  real sentence (an appended "Keywords: ..." list) has its terms' counts
  scaled down, so a bag of junk words cannot outweigh the story.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tuicompare.engine import tuning
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.values import parse_date
from tuicompare.lookalikes import latinise

__all__ = ["article_terms", "date_factor", "day_number", "term_weight", "term_weights", "zipf"]

_WORD = re.compile(r"\w+", re.UNICODE)
_DAY = re.compile(r"\d{4}(-\d\d(-\d\d)?)?|\?{4}-\d\d-\d\d")


@functools.lru_cache(maxsize=65536)
def zipf(text: str) -> float:
    """How common a word or phrase is in English (``wordfreq``'s Zipf frequency, 0 when unseen)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en")


def term_weight(term: str) -> float:
    """The weight of a term before counting: rarer in English weighs more.

    Lemmas weigh ``background_cap - zipf`` (at least ``background_floor``);
    names the same times ``name_weight``; numbers and dates ``number_weight``
    (small whole numbers, which every story has, a third of it).
    """
    tune = tuning.TUNING.stories
    # Keyed by the term alone for the tuning in force (hashing the tuning on every call cost
    # more than the weight): a sweep that replaces the tuning starts a new table.
    if _WEIGHTS.tune is not tune or len(_WEIGHTS.table) > _WEIGHTS_KEPT:
        _WEIGHTS.tune, _WEIGHTS.table = tune, {}
    weight = _WEIGHTS.table.get(term)
    if weight is None:
        weight = _WEIGHTS.table[term] = _term_weight(term, tune)
    return weight


def term_weights(terms: Iterable[str]) -> list[float]:
    """``term_weight`` of each term, in order (the table is looked up in one loop, not a call per term)."""
    tune = tuning.TUNING.stories
    if _WEIGHTS.tune is not tune or len(_WEIGHTS.table) > _WEIGHTS_KEPT:
        _WEIGHTS.tune, _WEIGHTS.table = tune, {}
    table = _WEIGHTS.table
    out = []
    for term in terms:
        weight = table.get(term)
        if weight is None:
            weight = table[term] = _term_weight(term, tune)
        out.append(weight)
    return out


class _WeightTable:
    """The weights already computed, for one tuning."""

    def __init__(self) -> None:
        self.tune: tuning.StoryTuning | None = None
        self.table: dict[str, float] = {}


_WEIGHTS = _WeightTable()
#: At most this many weights are kept (a long-running watch meets ever new words).
_WEIGHTS_KEPT = 65536


def _term_weight(term: str, tune: tuning.StoryTuning) -> float:
    if term[0] == "#":
        small = term[1:].isdigit() and int(term[1:]) <= 12
        return tune.number_weight / 3 if small else tune.number_weight
    text = term[1:] if term[0] == "@" else term
    weight = max(tune.background_floor, tune.background_cap - zipf(text))
    return weight * tune.name_weight if term[0] == "@" else weight


def _sentence_terms(sentence: SentenceFeatures) -> list[str]:
    terms = list(sentence.lemmas)
    for span in sentence.spans:
        if not span.key:
            continue
        if span.kind == "name":
            terms.append("@" + latinise(span.key))  # "Кramatorsk" (a Cyrillic "К") is "Kramatorsk"
        elif span.vtype in ("number", "quantity") or (span.vtype == "date" and _DAY.fullmatch(span.key)):
            # Dates only with a month and day: a bare weekday or year is shared by unrelated stories.
            terms.append("#" + span.key)
    return terms


def _title_terms(title: str, body: Iterable[str]) -> list[str]:
    """The article's terms that its headline names (the headline has no analysis of its own).

    A lemma counts when a headline word is it or an inflection of it
    ("resigns" -> "resign"); a name when all of its words are in the headline.
    """
    words = {w.casefold() for w in _WORD.findall(title)}
    # A lemma is a headline word or that word less an ending of up to three letters.
    stems = words | {w[:k] for w in words for k in range(max(4, len(w) - 3), len(w))}
    out = []
    for term in dict.fromkeys(body):
        if term[0] == "#":
            continue
        if term[0] == "@":
            parts = term[1:].split()
            if parts and all(p in words for p in parts):
                out.append(term)
        elif term in stems:
            out.append(term)
    return out


def article_terms(features: Sequence[SentenceFeatures], *, title: str | None = None) -> Counter[str]:
    """The bag of terms of an article: term -> count, lead sentences counting more.

    Args:
        features: The article's sentence features, in order.
        title: The headline, when the loader took it out of the text.
    """
    tune = tuning.TUNING.stories
    # A plain dict while counting (a Counter calls __missing__ for every new term), a Counter at the end.
    bag: dict[str, float] = {}
    seen = 0
    for sentence in features:
        if not sentence.active:
            continue
        terms = _sentence_terms(sentence)
        if not terms:
            continue
        share = min(1.0, tune.sentence_terms / len(terms))
        if seen < tune.lead_sentences:
            share *= 1 + tune.lead_weight
        seen += 1
        for term in terms:
            bag[term] = bag.get(term, 0) + share
    if title:
        first = next((s for s in features if s.active), None)
        if first is None or " ".join(first.seq[:8]) not in " ".join(_WORD.findall(title.casefold())):
            for term in _title_terms(title, bag):
                bag[term] = bag.get(term, 0) + (1 + tune.lead_weight)
    # Each distinct count rounded once: the terms share a few counts (1, 1.5, 2, ...), and ``round``
    # to four digits costs a decimal conversion each time.
    rounded = {c: round(c, 4) for c in set(bag.values())}
    return Counter({t: rounded[c] for t, c in bag.items()})


def day_number(date: str | None) -> int | None:
    """A publication date as a day number, or ``None`` when it is missing or not a full date."""
    if not date:
        return None
    try:
        return datetime.date.fromisoformat(date.strip()[:10]).toordinal()
    except ValueError:
        pass
    parsed = parse_date(date)
    if parsed and re.fullmatch(r"\d{4}-\d\d-\d\d", parsed):
        try:
            return datetime.date.fromisoformat(parsed).toordinal()
        except ValueError:
            return None
    return None


def date_factor(a: int | None, b: int | None) -> float:
    """How much two publication dates allow two articles to be one story (1 when unknown or close)."""
    if a is None or b is None:
        return 1.0
    tune = tuning.TUNING.stories
    gap = abs(a - b) - tune.date_window_days
    return 1.0 if gap <= 0 else math.exp(-gap / tune.date_scale_days)
