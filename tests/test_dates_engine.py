"""Tests of the date finder's machinery: the scan, the named rules, prepared input, scale."""

from __future__ import annotations

import datetime as dt
import re
import time
import tracemalloc
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatext import DateMention, find_dates, normalize_with_map
from diplomatext._lexical import fold, trie_pattern
from diplomatext.data import eras, months, relative_words
from diplomatext.dates import RULE_NAMES
from diplomatext.dates._grammar import RULES
from diplomatext.dates._lexicon import Tok, lexicon, tokens
from diplomatext.errors import OptionError
from diplomatext.normalize import MATCHING, NormalizeOptions, prepare
from tests.tables import load_cases

if TYPE_CHECKING:
    from collections.abc import Callable

CASES = load_cases("dates.jsonl")
REFERENCE = dt.date(2022, 1, 18)

# -- the scan: the same tokens as one pattern with look-behinds ----------------------------


def _reference_tokens(text: str) -> list[tuple[int, int, str, str]]:  # noqa: C901, PLR0915
    """The tokens of the single pattern the scan replaced (look-behinds, one finditer).

    With the changes made since: a number glued to a word on its left is kept when it
    opens a numeric date or is a day before a month name, glued on its right when it is
    a year after عام; an English ordinal suffix (7th) is part of its number; the T of an
    ISO timestamp glues nothing; the parts of a decimal number are no tokens; للـ before a
    number is ل and the article (للـ16 من يونيو).
    """
    lex = lexicon()
    latin_months = {name.lower() for name in months.LATIN}
    # since: a relative adjective glued to the word before (ديسمبرالماضي) is a token of its own
    glued = "(?:" + trie_pattern(relative_words.GLUED_ADJECTIVES) + r")(?![^\W\d_])"
    # since: an era's word glued to a year (1445هجري) is its era mark, as هـ is
    era_words = "|".join(
        sorted(
            {fold(m) for m in eras.ERA_MARKS if len(m) > 2 and not m.startswith(("ال", "لل"))},
            key=len,
            reverse=True,
        )
    )
    pattern = re.compile(
        r"(?:(?<![^\W\d_])(?P<wcl>[وف]?[بل]?)(?P<word>"
        + trie_pattern(lex.roles)
        + rf")(?:(?![^\W\d_])|(?={glued}))(?!(?<=[0-9])[0-9])"
        r"|(?:(?<!\w)(?P<ncl>[وف]?[بلك]?)(?P<nal>ال|(?<=ل)ل)?|(?<=[^\W\d_]))"
        r"(?P<num>[0-9]{1,12})(?P<nera>(?:ه|م|ء|" + era_words + r")(?![^\W\d_]))?(?![0-9]))"
    )
    raw: list[tuple[tuple[int, int, str, str], bool, bool, bool]] = []  # token, left, right, num

    def model(start: int) -> bool:  # F16, F-16: Latin letters glued before digits (not GMT22)
        found = re.search(r"(?<![A-Za-z])([A-Za-z]{1,6})-?$", text[:start])
        # (since: nor a Latin month, 25-Oct-2014)
        return found is not None and found.group(1).lower() not in {"gmt", "utc", *latin_months}

    decimals = [  # since: the parts of a decimal number (5.798, not 25.7.2022) are no tokens
        found.span()
        for found in re.finditer(
            r"(?<![0-9])(?<![0-9][./-])[0-9]+[.\u066b][0-9]+(?![0-9])(?![./-][0-9])", text
        )
    ]
    for match in pattern.finditer(text):
        if match.group("num") is not None:
            if any(low <= match.start("num") < high for low, high in decimals):
                continue
            start = match.start("nal") if match.group("nal") else match.start("num")
            end = match.end()
            if not match.group("nera") and re.match(
                r"(?:st|nd|rd|th|ST|ND|RD|TH)(?![^\W\d_])", text[end:]
            ):
                end += 2  # since: an English ordinal suffix is part of the number
            left = match.start() > 0 and text[match.start() - 1].isalpha()
            left = left or (match.start() > 0 and text[match.start() - 1] == "-" and model(start))
            right = end < len(text) and text[end].isalpha()
            right = right and not re.match(r"T[0-9]{2}:[0-9]{2}", text[end:])  # since: ISO time
            raw.append(((start, end, match.group("num"), "num"), left, right, True))
            continue
        word, clitic = match.group("word"), match.group("wcl")
        if clitic and word in lex.no_clitic and clitic[-1] in "بل":
            continue
        if clitic == "ف" and lex.roles[word].gmonth is not None:
            continue  # since: no month takes ف (فافريل is a name)
        left = match.start() > 0 and "0" <= text[match.start() - 1] <= "9"
        right = match.end() < len(text) and "0" <= text[match.end()] <= "9"
        tail = re.match(glued, text[match.end() :])
        if tail and lex.roles[word].dayword is not None:
            continue  # since: a day word glued to an adjective (اليومالتالي) is no token
        raw.append(((match.start("word"), match.end(), word, "word"), left, right, False))
        if tail:
            start = match.end()
            raw.append(((start, start + tail.end(), tail.group(), "word"), False, False, False))

    def glued_ok(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
        if a[1] != b[0] or a[3] == b[3]:
            return False
        roles = lex.roles[(b if a[3] == "num" else a)[2]]
        return bool(
            roles.gmonth or roles.hmonth or roles.unit in {("year", "definite"), ("year", "single")}
        )

    def opens_numeric_date(index: int) -> bool:  # للطباعة2021.03.15, glued by a scraper
        token = raw[index][0]
        if token[3] != "num" or index + 1 >= len(raw):
            return False
        after = raw[index + 1][0]
        return (
            after[3] == "num"
            and after[0] == token[1] + 1
            and text[token[1]] in "/.-"
            and not (after[1] < len(text) and text[after[1]].isalpha())
        )

    def day_before(index: int, gap: str, units: frozenset[tuple[str, str]] = frozenset()) -> bool:
        """Whether a day of one or two digits at *index* is followed by *gap* and a month."""
        token = raw[index][0]
        if token[3] != "num" or len(token[2]) > 2 or index + 1 >= len(raw):
            return False
        after = raw[index + 1][0]
        roles = lex.roles.get(after[2]) if after[3] == "word" else None
        return (
            roles is not None
            and bool(roles.gmonth or roles.hmonth or roles.unit in units)
            and text[token[1] : token[1] + len(gap)] == gap
            and after[0] == token[1] + len(gap)
        )

    def day_before_month(index: int) -> bool:  # في12 تشرين الأول
        return day_before(index, " ") and not model(raw[index][0][0])

    def closes_numeric_date(index: int) -> bool:  # since: 17-05-2020الكاتب, glued by a scraper
        token = raw[index][0]
        if token[3] != "num" or len(token[2]) != 4 or not index:
            return False
        before = raw[index - 1][0]
        return (
            before[3] == "num"
            and len(before[2]) <= 2
            and before[1] + 1 == token[0]
            and text[before[1]] in "/.-"
            and before[0] >= 2
            and text[before[0] - 1] == text[before[1]]
            and "0" <= text[before[0] - 2] <= "9"
        )

    def year_after_unit(index: int) -> bool:  # عام 1998حول
        token = raw[index][0]
        if token[3] != "num" or len(token[2]) != 4 or not index:
            return False
        before = raw[index - 1][0]
        roles = lex.roles.get(before[2]) if before[3] == "word" else None
        # since: after a month too, when an Arabic letter is glued on (17 سبتمبر 1978بين)
        after_month = (
            roles is not None
            and bool(roles.gmonth or roles.hmonth)
            and "\u0621" <= text[token[1] : token[1] + 1] <= "\u064a"
        )
        return (
            roles is not None
            and (roles.unit in {("year", "definite"), ("year", "single")} or after_month)
            and before[1] + 1 == token[0]
            and text[before[1]] == " "
        )

    def day_glued_to_of(index: int) -> bool:  # since: 12من ديسمبر, 22من الشهر
        return day_before(index, "من ", frozenset({("month", "definite"), ("month", "single")}))

    def glued_to_in(index: int) -> bool:  # since: في29 و30 مارس, a number glued to في alone
        start = word_start = raw[index][0][0]
        while word_start > 0 and re.match(r"[^\W\d_]", text[word_start - 1]):
            word_start -= 1
        return text[word_start:start] in {"في", "وفي"}

    kept = []
    for index, (token, left, right, _num) in enumerate(raw):
        glued_left = left and not (index and glued_ok(raw[index - 1][0], token))
        # since: a day glued on both sides is kept when a month is glued on its right
        month_right = right and index + 1 < len(raw) and glued_ok(token, raw[index + 1][0])
        if (
            glued_left
            and not opens_numeric_date(index)
            and not day_before_month(index)
            and not month_right
            and not glued_to_in(index)
        ):
            continue
        glued_right = right and not (index + 1 < len(raw) and glued_ok(token, raw[index + 1][0]))
        if (
            glued_right
            and not year_after_unit(index)
            and not closes_numeric_date(index)
            and not day_glued_to_of(index)
        ):
            continue
        kept.append(token)
    return kept


def _scanned(text: str) -> list[tuple[int, int, str, str]]:
    def kind(tok: Tok) -> str:
        return "num" if tok.num is not None else "word"

    return [(tok.start, tok.end, tok.form, kind(tok)) for tok in tokens(text)]


_SCAN_PIECES = st.sampled_from(
    [
        " ", "", "\n", "،", "_", "x", "5", "12", "2021", "123456789012345", "٢", "²",
        "و", "ف", "ب", "ل", "ك", "ال", "وبال", "لل", "ه", "م", "ء", "هـ",
        "فبراير", "كانون", "كانون 2", "ك2", "ت1", "الثاني", "عام", "العام", "رمضان", "الأحد",
        "مايو", "يوم", "أمس", "الماضي", "/", "-", ".", "من ", "المقبل", "الشهر", "اليوم",
        "التالي",
    ]
)  # fmt: skip


@given(st.lists(_SCAN_PIECES, max_size=40).map("".join))
def test_scan_finds_what_one_pattern_finds(text: str) -> None:
    folded = prepare(text).text
    assert _scanned(folded) == _reference_tokens(folded)


@pytest.mark.parametrize("case", CASES, ids=[case["label"] for case in CASES])
def test_scan_of_the_case_table_is_unchanged(case: dict[str, object]) -> None:
    folded = prepare(str(case["text"])).text
    assert _scanned(folded) == _reference_tokens(folded)


# -- named rules ---------------------------------------------------------------------------


def test_rule_names_are_unique_and_public() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES) == len(RULES)
    assert tuple(rule.name for rule in RULES) == RULE_NAMES


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_each_rule_makes_its_first_example(rule: object) -> None:
    name, example = rule.name, rule.example.split(", ")[0]  # type: ignore[attr-defined]
    found = find_dates(example, reference=REFERENCE)
    assert [(m.text, m.rule) for m in found] == [(example, name)]


def test_every_mention_says_its_rule_and_round_trips() -> None:
    for case in CASES:
        for mention in find_dates(case["text"], reference=REFERENCE):
            assert mention.rule in RULE_NAMES
            data = mention.to_dict()
            assert data["rule"] == mention.rule
            assert DateMention.from_dict(data) == mention


def test_a_record_without_a_rule_still_loads() -> None:
    data = find_dates("في 5 فبراير 2021")[0].to_dict()
    del data["rule"]
    assert DateMention.from_dict(data).rule == ""


# -- prepared input ------------------------------------------------------------------------


def test_prepared_text_gives_the_same_mentions() -> None:
    for case in CASES:
        text = case["text"]
        reference = dt.date.fromisoformat(case["reference"]) if case.get("reference") else None
        prepared = prepare(text)
        assert find_dates(prepared, reference=reference) == find_dates(text, reference=reference)


def test_prepared_text_with_other_options_is_refused() -> None:
    other = normalize_with_map("في 5 فبراير 2021", NormalizeOptions(digits=False))
    assert other.options != MATCHING
    with pytest.raises(OptionError, match="MATCHING"):
        find_dates(other)


def test_prepared_text_obeys_max_chars() -> None:
    from diplomatext import InputTooLargeError  # noqa: PLC0415

    with pytest.raises(InputTooLargeError):
        find_dates(prepare("أمس " * 10), max_chars=5)


# -- scale: no recursion, linear time, bounded memory --------------------------------------


def _cpu(function: Callable[[], object]) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def _growth(make: Callable[[int], str], size: int) -> float:
    """CPU time of 4x the input over 1x (best of three each): about 4 when linear."""
    small, large = make(size), make(4 * size)
    find_dates(small, max_chars=None)  # warm up
    one = min(_cpu(lambda: find_dates(small, max_chars=None)) for _ in range(3))
    four = min(_cpu(lambda: find_dates(large, max_chars=None)) for _ in range(3))
    return four / max(one, 1e-6)


def test_a_long_chain_of_ranges_is_no_recursion() -> None:
    found = find_dates("فجر الجمعة 10 أكتوبر حتى " * 3000, reference=REFERENCE, max_chars=None)
    assert len(found) == 1500
    assert {m.rule for m in found} == {"prefixed"}


def test_a_long_chain_of_times_of_day_is_no_recursion() -> None:
    assert find_dates("مساء " * 5000) == []
    found = find_dates("مساء " * 5000 + "الأربعاء", reference=REFERENCE)
    assert [(m.start, m.value, m.rule) for m in found] == [(0, "2022-01-12", "prefixed")]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "مساء " * (n // 5), id="times-of-day"),
        pytest.param(lambda n: "1/1/" * (n // 4), id="slash-chain"),
        pytest.param(lambda n: "2021 " * (n // 5), id="year-chain"),
        pytest.param(lambda n: "فجر الجمعة 10 أكتوبر حتى " * (n // 25), id="range-chain"),
    ],
)
def test_hostile_chains_take_linear_time(make: Callable[[int], str]) -> None:
    # quadratic work would grow 16x; a generous bound for a shared machine
    assert _growth(make, 20_000) < 10


@pytest.mark.parametrize(
    "text",
    [pytest.param("1/1/" * 25_000, id="slash-chain"), pytest.param("2021 " * 20_000, id="years")],
)
def test_hostile_chains_take_bounded_memory(text: str) -> None:
    tracemalloc.start()
    try:
        find_dates(text, max_chars=None)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # every token kept would take about 120 bytes per input byte
    assert peak < 20 * len(text.encode("utf-8"))


def test_two_breaks_around_an_emptied_line_are_one_space() -> None:
    # a narrow column whose line of a lone tatweel the normalization empties: its two breaks
    # map to one in the normalized text, which stays as long as before (a fuzzing find)
    text = "/3/45ه\nـ\nجمعهما\nنقل\nنقل .\nبناء\nبأي\nالخميس"
    for mention in find_dates(text, reference=dt.date(2007, 3, 21)):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
