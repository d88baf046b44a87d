"""From a folder of articles to a table of US-Russia contacts and a timeline.

Reads every ``*.txt`` article of a folder (the invented sample in
``examples/contacts/`` by default), finds its diplomatic contacts with
``diplomatext.find_events``, keeps those between the United States and Russia,
merges the copies that several articles report (same participants, mode and
date: ``Event.key``), prints them as a table and draws them on a timeline: one
marker per contact, its mode by the marker's shape, its status by its colour,
one row per set of participants.

Run from the repository root::

    python examples/contacts_timeline.py [OUTPUT.png] [--articles FOLDER]

The picture needs matplotlib (``pip install 'diplomatext[plot]'``); without it
the script prints the table, says so and draws nothing. The table is a pandas
data frame when pandas is installed, plain text otherwise.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

import diplomatext
from diplomatext.events import load_actors

ARTICLES = Path(__file__).parent / "contacts"
OUTPUT = Path(__file__).parents[1] / "docs" / "_static" / "contacts_timeline.png"
SIDES = ("USA", "RUS")  # the two states every kept contact is between, and only them

# marker shape by mode, colour by status (colour-blind safe: blue, orange, green, red-purple)
MARKERS = {"phone": "o", "meeting": "s", "visit": "D", "multilateral": "P"}
COLOURS = {"held": "#009E73", "planned": "#0072B2", "proposed": "#E69F00", "denied": "#CC79A7"}
# the guideline's order of date rules: a date written with the contact first
BASES = ("clause", "statement", "publication", "none")


@dataclass(frozen=True)
class Report:
    """One contact as one article reports it."""

    source: str
    published: dt.date
    event: diplomatext.Event


@dataclass(frozen=True)
class Contact:
    """One contact, merged over every article that reports it."""

    key: str
    date: str | None
    basis: str
    mode: str
    status: str
    participants: tuple[str, ...]
    place: str | None
    treaties: tuple[str, ...]
    reports: tuple[Report, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The articles that report it (one article may mention it twice, as two events)."""
        return tuple(dict.fromkeys(report.source for report in self.reports))


def read_reports(folder: Path) -> tuple[list[Report], list[str]]:
    """Every contact of every article under *folder*; and the articles without a date.

    The publication date comes from the article itself (its dateline, the date
    line under its headline, or a labelled footer); it is the reference that
    resolves "اليوم" and "أمس", so an article without one is reported, not guessed.
    """
    reports: list[Report] = []
    undated: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        article = diplomatext.parse_article(diplomatext.read_article(path), source=path.name)
        published = None if article.published is None else article.published.date
        if published is None:  # no date, or an ambiguous stamp (4/6/2022)
            undated.append(path.name)
            continue
        events = diplomatext.find_events(
            article.text,
            reference=published,
            dates=article.dates,
            treaties=article.treaties,
        )
        reports.extend(
            Report(source=path.name, published=published, event=event) for event in events
        )
    return reports, undated


def merge(reports: list[Report]) -> list[Contact]:
    """One contact per cross-article key, sorted by date (undated last).

    The key is the participants, the mode and the date; the status is not part
    of it, so a summit announced as planned and later reported as held is one
    contact. Its status is the newest article's; every report is kept.
    """
    groups: dict[str, list[Report]] = {}
    for report in reports:
        groups.setdefault(report.event.key, []).append(report)
    contacts = []
    for key, group in groups.items():
        group.sort(key=lambda report: (report.published, report.source))
        events = [report.event for report in group]
        first, newest = events[0], events[-1]
        contacts.append(
            Contact(
                key=key,
                date=first.date.value if first.date else None,
                basis="/".join(basis for basis in BASES if basis in _bases(events)),
                mode=str(first.mode),
                status=str(newest.status),
                participants=tuple(actor.id for actor in first.participants),
                place=next((event.place.id for event in events if event.place), None),
                treaties=tuple(sorted({treaty for event in events for treaty in event.treaties})),
                reports=tuple(group),
            )
        )
    return sorted(
        contacts, key=lambda contact: (contact.date is None, contact.date or "", contact.key)
    )


def _bases(events: list[diplomatext.Event]) -> set[str]:
    return {str(event.date.basis) if event.date else "none" for event in events}


def rows(contacts: list[Contact]) -> list[dict[str, str]]:
    """The table: one row per merged contact, every value a string."""
    return [
        {
            "date": contact.date or "-",
            "basis": contact.basis,
            "mode": contact.mode,
            "status": contact.status,
            "participants": " + ".join(contact.participants),
            "place": contact.place or "-",
            "treaties": " ".join(contact.treaties) or "-",
            "articles": str(len(contact.sources)),
        }
        for contact in contacts
    ]


def format_table(table: list[dict[str, str]]) -> str:
    """The table as text: a pandas data frame if pandas is installed, else aligned columns."""
    columns = list(table[0])
    widths = {name: max(len(name), *(len(row[name]) for row in table)) for name in columns}
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        lines = ["  ".join(name.ljust(widths[name]) for name in columns)]
        lines.extend("  ".join(row[name].ljust(widths[name]) for name in columns) for row in table)
    else:
        frame = pandas.DataFrame(table)  # ready for groupby, to_csv or to_parquet
        formatters = {name: f"{{:<{widths[name]}}}".format for name in columns}
        text = frame.to_string(index=False, justify="left", formatters=formatters)
        lines = text.splitlines()
    return "\n".join(line.rstrip() for line in lines)


def bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a TIMEX3-like date: a day, a month, a year or an interval."""
    first, _, last = value.partition("/")
    return _first_day(first), _last_day(last or first)


def _first_day(value: str) -> dt.date:
    year, month, day = ([int(part) for part in value.split("-")] + [1, 1])[:3]
    return dt.date(year, month, day)


def _last_day(value: str) -> dt.date:
    match [int(part) for part in value.split("-")]:
        case [year]:
            return dt.date(year, 12, 31)
        case [year, month]:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        case [year, month, day]:
            return dt.date(year, month, day)
    raise ValueError(f"not a TIMEX3 date: {value!r}")


def year_fraction(day: dt.date) -> float:
    """*day* as a year with a fraction (2021-07-02 is about 2021.5): the timeline's x axis."""
    first = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - first).days
    return day.year + (day - first).days / length


def label(participants: tuple[str, ...]) -> str:
    """The participants by name (persons and states from the shipped tables), else by id."""
    actors = load_actors()
    names = []
    for identifier in participants:
        record = (
            actors.persons.get(identifier)
            or actors.states.get(identifier)
            or actors.organizations.get(identifier)
        )
        names.append(record.name_en if record is not None else identifier)
    return " – ".join(names)


def plot(contacts: list[Contact], output: Path) -> bool:
    """Draw the dated contacts on a timeline saved to *output*; ``False`` without matplotlib."""
    try:
        matplotlib = importlib.import_module("matplotlib")
    except ImportError:
        return False
    matplotlib.use("Agg")  # no display needed
    from matplotlib import pyplot as plt  # noqa: PLC0415 (after choosing the backend)
    from matplotlib.lines import Line2D  # noqa: PLC0415

    dated = [contact for contact in contacts if contact.date is not None]
    lanes: list[tuple[str, ...]] = []
    for contact in dated:  # one row per set of participants, in order of first contact
        if contact.participants not in lanes:
            lanes.append(contact.participants)
    figure, axes = plt.subplots(figsize=(10, 1.2 + 0.55 * max(len(lanes), 1)), layout="constrained")
    for contact in dated:
        assert contact.date is not None  # noqa: S101 (filtered above; narrows the type)
        start, end = (year_fraction(day) for day in bounds(contact.date))
        lane = lanes.index(contact.participants)
        colour = COLOURS[contact.status]
        if end > start:  # a month, a year or an interval: its whole span, never a made-up day
            axes.plot([start, end], [lane, lane], color=colour, linewidth=4, alpha=0.5)
        axes.plot(
            [start],
            [lane],
            marker=MARKERS[contact.mode],
            markersize=10,
            color=colour,
            markeredgecolor="black",
            linestyle="none",
        )
        if len(contact.sources) > 1:  # merged: how many articles
            axes.annotate(
                f"\N{MULTIPLICATION SIGN}{len(contact.sources)}",
                (start, lane),
                xytext=(0, 9),
                textcoords="offset points",
                ha="center",
                fontsize=8,
            )
    axes.set_yticks(range(len(lanes)), [label(lane) for lane in lanes])
    axes.set_ylim(-0.7, len(lanes) - 0.3)
    axes.invert_yaxis()
    years = range(int(axes.get_xlim()[0]), int(axes.get_xlim()[1]) + 1)
    axes.set_xticks(list(years), [str(year) for year in years])
    axes.grid(axis="x", alpha=0.3)
    axes.set_title("US–Russia contacts in the sample articles (merged by key)")
    modes = [
        Line2D([], [], marker=marker, color="grey", linestyle="none", markersize=8, label=mode)
        for mode, marker in MARKERS.items()
    ]
    statuses = [
        Line2D([], [], marker="o", color=colour, linestyle="none", markersize=8, label=status)
        for status, colour in COLOURS.items()
    ]
    figure.legend(handles=modes, title="mode", loc="outside right upper", frameon=False)
    figure.legend(handles=statuses, title="status", loc="outside right lower", frameon=False)
    output.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(output, dpi=100, metadata={"Software": None})  # same bytes on every run
    plt.close(figure)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT, help="the PNG to write")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of *.txt files")
    arguments = parser.parse_args(argv)
    reports, undated = read_reports(arguments.articles)
    kept = [report for report in reports if set(report.event.countries) == set(SIDES)]
    contacts = merge(kept)
    count = sum(1 for _ in arguments.articles.glob("*.txt"))
    print(
        f"{count} articles, {len(reports)} contacts found, {len(kept)} between "
        f"{' and '.join(SIDES)}, {len(contacts)} after merging by key"
    )
    for name in undated:
        print(f"no publication date found in {name}: skipped (pass it to parse_article)")
    if not contacts:
        return 0
    print()
    print(format_table(rows(contacts)))
    merged = [contact for contact in contacts if len(contact.sources) > 1]
    if merged:
        print(f"\ncontacts reported by more than one article: {len(merged)}")
        for contact in merged:
            sources = ", ".join(
                f"{report.source} ({report.event.status})" for report in contact.reports
            )
            print(f"  {contact.key}: {sources}")
    with_contact = {report.source for report in kept}
    without = sorted(
        path.name for path in arguments.articles.glob("*.txt") if path.name not in with_contact
    )
    if without:
        print(f"\narticles with no {' and '.join(SIDES)} contact: {', '.join(without)}")
    undated_contacts = sum(1 for contact in contacts if contact.date is None)
    if undated_contacts:
        print(f"\ncontacts with no date (in the table, not on the timeline): {undated_contacts}")
    if undated_contacts == len(contacts):
        print("no dated contact: no timeline drawn")
    elif plot(contacts, arguments.output):
        print(f"\ntimeline written to {arguments.output}")
    else:
        print("\nmatplotlib is not installed: pip install 'diplomatext[plot]' to draw the timeline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
