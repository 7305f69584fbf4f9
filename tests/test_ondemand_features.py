"""An article's sentence features kept in the cache: a new process comparing articles compared before reads them back.

A story whose comparison is not cached (regrouped by hand, an article added) holds articles whose features an
earlier process read (``ondemand.features``, ``engine.keptrecord``): they are decoded instead of read from the
sentences again, with the same comparison as reading them afresh; a damaged or forged record is said, read
afresh and kept again; a record never serves another article, date or tuning.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

import pytest

from tests.support import SEEDS
from tests.support.pools import Pool, analysed_pool, fresh_cache
from tuicompare import pipeline
from tuicompare.analysis import nlp, stored
from tuicompare.engine import attributes, compare, kept, slotroles, wording
from tuicompare.engine.align import wording_keys
from tuicompare.engine.features import article_features
from tuicompare.engine.keptrecord import dump_features, dump_scores, load_features, load_scores
from tuicompare.engine.published import publication_date
from tuicompare.models import Article
from tuicompare.ondemand import StoryComparisons
from tuicompare.pipeline import AnalysisSession

REPORT = (
    "WASHINGTON --\n\n"
    "Published March 4, 2024 | 7:07 AM\n\n"
    "Gov. Ann Poe of Ohio said on Friday that 40 firefighters fought the blaze for six hours.\n\n"
    "The mill, which employs about 300 people, will stay closed until May, Poe's office said."
)


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Pool:
    """Options whose cache holds the seeds' analyses, and the seeds."""
    return analysed_pool(tmp_path_factory.mktemp("features-pool"), [str(SEEDS)])


def _features_keys(stories: StoryComparisons, salt: str) -> dict[str, str]:
    return {a.id: stored.features_key(stories.keys[a.id], a.date, salt) for a in stories.articles}


def _one_story(articles, options):
    analyses, _ = pipeline.analyse(articles, options)
    return compare(articles, analyses, stories=[[a.id for a in articles]])


def test_a_record_holds_the_features_read_afresh() -> None:
    (analysis,) = nlp.analyze([Article("a0", "a0.txt", "Mill fire", REPORT, date="2024-03-04")])
    features = article_features(analysis, date(2024, 3, 4))
    assert any(f.furniture for f in features) and any(s.kind == "date" for f in features for s in f.spans)
    loaded = load_features(dump_features(features), analysis).features
    assert loaded == features
    assert [s for f in loaded for s in f.spans] == [s for f in features for s in f.spans]
    assert {hash(s) for f in loaded for s in f.spans} == {hash(s) for f in features for s in f.spans}
    assert [f.parse for f in loaded] == [f.parse for f in features]


def test_a_damaged_record_or_one_of_another_article_is_refused() -> None:
    analyses = nlp.analyze(
        [
            Article("a0", "a0.txt", "Mill fire", REPORT, date="2024-03-04"),
            Article("a1", "a1.txt", "Fire", "Ann Poe said 60 firefighters came.", date="2024-03-04"),
        ]
    )
    record = dump_features(article_features(analyses[0]))
    with pytest.raises(ValueError, match="sentences are not the analysis's"):
        load_features(record, analyses[1])
    data = json.loads(record)
    spans = next(row[3] for row in data["sentences"] if row[3])
    spans[0][1] = 10**6  # a slot's end far past its sentence
    with pytest.raises(ValueError, match="outside its sentence"):
        load_features(json.dumps(data), analyses[0])
    with pytest.raises(ValueError, match="not JSON"):
        load_features(record[: len(record) // 2], analyses[0])
    data = json.loads(record)
    data["sentences"][2][2] = [99]  # a placeholder past the sentence's words
    with pytest.raises(ValueError, match="among the sentence's words"):
        load_features(json.dumps(data), analyses[0])


def test_the_entity_sheets_findings_read_back_and_a_misplaced_one_is_refused() -> None:
    articles = [
        Article("a0", "a0.txt", "Mill fire", REPORT, date="2024-03-04"),
        Article("a1", "a1.txt", "Fire", "Ohio Gov. Ann Poe, 52, said 60 firefighters came.", date="2024-03-04"),
    ]
    analyses = nlp.analyze(articles)
    compare(articles, analyses)
    features, findings = kept.kept_features(analyses[1], date(2024, 3, 4)), kept.kept_findings(analyses[1])
    assert any(f.attribute == "age" and f.text == "52" for by in findings.values() for x in by.values() for f in x)
    record = dump_features(features, findings)
    assert load_features(record, analyses[1]).findings == findings
    data = json.loads(record)
    data["findings"][0][4][0][2] = 10**6  # a finding's offset far past its sentence
    with pytest.raises(ValueError, match="finding lies outside its sentence"):
        load_features(json.dumps(data), analyses[1])
    # What the parse says of each slot (the age 52 qualifies Ann Poe) comes back on the features.
    (stored,) = [row for row in json.loads(record)["slots"]]
    loaded = load_features(record, analyses[1]).features
    assert slotroles.stored_reading(loaded[stored[0]]) == stored[1]
    roles = slotroles.slot_roles(
        [s for f in loaded for s in f.spans],
        {s.id: s for s in analyses[1].sentences},
        features={f.id: f for f in loaded},
    )
    (age,) = [s for f in loaded for s in f.spans if s.text == "52"]
    assert [t.text for t, _r in roles.anchors[age]] == ["Ann Poe"]
    data = json.loads(record)
    data["slots"][0][1][0][0] = 99  # a slot the sentence does not hold
    with pytest.raises(ValueError, match="not a slot of the sentence"):
        load_features(json.dumps(data), analyses[1])


def test_wording_scores_read_back_bit_for_bit_and_a_damaged_record_is_refused() -> None:
    articles = [
        Article("a0", "a0.txt", "Mill fire", REPORT, date="2024-03-04"),
        Article("a1", "a1.txt", "Fire", "Gov. Ann Poe said 60 firefighters fought the fire on Friday.", date=None),
    ]
    analyses = nlp.analyze(articles)
    (words,) = wording_keys({a.article: article_features(a) for a in analyses})
    wording.forget()
    scores = wording.wording_scores(*(list(w) for w in words))
    loaded = load_scores(dump_scores(scores), words)
    assert loaded.dtype == scores.dtype and loaded.tobytes() == scores.tobytes()
    record = json.loads(dump_scores(scores))
    with pytest.raises(ValueError, match="not of this layout or not of these sentences"):
        load_scores(json.dumps(record), (words[1], words[0], words[3], words[2]))
    record["f4"] = record["f4"][:-8]
    with pytest.raises(ValueError):
        load_scores(json.dumps(record), words)
    record = json.loads(dump_scores(scores * 4))  # scores past 1
    with pytest.raises(ValueError, match="outside"):
        load_scores(json.dumps(record), words)


def test_the_key_changes_with_the_article_its_date_and_the_tuning() -> None:
    key = stored.features_key("analysis", "2024-03-04", "tuning")
    assert key != stored.features_key("other analysis", "2024-03-04", "tuning")
    assert key != stored.features_key("analysis", "2024-05-20", "tuning")
    assert key != stored.features_key("analysis", None, "tuning")
    assert key != stored.features_key("analysis", "2024-03-04", "another tuning")


def test_a_story_in_a_new_process_reads_its_features_and_scores_from_the_cache(pool, tmp_path, monkeypatch) -> None:
    options, articles = pool
    options = fresh_cache(pool, tmp_path / "cache")
    grouping = [[a.id for a in articles]]
    # Compared once already in this process: the wording scores it keeps are kept in the cache all the same.
    expected = _one_story(articles, options)
    with AnalysisSession(options) as session:
        first = StoryComparisons(articles, session, stories=grouping)
        first.comparison()
        keys = _features_keys(first, first._salt)
        assert session.present(list(keys.values())) == set(keys.values()), "every article's features kept"
        story = first._story_key(first.stories[0])
    # The story's comparison is not cached (as for a story regrouped by hand or one whose article was added).
    with sqlite3.connect(options.cache_dir / "analysis.sqlite3") as db:
        assert db.execute("DELETE FROM analyses WHERE key = ?", (story,)).rowcount == 1
    read: list[str] = []
    real = kept.article_features
    monkeypatch.setattr(kept, "article_features", lambda a, p=None: read.append(a.article) or real(a, p))
    wording.forget()  # as in a new process
    scored: list[int] = []
    cdist = wording.process.cdist
    monkeypatch.setattr(wording.process, "cdist", lambda *a, **k: scored.append(1) or cdist(*a, **k))
    looked: list[int] = []
    findings = attributes._findings
    monkeypatch.setattr(attributes, "_findings", lambda *a: looked.append(1) or findings(*a))
    parsed: list[int] = []
    slots = slotroles._read
    monkeypatch.setattr(slotroles, "_read", lambda *a: parsed.append(1) or slots(*a))
    with AnalysisSession(options) as session:
        # Analyses decoded anew, as in a new process.
        again = StoryComparisons(articles, session, stories=grouping)
        result = again.comparison()
        assert again.computed == 1
        assert read == [], "no article's sentences read again"
        assert scored == [], "no pair of articles' wording scored again"
        assert looked == [], "no mention's attributes read again"
        assert parsed == [], "no slot's frame or anchor read again"
        assert result == expected


def test_a_forged_features_record_is_read_afresh_with_a_warning_and_kept_again(pool, tmp_path) -> None:
    options, articles = pool
    options = fresh_cache(pool, tmp_path / "cache")
    with AnalysisSession(options) as session:
        first = StoryComparisons(articles, session)
        first.comparison()
        key = _features_keys(first, first._salt)[articles[0].id]
    with sqlite3.connect(options.cache_dir / "analysis.sqlite3") as db:
        (data,) = db.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()
        record = json.loads(data)
        record["sentences"].pop()  # one sentence fewer than the article holds
        db.execute("UPDATE analyses SET data = ? WHERE key = ?", (json.dumps(record), key))
    with AnalysisSession(options) as session:
        again = StoryComparisons(articles, session, stories=[[a.id for a in articles]])
        result = again.comparison()
        assert [w.reason for w in result.warnings] == [
            "1 stored article features was invalid (first: features record: its sentences are not the "
            "analysis's); computed again"
        ]
        assert dataclasses.replace(result, warnings=()) == _one_story(articles, options)
        analysis = again.analyses_of([articles[0]])[0]
        mended = session.get_many([key])[key]
    assert load_features(mended, analysis).features == article_features(analysis, publication_date(articles[0].date))
