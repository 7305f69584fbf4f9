"""Generate large mixed folders from the seeds: variants that load, and files that must not.

Used by the interrupt test (a corpus long enough to interrupt mid-analysis)
and by ``benchmarks/soak.py`` (2,000 files, good and bad mixed).
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from tests.support import SEEDS

#: The kinds of bad file, in the order they are cycled through.
BAD_KINDS = ("binary", "empty", "huge", "bad_json", "bad_jsonl", "controls", "nowords", "deep_json")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def variant(text: str, n: int, rng: random.Random) -> str:
    """A seed with one paragraph dropped, numbers nudged and a closing line, so every text is distinct."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    body = "\n\n".join(paragraphs)
    body = body.replace(" 6th ", f" {6 + n % 5}th ").replace(" 25 ", f" {25 + n % 7} ")
    closing = f"This copy, number {n}, was filed by correspondent {rng.choice('ABCDEFGH')}. {rng.randint(1, 9999)}.\n"
    return f"{body}\n\n{closing}"


def write_good(folder: Path, count: int, *, seed: int = 7) -> list[Path]:
    """``count`` distinct variants of the seeds, as text, Markdown, HTML, JSON and JSON Lines."""
    rng = random.Random(seed)
    texts = seed_texts()
    paths = []
    for n in range(count):
        text = variant(texts[n % len(texts)], n, rng)
        title, _, body = text.partition("\n\n")
        kind = n % 5
        if kind == 0:
            path = folder / f"good_{n:05d}.txt"
            path.write_text(text, encoding="utf-8")
        elif kind == 1:
            path = folder / f"good_{n:05d}.md"
            path.write_text(f"# {title}\n\n{body}", encoding="utf-8")
        elif kind == 2:
            paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            path = folder / f"good_{n:05d}.html"
            path.write_text(
                f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>",
                encoding="utf-8",
            )
        elif kind == 3:
            path = folder / f"good_{n:05d}.json"
            path.write_text(json.dumps({"title": title, "text": body, "source": "Soak Gazette"}), encoding="utf-8")
        else:
            path = folder / f"good_{n:05d}.jsonl"
            path.write_text(json.dumps({"title": title, "text": body}) + "\n{broken line\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_bad(folder: Path, count: int, *, max_bytes: int = 5_000_000) -> list[Path]:
    """``count`` files that must each end in a warning, cycling through :data:`BAD_KINDS`."""
    paths = []
    for n in range(count):
        kind = BAD_KINDS[n % len(BAD_KINDS)]
        if kind == "binary":
            path, data = folder / f"bad_{n:05d}.txt", os.urandom(2048) + b"\x00" * 64
        elif kind == "empty":
            path, data = folder / f"bad_{n:05d}.md", b""
        elif kind == "huge":
            path, data = folder / f"bad_{n:05d}.txt", b"word " * (max_bytes // 5 + 1)
        elif kind == "bad_json":
            path, data = folder / f"bad_{n:05d}.json", b'{"text": "unterminated'
        elif kind == "bad_jsonl":
            path, data = folder / f"bad_{n:05d}.jsonl", b"{nope}\n[1, 2]\n"
        elif kind == "controls":
            path, data = folder / f"bad_{n:05d}.txt", b"\x01\x02\x03\x04\x05\x06\x0e\x0f" * 200
        elif kind == "nowords":
            path, data = folder / f"bad_{n:05d}.txt", b"--- 123 ---\n*** 456 ***\n"
        else:
            path, data = folder / f"bad_{n:05d}.json", b"[" * 50_000 + b"]" * 50_000
        path.write_bytes(data)
        paths.append(path)
    return paths
