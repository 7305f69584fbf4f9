"""The per-sentence readers that replace per-call scans give exactly what those scans give.

A sentence's verbs each asked for their subject's words, and each call walked
every content word up the heads again; the reader walks them once per
sentence. It is checked against the plain walk on sentences written for the
test and parsed by the real spaCy model, intact and with damaged heads (loops,
heads outside the sentence), so a later change cannot make the report differ.
``context.role`` looks for an apposition only after a comma or a bracket: the
appositions ``adjacent_apposition`` accepts are checked to follow one.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.support.parses import damaged_variants
from tuicompare.analysis import nlp
from tuicompare.engine import context
from tuicompare.engine.hyphens import mend_hyphens
from tuicompare.engine.spans import collect_spans
from tuicompare.engine.subjects import subject_reader
from tuicompare.models import Article, Sentence, Token

TEXT = " ".join(
    [
        "The old harbour master and his two young deputies did not sign the new lease on Monday.",
        "Councillors from Wray, who met twice, said the ferry company had raised its fares by 12 percent.",
        "It was not approved by the finance committee, which blamed the 2019 budget.",
        "Running late, the 40 striking dockers walked out before the vote was taken.",
    ]
)

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _subject_words_by_walk(tokens: Sequence[Token], verb: int) -> tuple[str, ...]:
    """Each content word walked up its heads, one verb at a time, until a subject of the verb."""
    subjects = [i for i, t in enumerate(tokens) if t.head == verb and t.dep in _SUBJECT and i != verb]
    if not subjects:
        return ()
    words: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.pos not in _CONTENT:
            continue
        j, seen = i, 0
        while j not in subjects and 0 <= tokens[j].head < len(tokens) and tokens[j].head != j and seen < len(tokens):
            j, seen = tokens[j].head, seen + 1
        if j in subjects:
            words.add(tok.lemma.lower())
    return tuple(sorted(words))


def _sentences(text: str) -> list[Sentence]:
    return list(nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences)


def test_subject_reader_gives_the_words_the_plain_walk_gives_for_every_token():
    rng = random.Random(7)
    found = damaged = 0
    for sentence in _sentences(TEXT):
        variants = damaged_variants(sentence, rng)  # a damaged cache: a few heads point elsewhere
        for n, tokens in enumerate(variants):
            read = subject_reader(tokens)
            # Every token asked, in reading order and again backwards (the reader keeps what it walked).
            for verb in [*range(len(tokens)), *reversed(range(len(tokens)))]:
                expected = _subject_words_by_walk(tokens, verb)
                assert read(verb) == expected
                found += bool(expected)
                damaged += bool(n) and bool(expected)
    assert found and damaged  # subjects with words were read, in intact and damaged parses


def test_subject_words_name_the_doer_of_a_negated_verb():
    sentence = _sentences("The two young deputies did not sign the lease.")[0]
    verb = next(i for i, t in enumerate(sentence.tokens) if t.lemma == "sign")
    assert subject_reader(sentence.tokens)(verb) == ("deputy", "two", "young")


APPOSITIONS = (
    "Ann Cole, a spokeswoman for the port, said the ferry (a 1998 catamaran) would stay. "
    "Jim Poe (the harbour master) and Lee Roe, his deputy, did not sign. Mayor Ines Okafor opened it."
)


def test_role_skips_only_names_no_apposition_can_follow():
    checked, roles = 0, {}
    for sentence in _sentences(APPOSITIONS + " " + TEXT):
        tokens = mend_hyphens(sentence)
        for first in range(len(tokens)):
            for last in range(first, min(first + 3, len(tokens))):
                found = [
                    j for j in range(last + 1, len(tokens)) if context.adjacent_apposition(sentence, last, j, tokens)
                ]
                after = sentence.text[tokens[last + 1].start - sentence.start] if last + 1 < len(tokens) else ""
                assert not found or after in (",", "(")
                checked += bool(found)
        for ent in sentence.entities:
            inside = context.tokens_within(sentence.tokens, ent.start, ent.end)
            roles[ent.text] = context.role(sentence, inside[0], inside[-1])[0]
    assert checked  # appositions were found, after a comma or a bracket
    # after a comma, after a bracket, and a title before the name (no apposition looked for)
    assert roles["Ann Cole"] == ("spokeswoman",) and roles["Jim Poe"] == ("master",)
    assert roles["Lee Roe"] == ("deputy",) and roles["Ines Okafor"] == ("mayor",)


def _root_by_scan(tokens: Sequence[Token], first: int, last: int) -> int:
    """The first word of ``first..last`` whose head lies outside them or is itself, else ``last``."""
    inside = range(first, last + 1)
    return next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)


def test_phrase_root_is_the_word_the_scan_finds_in_intact_and_damaged_parses():
    rng = random.Random(11)
    checked = moved = 0
    for sentence in _sentences(APPOSITIONS + " " + TEXT):
        for tokens in damaged_variants(sentence, rng, count=10):
            for first in range(len(tokens)):
                for last in range(first, min(first + 4, len(tokens))):
                    root = context.phrase_root(tokens, first, last)
                    assert root == _root_by_scan(tokens, first, last)
                    checked += 1
                    moved += root != first
    assert checked and moved  # phrases headed by a later word were met too


def test_mended_tokens_belong_to_the_sentence_asked_even_between_others():
    one, two = _sentences("The co-producer, a long-time aide, left. The vice-chair of the ex-mayor's board stayed.")
    first, second = list(mend_hyphens(one)), list(mend_hyphens(two))
    assert first != second
    # asked again in turns (the names of one sentence ask one after another, then the next sentence's)
    assert list(mend_hyphens(one)) == first and list(mend_hyphens(two)) == second
    assert list(mend_hyphens(two)) == second and list(mend_hyphens(one)) == first
    producer = next(i for i, t in enumerate(one.tokens) if t.lemma == "producer")
    assert first[producer - 2].head == producer and first[producer - 2].dep == "compound"


def test_unit_designations_are_found_whatever_the_case_of_their_ordinal():
    # A sentence with no ordinal ending after a digit is skipped at once; "177TH" still counts as one.
    text = "Soldiers of the 177th Regiment left. The 42ND Division stayed. A 3rd brigade came after 12 hours."
    units = [span.key for s in _sentences(text) for _f, _l, span in collect_spans(s) if span.kind == "unit"]
    assert units == ["177th regiment", "42nd division", "3rd brigade"]
