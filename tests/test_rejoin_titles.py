"""Sentences the parser cuts after a title abbreviation are one sentence again (``analysis.rejoin``).

Texts written for the test, analysed with the real spaCy model: it ends a
sentence at "said Sgt." and makes "Dale Ferris." a sentence of its own.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.analysis.rejoin import rejoin_titles
from tuicompare.models import Article

CUT = "The suspect was arrested after a short chase, said Sgt. Dale Ferris."


def _sentences(text: str) -> list[str]:
    return [s.text for s in nlp.analyze([Article("a0", "a0.txt", "t", text)])[0].sentences]


def test_a_speaker_after_said_sgt_stays_in_the_sentence_he_said():
    assert _sentences(CUT) == [CUT]


def _word(sentence, token) -> str:
    return sentence.text[token.start - sentence.start : token.end - sentence.start]


def test_the_name_is_the_subject_of_said_and_the_title_hangs_on_it():
    sentence = nlp.analyze([Article("a0", "a0.txt", "t", CUT)])[0].sentences[0]
    words = {_word(sentence, t): t for t in sentence.tokens}
    title = next(t for w, t in words.items() if w.startswith("Sgt"))
    assert _word(sentence, sentence.tokens[title.head]) == "Ferris"
    assert words["Ferris"].dep == "nsubj" and _word(sentence, sentence.tokens[words["Ferris"].head]) == "said"


def test_a_title_at_the_end_of_a_line_is_not_joined_to_the_next_line():
    text = "Officers gave chase, said Sgt.\n\nFerris was not hurt."
    rows = [
        [0, 30, [], [[0, 8, "officer", "NOUN", "nsubj", 1], [26, 30, "Sgt.", "PROPN", "ROOT", 1]]],
        [32, 52, [], [[32, 38, "Ferris", "PROPN", "ROOT", 0]]],
    ]
    assert text[26:30] == "Sgt." and text[32:38] == "Ferris"
    assert rejoin_titles(rows, text) == rows


def test_a_street_abbreviation_ends_a_sentence():
    text = "The shop is on Main St. Ferris opened it in May."
    rows = [
        [0, 23, [], [[0, 3, "the", "DET", "det", 1], [20, 23, "St.", "PROPN", "ROOT", 1]]],
        [24, 48, [], [[24, 30, "Ferris", "PROPN", "ROOT", 0]]],
    ]
    assert rejoin_titles(rows, text) == rows
