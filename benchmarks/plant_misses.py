"""Each planted change missed as a conflict, with its cause, its two sentences and their slots.

``bench_real.py --why`` counts the causes (``evaluation.plantwhy``); this lists the misses one by
one so that a class can be read: the change (kind, old -> new, the other outlets' values), the
cause, the copy's sentence and each other outlet's sentence of the fact, and the slots the engine
read in them (kind, value type or a name's voted entity label, unit, key); for a change found only
as a possible difference, the possible report's type, confidence and values, and with ``--rules``
the rules that kept it from red:
the comparison is made again with each rule of ``RULES`` switched off in turn (a story-level rule of
``engine.build`` passes its observations through, a cap of ``conflicts.observe`` says no), and those
whose absence makes the change a conflict are named; for a change "dropped after pairing", the steps of
``engine.build`` after ``observe`` that read the pair and the one that lost it (``evaluation.plantdrops``:
``links._one_role``, ``links.report_min``, ``stated_elsewhere``...). For a pair the slots made and
``conflicts.observe`` read as two facts, the reading that dropped it (``evaluation.plantreadings``).

Tuning golds only (never ``--split held`` to shape a rule; the unseen golds are never run).
Article text is printed to the terminal only, never written to the repository. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/plant_misses.py --split tune [--cause "slots not paired"]
[--kind number] [--terms] --cache-dir /tmp/tuicompare-dev-cache``; ``--terms`` prints, for a pair
"not aligned, aligned unchanged", both pairs' similarity and the terms the change took away.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_real import BASIL, ECBPLUS, FRESH_GOLDS, GOLD, Corpus  # noqa: E402
from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import build, compare, conflicts, valuesapart  # noqa: E402
from tuicompare.engine.align_terms import StoryTerms  # noqa: E402
from tuicompare.engine.features import Span  # noqa: E402
from tuicompare.evaluation.plantdrops import dropping_steps  # noqa: E402
from tuicompare.evaluation.planted import PLANTABLE  # noqa: E402
from tuicompare.evaluation.plantreadings import dropped_by  # noqa: E402
from tuicompare.evaluation.plantscore import found_planted  # noqa: E402
from tuicompare.evaluation.plantvalues import renamed  # noqa: E402
from tuicompare.evaluation.plantwhy import StoryStages, why_missed  # noqa: E402
from tuicompare.evaluation.realgold import TUNE, UNSEEN_SPLITS, GoldMention, SentenceIndex  # noqa: E402
from tuicompare.models import Analysis, Article, Comparison, split_sentence_id  # noqa: E402

#: Rules switched off one at a time by ``--rules``: (module, attribute, what it is replaced by).
RULES: tuple[tuple[str, str, object], ...] = (
    tuple(
        ("build", name, lambda found, *_a, **_k: list(found))
        for name in (
            "stated_elsewhere",
            "other_terms",
            "cut_names",
            "same_referent",
            "doubtful_people",
            "body_places",
            "place_levels",
            "listed_people",
            "count_windows",
            "other_stretches",
            "other_doers",
        )
    )
    + tuple(
        ("conflicts", name, lambda *_a, **_k: False)
        for name in (
            "bound_against_day",
            "day_of_another_event",
            "needed_against_done",
            "homes_at_two_grains",
            "unsure_holders",
            "apart",
            "other_people",
            "two_holders",
        )
    )
    + (("valuesapart", "counts_a_part", lambda *_a, **_k: False),)
    + (("conflicts", "NEUTRAL", "-never-"),)
)


def _capped_by(group: list[Article], analyses: list[Analysis], found: Callable[[Comparison], bool]) -> list[str]:
    """The rules of ``RULES`` without which ``found`` holds of the comparison (the change is red)."""
    out = []
    for module, name, off in RULES:
        owner = {"build": build, "conflicts": conflicts, "valuesapart": valuesapart}[module]
        kept = getattr(owner, name)
        setattr(owner, name, off)
        try:
            if found(compare(group, analyses, stories=[[a.id for a in group]])):
                out.append(f"{module}.{name}")
        finally:
            setattr(owner, name, kept)
    return out


def _slots(stages: StoryStages, sentence: str) -> str:
    """A sentence's slots: text, kind / value type (a name's voted entity label) / unit, key, and for a value
    the verb it hangs from (``@verb``, ``frames.frame``; a noun a date is set on reads ``@noun:shooting``).

    The verbs are what the lexicon of one act (``verbclasses``) reads: the eighteenth and nineteenth sessions
    logged them by hand to class the planted dates missed for weak evidence.
    """
    if sentence not in stages.flat:
        return "-"

    def read(s: Span) -> str:
        known = stages.entity_of.get(s)
        vtype = stages.labels[known] if s.kind == "name" and known is not None else s.vtype
        verb = f" @{stages.roles.frame.get(s, '') or '-'}" if s.kind != "name" else ""
        return f"{s.text!r} {s.kind}/{vtype}{'/' + s.unit if s.unit else ''} {s.key!r}{verb}"

    return "; ".join(read(s) for s in stages.flat[sentence].spans)


def _story_terms(stages: StoryStages) -> StoryTerms:
    """The rarity weights ``align`` gives a story's terms (its active sentences, names as resolved)."""
    return StoryTerms([f for fs in stages.features.values() for f in fs if f.active], stages.entity_of)


def _lost_terms(stages: StoryStages, real: StoryStages, original: str, mine: str, theirs: str) -> None:
    """Print why a planted pair lost the alignment its unchanged pair had ("not aligned, aligned unchanged").

    The similarity (``align``'s) of the planted pair and of the unchanged one, how the unchanged pair was
    held (one row, or a link of that strength and rank), and the terms with their rarity weights: shared by
    the unchanged pair only, shared by both, and the value and name terms each planted sentence holds alone.
    """

    def sim(st: StoryStages, a: str, b: str) -> float:
        return st.sim.get((a, b), st.sim.get((b, a), 0.0))

    before = f"{original}:{split_sentence_id(mine)[1]}"
    planted, unchanged = _story_terms(stages), _story_terms(real)

    def weighed(terms: StoryTerms, ts: set[str]) -> str:
        return ", ".join(f"{t} {terms.weight[t]:.2f}" for t in sorted(ts)) or "-"

    tm, tt, tb = planted.terms[mine], planted.terms[theirs], unchanged.terms[before]
    held = "one row" if real.row_of.get(before) == real.row_of.get(theirs) else "no row"
    links = [f"{k.score:.3f} rank {r}" for k, r in real.links if {k.a, k.b} == {before, theirs}]
    print(f"        similarity planted {sim(stages, mine, theirs):.3f}, unchanged {sim(real, before, theirs):.3f}")
    print(f"        unchanged pair: {held}, link {', '.join(links) or '-'}")
    print(f"        shared unchanged only: {weighed(unchanged, (tb & unchanged.terms[theirs]) - (tm & tt))}")
    print(f"        shared planted: {weighed(planted, tm & tt)}")
    alone = {t for t in tm - tt if t[0] in "#@"}, {t for t in tt - tm if t[0] in "#@"}
    print(f"        values/names alone: copy {weighed(planted, alone[0])}; other {weighed(planted, alone[1])}")


def _link_read(stages: StoryStages, mine: str, theirs: str) -> str:
    """The two sentences' similarity, their link's rank (``compared_per_article``) and each side's strongest."""
    found = [(k, rank) for k, rank in stages.links if {k.a, k.b} == {mine, theirs}]
    link = f"link {found[0][0].score:.3f} rank {found[0][1]}" if found else "no cross link"
    arts = {split_sentence_id(s)[0] for s in (mine, theirs)}
    best = [
        f"{x}->{k.b if x == k.a else k.a} {k.score:.3f}"
        for k, rank in stages.links
        if rank == 0 and {split_sentence_id(k.a)[0], split_sentence_id(k.b)[0]} == arts
        for x in (mine, theirs)
        if x in (k.a, k.b)
    ]
    return f"sim {stages.sim.get((mine, theirs), stages.sim.get((theirs, mine), 0.0)):.3f} {link}; rank 0: {best}"


def main() -> None:
    """Load a tuning split's planted copies and print every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", help="tune, or a fresh split that is a tuning set")
    parser.add_argument("--cause", help="only misses of this cause (plantwhy.CAUSES)")
    parser.add_argument("--kind", help="only changes of this kind (surname, number, date, place)")
    parser.add_argument(
        "--rules",
        action="store_true",
        help="name the rules that kept a possible change from red, or the step that dropped a difference",
    )
    parser.add_argument(
        "--terms", action="store_true", help="for an alignment lost to the change: similarities and terms lost"
    )
    parser.add_argument("--changes", type=int, default=4)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    args = parser.parse_args()
    if args.split in UNSEEN_SPLITS or args.split in ("held", "all"):
        sys.exit(f"{args.split}: not a tuning split")
    options = pipeline.Options(cache_dir=args.cache_dir)
    with pipeline.AnalysisSession(options) as session, tempfile.TemporaryDirectory() as tmp:
        if args.split == "tune":
            keys, data, gold_dir = list(TUNE), BASIL, GOLD
        else:
            gold_dir, data = FRESH_GOLDS[args.split], ECBPLUS
            keys = sorted(p.stem for p in gold_dir.glob("*.json"))
        corpus = Corpus(keys, session, Path(tmp), args.changes, data=data, gold_dir=gold_dir)
        causes: Counter[str] = Counter()
        by_kind: Counter[tuple[str, str]] = Counter()
        for k in keys:
            arts = list(corpus.articles[k].values())
            unchanged = StoryStages(arts, [corpus.analyses[a.id] for a in arts])
            for copy in corpus.plants[k]:
                planted = corpus.copies.get(copy.path.resolve())
                if planted is None:
                    continue
                group = [planted, *[a for o, a in corpus.articles[k].items() if o != copy.outlet]]
                analyses = [corpus.analyses[a.id] for a in group]
                comparison = compare(group, analyses, stories=[[a.id for a in group]])
                stages = StoryStages(group, analyses)
                stages.unplanted = (unchanged, planted.id, copy.original)
                index = SentenceIndex(comparison.analyses)
                texts = {s.id: planted.text[s.start : s.end] for s in analyses[0].sentences}
                for art, an in zip(group[1:], analyses[1:], strict=True):
                    texts.update({s.id: art.text[s.start : s.end] for s in an.sentences})
                for change in copy.changes:
                    kind = PLANTABLE[change.fact.kind]
                    mine = GoldMention(planted.id, change.new, change.start, change.end, change.sentence)
                    others = [m for m in change.fact.mentions if m.article != copy.original]
                    name = renamed(kind, change.old, change.new)
                    sites = [(mine, None)] + [
                        (GoldMention(planted.id, copy.text[a:b], a, b, (a, b)), None if name is None else name[0])
                        for a, b in change.also
                    ]
                    hits = [c for c in comparison.conflicts if any(found_planted(c, s, others, o) for s, o in sites)]
                    best = next(
                        (t for t in ("conflict", "possible", "variant") if any(c.kind == t for c in hits)), None
                    )
                    if best == "conflict":
                        continue
                    cause = why_missed(stages, comparison, mine, others, best)
                    if (args.cause and cause != args.cause) or (args.kind and kind != args.kind):
                        continue
                    causes[cause] += 1
                    by_kind[kind, cause] += 1
                    print(f"\n## {k} {copy.path.name} {kind} {change.old!r} -> {change.new!r} [{cause}]")
                    if best == "possible":
                        for c in hits:
                            print(f"   possible {c.type} conf {c.confidence:.3f} {[v.text for v in c.values]}")
                        if args.rules:

                            def red(c: Comparison, sites: list = sites, others: list = others) -> bool:
                                return any(
                                    x.kind == "conflict" and any(found_planted(x, s, others, o) for s, o in sites)
                                    for x in c.conflicts
                                )

                            print(f"   kept from red by: {', '.join(_capped_by(group, analyses, red)) or '?'}")
                    sid = index.of_mention(mine)
                    if args.rules and cause == "dropped after pairing" and sid:
                        xs = stages.spans_at(sid, mine)
                        pairs = [(x, y) for o in others for x in xs for y in stages.spans_at(index.of_mention(o), o)]
                        steps = dict.fromkeys(dropping_steps(group, analyses, pairs))
                        print(f"   dropped by: {'; '.join(steps) or '?'}")
                    if sid:
                        print(f"   COPY {sid}: {texts.get(sid, '')!r}")
                        print(f"        slots: {_slots(stages, sid)}")
                    for o in others:
                        theirs = index.of_mention(o)
                        if theirs is None:
                            continue
                        row = "same row" if stages.row_of.get(theirs) == stages.row_of.get(sid or "") else "other row"
                        print(f"   {o.value!r} {theirs} ({row}): {texts.get(theirs, '')!r}")
                        print(f"        slots: {_slots(stages, theirs)}")
                        if args.terms and cause == "not aligned, aligned unchanged" and sid:
                            _lost_terms(stages, unchanged, copy.original, sid, theirs)
                        if cause in ("link not compared", "same row, no direct link") and sid:
                            print(f"        {_link_read(stages, sid, theirs)}")
                        if cause == "paired, read as two facts" and sid:
                            readings = dropped_by(
                                stages, sid, theirs, stages.spans_at(sid, mine), stages.spans_at(theirs, o)
                            )
                            if readings:  # none: this outlet's pair stopped at another stage
                                print(f"        read as two facts by: {', '.join(readings)}")
        print("\n" + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
        # The classes to work: a cause of one kind of change ("number: slots not paired") most changes share.
        print("by kind: " + ", ".join(f"{k}: {c} {n}" for (k, c), n in by_kind.most_common()))


if __name__ == "__main__":
    main()
