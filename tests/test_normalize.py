"""Tests of diplomatext.normalize: tables of real cases and properties on any Unicode."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    LIGHT,
    MATCHING,
    SEARCH,
    STANDARD,
    InputError,
    NormalizeOptions,
    OptionError,
    SpanError,
    normalize,
    normalize_with_map,
)
from diplomatext.normalize import STEP_NAMES
from tests.strategies import any_text, arabic_text
from tests.tables import case_params, load_cases

CASES = load_cases("normalize.jsonl")
PROFILES = {"light": LIGHT, "standard": STANDARD, "search": SEARCH, "matching": MATCHING}
ALL_OPTIONS = [
    *PROFILES.values(),
    NormalizeOptions(dagger_alef="alef"),
    NormalizeOptions(whitespace=False, invisible=False, compose_hamza=False),
]


def test_case_labels_and_inputs_are_unique() -> None:
    labels = [case["label"] for case in CASES]
    assert len(labels) == len(set(labels))
    keys = [(case["text"], case["profile"]) for case in CASES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict[str, Any]) -> None:
    assert normalize(case["text"], case["profile"]) == case["expected"]
    result = normalize_with_map(case["text"], case["profile"])
    assert result.text == case["expected"]
    _check_map(result)


def test_every_non_basic_seed_character_has_a_case() -> None:
    # Characters outside ASCII and the basic Arabic letters that the five seed
    # articles contain (see ../shared/reference/normalization_notes.md section 2).
    seed_chars = "«»،؛ًَُِّ١٩ی۔–“”…"
    covered = "".join(case["text"] for case in CASES)
    assert [c for c in seed_chars if c not in covered] == []


def _groups(result: diplomatext.Normalized) -> list[tuple[int, int, int, int]]:
    """Maximal runs of normalized characters that map to the same original span."""
    groups: list[tuple[int, int, int, int]] = []
    for index in range(len(result.text)):
        start, end = result.to_original(index, index + 1)
        if groups and groups[-1][2:] == (start, end):
            groups[-1] = (groups[-1][0], index + 1, start, end)
        else:
            groups.append((index, index + 1, start, end))
    return groups


def _check_map(result: diplomatext.Normalized) -> None:
    previous_end = 0
    for n_start, n_end, o_start, o_end in _groups(result):
        assert 0 <= o_start < o_end <= len(result.original)
        assert o_start >= previous_end, "original spans overlap or go backwards"
        previous_end = o_end
        piece = result.original[o_start:o_end]
        if _digit_dash(result, o_start, o_end):
            # the one rule that reads context: tatweels between two digits are a dash
            assert result.text[n_start:n_end] in {"-", " - "}, piece
            continue
        assert normalize(piece, result.options) == result.text[n_start:n_end], piece


def _digit_dash(result: diplomatext.Normalized, start: int, end: int) -> bool:
    """Whether ``original[start:end]`` is tatweels (and spaces) between two digits.

    2019ـ2020 and 6 ـ 10 (spaces around the tatweels), with tatweel deleted: a dash.
    """
    text = result.original
    if not result.options.tatweel or "\u0640" not in text[start:end]:
        return False
    if set(text[start:end]) - {"\u0640", " "}:
        return False
    while start > 0 and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    return start > 0 and end < len(text) and text[start - 1].isdecimal() and text[end].isdecimal()


@pytest.mark.parametrize("options", ALL_OPTIONS)
@given(text=any_text())
@example(text="\ufefb\u0654")  # a hamza after a ligature joins its last letter (review)
@example(text="x\ufefb\u0655y")
@example(text="\ufe8d\u0653")  # a presentation-form alef takes a madda
def test_idempotent(options: NormalizeOptions, text: str) -> None:
    once = normalize(text, options)
    assert normalize(once, options) == once


@pytest.mark.parametrize("options", ALL_OPTIONS)
@given(text=st.one_of(any_text(), arabic_text()))
@example(text="2019\u0640\u06402020")  # tatweels between digits: a dash
@example(text="6 \u0640 10")  # with a space on each side: a dash too
@example(text="6  \u0640\u0640 10")
@example(text="6 \u064b\u0640 10")  # a mark among them: no dash
@example(text="\u0663\u0640\u0651\u0661")  # a shadda among them: deleted, no dash
def test_map_is_exact(options: NormalizeOptions, text: str) -> None:
    result = normalize_with_map(text, options)
    assert result.text == normalize(text, options)
    assert result.original is text
    _check_map(result)
    assert result.to_original(0, len(result.text))[1] <= len(text)


@given(text=any_text())
def test_explain_replays_to_the_normalized_text(text: str) -> None:
    result = normalize_with_map(text, SEARCH)
    pieces, position = [], 0
    for change in result.explain():
        assert text[change.start : change.end] == change.before
        assert set(change.steps) <= set(STEP_NAMES)
        assert change.steps, change
        pieces.append(text[position : change.start])
        pieces.append(change.after)
        position = change.end
    pieces.append(text[position:])
    assert "".join(pieces) == result.text


@given(text=any_text(), data=st.data())
def test_to_normalized_covers_what_to_original_gives(text: str, data: st.DataObject) -> None:
    result = normalize_with_map(text, MATCHING)
    size = len(result.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    o_start, o_end = result.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    n_start, n_end = result.to_normalized(o_start, o_end)
    assert n_start <= start
    assert end <= n_end or start == end


def test_steps_name_what_changed() -> None:
    result = normalize_with_map("إتفاقيّة  ٢٠٢١", STANDARD)
    assert result.steps == ("diacritics", "alef", "digits", "whitespace")
    assert normalize_with_map("plain", STANDARD).steps == ()


def test_span_of_a_word_after_deletions_and_ligatures() -> None:
    text = "قال \u200f«\ufefb» للمعاهدةِ الجديدـة"
    result = normalize_with_map(text, SEARCH)
    assert result.text == 'قال "لا" للمعاهده الجديده'
    start = result.text.index("الجديده")
    o_start, o_end = result.to_original(start, start + len("الجديده"))
    assert text[o_start:o_end] == "الجديدـة"
    lam = result.text.index("لا")
    assert result.to_original(lam, lam + 1) == result.to_original(lam, lam + 2)
    assert text[slice(*result.to_original(lam, lam + 2))] == "\ufefb"


def test_empty_span_and_bounds() -> None:
    result = normalize_with_map("ا\u0640ب", STANDARD)
    assert result.text == "اب"
    assert result.to_original(1, 1) == (2, 2)
    assert result.to_original(2, 2) == (3, 3)
    with pytest.raises(SpanError, match="not inside the normalized text"):
        result.to_original(0, 3)
    with pytest.raises(SpanError):
        result.to_normalized(2, 1)


@pytest.mark.parametrize("bad", [None, b"\xd8\xa7", bytearray(b"a"), 5, ["a"]])
def test_non_str_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InputError, match="text must be str") as info:
        normalize(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    with pytest.raises(InputError):
        normalize_with_map(bad)  # type: ignore[arg-type]


def test_bytes_error_says_what_to_do() -> None:
    with pytest.raises(InputError, match="decode it first"):
        normalize(b"abc")  # type: ignore[arg-type]


def test_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(OptionError, match="unknown profile 'aggressive'") as info:
        normalize("x", "aggressive")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    with pytest.raises(InputError, match="profile name"):
        normalize("x", 3)  # type: ignore[arg-type]


def test_options_are_frozen_and_evolvable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        STANDARD.digits = False  # type: ignore[misc]
    assert normalize("٥", attrs.evolve(STANDARD, digits=False)) == "٥"
    assert normalize("السمٰوات", NormalizeOptions(dagger_alef="alef")) == "السماوات"


def test_large_inputs_are_linear_and_exact() -> None:
    # Ten megabytes of seed-like text with every kind of edit, and hostile runs.
    unit = "قال لافروف،  في ٥ فبراير\u200f الـ12 «ﻻ» مُعاهدةٌ\n"
    text = unit * (10_000_000 // len(unit.encode()))
    result = normalize_with_map(text, MATCHING)
    expected_unit = normalize(unit, MATCHING)
    assert result.text == expected_unit * (len(text) // len(unit))
    last = result.text.rindex("ال12")
    assert text[slice(*result.to_original(last, last + 4))] == "الـ12"
    assert normalize(" " * 1_000_000) == " "
    assert normalize("\u0640" * 1_000_000) == ""
    assert normalize("ا\u0654" * 500_000, LIGHT) == "أ" * 500_000
    assert normalize("\u200b \u064b" * 300_000) == " "


def test_public_names_are_exported() -> None:
    for name in ("normalize", "normalize_with_map", "NormalizeOptions", "Normalized", "MATCHING"):
        assert name in diplomatext.__all__
