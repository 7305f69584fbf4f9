"""The fields of work a role places its holder in, and the elected offices of a state.

Two roles said of one person exclude each other when they are posts in two different fields
of work ("war correspondent", "military advisor") or two elected offices ("governor",
"senator"): ``attrexclusive`` asks here which fields a role's head or body word places its
post in ("police chief", "harbour master"), and whether a head is an elected office.
Vocabulary of English, never names; which nouns are roles at all is ``rolenouns``.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.rolenouns import OCCUPATIONS, PERSON_ENDINGS

#: Fields of work and offices whose posts one person rarely holds at once, each by the nouns that name its posts
#: ("correspondent", "prosecutor", "physician") or the body words that place a post in it ("police chief",
#: "military advisor"). A spokesman, a director or a host works in any field, so they name none; nor does
#: "advocate", said as often of a cause's champion as of a lawyer.
_FIELDS: tuple[frozenset[str], ...] = (
    frozenset({"journalist", "reporter", "correspondent", "commentator", "columnist", "editor", "newspaper"}),
    frozenset({"attorney", "lawyer", "solicitor", "barrister", "prosecutor", "prosecution"}),
    frozenset({"judge", "justice", "magistrate", "jurist", "court"}),
    frozenset({"doctor", "physician", "surgeon", "nurse", "paramedic", "medic", "hospital"}),
    frozenset({"police", "policeman", "policewoman", "cop", "trooper", "constable", "detective", "sheriff"}),
    frozenset({"military", "army", "navy", "soldier", "marine", "airman", "sailor", "brigade", "battalion"}),
    frozenset({"priest", "pastor", "bishop", "imam", "rabbi", "cleric", "church"}),
    frozenset({"pilot", "copilot", "aviator", "airline", "airways"}),
    frozenset({"harbour", "harbor", "sailor", "seaman", "mariner"}),
    frozenset({"teacher", "professor", "lecturer"}),
    frozenset({"mob", "mobster", "gangster", "gang", "mafia", "cartel"}),
    # the elected offices below the head of state, each its own post ("Sen." and "House Majority Leader")
    frozenset({"senator", "senate"}),
    frozenset({"representative", "house", "assemblymember", "assembly"}),
    frozenset({"governor"}),
    frozenset({"mayor"}),
)
#: Elected offices of a state: two of them are two posts of one kind, which one person does not hold at once.
ELECTED = frozenset(
    {"president", "senator", "governor", "mayor", "congressman", "congresswoman", "representative", "premier"}
)


def _person_word(word: str) -> bool:
    """True for a word that names a person by trade ("cop", "policeman"), not the field a post is in ("police")."""
    return word in OCCUPATIONS or word.endswith(PERSON_ENDINGS)


def fields(head: str, words: Sequence[str]) -> frozenset[int]:
    """The fields of work a role places its holder in (indexes of ``_FIELDS``), from its head or a body word.

    Args:
        head: The role's canonical head ("correspondent").
        words: The role's words as written, lower case ("war", "correspondent").

    Only the head says the field of a post named by its trade ("cop killer" is no police post), while a
    word for no person places any post in its field ("police chief", "military advisor", "harbour master").
    """
    # The words that name no person, read once for all the fields (not once per field).
    plain = [w for w in words if not _person_word(w)]
    out = set()
    for n, field in enumerate(_FIELDS):
        if head in field or not field.isdisjoint(plain):
            out.add(n)
    return frozenset(out)
