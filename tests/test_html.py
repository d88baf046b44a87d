"""diplomatext.read_page on HTML: main text, headline first, metadata dates with kind and origin.

The pages of tests/fixtures/html are written for these tests in the styles of
WordPress, Drupal, an older table-and-<br> Arabic CMS (in Windows-1256), AMP,
and an XHTML page whose Arabic is all numeric character references;
gold.json says what each holds.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import Page, PageDateKind, parse_article, read_page
from diplomatext.reading import page_from_text
from diplomatext.reading._html import looks_like_html, parse_stamp

FIXTURES = Path(__file__).parent / "fixtures" / "html"
GOLD = {
    name: entry
    for name, entry in json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\N{RIGHT-TO-LEFT MARK}", " ").split())


@pytest.mark.parametrize("name", sorted(GOLD))
def test_fixture_page(name: str) -> None:
    gold = GOLD[name]
    page = read_page(FIXTURES / name)
    text = _flat(page.text)
    assert page.html
    assert page.title == gold["title"]
    assert page.author == gold["author"]
    assert page.url == gold["url"]
    missing = [start for start in gold["story"] if start not in text]
    leaked = [noise for noise in gold["noise"] if noise in text]
    assert (missing, leaked) == ([], [])
    published = None if page.published is None else page.published.value.isoformat()
    assert published == gold["published"]
    assert page.warnings == ()


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_headline_is_the_first_line_and_the_article_pass_finds_it(name: str) -> None:
    page = read_page(FIXTURES / name)
    assert page.text.split("\n", 1)[0] == page.title
    article = parse_article(page.text)
    assert article.headline is not None
    assert article.headline.text == page.title
    assert article.text == page.text  # spans point into the extracted text


def test_modified_and_crawled_dates_are_kept_but_never_the_publication() -> None:
    page = read_page(FIXTURES / "entities.html")
    kinds = {(d.kind, d.origin) for d in page.dates}
    assert (PageDateKind.CRAWLED, "meta:crawled_at") in kinds
    assert (PageDateKind.UNKNOWN, "url") in kinds
    assert page.published is None
    amp = read_page(FIXTURES / "amp.html")
    modified = [d for d in amp.dates if d.kind is PageDateKind.MODIFIED]
    assert [(d.value, d.origin) for d in modified] == [
        (dt.date(2021, 1, 28), "json-ld:dateModified")
    ]
    assert amp.published is not None
    assert amp.published.origin == "json-ld:datePublished"


def test_html_is_detected_by_content_not_by_name(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_bytes((FIXTURES / "drupal.html").read_bytes())
    assert read_page(saved).html
    plain = tmp_path / "story.html"
    plain.write_text("عنوان الخبر\nقال الوزير إن 3 < 5 وإن الحوار مستمر.", encoding="utf-8")
    page = read_page(plain)
    assert not page.html
    assert page.text == plain.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "<p>الفقرة الأولى</p><p>الفقرة الثانية</p><div>ثالثة</div>",
        "  <!-- saved by a scraper -->\n<html><body><p>نص</p></body></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>نص</p></body></html>',
        "<!DOCTYPE html><title>x</title>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text", ["", "نص عادي", "<رويترز> قال المتحدث", "a < b and c > d </p>", "x\n<p>y</p>"]
)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-02-05T23:30:00+03:00", dt.date(2021, 2, 5)),  # the page's own day, not UTC's
        ("2021-02-05T23:30:00Z", dt.date(2021, 2, 5)),
        ("2021-02-05", dt.date(2021, 2, 5)),
        ("20210205", dt.date(2021, 2, 5)),
        ("Fri, 05 Feb 2021 10:00:00 +0300", dt.date(2021, 2, 5)),
        ("Fri, 5 Feb 2021 10:00:00 GMT", dt.date(2021, 2, 5)),
        ("2024-09-12@08:15:40", dt.date(2024, 9, 12)),
        ("2021/02/05 10:00", dt.date(2021, 2, 5)),
        ("", None),
        ("5 فبراير 2021", None),  # words are the article pass's job, not metadata's
        ("2021", None),  # a year is no day: none is invented
        ("2021-02", None),
        ("2021-W05-5", None),
        ("0001-01-01T00:00:00", None),
        ("2021-02-30", None),
    ],
)
def test_parse_stamp(raw: str, expected: dt.date | None) -> None:
    assert parse_stamp(raw) == expected


def test_a_page_without_main_text_has_a_warning() -> None:
    page = page_from_text(
        "<html><head><title>صفحة</title></head><body><script>var x = 1;</script></body></html>"
    )
    assert page.html
    assert page.text == "صفحة"
    assert any("no main text" in warning for warning in page.warnings)


def test_declared_charset_of_a_windows_1256_page() -> None:
    page = read_page(FIXTURES / "custom_cms.html")
    assert "عمان - الوطن" in page.text


def test_bad_utf8_in_a_page_is_a_warning_not_mojibake() -> None:
    data = (FIXTURES / "amp.html").read_bytes()
    cut = data.replace("أجرى".encode(), "أجرى".encode()[:-1], 1)
    page = read_page(cut)
    assert "لافروف" in page.text
    assert len(page.warnings) == 1


def test_exported() -> None:
    assert diplomatext.read_page is read_page
    assert diplomatext.page_from_text is page_from_text
    assert isinstance(page_from_text("نص"), Page)


@given(raw=st.text(max_size=60))
def test_parse_stamp_never_raises(raw: str) -> None:
    value = parse_stamp(raw)
    assert value is None or 1900 <= value.year <= 2100


def test_hatom_and_microdata_dates_and_comments_skipped() -> None:
    page = read_page(FIXTURES / "blogger.html")
    assert [(d.origin, d.kind.value, d.value.isoformat()) for d in page.dates] == [
        ("microdata:datePublished", "published", "2020-11-03")
    ]  # the readers' comment of the 4th is not the page's date
    updated = page_from_text(
        '<html><body><span class="updated" title="2020-11-05T10:00:00Z">5/11</span>'
        "<p>نص</p></body></html>"
    )
    assert [(d.origin, d.kind) for d in updated.dates] == [("hatom:updated", PageDateKind.MODIFIED)]


@pytest.mark.parametrize("depth", [2, 900, 100_000])
def test_json_ld_nested_deep_is_read_or_passed_over(depth: int) -> None:
    # a hostile page: lists nested a thousand deep in JSON-LD, never a RecursionError
    ld = json.dumps({"author": [{"name": "سامر"}, "ريم"]})[:-1] + ', "x": '
    ld += "[" * depth + "1" + "]" * depth + "}"
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><article><h1>عنوان</h1><p>التقى الوزيران أمس في موسكو.</p></article></body></html>"
    )
    page = read_page(html.encode())
    assert "التقى الوزيران" in page.text
    readable = depth < 10_000  # deeper, json cannot read it: the JSON-LD is passed over
    assert page.author == ("سامر، ريم" if readable else None)
    nested = '{"author": ' + "[" * depth + '"ريم"' + "]" * depth + "}"
    deep_author = html.replace(ld, nested)
    assert read_page(deep_author.encode()).author == ("ريم" if readable else None)
