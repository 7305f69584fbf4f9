"""The engine's faster helpers give exactly what the plain computations they replace give.

Each speed-up (sorting words once for rapidfuzz, binary search for a slot's
tokens, the in-order alignment as running maxima, a list's members, the
children of a parse whose heads may loop, the words either side of a slot) is checked
against the straightforward computation on texts written for the test and
parsed by the real spaCy model, so a later change cannot make the report
differ from what the plain code would say.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np
from rapidfuzz import fuzz, process

from tests.support.parses import damaged_variants
from tuicompare.analysis import nlp
from tuicompare.engine import context, frames
from tuicompare.engine.align import _monotone_pairs, _sorted_words
from tuicompare.engine.attrparse import Parse
from tuicompare.engine.features import article_features
from tuicompare.engine.figures import joined_thousands
from tuicompare.engine.numberranges import range_spans
from tuicompare.engine.rolefields import _FIELDS, _person_word, fields
from tuicompare.engine.slots import _ARTICLES, _DISTANCE, _words_out
from tuicompare.engine.spans import _unit_spans
from tuicompare.models import Article, Sentence

TEXT = " ".join(
    [
        "Mayor Ines Okafor, 58, the city's chief executive, opened the new bridge over the Lune on Friday.",
        "The bridge cost £12 million and carries 4,000 cars, 300 buses and 90 lorries a day.",
        "Residents of Halton, Carnforth and Morecambe had waited since 2011 for the crossing.",
        "She said the 3rd Battalion's engineers, led by Major Tom Reyes, finished the deck in six months.",
        "Critics said the toll, set at £2, was too high; the council did not reply.",
    ]
)
OTHER = " ".join(
    [
        "On Friday the Lune bridge was opened by Ines Okafor, mayor of the city.",
        "Some 4,000 cars cross it every day, with 300 buses, at a cost of £2 each.",
        "Engineers of the Third Battalion finished the deck within six months, Major Reyes said.",
    ]
)


def _sentences(text: str, name: str) -> list[Sentence]:
    article = Article(name, f"{name}.txt", "t", text)
    return list(nlp.analyze([article])[0].sentences)


def test_sorted_words_give_rapidfuzz_token_scores_exactly():
    a = [f for f in article_features(nlp.analyze([Article("a", "a.txt", "t", TEXT)])[0]) if f.active]
    b = [f for f in article_features(nlp.analyze([Article("b", "b.txt", "t", OTHER)])[0]) if f.active]
    sorted_a, set_a = _sorted_words(a)
    sorted_b, set_b = _sorted_words(b)
    masked_a, masked_b = [s.masked for s in a], [s.masked for s in b]
    assert np.array_equal(
        process.cdist(sorted_a, sorted_b, scorer=fuzz.ratio, workers=1),
        process.cdist(masked_a, masked_b, scorer=fuzz.token_sort_ratio, workers=1),
    )
    assert np.array_equal(
        process.cdist(set_a, set_b, scorer=fuzz.token_set_ratio, workers=1),
        process.cdist(masked_a, masked_b, scorer=fuzz.token_set_ratio, workers=1),
    )


def test_tokens_within_a_span_are_the_tokens_a_scan_finds():
    for sentence in _sentences(TEXT, "a"):
        tokens = sentence.tokens
        for start in range(sentence.start, sentence.end + 1, 3):
            for end in range(start, sentence.end + 1, 7):
                scan = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
                assert list(context.tokens_within(tokens, start, end)) == scan


def _coordination_by_scan(sentence: Sentence, start: int, end: int) -> tuple[int, ...]:
    """The list members a slot belongs to, read the plain way: every token's chain followed."""
    tokens = sentence.tokens
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    if not inside:
        return ()

    def linked(i: int) -> bool:
        head = tokens[i].head
        if not (0 <= head < len(tokens)) or head == i:
            return False
        return tokens[i].dep == "conj" or (
            tokens[i].dep == "appos" and tokens[i].pos == "PROPN" and tokens[head].pos == "PROPN"
        )

    first, last = inside[0], inside[-1]
    node = next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)
    while linked(node):
        node = tokens[node].head
    members = {node}
    for i in range(len(tokens)):
        j, hops = i, 0
        while linked(j) and hops < 8:
            j, hops = tokens[j].head, hops + 1
            if j == node:
                members.add(i)
                break
    return tuple(sorted(members))


def test_list_members_are_those_the_chains_reach():
    listed = 0
    for sentence in _sentences(TEXT, "a"):
        for ent in sentence.entities:
            found = frames.coordination(sentence, ent.start, ent.end)
            assert found == _coordination_by_scan(sentence, ent.start, ent.end)
            listed += len(found) > 1
    assert listed  # "Halton, Carnforth and Morecambe" is a list


def _monotone_by_cells(sim: np.ndarray, minimum: float) -> list[tuple[int, int]]:
    """The in-order alignment filled cell by cell (what the running maxima replace)."""
    n, m = sim.shape
    gain = sim - minimum
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        row, prev, g = best[i], best[i - 1], gain[i - 1]
        for j in range(1, m + 1):
            diag = prev[j - 1] + g[j - 1] if g[j - 1] >= 0 else -1.0
            row[j] = max(prev[j], row[j - 1], diag)
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        if gain[i - 1, j - 1] >= 0 and best[i, j] == best[i - 1, j - 1] + gain[i - 1, j - 1]:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i, j] == best[i - 1, j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def test_in_order_alignment_matches_the_cell_by_cell_programme():
    rng = random.Random(5)
    for _ in range(60):
        n, m = rng.randint(1, 14), rng.randint(1, 14)
        sim = np.array([[round(rng.random(), rng.choice((1, 2, 6))) for _ in range(m)] for _ in range(n)])
        for minimum in (0.0, 0.3, 0.55):
            assert _monotone_pairs(sim, minimum) == _monotone_by_cells(sim, minimum)


def test_slot_head_answers_like_the_plain_computation_even_when_asked_again():
    sentences = _sentences(TEXT, "a") + _sentences(OTHER, "b")
    queries = [(s.tokens, e.start, e.end) for s in sentences for e in s.entities]
    # Each slot asked twice in a row (the kept answer), then all of them again in another order.
    for tokens, start, end in queries + queries[::-1] + [q for q in queries for _ in range(2)]:
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        first, last = inside[0], inside[-1]
        root = next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)
        assert context.slot_head(tokens, start, end) == (first, last, root)
    assert context.slot_head(sentences[0].tokens, sentences[0].end + 5, sentences[0].end + 9) is None


def _rooted_by_walk(heads: list[int]) -> list[bool]:
    """Per token: following its heads one by one reaches a token that is its own head."""
    out = []
    for i in range(len(heads)):
        seen, j = set(), i
        while 0 <= j < len(heads) and j not in seen and heads[j] != j:
            seen.add(j)
            j = heads[j]
        out.append(0 <= j < len(heads) and heads[j] == j)
    return out


def test_parse_children_are_the_tokens_whose_heads_reach_a_root():
    rng = random.Random(3)
    damaged = 0
    for sentence in _sentences(TEXT, "a"):
        variants = damaged_variants(sentence, rng)  # a damaged cache: a few heads point elsewhere
        for tokens in variants:
            heads = [t.head for t in tokens]
            rooted = _rooted_by_walk(heads)
            damaged += not all(rooted)
            expected = [[i for i, h in enumerate(heads) if h == k and h != i and rooted[i]] for k in range(len(heads))]
            # A word heading none has an empty sequence of children (one shared tuple), the others a list.
            assert [list(kids) for kids in Parse(dataclasses.replace(sentence, tokens=tokens)).kids] == expected
    assert damaged  # some variants loop or leave the sentence


def test_a_parse_finds_a_mentions_words_as_the_search_of_the_tokens_does():
    for sentence in _sentences(TEXT, "a"):
        p = Parse(sentence)
        offsets = sorted({t.start for t in p.t} | {t.end for t in p.t} | {sentence.start - 3, sentence.end + 3})
        # Every span between two offsets, the words' own and those cutting a word or lying outside the sentence.
        for start in offsets:
            for end in offsets:
                assert p.within(start, end) == context.tokens_within(p.t, start, end)


def test_a_parse_reads_each_word_and_its_labelled_children_as_the_tokens_say():
    text = TEXT + " The co-producer of the well-known show, a long-time ally, quit."
    for sentence in _sentences(text, "a"):
        p = Parse(sentence)
        for i, tok in enumerate(p.t):
            # The words of a mended hyphen ("co-producer") keep their offsets: each reads as the sentence's text.
            assert (
                p.word(i) == sentence.word(tok) == sentence.text[tok.start - sentence.start : tok.end - sentence.start]
            )
            for deps in [("prep",), ("det", "poss"), ("compound", "amod", "nummod")]:
                assert p.dep_kids(i, deps) == [j for j in p.kids[i] if p.t[j].dep in deps]


def _words_out_by_walk(seq: tuple[str, ...], at: int, side: int, skip: bool) -> list[int]:
    out: list[int] = []
    k = at + side
    while 0 <= k < len(seq) and len(out) < len(_DISTANCE):
        if not skip or seq[k] not in _ARTICLES:
            out.append(k)
        k += side
    return out


def test_words_either_side_of_a_slot_are_those_a_step_by_step_walk_finds():
    # Every slot of real sentences, both sides, with and without articles skipped; and positions at the ends.
    asked = 0
    for feats in (
        article_features(nlp.analyze([Article(n, f"{n}.txt", "t", t)])[0]) for n, t in (("a", TEXT), ("b", OTHER))
    ):
        for f in feats:
            for at in [*f.slot_at, -1, 0, len(f.seq) - 1, len(f.seq), len(f.seq) + 1]:
                for side in (-1, 1):
                    for skip in (False, True):
                        assert _words_out(f.seq, at, side, skip) == _words_out_by_walk(f.seq, at, side, skip)
                        asked += 1
    assert asked > 100


def _subtree_by_recursion(p: Parse, i: int, phrase: bool) -> list[int]:
    """``i`` and the words below it, following children (and, with ``phrase``, not into an apposition or clause)."""
    out = [i]
    for j in p.kids[i]:
        if not (phrase and p.t[j].dep in ("appos", "relcl", "acl", "punct", "cc", "conj", "advcl")):
            out.extend(_subtree_by_recursion(p, j, phrase))
    return out


def test_a_parse_gives_each_words_subtree_bounds_whenever_and_however_often_asked():
    # ``left`` and ``right`` keep each word's answer: asked first, again, in reverse order or between the
    # others' (and on parses whose heads loop), each is its own subtree's first and last word.
    rng = random.Random(5)
    text = TEXT + " Jo Poe, the paper's Moscow correspondent who left in May, and her aide quit."
    for sentence in _sentences(text, "a"):
        for tokens in [sentence.tokens, *damaged_variants(sentence, rng)]:
            p = Parse(dataclasses.replace(sentence, tokens=tokens))
            asked = [(i, phrase) for i in range(len(p.t)) for phrase in (False, True)] * 2
            rng.shuffle(asked)
            for i, phrase in asked:
                below = _subtree_by_recursion(p, i, phrase)
                assert p.right(i, phrase) == max(below)
                if not phrase:
                    assert p.left(i) == min(below)
    p = Parse(_sentences("Jo Poe, the paper's Moscow correspondent who left in May, quit.", "b")[0])
    correspondent = next(i for i in range(len(p.t)) if p.word(i) == "correspondent")
    assert p.word(p.left(correspondent)) == "the"
    assert p.word(p.right(correspondent, phrase=True)) == "correspondent"
    assert p.word(p.right(correspondent)) == "May"


def test_a_roles_fields_are_those_each_field_finds_of_its_words():
    # The body's words that name no person are read once for all fields: the plain per-field test, word by word.
    roles = [
        ("chief", ["police", "chief"]),
        ("killer", ["cop", "killer"]),
        ("advisor", ["military", "advisor"]),
        ("correspondent", ["war", "correspondent"]),
        ("master", ["harbour", "master"]),
        ("attorney", ["district", "attorney", "court"]),
        ("aide", []),
    ]
    for head, words in roles:
        plain = frozenset(
            n
            for n, field in enumerate(_FIELDS)
            if head in field or any(w in field and not _person_word(w) for w in words)
        )
        assert fields(head, words) == plain, head


def test_a_slots_article_is_its_sentences_article_however_the_slot_was_made():
    doc = article_features(nlp.analyze([Article("art-7", "a.txt", "t", TEXT)])[0])
    spans = [span for sentence in doc for span in sentence.spans]
    assert spans
    for span in spans:
        assert span.article == "art-7"
        moved = dataclasses.replace(span, sentence="art-9:" + span.sentence.rsplit(":", 1)[1])
        assert moved.article == "art-9" and span.article == "art-7"


def test_an_ascii_sentences_words_are_each_word_lower_cased():
    text = "Mayor INES Okafor told The Herald on Friday: the BRIDGE did not open, and 3 Lorries waited."
    (features,) = article_features(nlp.analyze([Article("c", "c.txt", "t", text)])[0])
    (sentence,) = _sentences(text, "c")
    slots = {i for s in features.spans for i in context.tokens_within(sentence.tokens, s.start, s.end)}
    words = [
        word.lower() for i, t in enumerate(sentence.tokens) if i not in slots and (word := sentence.word(t)).isalnum()
    ]
    assert [w for w in features.seq if not w.startswith("<")] == words
    assert "not" in words and "waited" in words and features.negated


def test_a_sentence_is_negated_by_a_negation_word_or_the_parsers_neg_alone():
    text = "Nobody waited for the ferry. The ferry sailed on Monday. The crew did not wait."
    said = [f.negated for f in article_features(nlp.analyze([Article("d", "d.txt", "t", text)])[0])]
    assert said == [True, False, True]


def test_the_readers_that_need_a_digit_find_nothing_in_a_sentence_without_one():
    # ``collect_spans`` asks an ordinal's unit, a range and a spaced number only of a sentence holding a digit:
    # each reader finds nothing without one, however its words spell numbers out.
    text = (
        "The third division lost one to two hundred men, some five-to-six thousand in all. "
        "Between ten and twenty riders, one, thousand more, rode in the 177th regiment with 300-400 people. "
        "Twenty-one of them came home."
    )
    sentences = _sentences(text, "e")
    plain = [s for s in sentences if not any(c.isdigit() for c in s.text)]
    assert len(plain) == 2 and len(sentences) == 3
    for sentence in plain:
        assert _unit_spans(sentence) == [] and range_spans(sentence) == []
        assert joined_thousands(sentence) == list(sentence.entities)
    (digits,) = [s for s in sentences if s not in plain]
    assert _unit_spans(digits) and range_spans(digits)  # the same readers do read the sentence with digits
