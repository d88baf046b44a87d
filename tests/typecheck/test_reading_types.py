"""The types of read_page, parse_records and to_frame, under ``mypy --strict`` and run by pytest."""

from __future__ import annotations

import datetime as dt

import diplomatext


def pages() -> None:
    """read_page and page_from_text give Pages with typed metadata."""
    page: diplomatext.Page = diplomatext.read_page(b"<html><body><p>x</p></body></html>")
    text: str = page.text
    published: diplomatext.PageDate | None = page.published
    warnings: tuple[str, ...] = page.warnings
    other: diplomatext.Page = diplomatext.page_from_text("نص")
    assert isinstance(text, str)
    assert published is None or isinstance(published.value, dt.date)
    assert warnings == ()
    assert not other.html


def records() -> None:
    """parse_records yields ParsedRecords; to_frame takes them (or Articles)."""
    parsed: list[diplomatext.ParsedRecord] = list(
        diplomatext.parse_records([{"id": "a", "text": "نص", "date": dt.date(2021, 1, 1)}])
    )
    identifier: str = parsed[0].id
    url: str | None = parsed[0].url
    article: diplomatext.Article = parsed[0].article
    frame = diplomatext.to_frame(parsed, what="articles")
    assert identifier == "a"
    assert url is None
    assert article.source == "a"
    assert len(frame) == 1


def test_the_typed_calls_run() -> None:
    pages()
    records()
