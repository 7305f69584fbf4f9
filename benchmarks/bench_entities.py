"""The entity sheet against its hand-made gold: attribute precision and recall, conflicts on compatible values.

Reads ``benchmarks/gold/entities/``: the seeds (``seeds.json``), BASIL tuning
stories (``basil_KEY.json``, offsets and short values only; the articles are
read from ``../shared/dev/basil``) and short article pairs written for the
benchmark with planted disagreements and compatible paraphrases
(``pairs.json``). Each story is compared as one story. ``all`` sums the gold
the engine was tuned with; ``held`` is two held-aside BASIL stories annotated
from the articles alone after tuning (``"part": "held"``), never tuned on, scored only with
``--held`` (so tuning runs never show them). ``fresh`` is four real ECB+ events
(``ecb_*.json``, ``"part": "fresh"``, three outlets each, articles read from
``../shared/dev/ecbplus``; ECB+ corpus, Cybulska and Vossen, LREC 2014, CC BY 3.0)
annotated before the tool was ever run on them; since session 5 it is a tuning
set, scored alone with ``--fresh``. ``fresh2`` is four other ECB+ events
(``"part": "fresh2"``, same format) annotated before the tool ran on them; it
was the unseen part until the fifth session and is a tuning part from the sixth session on,
scored alone with ``--fresh2``. ``fresh3`` is four more ECB+ events (the
``..ecb.txt`` event of topics 19, 33, 36, 44, ``"part": "fresh3"``) annotated
before the tool ran on them; unseen until the seventh session, a tuning part from the eighth on (its
first-run figures stay in the README), scored alone with ``--fresh3``. ``fresh4`` is four more
ECB+ events (the ``..ecbplus.txt`` event of topics 25, 27, 35 and the ``..ecb.txt``
event of topic 40, ``"part": "fresh4"``), annotated in the seventh session before the
tool ran on them; unseen until the eighth session, a tuning part from the ninth on (its last unseen
figures stay in the README), scored alone with ``--fresh4``. ``fresh5`` is four more ECB+ events (the
``..ecb.txt`` event of topics 6, 9, 32 and 43, ``"part": "fresh5"``), annotated in the eighth session before
the tool ran on them, never to be tuned on: ``--fresh5`` scores it alone, once, at the end of a session.
No fresh part sums into ``all``.
``fresh6`` is four more (the ``..ecb.txt`` event of topics 10, 20, 42 and 45, ``"part": "fresh6"``), annotated in the
ninth session before the tool ran on them, never to be tuned on: ``--fresh6`` scores it alone, once, at the end.
``fresh7`` is four more (the ``..ecbplus.txt`` event of topics 34, 36, 39 and 41, ``"part": "fresh7"``), annotated in
the eleventh session before the tool ran on them, first run once as a generalisation figure and a tuning part since,
scored alone with ``--fresh7``.
``fresh8`` is four more (the ``..ecb.txt`` event of topics 4, 13, 27 and 30, ``"part": "fresh8"``), annotated in the
twelfth session before the tool ran on them, first run once as a generalisation figure and a tuning part since,
scored alone with ``--fresh8``.
``fresh9`` is six more (the ``..ecbplus.txt`` event of topics 5, 24, 25, 26, 28 and 30, event clusters 69, 25, 27, 29,
33 and 37; ``"part": "fresh9"``; topics 5, 25, 28 and 30 give other articles of events earlier parts hold), annotated
in the thirteenth session before the tool ran on them, first run once as a generalisation figure and a tuning part
since, scored alone with ``--fresh9``.
``fresh10`` is four more (the ``..ecb.txt`` event of topic 18 and the ``..ecbplus.txt`` event of topics 22, 34 and 45,
event clusters 10, 20, 45 and 66; ``"part": "fresh10"``; other articles of events the conflict golds and audits hold,
and of fresh7's Benjamin nomination), annotated in the fourteenth session before the tool ran on them, first run once
as a generalisation figure and a tuning part since, scored alone with ``--fresh10``.
``fresh11`` is four more (the ``..ecbplus.txt`` event of topics 5, 10, 21 and 27, event clusters 69, 0, 19 and 31;
``"part": "fresh11"``; thin: blog items, short reports and two reports about another Jim O'Brien, 23 values, and
thirteen entities listed with no attribute, each value the engine gives them a wrong one), annotated in the fifteenth
session before the tool ran on them, first run once as a generalisation figure and a tuning part since, scored alone
with ``--fresh11``.
``fresh12`` is three more (the ``..ecb.txt`` event of topics 27 and 34 and the ``..ecbplus.txt`` event of topic 28,
event clusters 30, 44 and 33; ``"part": "fresh12"``; other articles of fresh8's Internet Explorer patch and fresh9's
LaRue obituary, one of them a printing of the AP report fresh9 holds; 62 values, and eleven entities listed with no
attribute), annotated in the sixteenth session before the tool ran on them, first run once as a generalisation figure
and a tuning part since, scored alone with ``--fresh12``.
``fresh13`` is BASIL, not ECB+: the five BASIL tuning stories no entity gold held (``basil_KEY.json`` with
``"part": "fresh13"``: 1ed4f378, 2ec04201, 3ae35b16, 70c75d68, 7f9c83f7; political reports, many titled people),
annotated in the seventeenth session before the tool ran on them, first run once as a generalisation figure and a
tuning part since, scored alone with ``--fresh13`` (never summed into ``all``, like the fresh parts).
``held2`` is five more BASIL stories (``basil_KEY.json`` with ``"part": "held2"``: a28a0329, b764f81f, c9e4d35f,
d16050b3, e71d149d, the five no other entity gold held), annotated in the seventeenth session from the articles alone
before the tool was run on them; **held aside, never to be tuned on**: ``--held2`` scores it alone (``--held`` does not
include it, nor does ``all``), once, at the end of a session, the lead running the score.
Targets: precision >= 0.8, recall >= 0.6, no conflict on a compatible value. Run:
``PYTHONPATH=src .venv/bin/python benchmarks/bench_entities.py [--verbose]
[--held | --held2 | --fresh | --fresh2 | ... | --fresh12 | --fresh13]
[--sweep entities.FIELD=v1,v2]``;
``--ecb-topics`` lists the sheet's conflicts and possible differences on every allowed ECB+ topic (its
``..ecbplus.txt`` articles; no gold, read by hand).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tuicompare import pipeline  # noqa: E402
from tuicompare.engine import compare  # noqa: E402
from tuicompare.evaluation.entity_gold import EntityScore, articles_by_key, load_gold, read, score  # noqa: E402
from tuicompare.evaluation.realgold import TUNE, basil_paths, gold_paths, raw_text  # noqa: E402
from tuicompare.evaluation.sweep import sweep_values, swept  # noqa: E402
from tuicompare.models import Analysis, Article, Comparison  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "entities"
BASIL = ROOT.parent / "shared" / "dev" / "basil"
ECBPLUS = ROOT.parent / "shared" / "dev" / "ecbplus"
SEEDS = ROOT / "seeds"
#: The fresh parts, each scored alone by its own flag (``--fresh`` ... ``--fresh13``; fresh5 and fresh6 unseen;
#: fresh13 is five BASIL stories, the others ECB+ events).
FRESH = ("fresh", *(f"fresh{n}" for n in range(2, 14)))
#: Parts never summed into ``all`` and scored only on request: ``held`` with ``--held``, ``fresh`` with ``--fresh``,
#: ``fresh2`` (tuning from the sixth session on) with ``--fresh2``, ``fresh3`` (tuning from the eighth on) with
#: ``--fresh3``, ``fresh4`` (tuning from the ninth on) with ``--fresh4``, ``fresh5`` and ``fresh6`` (unseen) with
#: ``--fresh5`` and ``--fresh6``, ``fresh7`` (tuning from the eleventh session on, after its first run) with
#: ``--fresh7``, ``fresh8`` (tuning from the twelfth session on, after its first run) with ``--fresh8``, ``fresh9``
#: (tuning from the thirteenth session on, after its first run) with ``--fresh9``, ``fresh10`` (tuning from the
#: fourteenth session on, after its first run) with ``--fresh10``, ``fresh11`` (tuning from the fifteenth session on,
#: after its first run) with ``--fresh11``, ``fresh12`` (tuning from the sixteenth session on, after its first run)
#: with ``--fresh12``, ``fresh13`` (five BASIL stories; tuning from the seventeenth session on, after its first run)
#: with ``--fresh13``; ``held2`` (five BASIL stories held aside since the seventeenth session, never tuned on) with
#: ``--held2`` alone.
HELD_OUT = ("held", "held2", *FRESH)
#: The parts scored alone by their own flag: every fresh part, and ``held2``.
ALONE = ("held2", *FRESH)


def _stories(
    session: pipeline.AnalysisSession, fresh_parts: tuple[str, ...]
) -> list[tuple[str, str, list[Article], dict, dict[str, str]]]:
    """Every gold story: (part, key, articles, gold document, raw texts), articles by the gold's outlet keys.

    Of the ECB+ stories only those of ``fresh_parts`` are loaded, so an unseen part is not even read unasked.
    """
    out = []
    seeds = read(GOLD / "seeds.json")
    files = {p.name[:3]: p for p in sorted(SEEDS.glob("*.txt"))}
    outlets = sorted({o for e in seeds["entities"] for a in e["attributes"] for o in a["values"]})
    loaded = pipeline.load([str(files[o]) for o in outlets], session.options).articles
    out.append(("seeds", "seeds", list(loaded), seeds, {o: files[o].read_text(encoding="utf-8") for o in outlets}))
    for path in sorted(GOLD.glob("basil_*.json")):
        doc = read(path)
        if not BASIL.is_dir():
            print(f"bench_entities: no dev data at {BASIL}, {path.name} skipped", file=sys.stderr)
            continue
        paths = basil_paths(BASIL, doc["story"])
        arts = pipeline.load([str(p) for p in paths.values()], session.options).articles
        part = doc.get("part", "basil")  # "held": annotated after tuning; "held2": before the tool ran; never tuned on
        out.append((part, doc["story"], list(arts), doc, {o: raw_text(p) for o, p in paths.items()}))
    for doc in read(GOLD / "pairs.json")["stories"]:
        texts = doc["texts"]
        arts = [Article(f"{doc['story']}{o}", f"{doc['story']}{o}.txt", "", t) for o, t in texts.items()]
        out.append(("pairs", doc["story"], arts, doc, dict(texts)))
    return out + _fresh_stories(session, fresh_parts)


def _fresh_stories(
    session: pipeline.AnalysisSession, parts: tuple[str, ...]
) -> list[tuple[str, str, list[Article], dict, dict[str, str]]]:
    """The ECB+ stories of ``parts``, articles in the order of the gold's ``articles`` (keys are file stems)."""
    out = []
    for path in sorted(GOLD.glob("ecb_*.json")):
        doc = read(path)
        if doc["part"] not in parts:
            continue
        if not ECBPLUS.is_dir():
            print(f"bench_entities: no dev data at {ECBPLUS}, {path.name} skipped", file=sys.stderr)
            continue
        paths = gold_paths(ECBPLUS, path)
        arts = articles_by_key(paths, pipeline.load([str(p) for p in paths.values()], session.options).articles)
        out.append((doc["part"], doc["story"], list(arts.values()), doc, {s: raw_text(p) for s, p in paths.items()}))
    return out


def measure(stories: list, analyses: dict[str, Analysis]) -> dict[str, EntityScore]:
    """Scores by part (seeds, basil, pairs) and in all."""
    parts: dict[str, EntityScore] = {}
    for part, _key, arts, doc, raws in stories:
        comparison = compare(arts, [analyses[a.id] for a in arts], stories=[[a.id for a in arts]])
        keys = list(raws)
        by_outlet = dict(zip(keys, arts, strict=True)) if part != "seeds" else {a.id[:3]: a for a in arts}
        got = score(load_gold(doc, by_outlet, raws), comparison)
        parts.setdefault(part, EntityScore())
        parts[part] += got
        if part not in HELD_OUT:
            parts.setdefault("all", EntityScore())
            parts["all"] += got
    return parts


def tuning_conflicts(session: pipeline.AnalysisSession) -> list[str]:
    """Attribute conflicts and possible differences on every BASIL tuning story (forced one story).

    The BASIL gold (``benchmarks/gold/basil``) has no attribute disagreement
    on these stories, so each line is a false alarm unless a reader finds the
    articles really differ.
    """
    if not BASIL.is_dir():
        return []
    out = []
    for key in TUNE:
        arts = pipeline.load([str(p) for p in basil_paths(BASIL, key).values()], session.options).articles
        out += _alarm_rows(f"{key}:", compare(arts, session.analyse(arts), stories=[[a.id for a in arts]]))
    return out


def _alarm_rows(prefix: str, comparison: Comparison) -> list[str]:
    """A comparison's attribute rows in conflict or possible, one line each, after ``prefix``."""
    names = {e.id: e.name for e in comparison.entities}
    return [
        f"{prefix} {row.status} {names[row.entity]} {row.name}: "
        + "; ".join(f"{v.text} ({v.article})" for v in row.values)
        for row in comparison.attributes
        if row.status in ("conflict", "possible")
    ]


#: The ECB+ topics whose ``..ecbplus.txt`` articles an unseen entity part holds: never run here. Empty since
#: fresh4 (topics 25, 27, 35) became a tuning part in the ninth session.
UNSEEN_ECBPLUS_TOPICS: tuple[int, ...] = ()


def topic_alarms(session: pipeline.AnalysisSession) -> list[str]:
    """Attribute conflicts and possible differences on every allowed ECB+ topic (``--ecb-topics``).

    Each topic's ``..ecbplus.txt`` articles are compared as one story; topics an unseen part holds are
    skipped unread. There is no gold: the rows are read by hand (most true differences are ages and
    counts; a role row of one person named by several descriptions is the usual false one).
    """
    out = []
    topics = sorted({int(p.name.split("_")[1]) for p in ECBPLUS.glob("ecb_*_*ecbplus.txt")})
    for topic in topics:
        if topic in UNSEEN_ECBPLUS_TOPICS:
            continue
        paths = sorted(ECBPLUS.glob(f"ecb_{topic}_*ecbplus.txt"))
        arts = pipeline.load([str(p) for p in paths], session.options).articles
        out += _alarm_rows(f"t{topic}", compare(arts, session.analyse(arts), stories=[[a.id for a in arts]]))
    return out


def _line(name: str, s: EntityScore) -> str:
    return (
        f"{name:6} precision {s.precision:.3f} ({s.right_values}/{s.engine_values})"
        f"  recall {s.recall:.3f} ({s.found_values}/{s.gold_values})"
        f"  conflicts found {s.conflicts_found}/{s.gold_conflicts}"
        f"  conflicts on compatible values {s.false_conflicts} (possible {s.false_possible},"
        f" of {s.compatible_attributes})  status right {s.status_right}/{s.status_total}"
    )


def _alone_flag(args: argparse.Namespace) -> str | None:
    """The part asked for alone (``--held2``, ``--fresh`` ... ``--fresh13``), if any."""
    return next((part for part in ALONE if getattr(args, part)), None)


def _wanted(part: str, args: argparse.Namespace) -> bool:
    """Whether a story of ``part`` is scored: only one part with its own flag (held2, a fresh part), held when asked."""
    alone = _alone_flag(args)
    if alone is not None:
        return part == alone
    return part not in HELD_OUT or (part == "held" and args.held)


def main() -> None:
    """Load and analyse the gold stories once, then print the figures (per sweep value)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and wrong value")
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument("--sweep", metavar="FIELD=v1,v2", help="e.g. entities.role_factor=0.5,0.8")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "--held", action="store_true", help="also score the held-aside stories (run once, at the end of a change)"
    )
    chosen.add_argument(
        "--held2",
        action="store_true",
        help="score only the five BASIL stories held aside in the seventeenth session, never tuned on (run once, at the"
        " end of a session)",
    )
    chosen.add_argument("--fresh", action="store_true", help="score only the first fresh ECB+ part (a tuning set)")
    chosen.add_argument(
        "--fresh2",
        action="store_true",
        help="score only the second fresh ECB+ part (a tuning set from the sixth session)",
    )
    chosen.add_argument(
        "--fresh3",
        action="store_true",
        help="score only the third fresh ECB+ part (a tuning set from the eighth session)",
    )
    chosen.add_argument(
        "--fresh4",
        action="store_true",
        help="score only the fourth fresh ECB+ part (a tuning set from the ninth session)",
    )
    chosen.add_argument(
        "--fresh5",
        action="store_true",
        help="score only the fifth fresh ECB+ part, never tuned on (run once, at the end of a session)",
    )
    chosen.add_argument(
        "--fresh6",
        action="store_true",
        help="score only the sixth fresh ECB+ part, never tuned on (run once, at the end of a session)",
    )
    chosen.add_argument(
        "--fresh7",
        action="store_true",
        help="score only the seventh fresh ECB+ part (a tuning set from the eleventh session, after its first run)",
    )
    chosen.add_argument(
        "--fresh8",
        action="store_true",
        help="score only the eighth fresh ECB+ part (a tuning set from the twelfth session, after its first run)",
    )
    chosen.add_argument(
        "--fresh9",
        action="store_true",
        help="score only the ninth fresh ECB+ part (a tuning set from the thirteenth session, after its first run)",
    )
    chosen.add_argument(
        "--fresh10",
        action="store_true",
        help="score only the tenth fresh ECB+ part (a tuning set from the fourteenth session, after its first run)",
    )
    chosen.add_argument(
        "--fresh11",
        action="store_true",
        help="score only the eleventh fresh ECB+ part (a tuning set from the fifteenth session, after its first run)",
    )
    chosen.add_argument(
        "--fresh12",
        action="store_true",
        help="score only the twelfth fresh ECB+ part (a tuning set from the sixteenth session, after its first run)",
    )
    chosen.add_argument(
        "--fresh13",
        action="store_true",
        help="score only the thirteenth fresh part, five BASIL stories (a tuning set from the seventeenth session, "
        "after its first run)",
    )
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/tuicompare-dev-cache"))
    parser.add_argument(
        "--ecb-topics",
        action="store_true",
        help="list the attribute conflicts and possible differences on every allowed ECB+ topic (no gold)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.ecb_topics:
        with pipeline.AnalysisSession(pipeline.Options(cache_dir=args.cache_dir)) as session:
            rows = topic_alarms(session)
        print("\n".join(rows))
        conflicts = sum(" conflict " in row for row in rows)
        took = time.perf_counter() - started
        print(f"rows in conflict or possible {len(rows)}, conflicts {conflicts}; total {took:.1f}s")
        return
    with pipeline.AnalysisSession(pipeline.Options(cache_dir=args.cache_dir)) as session:
        fresh_parts = tuple(p for p in FRESH if _wanted(p, args))
        stories = [s for s in _stories(session, fresh_parts) if _wanted(s[0], args)]
        everything = [a for _p, _k, arts, _d, _r in stories for a in arts]
        analyses = {a.article: a for a in session.analyse(everything)}
        alarms = [] if _alone_flag(args) else tuning_conflicts(session)
    out = {}
    for label, value in sweep_values(args.sweep):
        with swept(args.sweep, value):
            parts = measure(stories, analyses)
        out[label or "figures"] = {
            name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), **vars(s)}
            for name, s in parts.items()
        } | {"basil_tuning_attribute_conflicts": alarms}
        if not args.json:
            print(f"== entity sheet{' ' + label if label else ''}: {len(stories)} stories")
            for name in ("seeds", "basil", "pairs", "all", *HELD_OUT):
                if name in parts:
                    print("  " + _line(name, parts[name]))
            if not _alone_flag(args):
                print(
                    f"  attribute conflicts or possible differences on the {len(TUNE)} BASIL tuning stories:"
                    f" {len(alarms)}"
                )
            if args.verbose:
                held = [n for name in HELD_OUT if name in parts for n in parts[name].notes]
                for note in (parts["all"].notes if "all" in parts else []) + alarms + held:
                    print(f"    {note}")
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"total {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
