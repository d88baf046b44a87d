"""The events finder's token scans give what a scan of the whole text gives.

Contact words and names are matched only on the tokens that can start one; these
tests hold both to the plain scan of the text with the same compiled pattern, on
real texts and on generated ones; and the per-document token tables (sentence
numbers, tokens without their article) to the one-by-one computation.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomatext import find_events, load_actors
from diplomatext._lexical import fold
from diplomatext.data import contact_words
from diplomatext.events._doc import _bare_tokens, _sentence_ends, _sentence_numbers
from diplomatext.events._triggers import matches, may_have_triggers, tables, tokenize
from diplomatext.events._words import SENTENCE_END, strip_article
from diplomatext.normalize import prepare
from tests.strategies import any_text
from tests.tables import CASES, read_jsonl


def _texts() -> list[str]:
    rows = read_jsonl(CASES / "events.jsonl") + read_jsonl(CASES / "contacts_real.jsonl")
    return [prepare(row["text"]).text for row in rows]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in found]


def _plain_scan(folded: str) -> list[re.Match[str]]:
    return list(tables().pattern.finditer(folded))


# fragments that build tokens the grammar reads: clitics, contact words, suffixes
_PIECES = sorted(
    {
        *(fold(word) for word in contact_words.NOUNS),
        *(fold(word) for word in contact_words.VERBS),
        *(fold(word) for word in contact_words.BLOCKED_TOKENS),
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "ال",
        "لل",
        "س",
        "ه",
        "ها",
        "هما",
        "ين",
        "ان",
        "ا",
        "ت",
        " ",
        "\t",
        "\n",
        ".",
        "،",
        "1",
        "_",
    }
)


def test_tokens_are_the_word_runs() -> None:
    for text in _texts()[:20]:
        tokens = tokenize(text)
        assert tokens.words == re.findall(r"\w+", text)
        assert [text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)] == (
            tokens.words
        )


@given(
    st.lists(
        st.sampled_from(["2021", " ", "1", "/", "وزير", "\n", "،", "ab", "x" * 3000]), max_size=40
    ),
    st.integers(1, 12),
)
def test_long_texts_are_tokenized_by_stretches_as_in_one_split(
    pieces: list[str], times: int
) -> None:
    """Past one article's length the text is split a stretch at a time (bounded memory):
    the same tokens and offsets, none cut at a stretch's edge."""
    text = "".join(pieces) * times
    tokens = tokenize(text)
    found = list(re.finditer(r"\w+", text))
    assert tokens.words == [match.group() for match in found]
    assert list(tokens.starts) == [match.start() for match in found]
    assert list(tokens.ends) == [match.end() for match in found]


@given(
    st.lists(st.sampled_from(["أمس", "\n", " ", "2021", "وزارة", "x" * 3000]), max_size=30),
    st.integers(1, 8),
    st.integers(0, 10**6),
    st.sampled_from(_PIECES),
)
def test_a_long_text_is_refused_only_when_no_contact_word_can_start(
    pieces: list[str], times: int, where: int, piece: str
) -> None:
    """The stretch-by-stretch check before a long text is tokenized whole never hides a
    contact word (wherever it sits, across a stretch's edge too)."""
    text = "".join(pieces) * times
    at = where % (len(text) + 1)
    folded = prepare(text[:at] + " " + piece + " " + text[at:]).text
    if any(matches(folded)):
        assert may_have_triggers(folded)


def test_a_long_text_without_a_contact_word_has_no_event() -> None:
    dates = "أمس\n" * 6000
    assert not may_have_triggers(prepare(dates).text)
    assert find_events(dates, reference=None) == ()
    call = "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي أنتوني بلينكن.\n"
    for text in (dates + call, call + dates, dates + call + dates):
        assert may_have_triggers(prepare(text).text)
        [event] = find_events(text, reference=dt.date(2022, 1, 5))
        assert sorted(actor.id for actor in event.participants) == [
            "antony-blinken",
            "sergey-lavrov",
        ]


@pytest.mark.parametrize("text", _texts())
def test_trigger_matches_as_a_whole_scan(text: str) -> None:
    assert _spans(list(matches(text))) == _spans(_plain_scan(text))


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_trigger_matches_as_a_whole_scan_generated(text: str) -> None:
    assert _spans(list(matches(text))) == _spans(_plain_scan(text))


@given(any_text())
def test_trigger_matches_as_a_whole_scan_any_text(text: str) -> None:
    folded = prepare(text).text
    assert _spans(list(matches(folded))) == _spans(_plain_scan(folded))


_NAME_PIECES = [
    "وزير الخارجية",
    "الروسي",
    "سيرغي لافروف",
    "لافروف",
    "الرئيس",
    "الأمريكي",
    "موسكو",
    "الكونغو - كينشاسا",
    "الأمم المتحدة",
    "نظيره",
    "الوزيران",
    "و",
    "ب",
    "ل",
    "ف",
    " ",
    "\n",
    ".",
    "-",
]


def _name_scan(
    text: str, *, by_token: bool = True
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    actors = load_actors()
    if not by_token:  # as for a table with a name that does not start with a word
        actors = copy.copy(actors)
        actors.starting = None
    tokens = tokenize(text)
    found = [
        (tokens.starts[at], match.end())
        for at, match in actors.matches(
            text, (0, len(text)), tokens.words, tokens.starts, (0, len(tokens.words))
        )
    ]
    plain = [match.span() for match in actors.pattern.finditer(text, 0, len(text))]
    return found, plain


@pytest.mark.parametrize("text", _texts())
def test_name_matches_as_a_whole_scan(text: str) -> None:
    found, plain = _name_scan(text)
    assert found == plain


@pytest.mark.parametrize("text", _texts()[:10])
def test_name_matches_when_a_name_starts_with_no_word(text: str) -> None:
    found, plain = _name_scan(text, by_token=False)
    assert found == plain


@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=20).map(lambda pieces: fold("".join(pieces)))
)
def test_name_matches_as_a_whole_scan_generated(text: str) -> None:
    found, plain = _name_scan(text)
    assert found == plain


@given(st.lists(st.integers(0, 400), max_size=60), st.lists(st.integers(0, 400), max_size=20))
def test_sentence_numbers_count_the_marks_before(starts: list[int], marks: list[int]) -> None:
    starts, marks = sorted(set(starts)), sorted(set(marks))
    expected = [bisect.bisect_left(marks, start) for start in starts]
    assert _sentence_numbers(starts, marks) == expected


@given(
    st.lists(
        st.sampled_from(["وال", "بال", "لل", "ال", "و", "ب", "ل", "ف", "ك", "تب", "سلام"]),
        min_size=1,
        max_size=4,
    ).map("".join)
)
def test_bare_tokens_as_one_by_one(token: str) -> None:
    assert _bare_tokens([token, token]) == [strip_article(token)] * 2


@pytest.mark.parametrize("text", _texts())
def test_sentence_ends_as_a_whole_scan(text: str) -> None:
    assert _sentence_ends(text) == [match.span() for match in SENTENCE_END.finditer(text)]


@given(
    st.lists(
        st.sampled_from(["د", "بدر", " ", "\n", ".", "..", "!", "?", ";", "،", "x"]), max_size=30
    ).map("".join)
)
def test_sentence_ends_as_a_whole_scan_generated(text: str) -> None:
    assert _sentence_ends(text) == [match.span() for match in SENTENCE_END.finditer(text)]
