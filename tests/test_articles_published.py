"""The publication date: from the page's metadata, the dateline and the stamps of the text.

Invented articles in the styles of many outlets (``tests/cases/boilerplate_published.jsonl``),
written with their expected dates before the rules ran on them; :class:`~diplomatext.Page`
metadata; and the records' version 2 (with reading version 1).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplomatext import (
    Article,
    Page,
    PageDate,
    PageDateKind,
    PublishedOrigin,
    RecordError,
    parse_article,
)
from tests.tables import case_params, load_cases

STORY = (
    "وزير الخارجية يستقبل نظيره الفرنسي\n"
    "أكد وزير الخارجية خلال لقائه نظيره الفرنسي أمس ضرورة تعزيز التعاون بين البلدين.\n"
    "وأضاف الوزير أن البلدين سيوقعان اتفاقية جديدة للتعاون الاقتصادي قريبا.\n"
)
HEADER_STAMP = "الخميس، 14 مارس 2019 11:05 ص\n"


def _span_ok(article: Article) -> None:
    published = article.published
    if published is not None and published.start is not None:
        assert article.text[published.start : published.end] == published.text


@pytest.mark.parametrize("row", case_params(load_cases("boilerplate_published.jsonl")))
def test_published_case(row: dict[str, Any]) -> None:
    expected = row["expected"]
    article = parse_article(row["text"])
    published = article.published
    _span_ok(article)
    if "reasons" in expected:
        assert [piece.reason for piece in article.boilerplate] == expected["reasons"]
    if expected.get("readings"):
        assert published is not None
        assert published.date is None
        assert [d.isoformat() for d in published.readings] == expected["readings"]
        assert "cannot be told" in (published.reason or "")
        assert all(mention.first is None for mention in article.dates)  # nothing guessed
    elif expected["published"] is None:
        assert published is None
    else:
        assert published is not None
        assert published.date == dt.date.fromisoformat(expected["published"])
        assert published.reason
    if "origin" in expected:
        assert published is not None
        assert published.origin.value == expected["origin"]


def _page_date(kind: PageDateKind, origin: str, day: dt.date) -> PageDate:
    return PageDate(value=day, kind=kind, origin=origin, raw=day.isoformat())


@pytest.mark.parametrize(
    ("origin", "expected"),
    [
        ("meta:article:published_time", PublishedOrigin.META),
        ("json-ld:datePublished", PublishedOrigin.JSON_LD),
        ("record:published_at", PublishedOrigin.RECORD),
    ],
)
def test_a_page_publication_date_wins_over_the_text(origin: str, expected: PublishedOrigin) -> None:
    day = dt.date(2019, 3, 13)
    page = Page(
        text=STORY + HEADER_STAMP,
        html=True,
        title="عنوان الصفحة",
        author="محرر الشؤون الدولية",
        url="https://example.org/2019/03/13/story",
        dates=(_page_date(PageDateKind.PUBLISHED, origin, day),),
    )
    article = parse_article(page)
    assert article.published is not None
    assert (article.published.date, article.published.origin) == (day, expected)
    assert article.published.start is None  # not a span of the text
    assert origin in (article.published.reason or "")
    assert "2019-03-14" in (article.published.reason or "")  # the stamp it was preferred to
    assert (article.title, article.author, article.url) == (page.title, page.author, page.url)
    assert (article.dates[0].text, article.dates[0].value) == ("أمس", "2019-03-12")


@pytest.mark.parametrize("kind", [PageDateKind.MODIFIED, PageDateKind.CRAWLED])
def test_a_page_update_or_crawl_date_loses_to_the_text(kind: PageDateKind) -> None:
    page = Page(
        text=STORY + HEADER_STAMP,
        dates=(_page_date(kind, "meta:article:modified_time", dt.date(2019, 3, 20)),),
    )
    article = parse_article(page)
    assert article.published is not None
    assert (article.published.date, article.published.origin) == (
        dt.date(2019, 3, 14),
        PublishedOrigin.FOOTER,
    )


@pytest.mark.parametrize("kind", [PageDateKind.MODIFIED, PageDateKind.CRAWLED])
def test_a_page_update_or_crawl_date_is_never_the_publication(kind: PageDateKind) -> None:
    page = Page(text=STORY, dates=(_page_date(kind, "record:crawled_at", dt.date(2024, 9, 12)),))
    assert parse_article(page).published is None


@pytest.mark.parametrize(
    ("origin", "expected"),
    [("url", PublishedOrigin.URL), ("time", PublishedOrigin.TIME_ELEMENT)],
)
def test_a_page_date_of_no_stated_role_is_the_last_resort(
    origin: str, expected: PublishedOrigin
) -> None:
    day = dt.date(2024, 5, 20)
    page = Page(text=STORY, dates=(_page_date(PageDateKind.UNKNOWN, origin, day),))
    article = parse_article(page)
    assert article.published is not None
    assert (article.published.date, article.published.origin) == (day, expected)
    # any date of the text wins over it
    stamped = parse_article(Page(text=STORY + HEADER_STAMP, dates=page.dates))
    assert stamped.published is not None
    assert stamped.published.date == dt.date(2019, 3, 14)


def test_a_given_date_wins_over_the_page() -> None:
    page = Page(
        text=STORY,
        dates=(_page_date(PageDateKind.PUBLISHED, "meta:x", dt.date(2019, 3, 13)),),
    )
    article = parse_article(page, published=dt.date(2020, 1, 1))
    assert article.published is not None
    assert article.published.origin is PublishedOrigin.GIVEN


def test_a_page_article_round_trips() -> None:
    page = Page(
        text=STORY + "4/6/2022\n",
        title="t",
        url="https://example.org/a",
        dates=(_page_date(PageDateKind.CRAWLED, "record:crawled_at", dt.date(2024, 9, 12)),),
    )
    article = parse_article(page, source="a")
    assert article.published is not None
    assert article.published.readings
    assert Article.from_dict(article.to_dict()) == article


def test_version_1_records_are_read() -> None:
    article = parse_article(STORY + "التاريخ: 14 مارس 2019\n", source="old")
    data = article.to_dict()
    data["schema_version"] = 1
    for key in ("title", "author", "url"):
        del data[key]
    assert data["published"] is not None
    del data["published"]["reason"]
    del data["published"]["readings"]
    old = Article.from_dict(data)
    assert old.published is not None
    assert old.published.date == dt.date(2019, 3, 14)
    assert old.published.reason is None
    assert old.paragraphs == article.paragraphs


def test_other_versions_are_refused() -> None:
    data = parse_article(STORY).to_dict()
    for version in (0, 3, "2", True, None):
        data["schema_version"] = version
        with pytest.raises(RecordError, match="schema_version"):
            Article.from_dict(data)
