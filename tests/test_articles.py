"""diplomatext.parse_article: headline, dateline, publication date, paragraphs, boilerplate."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    Article,
    InputError,
    InputTooLargeError,
    PatternTimeoutError,
    PublishedOrigin,
    RecordError,
    articles,
    parse_article,
    read_article,
)
from diplomatext.articles import SCHEMA_VERSION
from diplomatext.articles import _boilerplate as boilerplate
from diplomatext.articles import _lines as article_lines
from tests.strategies import any_text, arabic_text
from tests.tables import case_params, load_cases

ARTICLES = Path(__file__).parents[1] / "examples" / "articles"
CASES = Path(__file__).parent / "cases"

STORY = (
    "عنوان الخبر عن لقاء الوزيرين\n"
    "قال وزير الخارجية إن المحادثات مع نظيره الروسي كانت بناءة ومثمرة للغاية.\n"
    "وأضاف أن الجانبين اتفقا على مواصلة الاتصالات في الفترة المقبلة.\n"
)


def _load(name: str) -> list[dict[str, Any]]:
    rows = load_cases(name)
    labels = [row["label"] for row in rows]
    assert len(labels) == len(set(labels)), f"duplicate labels in {name}"
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts)), f"duplicate texts in {name}"
    return rows


def _check_spans(article: Article) -> None:
    for span in article._spans():  # noqa: SLF001 (the test reads every span)
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start : span.end] == span.text
    pieces = sorted(
        [(p.start, p.end) for p in article.paragraphs]
        + [(b.start, b.end) for b in article.boilerplate]
        + ([(article.headline.start, article.headline.end)] if article.headline else [])
        + ([(article.dateline.start, article.dateline.end)] if article.dateline else [])
    )
    for (_, end), (start, _) in itertools.pairwise(pieces):
        assert end <= start, "headline, dateline, paragraphs and boilerplate overlap"


# --------------------------------------------------------------------------
# the seed articles, read as a reader would
# --------------------------------------------------------------------------

# For each bundled seed: the headline line, the lines of the story, the
# boilerplate lines with their reason (1-based line numbers of the file), the
# dateline and the publication date, as a person reading the page sees them.
SEEDS: dict[str, dict[str, Any]] = {
    "000": {
        "headline": None,
        "story": range(1, 11),
        "boilerplate": {11: "trailing-fragment", 12: "photo-credit", 13: "source-credit"},
        "published": None,
    },
    "001": {
        "headline": 1,
        "story": range(2, 18),
        "boilerplate": {18: "tracking-token"},
        "published": None,
    },
    "002": {
        "headline": None,
        "story": [1],
        "boilerplate": {2: "share-buttons"},
        "published": None,
    },
    "003": {
        "headline": 1,
        "story": [5, 7, 9, 13, 15, 17, 19, 21, 23, 25],
        "boilerplate": {3: "repeated-headline", 11: "continued", 27: "comments"},
        "dateline": {
            "text": "( أردو بوینت نتورك ۔ / سبوتنيك - 18 كانون الثاني 2022ء)",
            "agency": "سبوتنيك",
            "outlet": "أردو بوینت نتورك",
            "date": "2022-01-18",
        },
        "published": ("2022-01-18", "dateline", "18 كانون الثاني 2022ء"),
    },
    "004": {
        "headline": 1,
        "story": range(3, 28),
        "boilerplate": {
            29: "agency-signature",
            30: "footer-field",
            31: "footer-field",
            33: "related-stories",
            34: "related-stories",
        },
        "published": ("2019-05-15", "footer", "الأربعاء 15-5-2019"),
    },
}


def _seed(number: str) -> tuple[str, list[str]]:
    (path,) = ARTICLES.glob(f"{number}_*.txt")
    text = read_article(path)
    return text, text.split("\n")


@pytest.mark.parametrize("number", sorted(SEEDS))
def test_seed_article_as_a_reader_sees_it(number: str) -> None:
    expected = SEEDS[number]
    text, lines = _seed(number)
    article = parse_article(text, source=number)
    _check_spans(article)
    assert article.source == number

    if expected["headline"] is None:
        assert article.headline is None
    else:
        assert article.headline is not None
        assert article.headline.text == lines[expected["headline"] - 1].strip()

    dateline = expected.get("dateline")
    if dateline is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert article.dateline.text == dateline["text"]
        assert article.dateline.agency is not None
        assert article.dateline.agency.text == dateline["agency"]
        assert article.dateline.outlet is not None
        assert article.dateline.outlet.text == dateline["outlet"]
        assert article.dateline.date is not None
        assert article.dateline.date.value == dateline["date"]

    if expected["published"] is None:
        assert article.published is None
    else:
        value, origin, date_text = expected["published"]
        assert article.published is not None
        assert article.published.date == dt.date.fromisoformat(value)
        assert article.published.origin.value == origin
        assert article.published.text == date_text

    # the body keeps every sentence of the story, and nothing else
    story = [lines[n - 1].strip() for n in expected["story"]]
    if article.dateline is not None:
        story[0] = story[0].removeprefix(article.dateline.text).strip()
    assert [p.text for p in article.paragraphs] == story

    found = {piece.text: piece.reason for piece in article.boilerplate}
    assert found == {lines[n - 1].strip(): reason for n, reason in expected["boilerplate"].items()}


def test_seed_004_other_stories_dates_are_not_the_articles() -> None:
    text, _ = _seed("004")
    article = parse_article(text)
    start = text.index("24/11/2024")
    assert not any(m.start <= start < m.end for m in article.dates)
    assert any(
        b.start <= start < b.end and b.reason == "related-stories" for b in article.boilerplate
    )
    assert "السبت القادم" not in {m.text for m in article.dates}
    # the footer date is the publication date, and the story's أمس resolves against it
    assert [m.value for m in article.dates if m.text == "أمس"] == ["2019-05-14", "2019-05-14"]


def test_seed_001_token_is_not_a_date() -> None:
    text, _ = _seed("001")
    article = parse_article(text, published=dt.date(2021, 5, 19))
    token = text.index("aXA6")
    assert not any(m.start <= token < m.end for m in article.dates)
    assert article.published is not None
    assert article.published.origin is PublishedOrigin.GIVEN
    assert {m.text: m.value for m in article.dates}["مساء الأربعاء"] == "2021-05-19"


def test_seed_treaties_come_from_the_story() -> None:
    text, _ = _seed("002")
    article = parse_article(text, published=dt.date(2021, 1, 26))
    ids = [mention.treaty.id for mention in article.treaties]
    assert "new-start" in ids
    assert "open-skies" in ids


# --------------------------------------------------------------------------
# tables of boilerplate lines and datelines
# --------------------------------------------------------------------------


@pytest.mark.parametrize("row", case_params(_load("boilerplate.jsonl")))
def test_boilerplate_line(row: dict[str, Any]) -> None:
    article = parse_article(STORY + row["text"] + "\n")
    _check_spans(article)
    reasons = {piece.text: piece.reason for piece in article.boilerplate}
    if row["expected"] is None:
        assert row["text"] not in reasons
        assert row["text"] in [p.text for p in article.paragraphs]
    else:
        assert reasons.get(row["text"]) == row["expected"]
    # the story itself is untouched
    assert len([p for p in article.paragraphs if p.text in STORY]) == 2


@pytest.mark.parametrize("row", case_params(_load("boilerplate_datelines.jsonl")))
def test_dateline(row: dict[str, Any]) -> None:
    text = "عنوان الخبر\n" + row["text"] + "\nوأضاف المتحدث أن اللقاء كان مثمرا.\n"
    article = parse_article(text)
    _check_spans(article)
    expected = row["expected"]
    if expected is None:
        assert article.dateline is None
        assert article.paragraphs[0].text == row["text"]
        return
    dateline = article.dateline
    assert dateline is not None
    for part in ("place", "agency", "outlet"):
        found = getattr(dateline, part)
        assert (found and found.text) == expected.get(part), part
    if "date" in expected:
        assert dateline.date is not None
        assert dateline.date.value == expected["date"]
    if expected["body"] is None:
        assert article.paragraphs[0].text == "وأضاف المتحدث أن اللقاء كان مثمرا."
    else:
        assert article.paragraphs[0].text == expected["body"]


# --------------------------------------------------------------------------
# rules
# --------------------------------------------------------------------------


def test_publication_date_origins_and_priority() -> None:
    footer = "\nتاريخ النشر: 12 مارس 2023\n"
    article = parse_article(STORY + footer)
    assert article.published is not None
    assert (article.published.date, article.published.origin) == (
        dt.date(2023, 3, 12),
        PublishedOrigin.FOOTER,
    )
    header = "الأحد 12 مارس 2023 - 10:30\n"
    article = parse_article(header + STORY)
    assert article.published is not None
    assert article.published.origin is PublishedOrigin.HEADER
    assert article.headline is not None  # the date line is not taken for the headline
    # a dateline date wins over a footer; a given date wins over everything
    dated = "عنوان الخبر\nدمشق 11 آذار 2023 (سانا) - قال الوزير إن اللقاء كان مثمرا.\n"
    dated += "تاريخ النشر: 12 مارس 2023"
    assert parse_article(dated).published == diplomatext.Published(
        date=dt.date(2023, 3, 11),
        origin=PublishedOrigin.DATELINE,
        start=dated.index("11 آذار"),
        end=dated.index("11 آذار") + len("11 آذار 2023"),
        text="11 آذار 2023",
        reason="the date of the article's dateline; preferred to a publication label "
        "(تاريخ النشر) (2023-03-12)",
    )
    given_date = parse_article(dated, published=dt.date(2023, 3, 13)).published
    assert given_date == diplomatext.Published(
        date=dt.date(2023, 3, 13), origin=PublishedOrigin.GIVEN, reason="given by the caller"
    )


@pytest.mark.parametrize("origin", list(PublishedOrigin))
def test_published_origins_print_as_their_values(origin: PublishedOrigin) -> None:
    assert str(origin) == origin.value
    assert f"{origin}" == f"{origin:}" == origin.value
    assert f"{origin:>10}" == f"{origin.value:>10}"
    assert origin == origin.value
    assert PublishedOrigin(origin.value) is origin


def test_an_updated_stamp_loses_to_a_publication_label() -> None:
    text = STORY + "آخر تحديث: 14 مارس 2023\nنشر في: 12 مارس 2023\n"
    article = parse_article(text)
    assert article.published is not None
    assert article.published.date == dt.date(2023, 3, 12)


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    article = parse_article("التقى الوزيران أمس في جنيف وبحثا تمديد المعاهدة.")
    assert article.published is None
    (mention,) = article.dates
    assert mention.text == "أمس"
    assert mention.first is None
    resolved = parse_article(
        "التقى الوزيران أمس في جنيف وبحثا تمديد المعاهدة.", published=dt.date(2021, 5, 20)
    )
    assert resolved.dates[0].value == "2021-05-19"


def test_a_datetime_is_taken_as_its_date() -> None:
    article = parse_article(STORY, published=dt.datetime(2021, 5, 20, 23, 59))  # noqa: DTZ001
    assert article.published is not None
    assert article.published.date == dt.date(2021, 5, 20)


def test_section_before_the_story_takes_only_its_heading() -> None:
    text = "الأكثر قراءة\n" + STORY + "أخبار ذات صلة\nروسيا تنسحب من المعاهدة\nبوتين يستقبل بايدن\n"
    article = parse_article(text)
    assert len(article.paragraphs) == 2
    reasons = [piece.reason for piece in article.boilerplate]
    assert reasons == ["related-stories"] * 4


def test_tokens_are_cut_off_paragraph_edges() -> None:
    token = "aXA6IDMuMTQ0LjkwLjEwOCA="  # noqa: S105 (a tracking token, not a password)
    sentence = "قال الوزير إن المحادثات مع نظيره الروسي كانت بناءة ومثمرة للغاية ومفيدة."
    line = f"{token} {sentence} {token}"
    article = parse_article("عنوان الخبر\n" + line)
    assert [p.text for p in article.paragraphs] == [sentence]
    assert [b.text for b in article.boilerplate] == [token, token]
    _check_spans(article)


def test_read_also_takes_the_next_line() -> None:
    text = STORY + "اقرأ أيضا\nلافروف يلتقي بلينكن في جنيف\n"
    text += "وتابع الوزير أن الزيارة ستتم الشهر المقبل.\n"
    article = parse_article(text)
    assert [b.reason for b in article.boilerplate] == ["read-also", "read-also"]
    assert article.paragraphs[-1].text == "وتابع الوزير أن الزيارة ستتم الشهر المقبل."


def test_trailing_fragment_needs_an_outlet_that_ends_sentences() -> None:
    # paragraphs without full stops: a short last line is kept as story
    text = "عنوان\nقال الوزير إن اللقاء كان مثمرا\nوأضاف أن الزيارة ستتم قريبا\n"
    text += "وتستمر الزيارة يومين\nالمصدر: تاس"
    article = parse_article(text)
    assert article.paragraphs[-1].text == "وتستمر الزيارة يومين"


WIRE = (
    "السعودية تدعو إلى ضبط النفس\n"
    "الرياض 4 - 9 (واس) -- دعت المملكة العربية السعودية جميع الأطراف إلى ضبط النفس ووقف التصعيد.\n"
    "وأكدت وزارة الخارجية في بيانها أهمية العودة إلى طاولة المفاوضات دون شروط مسبقة.\n"
)


def test_wire_story_closing_lines() -> None:
    # initials, a wire code, the agency between slashes and the editor's name under it
    text = WIRE + "ف ه ع / ن م\nواس091745 جمت سبت 23\n/ واس /\nسلطان العتيبي\n"
    article = parse_article(text)
    _check_spans(article)
    assert [(b.text, b.reason) for b in article.boilerplate] == [
        ("ف ه ع / ن م", "editor-initials"),
        ("واس091745 جمت سبت 23", "wire-code"),
        ("/ واس /", "agency-signature"),
        ("سلطان العتيبي", "byline"),
    ]
    assert len(article.paragraphs) == 2


def test_a_name_line_stays_when_the_story_goes_on() -> None:
    # a short line after a signature is a name only at the end of the page
    text = WIRE + "/ واس /\nالملف النووي\nوفي شأن آخر بحث الوزير مع نظيره الملف النووي الإيراني.\n"
    article = parse_article(text)
    assert "الملف النووي" in [p.text for p in article.paragraphs]
    # and initials before the story has begun are not taken out
    assert not parse_article("ر.ق/ م.ح\n" + WIRE).boilerplate


def test_a_yearless_dateline_date_stays_unresolved() -> None:
    article = parse_article(WIRE)
    assert article.dateline is not None
    date = article.dateline.date
    assert date is not None
    assert (date.text, date.value, date.first) == ("4 - 9", "XXXX-09-04", None)
    assert article.published is None
    # a publication date given resolves it
    given = parse_article(WIRE, published=dt.date(2023, 9, 5))
    assert given.dateline is not None
    assert given.dateline.date is not None
    assert given.dateline.date.value == "2023-09-04"
    # so does the year of a footer date, which stays the publication date
    footer = parse_article(WIRE + "تاريخ النشر: 05/09/2023\n")
    assert footer.dateline is not None
    assert footer.dateline.date is not None
    assert footer.dateline.date.value == "2023-09-04"
    assert footer.published is not None
    assert (footer.published.date, footer.published.origin) == (
        dt.date(2023, 9, 5),
        PublishedOrigin.FOOTER,
    )
    _check_spans(footer)


def test_a_numeric_day_month_is_read_in_datelines_only() -> None:
    text = "عنوان المباراة\nانتهت المباراة بين المنتخبين 5 - 11 في الشوط الأول أمس.\n"
    assert "5 - 11" not in {m.text for m in parse_article(text).dates}
    # an impossible day or month leaves the dateline without a date
    odd = parse_article("عنوان الخبر\nالكويت - 45 - 13 (كونا) -- قال الوزير إن اللقاء كان مثمرا.\n")
    assert odd.dateline is not None
    assert odd.dateline.agency is not None
    assert odd.dateline.date is None


def test_a_dateline_line_before_the_headline() -> None:
    text = (
        "الرباط: «هسبريس»\n"
        "المغرب وإسبانيا يوقعان اتفاقيات جديدة\n"
        "وقع المغرب وإسبانيا أمس عدة اتفاقيات للتعاون في مجالات الطاقة والنقل والهجرة.\n"
    )
    article = parse_article(text)
    _check_spans(article)
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert article.dateline.outlet is not None
    assert (article.dateline.place.text, article.dateline.outlet.text) == ("الرباط", "هسبريس")
    assert article.headline is not None
    assert article.headline.text == "المغرب وإسبانيا يوقعان اتفاقيات جديدة"
    assert len(article.paragraphs) == 1


def test_a_byline_without_colon_under_the_headline() -> None:
    text = (
        "وزير الخارجية يلتقي نظيره القبرصي\n"
        "كتبت - منى عبد الحميد\n"
        "التقى وزير الخارجية اليوم نظيره القبرصي وبحثا سبل تعزيز التعاون بين البلدين.\n"
    )
    article = parse_article(text)
    assert [(b.text, b.reason) for b in article.boilerplate] == [
        ("كتبت - منى عبد الحميد", "byline")
    ]
    # as the first line it is a press-review headline, not a byline
    review = "كتبت صحيفة الغارديان البريطانية\n" + text.split("\n", 2)[2]
    assert parse_article(review).headline is not None


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\u200f\u200e"])
def test_empty_texts(text: str) -> None:
    article = parse_article(text)
    assert article == Article(text=text)


@pytest.mark.parametrize("value", [None, b"bytes", 12, ["a"]])
def test_non_text_is_an_input_error(value: object) -> None:
    with pytest.raises(InputError):
        parse_article(value)  # type: ignore[arg-type]


def test_published_must_be_a_date() -> None:
    with pytest.raises(InputError, match="published"):
        parse_article("نص", published="2021-05-20")  # type: ignore[arg-type]


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="max_chars=10"):
        parse_article("ا" * 11, max_chars=10)
    assert parse_article("ا" * 11, max_chars=None).paragraphs


def test_no_limit_means_none_in_the_finders_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # parse_article checks the length itself: the finders' own default limits
    # (tens of millions of characters, too many to build here) must not apply
    from diplomatext.dates import find_dates  # noqa: PLC0415
    from diplomatext.treaties import find_treaties  # noqa: PLC0415

    assert find_dates.__kwdefaults__ is not None
    assert find_treaties.__kwdefaults__ is not None
    monkeypatch.setitem(find_dates.__kwdefaults__, "max_chars", 50)
    monkeypatch.setitem(find_treaties.__kwdefaults__, "max_chars", 50)
    with pytest.raises(InputTooLargeError):
        find_dates(STORY * 2)  # the patch took
    text = STORY + "وقع البلدان معاهدة نيو ستارت في 5 فبراير 2011.\n" * 3
    article = parse_article(text, max_chars=None)
    assert [d.text for d in article.dates] == ["5 فبراير 2011"] * 3
    assert [t.treaty.id for t in article.treaties] == ["new-start"] * 3
    assert parse_article(text).dates == article.dates  # the default limit is parse_article's


def test_a_regex_timeout_is_a_pattern_timeout_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_lines, "time_limit", lambda subject: 1e-9)  # noqa: ARG005
    # one long line with an ASCII run that may start a tracking token: the token
    # pattern reads all of it
    text = "ا " * 199_992 + "x" * 16
    with pytest.raises(PatternTimeoutError, match="boilerplate") as info:
        parse_article(text)
    assert isinstance(info.value, TimeoutError)
    assert isinstance(info.value.__cause__, TimeoutError)
    assert "split it" in str(info.value)
    assert "400,000-character" in str(info.value)


_EDGY = st.text(
    st.one_of(
        st.sampled_from(" .،:-«»()!؟/|•٥5ا\n\u00a0\u200f"),
        st.characters(codec=None, categories=None),
    ),
    max_size=130,
)


@given(text=_EDGY)
@example(text="." * 120)
@example(text="." * 60 + "ا" + " ." * 40)
@example(text="« ا »\n")
def test_edge_stripping_is_the_edge_pattern(text: str) -> None:
    # the walk in from both ends gives what the patterns' substitution gives
    assert article_lines.STRIP_PUNCT.strip(text) == article_lines.EDGE_PUNCT.sub("", text)
    assert article_lines.STRIP_COUNT.strip(text) == article_lines.EDGE_COUNT.sub("", text)


@given(text=st.text(st.sampled_from("aZ09+/=ا -\u00e9"), max_size=60) | any_text())
@example(text="ت aXA6IDMuMTQ0LjkwLjEwOCA= ت")
@example(text="5f2b7c9e1a3d4b6c8e0f1a2b")
def test_the_token_test_misses_no_token(text: str) -> None:
    if boilerplate.TOKEN.search(text) is not None:
        assert boilerplate.may_hold_tokens(text)


def test_timeouts_grow_with_the_text() -> None:
    short, long = article_lines.time_limit("ا" * 100), article_lines.time_limit("ا" * 5_000_000)
    assert short >= 2  # seconds: no loaded machine fails a line
    assert long >= short + 40  # a five-megabyte line gets most of a minute


def test_hostile_megabyte_inputs() -> None:
    token = "aXA6IDMuMTQ0LjkwLjEwOCA= "  # noqa: S105 (a tracking token, not a password)
    cases = {
        "one-line": "ا" * 1_000_000,
        "brackets": "(" * 500_000 + ")" * 500_000,
        "dashes": "موسكو - " * 120_000,
        "tokens": token * 40_000,
        "share-lines": "مشاركة :\n" * 100_000,
        "digits": "15-5-2019 " * 100_000,
    }
    for name, text in cases.items():
        article = parse_article(text)
        _check_spans(article)
        assert article.text is text, name
    assert len(parse_article(cases["share-lines"]).boilerplate) == 100_000


# --------------------------------------------------------------------------
# serialization
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_to_dict_is_json_and_round_trips(name: str) -> None:
    article = parse_article(read_article(ARTICLES / name), source=name)
    data = article.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    keys = {"source", "headline", "dateline", "published", "paragraphs", "boilerplate"}
    assert keys | {"dates", "treaties", "text"} <= set(data)
    assert all("value" in date for date in data["dates"])
    assert all("id" in mention["treaty"] for mention in data["treaties"])
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert Article.from_dict(again) == article


def test_from_dict_refuses_other_versions_and_bad_spans() -> None:
    data = parse_article(STORY).to_dict()
    with pytest.raises(RecordError, match="schema_version"):
        Article.from_dict({**data, "schema_version": SCHEMA_VERSION + 1})
    data["paragraphs"][0]["start"] += 1
    with pytest.raises(RecordError, match="does not match"):
        Article.from_dict(data)


def test_mentions_round_trip() -> None:
    text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت حتى 5 شباط/فبراير 2026."
    dates = diplomatext.find_dates(text, reference=dt.date(2021, 1, 27))
    treaties = diplomatext.find_treaties(text)
    assert dates
    assert treaties
    for date in dates:
        data = json.loads(json.dumps(date.to_dict()))
        assert diplomatext.DateMention.from_dict(data) == date
    for treaty in treaties:
        data = json.loads(json.dumps(treaty.to_dict()))
        assert "aliases" not in data["treaty"]
        shipped = diplomatext.load_gazetteer()
        assert diplomatext.TreatyMention.from_dict(data, gazetteer=shipped) == treaty


def test_mention_records_come_from_the_mentions_own_methods() -> None:
    # one serialization per record class: no second, module-level helper to keep in step
    for name in ("mention_to_dict", "mention_from_dict"):
        assert not hasattr(diplomatext, name)
        assert name not in diplomatext.__all__
        assert not hasattr(articles, name)
    article = parse_article(
        "نص الخبر: وقع البلدان معاهدة نيو ستارت أمس.", published=dt.date(2021, 2, 4)
    )
    data = article.to_dict()
    assert data["dates"] == [mention.to_dict() for mention in article.dates]
    assert data["treaties"] == [mention.to_dict() for mention in article.treaties]
    assert data["dates"]
    assert data["treaties"]


def test_json_schema_validates_the_output() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(diplomatext.__file__).parent / "data" / "article.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted(ARTICLES.glob("*.txt")):
        data = parse_article(read_article(path), source=path.name).to_dict()
        jsonschema.validate(data, schema)


def test_json_schema_names_every_key_the_mentions_write() -> None:
    # the mention records are the mentions' own to_dict(): the schema follows them
    schema_path = Path(diplomatext.__file__).parent / "data" / "article.schema.json"
    defs = json.loads(schema_path.read_text(encoding="utf-8"))["$defs"]
    span = set(defs["span"]["properties"])
    text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت حتى 5 شباط/فبراير 2026."
    (date, *_) = diplomatext.find_dates(text, reference=dt.date(2021, 1, 27))
    (treaty,) = diplomatext.find_treaties(text)
    assert set(date.to_dict()) == span | set(defs["date"]["properties"])
    treaty_data = treaty.to_dict()
    assert set(treaty_data) == span | set(defs["treaty_mention"]["properties"])
    treaty_keys = set(defs["treaty_mention"]["properties"]["treaty"]["properties"])
    assert set(treaty_data["treaty"]) == treaty_keys


def test_pickles_for_process_pools() -> None:
    text, _ = _seed("003")
    article = parse_article(text)
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301 (our own object)
    assert pickle.loads(pickle.dumps(parse_article)) is parse_article  # noqa: S301


# --------------------------------------------------------------------------
# properties
# --------------------------------------------------------------------------

_LINES = st.lists(
    st.one_of(
        arabic_text(80),
        st.sampled_from(
            [
                "مشاركة :",
                "المصدر: تاس",
                "آخر الأخبار",
                "موسكو - سبوتنيك. قال الوزير إن اللقاء كان مثمرا.",
                "( أردو بوینت نتورك ۔ / سبوتنيك - 18 كانون الثاني 2022ء) أعلنت الوزارة.",
                "التاريخ: الأربعاء 15-5-2019",
                "aXA6IDMuMTQ0LjkwLjEwOCA= جزيرة",
                "ر.ق/ م.ح",
                "/ واس /",
                "سلطان العتيبي",
                "الرباط: «هسبريس»",
                "الكويت - 5 - 11 (كونا) -- قال الوزير إن اللقاء كان مثمرا.",
                "كتب محمد السيد",
                "التقى الوزيران أمس وبحثا معاهدة نيو ستارت.",
                "",
            ]
        ),
    ),
    max_size=12,
)


@given(text=any_text())
def test_any_text_parses_with_valid_spans(text: str) -> None:
    article = parse_article(text)
    _check_spans(article)


@settings(max_examples=80)
@given(lines=_LINES, newline=st.sampled_from(["\n", "\r\n", "\n\n", "\u2029"]))
def test_article_like_texts(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    article = parse_article(text)
    _check_spans(article)
    # nothing is dropped silently: every letter or digit is in some piece
    covered = [False] * len(text)
    pieces = [(p.start, p.end) for p in article.paragraphs]
    pieces += [(b.start, b.end) for b in article.boilerplate]
    if article.headline is not None:
        pieces.append((article.headline.start, article.headline.end))
    for start, end in pieces:
        covered[start:end] = [True] * (end - start)
    if article.dateline is not None:
        covered[article.dateline.start : article.dateline.end] = [True] * (
            article.dateline.end - article.dateline.start
        )
    assert all(covered[i] or not text[i].isalnum() for i in range(len(text)))
    assert parse_article(text) == article  # deterministic
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@pytest.mark.parametrize("separator", ["\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\n"])
def test_paragraphs_parted_by_any_line_break_stay_apart_for_the_finders(separator: str) -> None:
    # the masked story kept only "\n": paragraphs parted by a lone CR (old Mac
    # files) or U+2028 were joined, and a date read across them was lost
    lines = ["عنوان الخبر هنا", "التقى الوزيران في جنيف يوم 5", "فبراير 2021 وبحثا المعاهدة."]
    reference = parse_article("\n".join(lines))
    article = parse_article(separator.join(lines))
    assert [p.text for p in article.paragraphs] == [p.text for p in reference.paragraphs]
    assert [(d.text, d.value) for d in article.dates] == [("فبراير 2021", "2021-02")]
    assert [(d.text, d.value) for d in reference.dates] == [("فبراير 2021", "2021-02")]


def test_numeric_calendar_hijri_reads_the_page_and_the_story() -> None:
    """A page that dates by the Hijri calendar: its date line and the story's numeric dates."""
    text = (
        "وزير الخارجية يستقبل سفير الكويت\n"
        "استقبل وزير الخارجية اليوم سفير الكويت، وبحث معه العلاقات الثنائية. وكان الوزير قد"
        " التقى السفير في 14-07-44.\n"
        "التاريخ: 15-07-44"
    )
    default = diplomatext.parse_article(text)
    assert default.published is None
    assert [mention.text for mention in default.dates] == ["اليوم"]
    hijri = diplomatext.parse_article(text, numeric_calendar="hijri")
    assert hijri.published is not None
    assert hijri.published.date == dt.date(2023, 2, 6)  # 15 Rajab 1444
    assert [(m.text, m.value) for m in hijri.dates] == [
        ("اليوم", "2023-02-06"),
        ("14-07-44", "2023-02-05"),
    ]


def test_numeric_calendar_of_an_article_is_checked() -> None:
    with pytest.raises(diplomatext.InputError, match="numeric_calendar must be"):
        diplomatext.parse_article("نص", numeric_calendar="levantine")
