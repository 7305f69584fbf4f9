"""Small comparisons built by hand, for widget tests that need exact control.

The seeds (run through the real pipeline) are the main test corpus; these
hand-built comparisons pin down layouts the seeds do not have: hostile text,
very long sentences, many articles and a single article.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Conflict,
    ConflictValue,
    Entity,
    Group,
    Mention,
    Sentence,
    Story,
)

HOSTILE = (
    "Click [@click=app.quit]here[/] or [bold red]shout[/] and [link=https://evil.example]visit[/link]"
    " https://evil.example now."
)


def _article(aid: str, title: str, sentences: Sequence[str], **meta: str) -> tuple[Article, Analysis]:
    text = " ".join(sentences)
    found: list[Sentence] = []
    at = 0
    for i, s in enumerate(sentences):
        start = text.index(s, at)
        found.append(Sentence(aid, i, start, start + len(s), s))
        at = start + len(s)
    return Article(aid, f"{aid}.txt", title, text, **meta), Analysis(aid, tuple(found), "hand", "0")


def _mention(analysis: Analysis, index: int, word: str) -> Mention:
    s = analysis.sentences[index]
    m = re.search(re.escape(word), s.text)
    assert m, (word, s.text)
    return Mention(s.id, word, s.start + m.start(), s.start + m.end())


def build(story_texts: dict[str, dict[str, list[str]]]) -> tuple[list[Article], list[Analysis], list[Story]]:
    """Articles and analyses from ``{story: {article id: sentences}}``."""
    articles, analyses, stories = [], [], []
    for sid, arts in story_texts.items():
        for aid, sents in arts.items():
            a, an = _article(aid, f"Title of {aid}", sents, outlet="Hand Gazette", date="2026-11-25")
            articles.append(a)
            analyses.append(an)
        stories.append(Story(sid, tuple(arts)))
    return articles, analyses, stories


def tiny_comparison() -> Comparison:
    """Three rewrites of a story (a conflict, a variant, a lone sentence) and a one-article story."""
    articles, analyses, stories = build(
        {
            "s1": {
                "a": ["The mayor of Springfield opened the bridge on Monday.", "About 300 people attended.", HOSTILE],
                "b": ["The mayor of Springfield opened the new bridge on Tuesday.", "About 300 people came."],
                "c": ["Springfield's mayor opened the bridge on Monday.", "Some 3OO people attended.", "It rained."],
            },
            "s2": {"d": ["A lone article about the harbour.", "Nothing else reports it."]},
        }
    )
    an = {a.article: a for a in analyses}
    groups = (
        Group("g0", "s1", ("a:0", "b:0", "c:0"), 0.9),
        Group("g1", "s1", ("a:1", "b:1", "c:1"), 0.8),
        Group("g2", "s1", ("a:2",), 0.0),
        Group("g3", "s1", ("c:2",), 0.0),
        Group("g4", "s2", ("d:0",), 0.0),
        Group("g5", "s2", ("d:1",), 0.0),
    )
    conflicts = (
        Conflict(
            "x0",
            "conflict",
            "date",
            "g0",
            (
                ConflictValue(
                    "Monday",
                    ("a", "c"),
                    ("a:0", "c:0"),
                    (_mention(an["a"], 0, "Monday"), _mention(an["c"], 0, "Monday")),
                ),
                ConflictValue("Tuesday", ("b",), ("b:0",), (_mention(an["b"], 0, "Tuesday"),)),
            ),
        ),
        Conflict(
            "x1",
            "variant",
            "number",
            "g1",
            (
                ConflictValue(
                    "300", ("a", "b"), ("a:1", "b:1"), (_mention(an["a"], 1, "300"), _mention(an["b"], 1, "300"))
                ),
                ConflictValue("3OO", ("c",), ("c:1",), (_mention(an["c"], 1, "3OO"),)),
            ),
        ),
    )
    entities = (Entity("e0", "GPE", "Springfield", tuple(_mention(an[x], 0, "Springfield") for x in "abc")),)
    claims = (
        Claim(
            "k0",
            "The mayor opened the bridge on Monday",
            "g0",
            "s1",
            {"a": "supports", "b": "contradicts", "c": "supports"},
            ("x0",),
        ),
        Claim(
            "k1",
            "About 300 people attended",
            "g1",
            "s1",
            {"a": "supports", "b": "supports", "c": "variant"},
            ("x1",),
        ),
        Claim("k2", "Hostile [bold]claim[/] text", "g2", "s1", {"a": "supports", "b": "absent", "c": "absent"}),
        Claim("k3", "It rained", "g3", "s1", {"a": "absent", "b": "absent", "c": "supports"}),
        Claim("k4", "A lone article about the harbour", "g4", "s2", {"d": "supports"}),
    )
    return Comparison(tuple(articles), tuple(analyses), tuple(stories), groups, entities, conflicts, claims)


def wide_comparison(n_articles: int = 12, n_rows: int = 40, long: bool = False) -> Comparison:
    """One story of ``n_articles`` articles and ``n_rows`` aligned rows (long sentences if ``long``)."""
    filler = " ".join(["word"] * 120) if long else "words"
    texts = {
        f"art{i:02d}": [f"Row {r} sentence from article {i} with some {filler} here." for r in range(n_rows)]
        for i in range(n_articles)
    }
    articles, analyses, stories = build({"big": texts})
    groups = tuple(
        Group(f"g{r}", "big", tuple(f"art{i:02d}:{r}" for i in range(n_articles)), 0.7) for r in range(n_rows)
    )
    return Comparison(tuple(articles), tuple(analyses), tuple(stories), groups, (), (), ())


def _losing(conflict: Conflict) -> set[str]:
    first = set(conflict.values[0].articles)
    return {a for v in conflict.values[1:] for a in v.articles} - first


def with_possible(comparison: Comparison, confidence: float = 0.4) -> tuple[Comparison, Conflict, Claim, str]:
    """The comparison with one conflict made a possible difference.

    The conflict chosen is the first whose claim an article contradicts on
    that conflict alone, so the honest stance of that article is ``supports``.

    Returns:
        The new comparison, the possible difference, its claim (as the
        engine wrote it) and the article whose stance it was.
    """
    by_id = {c.id: c for c in comparison.conflicts}
    for conflict in comparison.conflicts:
        if conflict.kind != "conflict":
            continue
        for claim in comparison.claims:
            if conflict.id not in claim.conflicts:
                continue
            others = [by_id[c] for c in claim.conflicts if c != conflict.id]
            for article in sorted(_losing(conflict)):
                if claim.stances.get(article) == "contradicts" and not any(article in _losing(o) for o in others):
                    possible = dataclasses.replace(conflict, kind="possible", confidence=confidence)
                    conflicts = tuple(possible if c.id == conflict.id else c for c in comparison.conflicts)
                    return dataclasses.replace(comparison, conflicts=conflicts), possible, claim, article
    raise AssertionError("no conflict of the seeds is the only reason of a contradicting stance")


def two_disputed_stories() -> Comparison:
    """Two stories of two articles, each with one date conflict on its second row, then a one-article story."""
    articles, analyses, stories = build(
        {
            "s1": {
                "a": ["The bridge opened in Springfield.", "It opened on Monday.", "Crowds cheered."],
                "b": ["The bridge opened in Springfield.", "It opened on Tuesday.", "Crowds cheered."],
            },
            "s2": {
                "c": ["The harbour closed in Shelbyville.", "It closed on Friday.", "Boats waited."],
                "d": ["The harbour closed in Shelbyville.", "It closed on Sunday.", "Boats waited."],
            },
            "s3": {"e": ["A lone article about the zoo."]},
        }
    )
    an = {a.article: a for a in analyses}
    groups = tuple(
        Group(f"{sid}g{r}", sid, (f"{x}:{r}", f"{y}:{r}"), 0.9)
        for sid, (x, y) in (("s1", ("a", "b")), ("s2", ("c", "d")))
        for r in range(3)
    ) + (Group("s3g0", "s3", ("e:0",), 0.0),)

    def date(cid: str, group: str, x: str, xv: str, y: str, yv: str) -> Conflict:
        return Conflict(
            cid,
            "conflict",
            "date",
            group,
            (
                ConflictValue(xv, (x,), (f"{x}:1",), (_mention(an[x], 1, xv),)),
                ConflictValue(yv, (y,), (f"{y}:1",), (_mention(an[y], 1, yv),)),
            ),
        )

    conflicts = (date("d1", "s1g1", "a", "Monday", "b", "Tuesday"), date("d2", "s2g1", "c", "Friday", "d", "Sunday"))
    return Comparison(tuple(articles), tuple(analyses), tuple(stories), groups, (), conflicts, ())


def agreeing_with_one_conflict(n_articles: int = 3, n_rows: int = 30, row: int = 10) -> Comparison:
    """`wide_comparison` with one number conflict on ``row``: every other row is one every source agrees on."""
    base = wide_comparison(n_articles, n_rows)
    conflict = Conflict(
        "x",
        "conflict",
        "number",
        f"g{row}",
        (ConflictValue("12", ("art00",), (f"art00:{row}",)), ConflictValue("13", ("art01",), (f"art01:{row}",))),
    )
    return dataclasses.replace(base, conflicts=(conflict,))


def stories_to_sort() -> Comparison:
    """Three stories whose orders by unreviewed conflicts, conflicts and articles all differ once reviewed.

    ``s1``: one article; ``s2``: three articles, one date conflict on row 1;
    ``s3``: two articles, a place conflict on row 0 and a date conflict on row 1.
    """
    articles, analyses, stories = build(
        {
            "s1": {"e": ["A lone article about the zoo."]},
            "s2": {
                "f": ["The harbour closed in Shelbyville.", "It closed on Friday.", "Boats waited."],
                "g": ["The harbour closed in Shelbyville.", "It closed on Sunday.", "Boats waited."],
                "h": ["The harbour closed in Shelbyville.", "It closed on Friday.", "Boats waited."],
            },
            "s3": {
                "a": ["The bridge opened in Springfield.", "It opened on Monday.", "Crowds cheered."],
                "b": ["The bridge opened in Ogdenville.", "It opened on Tuesday.", "Crowds cheered."],
            },
        }
    )
    an = {a.article: a for a in analyses}
    groups = (
        (Group("s1g0", "s1", ("e:0",), 0.0),)
        + tuple(Group(f"s2g{r}", "s2", (f"f:{r}", f"g:{r}", f"h:{r}"), 0.9) for r in range(3))
        + tuple(Group(f"s3g{r}", "s3", (f"a:{r}", f"b:{r}"), 0.9) for r in range(3))
    )

    def value(text: str, row: int, *holders: str) -> ConflictValue:
        return ConflictValue(
            text, holders, tuple(f"{x}:{row}" for x in holders), tuple(_mention(an[x], row, text) for x in holders)
        )

    conflicts = (
        Conflict("c2", "conflict", "date", "s2g1", (value("Friday", 1, "f", "h"), value("Sunday", 1, "g"))),
        Conflict("c3a", "conflict", "place", "s3g0", (value("Springfield", 0, "a"), value("Ogdenville", 0, "b"))),
        Conflict("c3b", "conflict", "date", "s3g1", (value("Monday", 1, "a"), value("Tuesday", 1, "b"))),
    )
    return Comparison(tuple(articles), tuple(analyses), tuple(stories), groups, (), conflicts, ())
