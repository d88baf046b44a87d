"""find_treaties, canonicalize_treaty and load_gazetteer on hostile input.

Properties: every text of all of Unicode (bidi and zero-width marks, presentation
forms, nested brackets and quotes, head words repeated without a name) gives valid,
ordered, non-overlapping spans, the same on a prepared text, and never an error
but the documented ones; every gazetteer document gives a Gazetteer or a
GazetteerError. Then a linear-time check: each hostile kind of text at 1x and 4x
its size in one process, CPU time, with a generous bound on the ratio (4 when
linear, 16 when quadratic).
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatext import (
    Gazetteer,
    GazetteerError,
    Treaty,
    canonicalize_treaty,
    find_treaties,
    load_gazetteer,
)
from diplomatext.normalize import prepare
from tests.strategies import ARABIC_LETTERS

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

BIDI_AND_ZERO_WIDTH = (
    "\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\N{ARABIC LETTER MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}\N{RIGHT-TO-LEFT EMBEDDING}\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}\N{RIGHT-TO-LEFT OVERRIDE}\N{LEFT-TO-RIGHT ISOLATE}"
    "\N{RIGHT-TO-LEFT ISOLATE}\N{FIRST STRONG ISOLATE}\N{POP DIRECTIONAL ISOLATE}"
    "\N{ZERO WIDTH NO-BREAK SPACE}\N{WORD JOINER}\N{SOFT HYPHEN}\N{ARABIC TATWEEL}"
)
"""Marks that change how text shows, not what it says."""

BRACKETS_AND_QUOTES = (
    "()[]{}<>«»“”„‟‘’'\"`〈〉《》"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{ORNATE LEFT PARENTHESIS}\N{ORNATE RIGHT PARENTHESIS}"
)
"""Openers and closers of every kind, for nesting."""

HEADS = ("معاهدة", "اتفاقية", "الاتفاق", "بروتوكول", "مذكرة", "ميثاق", "قرار", "القرارين")
NAMES = (
    "نيو ستارت",
    "الأجواء المفتوحة",
    "مجلس الأمن 2254",
    "جنيف",
    "ستارت",
    "باريس",
    "إن بي تي",
    "الموقعة بين موسكو وواشنطن",
    "القوات المسلحة التقليدية.",
)

presentation_forms = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC)
anything = st.characters(codec=None, categories=None)  # all of Unicode, lone surrogates too
hostile_char = st.one_of(
    anything,
    presentation_forms,
    st.sampled_from(BIDI_AND_ZERO_WIDTH),
    st.sampled_from(BRACKETS_AND_QUOTES),
    st.sampled_from(ARABIC_LETTERS + " \n.،؛0123456789"),
)
hostile_word = st.one_of(
    st.sampled_from(HEADS),
    st.sampled_from(NAMES),
    st.text(hostile_char, min_size=1, max_size=8),
    st.builds(lambda n: "(" * n + "«" * n, st.integers(0, 30)),
    st.builds(lambda head, n: (head + " ") * n, st.sampled_from(HEADS), st.integers(1, 20)),
)
hostile_text = st.lists(hostile_word, max_size=40).map(" ".join)


def _check(text: str, *, back_references: bool) -> None:
    mentions = find_treaties(text, back_references=back_references)
    last = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last, "mentions overlap or are out of order"
        last = mention.end
    assert find_treaties(prepare(text), back_references=back_references) == mentions
    assert find_treaties(text, back_references=back_references) == mentions, "deterministic"


@given(hostile_text, st.booleans())
def test_hostile_text_gives_valid_spans(text: str, back_references: bool) -> None:  # noqa: FBT001
    _check(text, back_references=back_references)


@given(st.text(hostile_char, max_size=300))
def test_any_characters_give_valid_spans(text: str) -> None:
    _check(text, back_references=True)


@given(st.sampled_from(NAMES), st.text(st.sampled_from(BIDI_AND_ZERO_WIDTH), max_size=3))
def test_invisible_marks_inside_a_name_do_not_change_it(name: str, marks: str) -> None:
    """A bidi or zero-width mark between the letters of a name is not a new word."""
    plain = find_treaties(f"وقعت معاهدة {name} أمس")
    marked_name = name.replace(" ", f" {marks}", 1)
    marked = find_treaties(f"وقعت معاهدة {marked_name} أمس")
    assert [m.treaty.id for m in marked] == [m.treaty.id for m in plain]


@given(hostile_text)
def test_canonicalize_never_fails(name: str) -> None:
    found = canonicalize_treaty(name)
    assert found is None or isinstance(found, Treaty)


# ----------------------------------------------------------------------------- gazetteer files

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(hostile_char, max_size=12),
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=10,
)
pattern_text = st.lists(
    st.one_of(
        st.sampled_from(["(", ")", "[", "]", "{", "}", "|"]),
        st.sampled_from(["معاهدة", "الحد", "من", "الأسلحة", "نزع", "خفض"]),
        st.text(hostile_char, min_size=1, max_size=4),
    ),
    max_size=30,
).map(" ".join)
ENTRY_FIELDS = (
    "id",
    "kind",
    "name_en",
    "name_ar",
    "names_en",
    "signed",
    "aliases",
    "patterns",
    "acronyms",
    "heads",
    "context",
    "notes",
)
good_entry: dict[str, Any] = {
    "id": "x-accord",
    "kind": "agreement",
    "name_en": "X Accord",
    "name_ar": "اتفاق إكس",
    "aliases": ["اتفاق إكس"],
}


@st.composite
def documents(draw: st.DrawFn) -> object:
    """A gazetteer document with a few fields broken in every way JSON allows."""
    entry = dict(good_entry)
    for field in draw(st.lists(st.sampled_from(ENTRY_FIELDS), max_size=3)):
        entry[field] = draw(json_value)
    if draw(st.booleans()):
        entry["patterns"] = [{"pattern": draw(pattern_text), "needs": "head"}]
    document: dict[str, Any] = {"schema_version": 1, "entries": [entry]}
    if draw(st.booleans()):
        document["ambiguous"] = [
            {"id": "g", "candidates": draw(st.one_of(st.just(["x-accord"]), json_value))}
        ]
    if draw(st.booleans()):
        document[draw(st.sampled_from(["schema_version", "description", "entries"]))] = draw(
            json_value
        )
    return draw(st.one_of(st.just(document), json_value))


def _read(text: str) -> tuple[Gazetteer | None, GazetteerError | None]:
    """The gazetteer of *text*, or the GazetteerError it raises (any other error fails)."""
    try:
        return Gazetteer.from_json(text, source="hostile.json"), None
    except GazetteerError as error:
        return None, error


@given(documents())
def test_any_document_gives_a_gazetteer_or_a_gazetteer_error(document: object) -> None:
    text = json.dumps(document, ensure_ascii=False)
    gazetteer, error = _read(text)
    if error is not None:
        assert error.path == "hostile.json"
        assert str(error)
    if gazetteer is not None:
        _ = find_treaties("وقعت اتفاق إكس ومعاهدة نيو ستارت", gazetteer=gazetteer)


@given(st.text(hostile_char, max_size=200))
def test_any_file_content_gives_a_gazetteer_or_a_gazetteer_error(content: str) -> None:
    _, error = _read(content)
    assert error is None or error.path == "hostile.json"


@pytest.mark.parametrize("opener", ["(", "[", "{", "( [ {"])
def test_deep_pattern_brackets_are_gazetteer_errors(tmp_path: Path, opener: str) -> None:
    entry = {**good_entry, "patterns": [{"pattern": f"{opener} " * 2000 + "إكس", "needs": "head"}]}
    path = tmp_path / "deep.json"
    path.write_text(json.dumps({"schema_version": 1, "entries": [entry]}), encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert (caught.value.entry_id, caught.value.field) == ("x-accord", "patterns")


# ----------------------------------------------------------------------------- linear time

KILO = 1000


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit) + 1)


HOSTILE_KINDS: dict[str, Callable[[int], str]] = {
    "repeated heads": _repeat("معاهدة اتفاقية الاتفاق قرار القرارين "),
    "heads glued": _repeat("معاهدةمعاهدةاتفاقية"),
    "nested brackets and quotes": lambda size: "(«[" * (size // 3) + "معاهدة نيو ستارت",
    "quotes around heads": _repeat('معاهدة "«(معاهدة)»" '),
    "bidi and zero-width marks": _repeat(f"معاهدة{BIDI_AND_ZERO_WIDTH}نيو ستارت "),
    "presentation forms": _repeat("\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}ﻣﻌﺎﻫﺪﺓ ﻧﻴﻮ "),
    "dense names": _repeat("معاهدة نيو ستارت ومعاهدة الحد من الأسلحة الاستراتيجية، "),
    "coordinated resolutions": _repeat("القرارات 242 و338 و1701 و2254، "),
    "one long word": lambda size: "م" * size,
    "digits": _repeat("2254 1559/"),
    "head then gaps": _repeat("معاهدة" + " " * 40 + "ـ" * 20),
    "quoted names without heads": _repeat("«الأجواء المفتوحة» «السماوات المفتوحة» (الحد من "),
    "spelled letters": _repeat("إن بي تي سي في إن "),
    "titles with parties": _repeat("المعاهدة الموقعة بين موسكو وواشنطن وبين القاهرة "),
    "names cut short": _repeat("بمعاهدة القوات المسلحة التقليدية. اتفاقية الحد من الأسلحة. "),
}


def _cpu(function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("kind", sorted(HOSTILE_KINDS))
def test_time_is_linear_in_the_text(kind: str) -> None:
    """4x the text takes about 4x the time (bound: 10x; quadratic would take 16x)."""
    make = HOSTILE_KINDS[kind]
    small, large = make(50 * KILO), make(200 * KILO)
    find_treaties(small, back_references=True)  # warm the token lookups
    ratio = _cpu(lambda: find_treaties(large, back_references=True)) / max(
        _cpu(lambda: find_treaties(small, back_references=True)), 1e-3
    )
    assert ratio < 10, f"{kind}: 4x the text took {ratio:.1f}x the time"


def test_canonicalize_time_is_linear_in_the_name() -> None:
    small, large = "معاهدة " * 10_000, "معاهدة " * 40_000
    ratio = _cpu(lambda: canonicalize_treaty(large)) / max(
        _cpu(lambda: canonicalize_treaty(small)), 1e-3
    )
    assert ratio < 10, f"4x the name took {ratio:.1f}x the time"
