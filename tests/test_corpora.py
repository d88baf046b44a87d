"""diplomatext.parse_records and to_frame: records with metadata in, parsed articles and tables."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    DecodeError,
    MissingDependencyError,
    OptionError,
    ParsedRecord,
    RecordError,
    parse_article,
    parse_records,
    to_frame,
)
from diplomatext.corpora import ARTICLE_COLUMNS, DATE_COLUMNS, TREATY_COLUMNS
from diplomatext.corpora._files import corpus_records

STORY = "عنوان الخبر\nالتقى الوزيران أمس وبحثا تمديد معاهدة نيو ستارت.\n"
HTML = Path(__file__).parent / "fixtures" / "html"


@pytest.mark.parametrize(
    "date",
    [
        "2021-01-27",
        "2021-01-27T23:59:00+03:00",
        "Wed, 27 Jan 2021 12:00:00 +0000",
        dt.date(2021, 1, 27),
        dt.datetime(2021, 1, 27, 8, 0, tzinfo=dt.timezone.utc),
    ],
)
def test_the_records_date_is_the_reference(date: object) -> None:
    (record,) = parse_records([{"id": "a", "text": STORY, "date": date}])
    assert [(m.text, m.value) for m in record.article.dates] == [("أمس", "2021-01-26")]
    assert record.page.published is not None
    assert record.page.published.origin == "record:date"


def test_published_is_the_second_default_and_date_field_chooses() -> None:
    (one,) = parse_records([{"text": STORY, "published": "2021-01-27"}])
    assert one.article.dates[0].value == "2021-01-26"
    (two,) = parse_records(
        [{"text": STORY, "date": "2000-01-01", "day": "2021-01-27"}], date_field="day"
    )
    assert two.article.dates[0].value == "2021-01-26"


def test_numeric_calendar_of_a_corpus() -> None:
    rows = [{"id": "q", "text": "صدر القرار بتاريخ 14-07-44 في الرياض.", "date": "2023-02-10"}]
    (default,) = parse_records(rows)
    assert default.article.dates == ()
    (hijri,) = parse_records(rows, numeric_calendar="hijri")
    assert [(m.text, m.value) for m in hijri.article.dates] == [("14-07-44", "2023-02-05")]
    with pytest.raises(diplomatext.InputError, match="numeric_calendar must be"):
        next(parse_records(rows, numeric_calendar="julian"))


def test_an_unreadable_date_is_a_warning_and_the_text_decides() -> None:
    (record,) = parse_records([{"text": STORY, "date": "الأسبوع الماضي"}])
    assert record.article.published is None
    assert "cannot read 'الأسبوع الماضي' as a date" in record.warnings[0]


def test_ids_urls_and_empty_cells() -> None:
    records = [
        {"id": float("nan"), "url": "", "text": STORY},
        {"id": 42, "url": "https://x.example/2021/01/27/a", "text": STORY},
    ]
    first, second = parse_records(records, source="feed.csv")
    assert (first.id, first.url) == ("feed.csv:1", None)
    assert (second.id, second.url) == ("42", "https://x.example/2021/01/27/a")
    # the address's date is the reference when nothing else gives one
    assert second.article.dates[0].value == "2021-01-26"
    assert second.article.source == "42"


def test_an_html_record_is_its_extracted_text() -> None:
    page = (HTML / "wordpress.html").read_text(encoding="utf-8")
    (record,) = parse_records([{"id": "wp", "text": page}])
    assert record.page.html
    assert record.article.text == record.page.text
    assert record.article.headline is not None
    assert record.article.headline.text == record.page.title
    assert record.url == "https://anbaa.example/2021/02/05/ministers-security-pact/"
    assert record.article.published is not None
    assert record.article.published.date == dt.date(2021, 2, 5)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"body": STORY}, r"record #1 has no text in field 'text' \(its fields: body\)"),
        ({"text": None}, "no text in field 'text'"),
        (["not", "a", "dict"], "record #1 is a list, not a mapping"),
        ({"text": 2021}, r"record #1 has an int \(2021\) in field 'text', not the article's text"),
        ({"text": ["a"] * 50}, r"has a list \(\['a', 'a', .{20,40}…\) in field 'text'"),
    ],
)
def test_a_record_without_text_is_a_record_error(record: object, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        list(parse_records([record]))  # type: ignore[list-item]


def test_to_dict_has_the_id_url_and_the_articles_keys() -> None:
    (record,) = parse_records([{"id": "a", "url": "u", "text": STORY}])
    data = record.to_dict()
    assert (data["id"], data["url"], data["warnings"]) == ("a", "u", [])
    article = data.copy()
    for key in ("id", "html", "page_dates", "warnings"):
        del article[key]
    assert article == record.article.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_to_frame_tables() -> None:
    records = [
        {"id": "a", "text": STORY, "date": "2021-01-27"},
        {"id": "b", "text": "نص بلا تواريخ.", "date": "2021-01-27"},
    ]
    parsed = list(parse_records(records))
    dates = to_frame(parsed)
    assert list(dates.columns) == list(DATE_COLUMNS)
    assert dates[["id", "text", "value"]].to_dict("records") == [
        {"id": "a", "text": "أمس", "value": "2021-01-26"}
    ]
    treaties = to_frame(parsed, what="treaties")
    assert list(treaties.columns) == list(TREATY_COLUMNS)
    assert treaties["treaty_id"].tolist() == ["new-start"]
    articles = to_frame(parsed, what="articles")
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert articles["id"].tolist() == ["a", "b"]
    assert articles["dates"].tolist() == [1, 0]
    assert list(to_frame([], what="treaties").columns) == list(TREATY_COLUMNS)
    plain = to_frame([parse_article(STORY, source="s.txt")], what="articles")
    assert plain["id"].tolist() == ["s.txt"]


def test_to_frame_refuses_what_it_cannot_make() -> None:
    with pytest.raises(OptionError, match="what must be"):
        to_frame([], what="paragraphs")  # type: ignore[arg-type]


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'diplomatext\[pandas\]'"):
        to_frame([])


def test_corpus_files_report_bad_records_and_go_on() -> None:
    data = b'{"text": "a"}\n\n[1, 2]\n{"text": \n' + '{"text": "ب"}\n'.encode()
    found = list(corpus_records(data, "jsonl", "c.jsonl"))
    assert [(where, error is None) for where, _, error in found] == [
        ("c.jsonl:1", True),
        ("c.jsonl:3", False),
        ("c.jsonl:4", False),
        ("c.jsonl:5", True),
    ]
    table = b'id,text\n1,"two\nlines"\n2,x,extra\n3,y\n'
    rows = list(corpus_records(table, "csv", "c.csv"))
    assert [(where, record) for where, record, _ in rows] == [
        ("c.csv:2", {"id": "1", "text": "two\nlines"}),
        ("c.csv:4", None),
        ("c.csv:5", {"id": "3", "text": "y"}),
    ]


def test_a_csv_quote_never_closed_is_an_error_not_a_record_of_the_rest() -> None:
    table = b'id,text\n1,"two\nlines"\n2,"open\n3,x\n4,y\n'
    rows = list(corpus_records(table, "csv", "c.csv"))
    assert [(where, record) for where, record, _ in rows] == [
        ("c.csv:2", {"id": "1", "text": "two\nlines"}),
        ("c.csv:4", None),
    ]
    assert "never closed, so its 3 lines to the end of the file" in str(rows[1][2])
    odd = list(corpus_records(b'id,text\n1,"x"y\n2,a"b\n', "csv", "c.csv"))
    assert [record for _, record, _ in odd] == [
        {"id": "1", "text": "xy"},
        {"id": "2", "text": 'a"b'},
    ]


@pytest.mark.parametrize("separator", ["\t", ";"])
def test_a_csv_file_separated_by_tabs_or_semicolons_is_read(separator: str) -> None:
    table = f'id{separator}text\n1{separator}"نص, مع فاصلة"\n2{separator}ب\n'.encode()
    rows = [record for _, record, _ in corpus_records(table, "csv", "c.csv")]
    assert rows == [{"id": "1", "text": "نص, مع فاصلة"}, {"id": "2", "text": "ب"}]


@pytest.mark.parametrize("separator", ["\N{LINE SEPARATOR}", "\N{NEL}", "\r"])
def test_a_json_line_is_cut_at_line_feeds_only(separator: str) -> None:
    # JSON writes U+2028 and U+0085 raw inside strings; a line feed ends the record
    text = json.dumps({"id": "a", "text": f"سطر{separator}سطر"}, ensure_ascii=False)
    data = f"{text}\r\n{text}\n".encode()
    found = list(corpus_records(data, "jsonl", "c.jsonl"))
    assert [(where, error) for where, _, error in found] == [
        ("c.jsonl:1", None),
        ("c.jsonl:2", None),
    ]
    assert [record["text"] for _, record, _ in found if record is not None] == [
        f"سطر{separator}سطر"
    ] * 2


# the characters that make corpus files hard: separators, quotes, line breaks of all kinds
_CORPUS_CHARS = 'a,;"\n\r\x00 {}[]:\\\N{LINE SEPARATOR}\N{NEL}\N{BYTE ORDER MARK}ب'


@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(alphabet=_CORPUS_CHARS, max_size=200).map(str.encode),
    ),
    st.sampled_from(["jsonl", "csv"]),
)
def test_any_corpus_file_gives_records_or_errors_never_a_crash(data: bytes, form: str) -> None:
    try:
        found = list(corpus_records(data, form, "c"))
    except DecodeError:
        return
    for where, record, error in found:
        assert where.startswith("c:")
        assert (record is None) != (error is None)


def test_exported() -> None:
    assert diplomatext.ParsedRecord is ParsedRecord
    assert diplomatext.parse_records is parse_records
