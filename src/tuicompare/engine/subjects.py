"""Who a verb is said of: the words of its subject, so a negation is read of one doer.

"Jo is not signed for a sequel" against "the lead actors are signed": one
verb, negated on one side, but said of two doers, and both may be true. The
subject's words (its nouns, names, adjectives and numbers, lower-cased) let
the negation check tell one doer from two; a pronoun or a missing subject
gives no words, and the doer is then unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tuicompare.models import Token

#: Dependency labels of a verb's subject (active, passive, clausal).
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
#: Parts of speech that say who the subject is (a pronoun or a determiner does not).
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def subject_words(tokens: Sequence[Token], verb: int) -> tuple[str, ...]:
    """The content lemmas of the subject of ``tokens[verb]`` (of its subtree), sorted; () when it has none."""
    return subject_reader(tokens)(verb)


def subject_reader(tokens: Sequence[Token]) -> Callable[[int], tuple[str, ...]]:
    """``subject_words`` of one sentence for any of its verbs, the sentence's parse read once.

    Every verb of a sentence asks for its subject's words: the subjects of all
    its verbs are found in one pass, the tokens each heads listed the first time
    a verb that has one asks (``_heads``), and each subject's words read down
    its subtree (``_words_under``) when its own verb asks, once: a subject of a
    word no one asks about (an auxiliary's, a noun's) is never read.
    """
    subjects: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        if t.dep in _SUBJECT and t.head != i:
            subjects.setdefault(t.head, []).append(i)
    below: list[list[int]] | None = None
    under: dict[int, set[str]] = {}

    def read(verb: int) -> tuple[str, ...]:
        nonlocal below
        mine = subjects.get(verb)
        if not mine:
            return ()
        if below is None:
            below = _heads(tokens)
        words: set[str] = set()
        for s in mine:
            found = under.get(s)
            if found is None:
                found = under[s] = _words_under(tokens, below, s)
            words |= found
        return tuple(sorted(words))

    return read


def _heads(tokens: Sequence[Token]) -> list[list[int]]:
    """Per token, the tokens it heads (a head outside the sentence or the token itself heads none)."""
    count = len(tokens)
    # A list per token made at once, then one append per token: cheaper than a dict of the heads only.
    below: list[list[int]] = [[] for _ in range(count)]
    for i, t in enumerate(tokens):
        head = t.head
        if head != i and 0 <= head < count:
            below[head].append(i)
    return below


def _words_under(tokens: Sequence[Token], below: list[list[int]], s: int) -> set[str]:
    """The lemmas of the content words whose way up the heads passes ``s`` (itself included).

    The way up stops at a root (a token heading itself), a head outside the
    sentence, or where it loops (a parse read from a damaged cache). The words
    whose way up passes a token are those reached down from it through the
    tokens each heads (``below``), so a subject's words are read down its
    subtree (each token met once) rather than walking every word of the sentence up.
    """
    words: set[str] = set()
    stack = [s]
    while stack:
        j = stack.pop()
        tok = tokens[j]
        if tok.pos in _CONTENT:
            words.add(tok.lemma.lower())
        kids = below[j]
        if kids:
            # Each token hangs below one head, so the walk down meets it once; only a loop
            # through ``s`` itself (a parse read from a damaged cache) leads back, to ``s``.
            stack.extend([k for k in kids if k != s] if s in kids else kids)
    return words
