"""Two names of one given name in two linked sentences fill one place in one fact, or two (``namefacts``).

A surname one outlet changed is a conflict of the story's people (``surnames.surname_conflicts``) even when a
third article names neither person, if the two sentences say the names fill one place: arguments of one verb,
or each named beside one other person. Two people of one given name quoted in loosely related sentences do not.
Short texts written for these tests, parsed with the real spaCy model.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import compare_harbour, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.align import Link
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, article_features
from tuicompare.engine.namefacts import one_fact_names
from tuicompare.engine.slotroles import slot_roles
from tuicompare.models import Article

#: What the story tells besides the two sentences, named by no one: a story of some twenty sentences, where
#: a person named in the two sentences alone is named rarely.
BACKGROUND = (
    " The harbour authority met on Tuesday to discuss the budget. The sea wall is more than a century old."
    " Storms last winter broke several of its stones. Engineers say the repairs will take two years."
    " The ferry service carries thousands of passengers each day. Its boats will keep running during the work."
    " The budget also pays for new lights on the pier. A public meeting is planned for next month."
    " Residents can send comments to the authority until then."
)

#: The same story told around its main figure, the mayor, named in most of its sentences.
AROUND_THE_MAYOR = (
    " Mayor Tom Keller opened the meeting of the harbour authority on Tuesday. Tom Keller said the sea wall is"
    " more than a century old. Keller said storms last winter broke several of its stones. Engineers told Tom"
    " Keller the repairs will take two years. The ferry service carries thousands of passengers each day."
    " Keller promised its boats will keep running during the work. Tom Keller also wants new lights on the"
    " pier. Keller plans a public meeting for next month. Residents can write to Tom Keller until then."
)


def _one_fact(first: str, second: str, *, linked: bool = True, rest: str = BACKGROUND, figures: bool = True) -> bool:
    """Whether the "Laura" of ``first`` (article a0) and the one of ``second`` (a1) fill one place in one fact.

    Each article tells ``rest`` after its sentence; the story's sentences are those of both articles. Without
    ``figures``, the sentences' figures are not given to the test.
    """
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text + rest) for n, text in enumerate((first, second))]
    analyses = nlp.analyze(articles)
    feats = {a.id: article_features(an, date(2024, 5, 3)) for a, an in zip(articles, analyses, strict=True)}
    spans = [s for fs in feats.values() for f in fs for s in f.spans]
    resolved = resolve(spans)
    entity_of: dict[Span, int] = {s: k for k, e in enumerate(resolved) for s in e.spans}
    labels = [e.label for e in resolved]
    roles = slot_roles(spans, {s.id: s for an in analyses for s in an.sentences}, entity_of, labels)
    x, y = (next(s for s in spans if s.article == a and s.text.startswith("Laura")) for a in ("a0", "a1"))
    links = [Link(x.sentence, y.sentence, 0.4)] if linked else []
    story_sentences = sum(len(an.sentences) for an in analyses)
    return one_fact_names(links, roles, entity_of, labels, story_sentences, spans if figures else ())(x, y)


def test_two_names_each_beside_one_other_person_fill_one_place():
    assert _one_fact(
        "Laura Bennett and Tom Keller inspected the sea wall in March.",
        "Tom Keller and Laura Whitfield found deep cracks in the old wall.",
    )


def test_two_people_each_beside_the_story_s_main_figure_are_two_places():
    # Two of the mayor's guests: the mayor stands beside everyone the story names, so standing beside him
    # says nothing of which place the two names fill.
    assert not _one_fact(
        "Laura Bennett stood beside Tom Keller at the opening of the terminal.",
        "Tom Keller later toured the waiting hall with Laura Whitfield.",
        rest=AROUND_THE_MAYOR,
    )


def test_two_names_beside_a_person_the_story_names_rarely_fill_one_place():
    assert _one_fact(
        "Laura Bennett stood beside Tom Keller at the opening of the terminal.",
        "Tom Keller later toured the waiting hall with Laura Whitfield.",
    )


def test_two_names_of_one_verb_fill_one_place():
    assert _one_fact("Laura Bennett retired from the harbour board on Friday.", "Laura Whitfield retired last week.")


def test_two_people_quoted_in_loosely_related_sentences_are_two_places():
    assert not _one_fact(
        "The vote raised pressure on the harbour's chairwoman, Laura Bennett, to find the money.",
        "Laura Whitfield said the ferry crews would keep working through the winter.",
    )


def test_names_in_sentences_that_are_not_linked_are_never_one_fact():
    assert not _one_fact(
        "Laura Bennett and Tom Keller inspected the sea wall in March.",
        "Tom Keller and Laura Whitfield found deep cracks in the old wall.",
        linked=False,
    )


def test_two_people_of_one_given_name_in_two_articles_with_nothing_shared_are_no_difference():
    comparison = compare_harbour(
        "Laura Bennett, who chairs the harbour authority, praised the vote on Tuesday.",
        "The sea wall was built more than a century ago and has been patched many times since.",
        "The ferry captain Laura Whitfield said her crew had complained about the pier.",
    )
    assert not [values for _tier, values in difference_sets(comparison) if "Laura Whitfield" in values]


def test_two_names_given_one_figure_of_a_unit_fill_one_place():
    first = "Laura Bennett added 16 points for the Gulls in the second half."
    second = "Guard Laura Whitfield finished the night with 16 points, and the Gulls won."
    assert _one_fact(first, second)
    assert not _one_fact(first, second, figures=False)  # nothing else in the two sentences ties them


def test_two_figures_or_a_small_count_tie_nothing():
    first = "Laura Bennett added 16 points for the Gulls in the second half."
    assert not _one_fact(first, "Guard Laura Whitfield finished the night with 14 points, and the Gulls won.")
    assert not _one_fact(
        "Laura Bennett added two goals for the Gulls in the second half.",
        "Guard Laura Whitfield finished the night with two goals, and the Gulls won.",
    )
