"""The stance score of the real-coverage benchmark (``evaluation.stances``), on the tiny story of
``test_bench_real`` (three short articles written for that test, with a gold file in the BASIL format).

The comparisons are built by hand so the test pins the scoring rules, not the engine's current quality.
"""

from __future__ import annotations

from dataclasses import replace

from tests.test_bench_real import BODIES, _comparison, story  # noqa: F401  (``story`` is a fixture)
from tuicompare.evaluation.stances import score_stances
from tuicompare.models import Claim, Group


def _claim(n: int, group: Group, text: str, stances: dict[str, str]) -> Claim:
    return Claim(f"k{n}", text, group.id, "s1", stances)  # type: ignore[arg-type]


def test_true_stances_and_recall(story):  # noqa: F811
    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    f, h, n = fox.id, hpo.id, nyt.id
    g1 = Group("g1", "s1", (f"{f}:0", f"{h}:0", f"{n}:0"), 0.8)
    g2 = Group("g2", "s1", (f"{f}:1", f"{h}:1"), 0.6)
    g3 = Group("g3", "s1", (f"{f}:2", f"{h}:2"), 0.5)
    g4 = Group("g4", "s1", (f"{n}:1",), 0.0)
    base = _comparison([fox, hpo, nyt], [], [g1, g2, g3, g4])
    lead, closed, peak = BODIES["fox"]
    claims = (
        _claim(1, g1, lead, {f: "supports", h: "supports", n: "supports"}),
        _claim(2, g2, closed, {f: "supports", h: "supports", n: "absent"}),
        _claim(3, g3, peak, {f: "supports", h: "contradicts", n: "absent"}),  # 300 against 350
    )
    score = score_stances(gold, _replace_claims(base, claims))
    # The claim's own article is never judged: hpo and nyt on the lead, hpo on 2019.
    assert score.stances == {"supports": 3, "contradicts": 1}
    assert score.judged == score.right == {"supports": 3, "contradicts": 1}
    assert score.precision("supports") == score.precision("contradicts") == 1.0
    # Same-fact sentence pairs: the three leads and the three 2019 sentences; nyt's 2019 is on no claim's row.
    assert (score.pairs, score.pairs_supported) == (6, 4)


def test_support_from_the_wrong_sentence_a_different_fact_or_a_contradiction_is_false(story):  # noqa: F811
    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    f, h, n = fox.id, hpo.id, nyt.id
    g1 = Group("g1", "s1", (f"{f}:1", f"{n}:0"), 0.4)  # 2019 beside nyt's lead, which says nothing of it
    g2 = Group("g2", "s1", (f"{f}:2", f"{h}:1"), 0.4)  # the gold's different-fact pair
    g3 = Group("g3", "s1", (f"{h}:2", f"{n}:1"), 0.4)  # nyt never gives the peak: the gold cannot tell
    base = _comparison([fox, hpo, nyt], [], [g1, g2, g3])
    text = dict(enumerate(BODIES["fox"]))
    claims = (
        _claim(1, g1, text[1], {f: "supports", h: "absent", n: "supports"}),
        _claim(2, g2, text[2], {f: "supports", h: "supports", n: "absent"}),
        _claim(3, g3, BODIES["hpo"][2], {f: "absent", h: "supports", n: "supports"}),
    )
    score = score_stances(gold, _replace_claims(base, claims))
    assert score.stances == {"supports": 3}
    assert score.judged == {"supports": 2} and score.right == {}
    assert score.causes == {"supports:wrong sentence": 1, "supports:different pair": 1}
    assert score.precision("supports") == 0.0
    assert len(score.wrong) == 2
    # The disagreement (300 / 350) marked as support is false too.
    hpo_peak = Group("g4", "s1", (f"{f}:2", f"{h}:2"), 0.5)
    claims = (_claim(1, hpo_peak, text[2], {f: "supports", h: "supports", n: "absent"}),)
    score = score_stances(gold, _replace_claims(_comparison([fox, hpo, nyt], [], [hpo_peak]), claims))
    assert score.causes == {"supports:disagree": 1}


def _replace_claims(comparison, claims):
    return replace(comparison, claims=claims)


def test_two_outlets_giving_a_disputed_fact_one_value_agree_on_it(story):  # noqa: F811
    # Were the second outlet's peak 300 too, the fact would be disputed only by a third outlet: the first two
    # agree on it, so a ✓ between them is right and a ✗ wrong.
    articles, gold = story
    fox, hpo, nyt = articles["fox"], articles["hpo"], articles["nyt"]
    f, h, n = fox.id, hpo.id, nyt.id
    peak = next(fact for fact in gold.facts if fact.id == "f6")
    alike = replace(peak, mentions=tuple(replace(m, value="300") for m in peak.mentions))
    gold = replace(gold, facts=tuple(alike if fact.id == "f6" else fact for fact in gold.facts))
    row = Group("g1", "s1", (f"{f}:2", f"{h}:2"), 0.5)
    for stance, right in (("supports", {"supports": 1}), ("contradicts", {})):
        claims = (_claim(1, row, BODIES["fox"][2], {f: "supports", h: stance, n: "absent"}),)
        score = score_stances(gold, _replace_claims(_comparison([fox, hpo, nyt], [], [row]), claims))
        assert score.judged == {stance: 1} and score.right == right
