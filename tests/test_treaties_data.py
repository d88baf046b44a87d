"""Data self-tests of the shipped gazetteer: every entry, alias, pattern and shared name."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from diplomatext import TreatyKind, find_treaties, load_gazetteer, treaties
from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.treaties._index import conflicts, latin_aliases
from diplomatext.treaties._schema import (
    ALIAS_FIELDS,
    DOCUMENT_FIELDS,
    ENTRY_FIELDS,
    GROUP_FIELDS,
    _expand,
)
from tests.tables import load_script

GAZETTEER = load_gazetteer()
DOCUMENT: dict[str, Any] = json.loads(
    resources.files("diplomatext.data").joinpath("treaties.json").read_text(encoding="utf-8")
)
ENTRIES = {entry["id"]: entry for entry in DOCUMENT["entries"]}
ROOT = Path(__file__).resolve().parents[1]


def test_size_and_schema() -> None:
    assert DOCUMENT["schema_version"] == 1
    assert len(GAZETTEER) >= 60
    assert len(ENTRIES) == len(DOCUMENT["entries"]), "ids are unique"


@pytest.mark.parametrize("treaty_id", sorted(ENTRIES))
def test_entry_is_well_formed(treaty_id: str) -> None:
    treaty = GAZETTEER[treaty_id]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", treaty_id)
    assert treaty.name_en
    assert treaty.name_ar
    assert treaty.parties, "parties are listed"
    if treaty.kind is TreatyKind.RESOLUTION:
        assert re.fullmatch(r"unsc-resolution-\d+|unga-resolution-\d+-\d+", treaty_id)
    if treaty.wikidata is not None:
        assert ENTRIES[treaty_id].get("wikidata_source"), "a QID needs its source"
    if treaty.signed and treaty.ended:
        assert treaty.signed <= treaty.ended
    for alias in ENTRIES[treaty_id].get("aliases", []):
        if isinstance(alias, dict) and alias.get("status", "seen") == "seen":
            assert alias.get("sources"), f"seen alias {alias['text']!r} has no source"


ISSUE_IDS = [
    "new-start",
    "start-i",
    "start-ii",
    "salt-i",
    "salt-ii",
    "inf",
    "abm",
    "open-skies",
    "cfe",
    "npt",
    "ctbt",
    "tpnw",
    "cwc",
    "bwc",
    "jcpoa",
    "minsk-i",
    "minsk-ii",
]


def test_the_issue_ids_exist() -> None:
    for treaty_id in ISSUE_IDS:
        assert treaty_id in GAZETTEER


def _aliases() -> list[Any]:
    # (an alias that needs a head, also a person's name without one, is written in quotes)
    return [
        pytest.param(
            entry.treaty.id,
            f"«{alias.text}»" if alias.needs == "head" else alias.text,
            id=f"{entry.treaty.id}:{alias.text}",
        )
        for entry in GAZETTEER.index.entries.values()
        for alias in entry.aliases
        if not alias.is_pattern
    ]


@pytest.mark.parametrize(("treaty_id", "alias"), _aliases())
def test_every_alias_resolves_to_its_own_entry(treaty_id: str, alias: str) -> None:
    text = f"وأشار البيان إلى {alias} في الفقرة الثانية"
    ids = {m.treaty.id for m in find_treaties(text)}
    assert treaty_id in ids


def _canonical_names() -> list[Any]:
    return [
        pytest.param(treaty.id, treaty.name_ar, id=f"{treaty.id}:name_ar")
        for treaty in GAZETTEER.treaties()
        if treaty.kind is not TreatyKind.RESOLUTION
    ]


def _owned_by_a_group(name: str) -> bool:
    """Whether a group lists this very name (it then decides, with context)."""
    return any(
        fold(alias.text) == fold(name)
        for group in GAZETTEER.groups
        for alias in group.aliases
        if not alias.is_pattern
    )


@pytest.mark.parametrize(("treaty_id", "name"), _canonical_names())
def test_every_canonical_arabic_name_resolves_to_its_entry(treaty_id: str, name: str) -> None:
    """name_ar is matched even when no alias repeats it, unless a group holds that name."""
    found = {m.treaty.id for m in find_treaties(f"وأشار البيان إلى {name} في الفقرة الثانية")}
    assert treaty_id in found or _owned_by_a_group(name)


def _english_names() -> list[Any]:
    return [
        pytest.param(entry.treaty.id, alias.text, id=f"{entry.treaty.id}:{alias.text}")
        for entry in GAZETTEER.index.entries.values()
        for alias in latin_aliases(entry)
        if alias.needs == "none"
    ]


@pytest.mark.parametrize(("treaty_id", "name"), _english_names())
def test_every_english_name_and_acronym_resolves_to_its_entry(treaty_id: str, name: str) -> None:
    found = find_treaties(f"وأشار البيان إلى {name} في الفقرة الثانية")
    assert [m.treaty.id for m in found] == [treaty_id]
    assert found[0].text == name


def test_lone_acronyms_are_unambiguous_capitals() -> None:
    """The 'acronyms' list stands alone in text: capitals, and not an English word."""
    for entry in GAZETTEER.index.entries.values():
        for acronym in entry.acronyms:
            assert acronym.isupper()
            assert acronym.lower() not in {"start", "salt", "cat", "art", "act", "pact"}


def _pattern_names() -> list[Any]:
    found = []
    for entry in GAZETTEER.index.entries.values():
        for alias in entry.aliases:
            if alias.is_pattern:
                found += [
                    pytest.param(
                        entry.treaty.id, " ".join(words), id=f"{entry.treaty.id}:{' '.join(words)}"
                    )
                    for words in _expand(alias.text)
                ]
    return found


@pytest.mark.parametrize(("treaty_id", "name"), _pattern_names())
def test_every_pattern_expansion_resolves_to_its_entry(treaty_id: str, name: str) -> None:
    text = f"وأشار البيان إلى معاهدة {name} في الفقرة الثانية"
    assert treaty_id in {m.treaty.id for m in find_treaties(text)}


def _group_cases() -> list[Any]:
    found = []
    for group in GAZETTEER.groups:
        for alias in group.aliases:
            name = " ".join(_expand(alias.text)[0]) if alias.is_pattern else alias.text
            if alias.is_pattern:
                name = "معاهدة " + name
            found += [
                pytest.param(group.id, name, candidate, id=f"{group.id}:{name}:{candidate}")
                for candidate in group.candidates
                # (a group may resolve by other evidence only: بروتوكول جنيف by its year)
                if GAZETTEER.index.entries[candidate].context and "context" in group.resolve_by
            ]
    return found


@pytest.mark.parametrize(("group_id", "name", "candidate"), _group_cases())
def test_shared_names_resolve_with_each_candidates_context(
    group_id: str, name: str, candidate: str
) -> None:
    del group_id
    keywords = GAZETTEER.index.entries[candidate].context
    results = set()
    for keyword in keywords:
        text = f"وفي سياق {keyword} أشار البيان إلى {name} أمس"
        results |= {m.treaty.id for m in find_treaties(text)}
    assert candidate in results


def test_shared_names_without_evidence_give_nothing() -> None:
    for group in GAZETTEER.groups:
        if "default" in group.resolve_by:
            continue
        for alias in group.aliases:
            name = (
                alias.text if not alias.is_pattern else "معاهدة " + " ".join(_expand(alias.text)[0])
            )
            mentions = find_treaties(f"وأشار البيان إلى {name} أمس")
            assert not [m for m in mentions if m.treaty.id in group.candidates], (group.id, name)


def test_no_alias_names_two_entries_without_a_group() -> None:
    assert list(conflicts(GAZETTEER.index.root)) == []


def test_every_group_candidate_has_a_way_to_be_chosen() -> None:
    for group in GAZETTEER.groups:
        for candidate in group.candidates:
            entry = GAZETTEER.index.entries[candidate]
            dated = entry.treaty.signed is not None and any(
                step in group.resolve_by for step in ("year", "signed-year", "reference", "latest")
            )
            assert entry.context or dated or group.default == candidate, (group.id, candidate)


def test_context_keywords_are_folded_once() -> None:
    for entry in GAZETTEER.index.entries.values():
        for keyword in entry.context:
            assert fold(keyword) == keyword


def test_resolution_rows_match_their_number_rule() -> None:
    for treaty in GAZETTEER.treaties():
        if treaty.id.startswith("unsc-resolution-"):
            number = treaty.id.rsplit("-", 1)[1]
            found = find_treaties(f"قرار مجلس الأمن رقم {number}")
            assert [m.treaty for m in found] == [treaty]


def test_treaty_list_page_is_up_to_date() -> None:
    module = load_script("treaty_list")
    page = (ROOT / "docs" / "reference" / "treaty-list.md").read_text(encoding="utf-8")
    assert page == module.render(), "run: python scripts/treaty_list.py"


def test_dates_parse() -> None:
    for entry in DOCUMENT["entries"]:
        for key in ("signed", "in_force", "ended"):
            if entry.get(key) is not None:
                dt.date.fromisoformat(entry[key])


def _documented_fields(page: str, section: str) -> set[str]:
    """Field names a docs page writes in backticks after *section*: `name`, `"name": ...`."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    text = text[text.index(section) :]
    spans = re.findall(r"`([^`\n]+)`", text)
    names = {span for span in spans if re.fullmatch(r"[a-z][a-z_]*", span)}
    names |= {key for span in spans for key in re.findall(r'"([a-z_]+)"\s*:', span)}
    return names


def test_docs_name_only_fields_the_loader_knows() -> None:
    known = ENTRY_FIELDS | GROUP_FIELDS | ALIAS_FIELDS | DOCUMENT_FIELDS
    words = {"any", "exact", "seen", "guessed", "head_or_quotes", "none", "head"}
    words |= {kind.value for kind in TreatyKind} | {"context", "year", "reference", "latest"}
    pages = {
        "how-to/add-a-treaty.md": "# Add a treaty",
        "reference/treaties.md": "## The gazetteer file",
    }
    for page, section in pages.items():
        named = _documented_fields(page, section)
        api = {name for name in named if hasattr(treaties, name)}  # canonicalize_treaty ...
        unknown = named - known - words - api - {"default"}
        assert not unknown, f"{page} names fields the loader refuses: {sorted(unknown)}"


def test_reference_tables_list_every_field() -> None:
    text = (ROOT / "docs" / "reference" / "treaties.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (`[^|]+`) \|", text, flags=re.MULTILINE)
    listed = {name for row in rows for name in re.findall(r"`([a-z_]+)`", row)}
    missing = (ENTRY_FIELDS | GROUP_FIELDS) - listed
    assert not missing, f"fields missing from the schema tables: {sorted(missing)}"


def test_every_word_table_entry_is_used_by_the_resolution_rule() -> None:
    for session, ordinal in enumerate(treaty_words.SESSION_ORDINALS, start=1):
        for word in treaty_words.SESSION_WORDS[:1]:
            text = f"أيدت الدول قرار الجمعية العامة رقم 999 ({word} {ordinal})"
            assert [m.treaty.id for m in find_treaties(text)] == [f"unga-resolution-{session}-999"]
    for word in treaty_words.SESSION_WORDS:
        text = f"أيدت الدول قرار الجمعية العامة رقم 999 ({word}-7)"
        assert [m.treaty.id for m in find_treaties(text)] == ["unga-resolution-7-999"]
    context = "اجتمع مجلس الأمن أمس. صدر القرار رقم 4521"
    assert [m.treaty.id for m in find_treaties(f"{context} في 2020")] == ["unsc-resolution-4521"]
    for word in treaty_words.DECREE_YEAR_WORDS:
        assert find_treaties(f"{context} {word} 2020 عن الوزارة") == [], word
    for head in treaty_words.RESOLUTION_HEADS:
        found = find_treaties(f"أكد البيان على {head} مجلس الأمن 1701")
        assert [m.treaty.id for m in found] == ["unsc-resolution-1701"], head


@pytest.mark.parametrize("glue", treaty_words.TRAILING_GLUE_STARTS)
def test_every_trailing_glue_start_splits_a_glued_name(glue: str) -> None:
    text = f"وقعت اليابان بروتوكول كيوتو{glue}دول الصناعية"
    found = find_treaties(text)
    assert [(m.text, m.treaty.id) for m in found] == [("بروتوكول كيوتو", "kyoto-protocol")]
