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
    its verbs are found in one pass, and their words read (``_words_under``) the
    first time a verb that has one asks, not once per verb.
    """
    subjects: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        if t.dep in _SUBJECT and t.head != i:
            subjects.setdefault(t.head, []).append(i)
    under: dict[int, set[str]] | None = None

    def read(verb: int) -> tuple[str, ...]:
        nonlocal under
        mine = subjects.get(verb)
        if not mine:
            return ()
        if under is None:
            under = _words_under(tokens, subjects)
        words: set[str] = set()
        for s in mine:
            words |= under[s]
        return tuple(sorted(words))

    return read


def _words_under(tokens: Sequence[Token], subjects: dict[int, list[int]]) -> dict[int, set[str]]:
    """Per subject token, the lemmas of the content words whose way up the heads passes it (itself included).

    The way up stops at a root (a token heading itself), a head outside the
    sentence, or where it loops (a parse read from a damaged cache). The words
    whose way up passes a token are those reached down from it through the
    tokens each heads, so each subject's words are read down its subtree
    (each token met once) rather than walking every word of the sentence up.
    """
    count = len(tokens)
    # Only the tokens that head another have a list (most head none: no list made for them).
    below: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        head = t.head
        if head != i and 0 <= head < count:
            if head in below:
                below[head].append(i)
            else:
                below[head] = [i]
    under: dict[int, set[str]] = {}
    for found in subjects.values():
        for s in found:
            words: set[str] = set()
            stack = [s]
            while stack:
                j = stack.pop()
                tok = tokens[j]
                if tok.pos in _CONTENT:
                    words.add(tok.lemma.lower())
                kids = below.get(j)
                if kids:
                    # Each token hangs below one head, so the walk down meets it once; only a loop
                    # through ``s`` itself (a parse read from a damaged cache) leads back, to ``s``.
                    stack.extend([k for k in kids if k != s] if s in kids else kids)
            under[s] = words
    return under
