"""Tests of diplomatext.calendars: Umm al-Qura round trips, the tabular seam, properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatext import CalendarError, HijriDate, HijriMethod, hijri_month_length
from diplomatext.calendars import UMM_AL_QURA_GREGORIAN_RANGE, UMM_AL_QURA_HIJRI_RANGE
from tests.tables import read_jsonl

ROOT = Path(__file__).parents[1]
SHARED_CASES = ROOT / ".." / "shared" / "reference" / "hijri_cases.jsonl"
SAMPLE_CASES = Path(__file__).parent / "cases" / "hijri_sample.jsonl"
FIRST_DAY = dt.date(622, 7, 19)  # 1 Muharram 1 AH, proleptic Gregorian


def _pairs(path: Path) -> list[tuple[str, str]]:
    rows = read_jsonl(path)
    return [(row["hijri"], row["gregorian"]) for row in rows]


def _check_pair(hijri: str, gregorian: str) -> None:
    year, month, day = map(int, hijri.split("-"))
    date = HijriDate(year=year, month=month, day=day)
    assert date.method is HijriMethod.UMM_AL_QURA
    assert date.to_gregorian() == dt.date.fromisoformat(gregorian)
    assert HijriDate.from_gregorian(dt.date.fromisoformat(gregorian)) == date
    assert date.isoformat() == hijri


@pytest.mark.parametrize(("hijri", "gregorian"), _pairs(SAMPLE_CASES))
def test_umm_al_qura_sample(hijri: str, gregorian: str) -> None:
    _check_pair(hijri, gregorian)


@pytest.mark.skipif(
    not SHARED_CASES.exists(),
    reason=f"{SHARED_CASES} absent: run with ../shared beside the checkout",
)
def test_umm_al_qura_reference_pairs() -> None:
    pairs = _pairs(SHARED_CASES)
    assert len(pairs) == 1937
    for hijri, gregorian in pairs:
        _check_pair(hijri, gregorian)


def test_range_constants() -> None:
    assert UMM_AL_QURA_HIJRI_RANGE == ((1343, 1, 1), (1500, 12, 30))
    assert (dt.date(1924, 8, 1), dt.date(2077, 11, 16)) == UMM_AL_QURA_GREGORIAN_RANGE


def test_seams_with_the_tabular_calendar_are_contiguous() -> None:
    first, last = UMM_AL_QURA_GREGORIAN_RANGE
    before = HijriDate.from_gregorian(first - dt.timedelta(days=1))
    assert before.method is HijriMethod.TABULAR
    assert HijriDate.from_gregorian(first) == HijriDate(year=1343, month=1, day=1)
    assert before == HijriDate(year=1342, month=12, day=hijri_month_length(1342, 12))
    after = HijriDate.from_gregorian(last + dt.timedelta(days=1))
    assert after == HijriDate(year=1501, month=1, day=1)
    assert after.method is HijriMethod.TABULAR


def test_tabular_calendar_known_dates() -> None:
    assert HijriDate(year=1, month=1, day=1).to_gregorian() == FIRST_DAY
    # The arithmetical calendar's 30-year cycle: 10,631 days.
    assert (HijriDate(year=31, month=1, day=1).to_gregorian() - FIRST_DAY).days == 10631
    assert HijriDate(year=1300, month=1, day=1).method is HijriMethod.TABULAR


def test_month_lengths() -> None:
    assert hijri_month_length(1445, 9) == 30
    assert hijri_month_length(1446, 9) == 29
    assert {hijri_month_length(1600, m) for m in range(1, 12)} == {29, 30}
    assert hijri_month_length(1600, 1) == 30  # tabular: odd months have 30 days


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(1446, 9, 30), (1445, 13, 1), (1445, 0, 1), (0, 1, 1), (1445, 1, 0), (9999, 1, 1)],
)
def test_invalid_hijri_dates(year: int, month: int, day: int) -> None:
    with pytest.raises(CalendarError):
        HijriDate(year=year, month=month, day=day)


def test_before_the_hijri_era() -> None:
    with pytest.raises(CalendarError, match="before the Hijri era"):
        HijriDate.from_gregorian(FIRST_DAY - dt.timedelta(days=1))
    with pytest.raises(ValueError, match="before the Hijri era"):  # also a ValueError
        HijriDate.from_gregorian(dt.date(1, 1, 1))


@given(st.dates(min_value=UMM_AL_QURA_GREGORIAN_RANGE[0], max_value=UMM_AL_QURA_GREGORIAN_RANGE[1]))
def test_gregorian_hijri_gregorian_identity_umm_al_qura(day: dt.date) -> None:
    hijri = HijriDate.from_gregorian(day)
    assert hijri.method is HijriMethod.UMM_AL_QURA
    assert hijri.to_gregorian() == day


@given(st.dates(min_value=FIRST_DAY))
def test_gregorian_hijri_gregorian_identity_everywhere(day: dt.date) -> None:
    assert HijriDate.from_gregorian(day).to_gregorian() == day


@given(st.dates(min_value=FIRST_DAY, max_value=dt.date(9999, 12, 30)))
def test_hijri_is_monotonic(day: dt.date) -> None:
    today = HijriDate.from_gregorian(day)
    tomorrow = HijriDate.from_gregorian(day + dt.timedelta(days=1))
    assert today < tomorrow
    if tomorrow.day != 1:
        assert (tomorrow.year, tomorrow.month, tomorrow.day) == (
            today.year,
            today.month,
            today.day + 1,
        )
    else:
        assert today.day == hijri_month_length(today.year, today.month)


@given(st.integers(1, 9000), st.integers(1, 12), st.integers(1, 30))
def test_hijri_gregorian_hijri_identity(year: int, month: int, day: int) -> None:
    if day > hijri_month_length(year, month):
        with pytest.raises(CalendarError):
            HijriDate(year=year, month=month, day=day)
        return
    date = HijriDate(year=year, month=month, day=day)
    assert HijriDate.from_gregorian(date.to_gregorian()) == date
