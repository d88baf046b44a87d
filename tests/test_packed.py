"""Records kept as columns (``Packed``) behave as the tuple of their records.

``Article.paragraphs`` and ``Article.dates`` are packed (issue 13: a page of one
date word a line). Whatever a user does with a tuple of mentions must give the
same answer on them.
"""

from __future__ import annotations

import datetime as dt
import gc
import pickle
from array import array

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import Article, DateMention, TextSpan, parse_article
from diplomatext._packed import Packed, packed_or_tuple
from diplomatext.articles._records import _span
from diplomatext.treaties._match import distinct_pieces


def _packed(spans: list[tuple[int, str]]) -> Packed[TextSpan]:
    return Packed(array("q", [start for start, _ in spans]), [t for _, t in spans], _span)


_SPANS = st.lists(st.tuples(st.integers(0, 10**12), st.text(max_size=5)), max_size=12)


@given(_SPANS, st.integers(-15, 15), st.slices(14))
def test_packed_behaves_as_the_tuple_of_its_records(
    spans: list[tuple[int, str]], index: int, cut: slice
) -> None:
    packed = _packed(spans)
    records = tuple(TextSpan(start=s, end=s + len(t), text=t) for s, t in spans)
    assert len(packed) == len(records)
    assert list(packed) == list(records)
    assert packed == records
    assert records == packed  # the tuple's own __eq__ gives way to ours
    assert hash(packed) == hash(records)
    assert repr(packed) == repr(records)
    assert packed[cut] == records[cut]
    assert isinstance(packed[cut], Packed)
    if -len(records) <= index < len(records):
        assert packed[index] == records[index]
    assert pickle.loads(pickle.dumps(packed)) == packed  # noqa: S301 (our own bytes)
    assert packed + records == records + packed == records + records
    assert packed + packed == records * 2
    assert packed_or_tuple(packed) is packed
    assert packed_or_tuple(iter(records)) == records


@given(_SPANS, st.data())
def test_where_keeps_the_flagged_records_in_order(
    spans: list[tuple[int, str]], data: st.DataObject
) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(spans), max_size=len(spans)))
    packed = _packed(spans)
    assert packed.where(keep) == tuple(r for r, k in zip(packed, keep, strict=True) if k)


def test_packed_differs_from_other_records_and_from_lists() -> None:
    packed = _packed([(0, "أمس")])
    assert packed != _packed([(1, "أمس")])
    assert packed != _packed([(0, "اليوم")])
    assert packed != [TextSpan(start=0, end=3, text="أمس")]  # as a tuple is not a list
    assert packed != "أمس"


def test_columns_of_unequal_length_are_refused() -> None:
    with pytest.raises(ValueError, match="2 offsets for 1 payloads"):
        Packed(array("q", [0, 1]), ["a"], _span)


def test_an_article_holds_its_paragraphs_and_dates_packed_and_round_trips() -> None:
    text = "عنوان الخبر هنا\n" + "وصل الوفد أمس.\n" * 50 + "غادر اليوم.\n"
    article = parse_article(text, published=dt.date(2021, 5, 20))
    assert isinstance(article.paragraphs, Packed)
    assert isinstance(article.dates, Packed)
    assert [p.text for p in article.paragraphs[:2]] == ["وصل الوفد أمس.", "وصل الوفد أمس."]
    assert [m.value for m in article.dates[-2:]] == ["2021-05-19", "2021-05-20"]
    assert all(isinstance(m, DateMention) for m in article.dates)
    # the record as a whole: equal to itself rebuilt from plain data and from a pickle
    assert Article.from_dict(article.to_dict()) == article
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301
    assert hash(Article.from_dict(article.to_dict())) == hash(article)
    # built by hand with tuples, an equal article is equal
    same = attrs.evolve(article, paragraphs=tuple(article.paragraphs), dates=list(article.dates))
    assert same == article
    assert isinstance(same.dates, tuple)


def test_find_dates_still_returns_a_list() -> None:
    found = diplomatext.find_dates("أمس واليوم", reference=dt.date(2021, 5, 20))
    assert isinstance(found, list)
    assert [m.value for m in found] == ["2021-05-19", "2021-05-20"]


@given(st.text(alphabet="ab \n\t\u2003\x1c\x85\u3000c", max_size=80), st.integers(1, 9))
def test_distinct_pieces_are_those_of_one_split(text: str, stretch: int) -> None:
    assert distinct_pieces(text, stretch) == set(text.split())


def test_parsing_an_article_leaves_no_reference_cycle() -> None:
    """Every record of a parse is freed by reference counting, never by the cyclic collector.

    (A page's line states referring to the page, which remembered them, made a
    cycle per article, and the collector ran every few articles.)
    """
    text = "عنوان الخبر هنا\nالقاهرة - وكالات: استقبل الوزير أمس نظيره الروسي.\nشارك\nاقرأ أيضا\n"
    parse_article(text)  # tables built
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            parse_article(text, published=dt.date(2021, 5, 20))
        assert gc.collect() == 0
    finally:
        gc.enable()
