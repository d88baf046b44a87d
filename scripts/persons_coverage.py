"""How much of 2000-2026 the persons table covers, per state and kind of office.

Usage: python scripts/persons_coverage.py [--gaps] [--since YYYY-MM-DD] [PATH]

For each state of the list below and each kind of office (head of state, head of
government, foreign minister), count the days from ``--since`` (2000-01-01) to
:data:`UNTIL` on which some person of ``persons.json`` held that office, and list the
date ranges nobody held (``--gaps``). An office with a partial date (``2014-08``)
covers its whole month or year, as the finder reads it.

Heads of state are the roles ``president``, ``king``, ``emir``, ``sultan`` and
``supreme-leader``. Heads of government are ``prime-minister``; where the head of state
governs and no prime minister is appointed (presidential systems, Oman, Saudi Arabia
before 2022-09-27, Turkey from 2018-07-09) the head of state counts for both. Japan,
Canada and Australia have a monarch the Arab press does not name as their head of
state: that kind is not counted for them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from diplomatext.events._actors import _bounds  # the table's own reading of partial dates

DEFAULT = Path(__file__).resolve().parents[1] / "src" / "diplomatext" / "data" / "persons.json"
SINCE = dt.date(2000, 1, 1)
UNTIL = dt.date(2026, 12, 3)

ARAB_LEAGUE = (
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"
)
NEIGHBOURS = "IRN TUR ISR UKR"
P5_G20 = "USA RUS CHN GBR FRA ARG AUS BRA CAN DEU IND IDN ITA JPN KOR MEX ZAF european-union"
STATES = tuple(dict.fromkeys(f"{ARAB_LEAGUE} {NEIGHBOURS} {P5_G20}".split()))
"""The states of issue 12's first list: the Arab League, neighbours, the P5 and the G20."""
OTHERS = (
    *("PAK", "AFG", "AZE", "ARM", "KAZ", "UZB", "MYS", "BGD", "ETH", "ERI", "TCD", "NER"),
    *("MLI", "SEN", "NGA", "KEN", "SSD", "ESP", "GRC", "CYP", "NLD", "BEL", "SWE", "NOR"),
    *("CHE", "AUT", "HUN", "POL", "SRB", "VEN", "CUB"),
)
"""Issue 12's second list: other frequent sides of Arab diplomatic news (counted from 2015)."""

HEAD_OF_STATE = frozenset({"president", "king", "emir", "sultan", "supreme-leader"})
KINDS = ("head-of-state", "head-of-government", "foreign-minister")

# the head of state governs (no prime minister) from the first to the last day
HEAD_OF_STATE_GOVERNS: dict[str, tuple[dt.date, dt.date]] = {
    "USA": (SINCE, UNTIL),
    "IRN": (SINCE, UNTIL),
    "MEX": (SINCE, UNTIL),
    "BRA": (SINCE, UNTIL),
    "ARG": (SINCE, UNTIL),  # a Chief of Cabinet, not a prime minister
    "IDN": (SINCE, UNTIL),
    "ZAF": (SINCE, UNTIL),
    "KOR": (SINCE, UNTIL),  # a prime minister exists; the president leads the government
    "COM": (SINCE, UNTIL),
    "OMN": (SINCE, dt.date(2026, 12, 3)),
    "SAU": (SINCE, dt.date(2022, 9, 26)),
    "TUR": (dt.date(2018, 7, 9), UNTIL),
    "european-union": (SINCE, UNTIL),  # the Commission's president is counted as its head
    "SDN": (SINCE, dt.date(2017, 3, 1)),  # no prime minister from 1989 to 2017
    "SYR": (dt.date(2025, 3, 29), UNTIL),  # the transitional government has no prime minister
    "AFG": (SINCE, dt.date(2021, 8, 15)),  # a Chief Executive (2014-2020), not a prime minister
    "ERI": (SINCE, UNTIL),
    "NGA": (SINCE, UNTIL),
    "KEN": (SINCE, UNTIL),
    "SSD": (SINCE, UNTIL),
    "CYP": (SINCE, UNTIL),
    "VEN": (SINCE, UNTIL),
    "CHE": (SINCE, UNTIL),  # the Federal Council governs; its president is counted
    "CUB": (SINCE, dt.date(2019, 12, 20)),
    "TCD": (dt.date(2018, 5, 4), dt.date(2021, 4, 26)),  # the office was abolished
    "SEN": (dt.date(2019, 5, 14), dt.date(2022, 9, 17)),  # the office was abolished
}
NO_HEAD_OF_STATE = frozenset({"JPN", "CAN", "AUS"})


def _kinds(
    role: str, state: str, start: dt.date, end: dt.date
) -> list[tuple[str, dt.date, dt.date]]:
    """The kinds of office (with the days) that an office of *role* counts for."""
    kinds = []
    if role == "foreign-minister":
        kinds.append(("foreign-minister", start, end))
    elif role == "prime-minister":
        kinds.append(("head-of-government", start, end))
        if state == "european-union":
            kinds.append(("head-of-state", start, end))
    elif role in HEAD_OF_STATE:
        if state != "european-union":
            kinds.append(("head-of-state", start, end))
        if state in HEAD_OF_STATE_GOVERNS:
            first, last = HEAD_OF_STATE_GOVERNS[state]
            if max(first, start) <= min(last, end):
                kinds.append(("head-of-government", max(first, start), min(last, end)))
    return kinds


def covered_days(
    persons: list[dict[str, Any]], states: tuple[str, ...]
) -> dict[tuple[str, str], set[dt.date]]:
    """The days each (state, kind) of *states* is held, from :data:`SINCE` to :data:`UNTIL`."""
    days: dict[tuple[str, str], set[dt.date]] = {}
    for person in persons:
        for office in person["offices"]:
            state = office["state"]
            if state not in states:
                continue
            start = _bounds(office["start"])[0]
            end = UNTIL if office["end"] is None else _bounds(office["end"])[1]
            for kind, first, last in _kinds(office["role"], state, start, end):
                day, stop = max(first, SINCE), min(last, UNTIL)
                found = days.setdefault((state, kind), set())
                while day <= stop:
                    found.add(day)
                    day += dt.timedelta(days=1)
    return days


def gaps(covered: set[dt.date], since: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The runs of days from *since* to :data:`UNTIL` not in *covered*."""
    runs: list[tuple[dt.date, dt.date]] = []
    day = since
    start: dt.date | None = None
    while day <= UNTIL:
        if day not in covered and start is None:
            start = day
        elif day in covered and start is not None:
            runs.append((start, day - dt.timedelta(days=1)))
            start = None
        day += dt.timedelta(days=1)
    if start is not None:
        runs.append((start, UNTIL))
    return runs


def main(argv: list[str]) -> int:
    """Print the coverage per kind and, with ``--gaps``, every gap."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--gaps", action="store_true", help="list the uncovered date ranges")
    parser.add_argument("--since", type=dt.date.fromisoformat, default=SINCE)
    parser.add_argument("--states", help="space-separated codes instead of the issue's list")
    parser.add_argument(
        "--others", action="store_true", help="the issue's second list of states, from 2015-01-01"
    )
    args = parser.parse_args(argv[1:])
    persons = json.loads(args.path.read_text(encoding="utf-8"))["persons"]
    states = tuple(args.states.split()) if args.states else OTHERS if args.others else STATES
    since: dt.date = dt.date(2015, 1, 1) if args.others and args.since == SINCE else args.since
    span = (UNTIL - since).days + 1
    days = covered_days(persons, states)
    totals = {kind: [0, 0] for kind in KINDS}
    lines: list[str] = []
    for state in states:
        for kind in KINDS:
            if kind == "head-of-state" and state in NO_HEAD_OF_STATE:
                continue
            covered = {day for day in days.get((state, kind), set()) if day >= since}
            totals[kind][0] += len(covered)
            totals[kind][1] += span
            lines.extend(
                f"gap {state} {kind} {first} {last} ({(last - first).days + 1} days)"
                for first, last in gaps(covered, since)
            )
    if args.gaps:
        print("\n".join(lines))
    print(f"| kind | days covered / days in range ({since} to {UNTIL}, {len(states)} states) |")
    print("|---|---|")
    for kind, (covered_n, total) in totals.items():
        print(f"| {kind} | {covered_n:,} / {total:,} ({covered_n / total:.1%}) |")
    all_covered = sum(value[0] for value in totals.values())
    all_total = sum(value[1] for value in totals.values())
    print(f"| all | {all_covered:,} / {all_total:,} ({all_covered / all_total:.1%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
