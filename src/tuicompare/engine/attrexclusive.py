"""When two values of an entity's attribute evidently exclude each other, not merely describe it two ways.

The press describes one person many ways: "comedian" and "host", "first
baseman" and "free-agent slugger", "physician" and "surgeon general nominee".
Two roles are shown to exclude each other only when they are two posts of one
kind: posts in two different fields of work or offices ("war correspondent",
"military advisor"; "police chief", "deputy prosecutor"), the two sides of a
trial ("defense attorney", "prosecutor"), two elected offices ("governor",
"senator"), two positions of a team ("running back", "QB") or two posts of one
body ("chief executive", "spokeswoman" of one company). Any other two roles are
at most a possible difference (``attrrelation``). Likewise a count qualified on
one side only ("one final chance", "two chances") may count a part of the
other's, and an employer given as a bare place ("Oregon") may be any body of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tuicompare.engine.attrcollect import Value, role_head
from tuicompare.engine.attrcount import HEDGES, number_value
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.attrsame import known_place
from tuicompare.engine.positions import POSITIONS
from tuicompare.engine.rolefields import ELECTED, fields
from tuicompare.engine.rolenouns import BODY_NOUNS
from tuicompare.engine.roles import opposed
from tuicompare.engine.spans import name_key
from tuicompare.models import article_of


def exclusive(x: Finding, y: Finding, wx: list[str], wy: list[str], one_body: bool) -> bool:
    """True when two different roles of one person are evidently two posts of one kind (module docstring).

    Args:
        x: A role of one article.
        y: A role of another article, already known to differ from ``x``.
        wx: The words ``x`` is held in (``held_in``).
        wy: The words ``y`` is held in.
        one_body: Whether the two articles name agreeing employers.
    """
    if opposed(wx, wy):
        return True  # a defense attorney and the prosecutor: both attorneys, of the two sides of a trial
    hx, hy = role_head(x), role_head(y)
    fx, fy = fields(hx, wx), fields(hy, wy)
    if fx and fy and not fx & fy:
        return True  # a correspondent is no military advisor, a police chief no prosecutor
    if hx in ELECTED and hy in ELECTED:
        return True
    if hx in POSITIONS and hy in POSITIONS:
        # a bare "back" is any of the backs ("cornerback"); a running back is no quarterback
        return not any(name_key(f.text) == "back" for f in (x, y))
    if hx in POSITIONS or hy in POSITIONS:
        return False  # a player's position and another word for him ("leading rusher", "lineman") of one team
    if expertise(hx) or expertise(hy):
        return False  # "a professor at X" and "an X economist": a field of knowledge is held with any post of X
    return one_body or bool(set(wx) & set(wy) & BODY_NOUNS)  # "council leader", "chief executive of the council"


#: Nouns naming a person by a field of knowledge or a profession, not a post: an economist may be a body's
#: professor, director or adviser ("-ologist" words too: "a sociologist", "an epidemiologist").
_EXPERTISE = frozenset(
    {
        "economist",
        "scientist",
        "historian",
        "physicist",
        "chemist",
        "mathematician",
        "statistician",
        "scholar",
        "researcher",
        "expert",
        "specialist",
        "academic",
        "analyst",
        # a profession one qualifies for, held with any post of one's body: an attorney may direct a
        # programme of the group she works for (fresh7's "attorney" and "climate program director")
        "attorney",
        "lawyer",
        "physician",
        "engineer",
        "accountant",
        "architect",
    }
)


def expertise(head: str) -> bool:
    """True for a role head naming a field of knowledge rather than a post ("economist", "geologist")."""
    return head in _EXPERTISE or head.endswith("ologist")


def held_in(f: Finding, employers: Mapping[str, Value]) -> list[str]:
    """The words of a role as written and of the employers its article gives the entity, lower case.

    The body a role is held in is often told as the article's employer ("Police chief": "chief" of "Police").
    """
    employer = employers.get(article_of(f.sentence))
    texts = [e.text for fs in employer.by_key.values() for e in fs] if employer else []
    return [w for t in [f.text, *texts] for w in name_key(t).split()]


def bare_place(f: Finding, places: frozenset[str]) -> bool:
    """True when an employer is only a place ("Oregon"): the place's government or any body of it may be meant."""
    key = name_key(f.text)
    return bool(key) and (set(key.split()) <= places or known_place(key))


def count_qualifiers(f: Finding) -> frozenset[str]:
    """The words of a count's text besides its number and the noun counted ("final" of "one final chance")."""
    stem = f.head.rstrip("s")
    words = re.findall(r"[a-z]+", f.text.lower())
    return frozenset(w for w in words if w.rstrip("s") != stem and number_value(w) is None and w not in HEDGES)
