"""find_treaties / canonicalize_treaty: tables of real-looking sentences, negatives, properties."""

from __future__ import annotations

import datetime as dt
import functools
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    Confidence,
    Gazetteer,
    GazetteerError,
    MatchKind,
    TreatyMention,
    canonicalize_treaty,
    find_treaties,
    load_gazetteer,
)
from diplomatext.data import treaty_words
from tests.strategies import any_text, arabic_text
from tests.tables import case_params, load_cases

CASES = Path(__file__).parent / "cases"
FIXTURE = CASES / "fixture_gazetteer.json"
_SHIPPED_FILE = Path(diplomatext.__file__).parent / "data" / "treaties.json"


def _reference(row: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row.get("reference") else None


def _check_spans(text: str, mentions: list[TreatyMention]) -> None:
    last = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last, "mentions overlap or are out of order"
        last = mention.end


@pytest.mark.parametrize(
    "row", case_params(load_cases("treaties.jsonl") + load_cases("treaties_negative.jsonl"))
)
def test_table(row: dict[str, Any]) -> None:
    mentions = find_treaties(row["text"], reference=_reference(row))
    _check_spans(row["text"], mentions)
    assert [[m.text, m.treaty.id] for m in mentions] == row["expected"]


@pytest.mark.parametrize("row", case_params(load_cases("treaties_fixture.jsonl")))
def test_matcher_logic_on_the_fixture_gazetteer(row: dict[str, Any]) -> None:
    fixture = load_gazetteer(FIXTURE, merge=False)
    mentions = find_treaties(row["text"], reference=_reference(row), gazetteer=fixture)
    _check_spans(row["text"], mentions)
    got = [[m.text, m.treaty.id, m.match.value] for m in mentions]
    assert got == row["expected"]


def test_tables_have_no_duplicate_inputs() -> None:
    for name in ("treaties.jsonl", "treaties_negative.jsonl", "treaties_fixture.jsonl"):
        rows = load_cases(name)
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
        assert TreatyMention.from_dict(data, gazetteer=load_gazetteer()) == mention


def test_resolution_records_are_made_for_any_number() -> None:
    mention = find_treaties("قرار مجلس الأمن رقم 2796")[0]
    assert mention.treaty.id == "unsc-resolution-2796"
    assert mention.treaty.kind is diplomatext.TreatyKind.RESOLUTION
    assert mention.match is MatchKind.NUMBERED


@pytest.mark.parametrize(
    ("text", "organ", "why"),
    [
        ("قرار مجلس الأمن رقم 778", "Security Council", "organ named"),
        ("القرار الأممي 2254", "Security Council", "the Security Council's when no organ is named"),
        ("القرار الأممي 194", "General Assembly", "the Assembly's when cited alone"),
        ("القرار الأممي 1514 (د15)", "General Assembly", "a session written after the number"),
    ],
)
def test_a_resolution_says_how_its_organ_was_decided(text: str, organ: str, why: str) -> None:
    (mention,) = find_treaties(text)
    assert organ in mention.reason
    assert why in mention.reason


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


def test_a_group_stopped_after_a_word_links_nothing_even_in_context(tmp_path: Path) -> None:
    group = {
        "id": "accord-short",
        "candidates": ["juba-peace-agreement"],
        "resolve_by": ["context"],
        "aliases": [{"text": "خطة السلام الشاملة"}],
        "stopped_after": ["لمكافحة"],
    }
    entry = {
        "id": "juba-peace-agreement",
        "kind": "agreement",
        "name_en": "Juba Peace Agreement",
        "name_ar": "اتفاق جوبا للسلام",
        "context": ["السودان"],
    }
    path = _write(tmp_path, {"schema_version": 1, "entries": [entry], "ambiguous": [group]})
    gazetteer = load_gazetteer(path, merge=False)
    linked = find_treaties("أكد السودان التزامه بخطة السلام الشاملة.", gazetteer=gazetteer)
    assert [m.treaty.id for m in linked] == ["juba-peace-agreement"]
    stopped = "أطلق السودان خطة السلام الشاملة لمكافحة الفقر."
    assert find_treaties(stopped, gazetteer=gazetteer) == []
    group["stopped_after"] = "لمكافحة"  # a string, not a list of words
    bad = _write(tmp_path, {"schema_version": 1, "entries": [entry], "ambiguous": [group]})
    with pytest.raises(GazetteerError, match="stopped_after"):
        load_gazetteer(bad)


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


_PIECES = st.lists(
    st.sampled_from(
        ["معاهدة", "«نيو", "ستارت»", "الأجواء", "المفتوحة،", "بمعاهدة", "(New", "START)", "؛"]
    ),
    max_size=12,
).map(" ".join)


@functools.cache
def _own_gazetteer() -> Gazetteer:
    """The shipped entries in a gazetteer of their own (its matcher's memos start empty)."""
    return load_gazetteer(_SHIPPED_FILE, merge=False)


@given(st.one_of(_PIECES, arabic_text(200), any_text(200)))
def test_the_memo_of_pieces_changes_nothing(text: str) -> None:
    # a gazetteer of its own reads the new pieces of the text for the first time;
    # the shipped one has read many: the same mentions, and again on a second reading
    fresh = _own_gazetteer()
    first = find_treaties(text, gazetteer=fresh)
    assert find_treaties(text, gazetteer=fresh) == first
    assert [m.to_dict() for m in first] == [m.to_dict() for m in find_treaties(text)]


_INSTITUTES = tuple(treaty_words.INSTITUTES_BEFORE_NAMES)


@given(arabic_text(200), arabic_text(200))
def test_mentions_survive_surrounding_text(before: str, after: str) -> None:
    # (not after the word of an institute named after the treaty: مركز معاهدة الأجواء المفتوحة)
    assume(not before.rstrip(" ،.0123456789٠١٢٣٤٥٦٧٨٩").endswith(_INSTITUTES))
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


# ----------------------------------------------------------------------------- review fixes


@pytest.mark.parametrize(
    "text",
    [
        "دعا القرار 9999 الصادر عن مجلس الأمن",
        "صوتت الدول على قرار الجمعية العامة رقم 3379 (د-30)",
        "أشار البيان إلى قرار الجمعية العامة 46/86",
    ],
)
def test_numbered_resolution_round_trips_exactly(text: str) -> None:
    mention = find_treaties(text)[0]
    assert mention.match is MatchKind.NUMBERED
    assert mention.treaty.id not in load_gazetteer(), "a resolution made by rule"
    data = json.loads(json.dumps(mention.to_dict(), ensure_ascii=False))
    assert data["treaty"]["parties"] == list(mention.treaty.parties)
    assert TreatyMention.from_dict(data, gazetteer=load_gazetteer()) == mention


@given(st.integers(min_value=100, max_value=9999))
def test_any_security_council_resolution_round_trips(number: int) -> None:
    for mention in find_treaties(f"رحب الوزير بقرار مجلس الأمن رقم {number} أمس"):
        assert TreatyMention.from_dict(mention.to_dict(), gazetteer=load_gazetteer()) == mention


def test_article_with_a_rule_made_resolution_round_trips() -> None:
    article = diplomatext.parse_article(
        "عنوان الخبر\nدعا القرار 2799 الصادر عن مجلس الأمن إلى وقف القتال فورا في المنطقة."
    )
    assert [m.treaty.id for m in article.treaties] == ["unsc-resolution-2799"]
    assert diplomatext.Article.from_dict(article.to_dict()) == article


def test_user_entry_round_trips_without_its_alias_lists() -> None:
    fixture = load_gazetteer(FIXTURE, merge=False)
    mention = find_treaties("وقعت الدولتان على ميثاق غاما", gazetteer=fixture)[0]
    assert mention.treaty.aliases
    assert mention.treaty.names_en
    again = TreatyMention.from_dict(mention.to_dict(), gazetteer=None)
    # documented: without its gazetteer an entry comes back without aliases and names_en
    assert again == attrs.evolve(
        mention, treaty=attrs.evolve(mention.treaty, aliases=(), names_en=())
    )
    # against the gazetteer it was found with, it comes back whole
    assert TreatyMention.from_dict(mention.to_dict(), gazetteer=fixture) == mention
    # and never as the shipped gazetteer's (which lacks it) would have it
    assert TreatyMention.from_dict(mention.to_dict(), gazetteer=load_gazetteer()) == again


def test_a_user_entry_with_a_shipped_id_is_not_swapped_for_the_shipped_one() -> None:
    mention = find_treaties("تمديد معاهدة نيو ستارت")[0]
    data = mention.to_dict()
    data["treaty"]["parties"] = ["Someone else"]
    again = TreatyMention.from_dict(data, gazetteer=load_gazetteer())
    assert again.treaty.parties == ("Someone else",)
    assert again.treaty.aliases == ()
    # a dictionary written before parties were kept still finds the shipped entry
    del data["treaty"]["parties"]
    assert TreatyMention.from_dict(data, gazetteer=load_gazetteer()) == mention


def test_user_group_may_name_shipped_entries(tmp_path: Path) -> None:
    document = {
        "schema_version": 1,
        "entries": [
            {
                "id": "x-start",
                "kind": "treaty",
                "name_en": "X START",
                "name_ar": "معاهدة إكس ستارت",
                "signed": "2030-01-01",
                "aliases": ["معاهدة إكس ستارت"],
                "context": ["المريخ"],
            }
        ],
        "ambiguous": [
            {
                "id": "x-or-new-start",
                "candidates": ["x-start", "new-start"],
                "resolve_by": ["context"],
                "aliases": ["معاهدة ستارت الفضائية"],
            }
        ],
    }
    path = _write(tmp_path, document)
    merged = load_gazetteer(path)
    assert "x-start" in merged
    assert "new-start" in merged
    found = find_treaties("ناقشا معاهدة ستارت الفضائية بشأن المريخ", gazetteer=merged)
    assert [m.treaty.id for m in found] == ["x-start"]
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert caught.value.field == "candidates"


_ENTRY = {"id": "x", "kind": "treaty", "name_en": "X", "name_ar": "معاهدة إكس"}


@pytest.mark.parametrize(
    ("document", "entry_id", "field"),
    [
        ({"entries": [{**_ENTRY, "alias": ["معاهدة إكس"]}]}, "x", "alias"),
        ({"entries": [{**_ENTRY, "names_en_alt": ["X Pact"]}]}, "x", "names_en_alt"),
        ({"entries": [{**_ENTRY, "aliases": [{"txt": "معاهدة إكس"}]}]}, "x", "txt"),
        (
            {"entries": [_ENTRY], "ambiguous": [{"id": "g", "candidates": ["x"], "notes": "n"}]},
            "g",
            "notes",
        ),
        ({"entries": [_ENTRY], "ambigous": []}, None, "ambigous"),
    ],
)
def test_unknown_fields_are_refused(
    tmp_path: Path, document: dict[str, Any], entry_id: str | None, field: str
) -> None:
    path = _write(tmp_path, {"schema_version": 1, **document})
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert (caught.value.path, caught.value.entry_id, caught.value.field) == (
        str(path),
        entry_id,
        field,
    )
    assert "unknown field" in str(caught.value)


def test_enumerations_print_as_their_values() -> None:
    assert str(MatchKind.EXACT) == "exact"
    assert f"{MatchKind.BACK_REFERENCE}" == "back_reference"
    assert str(diplomatext.TreatyKind.RESOLUTION) == "resolution"
    assert f"{diplomatext.TreatyKind.TREATY:>8}" == "  treaty"
    assert str(Confidence.HIGH) == "3"
    assert f"{Confidence.LOW}" == "1"


def test_size_limit_is_max_chars() -> None:
    import inspect  # noqa: PLC0415

    from diplomatext import treaties  # noqa: PLC0415

    assert "MAX_CHARS" in treaties.__all__
    default = inspect.signature(find_treaties).parameters["max_chars"].default
    assert default == treaties.MAX_CHARS
    text = "معاهدة نيو ستارت " * 10
    assert len(find_treaties(text, max_chars=None)) == 10
    with pytest.raises(diplomatext.InputTooLargeError):
        find_treaties(text, max_chars=len(text) - 1)


def test_gazetteer_finds_and_names_through_its_own_methods() -> None:
    gazetteer = load_gazetteer(FIXTURE, merge=False)
    assert gazetteer.by_english_name("gamma charter") == gazetteer["gamma-charter"]
    assert gazetteer.by_english_name(" GCH ") == gazetteer["gamma-charter"]
    assert gazetteer.by_english_name("nope") is None
    text = "وقعت الدولتان على ميثاق غاما"
    assert gazetteer.find(text) == find_treaties(text, gazetteer=gazetteer)
    assert canonicalize_treaty("GC", gazetteer=gazetteer) == gazetteer["gamma-charter"]


def test_resolutions_are_indexed_by_organ_and_number() -> None:
    index = load_gazetteer().index
    assert index.resolutions[("sc", 2254)] == ("unsc-resolution-2254",)
    assert index.resolutions[("ga", 194)] == ("unga-resolution-3-194",)


def test_a_number_two_sessions_share_is_not_guessed(tmp_path: Path) -> None:
    entries = [
        {
            "id": f"unga-resolution-{session}-120",
            "kind": "resolution",
            "name_en": f"UN General Assembly Resolution {session}/120",
            "name_ar": f"قرار الجمعية العامة {session}/120",
        }
        for session in (37, 38)
    ]
    gazetteer = load_gazetteer(_write(tmp_path, {"schema_version": 1, "entries": entries}))
    text = "أشار إلى قرار الجمعية العامة رقم 120 الشهير"
    assert find_treaties(text, gazetteer=gazetteer) == []
    found = find_treaties("أشار إلى قرار الجمعية العامة 38/120", gazetteer=gazetteer)
    assert [m.treaty.id for m in found] == ["unga-resolution-38-120"]


class _SlowPattern:
    def match(self, *_args: object, **_kwargs: object) -> None:
        raise TimeoutError("regex timed out")


def test_regex_timeouts_become_pattern_timeout_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from diplomatext.treaties import _resolutions  # noqa: PLC0415

    monkeypatch.setattr(_resolutions, "_RESOLUTION", _SlowPattern())
    with pytest.raises(diplomatext.PatternTimeoutError) as caught:
        find_treaties("رحب بقرار مجلس الأمن 2254")
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, diplomatext.DiplomatextError)
    assert "find_treaties" in str(caught.value)
    with pytest.raises(diplomatext.PatternTimeoutError):
        canonicalize_treaty("قرار مجلس الأمن 2254")


PREPARED_TEXTS = [
    row["text"]
    for row in load_cases("treaties.jsonl") + load_cases("treaties_negative.jsonl")
    if row.get("expect", "pass") == "pass"
]


@pytest.mark.parametrize("back_references", [False, True])
def test_a_prepared_text_gives_what_the_string_gives(*, back_references: bool) -> None:
    from diplomatext.normalize import prepare  # noqa: PLC0415

    reference = dt.date(2021, 2, 5)
    for text in PREPARED_TEXTS:
        expected = find_treaties(text, reference=reference, back_references=back_references)
        got = find_treaties(prepare(text), reference=reference, back_references=back_references)
        assert got == expected, text


@given(any_text(300))
def test_a_prepared_text_gives_what_the_string_gives_on_any_text(text: str) -> None:
    from diplomatext.normalize import prepare  # noqa: PLC0415

    assert find_treaties(prepare(text)) == find_treaties(text)


def test_a_prepared_text_is_checked_like_a_string() -> None:
    from diplomatext.normalize import STANDARD, normalize_with_map, prepare  # noqa: PLC0415

    text = "معاهدة نيو ستارت " * 10
    with pytest.raises(diplomatext.InputTooLargeError):
        find_treaties(prepare(text), max_chars=len(text) - 1)
    with pytest.raises(diplomatext.OptionError, match="MATCHING"):
        find_treaties(normalize_with_map(text, STANDARD))
    assert find_treaties(prepare("")) == []


# ----------------------------------------------------------------------------- issue 13


def _entry(**fields: object) -> dict[str, object]:
    return {"id": "x", "kind": "treaty", "name_en": "X", "name_ar": "معاهدة إكس", **fields}


def test_a_free_order_of_many_words_is_counted_before_it_is_expanded(tmp_path: Path) -> None:
    """{w1 ... w11} stands for 11! names: refused at once, not after gigabytes."""
    words = " ".join(f"كلمة{n}" for n in "ابتثجحخدذرز")
    pattern = {"pattern": f"معاهدة {{{words}}}", "needs": "head"}
    path = _write(tmp_path, {"schema_version": 1, "entries": [_entry(patterns=[pattern])]})
    with pytest.raises(GazetteerError, match=r"5,000|5000") as caught:
        load_gazetteer(path, merge=False)
    assert (caught.value.entry_id, caught.value.field) == ("x", "patterns")


def test_a_pattern_just_under_the_cap_still_expands() -> None:
    from diplomatext.treaties._schema import _expand  # noqa: PLC0415

    assert len(_expand("{أ ب ج د هـ و}")) == 720  # 6! orders
    assert len(_expand("[أ|ب] [ج|د] {هـ و}")) == 3 * 3 * 2


@pytest.mark.parametrize(
    ("document", "entry", "field"),
    [
        ({"schema_version": 1, "entries": [_entry(kind=[])]}, "x", "kind"),
        ({"schema_version": 1, "entries": [_entry(kind={"a": 1})]}, "x", "kind"),
        ({"schema_version": 1, "entries": [_entry(name_ar="((")]}, "x", "name_ar"),
        ({"schema_version": 1, "entries": [_entry(name_ar="«»")]}, "x", "name_ar"),
        ({"schema_version": 1, "entries": [_entry(aliases=["((", "معاهدة إكس"])]}, "x", "aliases"),
        ({"schema_version": True, "entries": []}, None, "schema_version"),
        ({"schema_version": 1.0, "entries": []}, None, "schema_version"),
        ({"schema_version": 1, "entries": [_entry(notes=["a"])]}, "x", "notes"),
        ({"schema_version": 1, "entries": [_entry(heads="معاهدة")]}, "x", "heads"),
        ({"schema_version": 1, "entries": [_entry(signed=19900101)]}, "x", "signed"),
        ({"schema_version": 1, "entries": [_entry(context=[["a"]])]}, "x", "context"),
        (
            {"schema_version": 1, "entries": [_entry(patterns=[{"pattern": "(" * 5000 + "أ"}])]},
            "x",
            "patterns",
        ),
        (
            {
                "schema_version": 1,
                "entries": [_entry(patterns=[{"pattern": "{" * 3000 + "أ", "needs": "head"}])],
            },
            "x",
            "patterns",
        ),
        (
            {"schema_version": 1, "entries": [_entry()], "ambiguous": [{"id": "g", "default": []}]},
            "g",
            "candidates",
        ),
        (
            {
                "schema_version": 1,
                "entries": [_entry()],
                "ambiguous": [{"id": "g", "candidates": ["x"], "default": []}],
            },
            "g",
            "default",
        ),
        (
            {
                "schema_version": 1,
                "entries": [_entry()],
                "ambiguous": [{"id": "g", "candidates": ["x"], "note": 3}],
            },
            "g",
            "note",
        ),
        ({"schema_version": 1, "entries": [], "description": ["a"]}, None, "description"),
    ],
)
def test_bad_values_are_gazetteer_errors_naming_entry_and_field(
    tmp_path: Path, document: dict[str, Any], entry: str | None, field: str
) -> None:
    path = _write(tmp_path, document)
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert (caught.value.path, caught.value.entry_id, caught.value.field) == (
        str(path),
        entry,
        field,
    )


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_deeply_nested_json_is_a_gazetteer_error(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"schema_version": 1, "entries": ' + "[" * depth + "]" * depth + "}")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(path, merge=False)
    assert caught.value.path == str(path)
    with pytest.raises(GazetteerError):
        diplomatext.Gazetteer.from_json("[" * depth + "]" * depth, source="deep")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from diplomatext import treaties  # noqa: PLC0415

    limit = treaties.MAX_GAZETTEER_BYTES
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(limit + 1)  # a sparse file: nothing to read if it is refused first
    with pytest.raises(GazetteerError, match="MAX_GAZETTEER_BYTES") as caught:
        load_gazetteer(path)
    assert caught.value.path == str(path)
    with pytest.raises(GazetteerError, match="MAX_GAZETTEER_BYTES"):
        diplomatext.Gazetteer.from_json(" " * (limit + 1), source="big")


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        ({"gazetteer": "x"}, "load_gazetteer"),
        ({"gazetteer": {"new-start": {}}}, "load_gazetteer"),
        ({"back_references": "yes"}, "True or False"),
        ({"back_references": 1}, "True or False"),
        ({"max_chars": "100"}, "int or None"),
        ({"max_chars": 1.5}, "int or None"),
        ({"max_chars": True}, "int or None"),
    ],
)
def test_options_of_the_wrong_type_are_refused(options: dict[str, Any], needle: str) -> None:
    with pytest.raises(diplomatext.InputError, match=needle):
        find_treaties("معاهدة نيو ستارت", **options)


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(diplomatext.OptionError, match="max_chars"):
        find_treaties("معاهدة نيو ستارت", max_chars=-1)


def test_canonicalize_and_load_refuse_wrong_option_types(tmp_path: Path) -> None:
    with pytest.raises(diplomatext.InputError, match="load_gazetteer"):
        canonicalize_treaty("نيو ستارت", gazetteer="x")  # type: ignore[arg-type]
    with pytest.raises(diplomatext.InputError, match="path"):
        load_gazetteer(42)  # type: ignore[arg-type]
    with pytest.raises(diplomatext.InputError, match="merge"):
        load_gazetteer(_write(tmp_path, {"schema_version": 1, "entries": []}), merge="no")  # type: ignore[arg-type]


def test_from_json_refuses_wrong_types() -> None:
    with pytest.raises(diplomatext.InputError, match="text must be str"):
        diplomatext.Gazetteer.from_json(b'{"schema_version": 1, "entries": []}')  # type: ignore[arg-type]
    with pytest.raises(diplomatext.InputError, match="over must be a Gazetteer"):
        diplomatext.Gazetteer.from_json('{"schema_version": 1, "entries": []}', over="x")  # type: ignore[arg-type]


def test_back_references_on_a_treaty_dense_megabyte() -> None:
    """Every head noun after many mentions: linear, and no PatternTimeoutError."""
    unit = "وقعت معاهدة نيو ستارت ثم المعاهدة والاتفاقية والقرار 2254 والقرار. "
    text = unit * (1_000_000 // len(unit))
    mentions = find_treaties(text, back_references=True)
    _check_spans(text, mentions)
    backs = [m for m in mentions if m.match is MatchKind.BACK_REFERENCE]
    assert len(backs) == 3 * (1_000_000 // len(unit))
    assert {m.treaty.id for m in backs} == {"new-start", "unsc-resolution-2254"}
