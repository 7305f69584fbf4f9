"""What a verb says of its subject's role and employer: "resigned as communications director", "works for Rep. X".

The copular clauses ("is the chief executive") are read in ``attributes``;
these are the other verbs the press uses to state a role or an employer about
the subject of a clause or relative clause, read from the parse and only when
the clause asserts it (no "would serve as", no "does not work for"). A post
"as" names belongs to the verb's object when it has a person for object ("the
club fired Ann Cole as coach", "hired him as coach") and to its subject
otherwise, but for a successor, who takes it from the object ("Cole replaced
Reed as coach": Reed's is a past one); a stretch of service carries one too, whatever the verb ("after
one season as coach", "relieved of his duties as head coach"); so does the
passive of a naming verb ("was named coach", "was elected mayor").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tuicompare.engine.attrparse import Finding, Parse, asserted, future, not_held_now, skip_det
from tuicompare.engine.prospects import PROSPECT_AUX
from tuicompare.engine.rolenouns import BODY_NOUNS

#: Verbs whose "for" names whom their subject works for ("works for", "worked for", "writes for").
_WORK_VERBS = frozenset({"work", "write", "report"})
#: Verbs whose "as" names a post their subject holds, held or takes ("served as", "resigned as", "was
#: appointed as"); not "is known as a brilliant lawyer", "is seen as a hardliner": a reputation.
_POST_VERBS = frozenset(
    {
        "serve",
        "resign",
        "work",
        "act",
        "step",
        "retire",
        "quit",
        "join",
        "remain",
        "return",
        "appoint",
        "hire",
        "name",
        "elect",
        "confirm",
        "swear",
        "install",
        "stay",
        "continue",
        "begin",
        "start",
        "fire",
        "sack",
        "dismiss",
        "oust",
        "remove",
        "introduce",
        "replace",
        "succeed",
        "promote",
        "leave",
        "take",
        "terminate",
    }
)
#: Verbs whose subject takes the post "as" names from their object ("Cole replaced Reed as coach").
_SUCCESSION = frozenset({"replace", "succeed"})
#: Verbs that give their passive subject the post after them ("was named coach", "was elected mayor").
_NAMING = frozenset({"name", "appoint", "elect", "reelect", "make", "crown", "confirm", "install"})
#: Verbs of leaving a post: the post they name is a past one ("resigned as", "was fired as").
_LEAVING = frozenset(
    {"resign", "retire", "quit", "step", "leave", "fire", "sack", "dismiss", "oust", "remove", "relieve", "terminate"}
)
#: Nouns for a stretch of service or the place held whose "as" names the post ("one season as coach", "his duties
#: as", "was terminated from his position as coach"); not "role", which is as often a part played ("his role as a
#: peacemaker").
_SERVICE_NOUNS = frozenset(
    {"season", "year", "term", "stint", "tenure", "career", "duty", "job", "post", "spell", "decade", "month"}
    | {"position"}
)
#: Verbs of depicting, knowing and judging: their "as" says how someone is shown or held, no post ("cast Clinton
#: as his loyal deputy", "was portrayed as their leader", "is known as their enforcer", "was hailed as its saviour").
_DEPICT = frozenset(
    {"cast", "paint", "portray", "depict", "describe", "characterize", "characterise", "present", "see", "view"}
    | {"regard", "brand", "label", "call", "dismiss", "frame", "picture", "imagine", "envision", "mock", "hail"}
    | {"know", "remember", "dub", "nickname", "bill", "praise", "criticize", "criticise", "denounce", "treat"}
    | {"celebrate", "honor", "honour", "mourn", "eulogize", "eulogise", "recognize", "recognise", "perceive"}
)
#: Personal pronouns a verb's object may be ("hired him as coach").
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you"})
#: Labels of names that can employ someone.
_EMPLOYERS = frozenset({"ORG", "PERSON"})

RoleReader = Callable[[Parse, int, float, list[Finding]], None]


def verb_findings(
    p: Parse,
    verbs: Sequence[int],
    label: str,
    confidence: float,
    role: RoleReader,
    out: list[Finding],
    objects: Sequence[int] = (),
) -> None:
    """Roles after "as" and employers after "work for" in clauses whose subject (or object) is the name.

    Args:
        p: The sentence's parse.
        verbs: The verbs the name is the subject of (its clause's, its relative clauses').
        label: The entity's voted type; only people have these.
        confidence: The confidence of the construction.
        role: Reads a role from a noun (``attrrole.noun_role``).
        out: Where findings go.
        objects: The verbs the name is the direct object of ("fired Ann Cole as coach").
    """
    if label != "person":
        return
    for verb in verbs:
        _prospect(p, verb, confidence, role, out)
        if not asserted(p, verb):
            continue
        if not _person_object(p, verb, "dobj") or p.lemma(verb) in _SUCCESSION:
            _posts(p, verb, confidence, role, out)  # not "King hired Cole as coach": that post is the object's
        if p.dep_kids(verb, ("auxpass",)):
            _posts_asked(p, verb, confidence, role, out)  # "Cole was asked to serve as treasurer"
        if p.lemma(verb) in _NAMING and p.dep_kids(verb, ("auxpass",)):
            for obj in p.dep_kids(verb, ("oprd",)):  # "was named coach", "was elected mayor"
                if p.t[obj].pos == "NOUN":
                    role(p, obj, confidence, out)
        for prep in p.dep_kids(verb, ("prep",)):
            # "writes for the Herald"; not a "for" phrase set before the verb ("Unfortunately for the Angels, X
            # reports that ..."), which says whom the news is about
            if p.lemma(prep) == "for" and p.lemma(verb) in _WORK_VERBS and prep > verb:
                for obj in p.dep_kids(prep, ("pobj",)):
                    if p.label.get(obj) in _EMPLOYERS or p.lemma(obj) in BODY_NOUNS:
                        out.append(p.finding("employer", skip_det(p, p.left(obj)), p.right(obj, True), confidence))
    for verb in objects:
        if asserted(p, verb):
            mark = len(out)
            # "Smith, in his first year as mayor, praised Jones": whose year is unclear with two people
            _posts(p, verb, confidence, role, out, service=not _person_object(p, verb, "nsubj"))
            if p.lemma(verb) in _SUCCESSION:  # "Cole replaced Reed as coach": Reed's post is a past one
                not_held_now(out, mark)
            _posts_asked(p, verb, confidence, role, out)  # "the mayor asked Ann Cole to serve as treasurer"


def _prospect(p: Parse, verb: int, confidence: float, role: RoleReader, out: list[Finding]) -> None:
    """The post a fronted "as" names before a verb of the future or a modal: "As president, Cole will cut taxes",
    "As governor, Cole would veto it". A promise or a supposition of what the subject will do in a post to come,
    not one held now (at the time, "Senator Cole"): read as a post not held now, so that an article calling the
    person by that post later ("President Cole") is not set against the title the sentence gives. Not when the
    verb is denied ("will not"), nor for an "as" after the subject ("Cole will act as mediator"), which
    ``_posts`` reads of post verbs.
    """
    if any(p.t[k].dep == "neg" for k in p.kids[verb]):
        return
    if not any(p.t[k].dep == "aux" and p.lemma(k) in PROSPECT_AUX for k in p.kids[verb]):
        return
    subjects = p.dep_kids(verb, ("nsubj",))
    for prep in p.dep_kids(verb, ("prep",)):
        if p.lemma(prep) == "as" and subjects and prep < min(subjects):
            mark = len(out)
            _as_roles(p, prep, confidence, role, out)
            not_held_now(out, mark)


def _posts_asked(p: Parse, verb: int, confidence: float, role: RoleReader, out: list[Finding]) -> None:
    """The post the object of ``verb`` (or its passive subject) is asked, named or chosen to take up: "asked Ann
    Cole to serve as treasurer", "was nominated to serve as judge"; the infinitive's understood subject is the
    name. A post to come, not one held now; none where either verb is denied or hedged ("did not ask", "to
    not serve")."""
    if not asserted(p, verb):
        return
    for infinitive in p.dep_kids(verb, ("xcomp",)):
        if infinitive > verb and asserted(p, infinitive) and p.dep_kids(infinitive, ("aux",)):
            mark = len(out)
            _posts(p, infinitive, confidence, role, out, service=False)
            not_held_now(out, mark)


def _posts(p: Parse, verb: int, confidence: float, role: RoleReader, out: list[Finding], service: bool = True) -> None:
    """The posts a verb's "as" names ("resigned as director"), or its stretch of service ("after a season as coach").

    A post left ("resigned as", "was fired as", "left his job as") is a past one.
    """
    mark = len(out)
    for prep in p.dep_kids(verb, ("prep",)):
        if p.lemma(prep) == "as" and (_post_verb(p, verb) or (_owned_post(p, prep) and p.lemma(verb) not in _DEPICT)):
            _as_roles(p, prep, confidence, role, out)  # "resigned as communications director"
            continue
        for noun in p.dep_kids(prep, ("pobj",)) if service else []:
            _service(p, noun, confidence, role, out)  # "after one season as coach", "relieved of his duties as"
    for noun in p.dep_kids(verb, ("dobj",)) if service else []:
        _service(p, noun, confidence, role, out)  # "left his job as a host"
    if p.lemma(verb) in _LEAVING or future(p, verb):  # "resigned as", "will take over as": not held now
        not_held_now(out, mark)


def _service(p: Parse, noun: int, confidence: float, role: RoleReader, out: list[Finding]) -> None:
    """The post of a stretch of service: "season as coach", "his duties as head coach"."""
    if p.lemma(noun) in _SERVICE_NOUNS:
        for inner in p.dep_kids(noun, ("prep",)):
            if p.lemma(inner) == "as":
                _as_roles(p, inner, confidence, role, out)


def _post_verb(p: Parse, verb: int) -> bool:
    """True for a verb whose "as" names a post: "served as", "was fired as"; "take" only as "take over"."""
    lemma = p.lemma(verb)
    return lemma in _POST_VERBS and (lemma != "take" or any(p.lemma(k) == "over" for k in p.dep_kids(verb, ("prt",))))


def _owned_post(p: Parse, prep: int) -> bool:
    """True for an "as" whose noun someone's possessive owns: a post held in that body, whatever the verb.

    "ran the club as its treasurer", "played ten seasons as their point guard": the possessive says whose
    post it is, where a bare "as" after another verb says how ("spoke as a mother", "was seen as a hardliner");
    not after a verb of depicting (``_DEPICT``: "cast X as his loyal deputy" is how a rival shows X).
    """
    return any(p.dep_kids(obj, ("poss",)) for obj in p.dep_kids(prep, ("pobj",)))


def _as_roles(p: Parse, prep: int, confidence: float, role: RoleReader, out: list[Finding]) -> None:
    for obj in p.dep_kids(prep, ("pobj",)):
        if p.t[obj].pos == "NOUN" or (p.t[obj].pos == "PROPN" and obj not in p.label):
            role(p, obj, confidence, out)


def _person_object(p: Parse, verb: int, dep: str) -> bool:
    """True when a verb's ``dep`` (direct object, subject) is a person: a name so tagged or a personal pronoun."""
    return any(
        p.label.get(obj) == "PERSON" or (p.t[obj].pos == "PRON" and p.lemma(obj) in _PERSONAL)
        for obj in p.dep_kids(verb, (dep,))
    )
