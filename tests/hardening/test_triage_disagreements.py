"""Issue 12 item 9: triage lists each distinct disagreement once and quotes both sides.

Before, an article that swapped one town for another in five sentences got
five identical "✗ place: Velmar vs Dorneck" lines, each under an "in:" line
quoting the corpus's sentence (with "Dorneck"), never the new article's.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.support.cli_runner import tuicompare
from tuicompare.report import load_schema
from tuicompare.triage.jsonout import SCHEMA_FILE

pytestmark = pytest.mark.slow

CORPUS = {
    "a": (
        "Flood forces evacuation of Dorneck\n\n"
        "Rescue teams evacuated 2,400 residents from Dorneck on Saturday after the river burst its banks.\n"
        "The mayor of Dorneck, Helga Brandt, said the water rose two metres overnight.\n"
        "Army engineers built a temporary dam north of Dorneck to protect the hospital.\n"
        "Schools in Dorneck will stay closed until Wednesday, officials said.\n"
        "Insurers estimate the damage in Dorneck at 80 million euros.\n"
    ),
    "b": (
        "Thousands leave Dorneck as river floods town\n\n"
        "Emergency services moved 2,400 people out of Dorneck on Saturday when the river overflowed.\n"
        "Helga Brandt, the mayor of Dorneck, said the water had risen two metres during the night.\n"
        "Engineers from the army put up a temporary dam north of Dorneck to shield the hospital.\n"
        "Officials said schools in Dorneck would remain closed until Wednesday.\n"
        "The damage in Dorneck is estimated by insurers at 80 million euros.\n"
    ),
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("swap")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    swapped = CORPUS["a"].replace("Dorneck", "Velmar").replace("Flood forces evacuation of", "Evacuation in")
    (root / "new.txt").write_text(swapped, encoding="utf-8")
    return corpus, root / "new.txt", root / "cache"


def test_one_swap_in_five_sentences_is_one_line_quoting_both_sentences(folders: tuple[Path, Path, Path]) -> None:
    corpus, new, cache = folders
    run = tuicompare("triage", str(new), "--corpus", str(corpus), cache=cache, COLUMNS="200")
    assert run.status == 1, run.err
    lines = run.out.splitlines()
    swaps = [line for line in lines if "place: Velmar" in line]
    assert len(swaps) == 1, run.out
    assert "Velmar  vs  Dorneck (a, b)  in 5 sentences" in swaps[0]
    assert "Contradicts the corpus on 1 value:" in run.out and "· 1 contradiction ·" in run.out
    quotes = lines[lines.index(swaps[0]) + 1 : lines.index(swaps[0]) + 3]
    new_line = "new: Rescue teams evacuated 2,400 residents from Velmar on Saturday after the river burst its banks."
    assert " ".join(quotes[0].split()) == new_line
    assert quotes[1].strip().startswith("corpus: Rescue teams evacuated 2,400 residents from Dorneck")
    assert quotes[1].rstrip().endswith("(a)")
    assert "in: " not in run.out


def test_the_json_groups_the_disputes_and_keeps_them_all(folders: tuple[Path, Path, Path]) -> None:
    corpus, new, cache = folders
    run = tuicompare("triage", str(new), "--corpus", str(corpus), "--json", cache=cache)
    doc = json.loads(run.out)
    jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE)).validate(doc)
    assert doc["summary"]["contradictions"] == 5 and doc["summary"]["distinct_contradictions"] == 1
    (article,) = doc["articles"]
    assert len(article["contradictions"]) == 5  # one per sentence group, as before: the change is additive
    (swap,) = article["disagreements"]
    assert swap["section"] == "contradictions" and swap["value"] == "Velmar" and swap["sentence_count"] == 5
    assert swap["corpus_values"] == [{"text": "Dorneck", "articles": ["a", "b"]}]
    assert sorted(swap["conflicts"]) == sorted(d["conflict"] for d in article["contradictions"])
    assert "Velmar" in article["sentences"][swap["sentence"]]
    assert "Dorneck" in article["sentences"][swap["corpus_sentence"]]
