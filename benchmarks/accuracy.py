"""Accuracy of find_dates and find_treaties on real sentences of many outlets.

Run: python benchmarks/accuracy.py [--json] [--cases DIR]

Scores the library on the three tables of real news sentences in ``tests/cases/``
(``real_dates.jsonl``, ``real_treaties.jsonl``, ``real_not_dates.jsonl``; their sources
are listed in ``tests/cases/real_sources.md``), the way ``../shared/tools/score.py``
scores the gold articles:

* a found mention matches an expected one when their character spans overlap; a date
  counts as right when its ``value`` (and its ``mod``, where the table gives one) agrees,
  a treaty when its gazetteer id agrees. Anything else found is a false hit, and an
  expected mention left unmatched is a miss;
* vague references (``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``) are not annotated: a
  found one is not counted unless it overlaps an expected mention or a not-date span;
* a row's ``skipped`` surfaces are neither required nor wrong (a found mention over one
  that matches an expected mention still counts);
* on the not-date table, every found date that overlaps a marked span is a false date.

It prints precision, recall and F1 for dates and treaties, overall and by the country of
the outlet (ISO 3166-1 alpha-3), the false dates on not-date spans, and every miss and
false hit; ``--json`` prints the same as one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import diplomatext

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases"
VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

Span = tuple[int, int]
Row = dict[str, Any]


def read_table(path: Path) -> list[Row]:
    """Every row of the JSON Lines file at *path*."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def locate(text: str, surfaces: Iterable[str]) -> list[Span]:
    """The spans of *surfaces* in *text*, each searched after the end of the one before.

    A table lists a row's expected surfaces in the order of the text, so a repeated
    surface (two ``اليوم``) is found at its own place. Raises ``ValueError`` if one is
    missing or out of order.
    """
    spans = []
    position = 0
    for surface in surfaces:
        start = text.find(surface, position)
        if start < 0:
            msg = f"surface {surface!r} is not in the text {text!r} (after offset {position})"
            raise ValueError(msg)
        spans.append((start, start + len(surface)))
        position = start + len(surface)
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _reference(row: Row) -> dt.date:
    return dt.date.fromisoformat(row["reference"])


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


class _Tally:
    """True positives, false hits and misses, overall and by country."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.misses: list[dict[str, str]] = []
        self.false_hits: list[dict[str, str]] = []

    def add(self, country: str, tp: int, fp: int, fn: int) -> None:
        for key in ("ALL", country):
            self.counts[key][0] += tp
            self.counts[key][1] += fp
            self.counts[key][2] += fn

    def summary(self) -> dict[str, dict[str, float | int]]:
        return {key: _prf(*value) for key, value in sorted(self.counts.items())}


def _score_rows(
    rows: Sequence[Row],
    find: Callable[[Row], list[tuple[Span, str, str | None]]],
    expected: Callable[[Row], list[tuple[str, str, str | None]]],
) -> _Tally:
    """Match what *find* gives for each row against what *expected* lists."""
    tally = _Tally()
    for row in rows:
        text = row["text"]
        gold = expected(row)
        gold_spans = locate(text, [surface for surface, _, _ in gold])
        skipped = locate(text, row.get("skipped", []))
        used: set[int] = set()
        tp = fp = 0
        for span, got, mod in find(row):
            if got in VAGUE and not any(_overlaps(span, s) for s in gold_spans):
                continue
            hit = next(
                (
                    i
                    for i, (g_span, (_, value, g_mod)) in enumerate(
                        zip(gold_spans, gold, strict=True)
                    )
                    if i not in used
                    and _overlaps(span, g_span)
                    and got == value
                    and (g_mod is None or g_mod == mod)
                ),
                None,
            )
            if hit is None and any(_overlaps(span, s) for s in skipped):
                continue  # a skipped surface: not wrong (a right value over it still counts)
            if hit is None:
                fp += 1
                shown = f"{got} {mod}" if mod else got
                tally.false_hits.append(
                    {"label": row["label"], "text": text[span[0] : span[1]], "got": shown}
                )
            else:
                used.add(hit)
                tp += 1
        for i, (surface, value, g_mod) in enumerate(gold):
            if i not in used:
                shown = f"{value} {g_mod}" if g_mod else value
                tally.misses.append({"label": row["label"], "text": surface, "expected": shown})
        tally.add(row["country"], tp, fp, len(gold) - len(used))
    return tally


def _found_dates(row: Row) -> list[tuple[Span, str, str | None]]:
    mentions = diplomatext.find_dates(row["text"], reference=_reference(row))
    return [
        ((m.start, m.end), m.value, None if m.mod is None else str(m.mod.value)) for m in mentions
    ]


def _found_treaties(row: Row) -> list[tuple[Span, str, str | None]]:
    mentions = diplomatext.find_treaties(row["text"], reference=_reference(row))
    return [((m.start, m.end), m.treaty.id, None) for m in mentions]


def _expected_dates(row: Row) -> list[tuple[str, str, str | None]]:
    return [(e["text"], e["value"], e.get("mod")) for e in row["expected"]]


def _expected_treaties(row: Row) -> list[tuple[str, str, str | None]]:
    return [(surface, treaty_id, None) for surface, treaty_id in row["expected"]]


def false_dates(rows: Sequence[Row]) -> list[dict[str, str]]:
    """Every found date that overlaps a span of a not-date row."""
    found: list[dict[str, str]] = []
    for row in rows:
        spans = locate(row["text"], row["not_dates"])
        mentions = diplomatext.find_dates(row["text"], reference=_reference(row))
        found.extend(
            {"label": row["label"], "text": m.text, "got": m.value}
            for m in mentions
            if any(_overlaps((m.start, m.end), s) for s in spans)
        )
    return found


def evaluate(cases: Path = CASES) -> dict[str, Any]:
    """Scores, false dates, misses and false hits of the three tables in *cases*."""
    dates = _score_rows(read_table(cases / "real_dates.jsonl"), _found_dates, _expected_dates)
    treaties = _score_rows(
        read_table(cases / "real_treaties.jsonl"), _found_treaties, _expected_treaties
    )
    negatives = false_dates(read_table(cases / "real_not_dates.jsonl"))
    return {
        "dates": dates.summary(),
        "treaties": treaties.summary(),
        "false_dates": negatives,
        "date_misses": dates.misses,
        "date_false_hits": dates.false_hits,
        "treaty_misses": treaties.misses,
        "treaty_false_hits": treaties.false_hits,
    }


def _line(name: str, s: dict[str, float | int]) -> str:
    return (
        f"{name:<5} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} ({s['tp']}/{s['fp']}/{s['fn']})"
    )


def render(report: dict[str, Any]) -> str:
    """The report as text: the tables, then every miss and false hit."""
    out = []
    for task in ("dates", "treaties"):
        out.append(f"{task} by outlet country (tp/fp/fn):")
        out.extend(
            "  " + _line(country, s) for country, s in report[task].items() if country != "ALL"
        )
        if "ALL" in report[task]:
            out.append("  " + _line("ALL", report[task]["ALL"]))
        else:
            out.append("  (no rows)")
    out.append(f"false dates on not-date spans: {len(report['false_dates'])}")
    sections = (
        ("false dates", "false_dates", "got"),
        ("date misses", "date_misses", "expected"),
        ("date false hits", "date_false_hits", "got"),
        ("treaty misses", "treaty_misses", "expected"),
        ("treaty false hits", "treaty_false_hits", "got"),
    )
    for title, key, field in sections:
        out.append(f"\n{title} ({len(report[key])}):")
        out.extend(f"  {e['label']}: {e['text']!r} -> {e[field]}" for e in report[key])
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report (text, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cases", type=Path, default=CASES, help="folder of the tables")
    args = parser.parse_args(argv)
    report = evaluate(args.cases)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
