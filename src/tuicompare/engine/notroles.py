"""Nouns that describe a person without naming an office or a trade (``rolenouns.role_noun`` refuses them).

A stance ("a longtime ally", "a hardliner"), fame or a tie to a thing ("a five-time All-Star", "the
building's owner"), a stage of a career ("the rookie"), any human being ("the man for the job"), kin
("the daughter of ..."), a part in one event or dealing ("a customer", "the gunman"). Vocabulary of
English, never names.
"""

from __future__ import annotations

from tuicompare.engine.roles import CLOSE_KIN

#: What someone stands for or against, how others see them: descriptions, not roles.
STANCES = frozenset(
    {
        "ally",
        "supporter",
        "backer",
        "defender",
        "critic",
        "opponent",
        "foe",
        "rival",
        "fan",
        "admirer",
        "hardliner",
        "loyalist",
        "champion",
        "proponent",
        "voice",
        "favorite",
        "favourite",
        "darling",
        "hawk",
        "dove",
        "moderate",
        "maverick",
        "firebrand",
        "figure",
        "fellow",
        "newcomer",
        "outsider",
        "insider",
        "winner",
        "loser",
        "survivor",
        "victim",
        "user",
        "follower",
        "believer",
        "lover",
        # an adherent of a belief or a practice ("Polygamist X", "a separatist"), though most end like a trade
        "polygamist",
        "extremist",
        "islamist",
        "jihadist",
        "nationalist",
        "separatist",
        "supremacist",
        "militant",
        "terrorist",
        "zealot",
    }
)
#: Fame, honours, feats and what someone is to a thing or another holder: not an office ("a five-time
#: All-Star honoree", "the leading scorer", "the building's owner", "O'Brien's successor").
HONOURS = frozenset(
    {
        "star",
        "superstar",
        "icon",
        "legend",
        "honoree",
        "honouree",
        "inductee",
        "owner",
        "successor",
        "predecessor",
        "replacement",
        "scorer",
        # who started or made a thing is its founder whatever office they hold in it ("founder and CEO of X")
        "founder",
        "cofounder",
        "co-founder",
        "creator",
        "cocreator",
        "co-creator",
        # who is to inherit a fortune or a throne: a tie to a family, whatever the family's trade ("an oil heir")
        "heir",
        "heiress",
    }
)
#: Stages of a career, not what someone does in it ("the rookie X", "a ten-year veteran"): a rookie and a veteran
#: hold any position.
CAREER_STAGES = frozenset({"rookie", "veteran"})
#: Nouns for any human being: "the man for the job", "the eighth person to be convicted" say no office or trade.
PEOPLE_NOUNS = frozenset({"man", "woman", "person", "people", "guy", "individual", "lady", "gentleman", "human"})

#: Family and personal ties: who someone is to another, not a role (and "the daughter of X" names no employer).
KIN = CLOSE_KIN | frozenset(
    {
        "brother",
        "sister",
        "widow",
        "widower",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "niece",
        "nephew",
        "cousin",
        "uncle",
        "aunt",
        "parent",
        "child",
        "stepson",
        "stepdaughter",
        "fiance",
        "fiancee",
        "girlfriend",
        "boyfriend",
        "neighbour",
        "neighbor",
    }
)


#: A person's part in an event or a dealing, not an office or a trade, though most end like one ("a customer of
#: X", "a shareholder in X", "the motorist", "a protester"): they name no employer either.
PARTIES = (
    frozenset({"customer", "client", "shareholder", "stockholder", "subscriber", "passenger", "buyer", "bidder"})
    | frozenset({"viewer", "listener", "spectator", "bystander", "onlooker", "eyewitness", "motorist", "pedestrian"})
    | frozenset({"commuter", "tourist", "visitor", "tenant", "borrower", "depositor", "taxpayer", "voter", "caller"})
    | frozenset({"protester", "protestor", "demonstrator", "rioter", "looter", "attacker", "assailant", "intruder"})
    | frozenset({"hijacker", "kidnapper", "mourner", "worshipper"})
    # a crime's doer or its prisoner ("the alleged killer, X", "the gunman"): a part in one act, no trade
    | frozenset({"killer", "murderer", "gunman", "shooter", "robber", "prisoner"})
    # where someone lives and how old they are ("a 38-year-old Troy resident", "an unarmed teenager")
    | frozenset({"resident", "homeowner", "villager", "teenager", "youngster", "toddler"})
)
