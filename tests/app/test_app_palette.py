"""The command palette names every action a key does, so a user who forgot the key finds it by its name."""

from __future__ import annotations

import pytest

from tests.support.app import screen_text, seeds_app, settle, wait_ready
from tuicompare.app.screens.entities import EntityScreen
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def run_from_palette(pilot, name: str) -> None:  # noqa: ANN001 - a Pilot
    """ctrl+p, type ``name``, wait until the palette lists it, run it."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*name)
    for _ in range(100):
        await pilot.pause(0.02)
        if name in screen_text(pilot).split("🔎", 1)[-1].split("\n", 1)[-1]:
            break
    await pilot.press("enter")
    await settle(pilot, 5)


async def test_the_entity_view_fold_and_compact_view_are_in_the_palette(seed_options: Options) -> None:
    """On the seeds at 80x24 (where the footer has no room for E): the palette opens the entity view, folds the
    rows without differences and turns the compact view on, as E, z and x do."""
    app = seeds_app(seed_options)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await wait_ready(pilot)
        assert "Entities" not in screen_text(pilot).splitlines()[-1]
        await run_from_palette(pilot, "Entity view")
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("escape")
        await settle(pilot)
        await run_from_palette(pilot, "Fold rows without differences")
        assert view.folded
        await run_from_palette(pilot, "Compact view")
        assert view.compact
