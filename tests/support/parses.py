"""Damaged parses for the tests that check a fast reader of the parse against a plain walk."""

from __future__ import annotations

import dataclasses
import random

from tuicompare.models import Sentence, Token


def damaged_variants(sentence: Sentence, rng: random.Random, count: int = 25) -> list[tuple[Token, ...]]:
    """The sentence's tokens, then ``count`` copies with a few heads pointing elsewhere, inside it or out of it.

    A cache written by another version, or a parser's odd tree, can hold such heads: a reader must end and
    give what the plain walk gives.
    """
    variants = [tuple(sentence.tokens)]
    for _ in range(count):
        heads = [t.head for t in sentence.tokens]
        for k in rng.sample(range(len(heads)), min(3, len(heads))):
            heads[k] = rng.randint(-1, len(heads))
        variants.append(tuple(dataclasses.replace(t, head=h) for t, h in zip(sentence.tokens, heads, strict=True)))
    return variants
