"""The entity view's source columns at many terminal sizes: each column in view whole, no sliver of the next.

A source column is as wide as the room beside the entity, attribute and status columns allows; what is left
over (less than a column) must stay blank. It once showed the next source's first letters ("R", "f") beside
the first source's values, read as values of their own, whenever the sheet was short enough to need no
scrollbar (80x60) or the room did not divide evenly (110x30).
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tuicompare.app.screens.entities import EntityScreen
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def sheet_on_screen(pilot: Pilot, attempts: int = 100) -> EntityScreen:
    """Wait until the entity view is on screen with its table filled and drawn."""
    for _ in range(attempts):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, EntityScreen) and "Attribute" in screen_text(pilot):
            await settle(pilot)
            return screen
    raise AssertionError("the entity view never appeared")


def sources_in_view(pilot: Pilot, screen: EntityScreen) -> list[int]:
    """The source columns the sheet shows (by number), after checking that nothing shows beside them.

    Right of the last whole source column (its label's start, its width, its right padding) up to the
    view's frame, there must be no letter or digit: a scrollbar's glyphs or blanks only.
    """
    lines = screen_text(pilot).splitlines()
    top = next(n for n, line in enumerate(lines) if "─ Entities:" in line)
    frame = lines[top].index("╮", lines[top].index("─ Entities:"))
    head = next(n for n in range(top, len(lines)) if "Attribute" in lines[n] and "Status" in lines[n])
    starts = {
        n: lines[head].index(f"{n} {article[:4]}")
        for n, article in enumerate(screen.articles, 1)
        if f"{n} {article[:4]}" in lines[head]
    }
    assert starts, lines[head]
    end = max(starts.values()) + screen.cell_width + 1
    bottom = next(n for n in range(head, len(lines)) if lines[n][frame] == "╯")
    for line in lines[head:bottom]:
        beside = line[end:frame]
        assert not any(c.isalnum() for c in beside), f"{beside!r} beside the last source column in:\n{line}"
    return sorted(starts)


@pytest.mark.parametrize(
    ("size", "shown"),
    [((80, 60), 1), ((80, 24), 1), ((110, 30), 2), ((130, 30), 3)],
    ids=["80x60-no-scrollbar", "80x24-scrollbar", "110x30-uneven-room", "130x30-all"],
)
async def test_the_sources_in_view_show_whole_and_nothing_of_the_next_stands_beside_them(
    seed_options: Options, size: tuple[int, int], shown: int
) -> None:
    app = seeds_app(seed_options)
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        screen = await sheet_on_screen(pilot)
        assert sources_in_view(pilot, screen) == list(range(1, shown + 1))
        # → to the last source: every source comes into view whole, in as many columns as at first.
        seen = set(sources_in_view(pilot, screen))
        for _ in range(len(screen.articles) - 1):
            await pilot.press("right")
            await settle(pilot)
            now = sources_in_view(pilot, screen)
            assert len(now) == shown, now
            seen |= set(now)
        assert seen == set(range(1, len(screen.articles) + 1))


async def test_after_a_resize_the_columns_fit_the_new_width(seed_options: Options) -> None:
    """80x24 → 110x30 → 80x60: the columns are sized again for each width, whole and alone."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("E")
        screen = await sheet_on_screen(pilot)
        for size, shown in (((110, 30), [1, 2]), ((80, 60), [1])):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert sources_in_view(pilot, screen) == shown, size
