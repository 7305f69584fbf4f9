"""Two names of one referent that the recogniser cut or spaced differently: a variant, not a conflict.

The small model ends a name where the capitals end: "controller of BBC Drama
commissioning" gives "BBC Drama", while another outlet's "BBC Drama
Commissioning" is one name. The words after the shorter name in its own
sentence then spell the rest of the longer one. And outlets write some names
with or without a space ("Del Giudice", "DelGiudice"), spell a word the British or
the American way ("Organisation", "Organization"), name a prize in the singular
or the plural ("a Tony Award", "the Tony Awards") or write an acronym as a word
with its letters misordered ("Unwra"; ``nameforms.respelt``), or leave a body's last word off its name
("director of Fish and Wildlife", "the Fish and Wildlife Service"; ``body_word_added``). And a name the story
writes whole may be called by either of its two parts ("the Los Angeles Angels": "the Angels", "Los Angeles
general manager"; ``joined``), or by the name without its "of" phrase ("the Bank of Salem", "the Bank";
``of_cut``). Either way the two are one referent written two ways, so their difference is a
variant.
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


def name_starts(sentences: Iterable[SentenceFeatures]) -> dict[tuple[str, ...], bool]:
    """Every opening run of two words or more of every name the sentences write (not people's), as words."""
    out: dict[tuple[str, ...], bool] = {}
    for sentence in sentences:
        for span in sentence.spans:
            if span.kind == "name" and span.label != "PERSON":
                words = tuple(_tokens(span, False))
                for n in range(2, len(words) + 1):
                    out[words[:n]] = True
    return out


def joined(x: Span, y: Span, starts: Mapping[tuple[str, ...], bool]) -> bool:
    """True when one name followed by the other opens a name the story writes ("Los Angeles" and "Angels").

    A team is called by its city or by its nickname, a body by its place or its kind, and the story that
    writes "the Los Angeles Angels" once tells that the two parts are one referent's.
    """
    tx, ty = tuple(_tokens(x, False)), tuple(_tokens(y, False))
    return bool(tx and ty) and ((tx + ty) in starts or (ty + tx) in starts)


def of_cut(short: Span, full: Span) -> bool:
    """True when ``short`` is the words that end ``full``'s name before its "of" ("Bank" of "Bank of Salem").

    An outlet calls a body by its name's head, leaving off what the "of" phrase adds ("the Herons" of "the
    Portland Herons of Salem"), as it leaves off a place before it. Only the head: "York" is no "Duke of York".
    """
    ts, tf = _tokens(short, False), _tokens(full, False)
    if not ts or "of" not in tf:
        return False
    head = tf[: tf.index("of")]
    return len(head) >= len(ts) and head[len(head) - len(ts) :] == ts


def cut_names(
    observations: Iterable[Observation],
    features: Mapping[str, SentenceFeatures],
    starts: Mapping[tuple[str, ...], bool] | None = None,
) -> list[Observation]:
    """``observations``, with name conflicts between a name and its cut or respaced form made variants.

    ``starts`` (``name_starts`` of the story's sentences) makes the two parts of a name the story writes whole
    variants too (not of people).
    """
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
                or (not person and starts is not None and joined(x, y, starts))
                or (not person and (of_cut(x, y) or of_cut(y, x)))
            ):
                o.kind = "variant"
        out.append(o)
    return out
