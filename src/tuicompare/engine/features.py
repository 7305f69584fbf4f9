"""Per-sentence features, computed once per sentence and shared by every stage.

A sentence becomes a token sequence in which every entity, number, date and
military unit is replaced by a placeholder of its kind ("captured <ENT>"), so
sentences that report the same thing with different values still look alike.
The replaced spans are kept as ``Span`` objects: they are the slots that
entity resolution and conflict detection work on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tuicompare.engine import context
from tuicompare.engine.dates import resolve
from tuicompare.engine.furniture import Furniture, furniture, furniture_of
from tuicompare.engine.spans import Span, collect_spans, name_key
from tuicompare.lookalikes import latinise
from tuicompare.models import Analysis, Sentence

__all__ = [
    "PLACEHOLDER",
    "STAMP_LINES",
    "SentenceFeatures",
    "Span",
    "article_features",
    "name_key",
    "sentence_features",
]

#: A sentence's verbs as ``SentenceFeatures.predicates`` gives them.
Predicates = tuple[tuple[str, int, int, bool, str, tuple[str, ...]], ...]

PLACEHOLDER = {"name": "<ENT>", "number": "<NUM>", "date": "<DATE>", "unit": "<UNIT>"}

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
_STOP_LEMMAS = frozenset(
    {
        "be",
        "have",
        "do",
        "say",
        "also",
        "not",
        "more",
        "most",
        "other",
        "such",
        "only",
        "even",
        "very",
        "well",
        "just",
        "now",
        "then",
        "there",
        "here",
        "however",
        "yet",
        "still",
        "make",
        "take",
        "which",
        "while",
        "both",
        "many",
        "much",
        "some",
        "any",
        "each",
        "every",
        "own",
        "same",
        "this",
        "that",
    }
)
_WORD = re.compile(r"\w", re.UNICODE)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor", "without"})


# Not ``frozen`` (made once per sentence, never changed): a frozen dataclass sets each of its fields through
# ``object.__setattr__``, five times the cost of a plain slot.
@dataclass(slots=True)
class SentenceFeatures:
    """Everything the engine needs about one sentence.

    Attributes:
        id: Sentence id.
        article: Article id.
        index: Sentence index in the article.
        position: Relative position in the article, 0 (first) to 1 (last).
        active: False for empty or punctuation-only sentences, which never align.
        seq: Lower-cased words with slots replaced by placeholders.
        slot_at: For each span, the index of its placeholder in ``seq``.
        spans: The slots, in reading order.
        lemmas: Content lemmas (no stop words, no entity words).
        negated: True when the sentence carries a negation word.
        furniture: The sentence is news furniture (a byline, timestamp, credit or
            related link): it is inactive, has no slots and states no claim.
        furniture_ranges: Character ranges (article offsets) of furniture in the
            sentence (the whole sentence when ``furniture``; a dateline or a photo
            credit inside a sentence otherwise); they hold no slot.
        furniture_kind: The kind of a furniture sentence (``furniture.Furniture.kind``:
            ``timestamp``, ``byline``...), "" otherwise.
        parse: The analysed sentence, whose verbs ``predicates`` reads; None: no predicates.
    """

    id: str
    article: str
    index: int
    position: float
    active: bool
    seq: tuple[str, ...]
    slot_at: tuple[int, ...]
    spans: tuple[Span, ...]
    lemmas: tuple[str, ...]
    negated: bool
    furniture: bool = False
    furniture_ranges: tuple[tuple[int, int], ...] = ()
    furniture_kind: str = ""
    parse: Sentence | None = field(default=None, repr=False, compare=False)
    _predicates: Predicates | None = field(default=None, init=False, repr=False, compare=False)
    _readings: dict[object, object] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def predicates(self) -> Predicates:
        """``(verb lemma, start, end, negated, text, subject words)`` for each verb; a negated verb's span
        covers its negation ("did not confirm").

        Read on first use: only the negation check of two strongly linked sentences asks (a fifth of the
        seeds' sentences), and reading every sentence's verbs and subjects cost a fifth of its features.
        """
        if self._predicates is None:
            self._predicates = context.predicates(self.parse) if self.parse is not None else ()
        return self._predicates

    @property
    def readings(self) -> dict[object, object]:
        """A store of what the stages read off this sentence's parse for its slots, each reading made once.

        A sentence is in a link with each of its counterparts, and the conflict rules read the same
        things of it for every link (``outcomes.ActClasses``, ``eventclauses.EventClauses``): they keep
        them here, under keys of their own, instead of reading the parse again for each link. Only pure
        functions of the sentence (and of a slot of it) are kept here.
        """
        if self._readings is None:
            self._readings = {}
        return self._readings

    @property
    def masked(self) -> str:
        """The masked sequence as one string, for rapidfuzz scorers."""
        return " ".join(self.seq)


#: A publication date is looked for in this many furniture lines at the top of an article.
STAMP_LINES = 6


def article_features(analysis: Analysis, published: date | None = None) -> list[SentenceFeatures]:
    """Compute the features of every sentence of an analysed article.

    Args:
        analysis: The analysed article.
        published: Its publication date (``published.publication_date`` of ``Article.date``);
            without it, a timestamp line at the top of the article ("Published April
            11, 2007") dates it. Relative dates ("Friday", "last September") are
            resolved against it.
    """
    count = len(analysis.sentences)
    found = furniture_of(analysis.sentences)
    if published is None:
        published = _stamped_date(analysis.sentences[:STAMP_LINES], found)
    return [
        sentence_features(s, s.index / max(count - 1, 1), published, f)
        for s, f in zip(analysis.sentences, found, strict=True)
    ]


def _stamped_date(sentences: tuple[Sentence, ...], found: list[Furniture]) -> date | None:
    """The first full date of a timestamp line at the top of an article."""
    for sentence, f in zip(sentences, found, strict=False):
        if f.kind == "timestamp" and f.whole:
            value = resolve(sentence.text)
            if value is not None and value.year and value.month and value.day:
                try:
                    return date(value.year, value.month, value.day)
                except ValueError:
                    return None
    return None


def sentence_features(
    sentence: Sentence, position: float, published: date | None = None, found: Furniture | None = None
) -> SentenceFeatures:
    """Compute the features of one sentence (see ``SentenceFeatures``).

    Args:
        sentence: The analysed sentence.
        position: Its relative position in the article.
        published: The article's publication date, for relative dates.
        found: Its news furniture, when already found (``furniture.furniture``).
    """
    found = furniture(sentence) if found is None else found
    if found.whole:
        return _furniture_features(sentence, position, found)
    tokens = sentence.tokens
    spans = collect_spans(sentence, published, found.ranges)
    # Per token, the span holding it (a list: read by index for every token of the corpus).
    owner: list[int | None] = [None] * len(tokens)
    for n, (first, last, _span) in enumerate(spans):
        owner[first : last + 1] = [n] * (last + 1 - first)
    seq: list[str] = []
    slot_at = [0] * len(spans)
    lemmas: list[str] = []
    negated = False
    text, base, ranges = sentence.text, sentence.start, found.ranges
    # Most sentences are plain ASCII: then no word needs ``latinise``, and that is read once; their words are cut
    # from the text lower-cased once (ASCII case maps letter by letter, and case changes neither ``isalnum`` nor
    # ``\w``), not lower-cased one call a word.
    plain = text.isascii()
    lowered = text.lower() if plain else text
    any_word = False
    # Bound once: this loop runs for every token of the corpus.
    add, add_lemma, word_char = seq.append, lemmas.append, _WORD.search
    for i, tok in enumerate(tokens):
        # A word in furniture or a slot is read only while the sentence has shown no word yet.
        if ranges and any(a <= tok.start and tok.end <= b for a, b in ranges):
            any_word = any_word or _has_word(text[tok.start - base : tok.end - base])
            continue  # a dateline or credit is not part of what the sentence says
        held = owner[i]
        if held is not None:
            any_word = any_word or _has_word(text[tok.start - base : tok.end - base])
            if spans[held][0] == i:
                slot_at[held] = len(seq)
                seq.append(PLACEHOLDER[spans[held][2].kind])
            continue
        word = lowered[tok.start - base : tok.end - base]
        # isalnum: the common case of \w, without the regex; one character is \w when alphanumeric or "_".
        if not (word.isalnum() or (word_char(word) if len(word) > 1 else word == "_")):
            continue
        any_word = True
        # "Putіn" with a Cyrillic "і" aligns with "Putin".
        low = word if plain else (word if word.isascii() else latinise(word)).lower()
        if tok.dep == "neg":
            negated = True
        add(low)
        if tok.pos in _CONTENT_POS:
            lemma = tok.lemma.lower()
            if lemma not in _STOP_LEMMAS and len(lemma) > 2 and lemma.isalpha():
                add_lemma(lemma)
    # A negation word among the words (no placeholder is one), tested in C once, not once a word.
    negated = negated or not _NEGATIONS.isdisjoint(seq)
    active = any_word if tokens else bool(_WORD.search(text))
    return SentenceFeatures(
        id=sentence.id,
        article=sentence.article,
        index=sentence.index,
        position=position,
        active=active and bool(seq),
        seq=tuple(seq),
        slot_at=tuple(slot_at),
        spans=tuple([s for _f, _l, s in spans]),  # a list comprehension: a generator resumes once per slot
        lemmas=tuple(lemmas),
        negated=negated,
        parse=sentence,
        furniture_ranges=found.ranges,
    )


def _has_word(word: str) -> bool:
    """True when ``word`` holds a word character (isalnum is the common case of \\w, without the regex)."""
    return word.isalnum() or _WORD.search(word) is not None


def _furniture_features(sentence: Sentence, position: float, found: Furniture) -> SentenceFeatures:
    """A furniture sentence: shown, but inactive, with no slots, lemmas or predicates."""
    return SentenceFeatures(
        id=sentence.id,
        article=sentence.article,
        index=sentence.index,
        position=position,
        active=False,
        seq=(),
        slot_at=(),
        spans=(),
        lemmas=(),
        negated=False,
        furniture=True,
        furniture_ranges=found.ranges,
        furniture_kind=found.kind,
    )
