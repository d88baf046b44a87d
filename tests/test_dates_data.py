"""Data self-tests: every entry of the date tables is found, with its meaning, in a sentence."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

import pytest

from diplomatext import Anchor, Calendar, HijriDate, find_dates, resolve_date
from diplomatext._lexical import fold
from diplomatext.data import months, named_dates, periods, relative, relative_words, units, weekdays
from tests.strategies import MONTH_NAMES
from tests.tables import load_script

REFERENCE = dt.date(2022, 1, 18)  # a Tuesday
SYSTEMS = {
    Calendar.GREGORIAN: months.PAN_ARAB,
    Calendar.LEVANTINE: months.LEVANTINE,
    Calendar.MAGHREBI: months.MAGHREBI,
    Calendar.MOROCCAN: months.MOROCCAN,
}
GREGORIAN = [
    (word, month, system) for system, table in SYSTEMS.items() for word, month in table.items()
]


def _one(text: str, reference: dt.date | None = REFERENCE) -> tuple[str, str]:
    found = find_dates(text, reference=reference)
    assert len(found) == 1, (text, [(m.text, m.value) for m in found])
    return found[0].text, found[0].value


def test_no_variant_in_two_month_tables() -> None:
    tables = [*SYSTEMS.values(), months.HIJRI, months.AMBIGUOUS_MONTHS]
    for first, second in combinations(tables, 2):
        assert not {fold(w) for w in first} & {fold(w) for w in second}


def test_every_system_names_twelve_months_with_pan_arab_fallbacks() -> None:
    assert set(months.PAN_ARAB.values()) == set(range(1, 13))
    assert set(months.LEVANTINE.values()) == set(range(1, 13))
    assert set(months.HIJRI.values()) == set(range(1, 13))


def test_context_tables_name_known_variants() -> None:
    known = {w for table in (*SYSTEMS.values(), months.HIJRI, months.LATIN) for w in table}
    assert known >= months.CONTEXT_ONLY
    assert known >= months.DAY_AND_YEAR_ONLY
    assert known >= months.NO_CLITIC


@pytest.mark.parametrize(("word", "month"), sorted(months.LATIN.items()))
def test_latin_month_in_a_sentence(word: str, month: int) -> None:
    text = f"نشر في 12 {word} 2021 على الموقع"
    found = find_dates(text)
    assert [(m.text, m.value) for m in found] == [(f"12 {word} 2021", f"2021-{month:02d}-12")]
    assert find_dates(f"قال {word} إن") == []  # alone, an English word


@pytest.mark.parametrize(("word", "weekday"), sorted(weekdays.LATIN_WEEKDAYS.items()))
def test_latin_weekday_beside_its_date(word: str, weekday: int) -> None:
    day = 3 + weekday  # 3 June 2024 was a Monday
    found = find_dates(f"نشر {word} {day} June 2024")
    assert [(m.text, m.value, m.notes) for m in found] == [
        (f"{word} {day} June 2024", f"2024-06-{day:02d}", ())
    ]
    assert find_dates(f"قال {word} إن") == []


@pytest.mark.parametrize(("word", "month", "system"), GREGORIAN, ids=[w for w, _, _ in GREGORIAN])
def test_gregorian_variant_in_a_sentence(word: str, month: int, system: Calendar) -> None:
    text = f"وقعت الاتفاقية في 12 {word} 2021 في العاصمة"
    found = find_dates(text)
    assert [(m.text, m.value, m.calendar) for m in found] == [
        (f"12 {word} 2021", f"2021-{month:02d}-12", system)
    ]


@pytest.mark.parametrize(
    ("word", "month"),
    [
        (w, m)
        for w, m in {
            **months.PAN_ARAB,
            **months.LEVANTINE,
            **months.MAGHREBI,
            **months.MOROCCAN,
        }.items()
        if w not in months.DAY_AND_YEAR_ONLY and w not in months.NO_CLITIC
    ],
)
def test_gregorian_variant_with_a_proclitic(word: str, month: int) -> None:
    found = find_dates(f"بين 3 يناير و{word} 2021")
    assert found[-1].text == f"{word} 2021"
    assert found[-1].value == f"2021-{month:02d}"


@pytest.mark.parametrize("word", sorted(months.AMBIGUOUS_MONTHS))
def test_ambiguous_variant_is_left_unresolved(word: str) -> None:
    assert _one(f"في 12 {word} 2021") == (f"12 {word} 2021", "2021-XX-12")
    assert find_dates(f"قال {word} إن") == []


@pytest.mark.parametrize(("word", "month"), sorted(months.HIJRI.items()))
def test_hijri_variant_in_a_sentence(word: str, month: int) -> None:
    expected = HijriDate(year=1443, month=month, day=12).to_gregorian().isoformat()
    found = find_dates(f"صدر القرار في 12 {word} 1443 هـ")
    assert [(m.text, m.value, m.hijri) for m in found] == [
        (f"12 {word} 1443 هـ", expected, f"1443-{month:02d}-12")
    ]
    assert find_dates(f"قال {word} للصحفيين") == []


@pytest.mark.parametrize(("word", "weekday"), sorted(relative.WEEKDAYS.items()))
def test_weekday_variant(word: str, weekday: int) -> None:
    found = find_dates(f"وقال {word} الماضي", reference=REFERENCE)
    assert len(found) == 1
    assert found[0].first is not None
    assert found[0].first.weekday() == weekday
    assert found[0].first < REFERENCE


@pytest.mark.parametrize(("word", "offset"), sorted(relative.DAY_WORDS.items()))
def test_day_word(word: str, offset: int) -> None:
    text, value = _one(f"وقال {word} إن")
    assert text == word
    assert value == (REFERENCE + dt.timedelta(days=offset)).isoformat()


@pytest.mark.parametrize("word", sorted(relative.TIMES_OF_DAY))
def test_time_of_day_prefix(word: str) -> None:
    assert _one(f"وقال {word} الأربعاء إن") == (f"{word} الأربعاء", "2022-01-12")


@pytest.mark.parametrize(("word", "role"), sorted(relative.UNIT_WORDS.items()))
def test_unit_word(word: str, role: tuple[str, str]) -> None:
    unit, form = role
    expected_year = {"year": "2021", "month": "2021-12", "week": "2022-W02", "day": "2022-01-17"}
    if form == "definite":
        text = f"خلال {word} الماضي"
        if word.endswith("ة"):
            text = f"خلال {word} الماضية"
        assert _one(text)[1] == expected_year[unit]
    elif form == "definite plural":
        assert _one(f"خلال {word} الماضية")[1] == "PAST_REF"
    elif form == "single":
        assert _one(f"وصل قبل {word} إلى")[1] == expected_year[unit]
    elif form == "dual":
        assert _one(f"وصل قبل {word} إلى")[0] == f"قبل {word}"
    elif form == "plural":
        assert _one(f"وصل قبل 3 {word} إلى")[0] == f"قبل 3 {word}"
    elif form == "this":  # هالأسبوع: ها glued to the unit, the reference's own
        this = {"year": "2022", "month": "2022-01", "week": "2022-W03"}
        assert _one(f"قال إن {word} صعب")[1] == this[unit]
    elif form == "definite dual":  # اليومين الماضيين, السنتين الماضيتين: the two before
        adjective = "الماضيتين" if word.endswith("تين") else "الماضيين"
        found = _one(f"خلال {word} {adjective}")
        assert found[0] == f"{word} {adjective}"
        assert found[1].split("/")[1] == expected_year[unit]
    else:
        assert _one(f"وصل منذ 11 {word} إلى")[0] == f"منذ 11 {word}"


@pytest.mark.parametrize(("word", "offset"), sorted(relative.RELATIVE_WORDS.items()))
def test_relative_word(word: str, offset: int) -> None:
    unit = "السنة" if word.endswith("ة") else "العام"
    assert _one(f"في {unit} {word}")[1] == str(2022 + offset)


@pytest.mark.parametrize(("word", "mod"), sorted(relative.PERIOD_PARTS.items()))
def test_period_part(word: str, mod: str) -> None:
    (mention,) = find_dates(f"في {word} مارس 2020")
    if word in relative.MONTH_DAY_WORDS:  # أول مارس: the 1st; أول 2020: the first third
        assert (mention.text, mention.value) == (f"{word} مارس 2020", "2020-03-01")
        (mention,) = find_dates(f"في {word} 2020")
        assert (mention.text, mention.value, mention.mod) == (f"{word} 2020", "2020", mod)
        return
    assert (mention.text, mention.value, mention.mod) == (f"{word} مارس 2020", "2020-03", mod)


@pytest.mark.parametrize("word", sorted(relative.APPROX_WORDS))
def test_approximation(word: str) -> None:
    (mention,) = find_dates(f"في {word} عام 2000")
    assert (mention.value, mention.mod) == ("2000", "APPROX")


@pytest.mark.parametrize(("word", "code"), sorted(relative.SEASONS.items()))
def test_season(word: str, code: str) -> None:
    assert _one(f"في {word} 2021")[1] == f"2021-{code}"


@pytest.mark.parametrize(("word", "code"), sorted(relative.QUARTERS.items()))
def test_quarter(word: str, code: str) -> None:
    assert _one(f"في {word} من عام 2021")[1] == f"2021-{code}"


@pytest.mark.parametrize(("word", "era"), sorted(relative.ERA_MARKS.items()))
def test_era_mark(word: str, era: str) -> None:
    year = 1445 if era == "hijri" else 2021
    (mention,) = find_dates(f"في {year} {word} وقع")
    assert mention.text == f"{year} {word}"
    assert (mention.hijri is not None) == (era == "hijri")


@pytest.mark.parametrize(("word", "day"), sorted(relative.ORDINAL_DAYS.items()))
def test_ordinal_day(word: str, day: int) -> None:
    assert _one(f"في {word} من مايو 2021") == (f"{word} من مايو 2021", f"2021-05-{day:02d}")


@pytest.mark.parametrize(("word", "count"), sorted(relative.NUMBER_WORDS.items()))
def test_number_word(word: str, count: int) -> None:
    unit = "أيام" if count <= 10 else "يوما"
    assert (
        _one(f"وصل قبل {word} {unit} إلى")[1] == (REFERENCE - dt.timedelta(days=count)).isoformat()
    )


@pytest.mark.parametrize("word", sorted(relative.VAGUE_COUNTS))
def test_vague_count(word: str) -> None:
    assert _one(f"وصل قبل {word} أيام إلى")[1] == "PAST_REF"


@pytest.mark.parametrize(("word", "value"), sorted(relative.VAGUE_WORDS.items()))
def test_vague_word(word: str, value: str) -> None:
    assert _one(f"وقال {word} إن") == (word, value)


@pytest.mark.parametrize("word", sorted(relative.YEAR_CUES))
def test_year_cue(word: str) -> None:
    assert _one(f"وقال {word} 2011 إن") == ("2011", "2011")
    assert find_dates(f"وقال {word} 16978 إن") == []


@pytest.mark.parametrize("word", sorted(relative.EVENT_TRIGGERS))
def test_event_trigger(word: str) -> None:
    (mention,) = find_dates(f"في ذكرى {word} 9 مارس", reference=REFERENCE)
    assert mention.anchor is Anchor.EVENT


@pytest.mark.parametrize(
    ("month", "day", "year", "trigger"),
    [(m, d, y, t) for m, d, y, triggers, _ in relative.KNOWN_EVENTS for t in sorted(triggers)],
)
def test_known_event(month: int, day: int | None, year: int, trigger: str) -> None:
    written = f"{day} {MONTH_NAMES[month - 1]}" if day else MONTH_NAMES[month - 1]
    (mention,) = find_dates(f"في {trigger} {written}", reference=REFERENCE)
    assert mention.value.startswith(str(year))
    assert mention.anchor is Anchor.EVENT


@pytest.mark.parametrize("word", sorted(relative.PLACE_TRIGGERS))
def test_place_trigger(word: str) -> None:
    assert find_dates(f"في {word} 6 أكتوبر") == []


@pytest.mark.parametrize(
    ("weekday", "word"),
    [(w, b) for w, blockers in relative.NOT_A_DATE_BEFORE.items() for b in sorted(blockers)],
)
def test_not_a_weekday_after(weekday: str, word: str) -> None:
    assert find_dates(f"قال {word} {weekday} إن") == []


@pytest.mark.parametrize("word", sorted(relative.FUTURE_CUES))
def test_future_cue(word: str) -> None:
    reference = dt.date(2021, 7, 1)
    assert _one(f"وقال إن الاجتماع {word} في 15 يونيو", reference)[1] == "2022-06-15"
    assert _one("وقال إن الاجتماع عقد في 15 يونيو", reference)[1] == "2021-06-15"


@pytest.mark.parametrize("word", sorted(relative.TIME_PREPOSITIONS))
def test_time_preposition_makes_a_month(word: str) -> None:
    assert _one(f"وقال {word} مارس إن")[0] == "مارس"


@pytest.mark.parametrize("tod", sorted(relative.TIMES_OF_DAY))
@pytest.mark.parametrize(("word", "offset"), sorted(relative.DAY_WORDS_AFTER_TIME.items()))
def test_day_word_after_a_time_of_day(tod: str, word: str, offset: int) -> None:
    expected = (REFERENCE + dt.timedelta(days=offset)).isoformat()
    assert _one(f"وقال {tod} {word} إن") == (f"{tod} {word}", expected)
    assert find_dates(f"من أجل {word} أفضل", reference=REFERENCE) == []


@pytest.mark.parametrize(("word", "day"), sorted(relative.MONTH_DAY_WORDS.items()))
def test_month_day_word(word: str, day: int) -> None:
    expected = "2021-05-01" if day == 1 else "2021-05-31"
    assert _one(f"في {word} مايو 2021") == (f"{word} مايو 2021", expected)
    hijri_day = 1 if day == 1 else 30  # Ramadan 1445 has 30 days in Umm al-Qura
    expected_hijri = HijriDate(year=1445, month=9, day=hijri_day).to_gregorian().isoformat()
    assert _one(f"في {word} شهر رمضان 1445") == (f"{word} شهر رمضان 1445", expected_hijri)
    assert _one(f"في {word} الشهر المقبل")[1] == ("2022-02-01" if day == 1 else "2022-02-28")
    assert find_dates(f"قال إن {word} القوم", reference=REFERENCE) == []


@pytest.mark.parametrize("word", sorted(relative.ANAPHORIC_WORDS))
@pytest.mark.parametrize("unit", ["العام", "الشهر", "الأسبوع"])
def test_anaphoric_word_blocks_the_current_unit(word: str, unit: str) -> None:
    assert _one(f"حتى نهاية {unit} وقال")[0] == f"نهاية {unit}"
    assert find_dates(f"حتى نهاية {unit} {word} وقال", reference=REFERENCE) == []


@pytest.mark.parametrize("word", sorted(relative.COUNTED_NOUNS))
def test_counted_noun_makes_a_count(word: str) -> None:
    assert find_dates(f"وقال في 2000 {word} إن", reference=REFERENCE) == []
    assert find_dates(f"وقال منذ 1900 {word} إن", reference=REFERENCE) == []
    assert _one(f"وقال في 2000، {word} إن") == ("2000", "2000")
    assert _one(f"وقال في عام 2000 {word} إن") == ("عام 2000", "2000")


@pytest.mark.parametrize(("word", "digit"), sorted(relative.DECADES.items()))
def test_decade(word: str, digit: int) -> None:
    reference = dt.date(2023, 6, 27)
    expected = f"19{digit}"  # the twenties have not ended by 2023: the 1920s
    assert _one(f"وفي {word} القرن الماضي", reference) == (f"{word} القرن الماضي", expected)
    if word.startswith("ال"):
        assert _one(f"وفي {word} قال", reference) == (word, expected)
    else:
        assert find_dates(f"وفي {word} قال", reference=reference) == []


@pytest.mark.parametrize(("word", "hundreds"), sorted(relative.CENTURIES.items()))
def test_century(word: str, hundreds: int) -> None:
    if hundreds < 0:
        assert _one(f"في تسعينيات {word} الماضي") == (f"تسعينيات {word} الماضي", "199")
        assert find_dates(f"في تسعينيات {word}", reference=REFERENCE) == []
    else:
        assert _one(f"في الخمسينيات من {word}", None) == (
            f"الخمسينيات من {word}",
            f"{hundreds:02d}5",
        )


@pytest.mark.parametrize("word", sorted(relative.STANDALONE_LEAD_WORDS))
def test_standalone_lead_word(word: str) -> None:
    mention = resolve_date(f"{word} رمضان", reference=REFERENCE)
    assert mention is not None
    assert mention.text == "رمضان"
    assert resolve_date(f"قال {word} رمضان", reference=REFERENCE) is None


@pytest.mark.parametrize("word", sorted(relative.RANGE_CONNECTORS))
def test_range_connector(word: str) -> None:
    assert _one(f"تقام المعارض من 9 {word} 12 مايو 2021") == (
        f"من 9 {word} 12 مايو 2021",
        "2021-05-09/2021-05-12",
    )
    assert _one(f"وقال بين عامي 2019 {word} 2021") == (f"بين عامي 2019 {word} 2021", "2019/2021")


@pytest.mark.parametrize("word", sorted(relative.RANGE_INTRO_WORDS))
def test_range_intro_word_joins_the_span(word: str) -> None:
    assert _one(f"وقال {word} 9 و12 مايو 2021") == (
        f"{word} 9 و12 مايو 2021",
        "2021-05-09/2021-05-12",
    )
    assert _one(f"وقال {word} 2019 و2021") == (f"{word} 2019 و2021", "2019/2021")


@pytest.mark.parametrize("word", sorted(relative.DATE_EQUIVALENCE_WORDS))
@pytest.mark.parametrize("lam", ["", " لـ", " ل"])
def test_date_equivalence_word(word: str, lam: str) -> None:
    weekday = f"يوم الأحد {word}{lam} 25 يونيو 2023"
    assert _one(f"وعقد الاجتماع {weekday} في") == (weekday, "2023-06-25")
    dual = f"15 جمادى الآخرة 1443 هـ {word}{lam} 18 يناير 2022 م"
    (mention,) = find_dates(f"صدر في {dual}")
    assert (mention.text, mention.value, mention.hijri) == (dual, "2022-01-18", "1443-06-15")


@pytest.mark.parametrize(("word", "sign"), sorted(relative.DISTANCE_WORDS.items()))
def test_distance_word(word: str, sign: int) -> None:
    expected = (REFERENCE + dt.timedelta(days=2 * sign)).isoformat()
    assert _one(f"وصل {word} يومين إلى") == (f"{word} يومين", expected)
    assert _one(f"وصل و{word} يومين إلى") == (f"{word} يومين", expected)


@pytest.mark.parametrize("word", sorted(relative.NOT_A_DISTANCE_AFTER))
@pytest.mark.parametrize("distance", sorted(relative.DISTANCE_WORDS))
def test_not_a_distance_after(word: str, distance: str) -> None:
    assert find_dates(f"وصل {distance} يومين {word} الاجتماع", reference=REFERENCE) == []


@pytest.mark.parametrize(("word", "value"), sorted(relative.AFTER_DEFINITE_PLURAL.items()))
@pytest.mark.parametrize("few", ["", *sorted(relative.FEW_WORDS)])
def test_after_definite_plural(word: str, value: str, few: str) -> None:
    written = f"الأيام {few} {word}" if few else f"الأيام {word}"
    assert _one(f"وقال خلال {written} إن") == (written, value)


@pytest.mark.parametrize(
    ("weekday", "word"),
    [(w, b) for w, blockers in relative.NOT_A_DATE_AFTER.items() for b in sorted(blockers)],
)
def test_not_a_weekday_before(weekday: str, word: str) -> None:
    assert find_dates(f"قال إن {weekday} {word} عضوا", reference=REFERENCE) == []
    assert len(find_dates(f"قال إن {weekday} عضوا", reference=REFERENCE)) == 1


@pytest.mark.parametrize(("word", "years"), sorted(units.SPAN_WORDS.items()))
def test_span_word(word: str, years: int) -> None:
    assert _one(f"وقع ذلك قبل {word} وعاد") == (f"قبل {word}", str(REFERENCE.year - years))


@pytest.mark.parametrize(("word", "count"), sorted(units.DEFINITE_COUNTS.items()))
def test_definite_count(word: str, count: int) -> None:
    first = REFERENCE - dt.timedelta(days=count)
    last = REFERENCE - dt.timedelta(days=1)
    assert _one(f"قتل عشرة خلال الأيام {word} الماضية") == (
        f"الأيام {word} الماضية",
        f"{first.isoformat()}/{last.isoformat()}",
    )


@pytest.mark.parametrize("word", sorted(units.AGO_AFTER_WORDS))
def test_ago_after_word(word: str) -> None:
    assert _one(f"وصل الوفد 3 أيام {word}") == (f"3 أيام {word}", "2022-01-15")
    assert find_dates(f"عشرة أعوام {word} على الحرب", reference=REFERENCE) == []


@pytest.mark.parametrize("word", sorted(relative_words.NEW_WORDS))
def test_new_year_word(word: str) -> None:
    unit = "السنة" if word.endswith("ة") else "العام"
    assert _one(f"مع حلول {unit} {word}") == (f"{unit} {word}", "2022")
    assert _one(f"مع حلول {unit} {word}", dt.date(2021, 12, 20))[1] == "2022"
    assert _one(f"مع حلول {unit} {word}", dt.date(2021, 6, 20))[1] == "2021"


def _nth(weekday: int, rank: int, year: int = 2022, month: int = 3) -> str:
    """The *rank*-th *weekday* of a month (-1: the last), as ISO."""
    if rank > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rank - 1))
    else:
        last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day.isoformat()


@pytest.mark.parametrize(("word", "weekday"), sorted(weekdays.BARE_WEEKDAYS.items()))
def test_bare_weekday_after_an_ordinal(word: str, weekday: int) -> None:
    assert _one(f"في ثاني {word} من مارس 2022") == (f"ثاني {word} من مارس 2022", _nth(weekday, 2))
    assert find_dates(f"قال {word} الحضور", reference=REFERENCE) == []


@pytest.mark.parametrize(("word", "rank"), sorted(weekdays.NTH_WORDS.items()))
def test_rank_of_a_weekday(word: str, rank: int) -> None:
    # after a weekday (الخميس الأخيرة من مارس), or before a bare one (آخر خميس من مارس)
    after = word.startswith("ال")
    text = f"الخميس {word} من مارس 2022" if after else f"{word} خميس من مارس 2022"
    assert _one(f"يعقد المؤتمر {text}") == (text, _nth(3, rank))


@pytest.mark.parametrize(("word", "day"), sorted(named_dates.FEASTS.items()))
def test_feast(word: str, day: tuple[int, int]) -> None:
    expected = HijriDate(year=1445, month=day[0], day=day[1]).to_gregorian().isoformat()
    assert _one(f"بمناسبة {word} 1445 هـ") == (f"{word} 1445 هـ", expected)
    gregorian = HijriDate(year=1441, month=day[0], day=day[1]).to_gregorian()
    assert _one(f"بمناسبة {word} {gregorian.year}")[1] == gregorian.isoformat()


@pytest.mark.parametrize("word", sorted(periods.MONTH_ONLY_PARTS))
def test_month_only_part(word: str) -> None:
    (mention,) = find_dates(f"في {word} شهر مارس 2020", reference=REFERENCE)
    assert (mention.text, mention.value, mention.mod) == (f"{word} شهر مارس 2020", "2020-03", "MID")
    assert find_dates(f"استغرق {word} الشهر", reference=REFERENCE) == []


def test_future_shaped_names_are_generated_from_the_persons_table() -> None:
    """``data/name_words.py`` lists the persons' names shaped as سـ + a verb; regenerate it
    with ``python scripts/make_name_words.py`` when the persons table changes."""
    module = load_script("make_name_words")
    assert module.OUT.read_text(encoding="utf-8") == module.render()


@pytest.mark.parametrize("name", ["سيرغي لافروف", "ستيفان دي ميستورا", "نيكولا ساركوزي"])
def test_a_name_shaped_like_a_future_verb_is_no_future_cue(name: str) -> None:
    """التقى سيرغي لافروف في 20 نوفمبر, written in March, is last November."""
    mention = find_dates(f"التقى {name} في 20 نوفمبر", reference=dt.date(2024, 3, 10))[0]
    assert mention.value == "2023-11-20"
