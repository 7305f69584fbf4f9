"""Values of two doers' acts: "the Owls, which beat the Larks on Thursday" against "the Ravens, which won on Friday".

A value hangs from a verb (``frames.frame``), and the verb has a doer: its
subject, or the noun a relative clause qualifies ("the Owls, which beat the
Larks": the Owls beat). When the two values of a difference hang from
verbs whose doers are two different named entities, neither of which the
other sentence names, the sentences most likely tell of two acts (a result
of each of two teams), not of one act told two ways. The difference may
still be true (one of the outlets may have the doer wrong), so it is kept as
a possible one at most; when each article names both doers somewhere, the
two are known apart and the difference goes. It goes too when one sentence
names the other value's doer as the doer of another of its own values and
the other sentence never names the first doer ("Lenk ran for 84 yards and
Bryce threw for 251" against "Bryce ran for 12 yards"): that sentence tells
the two people's figures apart itself (``_told_apart``). And it goes when both doers are people and
the two sentences name nobody in common ("Dolan died in prison in 1992" against "Becker died in
2002"; "Dolan finished his career with 2,150 points" against "Becker finished the game with 20"):
each sentence tells its own person's act, and an outlet that had the doer wrong would show as two
names for one figure, not as two figures (the ECB+ audits judged every such possible difference
false, ``different-holders``). Only when some article of the story names both people, so that the
story knows them apart: a person no outlet names beside the other may be the other renamed by one
outlet throughout, and then the figure may have changed too (a planted copy of BASIL held whose
surname and year both changed, "Cantor ran for governor in 2006" against "Becker ran for governor
in 2008"). Sentences sharing someone still keep it possible: "Roe arrested Poe on
Tuesday" against "Lee arrested Poe on Monday" may tell one arrest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tuicompare.engine.context import slot_head
from tuicompare.engine.elsewhere import writes
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import clause_verb
from tuicompare.engine.observations import Observation, just_under
from tuicompare.models import Sentence, Token

#: How far up the parse a value's verb is looked for.
_HOPS = 4
#: Relative pronouns: the doer of their clause is the noun the clause qualifies.
_RELATIVE = frozenset({"which", "who", "that"})


def doer_index(sentence: Sentence, span: Span) -> int | None:
    """The token index of the subject of the verb ``span`` hangs from, or None.

    A value of a thing given for someone ("a five-year contract for Dan Drew") is that person's,
    whoever the clause's subject is: the name after "for" is its doer.
    """
    tokens = sentence.tokens
    owner = _beneficiary(tokens, span)
    if owner is not None:
        return owner
    node = clause_verb(tokens, span.start, span.end, _HOPS)
    if node is None:
        return None
    subject = next((i for i, t in enumerate(tokens) if t.head == node and t.dep == "nsubj"), None)
    if subject is not None and tokens[subject].lemma.lower() in _RELATIVE and tokens[node].dep == "relcl":
        return tokens[node].head  # "the Owls, which beat the Larks": the clause's noun did it
    return subject


def _beneficiary(tokens: Sequence[Token], span: Span) -> int | None:
    """The proper noun after "for" on the noun a value qualifies ("a five-year contract for Drew"), or None."""
    slot = slot_head(tokens, span.start, span.end)
    if slot is None:
        return None
    noun = tokens[slot[2]].head
    if not (0 <= noun < len(tokens)) or tokens[noun].pos != "NOUN" or noun == slot[2]:
        return None
    for k, token in enumerate(tokens):
        if token.head == noun and token.dep == "prep" and token.lemma.lower() == "for":
            return next((j for j, t in enumerate(tokens) if t.head == k and t.dep == "pobj" and t.pos == "PROPN"), None)
    return None


def doer(span: Span, sentence: Sentence, names: Iterable[Span], entity_of: Mapping[Span, int]) -> Span | None:
    """The name of the sentence that does the act ``span`` is a value of (a name with an entity), if any."""
    index = doer_index(sentence, span)
    if index is None:
        return None
    token = sentence.tokens[index]
    names = tuple(names)
    for name in names:
        if name is not span and name.start <= token.start < name.end and name in entity_of:
            return name
    if token.pos != "PROPN" or any(n.start <= token.start < n.end for n in names):
        return None
    # "Roe died in 2002": a surname the recogniser missed in this sentence, which the story's names end
    # with for one entity only, a person written in full ("Jo Roe"), is that person's. Ends of two
    # entities' names ("Roe" resolved apart from "Jo Roe"): no telling which, and maybe one person.
    # Not a party or a people ("the Texas Republican who won"): no surname.
    word = sentence.word(token)
    ends = [s for s in entity_of if s.text.split()[-1:] == [word]]
    people = [s for s in ends if s.label == "PERSON" and len(s.text.split()) >= 2]
    return people[0] if people and len({entity_of[s] for s in ends}) == 1 else None


def other_doers(
    observations: Iterable[Observation],
    sentences: Mapping[str, Sentence],
    features: Mapping[str, SentenceFeatures],
    entity_of: Mapping[Span, int],
    keys: Mapping[str, frozenset[str]],
    texts: Mapping[str, str],
    cut: float,
    labels: Sequence[str] = (),
) -> list[Observation]:
    """``observations``, with differences of two doers' acts kept under ``cut`` or dropped (see the module).

    Args:
        observations: Slot observations of groups or of links.
        sentences: Sentence id -> its parse.
        features: Sentence id -> its features (its slots).
        entity_of: Name slot -> its entity.
        keys: Article -> the keys it states (``elsewhere.article_keys``).
        texts: Article -> its text (a doer the recogniser missed there may still be written).
        cut: The confidence from which their differences are conflicts.
        labels: Entity -> its voted label ("person"...); without it, the recogniser's label of each doer.
    """
    below = just_under(cut)
    out = []

    def spans_of(sentence: str) -> tuple[Span, ...]:
        found = features.get(sentence)
        return found.spans if found is not None else ()

    def named(article: str, name: Span) -> bool:
        # Recognised in the article, or at least written there ("Gibbs ended the run").
        return f"e{entity_of[name]}" in keys.get(article, frozenset()) or writes(texts.get(article, ""), name.text)

    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] in ("value", "name"):
            (x, _), (y, _) = o.spans
            sx, sy = sentences.get(x.sentence), sentences.get(y.sentence)
            nx = doer(x, sx, spans_of(x.sentence), entity_of) if sx else None
            ny = doer(y, sy, spans_of(y.sentence), entity_of) if sy else None
            if _borrowed(nx, x, ny, entity_of, labels) or _borrowed(ny, y, nx, entity_of, labels):
                nx = ny = None  # a surname read from elsewhere against a doer that is no person
            if nx is not None and ny is not None and sx is not None and sy is not None:
                dx, dy = entity_of[nx], entity_of[ny]
                named_x = {entity_of[s] for s in spans_of(x.sentence) if s in entity_of}
                named_y = {entity_of[s] for s in spans_of(y.sentence) if s in entity_of}
                if _told_apart(x, sx, dx, dy, named_y, spans_of(x.sentence), entity_of) or _told_apart(
                    y, sy, dy, dx, named_x, spans_of(y.sentence), entity_of
                ):
                    continue
                if dx != dy and dx not in named_y and dy not in named_x:
                    if all(named(a, n) for a in (x.article, y.article) for n in (nx, ny)):
                        continue  # each outlet names both doers: two acts, told apart
                    known_apart = any(f"e{dx}" in stated and f"e{dy}" in stated for stated in keys.values())
                    people = _person(nx, entity_of, labels) and _person(ny, entity_of, labels)
                    if people and known_apart and not named_x & named_y:
                        continue  # two people's own acts, sharing no one: "Roe died in 1992", "Poe died in 2002"
                    o.confidence = min(o.confidence, below)
        out.append(o)
    return out


def _person(name: Span, entity_of: Mapping[Span, int], labels: Sequence[str]) -> bool:
    """True when a doer is a person by its entity's voted label (a coach named like a carmaker, tagged a firm once)."""
    entity = entity_of.get(name, len(labels))
    return labels[entity] == "person" if entity < len(labels) else name.label == "PERSON"


def _borrowed(
    found: Span | None,
    value: Span,
    other: Span | None,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
) -> bool:
    """True when ``found``, the doer of ``value``, is a name from another sentence and ``other`` no person.

    A surname the recogniser missed is read from the story's people (``doer``); set against a doer
    of another kind ("the Texas Republican who used $84,000": the party word heads the clause), it
    says nothing of two people.
    """
    if found is None or found.sentence == value.sentence:
        return False
    return other is None or not _person(other, entity_of, labels)


def _told_apart(
    x: Span,
    sentence: Sentence,
    mine: int,
    other: int,
    named_other: set[int],
    spans: Iterable[Span],
    entity_of: Mapping[Span, int],
) -> bool:
    """True when ``x``'s sentence gives ``x`` to its doer ``mine`` and another of its values to ``other``.

    ``other`` is the doer of the compared value of the other sentence, which never names ``mine``
    (``named_other``): "Lenk got 84 yards and Bryce threw for 251" against "Bryce ran for 12 yards".
    """
    if mine == other or mine in named_other:
        return False
    spans = tuple(spans)
    for span in spans:
        if span is x or span.kind == "name" or span.key is None:
            continue
        found = doer(span, sentence, spans, entity_of)
        if found is not None and entity_of[found] == other:
            return True
    return False
