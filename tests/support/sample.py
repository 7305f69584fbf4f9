"""A small hand-made comparison for the report tests (no tests here).

Three articles of one story disagree on a date and a number and spell a name
two ways; a fourth article is a story of its own. Two articles carry hostile
text: Rich markup, HTML, Markdown syntax, escape sequences and a bidi override.
"""

from __future__ import annotations

from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Conflict,
    ConflictValue,
    Entity,
    EntitySpan,
    Group,
    LoadWarning,
    Mention,
    Sentence,
    Story,
    split_sentence_id,
)

HOSTILE_MARKUP = ("[bold]x[/]", "[link=https://e.com]y[/link]", "[@click=app.quit]")
HOSTILE_SENTENCE = (
    "Hostile [bold]x[/] and [link=https://e.com]y[/link] and [@click=app.quit] "
    "and <b>html</b> & `code` | pipe ![img](https://e.com/i.png) *em* _u_ ~~s~~."
)
ESCAPES = "\x1b[31m red \x1b]52;c;ZXZpbA==\x07 \x1b]8;;https://e.com\x07link\x1b]8;;\x07 \u202eevil \x9b2J"
HOSTILE_TITLE = "[red]Gamma[/red] <script>alert(1)</script> report"

SENTENCES = {
    "alpha": [
        "Mayor Anna Kowalski opened the Elm Street bridge on Monday.",
        "The bridge cost 5,936 dollars per metre.",
        "Crowds of 300 people watched.",
    ],
    "beta": [
        "Mayor Anna Kovalski opened the Elm Street bridge on Monday.",
        "The bridge cost [b]7,000[/b] dollars per metre.",
        HOSTILE_SENTENCE,
    ],
    "gamma": [
        "Anna Kowalski opened a bridge on Tuesday.",
        "# Heading? 1. list " + ESCAPES,
    ],
    "delta": ["A storm hit the coast of Norway."],
}
ENTITIES = {  # (sentence id, surface text, label)
    "alpha": [
        (0, "Anna Kowalski", "PERSON"),
        (0, "Elm Street", "FAC"),
        (0, "Monday", "DATE"),
        (1, "5,936", "CARDINAL"),
    ],
    "beta": [(0, "Anna Kovalski", "PERSON"), (0, "Elm Street", "FAC"), (0, "Monday", "DATE"), (1, "7,000", "CARDINAL")],
    "gamma": [(0, "Anna Kowalski", "PERSON"), (0, "Tuesday", "DATE")],
    "delta": [(0, "Norway", "GPE")],
}


def _article(aid: str, title: str, **meta: str) -> tuple[Article, Analysis]:
    text = " ".join(SENTENCES[aid])
    sentences, offset = [], 0
    for index, sentence in enumerate(SENTENCES[aid]):
        spans = tuple(
            EntitySpan(
                offset + sentence.index(surface), offset + sentence.index(surface) + len(surface), label, surface
            )
            for i, surface, label in ENTITIES[aid]
            if i == index
        )
        sentences.append(Sentence(aid, index, offset, offset + len(sentence), sentence, spans))
        offset += len(sentence) + 1
    return Article(aid, f"in/{aid}.txt", title, text, **meta), Analysis(
        aid, tuple(sentences), "en_core_web_sm", "3.8.0"
    )


def mention(analyses: dict[str, Analysis], sid: str, surface: str) -> Mention:
    """The mention of ``surface`` in sentence ``sid`` (``article:index``)."""
    aid, index = split_sentence_id(sid)
    sentence = analyses[aid].sentences[index]
    start = sentence.start + sentence.text.index(surface)
    return Mention(sid, surface, start, start + len(surface))


def sample_comparison() -> Comparison:
    """Build the comparison described in the module docstring."""
    pairs = [
        _article("alpha", "Mayor opens bridge", outlet="Daily Alpha", date="2024-05-06", url="https://alpha.example/b"),
        _article("beta", "Bridge opened", outlet="Beta [News]"),
        _article("gamma", HOSTILE_TITLE, format="markdown"),
        _article("delta", "Storm"),
    ]
    articles = tuple(a for a, _ in pairs)
    analyses = {x.article: x for _, x in pairs}

    def m(sid: str, surface: str) -> Mention:
        return mention(analyses, sid, surface)

    groups = (
        Group("g1", "s1", ("alpha:0", "beta:0", "gamma:0"), 0.82),
        Group("g2", "s1", ("alpha:1", "beta:1"), 0.9),
        Group("g3", "s1", ("alpha:2",), 0.0),
        Group("g4", "s1", ("beta:2",), 0.0),
        Group("g5", "s1", ("gamma:1",), 0.0),
        Group("g6", "s2", ("delta:0",), 0.0),
    )
    entities = (
        Entity(
            "e1",
            "PERSON",
            "Anna Kowalski",
            (m("alpha:0", "Anna Kowalski"), m("beta:0", "Anna Kovalski"), m("gamma:0", "Anna Kowalski")),
        ),
        Entity("e2", "FAC", "Elm Street", (m("alpha:0", "Elm Street"), m("beta:0", "Elm Street"))),
        Entity("e3", "GPE", "Norway", (m("delta:0", "Norway"),)),
    )
    conflicts = (
        Conflict(
            "c1",
            "conflict",
            "date",
            "g1",
            (
                ConflictValue(
                    "Monday", ("alpha", "beta"), ("alpha:0", "beta:0"), (m("alpha:0", "Monday"), m("beta:0", "Monday"))
                ),
                ConflictValue("Tuesday", ("gamma",), ("gamma:0",), (m("gamma:0", "Tuesday"),)),
            ),
        ),
        Conflict(
            "c2",
            "variant",
            "person",
            "g1",
            (
                ConflictValue(
                    "Anna Kowalski",
                    ("alpha", "gamma"),
                    ("alpha:0", "gamma:0"),
                    (m("alpha:0", "Anna Kowalski"), m("gamma:0", "Anna Kowalski")),
                ),
                ConflictValue("Anna Kovalski", ("beta",), ("beta:0",), (m("beta:0", "Anna Kovalski"),)),
            ),
        ),
        Conflict(
            "c3",
            "conflict",
            "number",
            "g2",
            (
                ConflictValue("5,936", ("alpha",), ("alpha:1",), (m("alpha:1", "5,936"),)),
                ConflictValue("[b]7,000[/b]", ("beta",), ("beta:1",), (m("beta:1", "[b]7,000[/b]"),)),
            ),
        ),
    )
    s1 = ("alpha", "beta", "gamma")
    claims = (
        Claim(
            "k1",
            SENTENCES["alpha"][0],
            "g1",
            "s1",
            {"alpha": "supports", "beta": "variant", "gamma": "contradicts"},
            ("c1", "c2"),
        ),
        Claim(
            "k2",
            SENTENCES["alpha"][1],
            "g2",
            "s1",
            {"alpha": "supports", "beta": "contradicts", "gamma": "absent"},
            ("c3",),
        ),
        Claim("k3", SENTENCES["alpha"][2], "g3", "s1", {"alpha": "supports", "beta": "absent", "gamma": "absent"}),
        Claim("k4", HOSTILE_SENTENCE, "g4", "s1", {a: "supports" if a == "beta" else "absent" for a in s1}),
        Claim("k5", SENTENCES["delta"][0], "g6", "s2", {"delta": "supports"}),
        Claim("k6", SENTENCES["gamma"][1], "g5", "s1", {a: "supports" if a == "gamma" else "absent" for a in s1}),
    )
    return Comparison(
        articles=articles,
        analyses=tuple(analyses.values()),
        stories=(Story("s1", s1), Story("s2", ("delta",))),
        groups=groups,
        entities=entities,
        conflicts=conflicts,
        claims=claims,
        warnings=(LoadWarning("broken.bin", "not text: binary data"), LoadWarning("[bold]evil[/].txt", "empty file")),
    )
