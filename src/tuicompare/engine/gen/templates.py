"""Sentence templates for generated base stories, each with alternative phrasings.

Slots in braces: ``P0``/``P0s`` a person's full and short name, ``R0`` their
role, ``L0`` a place, ``O0`` an organisation, ``N0`` a number, ``D0`` a date;
topic words: ``EV`` event, ``VIC`` people affected, ``ACT`` what happened to
them, ``SITE`` a site, ``ADJ`` an adjective, ``CAUSE`` a cause.
"""

from __future__ import annotations

#: The opening sentence of every story.
OPENING = (
    "A {ADJ} {EV} struck {L0} on {D0}, forcing {O0} to respond within hours.",
    "On {D0}, a {ADJ} {EV} hit {L0}, and {O0} responded within hours.",
)
#: The body sentences; a story uses a random subset in this order.
BODY = (
    (
        "{R0c} {P0} said that {N0} {VIC} had been {ACT} from the area around the {SITE}.",
        "According to {R0} {P0}, {N0} {VIC} were {ACT} from the area near the {SITE}.",
    ),
    (
        "{P0s} told reporters that the {EV} had been caused by {CAUSE}.",
        "The {EV} had been caused by {CAUSE}, {P0s} told reporters.",
    ),
    (
        "Rescue teams from {L1} arrived the following morning to support local crews.",
        "Local crews were joined the following morning by rescue teams from {L1}.",
    ),
    (
        "{P1}, the {R1} of {L0}, confirmed that {N1} people were still missing.",
        "The {R1} of {L0}, {P1}, confirmed that {N1} people remained missing.",
    ),
    (
        "Officials estimated the damage at {N2} million dollars.",
        "The damage was estimated by officials at {N2} million dollars.",
    ),
    (
        "{O1} sent {N3} tonnes of supplies to {L2} on {D1}.",
        "On {D1}, {O1} delivered {N3} tonnes of supplies to {L2}.",
    ),
    (
        "{P2}, a {R2} who visited the {SITE}, warned that the situation could worsen.",
        "Visiting the {SITE}, {R2} {P2} warned that the situation could get worse.",
    ),
    (
        "Schools in {L0} will remain closed until further notice, officials said.",
        "Until further notice, schools across {L0} will stay closed, according to officials.",
    ),
    (
        "{P1s} said the authorities had opened an investigation into the response to the {EV}.",
        "An investigation into the response to the {EV} has been opened, according to {P1s}.",
    ),
    (
        "Residents of {L2} described long queues for water and fuel.",
        "Long queues for water and fuel were described by residents of {L2}.",
    ),
    (
        "The {EV} is the worst to hit the region in {N4} years.",
        "It is the worst {EV} to hit the region in {N4} years.",
    ),
    (
        "{P0s} promised that every affected family would receive compensation.",
        "Every affected family will receive compensation, {P0s} promised.",
    ),
    (
        "{P2s} criticised {O0} for reacting too slowly to the {EV}.",
        "{O0} was criticised by {P2s} for reacting too slowly to the {EV}.",
    ),
    (
        "Volunteers collected blankets, food and medicine in a makeshift centre near the {SITE}.",
        "In a makeshift centre near the {SITE}, volunteers gathered blankets, food and medicine.",
    ),
    (
        "A second meeting of the crisis committee is scheduled for {D2}.",
        "The crisis committee will meet again on {D2}.",
    ),
    (
        "Experts say that incidents like the {EV} near the {SITE} are becoming more frequent.",
        "Incidents like the {EV} near the {SITE} are becoming more frequent, experts say.",
    ),
    (
        "{P0s} thanked the emergency services and the volunteers who came from {L1}.",
        "The emergency services and the volunteers who came from {L1} were thanked by {P0s}.",
    ),
    (
        "Power was restored to {N5} homes in {L0} by the evening of {D0}.",
        "By the evening of {D0}, power had been restored to {N5} homes in {L0}.",
    ),
    (
        "{P1s} added that {N6} buildings near the {SITE} would have to be inspected.",
        "According to {P1s}, {N6} buildings near the {SITE} will have to be inspected.",
    ),
    (
        "The {EV} in {L0} drew condolences from the authorities in {L1}.",
        "Authorities in {L1} sent condolences after the {EV} in {L0}.",
    ),
)
