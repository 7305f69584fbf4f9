"""Two names of one referent that the recogniser cut or spaced differently: a variant, not a conflict.

The small model ends a name where the capitals end: "controller of BBC Drama
commissioning" gives "BBC Drama", while another outlet's "BBC Drama
Commissioning" is one name. The words after the shorter name in its own
sentence then spell the rest of the longer one. And outlets write some names
with or without a space ("Del Giudice", "DelGiudice"), spell a word the British or
the American way ("Organisation", "Organization"), name a prize in the singular
or the plural ("a Tony Award", "the Tony Awards") or write an acronym as a word
with its letters misordered ("Unwra"; ``nameforms.respelt``), or leave a body's last word off its name
("director of Fish and Wildlife", "the Fish and Wildlife Service"; ``body_word_added``). Either way the two
are one referent written two ways, so their difference is a variant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.nameforms import respelt
from tuicompare.engine.names import referent_key
from tuicompare.engine.observations import Observation
from tuicompare.engine.placekinds import BODY_WORDS


def _tokens(span: Span, person: bool) -> list[str]:
    return referent_key(span.key or "", person).split()


def continued(short: Span, sentence: SentenceFeatures, full: Span, person: bool = False) -> bool:
    """True when ``full`` is ``short`` followed by the words that follow ``short`` in its sentence."""
    ts, tf = _tokens(short, person), _tokens(full, person)
    if not ts or len(tf) <= len(ts) or tf[: len(ts)] != ts or short not in sentence.spans:
        return False
    at = sentence.slot_at[sentence.spans.index(short)] + 1
    rest = tf[len(ts) :]
    return list(sentence.seq[at : at + len(rest)]) == rest


def spaced_alike(x: Span, y: Span, person: bool = False) -> bool:
    """True when two names differ only by spaces or hyphens ("del giudice", "delgiudice")."""
    ra, rb = (referent_key(s.key or "", person) for s in (x, y))
    return ra != rb and ra.replace(" ", "").replace("-", "") == rb.replace(" ", "").replace("-", "")


def body_word_added(short: Span, full: Span) -> bool:
    """True when ``full`` is ``short`` and one word naming a body after it ("Wildlife", "Wildlife Service").

    Outlets call a body by its name without the kind ("Fish and Wildlife", "the Interior"), and the
    recogniser then reads the two names apart; a person's name never ends in such a word.
    """
    ts, tf = _tokens(short, False), _tokens(full, False)
    return bool(ts) and len(tf) == len(ts) + 1 and tf[:-1] == ts and tf[-1] in BODY_WORDS


def cut_names(observations: Iterable[Observation], features: Mapping[str, SentenceFeatures]) -> list[Observation]:
    """``observations``, with name conflicts between a name and its cut or respaced form made variants."""
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.left[0] == "name":
            (x, _), (y, _) = o.spans
            person = o.type == "person"
            fx, fy = features.get(x.sentence), features.get(y.sentence)
            if (
                spaced_alike(x, y, person)
                or respelt(referent_key(x.key or "", person), referent_key(y.key or "", person))
                or (fx is not None and continued(x, fx, y, person))
                or (fy is not None and continued(y, fy, x, person))
                or (not person and (body_word_added(x, y) or body_word_added(y, x)))
            ):
                o.kind = "variant"
        out.append(o)
    return out
