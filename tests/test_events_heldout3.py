"""Diplomatic contacts on a third held-out set of real articles that no rule was tuned on.

``tests/cases/contacts_heldout3.jsonl`` (``contacts_heldout3.md`` says how it was made) only
measures, as the second set does: its rows are never read to write a rule or a datum. The floors
sit a little under the first run's figures (0.162 strict, 0.216 by states), so that a regression
on unseen text shows; they move only when the set is measured again.
"""

from __future__ import annotations

from tests.tables import CASES, read_jsonl
from tests.test_events import _score, check_contact_rows, contact_sources

HELDOUT3 = CASES / "contacts_heldout3.jsonl"
# Measured, never tuned: 0.162 / 0.216 when the set came (seventh round), 0.154 / 0.256 after
# the ninth round, 0.200 / 0.350 after the tenth, 0.300 / 0.450 after the eleventh and the larger
# persons table, 0.350 / 0.550 after the sixteenth (rules and data written without reading these
# rows).
HELDOUT3_FLOOR_STRICT = 0.32
HELDOUT3_FLOOR_STATES = 0.50

ROWS = read_jsonl(HELDOUT3)


def test_heldout3_rows_are_well_formed() -> None:
    check_contact_rows(ROWS)


def test_heldout3_shares_no_source_with_the_other_contact_tables() -> None:
    shared = {row["source"] for row in ROWS} & contact_sources(
        "contacts_real.jsonl", "contacts_heldout2.jsonl"
    )
    assert not shared, shared


def test_heldout3_floor() -> None:
    strict, states = _score(ROWS)
    assert strict >= HELDOUT3_FLOOR_STRICT, strict
    assert states >= HELDOUT3_FLOOR_STATES, states
