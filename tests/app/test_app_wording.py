"""What the app says in words: counts with the right plural, headings that match what is listed, help that scrolls."""

from __future__ import annotations

import pytest

from tests.support import SEEDS
from tests.support.app import settle, wait_ready
from tuicompare.app.app import make_app
from tuicompare.pipeline import Options

pytestmark = pytest.mark.anyio


async def test_status_line_counts_one_story_in_the_singular(seed_options: Options) -> None:
    """Two rewrites of one story: the status line says "1 story", never "1 stories"."""
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    app = make_app(paths, seed_options)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert "2 articles · 1 story · " in status
        assert "1 stories" not in status
