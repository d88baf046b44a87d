"""Tests of diplomatext.dates: tables of real-looking cases, negatives, and properties."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    Anchor,
    Calendar,
    DateMention,
    DateNote,
    Granularity,
    HijriDate,
    InputError,
    InputTooLargeError,
    Mod,
    find_dates,
    resolve_date,
)
from diplomatext import dates as dates_module
from diplomatext.data import relative
from diplomatext.dates import _resolve, _spec
from tests.strategies import MONTH_NAMES, any_text, arabic_text
from tests.tables import case_params, load_cases

CASES = load_cases("dates.jsonl")
_FIELDS = ("mod", "calendar", "hijri", "anchor")


def _reference(case: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(case["reference"]) if case.get("reference") else None


def test_case_labels_and_inputs_are_unique() -> None:
    labels = [case["label"] for case in CASES]
    assert len(labels) == len(set(labels))
    inputs = [(case["text"], case["reference"]) for case in CASES]
    assert len(inputs) == len(set(inputs))


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict[str, Any]) -> None:
    calendar = case.get("numeric_calendar", "numeric")
    found = find_dates(case["text"], reference=_reference(case), numeric_calendar=calendar)
    assert [(m.text, m.value) for m in found] == [(e["text"], e["value"]) for e in case["expected"]]
    for mention, expected in zip(found, case["expected"], strict=True):
        for field in _FIELDS:
            if field in expected:
                assert getattr(mention, field) == expected[field], field
        if "notes" in expected:
            assert [note.value for note in mention.notes] == expected["notes"]
        for bound in ("first", "last"):
            if bound in expected:
                assert getattr(mention, bound) == dt.date.fromisoformat(expected[bound])


# -- the seed articles' sentences, kept short -----------------------------------------


def test_spans_point_into_the_original_text() -> None:
    text = "جرت الـ12 من الشهر الجاري؛ وفي ١٥ مايو ٢٠٢١، ثم «أمس»."
    for mention in find_dates(text, reference=dt.date(2022, 1, 18)):
        assert text[mention.start : mention.end] == mention.text
    assert [m.text for m in find_dates(text, reference=dt.date(2022, 1, 18))] == [
        "الـ12 من الشهر الجاري",
        "١٥ مايو ٢٠٢١",
        "أمس",
    ]


def test_final_tanween_is_inside_the_span() -> None:
    assert [m.text for m in find_dates("يصل قريباً")] == ["قريباً"]


def test_no_reference_leaves_x_values_and_no_bounds() -> None:
    text = "أمس، وفي 15 مايو، والأسبوع المقبل، والثلاثاء الماضي، ومنتصف يناير"
    found = find_dates(text)
    assert [m.value for m in found] == [
        "XXXX-XX-XX",
        "XXXX-05-15",
        "XXXX-WXX",
        "XXXX-WXX-2",
        "XXXX-01",
    ]
    assert all(m.first is None and m.last is None for m in found)
    assert all(DateNote.NO_REFERENCE in m.notes for m in found)
    assert all(m.anchor is Anchor.RELATIVE for m in found)


def test_absolute_dates_need_no_reference() -> None:
    (mention,) = find_dates("في 5 فبراير/شباط 2021")
    assert mention.value == "2021-02-05"
    assert mention.first == mention.last == dt.date(2021, 2, 5)
    assert mention.anchor is Anchor.ABSOLUTE
    assert mention.granularity is Granularity.DAY
    assert mention.calendar is Calendar.GREGORIAN


@pytest.mark.parametrize(
    "reference", [dt.date(1, 1, 1), dt.date(622, 1, 1), dt.date(9999, 12, 31)], ids=str
)
def test_references_at_the_ends_of_the_calendar_leave_values_unresolved(
    reference: dt.date,
) -> None:
    text = "5 رمضان، قبل أمس، بعد غد، الأسبوع المقبل، العام الماضي، بعد 3 أشهر، في التسعينيات"
    found = find_dates(text, reference=reference)
    assert [m.text for m in found] == [
        "5 رمضان",
        "قبل أمس",
        "بعد غد",
        "الأسبوع المقبل",
        "العام الماضي",
        "بعد 3 أشهر",
        "التسعينيات",
    ]
    _check_invariants(text, found)


def test_a_bug_in_resolution_is_not_hidden_as_unresolved(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only date arithmetic leaving the calendar is caught; any other error surfaces.
    def broken(*_args: object) -> _resolve.Resolution:
        msg = "a bug"
        raise ValueError(msg)

    monkeypatch.setattr("diplomatext.dates._resolve._Resolver._weekday", broken)
    with pytest.raises(ValueError, match="a bug"):
        find_dates("الأربعاء", reference=dt.date(2022, 1, 18))


def test_resolve_catches_only_arithmetic_out_of_range() -> None:
    spec = _spec.Spec(kind="unit", unit="week", offset=1)
    resolution = _resolve.resolve(spec, dt.date(9999, 12, 30))
    assert (resolution.value, resolution.first) == ("XXXX-WXX", None)
    assert DateNote.NO_REFERENCE in resolution.notes


def test_reference_can_be_a_datetime() -> None:
    (mention,) = find_dates("أمس", reference=dt.datetime(2022, 1, 18, 23, 59))  # noqa: DTZ001
    assert mention.value == "2022-01-17"


def test_enums_compare_and_print_as_their_values() -> None:
    (mention,) = find_dates("منتصف يناير 2021")
    assert mention.mod == "MID"
    assert str(mention.mod) == "MID"
    assert f"{mention.granularity}" == "month"
    assert Mod("END") is Mod.END


def test_result_is_frozen() -> None:
    (mention,) = find_dates("أمس")
    with pytest.raises(AttributeError):
        mention.value = "x"  # type: ignore[misc]


def test_interval_bounds() -> None:
    (mention,) = find_dates("يومي 9 و10 كانون الثاني/يناير 2022")
    assert (mention.first, mention.last) == (dt.date(2022, 1, 9), dt.date(2022, 1, 10))
    (years,) = find_dates("بين عامي 2019 و2021")
    assert (years.first, years.last) == (dt.date(2019, 1, 1), dt.date(2021, 12, 31))
    assert years.granularity is Granularity.YEAR


def test_hijri_month_bounds_are_the_umm_al_qura_month() -> None:
    (mention,) = find_dates("شهر رمضان 1445")
    assert (mention.first, mention.last) == (dt.date(2024, 3, 11), dt.date(2024, 4, 9))
    assert mention.granularity is Granularity.MONTH
    assert mention.calendar is Calendar.HIJRI


def test_vague_bounds_are_one_sided() -> None:
    reference = dt.date(2022, 1, 18)
    past, now, future = find_dates("مؤخرا، والآن، وقريبا", reference=reference)
    assert (past.first, past.last) == (None, reference)
    assert (now.first, now.last) == (reference, reference)
    assert (future.first, future.last) == (reference, None)


# -- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["list"]])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(InputError):
        find_dates(value)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        resolve_date(value)  # type: ignore[arg-type]


def test_bad_reference_is_refused() -> None:
    with pytest.raises(InputError, match="reference"):
        find_dates("أمس", reference="2021-01-01")  # type: ignore[arg-type]


def test_empty_text_finds_nothing() -> None:
    assert find_dates("") == []
    assert resolve_date("   ") is None


def test_max_chars() -> None:
    with pytest.raises(InputTooLargeError):
        find_dates("أمس " * 10, max_chars=5)
    with pytest.raises(InputTooLargeError):
        resolve_date("أمس " * 10, max_chars=5)


def test_max_chars_none_is_no_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    reference = dt.date(2022, 1, 18)
    text = "وصل الوفد أمس " * 10
    assert [m.value for m in find_dates(text, reference=reference, max_chars=None)] == [
        "2022-01-17"
    ] * 10
    assert resolve_date(" أمس ", reference=reference, max_chars=None) is not None
    seen: list[int | None] = []

    def spy(value: object, *, max_chars: int | None = None, **_options: object) -> str:
        seen.append(max_chars)
        assert isinstance(value, str)
        return value

    monkeypatch.setattr(dates_module, "checked_text", spy)
    find_dates(text, max_chars=None)
    resolve_date("أمس", max_chars=None)
    find_dates(text)
    resolve_date("أمس")
    assert seen == [None, None, dates_module.MAX_CHARS, dates_module.MAX_CHARS]


def test_hostile_megabyte_is_linear_and_correct() -> None:
    # Long runs of near-misses: digits, separators, clitics, month prefixes, and
    # chains of numeric and dual separators that a backtracking pattern would chew on.
    unit = "1/1/2020-" * 3 + "ووبب" + "9 و" * 5 + "كانون/تشرين/" + "ماي" * 4 + " 0-0-" + "\u200f"
    text = unit * (1_000_000 // len(unit))
    found = find_dates(text, reference=dt.date(2022, 1, 18))
    assert found  # the numeric dates are found...
    assert all(text[m.start : m.end] == m.text for m in found)  # ...with exact spans
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_megabyte_without_any_date() -> None:
    text = "باب " * 250_000
    assert find_dates(text) == []


# -- resolve_date -------------------------------------------------------------------------


def test_resolve_date_accepts_context_words_on_their_own() -> None:
    reference = dt.date(2021, 5, 19)
    march = resolve_date("مارس", reference=reference)
    assert march is not None
    assert march.value == "2021-03"
    ramadan = resolve_date("في رمضان 1445")
    assert ramadan is not None
    assert ramadan.hijri == "1445-09"
    august = resolve_date("آب", reference=reference)  # 74 days ahead: the coming one
    assert august is not None
    assert august.value == "2021-08"
    # alone, with no word of tense: the coming one up to nine months ahead, else the last one
    october = resolve_date("تشرين الأول", reference=reference)  # 135 days ahead
    assert october is not None
    assert october.value == "2021-10"
    in_a_report = find_dates("انتهت المفاوضات في تشرين الأول", reference=reference)
    assert [m.value for m in in_a_report] == ["2020-10"]  # the news rule: a quarter ahead at most


def test_resolve_date_refuses_several_or_none() -> None:
    assert resolve_date("أمس واليوم") is None
    assert resolve_date("رجب طيب أردوغان") is None
    assert resolve_date("لا شيء هنا") is None


def test_resolve_date_one_expression() -> None:
    mention = resolve_date("15 جمادى الآخرة 1443 هـ")
    assert isinstance(mention, DateMention)
    assert mention.value == "2022-01-18"


# -- properties ---------------------------------------------------------------------------


def _check_invariants(text: str, found: list[DateMention]) -> None:
    previous_end = 0
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
        if mention.first is not None and mention.last is not None:
            assert mention.first <= mention.last


@given(any_text(), st.none() | st.dates())
def test_any_text_never_raises_and_spans_hold(text: str, reference: dt.date | None) -> None:
    _check_invariants(text, find_dates(text, reference=reference))


_DATEY = st.sampled_from(
    [
        "5 ",
        "فبراير",
        "/",
        "شباط",
        " 2021",
        "عام",
        " هـ",
        "م",
        "ء",
        "-",
        "الـ12 من الشهر الجاري",
        "أمس",
        "الثلاثاء",
        "الماضي",
        "منتصف ",
        "رمضان",
        " و",
        "يومي ",
        "الموافق ",
        "(",
        ")",
        "كانون",
        " الثاني",
        "بين عامي ",
        "15-5-",
        "قبل ",
        "يومين",
    ]
)


@given(st.lists(_DATEY | arabic_text(8), max_size=30).map(" ".join), st.none() | st.dates())
def test_date_like_text_spans_hold(text: str, reference: dt.date | None) -> None:
    _check_invariants(text, find_dates(text, reference=reference))


@given(
    st.lists(_DATEY | st.sampled_from(["12", "2021", "1444ه", "F16"]), max_size=20).map("".join),
    st.none() | st.dates(),
)
def test_glued_date_like_text_spans_hold(text: str, reference: dt.date | None) -> None:
    _check_invariants(text, find_dates(text, reference=reference))


@given(arabic_text(), st.dates())
def test_deterministic(text: str, reference: dt.date) -> None:
    assert find_dates(text, reference=reference) == find_dates(text, reference=reference)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_written_date_round_trips(day: dt.date) -> None:
    text = f"في {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    (mention,) = find_dates(text)
    assert mention.first == mention.last == day
    numeric = f"بتاريخ {day.day}/{day.month}/{day.year}"
    assert [m.value for m in find_dates(numeric)] == [day.isoformat()]


@given(
    # 1 Muharram 1360 to the end of 1459: the years 60-99 and 00-59 read as 1360-1459
    st.dates(min_value=dt.date(1941, 1, 28), max_value=dt.date(2038, 2, 4)),
    st.sampled_from(["-", "/", ".", " / "]),
)
def test_hijri_setting_reads_a_two_digit_hijri_year(day: dt.date, sep: str) -> None:
    hijri = HijriDate.from_gregorian(day)
    text = f"بتاريخ {hijri.day:02d}{sep}{hijri.month:02d}{sep}{hijri.year % 100:02d}"
    (mention,) = find_dates(text, numeric_calendar="hijri")
    assert (mention.first, mention.calendar) == (day, Calendar.HIJRI)
    assert mention.hijri == hijri.isoformat()
    assert resolve_date(text, numeric_calendar=Calendar.HIJRI) == mention


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31)),
    st.sampled_from(["-", "/", "."]),
)
def test_hijri_setting_leaves_gregorian_years_and_names_alone(day: dt.date, sep: str) -> None:
    month = MONTH_NAMES[day.month - 1]
    text = f"في {day.day} {month} {day.year} وبتاريخ {day.day}{sep}{day.month}{sep}{day.year}"
    found = find_dates(text, numeric_calendar="hijri")
    assert found == find_dates(text)
    assert [m.first for m in found] == [day, day]


@given(st.lists(_DATEY | arabic_text(8), max_size=30).map(" ".join), st.none() | st.dates())
def test_hijri_setting_changes_only_numeric_dates(text: str, reference: dt.date | None) -> None:
    default = find_dates(text, reference=reference)
    hijri = find_dates(text, reference=reference, numeric_calendar="hijri")
    _check_invariants(text, hijri)
    numeric = [m for m in (*default, *hijri) if m.rule == "numeric-date"]

    def apart(found: list[DateMention]) -> list[DateMention]:
        return [m for m in found if all(m.end <= n.start or n.end <= m.start for n in numeric)]

    assert apart(hijri) == apart(default)


@pytest.mark.parametrize("value", ["gregorian", "levantine", None, 1, ["hijri"], Calendar.MAGHREBI])
def test_unknown_numeric_calendar_is_refused(value: object) -> None:
    with pytest.raises(InputError, match="numeric_calendar must be"):
        find_dates("في 30-02-33", numeric_calendar=value)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="numeric_calendar must be"):
        resolve_date("30-02-33", numeric_calendar=value)  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_glued_digits_read_as_spaced(day: dt.date) -> None:
    month = MONTH_NAMES[day.month - 1]
    spaced = find_dates(f"وقع في {day.day} {month} {day.year} بالعاصمة")
    glued_text = f"وقع في {day.day}{month}{day.year} بالعاصمة"
    glued = find_dates(glued_text)
    assert [m.value for m in glued] == [m.value for m in spaced] == [day.isoformat()]
    assert glued[0].text == f"{day.day}{month}{day.year}"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_period_part_of_a_bare_year_is_the_reference_year(reference: dt.date) -> None:
    (mention,) = find_dates("حتى نهاية العام", reference=reference)
    assert (mention.value, mention.mod) == (str(reference.year), "END")
    assert mention.last == dt.date(reference.year, 12, 31)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2900, 12, 31)), st.integers(2, 9))
def test_bare_decade_has_ended_before_the_reference(reference: dt.date, digit: int) -> None:
    word = next(w for w, d in relative.DECADES.items() if d == digit and w.startswith("ال"))
    (mention,) = find_dates(f"في {word}", reference=reference)
    assert mention.first is not None
    assert mention.last is not None
    assert mention.last.year < reference.year
    assert reference.year - mention.first.year <= 110
    assert mention.first.year % 100 == digit * 10


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_day_words_move_the_reference(reference: dt.date) -> None:
    (yesterday,) = find_dates("أمس", reference=reference)
    assert yesterday.first == reference - dt.timedelta(days=1)
    (weekday,) = find_dates("الثلاثاء الماضي", reference=reference)
    assert weekday.first is not None
    assert weekday.first.weekday() == 1
    assert 1 <= (reference - weekday.first).days <= 7


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.integers(1, 12))
def test_yearless_month_is_on_or_before_the_reference(reference: dt.date, month: int) -> None:
    (mention,) = find_dates(
        f"منذ {MONTH_NAMES[month - 1]}",
        reference=reference,
    )
    assert mention.first is not None
    assert mention.first <= reference
    assert (reference - mention.first).days < 366


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(1950, 2070),
    st.sampled_from([" و", "، و", " أو ", "، أو "]),
)
def test_a_month_list_shares_its_year_with_earlier_months(
    reference: dt.date, first: int, second: int, year: int, join: str
) -> None:
    """في أبريل ويوليو 2019: the year written once after a later month is the first's too.

    After a month that is not later (ديسمبر ويناير may span two years), the first keeps
    the reading it has alone.
    """
    head = f"جرى الاقتراع في {MONTH_NAMES[first - 1]}"
    found = find_dates(f"{head}{join}{MONTH_NAMES[second - 1]} {year}", reference=reference)
    assert [m.text for m in found] == [MONTH_NAMES[first - 1], f"{MONTH_NAMES[second - 1]} {year}"]
    assert found[1].value == f"{year:04d}-{second:02d}"
    if first < second:
        assert found[0].value == f"{year:04d}-{first:02d}"
    else:
        (alone,) = find_dates(head, reference=reference)
        assert found[0].value == alone.value


_WEEKDAY_NAMES = {weekday: word for word, weekday in relative.WEEKDAYS.items()}


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(0, 6),
    st.sampled_from(["", "يوم ", "في "]),
    st.sampled_from(["", " الساعة 8", " الساعة الثالثة عصرا"]),
)
def test_a_weekday_alone_is_the_coming_one(
    reference: dt.date, weekday: int, lead: str, clock: str
) -> None:
    """A text that is nothing but a weekday (and a clock time) has no tense: the next one.

    A week ahead on its own day: a query would say اليوم for today.
    """
    (mention,) = find_dates(f"{lead}{_WEEKDAY_NAMES[weekday]}{clock}", reference=reference)
    assert mention.first is not None
    assert mention.first.weekday() == weekday
    assert 0 < (mention.first - reference).days <= 7
    assert DateNote.NO_TENSE in mention.notes
    (reported,) = find_dates(f"عقد الوزيران اجتماعا {_WEEKDAY_NAMES[weekday]}", reference=reference)
    assert reported.first is not None
    assert 0 <= (reference - reported.first).days < 7
    assert DateNote.NO_TENSE not in reported.notes


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(
        ["الساعة {h}", "الساعة {h}:{m:02d}", "{h}:{m:02d}", "حوالي الساعة {h} و{m} دقيقة"]
    ),
    st.sampled_from(["", " صباحا", " مساء", " بتوقيت غرينتش"]),
)
def test_a_clock_time_alone_is_the_reference_day(
    reference: dt.date, hour: int, minute: int, form: str, part: str
) -> None:
    """A text that is nothing but a clock time names the reference's day; a sentence, none."""
    time = form.format(h=hour, m=minute) + part
    (mention,) = find_dates(time, reference=reference)
    assert (mention.text, mention.value) == (time, reference.isoformat())
    assert DateNote.CLOCK_FIELD in mention.notes
    assert find_dates(f"وصل الوفد {time}", reference=reference) == []


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)),
    st.integers(0, 6),
    st.sampled_from(["سيعقد الاجتماع ", "عقد الاجتماع "]),
)
def test_written_weekday_chooses_the_year(
    reference: dt.date, written: dt.date, weekday: int, cue: str
) -> None:
    ahead = cue.startswith("سي")
    text = f"{cue}{_WEEKDAY_NAMES[weekday]} {written.day} {MONTH_NAMES[written.month - 1]}"
    (mention,) = find_dates(text, reference=reference)
    assert mention.first is not None
    day = mention.first
    assert (day.month, day.day) == (written.month, written.day) or DateNote.INVALID_DATE in (
        mention.notes
    )
    if DateNote.INVALID_DATE in mention.notes:
        return
    # The rule's year (on or before the reference, or ahead with a cue) moves by
    # at most one year, to the occurrence of the day on the written weekday.
    if ahead:
        assert -366 <= (day - reference).days < 366 * 2
    else:
        assert -366 <= (reference - day).days < 366 * 2
    # The weekday holds, unless no year of the window had it.
    assert (day.weekday() == weekday) != (DateNote.WEEKDAY_MISMATCH in mention.notes)


def test_public_names() -> None:
    for name in (
        "find_dates",
        "resolve_date",
        "DateMention",
        "Granularity",
        "Anchor",
        "Mod",
        "DateNote",
    ):
        assert name in diplomatext.__all__
