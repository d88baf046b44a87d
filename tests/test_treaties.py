"""find_treaties / canonicalize_treaty: tables of real-looking sentences, negatives, properties."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    Confidence,
    GazetteerError,
    MatchKind,
    TreatyMention,
    canonicalize_treaty,
    find_treaties,
    load_gazetteer,
)
from tests.strategies import any_text, arabic_text

CASES = Path(__file__).parent / "cases"
FIXTURE = CASES / "fixture_gazetteer.json"


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (CASES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _params(name: str) -> list[Any]:
    rows = _rows(name)
    return [
        pytest.param(
            row,
            id=row["label"],
            marks=[pytest.mark.xfail(strict=True, reason=row["comment"])]
            if row.get("expect") == "fail"
            else [],
        )
        for row in rows
    ]


def _reference(row: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row.get("reference") else None


def _check_spans(text: str, mentions: list[TreatyMention]) -> None:
    last = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last, "mentions overlap or are out of order"
        last = mention.end


@pytest.mark.parametrize("row", _params("treaties.jsonl") + _params("treaties_negative.jsonl"))
def test_table(row: dict[str, Any]) -> None:
    mentions = find_treaties(row["text"], reference=_reference(row))
    _check_spans(row["text"], mentions)
    assert [[m.text, m.treaty.id] for m in mentions] == row["expected"]


@pytest.mark.parametrize("row", _params("treaties_fixture.jsonl"))
def test_matcher_logic_on_the_fixture_gazetteer(row: dict[str, Any]) -> None:
    fixture = load_gazetteer(FIXTURE, merge=False)
    mentions = find_treaties(row["text"], reference=_reference(row), gazetteer=fixture)
    _check_spans(row["text"], mentions)
    got = [[m.text, m.treaty.id, m.match.value] for m in mentions]
    assert got == row["expected"]


def test_tables_have_no_duplicate_inputs() -> None:
    for name in ("treaties.jsonl", "treaties_negative.jsonl", "treaties_fixture.jsonl"):
        rows = _rows(name)
        labels = [row["label"] for row in rows]
        texts = [(row["text"], row.get("reference")) for row in rows]
        assert len(labels) == len(set(labels)), name
        assert len(texts) == len(set(texts)), name


# ----------------------------------------------------------------------------- records


def test_mention_records_how_and_why() -> None:
    text = "قالت طهران إنها ملتزمة بالاتفاق النووي"
    mention = find_treaties(text, reference=dt.date(2020, 1, 1))[0]
    assert mention.match is MatchKind.CONTEXT
    assert mention.confidence is Confidence.HIGH
    assert "طهران" in mention.reason
    assert mention.candidates == ("jcpoa",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 0  # type: ignore[misc]


def test_date_rule_confidence_is_lower_than_context() -> None:
    by_date = find_treaties("ناقشا معاهدة ستارت", reference=dt.date(2020, 1, 1))[0]
    assert by_date.treaty.id == "new-start"
    assert by_date.confidence is Confidence.MEDIUM
    assert "reference date" in by_date.reason
    assert set(by_date.candidates) == {"start-i", "new-start"}


def test_no_reference_no_guess() -> None:
    assert find_treaties("ناقشا معاهدة ستارت") == []


def test_results_are_picklable_and_deterministic() -> None:
    text = "تمديد معاهدة نيو ستارت وقرار مجلس الأمن 2254"
    first = find_treaties(text)
    assert first == find_treaties(text)
    assert pickle.loads(pickle.dumps(first)) == first  # noqa: S301 - our own data


def test_treaty_record() -> None:
    treaty = load_gazetteer()["jcpoa"]
    assert treaty.name_en == "Joint Comprehensive Plan of Action"
    assert treaty.kind is diplomatext.TreatyKind.AGREEMENT
    assert treaty.year == 2015
    assert "Iran" in treaty.parties
    assert "خطة العمل الشاملة المشتركة" in treaty.aliases


def test_mention_round_trips_through_a_dict() -> None:
    text = "انضمت إلى معاهدة عدم انتشار الأسلحة النووية (NPT) ووقعت اتفاق باريس"
    for mention in find_treaties(text, reference=dt.date(2020, 1, 1)):
        data = mention.to_dict()
        assert json.loads(json.dumps(data, ensure_ascii=False)) == data
        assert TreatyMention.from_dict(data) == mention
        assert data == diplomatext.mention_to_dict(mention)


def test_resolution_records_are_made_for_any_number() -> None:
    mention = find_treaties("قرار مجلس الأمن رقم 2796")[0]
    assert mention.treaty.id == "unsc-resolution-2796"
    assert mention.treaty.kind is diplomatext.TreatyKind.RESOLUTION
    assert mention.match is MatchKind.NUMBERED


# ----------------------------------------------------------------------------- back-references


def test_back_references_are_opt_in() -> None:
    text = (
        "انسحبت روسيا من اتفاقية السماوات المفتوحة. وكانت واشنطن قد تركت المعاهدة. "
        "وتم الاتفاق على مواصلة الحوار"
    )
    assert [m.treaty.id for m in find_treaties(text)] == ["open-skies"]
    mentions = find_treaties(text, back_references=True)
    assert [(m.text, m.treaty.id, m.match) for m in mentions] == [
        ("اتفاقية السماوات المفتوحة", "open-skies", MatchKind.EXACT),
        ("المعاهدة", "open-skies", MatchKind.BACK_REFERENCE),
    ]
    assert mentions[1].confidence is Confidence.LOW


def test_back_reference_needs_a_compatible_kind() -> None:
    text = "رحب المجلس بقرار مجلس الأمن 2254 ثم ناقش المعاهدة"
    mentions = find_treaties(text, back_references=True)
    assert [m.treaty.id for m in mentions] == ["unsc-resolution-2254"]


# ----------------------------------------------------------------------------- canonicalize


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("معاهدة نيو ستارت", "new-start"),
        ("«ستارت 3»", "new-start"),
        ("إتفاقية السموات المفتوحة", "open-skies"),
        ("بمعاهدة عدم انتشار الأسلحة النووية", "npt"),
        ("New START", "new-start"),
        ("npt", "npt"),
        ("Treaty on Open Skies", "open-skies"),
        ("قرار مجلس الأمن 1701", "unsc-resolution-1701"),
        ("اتفاقية تعاون", None),
        ("معاهدة نيو ستارت والاتفاق النووي", None),
        ("الطائف", None),
        ("", None),
    ],
)
def test_canonicalize(name: str, expected: str | None) -> None:
    treaty = canonicalize_treaty(name)
    assert (treaty.id if treaty else None) == expected


def test_canonicalize_uses_the_reference() -> None:
    name = "معاهدة الحد من الأسلحة الاستراتيجية"
    assert canonicalize_treaty(name) is None
    found = canonicalize_treaty(name, reference=dt.date(1973, 1, 1))
    assert found is not None
    assert found.id == "salt-i"


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("bad", [None, b"\xd9\x85", 42, ["text"]])
def test_non_str_input(bad: object) -> None:
    with pytest.raises(diplomatext.InputError):
        find_treaties(bad)  # type: ignore[arg-type]
    with pytest.raises(diplomatext.InputError):
        canonicalize_treaty(bad)  # type: ignore[arg-type]


def test_bad_reference() -> None:
    with pytest.raises(diplomatext.InputError):
        find_treaties("معاهدة نيو ستارت", reference="2021-01-01")  # type: ignore[arg-type]


def test_empty_and_too_large() -> None:
    assert find_treaties("") == []
    with pytest.raises(diplomatext.InputTooLargeError):
        find_treaties("معاهدة " * 10, max_chars=20)


def test_hostile_megabyte() -> None:
    # heads without names, names without heads, resolution heads without numbers,
    # quotes and glued words: a megabyte of near-misses, then one real mention
    unit = 'معاهدة معاهدة "اتفاقية" الحد من الأسلحة قرار قرار مجلس الأمن رقم ' + "ستارتستارت "
    text = unit * (1_000_000 // len(unit)) + " ومعاهدة نيو ستارت"
    mentions = find_treaties(text)
    assert [m.treaty.id for m in mentions] == ["new-start"]
    assert mentions[0].text == "معاهدة نيو ستارت"


def test_many_mentions_megabyte() -> None:
    unit = "جدد الطرفان معاهدة نيو ستارت وقرار مجلس الأمن 2254. "
    text = unit * (1_000_000 // len(unit))
    mentions = find_treaties(text)
    assert len(mentions) == 2 * (1_000_000 // len(unit))
    _check_spans(text, mentions)


# ----------------------------------------------------------------------------- gazetteer files


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_user_file_merges_with_the_shipped_entries(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "schema_version": 1,
            "entries": [
                {
                    "id": "juba-peace-agreement",
                    "kind": "agreement",
                    "name_en": "Juba Peace Agreement",
                    "name_ar": "اتفاق جوبا للسلام",
                    "signed": "2020-10-03",
                    "aliases": ["اتفاق جوبا للسلام"],
                }
            ],
        },
    )
    merged = load_gazetteer(path)
    assert "juba-peace-agreement" in merged
    assert "new-start" in merged
    text = "وقعت الحكومة السودانية اتفاق جوبا للسلام ومعاهدة نيو ستارت"
    found = [m.treaty.id for m in find_treaties(text, gazetteer=merged)]
    assert found == ["juba-peace-agreement", "new-start"]
    only = load_gazetteer(path, merge=False)
    assert list(only) == ["juba-peace-agreement"]


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"id": "Bad Id", "kind": "treaty", "name_en": "x", "name_ar": "س"}, "id"),
        ({"id": "x", "kind": "pact", "name_en": "x", "name_ar": "س"}, "kind"),
        ({"id": "x", "kind": "treaty", "name_ar": "س"}, "name_en"),
        ({"id": "x", "kind": "treaty", "name_en": "x", "name_ar": "س", "signed": "1990"}, "signed"),
        (
            {"id": "x", "kind": "treaty", "name_en": "x", "name_ar": "س", "wikidata": "42"},
            "wikidata",
        ),
        ({"id": "x", "kind": "treaty", "name_en": "x", "name_ar": "س", "aliases": [7]}, "aliases"),
        (
            {
                "id": "x",
                "kind": "treaty",
                "name_en": "x",
                "name_ar": "س",
                "patterns": [{"pattern": "(أ|ب", "needs": "head"}],
            },
            "patterns",
        ),
        (
            {"id": "x", "kind": "treaty", "name_en": "x", "name_ar": "س", "acronyms": ["n-p"]},
            "acronyms",
        ),
    ],
)
def test_malformed_entries_name_file_entry_and_field(
    tmp_path: Path, entry: dict[str, Any], field: str
) -> None:
    path = _write(tmp_path, {"schema_version": 1, "entries": [entry]})
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path)
    assert caught.value.path == str(path)
    assert caught.value.field == field
    assert str(path) in str(caught.value)


def test_alias_clash_with_a_shipped_entry_is_refused(tmp_path: Path) -> None:
    entry = {
        "id": "my-start",
        "kind": "treaty",
        "name_en": "Mine",
        "name_ar": "معاهدة نيو ستارت",
        "aliases": ["معاهدة نيو ستارت"],
    }
    path = _write(tmp_path, {"schema_version": 1, "entries": [entry]})
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path)
    assert caught.value.field == "aliases"
    assert caught.value.path == str(path)
    assert load_gazetteer(path, merge=False)["my-start"].name_en == "Mine"


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("not json", None),
        ('{"entries": []}', "schema_version"),
        ('{"schema_version": 1, "entries": {}}', "entries"),
        (
            (
                '{"schema_version": 1, "entries": [], '
                '"ambiguous": [{"id": "g", "candidates": ["zz"]}]}'
            ),
            "candidates",
        ),
        (
            (
                '{"schema_version": 1, "entries": [{"id": "x", "kind": "treaty", '
                '"name_en": "X", "name_ar": "معاهدة إكس"}], "ambiguous": [{"id": "g", '
                '"candidates": ["x"], "by_reference": ["y"]}]}'
            ),
            "by_reference",
        ),
        (
            (
                '{"schema_version": 1, "entries": [{"id": "x", "kind": "treaty", '
                '"name_en": "X", "name_ar": "معاهدة إكس"}], "ambiguous": [{"id": "g", '
                '"candidates": ["x"], "blocked_by": "word"}]}'
            ),
            "blocked_by",
        ),
        (
            (
                '{"schema_version": 1, "entries": [{"id": "x", "kind": "treaty", '
                '"name_en": "X", "name_ar": "معاهدة إكس"}], "ambiguous": [{"id": "g", '
                '"candidates": ["x"], "heads": [1]}]}'
            ),
            "heads",
        ),
    ],
)
def test_malformed_files(tmp_path: Path, content: str, field: str | None) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert caught.value.field == field
    assert caught.value.path == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(tmp_path / "nope.json")
    assert "nope.json" in str(caught.value)


def test_gazetteer_error_pickles() -> None:
    error = GazetteerError("bad", path="f.json", entry_id="x", field="kind")
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
    assert (again.path, again.entry_id, again.field) == ("f.json", "x", "kind")


def test_shipped_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()
    assert diplomatext.GAZETTEER_SCHEMA_VERSION == 1


# ----------------------------------------------------------------------------- properties


@given(any_text(300))
def test_any_text_gives_valid_spans(text: str) -> None:
    mentions = find_treaties(text, reference=dt.date(2021, 1, 1), back_references=True)
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    assert mentions == sorted(mentions, key=lambda m: m.start)


@given(arabic_text(200), arabic_text(200))
def test_mentions_survive_surrounding_text(before: str, after: str) -> None:
    name = "معاهدة الأجواء المفتوحة"
    text = f"{before} {name}. {after}"
    ids = [m.treaty.id for m in find_treaties(text) if m.text == name]
    assert ids == ["open-skies"]


_CLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"]
_NAMES = [
    ("معاهدة نيو ستارت", "new-start"),
    ("اتفاقية السماوات المفتوحة", "open-skies"),
    ("معاهدة الحد من الصواريخ القصيرة ومتوسطة المدى", "inf"),
    ("اتفاق الطائف", "taif-agreement"),
    ("بروتوكول كيوتو", "kyoto-protocol"),
    ("معاهدة عدم انتشار الأسلحة النووية", "npt"),
    ("اتفاقية حظر الأسلحة الكيميائية", "cwc"),
    ("مذكرة بودابست", "budapest-memorandum"),
]


def _variant(name: str, flags: tuple[bool, bool, bool, bool]) -> str:
    alef, teh, tatweel, harakat = flags
    if alef:
        name = name.replace("ا", "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}", 1)
    if teh:
        name = name.replace("\N{ARABIC LETTER TEH MARBUTA}", "\N{ARABIC LETTER HEH}")
    if tatweel:
        name = name[:2] + "\N{ARABIC TATWEEL}" + name[2:]
    if harakat:
        name = name[:1] + "\N{ARABIC FATHA}" + name[1:]
    return name


@given(
    st.sampled_from(_NAMES),
    st.sampled_from(_CLITICS),
    st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
)
def test_found_with_clitics_and_variants(
    named: tuple[str, str], clitic: str, flags: tuple[bool, bool, bool, bool]
) -> None:
    """Alef with hamza, ة written ه, tatweel and harakat, with any proclitic."""
    name, treaty_id = named
    variant = _variant(name, flags)
    text = f"أكد الوزير التزام بلاده {clitic}{variant} في بيان"
    mentions = find_treaties(text)
    assert [m.treaty.id for m in mentions] == [treaty_id]
    assert mentions[0].start == text.index(variant)
    assert mentions[0].end == text.index(variant) + len(variant)


_ENGLISH = [
    ("New START", "new-start"),
    ("Paris Agreement", "paris-agreement"),
    ("Open Skies Treaty", "open-skies"),
    ("Intermediate-Range Nuclear Forces Treaty", "inf"),
]


@given(st.sampled_from(_ENGLISH), st.lists(st.booleans(), min_size=60, max_size=60))
def test_english_names_in_any_case(named: tuple[str, str], upper: list[bool]) -> None:
    """An English name of several words is found whatever the case of its letters."""
    name, treaty_id = named
    written = "".join(ch.upper() if up else ch.lower() for ch, up in zip(name, upper, strict=False))
    text = f"وأعلن الطرفان التزامهما بـ {written} في بيان مشترك"
    mentions = find_treaties(text)
    assert [(m.text, m.treaty.id) for m in mentions] == [(written, treaty_id)]


_NOT_NAME = ["شركة", "لشركة", "مؤسسة", "محفوظة لـ", "تصميم وتطوير", "علامة", "متجر"]
_HEADLESS = [("نيو ستارت", "new-start"), ("ستارت 3", "new-start"), ("NPT", "npt")]


@given(st.sampled_from(_NOT_NAME), st.sampled_from(_HEADLESS), arabic_text(60))
def test_company_words_before_a_headless_name(word: str, named: tuple[str, str], tail: str) -> None:
    """A company, brand or credit word makes a headless name something else; a head does not."""
    name, treaty_id = named
    assert [m for m in find_treaties(f"{word} {name}. {tail}") if m.treaty.id == treaty_id] == []
    headed = find_treaties(f"{word} تدعم معاهدة {name}. {tail}")
    assert treaty_id in {m.treaty.id for m in headed}
