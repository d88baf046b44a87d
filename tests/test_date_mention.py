"""The DateMention record: built with keywords, frozen, compared, hashed, printed and pickled."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest

from diplomatext import (
    Anchor,
    Calendar,
    DateMention,
    DateNote,
    DiplomatextError,
    Granularity,
    Mod,
    SpanError,
    find_dates,
)

FIELDS = (
    "start",
    "end",
    "text",
    "value",
    "mod",
    "first",
    "last",
    "granularity",
    "calendar",
    "hijri",
    "anchor",
    "notes",
    "rule",
)


def _mention(**changes: object) -> DateMention:
    fields: dict[str, object] = {
        "start": 300,
        "end": 318,
        "text": "منتصف يناير الماضي",
        "value": "2021-01",
        "mod": Mod.MID,
        "first": dt.date(2021, 1, 11),
        "last": dt.date(2021, 1, 20),
        "granularity": Granularity.MONTH,
        "calendar": Calendar.GREGORIAN,
        "anchor": Anchor.RELATIVE,
        "notes": (DateNote.NO_REFERENCE,),
        "rule": "calendar-date",
    }
    fields.update(changes)
    if "end" not in changes:
        fields["end"] = fields["start"] + len(str(fields["text"]))  # type: ignore[operator]
    return DateMention(**fields)  # type: ignore[arg-type]


def test_keywords_and_defaults() -> None:
    mention = DateMention(
        start=4,
        end=7,
        text="أمس",
        value="2021-05-18",
        granularity=Granularity.DAY,
        calendar=Calendar.UNSPECIFIED,
        anchor=Anchor.RELATIVE,
    )
    assert (mention.start, mention.end, mention.text, mention.value) == (4, 7, "أمس", "2021-05-18")
    assert (mention.mod, mention.first, mention.last, mention.hijri) == (None, None, None, None)
    assert (mention.notes, mention.rule) == ((), "")
    with pytest.raises(TypeError):
        DateMention(4, 7, "أمس")  # type: ignore[call-arg]


@pytest.mark.parametrize("end", [317, 319, 0])
def test_a_span_that_does_not_fit_its_text_is_refused(end: int) -> None:
    with pytest.raises(SpanError, match=r"end = start \+ len\(text\)") as caught:
        _mention(end=end)
    assert isinstance(caught.value, DiplomatextError)


def test_frozen() -> None:
    mention = _mention()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 5  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.text = "أمس"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del mention.start
    assert mention == _mention()


def test_equality_and_hash_follow_every_field() -> None:
    mention = _mention()
    assert mention == _mention()
    assert hash(mention) == hash(_mention())
    assert mention != _mention(start=301)
    assert mention != _mention(rule="")
    assert mention != _mention(notes=())
    assert mention.__eq__((300, 318)) is NotImplemented  # a tuple of the offsets is not a mention
    assert len({mention, _mention(), _mention(mod=None)}) == 2


def test_repr_names_every_field_in_order() -> None:
    text = repr(_mention())
    assert text.startswith("DateMention(start=300, end=318, text='منتصف يناير الماضي', ")
    positions = [text.index(f" {name}=" if name != "start" else "(start=") for name in FIELDS]
    assert positions == sorted(positions)


def test_dict_pickle_and_copy_round_trip() -> None:
    mentions = find_dates("أمس\n" * 3 + "في 5 فبراير/شباط 2021", reference=dt.date(2021, 5, 20))
    assert len(mentions) == 4
    for mention in mentions:
        assert list(mention.to_dict()) == list(FIELDS)
        assert DateMention.from_dict(mention.to_dict()) == mention
        assert copy.copy(mention) == mention
        assert copy.deepcopy(mention) == mention
    assert pickle.loads(pickle.dumps(mentions)) == mentions  # noqa: S301 (our own bytes)


def test_record_without_rule_reads_back_with_an_empty_rule() -> None:
    data = _mention().to_dict()
    del data["rule"]
    assert DateMention.from_dict(data).rule == ""


def test_mentions_of_one_expression_are_equal_but_for_their_start() -> None:
    first, second = find_dates("أمس\nأمس", reference=dt.date(2021, 5, 20))
    assert (first.start, second.start) == (0, 4)
    assert {name: getattr(first, name) for name in FIELDS[2:]} == {
        name: getattr(second, name) for name in FIELDS[2:]
    }
