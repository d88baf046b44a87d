"""Diplomatic contacts on a second held-out set of real articles that no rule was tuned on.

``tests/cases/contacts_heldout2.jsonl`` (``contacts_heldout2.md`` says how it was made) only
measures: its rows are never read to write a rule or a datum. It was gathered after the first
held-out set had been used for fixes (its rows are now part of ``contacts_real.jsonl``), from
outlets in none of them. The floors below were measured once on the rules of main, not
tuned; they sit a little under that figure so that a regression on unseen text shows, and
they move only when the set is re-measured.
"""

from __future__ import annotations

from tests.tables import CASES, read_jsonl
from tests.test_events import _score, check_contact_rows, contact_sources

HELDOUT2 = CASES / "contacts_heldout2.jsonl"

SEEN: frozenset[str] = frozenset(
    {
        "http://www.un.org/arabic/news/story.asp?newsID=10489",
        "https://mofa.gov.iq/nairobi/?p=4309",
    }
)
"""Pages of this set that the fourth development round gathered again on its own and tuned
on (found when the two tables were merged); they were taken out of ``contacts_real.jsonl``,
but the rules have seen them, so the floor counts only the other rows."""

# All 25 rows, measured, not tuned: 0.214 strict, 0.500 states on 2026-12-03 (rules of main
# d37be1b); 0.241, 0.552 once the third round of contact rules was merged (written before
# this set was read). The 23 rows outside SEEN: 0.245, 0.612 then; 0.327, 0.571 with the
# persons table of 1,292 persons and the fourth round's rules (made without reading this set);
# the same with the fifth, sixth and seventh rounds' rules; 0.367, 0.612 with the eighth's and
# ninth's, and the same with the tenth's; 0.353, 0.667 with the eleventh's and the larger persons
# table; 0.377, 0.717 with the fourteenth to seventeenth rounds' rules.
HELDOUT2_FLOOR_STRICT = 0.34
HELDOUT2_FLOOR_STATES = 0.68

ROWS = read_jsonl(HELDOUT2)
UNSEEN = [row for row in ROWS if row["source"] not in SEEN]


def test_heldout2_rows_are_well_formed() -> None:
    check_contact_rows(ROWS)


def test_heldout2_shares_no_source_with_the_other_contact_tables() -> None:
    shared = {row["source"] for row in ROWS} & contact_sources("contacts_real.jsonl")
    assert not shared, shared


def test_heldout2_floor() -> None:
    assert len(UNSEEN) == len(ROWS) - len(SEEN)
    strict, states = _score(UNSEEN)
    assert strict >= HELDOUT2_FLOOR_STRICT, strict
    assert states >= HELDOUT2_FLOOR_STATES, states
