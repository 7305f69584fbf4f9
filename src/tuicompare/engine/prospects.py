"""A person's title in a sentence that promises, or supposes, another post for them.

"As president, Senator Ann Cole will fight for the harbour" (a campaign's promise, told then) against
"In March, President Ann Cole signed an order": one person a post on, not two titles of one person
that exclude each other. The sentence names the post to come itself, in an "as" set before the
subject of a verb of the future or a modal ("will", "would"); the title it gives is the one held then.
``attrclause`` reads the same "as" as a post not held now for the entity sheet.
"""

from __future__ import annotations

from tuicompare.engine.context import slot_head
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["PROSPECT_AUX", "post_to_come"]

#: Auxiliaries of a clause told of a time to come or supposed: a fronted "as" before them names a post to come
#: ("As president, Cole will ...", "As mayor, she would ...").
PROSPECT_AUX = frozenset({"will", "shall", "would", "could", "might"})


def post_to_come(side: SentenceFeatures, name: Span) -> bool:
    """True when ``name`` is the subject of a verb of the future or a modal that a fronted "as" gives a post.

    "As president, Senator Cole will fight ...": Cole's title is the one held when the promise was made.
    Not when the verb is denied ("As governor, Cole would not ..." says nothing of the post), nor for an
    "as" after the subject ("Cole will act as mediator").
    """
    parse = side.parse
    if parse is None:
        return False
    tokens = parse.tokens
    slot = slot_head(tokens, name.start, name.end)
    if slot is None or tokens[slot[2]].dep != "nsubj":
        return False
    verb = tokens[slot[2]].head
    kids = [k for k, t in enumerate(tokens) if t.head == verb and k != verb]
    if any(tokens[k].dep == "neg" for k in kids):
        return False
    if not any(tokens[k].dep == "aux" and tokens[k].lemma.lower() in PROSPECT_AUX for k in kids):
        return False
    return any(
        tokens[k].dep == "prep"
        and tokens[k].lemma.lower() == "as"
        and k < slot[0]
        and any(t.head == k and t.dep == "pobj" and t.pos == "NOUN" for t in tokens)
        for k in kids
    )
