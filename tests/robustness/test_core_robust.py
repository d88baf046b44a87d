"""Normalization and calendars under hostile input: defects found by fuzzing, and properties."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import NormalizeOptions, normalize, normalize_with_map
from tests.robustness.hostile import KINDS, hostile_text
from tests.robustness.timing import GROWTH_BOUND, growth

OPTIONS = st.builds(
    NormalizeOptions,
    **{
        field.name: st.booleans()
        for field in attrs.fields(NormalizeOptions)
        if field.name != "dagger_alef"
    },
    dagger_alef=st.sampled_from(["delete", "alef", "keep"]),
)


def test_custom_options_keep_normalization_idempotent() -> None:
    """Defect 13: with diacritics=False, أ + ٔ gave ا + ٔ, then ا on a second pass."""
    options = attrs.evolve(diplomatext.STANDARD, diacritics=False)
    once = normalize("\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}\N{ARABIC HAMZA ABOVE}", options)
    assert normalize(once, options) == once


@given(options=OPTIONS, text=hostile_text())
def test_any_options_are_idempotent_and_keep_an_exact_map(
    options: NormalizeOptions, text: str
) -> None:
    result = normalize_with_map(text, options)
    assert normalize(result.text, options) == result.text
    start, end = result.to_original(0, len(result.text))
    assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: NormalizeOptions(dagger_alef="bogus"), diplomatext.OptionError),  # type: ignore[arg-type]
        (lambda: NormalizeOptions(alef=1), diplomatext.InputError),  # type: ignore[arg-type]
        (lambda: diplomatext.hijri_month_length("1", 1), diplomatext.InputError),
        (lambda: diplomatext.hijri_month_length(1445, True), diplomatext.InputError),  # noqa: FBT003
        (lambda: diplomatext.find_dates("أمس", max_chars="1"), diplomatext.InputError),  # type: ignore[arg-type]
        (lambda: diplomatext.find_dates("أمس", max_chars=1.5), diplomatext.InputError),  # type: ignore[arg-type]
        (lambda: diplomatext.find_dates("أمس", max_chars=0), diplomatext.OptionError),
        (lambda: diplomatext.find_treaties("معاهدة", max_chars=-1), diplomatext.OptionError),
    ],
    ids=[
        "dagger-bogus",
        "bool-as-int",
        "hijri-str-year",
        "hijri-bool-month",
        "max-chars-str",
        "max-chars-float",
        "max-chars-zero",
        "max-chars-negative",
    ],
)
def test_option_types_are_checked(call: object, error: type[Exception]) -> None:
    """Defect 11: wrong option types used to act silently or fail as raw TypeErrors."""
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, diplomatext.DiplomatextError)
    assert "pass" in str(caught.value) or "must be" in str(caught.value)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_normalize_with_map_is_linear(kind: str) -> None:
    ratio = growth(normalize_with_map, KINDS[kind], 50_000)
    assert ratio < GROWTH_BOUND, f"{kind}: 4x input took {ratio:.1f}x the time"
