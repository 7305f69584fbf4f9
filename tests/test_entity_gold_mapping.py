"""Reading the entity-sheet gold, on written cases: offsets into raw files mapped through the text loader
(a URL line or a first-line title split off), gold people found in the engine's entities, listed entities scored.

The checks of the gold files themselves are in ``test_entity_gold.py``.
"""

from __future__ import annotations

import json


def test_fresh_style_gold_maps_through_the_text_loader(tmp_path):
    """Offsets into a raw .txt file (URL line first) land on the marked one of two equal words.

    The second "mayor" is nearer the raw offset of the first than the first itself
    is, so only a mapping that allows for the split-off URL line finds the right one.
    """
    from tuicompare.evaluation.entity_gold import articles_by_key, load_gold
    from tuicompare.evaluation.realgold import gold_paths, raw_text
    from tuicompare.load.corpus import load_corpus

    bodies = {
        "ev_1ecbplus": "http: / / example. org / a\n\nMayor quits\n\nAnn Cole, the mayor, is 52.\n\nThe mayor left.\n",
        "ev_2ecbplus": "http: / / example. net / b\n\nCole quits\n\nMayor Ann Cole, 58, quit on Friday.\n",
    }
    for stem, body in bodies.items():
        (tmp_path / f"{stem}.txt").write_text(body, encoding="utf-8")

    def value(stem: str, word: str, after: str) -> dict:
        start = bodies[stem].index(word, bodies[stem].index(after))
        return {"value": word, "start": start, "end": start + len(word)}

    doc = {
        "story": "ev",
        "part": "fresh",
        "articles": list(bodies),
        "entities": [
            {
                "name": "Ann Cole",
                "kind": "person",
                "attributes": [
                    {
                        "attribute": "role",
                        "status": "variant",
                        "values": {
                            "ev_1ecbplus": [value("ev_1ecbplus", "mayor", "Ann Cole")],
                            "ev_2ecbplus": [value("ev_2ecbplus", "Mayor", "Cole quits")],
                        },
                    },
                    {
                        "attribute": "age",
                        "status": "conflict",
                        "values": {
                            "ev_1ecbplus": [value("ev_1ecbplus", "52", "Ann")],
                            "ev_2ecbplus": [value("ev_2ecbplus", "58", "Ann")],
                        },
                    },
                ],
            }
        ],
    }
    gold_path = tmp_path / "ecb_ev.json"
    gold_path.write_text(json.dumps(doc), encoding="utf-8")
    paths = gold_paths(tmp_path, gold_path)
    raws = {key: raw_text(p) for key, p in paths.items()}
    articles = articles_by_key(paths, load_corpus([str(p) for p in reversed(paths.values())]).articles)
    assert list(articles) == ["ev_1ecbplus", "ev_2ecbplus"]
    gold = load_gold(doc, articles, raws)
    first = articles["ev_1ecbplus"].text
    assert first.startswith("Mayor quits")  # the URL line was split off, so every offset moved
    role, age = gold.attributes
    assert role.values[0].start == first.index("the mayor,") + 4  # not the "mayor" of "The mayor left"
    assert [first[v.start : v.end] for v in role.values[:1] + age.values[:1]] == ["mayor", "52"]
    second = articles["ev_2ecbplus"].text
    assert [second[v.start : v.end] for v in role.values[1:] + age.values[1:]] == ["Mayor", "58"]


def test_ecb_style_gold_maps_past_a_first_line_title(tmp_path):
    """In a file with no URL line (an ``..ecb.txt`` file, fresh3) the first line becomes the title, and offsets into
    the raw file still land on the marked one of two equal words.

    Without allowing for the title split off, the second "mayor" would be nearer the raw offset of the first.
    """
    from tuicompare.evaluation.entity_gold import articles_by_key, load_gold
    from tuicompare.evaluation.realgold import gold_paths, raw_text
    from tuicompare.load.corpus import load_corpus

    body = "Mayor quits in Hollin\n\nAnn Cole, the mayor, is 52.\n\nThe mayor left.\n"
    (tmp_path / "ev_1ecb.txt").write_text(body, encoding="utf-8")
    start = body.index("mayor", body.index("Ann Cole"))
    doc = {
        "story": "ev",
        "part": "fresh3",
        "articles": ["ev_1ecb"],
        "entities": [
            {
                "name": "Ann Cole",
                "kind": "person",
                "attributes": [
                    {
                        "attribute": "role",
                        "status": "single",
                        "values": {"ev_1ecb": [{"value": "mayor", "start": start, "end": start + 5}]},
                    }
                ],
            }
        ],
    }
    gold_path = tmp_path / "ecb_ev.json"
    gold_path.write_text(json.dumps(doc), encoding="utf-8")
    paths = gold_paths(tmp_path, gold_path)
    articles = articles_by_key(paths, load_corpus([str(p) for p in paths.values()]).articles)
    article = articles["ev_1ecb"]
    assert article.title == "Mayor quits in Hollin" and article.text.startswith("Ann Cole")
    (role,) = load_gold(doc, articles, {key: raw_text(p) for key, p in paths.items()}).attributes
    assert role.values[0].start == article.text.index("the mayor,") + 4  # not the "mayor" of "The mayor left"


def test_a_title_the_recogniser_kept_in_a_name_still_finds_the_gold_person():
    # "Lawyer Nikos Pagiatis" names Nikos Pagiatis; the other article spells him "Payatis"
    from tests.support.sheet import compare_sheet
    from tuicompare.evaluation.entity_gold import _engine_entities

    comparison = compare_sheet(
        "Lawyer Nikos Pagiatis said the bullet had ricocheted off a wall.",
        "Nikos Payatis, the lawyer for the two officers, spoke on Monday.",
    )
    assert len(_engine_entities(comparison, "Nikos Pagiatis")) == 1


def test_a_value_the_engine_gives_an_entity_listed_with_no_attribute_is_a_wrong_one():
    """The gold is exhaustive for the entities it lists, also one the articles describe with nothing (fresh11)."""
    from tests.support.sheet import compare_sheet
    from tuicompare.evaluation.entity_gold import GoldStory, score

    comparison = compare_sheet(
        "Mayor Ann Cole, 52, opened the bridge on Friday.",
        "Ann Cole opened the new bridge on Friday.",
    )
    listed = score(GoldStory("ev", ("Ann Cole",), ()), comparison)
    assert listed.engine_values >= 2 and listed.right_values == 0  # her office and age count against the engine
    assert listed.gold_values == 0 and any("wrong Ann Cole role" in n for n in listed.notes)
    assert score(GoldStory("ev", (), ()), comparison).engine_values == 0  # an entity not listed is not scored
