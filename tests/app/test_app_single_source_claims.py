"""The app calls single-source what the reports do: a fact one article states, whoever else shares its row."""

from __future__ import annotations

import pytest

from tests.support.app import settle, wait_ready
from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.app.app import TuicompareApp
from tuicompare.app.widgets.pane_rows import row_mark
from tuicompare.report.marks import MARK_SINGLE

pytestmark = pytest.mark.anyio

ACCUSED = "Mayor Ana Costa accused councillor Piet Vos of hiding the harbour accounts from the auditors."
BEES = "Piet Vos, who has sat on the council since the floods, keeps bees behind the town hall, Ana Costa once joked."


async def test_the_filter_and_the_gutter_mark_a_fact_one_article_states_beside_anothers_loose_sentence() -> None:
    comparison = compare_texts(ACCUSED, BEES, tail=NEUTRAL_TAIL)
    (claim,) = [k for k in comparison.claims if "accused" in k.text]
    app = TuicompareApp([], None, comparison=comparison)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await wait_ready(pilot)
        model = view.model
        row = model.row_of_group[claim.group]
        assert set(model.groups[row].articles) == {"a0", "a1"}  # both articles have a sentence on the row
        assert row_mark(model, row) == MARK_SINGLE
        shared = [i for i in range(len(model.groups)) if "council will meet" in model.cell(i, "a0").text]
        assert [row_mark(model, i) for i in shared] == [" "]  # what both state is not single-source
        sidebar = view.query_one("#sidebar")
        while view.claim_filter != "single-source":
            await pilot.press("c")
            await settle(pilot)
        assert claim.id in [c.id for c in sidebar.shown]
