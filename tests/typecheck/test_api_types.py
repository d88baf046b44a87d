"""Exercises the public API under ``mypy --strict``: the types users see must hold.

This module is type-checked (``mypy`` covers ``tests/``) and also run by pytest.
The folder is not called ``tests/typing``: that would shadow the standard library.
"""

from __future__ import annotations

import datetime as dt

import attrs

import diplomatext


def normalization() -> None:
    """The normalize module's types."""
    text: str = diplomatext.normalize("إتفاقيّة", "search")
    result: diplomatext.Normalized = diplomatext.normalize_with_map(text, diplomatext.MATCHING)
    span: tuple[int, int] = result.to_original(0, len(result.text))
    steps: tuple[str, ...] = result.steps
    changes: tuple[diplomatext.Change, ...] = result.explain()
    options: diplomatext.NormalizeOptions = attrs.evolve(diplomatext.STANDARD, digits=False)
    assert span[0] <= span[1]
    assert isinstance(steps, tuple)
    assert isinstance(changes, tuple)
    assert not options.digits


def dates() -> None:
    """The dates module's types."""
    found: list[diplomatext.DateMention] = diplomatext.find_dates(
        "التقى الوزيران أمس", reference=dt.date(2021, 5, 19)
    )
    one: diplomatext.DateMention | None = diplomatext.resolve_date("5 فبراير 2021")
    assert one is not None
    first: dt.date | None = one.first
    value: str = one.value
    granularity: diplomatext.Granularity = one.granularity
    calendar: diplomatext.Calendar = one.calendar
    mod: diplomatext.Mod | None = one.mod
    notes: tuple[diplomatext.DateNote, ...] = one.notes
    assert found
    assert first == dt.date(2021, 2, 5)
    assert (value, granularity, calendar, mod, notes) == (
        "2021-02-05",
        diplomatext.Granularity.DAY,
        one.calendar,
        None,
        (),
    )


def treaties() -> None:
    """The treaties module's types."""
    gazetteer: diplomatext.Gazetteer = diplomatext.load_gazetteer()
    found: list[diplomatext.TreatyMention] = diplomatext.find_treaties(
        "تمديد معاهدة نيو ستارت", reference=dt.date(2021, 1, 26), gazetteer=gazetteer
    )
    treaty: diplomatext.Treaty | None = diplomatext.canonicalize_treaty("معاهدة الأجواء المفتوحة")
    assert treaty is not None
    ident: str = treaty.id
    kind: diplomatext.TreatyKind = treaty.kind
    assert [m.treaty.id for m in found] == ["new-start"]
    assert (ident, kind) == ("open-skies", treaty.kind)


def articles() -> None:
    """The articles module's types."""
    text: str = diplomatext.read_article("التقى الوزيران أمس.\n".encode("cp1256"))
    article: diplomatext.Article = diplomatext.parse_article(
        text, published=dt.date(2021, 5, 19), source="x.txt"
    )
    record: dict[str, object] = article.to_dict()
    again: diplomatext.Article = diplomatext.Article.from_dict(record)
    published: diplomatext.Published | None = again.published
    assert published is not None
    assert published.date == dt.date(2021, 5, 19)
    assert again == article


def test_api_types_run() -> None:
    """The annotated calls above also run."""
    normalization()
    dates()
    treaties()
    articles()
