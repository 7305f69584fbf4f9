"""Generate test corpora: stories rewritten several times with planted changes.

A story is a list of sentence templates with slots (people, places, numbers,
dates...). Every article of the story renders it with its own phrasing per
sentence, drops and reorders a few sentences, writes numbers and dates in its
own format (no conflict: "1,200" = "1200"), and may plant changes: a person or
place swapped for another, a number or a date changed (conflicts) or a name
spelled in another transliteration (a variant). The planted changes are the
ground truth that ``tuicompare.evaluation.quality`` scores the engine against.

Everything is deterministic for a given seed. ``rewrite_text`` does the same
for any analysed article (the seeds, say), using its spaCy entities as slots.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tuicompare.evaluation.gen import people, pools, templates
from tuicompare.evaluation.gen.values import SLOT, Slot, all_forms, distinct, new_value, render, transliterate
from tuicompare.models import Analysis


@dataclass(frozen=True, slots=True)
class Planted:
    """One planted change: ``article`` states ``new`` where the story says ``old``.

    Attributes:
        kind: ``conflict`` (another referent or value) or ``variant`` (another spelling).
        type: ``person``, ``place``, ``number`` or ``date``.
        old: The story's forms (full name, short name...), as written.
        new: The forms the article uses instead.
    """

    article: str
    kind: str
    type: str
    slot: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """An article of a generated story and the template sentences it kept, in order."""

    id: str
    title: str
    text: str
    kept: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GeneratedStory:
    """A generated story: its articles, what was planted, which sentences mention each slot."""

    id: str
    articles: tuple[GeneratedArticle, ...]
    planted: tuple[Planted, ...]
    slot_sentences: dict[str, tuple[int, ...]] = field(hash=False)


class _Story:
    """A story base: templates plus slot values, rendered per article."""

    def __init__(self, sentences: list[tuple[str, ...]], slots: dict[str, Slot], title: str) -> None:
        self.sentences = sentences
        self.slots = slots
        self.title = title

    def slot_sentences(self) -> dict[str, tuple[int, ...]]:
        out: dict[str, list[int]] = {}
        for n, options in enumerate(self.sentences):
            for sid in {m.group(1) for opt in options for m in SLOT.finditer(opt)}:
                out.setdefault(sid, []).append(n)
        return {k: tuple(v) for k, v in out.items() if k in self.slots}


def build_story(rng: random.Random, taken: set[str]) -> _Story:
    """A fresh base story with names not in ``taken`` (updated)."""
    topic = rng.choice(pools.TOPICS)
    slots: dict[str, Slot] = {}
    names: list[str] = []
    for k in range(3):
        for attempt in range(1000):
            name = f"{rng.choice(people.FIRST_NAMES)} {rng.choice(people.SURNAMES)}"
            # Different stories have different people: surnames repeat only when the pool runs out.
            fresh = name.split()[-1] not in taken or attempt > 500
            if name not in taken and fresh and distinct(name, names):
                break
        taken.update((name, name.split()[-1]))
        names.append(name)
        slots[f"P{k}"] = Slot(f"P{k}", "person", name)
    roles = rng.sample(pools.ROLES, 3)
    places: list[str] = []
    for k in range(3):
        for attempt in range(1000):
            place = rng.choice(pools.PLACES)
            # Each story happens in a place of its own; other places may recur.
            fresh = k > 0 or "@" + place not in taken or attempt > 500
            if fresh and distinct(place, places + names):
                break
        if k == 0:
            taken.add("@" + place)
        places.append(place)
        slots[f"L{k}"] = Slot(f"L{k}", "place", place)
    for k, org in enumerate(rng.sample(pools.ORGS, 2)):
        slots[f"O{k}"] = Slot(f"O{k}", "organisation", org)
    for k, role in enumerate(roles):
        slots[f"R{k}"] = Slot(f"R{k}", "role", role)
    ranges = ((120, 9000), (2, 40), (3, 90), (20, 900), (5, 60), (300, 20000), (4, 200))
    for k, (low, high) in enumerate(ranges):
        slots[f"N{k}"] = Slot(f"N{k}", "number", str(rng.randint(low, high)))
    for k in range(3):
        slots[f"D{k}"] = Slot(f"D{k}", "date", f"{rng.choice(pools.MONTHS)} {rng.randint(1, 28)}")
    topic_words = dict(zip(("EV", "VIC", "ACT", "SITE", "ADJ", "CAUSE"), topic, strict=True))
    body = rng.sample(range(len(templates.BODY)), rng.randint(11, 15))
    chosen = [templates.OPENING] + [templates.BODY[n] for n in sorted(body)]
    wording: dict[str, str] = {}
    sentences = [tuple(_wording(_topic(t, topic_words), rng, wording) for t in options) for options in chosen]
    title = _topic("{EVc} in {L0}: {N0} {VIC} {ACT}", topic_words)
    return _Story(sentences, slots, title)


def _wording(template: str, rng: random.Random, chosen: dict[str, str]) -> str:
    """Resolve ``[a|b|c]`` choices once per story: every rewrite keeps the pick."""

    def pick(match: re.Match[str]) -> str:
        options = match.group(1).split("|")
        key = "|".join(o.lower() for o in options)
        if key not in chosen:
            chosen[key] = str(rng.randrange(len(options)))
        return options[int(chosen[key])]

    return re.sub(r"\[([^\]]+)\]", pick, template)


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _topic(template: str, words: dict[str, str]) -> str:
    for key, word in words.items():
        template = template.replace("{" + key + "c}", word[:1].upper() + word[1:]).replace("{" + key + "}", word)
    return template


def rewrite(
    story: _Story, story_id: str, n_articles: int, rng: random.Random, *, plant_rate: float = 0.6
) -> GeneratedStory:
    """Render ``n_articles`` rewrites of a base story with planted changes."""
    articles, planted = [], []
    changeable = [s for s in story.slots.values() if s.type in ("person", "place", "number", "date")]
    mentioned = story.slot_sentences()
    changeable = [s for s in changeable if s.id in mentioned]
    for k in range(n_articles):
        aid = f"{story_id}-{k:02d}"
        values = dict(story.slots)
        style = {s.id: rng.randrange(3) for s in story.slots.values()}
        taken = [s.value for s in story.slots.values() if s.type in ("person", "place")]
        if k > 0:
            for slot in rng.sample(changeable, min(len(changeable), 2)):
                if rng.random() >= plant_rate:
                    continue
                kind = "conflict"
                if slot.type == "person" and rng.random() < 0.4:
                    first, last = slot.value.split(" ", 1)
                    variant = transliterate(last, rng)
                    if variant is None:
                        continue
                    new, kind = f"{first} {variant}", "variant"
                else:
                    new = new_value(slot, rng, taken)
                values[slot.id] = Slot(slot.id, slot.type, new)
                planted.append(Planted(aid, kind, slot.type, slot.id, all_forms(slot), all_forms(values[slot.id])))
        order = list(range(len(story.sentences)))
        if k > 0:
            for _ in range(rng.randint(0, 2)):
                if len(order) > 6:
                    order.pop(rng.randrange(1, len(order)))
            if rng.random() < 0.6 and len(order) > 4:
                i = rng.randrange(1, len(order) - 1)
                order[i], order[i + 1] = order[i + 1], order[i]
        lines = [
            _capital(render(story.sentences[n][rng.randrange(len(story.sentences[n])) if k else 0], values, style))
            for n in order
        ]
        paragraphs, i = [], 0
        while i < len(lines):
            step = rng.choice((1, 1, 2))
            paragraphs.append(" ".join(lines[i : i + step]))
            i += step
        title = render(story.title, values, style)
        articles.append(GeneratedArticle(aid, title, "\n\n".join(paragraphs), tuple(order)))
    return GeneratedStory(story_id, tuple(articles), tuple(planted), mentioned)


def generate_story(seed: int, n_articles: int = 5, *, story_id: str = "story") -> GeneratedStory:
    """One generated story of ``n_articles`` articles, deterministic for ``seed``."""
    rng = random.Random(seed)
    return rewrite(build_story(rng, set()), story_id, n_articles, rng)


def generate_corpus(
    n_stories: int, rewrites: int, seed: int = 0, folder: str | Path | None = None
) -> list[GeneratedStory]:
    """``n_stories`` stories of ``rewrites`` articles each; written as .txt files if ``folder``.

    The folder also gets ``ground_truth.json`` (the planted changes per story).
    """
    rng = random.Random(seed)
    taken: set[str] = set()
    stories = [rewrite(build_story(rng, taken), f"t{n:03d}", rewrites, rng) for n in range(n_stories)]
    if folder is not None:
        write_corpus(stories, folder)
    return stories


def write_corpus(stories: Sequence[GeneratedStory], folder: str | Path) -> Path:
    """Write every article as ``ID.txt`` (headline, blank line, body) plus ``ground_truth.json``."""
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for story in stories:
        for article in story.articles:
            (path / f"{article.id}.txt").write_text(f"{article.title}\n\n{article.text}\n", encoding="utf-8")
    truth = [
        {"story": s.id, "articles": [a.id for a in s.articles], "planted": [asdict(p) for p in s.planted]}
        for s in stories
    ]
    (path / "ground_truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return path


def rewrite_text(analysis: Analysis, n_articles: int, seed: int = 0, *, story_id: str = "rw") -> GeneratedStory:
    """Rewrite any analysed article ``n_articles`` times with planted changes.

    Its PERSON, GPE/LOC, CARDINAL and DATE entities become the slots (a person's
    last name is its short form); sentences are kept as written.
    """
    rng = random.Random(seed)
    slots: dict[str, Slot] = {}
    by_text: dict[str, str] = {}
    for sentence in analysis.sentences:
        for ent in sentence.entities:
            kind = {"PERSON": "person", "GPE": "place", "LOC": "place", "CARDINAL": "number", "DATE": "date"}.get(
                ent.label
            )
            text = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            if kind is None or text in by_text:
                continue
            if kind == "number" and not text.replace(",", "").isdigit():
                continue
            if kind == "date" and not re.fullmatch(r"[A-Z][a-z]+ \d{1,2}", text):
                continue
            if kind == "person" and len(text.split()) < 2:
                continue
            sid = f"{'PLND'[['person', 'place', 'number', 'date'].index(kind)]}{len(slots)}"
            slots[sid] = Slot(sid, kind, text.replace(",", "") if kind == "number" else text)
            by_text[text] = sid
    sentences: list[tuple[str, ...]] = []
    for sentence in analysis.sentences:
        template = sentence.text.replace("{", "{{").replace("}", "}}")
        for text, sid in sorted(by_text.items(), key=lambda kv: -len(kv[0])):
            template = re.sub(rf"\b{re.escape(text)}\b", "{" + sid + "}", template)
            if slots[sid].type == "person":
                template = re.sub(rf"\b{re.escape(text.split()[-1])}\b", "{" + sid + "s}", template)
        sentences.append((template,))
    story = _Story(sentences, slots, sentences[0][0][:60] if sentences else story_id)
    return rewrite(story, story_id, n_articles, rng)
