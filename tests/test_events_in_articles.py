"""Contacts in the article pass, its records, the corpus tables and the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import diplomatext
from diplomatext.cli import main

STORY = (
    "لافروف وبلينكن يبحثان هاتفيا معاهدة نيو ستارت\n"
    "بحث وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي مع نظيره الأمريكي أنتوني بلينكن "
    "أمس تمديد معاهدة نيو ستارت.\n"
    "شارك\n"
)
PUBLISHED = dt.date(2021, 2, 5)


def test_the_article_pass_finds_the_contacts_of_the_story() -> None:
    article = diplomatext.parse_article(STORY, published=PUBLISHED)
    (event,) = article.events
    assert event.mode is diplomatext.Mode.PHONE
    assert sorted(actor.id for actor in event.participants) == ["antony-blinken", "sergey-lavrov"]
    assert event.date is not None
    assert event.date.value == "2021-02-04"  # أمس, against the publication date
    assert all(STORY[m.start : m.end] == m.text for m in event.mentions)
    assert diplomatext.Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_events_false_leaves_them_out() -> None:
    article = diplomatext.parse_article(STORY, published=PUBLISHED, events=False)
    assert article.events == ()
    assert article.dates == diplomatext.parse_article(STORY, published=PUBLISHED).dates
    with pytest.raises(diplomatext.InputError, match="events must be True or False"):
        diplomatext.parse_article(STORY, events="yes")  # type: ignore[arg-type]


def test_an_undated_contact_names_no_office_holder() -> None:
    # no date in the text and none given: today's minister is not the one of the call
    (event,) = diplomatext.find_events(
        "بحث وزير الخارجية الروسي في اتصال هاتفي مع نظيره الأمريكي", reference=None
    )
    assert sorted(actor.id for actor in event.participants) == ["RUS", "USA"]
    (dated,) = diplomatext.find_events(
        "بحث وزير الخارجية الروسي في اتصال هاتفي مع نظيره الأمريكي",
        reference=dt.date(2019, 5, 14),
    )
    assert sorted(actor.id for actor in dated.participants) == ["mike-pompeo", "sergey-lavrov"]


def test_a_prepared_text_gives_the_same_contacts() -> None:
    reference = dt.date(2021, 2, 5)
    assert diplomatext.find_events(
        diplomatext.prepare(STORY), reference=reference
    ) == diplomatext.find_events(STORY, reference=reference)


def test_to_frame_of_events() -> None:
    pytest.importorskip("pandas")
    parsed = list(diplomatext.parse_records([{"id": "a1", "text": STORY, "date": "2021-02-05"}]))
    table = diplomatext.to_frame(parsed, what="events")
    assert table[["id", "mode", "participants", "date"]].values.tolist() == [
        ["a1", "phone", "antony-blinken sergey-lavrov", "2021-02-04"]
    ]


def test_plover_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "call.txt"
    article.write_text(STORY, encoding="utf-8")
    (tmp_path / "none.txt").write_text("عنوان\nنص بلا اتصال.\n", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "plover", "--published", "2021-02-05"]) == 0
    (line,) = capsys.readouterr().out.splitlines()  # the article with no contact writes none
    record = json.loads(line)
    assert record["event"] == "CONSULT"
    assert record["mode"] == "phone"
    assert record["date"] == "2021-02-04"
    assert record["cite_info"]["language"] == "ar"
    assert record["id"] == f"{article}-0"


def test_parse_article_reads_an_html_string_by_its_content() -> None:
    fixtures = Path(__file__).parent / "fixtures" / "html"
    html = (fixtures / "wordpress.html").read_text(encoding="utf-8")
    article = diplomatext.parse_article(html)
    assert article.headline is not None
    assert not article.headline.text.startswith("<")
    assert article.url is not None
    assert article.published is not None
    assert article.published.origin is diplomatext.PublishedOrigin.META
    assert "<" not in article.text  # the extracted text, which the spans point into
    # the same page read from bytes, then parsed
    raw = diplomatext.read_article((fixtures / "wordpress.html").read_bytes())
    assert diplomatext.parse_article(raw) == article
