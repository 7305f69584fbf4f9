"""When is a difference red? Evidence read from a comparison, for ``benchmarks/red_decision.py``.

Research tooling (the engine does not use it). Each difference the engine reports with its tier
cuts at 0 gets a few measures a rule could demote a red conflict on: how many articles state each
value (a planted change leaves the two untouched outlets agreeing), how much of the two sentences
is shared besides the values, whether the values play one role in the parse (same dependency
label under the same head word), and the link or row closeness. ``Family`` is a one-parameter
rule (a red conflict stays red when its measure reaches the parameter); the benchmark chooses the
parameter on all groups but one and scores the group left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tuicompare.models import Comparison, Conflict, Mention, Sentence, Token

#: Parts of speech whose lemmas count as a sentence's content (shared wording besides the values).
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})


@dataclass(frozen=True, slots=True)
class Measures:
    """What a rule may read of one reported difference."""

    confidence: float
    closeness: float
    agree: int  # the most articles stating one value (2 or more: some third article agrees with a side)
    articles: int  # articles stating any of the values
    shared: float  # Jaccard overlap of the two sentences' content lemmas outside the values (best pair)
    same_role: bool  # some pair of mentions heads its span with one dependency label under one head lemma
    same_head: bool  # ... under one head lemma, whatever the label
    same_verb: bool  # some pair of mentions has one nearest governing verb lemma ("killed" and "killed")
    source: str  # row, link or attribute (``calibration.source``)
    values: int  # distinct values
    nested: bool  # one value's text holds another's (a short and a full name)


def sentences_of(comparison: Comparison) -> dict[str, Sentence]:
    """Every analysed sentence of the comparison, by id."""
    return {s.id: s for a in comparison.analyses for s in a.sentences}


def _inside(token: Token, spans: Iterable[Mention]) -> bool:
    return any(m.start < token.end and token.start < m.end for m in spans)


def _content(sentence: Sentence, values: Sequence[Mention]) -> set[str]:
    return {
        t.lemma.lower() for t in sentence.tokens if t.pos in CONTENT and not _inside(t, values) and len(t.lemma) > 1
    }


def _head(sentence: Sentence, mention: Mention) -> tuple[str, str] | None:
    """The dependency label and head lemma of the mention's root token (its head outside the span)."""
    toks = sentence.tokens
    inside = [n for n, t in enumerate(toks) if mention.start < t.end and t.start < mention.end]
    for n in inside:
        h = toks[n].head
        if h not in inside or h == n:
            head = toks[h].lemma.lower() if 0 <= h < len(toks) and h != n else ""
            return toks[n].dep, head
    return None


def _verb(sentence: Sentence, mention: Mention) -> str:
    """The lemma of the nearest verb governing the mention (its own root's ancestors), or ''."""
    toks = sentence.tokens
    inside = [n for n, t in enumerate(toks) if mention.start < t.end and t.start < mention.end]
    n = next((k for k in inside if toks[k].head not in inside or toks[k].head == k), None)
    seen = set()
    while n is not None and n not in seen and 0 <= n < len(toks):
        seen.add(n)
        if toks[n].pos in ("VERB", "AUX") and n not in inside:
            return toks[n].lemma.lower()
        n = toks[n].head if toks[n].head != n else None
    return ""


def measures(
    conflict: Conflict, comparison: Comparison, where: str, closeness: float, sents: dict[str, Sentence]
) -> Measures:
    """The measures of one reported difference (its first two values: the most supported first)."""
    vals = conflict.values
    agree = max((len(set(v.articles)) for v in vals), default=0)
    arts = len({a for v in vals for a in v.articles})
    shared, same_role, same_head, same_verb = 0.0, False, False, False
    if len(vals) >= 2:
        spans = [m for v in vals for m in v.mentions]
        for ma in vals[0].mentions:
            for mb in vals[1].mentions:
                if ma.article == mb.article or ma.sentence not in sents or mb.sentence not in sents:
                    continue
                sa, sb = sents[ma.sentence], sents[mb.sentence]
                ca, cb = _content(sa, spans), _content(sb, spans)
                if ca or cb:
                    shared = max(shared, len(ca & cb) / len(ca | cb))
                va, vb = _verb(sa, ma), _verb(sb, mb)
                same_verb = same_verb or bool(va and va == vb)
                ha, hb = _head(sa, ma), _head(sb, mb)
                if ha and hb and ha[1] and ha[1] == hb[1]:
                    same_head = True
                    same_role = same_role or ha[0] == hb[0]
    texts = {v.text.casefold().strip() for v in vals}
    nested = any(a != b and a in b for a in texts for b in texts)
    return Measures(
        conflict.confidence,
        closeness,
        agree,
        arts,
        round(shared, 4),
        same_role,
        same_head,
        same_verb,
        where,
        len(texts),
        nested,
    )


@dataclass(frozen=True)
class Family:
    """A one-parameter rule: a red conflict stays red when ``keep(measures, type, parameter)``."""

    name: str
    grid: tuple[float, ...]
    keep: Callable[[Measures, str, float], bool]


def _grid(lo: float, hi: float, step: float) -> tuple[float, ...]:
    n = round((hi - lo) / step)
    return tuple(round(lo + step * k, 4) for k in range(n + 1))


CUTS = _grid(0.3, 1.0, 0.01)
SHARE = _grid(0.0, 0.6, 0.05)

#: The rule families tried (each with its parameter grid; the first grid value keeps every red).
FAMILIES: tuple[Family, ...] = (
    Family("confidence", CUTS, lambda m, t, p: m.confidence >= p),
    Family("closeness", _grid(0.0, 0.9, 0.05), lambda m, t, p: m.closeness >= p),
    Family("shared", SHARE, lambda m, t, p: m.shared >= p),
    Family("agree-or-confidence", CUTS, lambda m, t, p: m.agree >= 2 or m.confidence >= p),
    Family("agree-or-shared", SHARE, lambda m, t, p: m.agree >= 2 or m.shared >= p),
    Family("role-or-confidence", CUTS, lambda m, t, p: m.same_role or m.confidence >= p),
    Family("verb-or-confidence", CUTS, lambda m, t, p: m.same_verb or m.confidence >= p),
    Family("verb-or-shared", SHARE, lambda m, t, p: m.same_verb or m.shared >= p),
    Family("head-or-confidence", CUTS, lambda m, t, p: m.same_head or m.confidence >= p),
    Family("role-or-shared", SHARE, lambda m, t, p: m.same_role or m.shared >= p),
    Family("agree-and-shared", SHARE, lambda m, t, p: m.agree >= 2 and m.shared >= p),
    Family("shared-or-confidence", CUTS, lambda m, t, p: m.shared >= 0.2 or m.confidence >= p),
    Family("few-values-or-confidence", CUTS, lambda m, t, p: m.values <= 3 or m.confidence >= p),
    Family("not-nested-or-confidence", CUTS, lambda m, t, p: not m.nested or m.confidence >= p),
    Family("row-or-confidence", CUTS, lambda m, t, p: m.source == "row" or m.confidence >= p),
    Family("link-or-confidence", CUTS, lambda m, t, p: m.source == "link" or m.confidence >= p),
)
