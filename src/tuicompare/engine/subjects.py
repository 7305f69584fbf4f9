"""Who a verb is said of: the words of its subject, so a negation is read of one doer.

"Jo is not signed for a sequel" against "the lead actors are signed": one
verb, negated on one side, but said of two doers, and both may be true. The
subject's words (its nouns, names, adjectives and numbers, lower-cased) let
the negation check tell one doer from two; a pronoun or a missing subject
gives no words, and the doer is then unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.models import Token

#: Dependency labels of a verb's subject (active, passive, clausal).
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
#: Parts of speech that say who the subject is (a pronoun or a determiner does not).
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def subject_words(tokens: Sequence[Token], verb: int) -> tuple[str, ...]:
    """The content lemmas of the subject of ``tokens[verb]`` (of its subtree), sorted; () when it has none."""
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
