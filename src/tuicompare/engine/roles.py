"""Compare the roles given to one person: "Rep." and "Representative" agree, "correspondent" and "advisor" do not.

A role is the set of lemmas ``context.role`` attached to a name. Before two
roles are compared, courtesy titles go ("Mr.", "Dr."), abbreviations take
their long form ("Sen." is "senator"), and job titles that name one job take
one word ("lawyer" and "attorney"). Two roles are compatible when they share
a word, when one is generic ("official", "candidate", "leader": a person is
many of these at once), or when both belong to one small family of jobs that
outlets use interchangeably ("TV host" and "journalist"). The small model has
no word vectors, so these short tables stand in for them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.positions import POSITION_GROUPS

#: Abbreviated and gendered forms of titles, to one word.
_CANONICAL = {
    "rep": "representative",
    "reps": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "congressperson": "representative",
    "sen": "senator",
    "sens": "senator",
    "gov": "governor",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "gen": "general",
    "pres": "president",
    "sec": "secretary",
    "secy": "secretary",
    "atty": "attorney",
    "lawyer": "attorney",
    "counsel": "attorney",
    "supt": "superintendent",
    "prof": "professor",
    "rev": "reverend",
    "amb": "ambassador",
    "insp": "inspector",
    "det": "detective",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "assemblyman": "assemblymember",
    "assemblywoman": "assemblymember",
    "fireman": "firefighter",
    "firewoman": "firefighter",
}
#: Ranks and trades a body has many holders of at once: "Highway Patrol Officer Roe" and "Highway Patrol
#: Officer Poe" are two officers (each outlet quoting its own), not one post given to two people.
MANY_HOLD = frozenset(
    {
        "officer",
        "trooper",
        "agent",
        "detective",
        "deputy",
        "sergeant",
        "corporal",
        "constable",
        "patrolman",
        "investigator",
        "spokesperson",
        "analyst",
        "attorney",
        "reporter",
        "correspondent",
        "firefighter",
        "paramedic",
        "soldier",
        "staffer",
        "employee",
    }
)
#: The kin words (all in ``rolenouns.KIN``) that also say what kind of person someone is, excluding no role.
CLOSE_KIN = frozenset({"father", "mother", "son", "daughter", "wife", "husband", "friend"})
#: Words that say what kind of person someone is without excluding another role.
GENERIC = (
    frozenset(
        {
            "official",
            "leader",
            "member",
            "candidate",
            "nominee",
            "politician",
            "lawmaker",
            "legislator",
            "figure",
            "head",
            "chief",
            "aide",
            "staffer",
            "former",
            "senior",
            "top",
            "man",
            "woman",
            "person",
            "resident",
            "citizen",
            "veteran",
            "expert",
            "hopeful",
            "incumbent",
            "challenger",
            "activist",
            "supporter",
            "critic",
            # A student's or player's year says how far along they are, not what they do ("a junior" and
            # "the leading scorer"; "a freshman congressman").
            "freshman",
            "sophomore",
            "junior",
            "rookie",
            # a player a team has signed or may sign is at a stage of a career, any position ("a recruit")
            "recruit",
            "prospect",
        }
    )
    | CLOSE_KIN
)
#: Grades of a uniformed service (police, armed forces): a grade is held together with a post in that
#: service ("Inspector X, the police spokesman"; "Major X, the battalion commander"), so it excludes
#: another grade, not a post. Words that are also common posts stay out ("commander", "marshal",
#: "superintendent", "chief").
RANKS = frozenset(
    {
        "inspector",
        "sergeant",
        "constable",
        "detective",
        "corporal",
        "private",
        "lieutenant",
        "captain",
        "major",
        "colonel",
        "brigadier",
        "general",
        "admiral",
        "commodore",
    }
)
#: Jobs that the press names interchangeably.
_FAMILIES = (
    frozenset(
        {"journalist", "reporter", "correspondent", "host", "anchor", "commentator", "columnist", "writer"}
        | {"newspaperman", "newspaperwoman", "newsman", "newswoman"}
    ),
    frozenset({"attorney", "solicitor", "barrister", "advocate", "prosecutor"}),
    frozenset({"judge", "justice", "magistrate"}),
    frozenset({"spokesperson", "publicist", "representative", "press", "secretary", "communications", "director"}),
    frozenset({"doctor", "physician", "surgeon"}),
    frozenset({"officer", "policeman", "cop", "trooper", "deputy"}),
    frozenset({"judge", "justice", "magistrate", "jurist"}),
    frozenset({"pastor", "minister", "preacher", "chaplain"}),  # a church's minister is its pastor
    frozenset({"guard", "watchman"}),
    # who runs a body is called its head or its director ("director of operations", "the head of the agency")
    frozenset({"head", "director"}),
    # who makes films is called by the trade or by the post on the set
    frozenset({"filmmaker", "moviemaker", "film-maker", "director"}),
    # an entertainer is any of these, and they often are several at once (an actor hosting a show)
    frozenset(
        {"entertainer", "performer", "actor", "actress", "comedian", "comedienne", "comic", "host", "singer"}
        | {"dancer", "musician", "showman", "showwoman"}
    ),
)
#: Words for what someone is famous for or has won, and kinds of person: they exclude no office or trade ("the
#: swimming champion turned actress", "pinup girl", "swimming star" are one woman).
UNEXCLUSIVE = frozenset(
    {"star", "superstar", "icon", "legend", "champion", "champ", "celebrity", "idol", "pinup", "heartthrob"}
    | {"sensation", "hero", "heroine", "great", "girl", "boy"}
    # "fellow Rover", "his partner Ann Roe", "a colleague": what someone is to another person, beside any post.
    | {"fellow", "partner", "colleague", "teammate"}
)
#: Initialisms of offices, to the words they stand for ("senior VP" is a "senior vice president").
_INITIALISMS = {
    "vp": ("vice", "president"),
    "svp": ("senior", "vice", "president"),
    "evp": ("executive", "vice", "president"),
    "da": ("district", "attorney"),
    "ada": ("assistant", "district", "attorney"),
    # positions of a team sport, as box scores and sports pages abbreviate them before a name ("QB X")
    "qb": ("quarterback",),
    "rb": ("running", "back"),
    "wr": ("wide", "receiver"),
    "cb": ("cornerback",),
    "lb": ("linebacker",),
    "fb": ("fullback",),
    "db": ("defensive", "back"),
}
#: Words that make an attorney the one who prosecutes ("district attorney", "prosecuting attorney").
_PROSECUTING = frozenset({"district", "prosecuting", "prosecute"})


def initialism(word: str) -> bool:
    """True for the initialism of an office or position ("vp", "qb"), lower case."""
    return word in _INITIALISMS


def role_words(role: Iterable[str]) -> frozenset[str]:
    """The comparable words of a role: no courtesy titles, long forms of abbreviations."""
    # A finding's words are a tuple, and the entity sheet asks again of each for every pair of articles.
    return _tuple_role_words(role) if type(role) is tuple else _role_words(role)


@functools.lru_cache(maxsize=4096)
def _tuple_role_words(role: tuple[str, ...]) -> frozenset[str]:
    return _role_words(role)


def _role_words(role: Iterable[str]) -> frozenset[str]:
    out = set()
    for word in _expanded(role):
        if not word or word in HONORIFICS:
            continue
        out.add(_CANONICAL.get(word, word))
    if "attorney" in out and out & _PROSECUTING:
        out.add("prosecutor")  # a district attorney is the prosecutor: the press names them both ways
    return frozenset(out)


def _expanded(role: Iterable[str]) -> list[str]:
    """The lower-case words of a role, initialisms spelt out ("VP" is "vice president")."""
    out: list[str] = []
    for lemma in role:
        word = lemma.lower().strip(".")
        out.extend(_INITIALISMS.get(word, (word,)))
    return out


def head_word(head: str, words: Iterable[str]) -> str:
    """The canonical head of a role given all its words ("VP" is a "president", a district attorney a "prosecutor")."""
    expanded = _expanded([head])
    if not expanded or not expanded[-1] or expanded[-1] in HONORIFICS:
        return head
    canonical = _CANONICAL.get(expanded[-1], expanded[-1])
    return "prosecutor" if canonical == "attorney" and "prosecutor" in role_words(words) else canonical


#: Words of the two sides of a trial: a lawyer of one side is never the other side's ("defense attorney",
#: "prosecutor", "district attorney"), though both are attorneys and share a family above.
_DEFENCE = frozenset({"defense", "defence"})
_PROSECUTION = frozenset({"prosecutor", "prosecution", "prosecuting", "district"})


def opposed(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two roles are the two sides of a trial (a defense attorney and a prosecutor)."""
    wa, wb = role_words(a), role_words(b)
    return bool((wa & _DEFENCE and wb & _PROSECUTION) or (wb & _DEFENCE and wa & _PROSECUTION))


def compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two roles may describe one person (see the module docstring); empty roles say nothing."""
    if opposed(a, b):
        return False
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb or wa & wb or wa & GENERIC or wb & GENERIC or wa & UNEXCLUSIVE or wb & UNEXCLUSIVE:
        return True
    if any(wa & family and wb & family for family in _FAMILIES) or derived(wa, wb) or derived(wb, wa):
        return True
    # "defensive lineman" and "defensive tackle": a lineman is a tackle, an end, a guard or a center.
    return any(wb & POSITION_GROUPS.get(w, frozenset()) for w in wa) or any(
        wa & POSITION_GROUPS.get(w, frozenset()) for w in wb
    )


def one_trade(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two roles' words name jobs the press names interchangeably ("TV host", "journalist").

    Only the families of jobs (``_FAMILIES``), not the looser tests of ``compatible`` (a generic word, a
    title of fame): for telling whether two names with no other word in common may be one person's.
    """
    wa, wb = role_words(a), role_words(b)
    return any(wa & family and wb & family for family in _FAMILIES)


#: Offices one person commonly holds together, each pair a post and the posts held with it: a legislator and the
#: leadership post of a party or chamber ("Senator" / "majority leader"), a company's chief and "executive" ("CEO"
#: / "the wrestling executive"). Two names given one of each may be one person's; "CEO" and "COO", two chiefs,
#: stay two people. Set by ``bench_real.py --split tune`` (planted surnames).
_HELD_TOGETHER = (
    (
        frozenset({"senator", "representative", "lawmaker", "legislator", "assemblymember"}),
        frozenset({"leader", "majority", "minority", "whip", "speaker"}),
    ),
    (frozenset({"ceo", "founder", "owner"}), frozenset({"executive"})),
)


def held_together(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two roles' words name offices one person commonly holds at once ("senator", "majority leader").

    For telling whether two names with no other word in common may be one person's, and (with more than a bare
    "leader") that they are one seat told by two of its titles (``surnames``).
    """
    wa, wb = role_words(a), role_words(b)
    return any((wa & one and wb & other) or (wb & one and wa & other) for one, other in _HELD_TOGETHER)


def grade_and_post(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when one role is a uniformed grade alone and the other a post with no grade: one person's at once.

    "Colonel Ann Roe" and "Ann Roe, the battalion commander"; "Inspector Ann Roe" and "the police spokeswoman".
    Two grades ("Major", "Captain") still differ, as do a grade and a trade held in uniform ("Deputy",
    "Captain"). Only for the roles of one person: two names given a grade and a
    post stay two people's offices (``distinct_offices``).
    """
    wa, wb = role_words(a), role_words(b)
    if _grade_alone(wa) == _grade_alone(wb) or (wa & RANKS and wb & RANKS):
        return False
    post = wb if _grade_alone(wa) else wa
    return not post & _UNIFORMED  # "Deputy" against "Captain": a trade held in uniform ranks beside the grades


#: Trades held in uniform that stand beside the grades of one service ("Deputy" or "Trooper" against "Captain").
_UNIFORMED = frozenset({"officer", "trooper", "deputy", "patrolman", "soldier"})


def _grade_alone(words: frozenset[str]) -> bool:
    """True when a role is a uniformed grade alone ("Colonel", "Inspector"), not a post that holds one ("Attorney
    General", "Lieutenant Governor")."""
    return bool(words & RANKS) and words <= RANKS | GENERIC


#: Endings English adds to a word to name the person who does it ("mob" -> "mobster", "gun" -> "gunman").
_AGENT_ENDINGS = ("ster", "er", "ier", "yer", "ist", "man", "woman", "ian", "eer", "or", "ee")


def derived(words: Iterable[str], others: Iterable[str]) -> bool:
    """True when a word of one role is formed from a word of the other for its doer ("mob boss", "mobster").

    Two descriptions of one trade share its root: "mob boss" and "convicted
    mobster", "gun owner" and "gunman", "bank clerk" and "banker" describe a
    person alike (or at least not exclusively), so they never make a conflict.
    """
    roots = [w for w in words if len(w) >= 3 and w.isalpha()]
    return any(o != w and o.startswith(w) and o[len(w) :] in _AGENT_ENDINGS for w in roots for o in others)


#: Words that make an office a lower one: "vice president", "deputy director".
_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "under", "co"})


def one_seat(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two sets of offices share one a single person holds: a rank or trade many hold at once
    (``MANY_HOLD``: "lawyer", "officer") is no seat ("lawyer Jo Poe" and "counsel Jo Roe" are two lawyers)."""
    return bool(set(a) & set(b) - MANY_HOLD)


def offices(role: Iterable[str]) -> frozenset[str]:
    """The office titles of a role ("governor", "speaker", "chair"), without the words that qualify them.

    "House Judiciary Committee Chairman" is the office "chair"; generic words
    ("official", "leader") and courtesy titles are no office.
    """
    out = set()
    rank = ""
    for word in _expanded(role):
        if word in _RANKS:
            rank = word + " "  # "vice president" is another office than "president"
            continue
        canonical = _CANONICAL.get(word, word)
        if (word in TITLES or canonical in TITLES) and word not in HONORIFICS and canonical not in GENERIC:
            out.add(rank + canonical)
            rank = ""
    return frozenset(out)


def distinct_offices(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two people hold offices that exclude each other: two names of them are two people."""
    oa, ob = offices(a), offices(b)
    return bool(oa and ob) and not compatible(oa, ob)
