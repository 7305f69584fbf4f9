"""A generated corpus of hostile articles, and checks that output bytes are inert.

Every payload is written four ways: raw in a ``.txt`` file, as numeric HTML
character references in an ``.html`` file (``&#27;[31m``), as JSON ``\\u001b``
escapes in a ``.json`` file, and inside the file name itself. The articles
of one form retell one story with drifting facts so the engine aligns them,
finds conflicts and makes claims: the payloads then reach every part of every
report, not just the article list.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

#: Name -> payload. Escape sequences, control strings, controls and markup.
PAYLOADS: dict[str, str] = {
    "sgr": "\x1b[31;1mRED\x1b[0m",
    "cursor": "\x1b[2J\x1b[H\x1b[5A\x1b[?25l",
    "altscreen": "\x1b[?1049h",
    "osc52": "\x1b]52;c;ZWNobyBwd25lZA==\x07",
    "osc8": "\x1b]8;;https://evil.example/x\x1b\\click\x1b]8;;\x1b\\",
    "osc0": "\x1b]0;pwned title\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "apc": "\x1b_Gf=100;AAAA\x1b\\",
    "pm_sos": "\x1b^private\x1b\\\x1bXsos\x1b\\",
    "bare_esc": "\x1b",
    "csi_fragment": "\x1b[12;",
    "esc_two_char": "\x1bc\x1b7\x1b(0",
    "c1_csi": "\x9b31m",
    "c1_osc": "\x9d0;c1 title\x9c",
    "c1_controls": "\x84\x8d\x90x\x9c\x9f",
    "c0_controls": "\x07\x08\x00\x7f",
    "bidi": "\u202eevil\u202c \u2066iso\u2069 \u200f",
    "zero_width": "\u200bzw\u200c\u200d\u2060\ufeff",
    "markup_bold": "[bold red]loud[/]",
    "markup_close": "[/]",
    "markup_link": "[link=https://x.example]link[/link]",
    "markup_click": "[@click=app.quit]quit[/]",
    "markup_shot": "[@click=app.screenshot('pwned.svg','.')]shot[/]",
}
#: Payloads that are markup: they must come out literally.
MARKUP = {k: v for k, v in PAYLOADS.items() if k.startswith("markup")}
#: The four ways each payload is delivered.
FORMS = ("raw", "entities", "json", "name")

# Output bytes that no article may put there: C0 controls but tab and newline,
# DEL, C1 controls (UTF-8 encoded), bidi controls, zero-width characters, BOM.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# What a terminal would act on if a payload's printable tail survived its ESC.
SEQUENCE_TAILS = ("]52;", "]8;;", "]0;", "P+q", "_Gf=", "[2J", "[?1049h", "[31;1m")

# One story per form, so every story stays small enough to cluster and the
# app shows each form's articles side by side.
STORIES = {
    "raw": ("Mayor Anna Kowalski", "Gdansk", "bridge", "Baltic Works"),
    "entities": ("Governor Luis Ortega", "Valencia", "port", "Levante Marine"),
    "json": ("Minister Sara Lindqvist", "Uppsala", "hospital", "Nordic Build"),
    "name": ("Chief Tomas Novak", "Brno", "tunnel", "Morava Drilling"),
}
SENTENCES = (
    "{who} opened the {place} {thing} on {day} before {n} people {p}.",
    "The {thing} cost {cost} million, officials in {place} said {p}.",
    "{surname} thanked the engineers of the {firm} company {p}.",
)
DAYS = ("Monday", "Tuesday")


def title_of(form: str, payload: str) -> str:
    """The headline of a hostile article: the payload between ordinary words."""
    _, place, thing, _ = STORIES[form]
    return f"{place} {thing} {payload} opens"


def body(form: str, payload: str, variant: int) -> tuple[str, str]:
    """Title and text of one hostile article; the payload sits in every sentence."""
    who, place, thing, firm = STORIES[form]
    values = {
        "who": who,
        "surname": who.split()[-1],
        "place": place,
        "thing": thing,
        "firm": firm,
        "p": payload,
        "day": DAYS[variant % 2],
        "n": 300 + 10 * (variant % 3),
        "cost": 40 + variant % 2,
    }
    return title_of(form, payload), "\n\n".join(s.format(**values) for s in SENTENCES)


def entities(text: str) -> str:
    """``text`` with every non-ASCII or control character as a numeric reference."""
    return "".join(f"&#{ord(c)};" if ord(c) < 32 or ord(c) >= 0x7F else html.escape(c, quote=False) for c in text)


def file_name(name: str, payload: str) -> str:
    """A file name carrying the payload (a name may hold anything but NUL and slash)."""
    return f"name_{name}_{payload.replace('/', '|').replace(chr(0), '')}.txt"


def write_corpus(folder: Path) -> dict[str, Path]:
    """Write one file per payload and form; return ``{"form/name": path}``."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for variant, (name, payload) in enumerate(PAYLOADS.items()):
        title, text = body("raw", payload, variant)
        raw = folder / f"raw_{name}.txt"
        raw.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        title, text = body("entities", payload, variant)
        paragraphs = "".join(f"<p>{entities(p)}</p>" for p in text.split("\n\n"))
        page = (
            f"<html><head><title>{entities(title)}</title></head>"
            f"<body><article><h1>{entities(title)}</h1>{paragraphs}</article></body></html>"
        )
        ent = folder / f"entities_{name}.html"
        ent.write_text(page, encoding="ascii")
        title, text = body("json", payload, variant)
        record = {"title": title, "text": text, "source": f"Outlet {payload}", "url": f"https://e.example/{payload}"}
        js = folder / f"json_{name}.json"
        js.write_text(json.dumps(record, ensure_ascii=True), encoding="ascii")
        named = folder / file_name(name, payload)
        title, text = body("name", "", variant)
        named.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        files.update({f"raw/{name}": raw, f"entities/{name}": ent, f"json/{name}": js, f"name/{name}": named})
    return files


def fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    """SHA-256, mtime and size of every file under ``folder``, to prove nothing was written."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def unsafe_in(data: bytes) -> list[str]:
    """Every forbidden character or sequence tail in output bytes, with context."""
    text = data.decode("utf-8", "replace")
    found = [
        f"{m.group()!r} at {m.start()}: {text[max(0, m.start() - 30) : m.start() + 30]!r}"
        for m in FORBIDDEN.finditer(text)
    ]
    found += [f"sequence tail {tail!r}" for tail in SEQUENCE_TAILS if tail in text]
    if "\ufffd" in text:
        found.append("undecodable output bytes")
    return found
