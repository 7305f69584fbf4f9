"""Which nouns say what a person is by office or trade, and which only describe them.

The entity sheet reads a role from any noun set beside a name ("Cole, the
paper's Moscow correspondent", "Okafor is a senior lawyer"). Many such nouns
are no role at all: a verdict ("a hardliner", "a polarizing figure"), a stance
("a longtime ally"), kinship ("the daughter of ...") or a figure of speech ("now
a footnote in his career"). A role noun is an office or occupation: a title the
name parser knows, a generic role word, a noun formed for people ("adviser",
"economist", "spokesman", "nominee"), or one of the common trades below, and not
a stance, kin, fame or relation word ("star", "owner"). Vocabulary of English, never names.
The fields of work a role places its holder in are in ``rolefields``; the words that describe a person
but name no role (stances, kin, fame, parts in an event) in ``notroles``.
"""

from __future__ import annotations

from tuicompare.engine.firms import firm_noun
from tuicompare.engine.names import TITLES
from tuicompare.engine.notroles import CAREER_STAGES, HONOURS, KIN, PARTIES, PEOPLE_NOUNS, STANCES
from tuicompare.engine.positions import POSITIONS
from tuicompare.engine.roles import GENERIC, initialism
from tuicompare.engine.spans import UNIT_NOUNS
from tuicompare.engine.tuning import TUNING

#: Words that name a political party or its members (not particular parties: the press's ideology words).
PARTY_WORDS = frozenset(
    {
        "republican",
        "democrat",
        "democratic",
        "gop",
        "labour",
        "labor",
        "conservative",
        "tory",
        "liberal",
        "libertarian",
        "socialist",
        "communist",
        "green",
        "independent",
    }
)
#: The US press's one-letter party marks ("R-Texas", "D-N.Y.").
PARTY_LETTERS = {"r": "republican", "d": "democrat", "i": "independent"}
#: Nouns that name a body someone works for ("commander of the brigade", "chief executive of the council").
BODY_NOUNS = UNIT_NOUNS | {
    "council",
    "committee",
    "party",
    "union",
    "team",
    "club",
    "department",
    "agency",
    "board",
    "government",
    "paper",
    "newspaper",
    "office",
    "ministry",
    "police",
    "force",
    "bank",
    "university",
    "court",
    "commission",
    "firm",
    "organisation",
    "organization",
    "administration",
    "campaign",
    "service",
    "senate",
    "house",
    "assembly",
    "parliament",
    "school",
    "hospital",
    "authority",
    "federation",
    "association",
    "society",
    "church",
    "sect",
    "foundation",
    "institute",
    "company",
    "corporation",
    "network",
    "league",
}
#: Roles someone seeks rather than holds: the body named with them ("U.S. Senate candidate") is no employer.
SEEKING = frozenset({"candidate", "nominee", "hopeful", "contender", "challenger"})
#: Words for a faith or a church and its followers: what someone believes, no nationality.
FAITHS = frozenset(
    {
        "christian",
        "catholic",
        "protestant",
        "muslim",
        "moslem",
        "islamic",
        "jewish",
        "hindu",
        "buddhist",
        "sikh",
        "mormon",
        "baptist",
        "methodist",
        "lutheran",
        "presbyterian",
        "episcopalian",
        "anglican",
        "evangelical",
        "pentecostal",
        "adventist",
        "shiite",
        "sunni",
        "amish",
        "quaker",
    }
)
#: Endings of the words for a people ("Russian", "Chinese", "Polish", "Israeli", "Dutch", "Greek", "Thai").
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "ss", "ek", "ai", "ot", "er", "ite")

#: Endings of nouns formed for people ("adviser", "governor", "economist", "spokesman", "historian", "nominee").
PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "person", "ian", "ee")
#: The fewest letters before a person ending for it to be a suffix ("art-ist", "act-or"; not "l-ist").
_MIN_STEM = 3
#: Trades and positions neither the title list nor an ending catches.
OCCUPATIONS = POSITIONS | frozenset(
    {
        "agent",
        "mechanic",
        "prophet",
        "apostle",
        "waitress",
        "student",
        "accountant",
        "attendant",
        "medic",
        "cleric",
        "nun",
        "analyst",
        "aide",
        "staffer",
        "cook",
        "guard",
        "athlete",
        "intern",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "pundit",
        "tycoon",
        "mogul",
        "cadet",
        "recruit",
        "sergeant",
        "lieutenant",
        "nurse",
        "midwife",
        "chef",
        "pilot",
        "spy",
        "marshal",
        "bishop",
        "king",
        "dean",
        "duke",
        "earl",
        "pupil",
        "boss",
        "justice",
        "constable",
        "marine",
        "paramedic",
        "neurosurgeon",  # a surgeon's specialty the title list lacks ("surgeon", "pediatrician" are in it)
        "astronaut",
        "consul",
        "mp",
        "mep",
        "billionaire",
        "millionaire",
        "whip",
        "mate",
        "czar",
        "tsar",
        "cochair",
        "emissary",
        "undersecretary",
        "laureate",
        "headmistress",
        "superintendent",
        "monarch",
        "regent",
        "cop",
        "vet",
        "da",
        # public officers whose titles the name list lacks ("Coroner Dale Moss said", "Prosecutor X")
        "coroner",
        "prosecutor",
    }
)
#: Nouns for a body of people: "an activist group", "a charity that works with refugees" say what an
#: organisation is, never a person's office (the recogniser's vote may still call the organisation a person).
GROUP_NOUNS = BODY_NOUNS | frozenset({"group", "charity", "coalition", "alliance", "movement", "organisation"})
#: A family is kin, no one's post ("Wilson's family and Dalton"), though the titles list holds the word.
GROUP_NOUNS |= frozenset({"family"})
#: Names of God: "God's spokesman on earth" says what a believer holds someone to be, no body employing him.
DEITIES = frozenset({"god", "allah", "almighty", "jehovah", "yahweh"})
#: Envoys: the body or country after "to" or "for" is where they are sent ("ambassador to the United Nations"),
#: not who employs them.
ENVOYS = frozenset({"ambassador", "envoy", "emissary", "consul", "attache", "attaché"})
#: Stance words that name a title once a field is compounded with them ("swimming champion", "world champion").
TITLED_BY_FIELD = frozenset({"champion"})


def role_noun(lemma: str, word: str = "") -> bool:
    """True when a noun names an office or an occupation ("governor", "Sen.", "lawyer", "aide").

    Args:
        lemma: The noun's lemma, lower case, without a final stop.
        word: The noun as written: an abbreviation ("Gov.", "Rep.") is a title.
    """
    if lemma in STANCES or lemma in KIN or lemma in HONOURS or lemma in PARTIES or lemma in CAREER_STAGES:
        return False
    if firm_noun(lemma):
        return False  # "the carmaker X" names a company: no one's role
    if lemma in PEOPLE_NOUNS or lemma in GROUP_NOUNS:
        return False  # "the man for the job", "an activist group": a human being, a body, no office
    if lemma in TITLES or lemma in GENERIC or lemma in OCCUPATIONS:
        return True
    if "-" in lemma.strip("-"):  # "president-elect", "vice-chairman"
        return any(role_noun(part) for part in lemma.split("-") if part)
    if word.endswith(".") and word[:1].isupper():
        return True  # "Gov.", "Lt.": abbreviations before a name are titles
    if word.isupper() and initialism(lemma):
        return True  # "QB", "VP": an office or position in capitals
    if not (lemma.isalpha() and len(lemma) > 3 and lemma.endswith(PERSON_ENDINGS)):
        return False
    if not any(lemma.endswith(e) and len(lemma) - len(e) >= _MIN_STEM for e in PERSON_ENDINGS):
        return False  # "list", "wrist", "door": the ending is no suffix when too little stands before it
    return not lemma.endswith("ee") or _done_to(lemma[:-2])


def _done_to(stem: str) -> bool:
    """True for the verb of a noun in "-ee" naming whom it is done to ("employ-ee", "nomin-ee", "retir-ee").

    Not "knee", "degree", "committee", "coffee": no common English word before their "-ee".
    """
    from wordfreq import zipf_frequency  # imported on first use: no side effects at import

    forms = (stem, stem + "e", stem + "ate")
    return len(stem) >= 3 and max(zipf_frequency(w, "en") for w in forms) >= TUNING.entities.ee_stem_zipf


def demonym(word: str) -> bool:
    """True when a word the recogniser calls a nationality looks like one ("Russian"), not a town ("Seattle") nor
    a faith ("a born-again Christian", "Catholic": the recogniser tags both as a people's word) nor a party ("the
    Republican Senate primary": no country the Senate sits in)."""
    word = word.lower().rstrip(".")
    return word.isalpha() and word.endswith(_DEMONYM_ENDINGS) and word not in FAITHS and word not in PARTY_WORDS
