"""The lean :class:`~diplomatext.TextSpan`: a start and a text, its end derived (issue 13)."""

from __future__ import annotations

import copy
import pickle
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatext import Article, RecordError, SpanError, TextSpan, parse_article
from diplomatext.articles import _lines as article_lines


@given(st.integers(min_value=0, max_value=10**9), st.text(max_size=30))
def test_a_span_is_its_fields_and_round_trips(start: int, text: str) -> None:
    span = TextSpan(start=start, end=start + len(text), text=text)
    assert (span.start, span.end, span.text) == (start, start + len(text), text)
    assert span.to_dict() == {"start": start, "end": start + len(text), "text": text}
    assert TextSpan.from_dict(span.to_dict()) == span
    assert pickle.loads(pickle.dumps(span)) == span  # noqa: S301 (our own pickle)
    assert copy.deepcopy(span) == span
    assert eval(repr(span), {"TextSpan": TextSpan}) == span  # noqa: S307 (its own repr)
    assert hash(span) == hash(TextSpan(start=start, end=start + len(text), text=text))


def test_equal_spans_are_equal_and_others_not() -> None:
    span = TextSpan(start=3, end=8, text="موسكو")
    assert span == TextSpan(start=3, end=8, text="موسكو")
    assert span != TextSpan(start=4, end=9, text="موسكو")
    assert span != TextSpan(start=3, end=7, text="موسك")
    assert repr(span) == "TextSpan(start=3, end=8, text='موسكو')"


@pytest.mark.parametrize(("start", "end"), [(0, 4), (0, 6), (5, 3)])
def test_a_span_whose_length_is_not_its_texts_is_refused(start: int, end: int) -> None:
    with pytest.raises(SpanError, match="end = start"):
        TextSpan(start=start, end=end, text="موسكو")


def test_a_record_whose_span_length_is_not_its_texts_raises_a_record_error() -> None:
    with pytest.raises(RecordError, match="does not match"):
        TextSpan.from_dict({"start": 0, "end": 4, "text": "موسكو"})
    article = parse_article("نص الخبر الأول هنا.\nنص الخبر الثاني هنا.").to_dict()
    article["paragraphs"][1]["end"] += 1
    with pytest.raises(RecordError, match=r"paragraphs\[1\]"):
        Article.from_dict(article)


def test_a_span_is_frozen_and_small() -> None:
    span = TextSpan(start=0, end=5, text="موسكو")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
    assert not hasattr(span, "__weakref__")
    assert [field.name for field in attrs.fields(TextSpan)] == ["start", "text"]
    assert sys.getsizeof(span) <= 48  # two slots, with the GC header


def test_paragraphs_of_equal_lines_share_their_string() -> None:
    article = parse_article("عنوان الخبر هنا\n" + "أمس\n" * 50)
    assert len(article.paragraphs) == 50
    assert len({id(paragraph.text) for paragraph in article.paragraphs}) == 1
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text


@given(st.text(st.sampled_from("اب \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u00a0"), max_size=60))
def test_the_lines_are_those_of_splitlines(text: str) -> None:
    expected = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip(article_lines.STRIP)
        if stripped:
            start = offset + len(content) - len(content.lstrip(article_lines.STRIP))
            expected.append((start, start + len(stripped), stripped))
        offset += len(raw)
    lines = article_lines.split_lines(text)
    assert [(line.start, line.end, line.text) for line in lines] == expected
