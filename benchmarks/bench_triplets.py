"""Three ECB+ articles opened alone: one event's three make one story, two events' stay apart.

A user opens three articles of one real event and expects one story; three articles of which one
reports the topic's other event (the same kind of event: another fight of one boxer, another quake
of one region) should not all join. ``bench_stories.py`` scores whole folders; this benchmark opens
small sets alone, as ``compare a b c`` does, on a deterministic sample of the ECB+ folder:

- **same-event triplets**: per gold event (``stories.json`` cluster), up to ``--per-event`` distinct
  three-article combinations of its articles; the figure is how many come out as one story;
- **two-event triplets**: per event, up to ``--per-pair`` triplets of two of its articles and one
  article of the same topic's other event; the figure is how many wrongly come out as one story;
- **pairs**: inside those triplets, how many same-event pairs share a story (recall) and how many
  cross-event pairs do (wrong joins): a finer reading of the same runs, at no extra cost;
- **tuning golds**: the three articles of each story of the ECB+ tuning golds
  (``bench_real.py --split fresh .. fresh9``, whose ``auto.one_story`` is the same figure).

The sample is drawn with ``random.Random(--seed)`` over sorted article ids, event by event in sorted
order, so every run and every machine draws the same triplets. Every article of the unseen golds
(``benchmarks/gold/ecbplus10``, ``ecbplus11``, ``ecbplus12``, ``realgold.UNSEEN_SPLITS``) is left out
before anything is loaded: they are never read, analysed or sampled.

Figures are printed separately for the two halves of ``bench_stories.py``'s protocol: the odd
topics (``tune``) are where story rules are designed and their failures read (``--show``), the even
topics (``check``) are the unseen check, printed once a rule is fixed (``--half check`` or ``all``).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_triplets.py --half tune --cache-dir DIR
    PYTHONPATH=src .venv/bin/python benchmarks/bench_triplets.py --half tune --show 20
    PYTHONPATH=src .venv/bin/python benchmarks/bench_triplets.py --half tune --verbose

``--verbose`` lists every tuning-half two-event triplet wrongly joined: each pair's similarity,
whether it shares the event's specifics (``anchored``) and the shared terms that weigh most.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_stories import DEV, add_story_tuning, apply_story_tuning, cluster, ecb_half  # noqa: E402
from tuicompare.engine.features import article_features  # noqa: E402
from tuicompare.engine.stories import StoryIndex  # noqa: E402
from tuicompare.evaluation.realgold import FRESH_SPLITS, UNSEEN_SPLITS  # noqa: E402
from tuicompare.evaluation.stories_eval import read_gold  # noqa: E402
from tuicompare.models import Analysis, Article  # noqa: E402
from tuicompare.pipeline import Options, analyse, load  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
Triplet = tuple[str, str, str]


def gold_articles(split: str) -> list[list[str]]:
    """The three-article stories of one ECB+ conflict gold (only its ``articles`` lists are read)."""
    folder = GOLD / FRESH_SPLITS[split]
    return [json.loads(p.read_text(encoding="utf-8"))["articles"] for p in sorted(folder.glob("*.json"))]


def unseen() -> frozenset[str]:
    """Every article of the unseen ECB+ golds: left out of everything here."""
    return frozenset(a for split in UNSEEN_SPLITS for story in gold_articles(split) for a in story)


def topic(article_id: str) -> int:
    """The ECB+ topic number of an article id (``ecb_TOPIC_...``)."""
    return int(article_id.split("_")[1])


def sample(events: list[list[str]], per_event: int, per_pair: int, seed: int) -> tuple[list, list]:
    """Same-event and two-event triplets, drawn deterministically (see the module docstring).

    Returns:
        (half, triplet) same-event triplets, and (half, triplet, odd one out) two-event triplets.
    """
    rng = random.Random(seed)
    by_topic: dict[int, list[list[str]]] = defaultdict(list)
    for event in events:
        by_topic[topic(event[0])].append(event)
    same, mixed = [], []
    for event in events:
        half = ecb_half(event[0])
        combos = list(combinations(event, 3))
        for triplet in rng.sample(combos, min(per_event, len(combos))):
            same.append((half, triplet))
        others = [a for e in by_topic[topic(event[0])] if e is not event for a in e]
        if not others:
            continue
        pairs = list(combinations(event, 2))
        for a, b in rng.sample(pairs, min(per_pair, len(pairs))):
            c = rng.choice(others)
            mixed.append((half, (a, b, c), c))
    return same, mixed


def load_ecb(options: Options, keep: frozenset[str]) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """The ECB+ articles of ``keep`` and their analyses (through the cache); no other article is analysed."""
    articles = [a for a in load([str(DEV / "ecbplus")], options).articles if a.id in keep]
    analyses, _warnings = analyse(articles, options)
    return {a.id: a for a in articles}, {a.article: a for a in analyses}


def stories_of(ids: tuple[str, ...], articles: dict[str, Article], analyses: dict[str, Analysis]) -> list[list[str]]:
    """What ``compare`` makes of these articles opened alone."""
    return cluster([articles[i] for i in ids], [analyses[i] for i in ids])


def why_joined(triplet: Triplet, articles: dict[str, Article], analyses: dict[str, Analysis]) -> list[str]:
    """Lines saying how three articles are alike: each pair's similarity, anchoring and shared names and figures
    (``@`` names, ``#`` figures), those both articles repeat most first."""
    index = StoryIndex.build(
        {i: article_features(analyses[i]) for i in triplet},
        titles={i: articles[i].title for i in triplet},
        dates={i: articles[i].date for i in triplet},
    )
    lines = []
    for a, b in combinations(triplet, 2):
        ta, tb = index.terms(a), index.terms(b)
        terms = sorted((t for t in ta if t in tb and t[0] in "@#"), key=lambda t: (-min(ta[t], tb[t]), t))[:6]
        lines.append(
            f"      {a} ~ {b}: {index.similarity(a, b):.3f}"
            f"{' anchored' if index.anchored(a, b) else ''}; shared {', '.join(terms) or '-'}"
        )
    return lines


def together(stories: list[list[str]], a: str, b: str) -> bool:
    return any(a in s and b in s for s in stories)


@dataclasses.dataclass
class Tally:
    """Counts of one half."""

    same: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    joined: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    same_pairs: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    cross_pairs: list[int] = dataclasses.field(default_factory=lambda: [0, 0])


def run(args: argparse.Namespace) -> None:
    options = Options(cache_dir=Path(args.cache_dir))
    hidden = unseen()
    halves = ("tune", "check") if args.half == "all" else (args.half,)
    events = [sorted(a for a in e if a not in hidden) for e in read_gold(DEV / "ecbplus")]
    events = sorted((e for e in events if len(e) >= 3), key=lambda e: e[0])
    same, mixed = sample(events, args.per_event, args.per_pair, args.seed)
    same = [s for s in same if s[0] in halves]
    mixed = [m for m in mixed if m[0] in halves]
    needed = frozenset(a for _h, t in same for a in t) | frozenset(a for _h, t, _c in mixed for a in t)
    golds = {s: gold_articles(s) for s in FRESH_SPLITS if s not in UNSEEN_SPLITS}
    needed |= frozenset(a for stories in golds.values() for story in stories for a in story)
    articles, analyses = load_ecb(options, needed - hidden)
    tally = {h: Tally() for h in halves}
    failures: dict[str, list[str]] = {"split": [], "joined": []}
    verbose: list[str] = []
    for half, triplet in same:
        stories = stories_of(triplet, articles, analyses)
        t = tally[half]
        t.same[1] += 1
        t.same[0] += len(stories) == 1
        for a, b in combinations(triplet, 2):
            t.same_pairs[1] += 1
            t.same_pairs[0] += together(stories, a, b)
        if len(stories) != 1 and half == "tune":
            failures["split"].append(f"{' '.join(triplet)} -> {[len(s) for s in stories]}")
    for half, triplet, odd in mixed:
        stories = stories_of(triplet, articles, analyses)
        t = tally[half]
        t.joined[1] += 1
        t.joined[0] += len(stories) == 1
        for a in triplet[:2]:
            t.cross_pairs[1] += 1
            t.cross_pairs[0] += together(stories, a, odd)
        if len(stories) == 1 and half == "tune":
            failures["joined"].append(f"{' '.join(triplet)} (other event: {odd})")
            if args.verbose:
                verbose += [f"    joined: {' '.join(triplet)} (other event: {odd})"]
                verbose += why_joined(triplet, articles, analyses)
    print(f"ECB+ triplets opened alone (seed {args.seed}, {args.per_event} per event, {args.per_pair} two-event)")
    for half, t in tally.items():
        print(
            f"  {half:<5} same-event one story {t.same[0]} of {t.same[1]};"
            f" two-event wrongly joined {t.joined[0]} of {t.joined[1]}"
        )
        print(
            f"  {'':<5} pairs: same-event together {t.same_pairs[0]} of {t.same_pairs[1]};"
            f" cross-event together {t.cross_pairs[0]} of {t.cross_pairs[1]}"
        )
    line = []
    for split, stories in golds.items():
        ok = sum(len(stories_of(tuple(s), articles, analyses)) == 1 for s in stories)
        line.append(f"{split} {ok}/{len(stories)}")
    print(f"ECB+ tuning golds' triplets opened alone, one story: {', '.join(line)}")
    if args.show and "tune" in halves:
        for kind, lines in failures.items():
            for text in lines[: args.show]:
                print(f"    {kind}: {text}")
    if verbose:
        print("Two-event triplets wrongly joined (tuning half): pair similarity, anchored, shared names and figures")
        print("\n".join(verbose))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache-dir", default="/tmp/tuicompare-dev-cache", help="shared analysis cache folder")
    parser.add_argument("--half", choices=("tune", "check", "all"), default="tune", help="ECB+ topic half")
    parser.add_argument("--seed", type=int, default=10, help="sampling seed")
    parser.add_argument("--per-event", type=int, default=8, help="same-event triplets per event")
    parser.add_argument("--per-pair", type=int, default=6, help="two-event triplets per event")
    parser.add_argument("--show", type=int, default=0, help="list this many tuning-half failures of each kind")
    parser.add_argument(
        "--verbose", action="store_true", help="list every tuning-half wrong join: its pairs and shared terms"
    )
    add_story_tuning(parser)
    args = parser.parse_args()
    apply_story_tuning(args)
    run(args)


if __name__ == "__main__":
    main()
