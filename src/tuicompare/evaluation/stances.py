"""Score the stances a story's claims give its articles (✓ supports, ✗ contradicts) against the conflict gold.

A claim is a group's most supported sentence (``engine.claims.claim_text``): its
*own sentence*. For each article other than the own sentence's whose stance is
``supports`` or ``contradicts``, the article's sentences for the claim are its
sentences in the claim's group. The gold can judge the stance when:

* one of those sentences is a copy of the own sentence (``COPY_MIN``) holding no
  mention the gold says disagrees with it: the gold lists one mention of a fact per
  article, and a copy states what the own sentence states, so ✓ is true and ✗ false;
* else the own sentence and one of those sentences hold mentions of one gold fact:
  ``same``/``form``/``compatible`` makes ✓ true and ✗ false, ``disagree`` makes ✗ true
  and ✓ false (a contradiction called support) when the two give the fact two
  values (two outlets giving a disputed fact one value agree on it);
* else they are a gold different-fact pair: ✓ and ✗ are both false (two facts, no stance);
* else the article's sentences state none of the gold facts the own sentence
  states, while the gold lists one of those facts with a mention elsewhere in
  the article: ✓ and ✗ are false (a stance from the wrong sentence), unless one
  of those sentences writes a value of such a fact (it may state the fact again:
  the gold cannot tell).

Anything else is left unjudged. Support recall: of the gold's same-fact sentence
pairs (``same``/``form``/``compatible`` facts, two articles), those where the claim
on one sentence's row marks the other sentence's article ✓ (what a reader sees
as corroboration; a pair the alignment missed and no claim joins counts as missed).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tuicompare.engine.claims import trim
from tuicompare.evaluation.realgold import SentenceIndex, StoryGold
from tuicompare.evaluation.tally import add_fields
from tuicompare.models import Claim, Comparison
from tuicompare.models.articles import article_of

#: Gold statuses under which two mentions state one fact alike (support is the right stance).
AGREE = ("same", "form", "compatible")
#: Two sentences at least this alike (rapidfuzz ratio, 0-100) are one sentence copied: a reworded
#: attribution ("said Gov. Perry" / "Perry said in a statement") scores 93, two sentences sharing a figure 47.
COPY_MIN = 90.0
#: The stances the score judges, by the sign the app and reports show.
JUDGED = {"supports": "✓", "contradicts": "✗"}


@dataclass(slots=True)
class StanceScore:
    """Stance figures on real stories; add scores together with ``+=``.

    Attributes:
        stances: ✓ and ✗ stances given (the claim's own article left out), by stance.
        judged: ... of which the gold could judge, by stance.
        right: ... of which the gold says are right, by stance.
        causes: The wrong ones by ``STANCE:cause`` (``disagree``, ``different pair``, ``wrong sentence``).
        pairs: Distinct sentence pairs (two articles) holding one same/form/compatible gold fact.
        pairs_supported: ... where the claim on one sentence's row marks the other's article ✓.
        wrong: One line per wrong stance (for ``--verbose``).
    """

    stances: dict[str, int] = field(default_factory=dict)
    judged: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    causes: dict[str, int] = field(default_factory=dict)
    pairs: int = 0
    pairs_supported: int = 0
    wrong: list[str] = field(default_factory=list)

    def __iadd__(self, other: StanceScore) -> StanceScore:
        add_fields(self, other)
        return self

    def precision(self, stance: str = "supports") -> float:
        """Right stances / judged ones (1 when none judged)."""
        n = self.judged.get(stance, 0)
        return self.right.get(stance, 0) / n if n else 1.0

    @property
    def recall(self) -> float:
        """Same-fact sentence pairs corroborated by a claim (``pairs_supported``) / all of them."""
        return self.pairs_supported / self.pairs if self.pairs else 1.0


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def own_sentence(sentences: tuple[str, ...], text: str, texts: Mapping[str, str]) -> str | None:
    """The group sentence the claim's text was cut from (``engine.claims.claim_text``), or None.

    ``texts`` holds each sentence with its whitespace runs made one space, as claim texts are.
    """
    return next((s for s in sentences if trim(texts[s]) == text), None)


class GoldView:
    """A story's gold seen through the tool's sentences: which facts each sentence holds, and the
    different-fact pairs; judges one article's sentences against a claim's own sentence."""

    def __init__(self, gold: StoryGold, comparison: Comparison) -> None:
        index = SentenceIndex(comparison.analyses)
        self.texts = {s.id: " ".join(s.text.split()) for a in comparison.analyses for s in a.sentences}
        self.facts_at: dict[str, set[str]] = {}  # sentence -> the facts it holds a mention of
        self.status: dict[str, str] = {}
        self.where: dict[str, set[str]] = {}  # fact -> the articles it has a mention in
        self.values: dict[str, set[str]] = {}  # fact -> its mentions' values, lower case
        self.value_at: dict[tuple[str, str], str] = {}  # (fact, sentence) -> the value it gives, lower case
        for fact in gold.facts:
            self.status[fact.id] = fact.status
            for m in fact.mentions:
                sid = index.of_mention(m)
                if sid:
                    self.facts_at.setdefault(sid, set()).add(fact.id)
                    self.where.setdefault(fact.id, set()).add(m.article)
                    self.value_at[(fact.id, sid)] = m.value.lower()
                if m.value:
                    self.values.setdefault(fact.id, set()).add(m.value.lower())
        self.different: set[frozenset[str]] = set()
        for pair in gold.different:
            a, b = index.of_mention(pair.a), index.of_mention(pair.b)
            if a and b:
                self.different.add(frozenset((a, b)))

    def _apart(self, fact: str, own: str, theirs: str) -> bool:
        """True when the two sentences give a disputed fact two values (or the gold gives one no value).

        Outlets that give a disputed fact one value agree on it: "Monday" in two outlets against a third's
        "Tuesday" is a disagreement with the third only.
        """
        if self.status[fact] != "disagree":
            return False
        mine, yours = self.value_at.get((fact, own), ""), self.value_at.get((fact, theirs), "")
        return not mine or mine != yours

    def judge(self, own: str, theirs: list[str]) -> str | None:
        """What the gold says of an article's sentences ``theirs`` against the claim's ``own`` sentence:
        ``agree``, ``disagree``, ``different pair``, ``wrong sentence``, or None when it cannot tell."""
        stated = self.facts_at.get(own, set())
        for s in theirs:
            # A copy states what the own sentence states, unless the gold says it disagrees.
            if fuzz.ratio(self.texts[own], self.texts[s]) >= COPY_MIN and not any(
                self._apart(f, own, s) for f in self.facts_at.get(s, set()) & stated
            ):
                return "agree"
        shared = [(f, s) for s in theirs for f in self.facts_at.get(s, ()) if f in stated]
        if shared:
            return "disagree" if any(self._apart(f, own, s) for f, s in shared) else "agree"
        if any(frozenset((own, s)) in self.different for s in theirs):
            return "different pair"
        article = article_of(theirs[0])
        elsewhere = [f for f in stated if article in self.where.get(f, set())]
        written = " ".join(self.texts[s] for s in theirs).lower()
        if elsewhere and not any(v in written for f in elsewhere for v in self.values.get(f, ())):
            return "wrong sentence"
        return None


def judgements(gold: StoryGold, comparison: Comparison) -> Iterator[tuple[Claim, str, str, list[str], str | None]]:
    """Each ✓/✗ stance of ``comparison``'s claims (the own sentence's article left out), as
    ``(claim, own sentence, stance, the article's sentences in the row, the gold's verdict)``."""
    view = GoldView(gold, comparison)
    groups = {g.id: g for g in comparison.groups}
    for claim in comparison.claims:
        group = groups[claim.group]
        own = own_sentence(group.sentences, claim.text, view.texts)
        if own is None:
            continue
        for article, stance in claim.stances.items():
            if stance in JUDGED and article != article_of(own):
                theirs = [s for s in group.sentences if article_of(s) == article]
                yield claim, own, stance, theirs, view.judge(own, theirs)


def score_stances(gold: StoryGold, comparison: Comparison) -> StanceScore:
    """The ✓/✗ stances of ``comparison``'s claims judged against ``gold``, and the support recall."""
    score = StanceScore()
    texts = {s.id: s.text for a in comparison.analyses for s in a.sentences}
    for _claim, own, stance, theirs, verdict in judgements(gold, comparison):
        _bump(score.stances, stance)
        if verdict is None:
            continue
        _bump(score.judged, stance)
        if verdict == ("agree" if stance == "supports" else "disagree"):
            _bump(score.right, stance)
            continue
        _bump(score.causes, f"{stance}:{verdict}")
        own_text, their_text = _short(texts[own]), " / ".join(_short(texts[s]) for s in theirs)
        score.wrong.append(f"{gold.key} {JUDGED[stance]} {verdict}: {own_text}  <>  {their_text}")
    index = SentenceIndex(comparison.analyses)
    group_of = {s: g.id for g in comparison.groups for s in g.sentences}
    claim_of = {c.group: c for c in comparison.claims}
    pairs: set[tuple[str, str]] = set()
    for fact in gold.facts:
        if fact.status in AGREE:
            sides = [(m.article, index.of_mention(m)) for m in fact.mentions]
            pairs.update(
                (min(sa, sb), max(sa, sb))
                for i, (art_a, sa) in enumerate(sides)
                for art_b, sb in sides[i + 1 :]
                if art_a != art_b and sa and sb
            )
    for sa, sb in sorted(pairs):
        score.pairs += 1
        # The claim on either sentence's row marks the other sentence's article ✓.
        on_a, on_b = claim_of.get(group_of.get(sa, "")), claim_of.get(group_of.get(sb, ""))
        score.pairs_supported += bool(
            (on_a is not None and on_a.stances.get(article_of(sb)) == "supports")
            or (on_b is not None and on_b.stances.get(article_of(sa)) == "supports")
        )
    return score


def _short(text: str, limit: int = 90) -> str:
    return trim(" ".join(text.split()), limit)


def stance_summary(score: StanceScore) -> dict[str, object]:
    """The machine-readable stance figures (``bench_real.py --json``)."""
    return {
        "given": dict(score.stances),
        "judged": dict(score.judged),
        "right": dict(score.right),
        "support_precision": round(score.precision("supports"), 4),
        "contradict_precision": round(score.precision("contradicts"), 4),
        "support_recall": round(score.recall, 4),
        "pairs": score.pairs,
        "causes": dict(sorted(score.causes.items())),
    }


def print_stances(score: StanceScore, verbose: bool) -> None:
    """Print the stance figures of a part (forced one story), with the wrong stances when ``verbose``."""
    s, x = "supports", "contradicts"
    print(
        f"  stances, forced one story: ✓ given {score.stances.get(s, 0)}, judged {score.judged.get(s, 0)},"
        f" support precision {score.precision(s):.3f}; ✗ given {score.stances.get(x, 0)},"
        f" judged {score.judged.get(x, 0)}, precision {score.precision(x):.3f};"
        f" support recall {score.recall:.3f} ({score.pairs_supported}/{score.pairs})"
    )
    if score.causes:
        print("    wrong stances: " + ", ".join(f"{k} {v}" for k, v in sorted(score.causes.items())))
    if verbose:
        for line in score.wrong:
            print(f"    wrong stance: {line}")
