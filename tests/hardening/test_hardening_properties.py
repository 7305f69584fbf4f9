"""Property tests (hypothesis) over the loader, the sanitizer, the engine and the JSON round trip.

Already covered elsewhere and not repeated here: ``st.text()`` through
``clean_text``/``clean_name`` (test_sanitize.py), any text in a file of each
suffix and any bytes on stdin (test_corpus_robust.py), and hand-built comparisons
through the reports (test_report_properties.py). These add: whole escape
sequences between ordinary text, arbitrary bytes and JSON documents in
folders of files, and corpora run through the real spaCy model and the real
engine, whose output must satisfy the model's invariants and survive the
JSON round trip.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tests.support.invariants import check_comparison, examples, without_tokens
from tuicompare import report
from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.load.corpus import load_corpus
from tuicompare.models import Analysis, Article, EntitySpan, Sentence, Token
from tuicompare.sanitize import clean_name, clean_text

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hardening-properties")]

UNSAFE = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x7f\x85\x9b\x9c\x9d\u200b\u202e\u2066\ufeff"
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# --- the sanitizer: whole sequences between ordinary text -------------------------

safe_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), max_size=30)
params = st.text("0123456789;:?<=>", max_size=8)
string_body = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20)


@st.composite
def sequences(draw) -> str:
    """A complete escape sequence of any kind, in 7-bit or 8-bit form."""
    csi = draw(st.sampled_from(["\x1b[", "\x9b"])) + draw(params) + draw(st.text(" !\"#$%&'()*+,-./", max_size=2))
    csi += draw(st.characters(min_codepoint=0x40, max_codepoint=0x7E))
    intro = draw(st.sampled_from(["\x1b]", "\x1bP", "\x1bX", "\x1b^", "\x1b_", "\x9d", "\x90", "\x98", "\x9e", "\x9f"]))
    end = draw(st.sampled_from(["\x07", "\x1b\\", "\x9c"]))
    control_string = intro + draw(string_body) + end
    # A final byte that does not open a control string or a CSI instead.
    final = draw(st.characters(min_codepoint=0x30, max_codepoint=0x7E, exclude_characters="[]PX^_"))
    two_char = "\x1b" + draw(st.text(" !\"#$%&'()*+,-./", max_size=2)) + final
    # Lone controls that are not line breaks (VT, FF and NEL become newlines) nor introducers.
    single = draw(st.sampled_from(list("\x00\x01\x07\x08\x0e\x7f\x84\x9c\u200b\u202e\u2066\ufeff\u061c")))
    return draw(st.sampled_from([csi, control_string, two_char, single]))


@settings(FAST, max_examples=examples(300))
@given(st.lists(st.tuples(safe_text, sequences()), max_size=6), safe_text)
def test_whole_sequences_vanish_and_text_around_them_is_kept(pieces, tail) -> None:
    raw = "".join(text + seq for text, seq in pieces) + tail
    expected = "".join(text for text, _ in pieces) + tail
    assert clean_text(raw) == expected
    assert clean_name(raw) == " ".join(expected.split())


# --- the loader: folders of arbitrary files ----------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "body", "title", "source", "url", "date", "articles", "x"]) | st.text(max_size=5),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)
file_contents = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.lists(json_values, max_size=5).map(lambda vs: "\n".join(json.dumps(v) for v in vs).encode()),
    st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode("utf-8", "surrogatepass")),
)
suffixes = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"])
names = st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=12).filter(
    lambda n: n not in (".", "..") and not n.startswith(".")
)


@settings(FAST, max_examples=examples(60))
@given(st.lists(st.tuples(names, suffixes, file_contents), min_size=1, max_size=6, unique_by=lambda f: f[0] + f[1]))
def test_any_folder_of_files_loads_every_file_or_says_why(tmp_path_factory, files) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    for name, suffix, data in files:
        (folder / (name + suffix)).write_bytes(data)
    result = load_corpus([str(folder)])
    assert len({a.id for a in result.articles}) == len(result.articles)
    # Names differing only in invisible characters look alike once cleaned, so count, not compare.
    accounted = {a.path for a in result.articles} | {re.sub(r"#\d+$", "", w.path) for w in result.warnings}
    assert len(result.articles) + len(result.warnings) >= len(files), "every file is loaded or warned about"
    assert str(folder) not in {p.rstrip("/") for p in accounted}, "a warning names its file, not the folder"
    for article in result.articles:
        for value in (article.id, article.title, article.text, article.path, article.outlet or "", article.url or ""):
            assert not any(c in value for c in UNSAFE) and "\r" not in value
        assert article.text == article.text.strip() and article.text
    for warning in result.warnings:
        assert not any(c in str(warning) for c in UNSAFE + "\n")


# --- the engine on arbitrary small corpora (real spaCy) ------------------------------

PEOPLE = ["Anna Kowalski", "Kowalski", "Ana Kovalski", "Jan Nowak", "Nowak", "Vladimir Putin", "Putin", "Maria Silva"]
PLACES = ["Gdansk", "Gdańsk", "Warsaw", "Krakow", "the Baltic port", "Moscow", "Lisbon"]
NUMBERS = ["300", "3,000", "three hundred", "12 percent", "$4 million", "1,200", "40"]
DATES = ["Monday", "Tuesday", "March 3", "2024", "last week"]
VERBS = ["said", "opened", "visited", "denied", "announced", "confirmed"]
OBJECTS = ["the bridge", "a new hospital", "the agreement", "the plan", "the talks", "a report"]


@st.composite
def sentences_(draw) -> str:
    who, where = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(PLACES))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        s = (
            f"{who} {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(OBJECTS))}"
            f" in {where} on {draw(st.sampled_from(DATES))}."
        )
    elif shape == 1:
        s = f"About {draw(st.sampled_from(NUMBERS))} people came to {where}, {who} said."
    elif shape == 2:
        s = f"{who} did not {draw(st.sampled_from(['deny', 'confirm', 'visit']))} {draw(st.sampled_from(OBJECTS))}."
    else:
        s = draw(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40))
    return s


@st.composite
def corpora(draw) -> list[Article]:
    n = draw(st.integers(1, 4))
    articles = []
    for i in range(n):
        body = draw(st.lists(sentences_(), min_size=1, max_size=6))
        joiner = draw(st.sampled_from([" ", "\n", "\n\n"]))
        text = clean_text(joiner.join(body)).strip()
        assume(any(c.isalpha() for c in text))
        articles.append(Article(id=f"a{i}", path=f"a{i}.txt", title=f"Article {i}", text=text))
    return articles


#: Found by the test: the second article's number loses only a possible difference, while its place (which a
#: linked sentence of the third states too) leads the conflict shown. It once read "contradicts".
_HOLDERS_SHOWN = [
    "About 300 people came to Gdansk, Anna Kowalski said. " * 4
    + "About 300 people came to Gdansk, Anna Kowalski said.",
    "Anna Kowalski said the bridge in Gdansk on Monday. " * 2
    + "About 3,000 people came to Warsaw, Anna Kowalski said.",
    "Anna Kowalski said the bridge in Gdansk on Monday. Anna Kowalski did not deny the bridge. "
    "Anna Kowalski said the bridge in Warsaw on Monday.",
]


@settings(FAST, max_examples=examples(40))
@given(corpora())
@example(articles=[Article(f"a{i}", f"a{i}.txt", f"Article {i}", text) for i, text in enumerate(_HOLDERS_SHOWN)])
def test_real_analysis_and_engine_keep_every_invariant_and_json_round_trips(model, articles) -> None:
    analyses = nlp.analyze(articles)
    comparison = compare(articles, analyses)
    check_comparison(comparison)
    document = json.loads(report.json_text(report.to_json(comparison)))
    assert report.validate(document) == []
    assert report.from_json(document) == without_tokens(comparison)


# --- the engine on synthesized analyses (labels and trees spaCy would not give) -------

LABELS = ["PERSON", "GPE", "LOC", "ORG", "CARDINAL", "DATE", "MONEY", "PERCENT", "QUANTITY", "NORP", "TIME", "WEIRD"]
POS = ["NOUN", "PROPN", "VERB", "NUM", "ADJ", "PART", "AUX", "PUNCT", "X"]
DEPS = ["nsubj", "ROOT", "dobj", "neg", "nummod", "compound", "pobj", "prep", "punct", "dep"]
WORDS = [
    "Kowalski",
    "Nowak",
    "Gdansk",
    "300",
    "3,000",
    "Monday",
    "not",
    "bridge",
    "opened",
    "said",
    "12",
    "%",
    "the",
    ".",
]


@st.composite
def synthetic(draw) -> tuple[list[Article], list[Analysis]]:
    """Articles of random words with random sentence splits, entity spans, tags and trees."""
    articles, analyses = [], []
    for i in range(draw(st.integers(1, 4))):
        aid = f"x{i}"
        text, sentences = "", []
        for index in range(draw(st.integers(0, 5))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
            start = len(text) + (1 if text else 0)
            text += (" " if text else "") + " ".join(words)
            tokens, offsets, at = [], [], start
            for w in words:
                offsets.append((at, at + len(w)))
                at += len(w) + 1
            for n, (s, e) in enumerate(offsets):
                head = draw(st.integers(0, len(words) - 1))
                tokens.append(
                    Token(
                        s,
                        e,
                        text[s:e].lower(),
                        draw(st.sampled_from(POS)),
                        draw(st.sampled_from(DEPS)),
                        head if n else 0,
                    )
                )
            entities = []
            n = 0
            while n < len(words):
                width = draw(st.integers(1, 3))
                if draw(st.booleans()) and n + width <= len(words):
                    s, e = offsets[n][0], offsets[n + width - 1][1]
                    entities.append(EntitySpan(s, e, draw(st.sampled_from(LABELS)), text[s:e]))
                n += width
            end = offsets[-1][1]
            sentences.append(Sentence(aid, index, start, end, text[start:end], tuple(entities), tuple(tokens)))
        articles.append(Article(aid, f"{aid}.txt", aid, text or "."))
        analyses.append(Analysis(aid, tuple(sentences), "synthetic", "0"))
    return articles, analyses


@settings(FAST, max_examples=examples(150))
@given(synthetic())
def test_engine_on_synthesized_analyses_keeps_every_invariant(corpus) -> None:
    articles, analyses = corpus
    comparison = compare(articles, analyses)
    check_comparison(comparison)
    document = json.loads(report.json_text(report.to_json(comparison)))
    assert report.validate(document) == []
    assert report.from_json(document) == without_tokens(comparison)


def test_the_synthesizer_makes_what_spacy_makes(model, seeds_dir: Path) -> None:
    """Guard: real analyses pass the same checks, so the synthesized ones test a real contract."""
    loaded = load_corpus([str(seeds_dir)])
    check_comparison(compare(loaded.articles, nlp.analyze(loaded.articles)))
