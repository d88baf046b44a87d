"""Accuracy of find_dates on the Arabic test cases of two peer date parsers.

Run: python benchmarks/peer_suites.py [--duckling DIR] [--dateparser DIR] [--json] [-v]

``--duckling`` is a checkout of facebook/duckling and ``--dateparser`` one of
scrapinghub/dateparser; either may be left out. Their test files are read when the script
runs and nothing of them is kept in this repository:

* Duckling: every example of ``Duckling/Time/AR/Corpus.hs``, resolved against the
  reference time of ``testContext`` in ``Duckling/Testing/Types.hs``. An expected value is
  a datetime with a grain, or an interval (end excluded); both become a first and a last
  day.
* dateparser: every ``param`` of ``tests/test_languages.py``,
  ``test_freshness_date_parser.py``, ``test_hijri.py`` and ``test_search.py`` whose
  language is ``ar`` (or, without a language argument, that stands under an ``# Arabic``
  comment; every case of ``test_hijri.py``). The expected value is the test's datetime,
  ``now - ago`` of the freshness tests, or the test's English translation read back into a
  datetime; a case that gives no value borrows those of the valued expressions that occur
  in its text, or is left unscored. Translation tests have no reference of their own and use
  the ``now`` of the freshness tests. The not-applicable test expects no date. The cases of
  ``test_hijri.py`` parse with dateparser's ``HijriCalendar``, so the test states that their
  numeric dates are Hijri: they are read with ``numeric_calendar="hijri"``
  (``--no-hijri-setting`` reads them with the default, as Gregorian unless marked).

Every case is put in one category, computed from the expected value and what we find:

* ``day or coarser``: the expected grain is a day or longer;
* ``sub-day with a day``: the expected value is finer than a day and within one day (a
  clock time, hours ago) and we find a date in the expression; only the day is scored,
  since the library resolves nothing below a day;
* ``clock time only``: finer than a day, within one day, and we find no date in the
  expression, so it names no day that we read (the clock times that
  ``docs/explanation/dates.md`` keeps out of scope; a day word that we miss in such an
  expression lands here too);
* ``not a date``: the test expects no date.

A case is scored from the mentions that overlap its expression (the whole example, or the
expected surface of a search test): ``nothing`` when there is none; ``partial`` when the
mention that covers most of the expression's non-space characters (a leading ``في`` or
``عند`` aside) covers less than :data:`MOST` of them (not asked of sub-day cases, whose
clock part we do not read); else ``right`` when its first and last day are the expected
ones, ``coarser`` when they hold them, and ``wrong`` otherwise. A ``not a date`` case is
``right`` when nothing is found and ``wrong`` when something is. The report gives these
counts overall, ``in scope`` (all but clock time only) and by category; ``-v`` adds every
case with what we returned, and ``--json`` prints the same as one JSON object.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import io
import json
import re
import sys
import tokenize
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import diplomatext

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

MOST = 0.6
"""Share of an expression that a mention must cover not to be ``partial``."""

OUTCOMES = ("right", "coarser", "wrong", "partial", "nothing")
CATEGORIES = ("day or coarser", "sub-day with a day", "clock time only", "not a date")
OUT_OF_SCOPE = frozenset({"clock time only"})
SUBDAY_GRAINS = frozenset({"Second", "Minute", "Hour"})
LEADING_PREPOSITION = re.compile(r"(?:في|عند)\s+")


@attrs.frozen(kw_only=True)
class Case:
    """One test case of a peer: an expression in a text and the days it names."""

    source: str
    """File and line of the case in the peer's checkout."""
    text: str
    span: tuple[int, int]
    """The expression to cover, in ``text``."""
    reference: dt.date
    first: dt.date | None
    """First expected day; ``None`` when the test expects no date."""
    last: dt.date | None
    subday: bool
    """Whether the expected value is finer than a day, within one day."""
    numeric_calendar: str = "numeric"
    """The calendar the test states for its numeric dates (``hijri``: ``HijriCalendar``)."""


@attrs.frozen(kw_only=True)
class Scored:
    """A case, its category and outcome, and the mentions we found in its text."""

    case: Case
    category: str
    outcome: str
    mentions: tuple[diplomatext.DateMention, ...]


# --- Duckling ---------------------------------------------------------------------------

_TUPLE = r"\((\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)"
_EXAMPLES = re.compile(
    r"examples\s*\((?:datetime|datetimeHoliday|datetimeInterval|datetimeIntervalHoliday)\s*"
    r"(?:" + _TUPLE + r"|\(" + _TUPLE + r",\s*" + _TUPLE + r"\))\s*(\w+)"
)
_HASKELL_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_REFERENCE = re.compile(r"testContext\s*=.*?referenceTime\s*=\s*refTime\s*" + _TUPLE, re.DOTALL)


def _datetime(groups: Sequence[str | Any]) -> dt.datetime:
    year, month, day, hour, minute, second = (int(g) for g in groups)
    return dt.datetime(year, month, day, hour, minute, second)  # noqa: DTZ001


def _add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by *months* calendar months (kept at the 1st)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _grain_days(start: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the *grain* of Duckling that begins at *start*."""
    months = {"Month": 1, "Quarter": 3, "Year": 12}.get(grain)
    if months is not None:
        return start, _add_months(start, months) - dt.timedelta(days=1)
    if grain == "Week":
        return start, start + dt.timedelta(days=6)
    return start, start


def _read(checkout: Path, relative: str, peer: str) -> str:
    """The file *relative* of *checkout*; a clear error when it is not a checkout of *peer*."""
    path = checkout / relative
    if not path.is_file():
        msg = f"{path} is missing: give a checkout of {peer} (git clone https://github.com/{peer})"
        raise ValueError(msg)
    return path.read_text(encoding="utf-8")


def duckling_cases(checkout: Path) -> list[Case]:
    """Every example of Duckling's Arabic time corpus in *checkout*."""
    types = _read(checkout, "Duckling/Testing/Types.hs", "facebook/duckling")
    found = _REFERENCE.search(types)
    if found is None:
        msg = f"no testContext reference time in {checkout}/Duckling/Testing/Types.hs"
        raise ValueError(msg)
    reference = _datetime(found.groups()).date()
    name = "Corpus.hs"
    source = _read(checkout, "Duckling/Time/AR/" + name, "facebook/duckling")
    # Blank the comment lines, keeping offsets so that line numbers stay right.
    body = re.sub(r"(?m)^\s*--.*$", lambda m: " " * len(m.group()), source)
    heads = list(_EXAMPLES.finditer(body, body.index("allExamples")))
    cases = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        open_at = body.index("[", head.end(), end)
        close_at = body.index("]", open_at, end)
        groups = head.groups()
        grain = groups[18]
        if groups[0] is not None:
            first, last = _grain_days(_datetime(groups[0:6]).date(), grain)
        else:
            first = _datetime(groups[6:12]).date()
            last = (_datetime(groups[12:18]) - dt.timedelta(microseconds=1)).date()
        for string in _HASKELL_STRING.finditer(body, open_at, close_at):
            text = string.group(1)
            line = body.count("\n", 0, string.start()) + 1
            cases.append(
                Case(
                    source=f"{name}:{line}",
                    text=text,
                    span=(0, len(text)),
                    reference=reference,
                    first=first,
                    last=last,
                    subday=grain in SUBDAY_GRAINS and first == last,
                )
            )
    return cases


# --- dateparser -------------------------------------------------------------------------

DATEPARSER_TESTS = (
    "test_languages.py",
    "test_freshness_date_parser.py",
    "test_hijri.py",
    "test_search.py",
)
ARABIC_MODULES = frozenset({"test_hijri.py"})
"""Test modules whose every case is Arabic (the Hijri calendar reads Arabic only)."""
HIJRI_MODULES = frozenset({"test_hijri.py"})
"""Test modules that parse with dateparser's ``HijriCalendar``: their numeric dates are Hijri,
so they are read with ``numeric_calendar="hijri"``, the library's way of saying the same."""

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?")
_ENGLISH_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
_ENGLISH_DATE = re.compile(
    r"(?:[a-z]+ )?(?P<day>\d{1,2}) (?P<month>[a-z]+) (?P<year>\d{4})"
    r"(?: (?P<hour>\d{1,2}):(?P<minute>\d{2})(?: (?P<half>am|pm))?)?"
)
_ENGLISH_DISTANCE = re.compile(
    r"(?P<future>in )?(?:ago )?(?P<count>\d+) "
    r"(?P<unit>second|minute|hour|day|week|month|year)s?(?: ago)?"
)


class _NotLiteralError(ValueError):
    """A test argument that this script does not evaluate."""


def _literal(node: ast.expr) -> Any:  # noqa: ANN401
    """The value of a test argument: literals, ``datetime(...)`` calls and containers."""
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        if name in {"datetime", "datetime.datetime"} and not node.keywords:
            return dt.datetime(*(_literal(arg) for arg in node.args))  # noqa: DTZ001
        raise _NotLiteralError(name)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_literal(item) for item in node.elts]
    if isinstance(node, ast.Dict):
        return {
            _literal(key): _literal(value)
            for key, value in zip(node.keys, node.values, strict=True)
            if key is not None
        }
    try:
        return ast.literal_eval(node)
    except ValueError:
        raise _NotLiteralError(ast.unparse(node)) from None


def _language_comments(source: str) -> dict[int, str]:
    """The line of every comment of *source*, with its text."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {t.start[0]: t.string.lstrip("#").strip() for t in tokens if t.type == tokenize.COMMENT}


def _under_arabic_comment(line: int, first_line: int, comments: dict[int, str]) -> bool:
    """Whether the nearest comment above *line* (within its list) names Arabic."""
    above = [n for n in comments if first_line <= n < line]
    return bool(above) and comments[max(above)].lower().startswith("arabic")


def _params(path: Path) -> Iterator[tuple[str, int, list[Any], dict[str, Any]]]:
    """Each Arabic ``param`` of the parameterized tests in *path*: test, line, arguments."""
    source = _read(path.parent.parent, f"tests/{path.name}", "scrapinghub/dateparser")
    comments = _language_comments(source)
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        for decorator in function.decorator_list:
            if not (
                isinstance(decorator, ast.Call)
                and ast.unparse(decorator.func).endswith("expand")
                and decorator.args
                and isinstance(decorator.args[0], ast.List)
            ):
                continue
            for call in decorator.args[0].elts:
                if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "param"):
                    continue
                try:
                    args = [_literal(arg) for arg in call.args]
                    kwargs = {k.arg: _literal(k.value) for k in call.keywords if k.arg}
                except _NotLiteralError:
                    continue
                coded = (
                    bool(args) and isinstance(args[0], str) and _LANGUAGE_CODE.fullmatch(args[0])
                )
                if coded:
                    arabic = args[0] == "ar"
                    args = args[1:]
                else:
                    arabic = path.name in ARABIC_MODULES or _under_arabic_comment(
                        call.lineno, decorator.lineno, comments
                    )
                if arabic:
                    yield function.name, call.lineno, args, kwargs


def _ago(now: dt.datetime, ago: dict[str, int]) -> dt.datetime:
    """*now* less the calendar and clock units of *ago* (as dateutil's relativedelta)."""
    months = ago.get("years", 0) * 12 + ago.get("months", 0)
    index = now.year * 12 + now.month - 1 - months
    year, month = index // 12, index % 12 + 1
    last_day = (_add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)).day
    moved = now.replace(year=year, month=month, day=min(now.day, last_day))
    clock = {k: ago[k] for k in ("weeks", "days", "hours", "minutes", "seconds") if k in ago}
    return moved - dt.timedelta(**clock)


def _from_english(translation: str, now: dt.datetime) -> dt.datetime | None:
    """The datetime that dateparser's English *translation* names, or ``None``."""
    text = " ".join(translation.lower().split())
    date = _ENGLISH_DATE.fullmatch(text)
    if date is not None and date["month"] in _ENGLISH_MONTHS:
        hour = int(date["hour"] or 0) % 12 if date["half"] else int(date["hour"] or 0)
        hour += 12 if date["half"] == "pm" else 0
        return dt.datetime(  # noqa: DTZ001
            int(date["year"]),
            _ENGLISH_MONTHS[date["month"]],
            int(date["day"]),
            hour,
            int(date["minute"] or 0),
        )
    distance = _ENGLISH_DISTANCE.fullmatch(text)
    if distance is None:
        return None
    count = int(distance["count"]) * (-1 if distance["future"] else 1)
    return _ago(now, {distance["unit"] + "s": count})


def _dateparser_now(tests: Path) -> dt.datetime:
    """The ``self.now`` that the freshness tests set up."""
    source = _read(tests.parent, "tests/test_freshness_date_parser.py", "scrapinghub/dateparser")
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Assign)
            and ast.unparse(node.targets[0]) == "self.now"
            and isinstance(node.value, ast.Call)
        ):
            value = _literal(node.value)
            if isinstance(value, dt.datetime):
                return value
    msg = f"no `self.now = datetime(...)` in {tests}/test_freshness_date_parser.py"
    raise ValueError(msg)


def _case(
    source: str, text: str, value: dt.datetime | None, reference: dt.datetime, surface: str = ""
) -> Case:
    """A dateparser case; *surface* (found in *text*) narrows the expression."""
    start = text.find(surface) if surface else 0
    end = start + len(surface) if surface else len(text)
    clock = None if value is None else value.time()
    return Case(
        source=source,
        text=text,
        span=(start, end),
        reference=reference.date(),
        first=None if value is None else value.date(),
        last=None if value is None else value.date(),
        subday=clock is not None and clock not in {dt.time(0), reference.time()},
    )


def _valued(
    source: str, test: str, args: list[Any], kwargs: dict[str, Any], now: dt.datetime
) -> list[Case] | None:
    """The cases of one ``param`` of *test*; ``None`` when it gives no expected value."""
    text = args[0] if args else kwargs.get("dt_string") or kwargs.get("date_string")
    if not isinstance(text, str):
        return None
    expected = args[1] if len(args) > 1 else None
    pairs: list[tuple[str, dt.datetime | None]] | None = None
    if "not_applicable" in test:
        pairs = [("", None)]
    elif isinstance(kwargs.get("dt_obj"), dt.datetime):
        pairs = [("", kwargs["dt_obj"])]
    elif isinstance(kwargs.get("ago"), dict):
        pairs = [("", _ago(now, kwargs["ago"]))]
    elif "translation" in test and isinstance(expected, str):
        value = _from_english(expected, now)
        pairs = None if value is None else [("", value)]
    elif isinstance(expected, list) and all(
        isinstance(pair, list) and len(pair) == 2 for pair in expected
    ):
        pairs = [(surface, value) for surface, value in expected]
    if pairs is None:
        return None
    reference = kwargs.get("settings", {}).get("RELATIVE_BASE", now)
    return [_case(source, text, value, reference, surface) for surface, value in pairs]


def dateparser_cases(checkout: Path, *, hijri_setting: bool = True) -> tuple[list[Case], list[str]]:
    """The scored Arabic cases of dateparser's tests in *checkout*, and the unscored ones.

    *hijri_setting*: read the cases of :data:`HIJRI_MODULES` with the Hijri setting, as
    their test does (``False``: with the default, which reads ``30-02-33`` as no date).
    """
    tests = checkout / "tests"
    now = _dateparser_now(tests)
    valued: list[Case] = []
    bare: list[tuple[str, str]] = []
    unscored: list[str] = []
    for name in DATEPARSER_TESTS:
        for test, line, args, kwargs in _params(tests / name):
            source = f"{name}:{line} {test}"
            cases = _valued(source, test, args, kwargs, now)
            if cases is not None and name in HIJRI_MODULES and hijri_setting:
                cases = [attrs.evolve(case, numeric_calendar="hijri") for case in cases]
            if cases is not None:
                valued.extend(cases)
            elif args and isinstance(args[0], str):
                bare.append((source, args[0]))
            else:
                unscored.append(source)
    cases = _unique(valued)
    for source, text in bare:
        borrowed = [
            attrs.evolve(case, source=source, text=text, span=span)
            for case in cases
            if case.first is not None
            for span in _occurrences(case.text[case.span[0] : case.span[1]], text)
        ]
        if borrowed:
            cases.extend(borrowed)
        else:
            unscored.append(source)
    return _unique(cases), unscored


def _occurrences(needle: str, text: str) -> Iterator[tuple[int, int]]:
    """Where *needle* stands in *text* as whole words."""
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return (m.span() for m in re.finditer(pattern, text))


def _unique(cases: Iterable[Case]) -> list[Case]:
    """*cases* without repeats of a text, expression and expected value (first kept)."""
    seen: dict[tuple[Any, ...], Case] = {}
    for case in cases:
        key = (case.text, case.span, case.reference, case.first, case.last, case.subday)
        seen.setdefault(key, case)
    return list(seen.values())


# --- scoring ----------------------------------------------------------------------------


def coverage(case: Case, mention: diplomatext.DateMention) -> float:
    """Share of the expression's non-space characters (less a leading preposition) in *mention*."""
    start, end = case.span
    lead = LEADING_PREPOSITION.match(case.text, start, end)
    start = lead.end() if lead else start
    chars = [i for i in range(start, end) if not case.text[i].isspace()]
    inside = [i for i in chars if mention.start <= i < mention.end]
    return len(inside) / len(chars) if chars else 0.0


def _days_outcome(case: Case, mention: diplomatext.DateMention) -> str:
    if case.first is None or case.last is None or mention.first is None or mention.last is None:
        return "wrong"
    if (mention.first, mention.last) == (case.first, case.last):
        return "right"
    if mention.first <= case.first and case.last <= mention.last:
        return "coarser"
    return "wrong"


def score(case: Case) -> Scored:
    """The category and outcome of *case*, from what find_dates gives on its text."""
    mentions = diplomatext.find_dates(
        case.text, reference=case.reference, numeric_calendar=case.numeric_calendar
    )
    start, end = case.span
    there = [m for m in mentions if m.start < end and start < m.end]
    if case.first is None:
        category, outcome = "not a date", "wrong" if there else "right"
    elif not there:
        category = "clock time only" if case.subday else "day or coarser"
        outcome = "nothing"
    elif case.subday:
        category = "sub-day with a day"
        outcome = min((_days_outcome(case, m) for m in there), key=OUTCOMES.index)
    else:
        category = "day or coarser"
        best = max(there, key=lambda m: coverage(case, m))
        outcome = "partial" if coverage(case, best) < MOST else _days_outcome(case, best)
    return Scored(case=case, category=category, outcome=outcome, mentions=tuple(mentions))


def _counts(scored: Iterable[Scored]) -> dict[str, int]:
    tally = Counter(s.outcome for s in scored)
    counts = {outcome: tally[outcome] for outcome in OUTCOMES}
    return {"n": sum(counts.values()), **counts}


def summarize(scored: Sequence[Scored], *, verbose: bool) -> dict[str, Any]:
    """Counts of outcomes overall, in scope and by category (and every case if *verbose*)."""
    report: dict[str, Any] = {
        "all": _counts(scored),
        "in_scope": _counts(s for s in scored if s.category not in OUT_OF_SCOPE),
        "by_category": {c: _counts(s for s in scored if s.category == c) for c in CATEGORIES},
    }
    if verbose:
        report["cases"] = [
            {
                "source": s.case.source,
                "text": s.case.text[s.case.span[0] : s.case.span[1]],
                "reference": s.case.reference.isoformat(),
                "expected": _days(s.case.first, s.case.last),
                "category": s.category,
                "outcome": s.outcome,
                "found": [
                    f"{m.text}={m.value}" + (f"/{m.mod.value}" if m.mod else "") for m in s.mentions
                ],
            }
            for s in scored
        ]
    return report


def _days(first: dt.date | None, last: dt.date | None) -> str:
    if first is None or last is None:
        return "no date"
    return first.isoformat() if first == last else f"{first}..{last}"


def evaluate(
    *,
    duckling: Path | None,
    dateparser: Path | None,
    verbose: bool = False,
    hijri_setting: bool = True,
) -> dict[str, Any]:
    """The report for each peer checkout given (*hijri_setting*: see :func:`dateparser_cases`)."""
    report: dict[str, Any] = {}
    if duckling is not None:
        cases = duckling_cases(duckling)
        report["duckling"] = summarize([score(c) for c in cases], verbose=verbose)
    if dateparser is not None:
        cases, unscored = dateparser_cases(dateparser, hijri_setting=hijri_setting)
        report["dateparser"] = summarize([score(c) for c in cases], verbose=verbose)
        report["dateparser"]["unscored"] = unscored
    return report


def _line(name: str, counts: dict[str, int]) -> str:
    n = counts["n"]
    right, coarser = counts["right"], counts["coarser"]
    shares = f" right {right / n:.1%}, right or coarser {(right + coarser) / n:.1%}" if n else ""
    parts = " ".join(f"{o}={counts[o]}" for o in OUTCOMES)
    return f"  {name:<20} n={n:<4} {parts};{shares}"


def render(report: dict[str, Any]) -> str:
    """The report as text: one block per peer, then each case when it was asked for."""
    out = []
    for peer, block in report.items():
        out.append(f"{peer}:")
        out.append(_line("all", block["all"]))
        out.append(_line("in scope", block["in_scope"]))
        out.extend(_line(c, counts) for c, counts in block["by_category"].items() if counts["n"])
        if block.get("unscored"):
            out.append(f"  unscored (no expected value): {', '.join(block['unscored'])}")
        for case in block.get("cases", []):
            found = "; ".join(case["found"]) or "-"
            out.append(
                f"    {case['outcome']:<8} [{case['category']}] {case['source']}: "
                f"{case['text']!r} expected {case['expected']} (ref {case['reference']})"
                f" found {found}"
            )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report (text, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", type=Path, help="a checkout of facebook/duckling")
    parser.add_argument("--dateparser", type=Path, help="a checkout of scrapinghub/dateparser")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case")
    parser.add_argument(
        "--no-hijri-setting",
        action="store_true",
        help="read dateparser's HijriCalendar cases with the default numeric_calendar",
    )
    args = parser.parse_args(argv)
    if args.duckling is None and args.dateparser is None:
        parser.error("give --duckling DIR, --dateparser DIR or both")
    try:
        report = evaluate(
            duckling=args.duckling,
            dateparser=args.dateparser,
            verbose=args.verbose,
            hijri_setting=not args.no_hijri_setting,
        )
    except ValueError as error:
        parser.error(str(error))
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
