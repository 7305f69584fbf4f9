"""Story clustering on real coverage: BASIL triplets and folder, ECB+ folder, padding, triage agreement.

Reads the dev corpora from ``../shared/dev`` (never copied into the repository),
analyses them through one shared analysis cache, and prints:

- each BASIL story's three articles opened alone: how many come out as one story
  (target: 18 of 20), for the tuning and the held-aside stories separately;
- the whole BASIL folder: story pair-F1 (target 0.9), overall and per part;
- ECB+ (872 articles, 39 topics of two same-kind events each): pair-F1 (target 0.85)
  of the folder chosen by ``--ecb-split`` (below);
- padding: each BASIL article with 200 and 400 random words appended
  ("Keywords: ..."): does it still join its story in the folder's report and
  when triaged against the other 59 articles;
- triage agreement: each BASIL article triaged against the other 59 lands in the
  story the folder's report puts it in.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_stories.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_stories.py --skip-triage --threshold 0.2

ECB+ protocol (declared 2026-12-05 before the story rule it checks was measured): the
topics are split in code, ``ECB_TUNE`` = odd topic numbers, ``ECB_CHECK`` = even ones.
The odd half is where the merge errors were read closely (topics 7, 9, 25, 27, 35, see the
README), so it is the tuning half: rules and numbers of the clustering are chosen on the odd
topics' articles clustered as one folder (``--ecb-split tune``). The even topics, clustered as
their own folder (``--ecb-split check``), are an unseen check: their articles and their
per-topic errors are not read while a rule is being designed, only their overall pair-F1 is
printed, once the rule is fixed. (The older tuning constants were set on the even topics before
this split, so the check's baseline is if anything flattered.) ``--ecb-split all`` (default)
prints the whole 872-article folder and, inside it, each half.

Outcome of that protocol (session 4): the cohesion rule of ``engine/linkage.py`` lifts the
tuning half 0.805 -> 0.872 and leaves the check half at 0.844 -> 0.839 (it prevents no wrong
join there); ``small_group_margin`` 0.04 lifted both halves (check 0.863) but breaks the seeds.
The check half has now been measured for these rules: a next rule needs a fresh split or data.

The first run analyses about 1,050 articles with spaCy (minutes); later runs read the cache.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tuicompare.engine import clustering as engine_clustering  # noqa: E402
from tuicompare.engine import tuning  # noqa: E402
from tuicompare.engine.features import article_features  # noqa: E402
from tuicompare.evaluation.stories_eval import padded, pair_score, read_gold, story_of  # noqa: E402
from tuicompare.models import Analysis, Article  # noqa: E402
from tuicompare.pipeline import Options, analyse, load  # noqa: E402

DEV = ROOT.parent / "shared" / "dev"
#: ECB+ topics whose articles tune the story rules; the others are the unseen check (see above).
ECB_TUNE = "odd"


def ecb_half(article_id: str) -> str:
    """``tune`` or ``check`` for an ECB+ article id (``ecb_TOPIC_...``): odd topics tune."""
    odd = int(article_id.split("_")[1]) % 2 == 1
    return "tune" if odd == (ECB_TUNE == "odd") else "check"


#: BASIL stories held aside while tuning (see the gold's README): figures on them are printed apart.
HELD = frozenset(["a28a0329", "af4a3f41", "b764f81f", "c9e4d35f", "d16050b3", "e71d149d", "ee05c9b3"])
PAD = (200, 400)


def part(article_id: str) -> str:
    """``tuning`` or ``held`` for a BASIL article id (``SOURCE_KEY``)."""
    return "held" if article_id.split("_", 1)[1] in HELD else "tuning"


def load_folder(folder: Path, options: Options, gold: list[list[str]]) -> tuple[list[Article], list[Analysis]]:
    """The folder's articles that the gold knows, and their analyses (through the cache)."""
    known = {a for cluster in gold for a in cluster}
    articles = [a for a in load([str(folder)], options).articles if a.id in known]
    analyses, _warnings = analyse(articles, options)
    return articles, analyses


_FEATURES: dict[int, list] = {}


def cluster(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[list[str]]:
    """The stories the engine makes of these articles: ``cluster_articles`` (what ``compare`` runs),
    with each analysis's sentence features computed once for the whole benchmark."""
    by_id = {a.article: a for a in analyses}
    features = {}
    for article in articles:
        analysis = by_id[article.id]
        if id(analysis) not in _FEATURES:
            _FEATURES[id(analysis)] = (analysis, article_features(analysis))
        features[article.id] = _FEATURES[id(analysis)][1]
    return engine_clustering.cluster_stories(
        features, titles={a.id: a.title for a in articles}, dates={a.id: a.date for a in articles}
    )


def triplets(articles: list[Article], analyses: list[Analysis], gold: list[list[str]]) -> None:
    by_id = {a.id: a for a in articles}
    an = {a.article: a for a in analyses}
    whole = {"tuning": [0, 0], "held": [0, 0]}
    for members in gold:
        stories = cluster([by_id[m] for m in members], [an[m] for m in members])
        name = part(members[0])
        whole[name][1] += 1
        whole[name][0] += len(stories) == 1
        if len(stories) != 1 and name == "tuning":
            print(f"    split: {members[0].split('_')[1]} -> {[len(s) for s in stories]}")
    total = [sum(v[i] for v in whole.values()) for i in (0, 1)]
    print(f"BASIL triplets opened alone: one story in {total[0]} of {total[1]} (target 18 of 20)")
    for name, (ok, n) in whole.items():
        print(f"  {name:<7} {ok} of {n}")


def folder_scores(title: str, stories: list[list[str]], gold: list[list[str]], parts: dict[str, list[str]]) -> None:
    print(f"{title}: {pair_score(stories, gold)}")
    for name, ids in parts.items():
        print(f"  {name:<7} {pair_score(stories, gold, only=ids)}")


def padding(
    articles: list[Article], analyses: list[Analysis], gold: list[list[str]], options: Options, do_triage: bool
) -> None:
    """Each article padded with junk: does it stay in its story (report) and land in it (triage)?"""
    from tuicompare.triage import TriageCorpus, triage_article

    for count in PAD:
        pads = [padded(a, count) for a in articles]
        pad_analyses, _ = analyse(pads, options)
        ok = {"tuning": [0, 0], "held": [0, 0]}
        tri = {"tuning": [0, 0], "held": [0, 0]}
        for n, (article, analysis) in enumerate(zip(pads, pad_analyses, strict=True)):
            name = part(article.id)
            mixed_articles = [*articles[:n], article, *articles[n + 1 :]]
            mixed = [*analyses[:n], analysis, *analyses[n + 1 :]]
            partners = story_of(gold, article.id)
            ok[name][1] += 1
            ok[name][0] += bool(partners & story_of(cluster(mixed_articles, mixed), article.id))
            if do_triage:
                with TriageCorpus.open([str(DEV / "basil")], options, exclude=[article.path]) as corpus:
                    result = triage_article(corpus, article)
                tri[name][1] += 1
                tri[name][0] += bool(partners & set(result.story))
        line = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in ok.items())
        print(f"padding {count} words: joins its story in report: {line}")
        if do_triage:
            line = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in tri.items())
            print(f"padding {count} words: lands in its story in triage: {line}")


def triage_agreement(articles: list[Article], stories: list[list[str]], options: Options) -> None:
    """For each article, triage it against the other articles and compare with the report's story."""
    from tuicompare.triage import TriageCorpus, triage_article

    agree = {"tuning": [0, 0], "held": [0, 0]}
    for article in articles:
        with TriageCorpus.open([str(DEV / "basil")], options, exclude=[article.path]) as corpus:
            result = triage_article(corpus, article)
        name = part(article.id)
        agree[name][1] += 1
        same = set(result.story) == story_of(stories, article.id)
        agree[name][0] += same
        if not same and name == "tuning":
            report = sorted(story_of(stories, article.id))
            print(f"    disagree: {article.id}: triage {sorted(result.story)} report {report}")
    line = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in agree.items())
    print(f"triage against the other 59 agrees with report: {line}")


def ecb(options: Options, split: str) -> None:
    """ECB+ pair-F1: one half's articles clustered as their own folder, or the whole folder and its halves."""
    gold = read_gold(DEV / "ecbplus")
    articles, analyses = load_folder(DEV / "ecbplus", options, gold)
    if split != "all":
        articles = [a for a in articles if ecb_half(a.id) == split]
        kept = {a.id for a in articles}
        analyses = [a for a in analyses if a.article in kept]
        gold = [g for g in ([a for a in c if a in kept] for c in gold) if g]
    start = time.perf_counter()
    stories = cluster(articles, analyses)
    took = time.perf_counter() - start
    title = f"ECB+ {split} folder ({len(articles)} articles, {took:.2f} s)"
    halves = {h: [a.id for a in articles if ecb_half(a.id) == h] for h in ("tune", "check")} if split == "all" else {}
    folder_scores(title, stories, gold, halves)


def _flag(default: object) -> Callable[[str], object]:
    """How a flag's text becomes a tuning value of ``default``'s type ("false" and "0" are false, not ``bool("0")``)."""
    if isinstance(default, bool):
        return lambda text: text.strip().lower() in ("1", "true", "yes", "on")
    return type(default)


def add_story_tuning(parser: argparse.ArgumentParser) -> None:
    """One flag per ``StoryTuning`` field (``--small-group-margin 0.06``), to sweep it from the command line."""
    for f in dataclasses.fields(tuning.StoryTuning):
        parser.add_argument(f"--{f.name.replace('_', '-')}", type=_flag(f.default), default=None)


def apply_story_tuning(args: argparse.Namespace) -> None:
    """Run with the ``StoryTuning`` values the flags of `add_story_tuning` set, and say which."""
    changes = {f.name: getattr(args, f.name) for f in dataclasses.fields(tuning.StoryTuning)}
    changes = {k: v for k, v in changes.items() if v is not None}
    if changes:
        tuning.TUNING = dataclasses.replace(
            tuning.TUNING, stories=dataclasses.replace(tuning.TUNING.stories, **changes)
        )
        print(f"tuning: {changes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache-dir", default="/tmp/tuicompare-dev-cache", help="shared analysis cache folder")
    parser.add_argument("--skip-ecb", action="store_true", help="leave out the ECB+ folder")
    parser.add_argument(
        "--ecb-split",
        choices=("tune", "check", "all"),
        default="all",
        help="ECB+ folder: the tuning topics (odd), the check topics (even), or all (see the docstring)",
    )
    parser.add_argument("--skip-triage", action="store_true", help="leave out triage runs")
    parser.add_argument("--skip-padding", action="store_true", help="leave out the padding measurement")
    add_story_tuning(parser)
    args = parser.parse_args()
    apply_story_tuning(args)
    options = Options(cache_dir=Path(args.cache_dir))

    gold = read_gold(DEV / "basil")
    articles, analyses = load_folder(DEV / "basil", options, gold)
    triplets(articles, analyses, gold)
    start = time.perf_counter()
    stories = cluster(articles, analyses)
    took = time.perf_counter() - start
    parts = {p: [a.id for a in articles if part(a.id) == p] for p in ("tuning", "held")}
    folder_scores(f"BASIL folder ({len(articles)} articles, {took * 1000:.0f} ms)", stories, gold, parts)

    if not args.skip_ecb:
        ecb(options, args.ecb_split)

    if not args.skip_padding:
        padding(articles, analyses, gold, options, not args.skip_triage)
    if not args.skip_triage:
        triage_agreement(articles, stories, options)


if __name__ == "__main__":
    main()
