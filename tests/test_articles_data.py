"""The tables of diplomatext.data.boilerplate, swept entry by entry."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatext import MATCHING, PublishedOrigin, normalize, parse_article
from diplomatext.data import boilerplate as data

STORY = (
    "عنوان الخبر عن لقاء الوزيرين\n"
    "قال وزير الخارجية إن المحادثات مع نظيره الروسي كانت بناءة ومثمرة للغاية.\n"
    "وأضاف أن الجانبين اتفقا على مواصلة الاتصالات في الفترة المقبلة.\n"
)
BODY = "قال المتحدث باسم الوزارة إن المحادثات كانت بناءة ومثمرة للغاية."


def _id(marker: data.Marker) -> str:
    return f"{marker.kind}:{marker.phrase}"


@pytest.mark.parametrize("marker", data.MARKERS, ids=[_id(m) for m in data.MARKERS])
def test_every_marker_classifies_its_own_example(marker: data.Marker) -> None:
    article = parse_article(STORY + marker.example + "\n")
    found = {piece.text: piece for piece in article.boilerplate}
    assert marker.example in found, f"{marker.example!r} was not taken out"
    piece = found[marker.example]
    assert piece.reason == marker.reason
    assert piece.marker == marker.phrase
    assert len(article.paragraphs) == 2  # the story is untouched


@pytest.mark.parametrize("marker", data.MARKERS, ids=[_id(m) for m in data.MARKERS])
def test_every_marker_is_well_formed(marker: data.Marker) -> None:
    assert marker.reason in data.REASONS
    assert marker.phrase == marker.phrase.strip()
    assert len(marker.example.split()) <= marker.max_words
    assert marker.max_words >= len(marker.phrase.split())


def test_no_two_markers_share_a_folded_phrase() -> None:
    folded = [normalize(m.phrase, MATCHING).lower() for m in data.MARKERS]
    duplicates = {phrase for phrase in folded if folded.count(phrase) > 1}
    assert not duplicates


def test_every_reason_is_used_or_a_rule() -> None:
    rules = {
        "repeated-headline",
        "tracking-token",
        "trailing-fragment",
        "separator",
        "date-line",
        "link",
        "agency-signature",
        "editor-initials",
        "wire-code",
        "crawl-stamp",
        "time-ago",
    }
    used = {m.reason for m in data.MARKERS}
    assert set(data.REASONS) <= used | rules


@pytest.mark.parametrize("agency", sorted(data.AGENCIES))
def test_every_agency_is_read_in_a_dateline(agency: str) -> None:
    text = f"عنوان الخبر\nموسكو ({agency}) - {BODY}\n"
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.agency is not None
    assert article.dateline.agency.text == agency
    assert article.paragraphs[0].text == BODY


@pytest.mark.parametrize("agency", sorted(data.AGENCIES))
def test_every_agency_alone_is_a_signature(agency: str) -> None:
    article = parse_article(STORY + f"({agency})\n")
    assert [piece.reason for piece in article.boilerplate] == ["agency-signature"]


@pytest.mark.parametrize("place", sorted(data.PLACES))
def test_every_place_is_read_in_a_dateline(place: str) -> None:
    article = parse_article(f"عنوان الخبر\n{place} - {BODY}\n")
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert article.dateline.place.text == place
    assert article.paragraphs[0].text == BODY


@pytest.mark.parametrize("name", sorted(data.SOCIAL_NETWORKS))
def test_every_social_network_makes_share_buttons(name: str) -> None:
    article = parse_article(STORY + f"شارك: {name}\n")
    assert [piece.reason for piece in article.boilerplate] == ["share-buttons"]


@pytest.mark.parametrize(
    "label", sorted(label for label, rank in data.DATE_LABELS.items() if rank != data.UPDATE_RANK)
)
def test_every_date_label_gives_the_publication_date(label: str) -> None:
    article = parse_article(STORY + f"{label}: 12 مارس 2023\n")
    assert article.published is not None
    assert article.published.date == dt.date(2023, 3, 12)
    assert label in (article.published.reason or "")
    assert article.published.origin is PublishedOrigin.FOOTER


@pytest.mark.parametrize(
    "label", sorted(label for label, rank in data.DATE_LABELS.items() if rank == data.UPDATE_RANK)
)
def test_no_update_label_gives_the_publication_date(label: str) -> None:
    article = parse_article(STORY + f"{label}: 12 مارس 2023\n")
    assert article.published is None
    assert [piece.reason for piece in article.boilerplate] == ["footer-field"]


@pytest.mark.parametrize("joiner", sorted(data.CRAWL_STAMP_JOINERS))
def test_every_crawl_joiner_makes_a_crawl_stamp(joiner: str) -> None:
    article = parse_article(STORY + f"2024-09-12{joiner}08:15:40\n")
    assert article.published is None
    assert [piece.reason for piece in article.boilerplate] == ["crawl-stamp"]


@pytest.mark.parametrize("unit", sorted(data.AGO_UNITS))
@pytest.mark.parametrize("word", sorted(data.AGO_WORDS))
def test_every_ago_word_and_unit_make_a_widget(word: str, unit: str) -> None:
    article = parse_article(f"{word} 3 {unit}\n" + STORY)
    assert article.published is None
    assert [piece.reason for piece in article.boilerplate] == ["time-ago"]


@pytest.mark.parametrize("word", sorted(data.DATE_LINE_FILLERS))
def test_date_line_fillers_keep_a_date_line(word: str) -> None:
    article = parse_article(f"{word} 12 مارس 2023\n" + STORY)
    assert [piece.reason for piece in article.boilerplate] == ["date-line"]


@pytest.mark.parametrize("outlet", sorted(data.OUTLETS))
def test_every_outlet_is_read_in_a_quoted_dateline(outlet: str) -> None:
    for line in (f"لندن: «{outlet}» {BODY}", f"لندن - «{outlet}»\n{BODY}"):
        article = parse_article(f"عنوان الخبر\n{line}\n")
        assert article.dateline is not None
        assert article.dateline.outlet is not None
        assert article.dateline.outlet.text == outlet
        assert article.paragraphs[0].text == BODY


@pytest.mark.parametrize("outlet", sorted(o for o in data.OUTLETS if len(o.split()) > 1))
def test_every_long_outlet_is_read_bare(outlet: str) -> None:
    article = parse_article(f"عنوان الخبر\nبيروت - {outlet}\n{BODY}\n")
    assert article.dateline is not None
    assert article.dateline.outlet is not None
    assert article.dateline.outlet.text == outlet


@pytest.mark.parametrize("verb", sorted(data.BYLINE_VERBS))
def test_every_byline_verb_makes_a_byline_under_the_headline(verb: str) -> None:
    text = f"عنوان الخبر هنا\n{verb} أحمد محمود\n{BODY}\n"
    article = parse_article(text)
    assert [(b.text, b.reason) for b in article.boilerplate] == [(f"{verb} أحمد محمود", "byline")]
