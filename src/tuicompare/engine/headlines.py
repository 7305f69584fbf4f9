"""Names in title-case headlines, where the recogniser glues the headline's verb to a person's name.

"Actress Esther Williams Dies at 91": every word has a capital, and the small
model tags "Esther Williams Dies" as one person. The parse still says which
word is the verb: the name's last word (of three or more) heads the sentence,
and the tagger calls it a verb or a word before it in the name is its subject.
"""

from __future__ import annotations

from tuicompare.models import Sentence


def verb_cut(sentence: Sentence, label: str, first: int, last: int, start: int, text: str) -> str:
    """A person's name (``text`` from article offset ``start``, tokens ``first``..``last``) without a glued verb."""
    tokens = sentence.tokens
    if label != "PERSON" or last <= first + 1 or last >= len(tokens):
        return text
    verb = tokens[last]
    if verb.dep != "ROOT" or verb.start <= start:
        return text
    subject = any(tokens[i].head == last and tokens[i].dep in ("nsubj", "nsubjpass") for i in range(first, last))
    if not subject and verb.pos != "VERB":
        return text
    return text[: verb.start - start].rstrip()
