"""How sure a difference is: the confidence of a slot pair, and negations read with care.

A difference found between two aligned sentences is only as good as the
evidence that the two sentences state one fact and the two values fill one
role in it. ``slot_confidence`` combines the strength of the link (how alike
the sentences are), the agreement of the words around the two slots, the
agreement of the words the slots depend on ("resigned on Friday" against
"resigned on Saturday"), and flags on the values (an approximate number);
below ``ConflictTuning.possible_below`` a conflict is only a possible difference.

``negations`` finds a verb negated on one side only, and leaves out what the
press makes of a quote: a negation inside a question, in a sentence that only
one outlet cut from a longer quote, under a verb the other side does not
state, or against a sentence that is itself negated elsewhere ("not the
intent of the law to discriminate" against "does not discriminate"). A verb
said of two doers ("Jo is not signed" against "the lead actors are signed")
is no conflict when the affirming sentence names the negated doer apart
(it agrees: "..., but Jo has no deal"), and a possible difference at most
when the two subjects share no word (two outlets may name one doer two ways).
Nor is a report withheld a denial: "police did not say why she was suspended"
against "police say she was suspended" (``_withheld``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.context import SPEECH
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.observations import just_under
from tuicompare.engine.relations import PAIR, ages_two_ways
from tuicompare.engine.tuning import TUNING

#: Verbs that give a statement its source, as a verb of speech does ("X reported", "Y wrote").
REPORTING = SPEECH | {"report", "write", "announce", "state", "tweet", "claim", "note"}
#: Verbs of wanting: their object is what someone wants ("is seeking a 10-year contract"), no fact that happened.
WISHES = frozenset({"seek", "want", "ask", "demand", "request", "wish", "hope", "desire", "propose", "prefer", "aim"})
#: The words of those verbs as written: the tagger's lemma misses some ("hoping" is lemmatised "hop").
WISH_WORDS = frozenset(
    {
        *("aim", "aimed", "aiming", "aims"),
        *("ask", "asked", "asking", "asks"),
        *("demand", "demanded", "demanding", "demands"),
        *("desire", "desired", "desires", "desiring"),
        *("hope", "hoped", "hopes", "hoping"),
        *("prefer", "preferred", "preferring", "prefers"),
        *("propose", "proposed", "proposes", "proposing"),
        *("request", "requested", "requesting", "requests"),
        *("seek", "seeking", "seeks", "sought"),
        *("want", "wanted", "wanting", "wants"),
        *("wish", "wished", "wishes", "wishing"),
    }
)
#: Quotation marks: an odd count says the sentence holds part of a quote that another sentence continues.
_QUOTES = ('"', "\u201c", "\u201d")


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def link_strength(weight: float) -> float:
    """A link's score scaled to [0, 1] between the weakest link read and a sure one."""
    t = TUNING.conflicts
    return _clamp((weight - t.link_min) / max(t.link_full - t.link_min, 1e-9))


def tells_a_wish(sentence: SentenceFeatures) -> bool:
    """True when a sentence tells of what someone wants ("is seeking", "hoping he could attract")."""
    return not WISHES.isdisjoint(sentence.lemmas) or not WISH_WORDS.isdisjoint(sentence.seq)


def approximate(span: Span) -> bool:
    """True for a value its sentence gives as approximate ("about 200", "nearly a dozen")."""
    return bool(getattr(span, "approximate", False))


def same_frame(frame_x: str, frame_y: str) -> bool:
    """True when two slots hang from the same word, other than a verb of speech.

    "X said" and "Y said" share a frame but not a fact: who speaks is one fact
    only if they say the same thing, which the link's strength tells.
    """
    return bool(frame_x) and frame_x == frame_y and frame_x not in SPEECH


def slot_confidence(
    weight: float,
    context: float,
    frame_x: str,
    frame_y: str,
    x: Span,
    y: Span,
    one_role: bool | None = None,
    *,
    hedged: bool = True,
    anchored: bool = False,
    both_wish: bool = False,
    one_statement: bool = False,
    one_act: bool = False,
) -> float:
    """Confidence in [0, 1] that two paired slots hold one fact's value (see the module docstring).

    The slot evidence is the better of the words around the two slots and a
    shared verb; the link's strength is mixed in; names of two spaCy labels,
    approximate values and numbers that do not say what they count weigh less.

    Args:
        weight: Score of the link between the two sentences.
        context: Agreement of the words around the slots (``slots.context_score``, any frame bonus included).
        frame_x: The verb the first slot belongs to (``frames.frame``), or ``""``.
        frame_y: The same for the second slot.
        x: One slot.
        y: The other.
        one_role: The parse says the two slots fill one role (``slotroles``: a shared
            verb, or one entity both qualify); by default, a shared verb.
        hedged: Count the values' own doubt (an approximate value); without it the
            result says only how sure it is that the two slots hold one fact.
        anchored: Two names that qualify one entity in one relation ("Sen. Ann Roe of Maine",
            "Sen. Ann Roe of Ohio"), or two numbers one entity holds (``conflicts.observe``'s one entity): the
            slot evidence is at least ``ConflictTuning.anchor_evidence``; two records so held ("the Colts
            (11-4)", "the Colts fell to 8-4") say what they count, and lose no ``unknown_unit_factor``.
        both_wish: Both sentences tell of what someone wants ("is seeking a five-year contract", "hoping he
            could attract a ten-year contract"): two wishes are one fact even when one value hangs from
            the verb under the wish.
        one_statement: The two slots are names speaking or writing one statement both sentences quote word
            for word (``quotes.share_a_quote``): its one source, as in sentences linked at ``link_full``, and
            full slot evidence, as ``anchored``.
        one_act: Two dates or places hang from two verbs of one act ("found", "discovered":
            ``verbclasses.one_act``): the slot evidence is at least ``ConflictTuning.act_evidence``.
    """
    t = TUNING.conflicts
    shared = same_frame(frame_x, frame_y) if one_role is None else one_role
    words = context - (t.frame_bonus if shared else 0.0)
    # A shared verb is only part of the evidence: two loosely alike sentences share "wrote" or "protect"
    # and still state two facts, so the words around the slots must agree too for full evidence.
    slot = max(_clamp(words / t.context_full), t.frame_evidence if shared else 0.0)
    if anchored or (one_statement and x.kind == "name"):
        # One person's state, one mayor's city: however loosely the sentences align, the parse
        # says both names fill the same slot of the same entity. Two speakers of one quoted
        # statement fill its one source's place, however the words around the names run.
        slot = max(slot, t.anchor_evidence)
    if one_act:
        slot = max(slot, t.act_evidence)
    score = t.link_weight * link_strength(weight) + (1.0 - t.link_weight) * slot
    if hedged and (approximate(x) or approximate(y)):
        score *= t.approximate_factor
    ages = ages_two_ways(x, y)  # "a 23-year-old" and "Jo Roe, 37,": ages both, whatever each reading's unit
    # Two records one entity holds ("the Colts (11-4)", "the Colts (8-4)"; ``recordholders``) say what they
    # count by their form: wins and losses of that side, as a unit would.
    records = anchored and (x.key or "").startswith(PAIR) and (y.key or "").startswith(PAIR)
    if x.kind == "number" and not (x.unit and y.unit) and not ages and not records:
        score *= t.unknown_unit_factor
    if x.kind == "date" and not ages and not one_act and frame_x != frame_y and NOUN_FRAME in frame_x + frame_y:
        # "charged after a shooting Friday" against "charged Saturday": a date set on a noun may date
        # another event than the other side's; at most a possible difference (not against the noun's own
        # verb, "was shot Saturday": ``verbclasses.one_act``).
        score = min(score, just_under(t.possible_below))
    if not both_wish and frame_x != frame_y and (frame_x in WISHES) != (frame_y in WISHES):
        # "is seeking a 10-year contract" against "has an eight-year offer": what one side wants is no
        # value of the fact the other states; at most a possible difference.
        score = min(score, just_under(t.possible_below))
    one_quote = weight >= t.link_full or one_statement
    if frame_x in SPEECH and frame_y in SPEECH and x.kind == "name" and not one_quote:
        # "X said" against "Y said": two quotes, unless the sentences are alike enough to be one quote.
        score *= t.speaker_factor
        if _two_full_names(x.key or "", y.key or ""):
            # "..., Officer Ann Roe said" against "..., said Officer Jo Poe", of two statements: each outlet
            # quotes its own source; at most a possible difference ("Ann Roe", "Ann Poe" may be one misspelt,
            # and a surname alone, "Roe said", may be anyone's).
            score = min(score, just_under(t.possible_below))
    elif frame_x in REPORTING and frame_y in REPORTING and x.kind == "name" and not one_quote:
        # "X reported" against "Y reports": two reports of one rumour may each name their own source;
        # at most a possible difference.
        score = min(score, just_under(t.possible_below))
    return round(_clamp(score), 4)


def role_confidence(weight: float) -> float:
    """Confidence that two roles given to one person conflict: the person is sure, roles may combine."""
    t = TUNING.conflicts
    return round((t.link_weight * link_strength(weight) + 1.0 - t.link_weight) * t.role_factor, 4)


#: Verbs of telling whose negation with a question word after it withholds an answer ("did not say why").
_TELLING = frozenset({"say", "tell", "comment", "disclose", "explain", "specify", "reveal", "elaborate", "confirm"})
_WITHHELD = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:say|said|says|tell|told|comment|disclose|explain|specify|reveal|"
    r"elaborate|confirm)\w*(?:\s+\w+){0,2}?\s+(?:why|whether|if|how|what|when|where|who|whom|which)\b",
    re.IGNORECASE,
)


def _withheld(lemma: str, sentence: str) -> bool:
    """True when the negated verb withholds an answer ("did not say why"): it denies nothing of the fact."""
    return lemma in _TELLING and _WITHHELD.search(sentence.replace("\u2019", "'")) is not None


def _question(sentence: str) -> bool:
    return sentence.rstrip(" \"'\u201d\u2019)").endswith("?")


def _split_quote(sentence: str) -> bool:
    return sum(sentence.count(q) for q in _QUOTES) % 2 == 1


def _words(sentence: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", sentence)}


def negations(
    a: SentenceFeatures,
    b: SentenceFeatures,
    weight: float,
    text_of: Callable[[str], str],
    make: Callable[[SentenceFeatures, tuple, SentenceFeatures, tuple, float], object],
) -> list:
    """Verbs negated on one side and affirmed on the other, with a confidence each.

    Args:
        a: One sentence.
        b: The other.
        weight: Score of their link.
        text_of: Sentence id -> its text (for questions and quote marks).
        make: Builds the observation from (negated side, its predicate, affirmed side, its predicate, confidence).
    """
    t = TUNING.conflicts
    if weight < t.negation_link_min:
        return []
    out = []
    for first, second in ((a, b), (b, a)):
        # "it is not meant to discriminate": the other side's negation sits on another word. And a verb is
        # negated only by a word the parse marks "neg": most sentences have none, and their verbs (a walk
        # up the parse for each subject) are then never read.
        if second.negated or first.parse is None or "neg" not in [t.dep for t in first.parse.tokens]:
            continue
        affirmed = {p[0]: p for p in second.predicates if not p[3]}
        negated_there = {p[0] for p in second.predicates if p[3]}
        for predicate in first.predicates:
            lemma, _start, _end, negated, _text, doer_words = predicate
            if not negated or lemma not in affirmed or lemma in negated_there:
                continue
            texts = (text_of(first.id), text_of(second.id))
            if any(_question(x) for x in texts):
                continue  # "Why would he not resign?" denies nothing
            if _withheld(lemma, texts[0]):
                continue  # "Police did not say why": a report withheld, not one denied
            confidence = link_strength(weight)
            if any(_split_quote(x) for x in texts):
                confidence *= t.split_quote_factor  # one outlet cut the quote elsewhere
            # every doer the other side gives the verb ("X are signed ... they're also signed"): one may be this one
            others = [set(p[5]) for p in second.predicates if p[0] == lemma and not p[3] and p[5]]
            doer = set(doer_words)
            if doer and others and not any(doer & other for other in others):
                if doer <= _words(texts[1]):
                    continue  # the affirming sentence names the negated doer apart from its own subject
                confidence = min(confidence, just_under(t.possible_below))  # two doers, or one named twice
            out.append(make(first, predicate, second, affirmed[lemma], round(confidence, 4)))
    return out


def two_scenes(
    a: SentenceFeatures,
    b: SentenceFeatures,
    pairs: Sequence[tuple[Span, Span, float]],
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    named: Mapping[str, frozenset[int]],
) -> bool:
    """True when two linked sentences tell two events: each is set in a place the other article never names.

    "10 were killed in the province of X" against "a dozen were killed by a
    quake in eastern Y" (another event told in passing): their figures and
    dates belong to two events. Not when the two places fill corresponding
    slots (``pairs``: "in Odesa" against "in Marinka" is one scene, its place
    changed). ``named`` gives each article's entities (``SlotRoles.named``);
    without it the answer is False.
    """

    def elsewhere(sentence: SentenceFeatures, other: SentenceFeatures) -> set[Span]:
        known = named.get(other.article)
        if known is None:
            return set()
        found = ((s, entity_of.get(s)) for s in sentence.spans)
        return {s for s, e in found if e is not None and entity_label[e] == "place" and e not in known}

    foreign_a, foreign_b = elsewhere(a, b), elsewhere(b, a)
    least = TUNING.conflicts.min_context
    return bool(foreign_a and foreign_b) and not any(
        x in foreign_a and y in foreign_b and c >= least for x, y, c in pairs
    )


def _two_full_names(a: str, b: str) -> bool:
    """True for two names of two words or more with different given names ("ann roe", "jo poe")."""
    wa, wb = a.split(), b.split()
    return len(wa) >= 2 and len(wb) >= 2 and wa[0] != wb[0]
