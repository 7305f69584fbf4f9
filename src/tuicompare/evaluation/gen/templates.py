"""Sentence templates for generated base stories, each with alternative phrasings.

Slots in braces: ``P0``/``P0s`` a person's full and short name, ``R0`` their
role, ``L0`` a place, ``O0`` an organisation, ``N0`` a number, ``D0`` a date;
``[a|b]`` is a wording chosen once per story (rewrites keep it);
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
        "[Rescue teams|Emergency crews|Firefighters|Army engineers|Medics] from {L1} arrived [the following "
        "morning|overnight|within a day|the next day] to support [local crews|municipal workers|the police|local "
        "volunteers].",
        "[Local crews|Municipal workers|The police|Local volunteers] were joined [the following "
        "morning|overnight|within a day|the next day] by [rescue teams|emergency crews|firefighters|army "
        "engineers|medics] from {L1}.",
    ),
    (
        "{P1}, the {R1} of {L0}, confirmed that {N1} people were [still missing|unaccounted for|missing].",
        "The {R1} of {L0}, {P1}, confirmed that {N1} people [remained missing|were unaccounted for|were missing].",
    ),
    (
        "Officials [estimated the damage|put the losses|assessed the cost] at {N2} million dollars.",
        "[The damage was estimated|The losses were put|The cost was assessed] by officials at {N2} million dollars.",
    ),
    (
        "{O1} sent {N3} tonnes of [supplies|food|equipment|drinking water|medicine] to {L2} on {D1}.",
        "On {D1}, {O1} delivered {N3} tonnes of [supplies|food|equipment|drinking water|medicine] to {L2}.",
    ),
    (
        "{P2}, a {R2} who visited the {SITE}, [warned that the situation could worsen|said more help was "
        "needed|called for calm].",
        "Visiting the {SITE}, {R2} {P2} [warned that the situation could get worse|said that more help was "
        "needed|called for calm].",
    ),
    (
        "[Schools|Kindergartens|Markets|Museums] in {L0} will remain closed until further notice, officials said.",
        "Until further notice, [schools|kindergartens|markets|museums] across {L0} will stay closed, according to "
        "officials.",
    ),
    (
        "{P1s} said the authorities had opened [an investigation|an inquiry|a criminal case|a review] into the "
        "response to the {EV}.",
        "[An investigation|An inquiry|A criminal case|A review] into the response to the {EV} has been opened, "
        "according to {P1s}.",
    ),
    (
        "Residents of {L2} described [long queues for water and fuel|empty shelves in the shops|hours without "
        "heating|closed roads and bridges].",
        "[Long queues for water and fuel|Empty shelves in the shops|Hours without heating|Closed roads and bridges] "
        "were described by residents of {L2}.",
    ),
    (
        "The {EV} is the worst to hit the region in {N4} years.",
        "It is the worst {EV} to hit the region in {N4} years.",
    ),
    (
        "{P0s} promised that [every affected family would receive compensation|the damaged houses would be "
        "rebuilt|the budget would cover the repairs].",
        "[Every affected family will receive compensation|The damaged houses will be rebuilt|The budget will cover "
        "the repairs], {P0s} promised.",
    ),
    (
        "{P2s} criticised {O0} for [reacting too slowly|hiding information|ignoring warnings] to the {EV}.",
        "{O0} was criticised by {P2s} for [reacting too slowly|hiding information|ignoring warnings] to the {EV}.",
    ),
    (
        "Volunteers collected [blankets, food and medicine|clothes and toys|warm meals and tea|batteries and "
        "torches] in a makeshift centre near the {SITE}.",
        "In a makeshift centre near the {SITE}, volunteers gathered [blankets, food and medicine|clothes and "
        "toys|warm meals and tea|batteries and torches].",
    ),
    (
        "A second meeting of the [crisis committee|city council|emergency commission|regional assembly] is "
        "scheduled for {D2}.",
        "The [crisis committee|city council|emergency commission|regional assembly] will meet again on {D2}.",
    ),
    (
        "Experts say that incidents like the {EV} near the {SITE} are [becoming more frequent|hard to "
        "predict|poorly insured|rarely investigated].",
        "Incidents like the {EV} near the {SITE} are [becoming more frequent|hard to predict|poorly insured|rarely "
        "investigated], experts say.",
    ),
    (
        "{P0s} thanked the [emergency services|soldiers|doctors|police officers] and the volunteers who came from "
        "{L1}.",
        "The [emergency services|soldiers|doctors|police officers] and the volunteers who came from {L1} were "
        "thanked by {P0s}.",
    ),
    (
        "Power was restored to {N5} homes in {L0} by the evening of {D0}.",
        "By the evening of {D0}, power had been restored to {N5} homes in {L0}.",
    ),
    (
        "{P1s} added that {N6} [buildings|bridges|schools|warehouses] near the {SITE} would have to be inspected.",
        "According to {P1s}, {N6} [buildings|bridges|schools|warehouses] near the {SITE} will have to be inspected.",
    ),
    (
        "The {EV} in {L0} [drew condolences|prompted offers of help|drew statements of support] from the "
        "authorities in {L1}.",
        "Authorities in {L1} [sent condolences|offered help|issued statements of support] after the {EV} in {L0}.",
    ),
)
