"""The shipped persons table tests itself: every name finds its person, every office its holder.

These sweep every entry of ``data/persons.json`` (issue 12), so that a person added with a
name that another entry already owns, or an office that overlaps another holder's, fails
here rather than as a wrong contact in somebody's corpus.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

import diplomatext
import diplomatext.data
from diplomatext import load_actors
from diplomatext._lexical import fold
from diplomatext.data import contact_words, offices
from diplomatext.events._actors import _patronymic
from tests.tables import load_script

DATA = Path(diplomatext.__file__).parent / "data"
PERSONS: list[dict[str, Any]] = json.loads((DATA / "persons.json").read_text("utf-8"))["persons"]
SINGLE_HOLDER = frozenset(offices.ROLES) - offices.SHARED_ROLES
# a short name that is also a nationality adjective (السوداني) is read as the person only
# when the full name is in the text: the finder tells them apart
NAME_KINDS = frozenset({"person", "titled-person", "adjective"})


def _first_day(value: str) -> dt.date:
    """The first day a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` value can mean."""
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _last_day(value: str) -> dt.date:
    """The last day a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` value can mean."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


@pytest.mark.parametrize("person", PERSONS, ids=[person["id"] for person in PERSONS])
def test_every_name_finds_its_person_and_nothing_else(person: dict[str, Any]) -> None:
    """A full or short name names this person, and is no state, title or city as well."""
    actors = load_actors()
    for name in person["names_ar"] + person["short_ar"]:
        entries = actors.entries(fold(name))
        assert any(entry.value == person["id"] for entry in entries), name
        if not any(entry.kind == "titled-person" for entry in entries):
            # a word of the language (السوداني) is a person only after a title, by design
            assert {entry.kind for entry in entries} <= NAME_KINDS, (name, entries)


def test_no_full_name_is_two_persons_in_office_at_once() -> None:
    """Two persons may share a name only if they never held office at the same time."""
    holders: dict[str, list[dict[str, Any]]] = {}
    for person in PERSONS:
        for name in {fold(name) for name in person["names_ar"]}:
            holders.setdefault(name, []).append(person)
    for name, sharing in holders.items():
        terms = [
            (
                _last_day(office["start"]),
                _first_day(office["end"]) if office["end"] else dt.date.max,
                person["id"],
            )
            for person in sharing
            for office in person["offices"]
        ]
        for first, last, who in terms:
            for other_first, other_last, other in terms:
                assert who == other or max(first, other_first) >= min(last, other_last), (
                    name,
                    who,
                    other,
                )


def _covers(office: dict[str, Any], day: dt.date) -> bool:
    end = _last_day(office["end"]) if office["end"] else dt.date.max
    return _first_day(office["start"]) <= day <= end


SINGLE_TERMS = [
    (person["id"], office)
    for person in PERSONS
    for office in person["offices"]
    if office["role"] in SINGLE_HOLDER and "rival" not in office.get("note", "")
]


@pytest.mark.parametrize(
    ("holder", "office"),
    SINGLE_TERMS,
    ids=[f"{holder}-{office['role']}-{office['state']}" for holder, office in SINGLE_TERMS],
)
def test_single_holder_office_has_one_holder_mid_term(holder: str, office: dict[str, Any]) -> None:
    """In the middle of a term of a single-holder office, nobody else holds it.

    Rival governments (an office whose note says ``rival``) are real and left out; the
    days a partial date leaves uncertain, and the day of a handover, are not tested.
    """
    first = _last_day(office["start"]) + dt.timedelta(days=1)
    last = (_first_day(office["end"]) if office["end"] else dt.date(2026, 12, 3)) - dt.timedelta(
        days=1
    )
    if last < first:
        return
    middle = first + (last - first) / 2
    others = [
        other
        for other, term in SINGLE_TERMS
        if other != holder
        and (term["role"], term["state"]) == (office["role"], office["state"])
        and _covers(term, middle)
    ]
    assert not others, (middle, others)


def test_every_office_has_a_source_address() -> None:
    for person in PERSONS:
        for office in person["offices"]:
            assert office["source"].startswith("https://"), person["id"]


@pytest.mark.parametrize(
    ("written", "kind", "value"),
    [
        ("أنطونيو جوتيريش", "person", "antonio-guterres"),  # Egypt's غوتيريش
        ("أنجولا", "state", "AGO"),
        ("الكونجو - كينشاسا", "state", "COD"),
        ("الأنجولي", "adjective", "AGO"),
        ("السنجالي", "adjective", "SEN"),
        ("البرتغال", "state", "PRT"),  # the name as written still works
    ],
)
def test_a_foreign_g_is_read_as_ghayn_or_jim(written: str, kind: str, value: str) -> None:
    entries = load_actors().entries(fold(written))
    assert any(entry.kind == kind and entry.value == value for entry in entries), entries


@pytest.mark.parametrize("word", ["الجاني", "الجانيات", "الجينيات", "بجداد", "المجرب"])
def test_a_jim_form_never_makes_a_word_a_name(word: str) -> None:
    """الغاني would be الجاني (the culprit), الغينيات الجينيات (genes); Arab names keep their غ."""
    assert not load_actors().entries(fold(word))


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("سالم العبدالله", "salem-abdullah-al-jaber-al-sabah"),
        ("أحمد الناصر", "ahmad-nasser-al-mohammad-al-sabah"),
    ],
)
def test_al_sabah_by_given_name_and_father(written: str, person: str) -> None:
    """Kuwait's press names the Al-Sabah by given name and father's name with ال."""
    assert any(entry.value == person for entry in load_actors().entries(fold(written)))


def test_no_patronymic_is_the_family_name() -> None:
    """محمد صباح السالم الصباح makes no «محمد الصباح»: that is any Mohammad of the family."""
    assert _patronymic(fold("الشيخ سالم عبد الله الجابر الصباح")) == "سالم العبدالله"
    assert _patronymic(fold("محمد صباح السالم الصباح")) is None
    assert _patronymic(fold("فيصل بن فرحان آل سعود")) is None


def test_the_persons_checker_finds_no_error_in_the_shipped_table() -> None:
    # scripts/check_persons.py is what a contributor runs after editing persons.json
    module = load_script("check_persons")
    errors, _, counts = module.check(module.DEFAULT)
    assert errors == []
    assert counts["persons"] > 2000


def test_every_table_of_the_data_package_is_exported() -> None:
    """Each ``Final`` table of ``diplomatext.data`` is in its module's ``__all__``."""
    folder = Path(diplomatext.data.__file__).parent
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(f"diplomatext.data.{path.stem}")
        tables = re.findall(r"^([A-Z][A-Z0-9_]*): Final", path.read_text("utf-8"), re.MULTILINE)
        missing = [name for name in tables if name not in module.__all__]
        assert not missing, (path.name, missing)


def test_the_gendered_nouns_and_the_arrival_verbs_are_contact_words() -> None:
    """``FEMININE_NOUNS`` are nouns of ``NOUNS``; ``ARRIVAL_VERBS`` are verbs of visits."""
    assert set(contact_words.FEMININE_NOUNS) <= set(contact_words.NOUNS)
    assert all(contact_words.VERBS.get(verb) == "visit" for verb in contact_words.ARRIVAL_VERBS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the airport is named after the late prime minister: he receives no one
        (
            (
                "حل وزير الخارجية التركي هاكان فيدان ببيروت مساء أمس، وكان في استقباله بمطار رفيق"
                " الحريري الدولي رئيس الحكومة نجيب ميقاتي."
            ),
            ["hakan-fidan", "najib-mikati"],
        ),
        (
            (
                "وصل الرئيس التركي رجب طيب أردوغان إلى الرياض مساء أمس، وكان في مقدمة مستقبليه لدى"
                " وصوله مطار الملك خالد الدولي ولي العهد الأمير محمد بن سلمان."
            ),
            ["mohammed-bin-salman", "recep-tayyip-erdogan"],
        ),
        # the site named before the contact word, and a street
        (
            (
                "هبطت طائرة الرئيس التركي رجب طيب أردوغان في مطار رفيق الحريري الدولي، حيث"
                " استقبله رئيس الحكومة نجيب ميقاتي."
            ),
            ["najib-mikati", "recep-tayyip-erdogan"],
        ),
        (
            (
                "افتتح الرئيس الفلسطيني محمود عباس ورئيس الوزراء الإسباني بيدرو سانشيز شارع ياسر"
                " عرفات في برشلونة، وعقدا لقاء ثنائيا."
            ),
            ["mahmoud-abbas", "pedro-sanchez"],
        ),
        # an institution of a state or organization, a portfolio, and the person
        (
            (
                "قام الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل بزيارة إلى بيروت"
                " اليوم، التقى خلالها وزير الخارجية عبد الله بو حبيب."
            ),
            ["abdallah-bou-habib", "josep-borrell"],
        ),
        # a portfolio between the title and its holder's name
        (
            (
                "استقبل الرئيس محمود عباس المنسق الخاص للأمم المتحدة لعملية السلام في الشرق"
                " الأوسط تور وينسلاند."
            ),
            ["mahmoud-abbas", "tor-wennesland"],
        ),
    ],
)
def test_the_sides_of_receptions_by_name(text: str, expected: list[str]) -> None:
    (event,) = diplomatext.find_events(text, reference=dt.date(2024, 2, 29))
    assert sorted(actor.id for actor in event.participants) == expected


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("الممثلة العليا للاتحاد الأوروبي", "2025-09-25", "kaja-kallas"),
        ("الممثل السامي للاتحاد الأوروبي", "2021-05-20", "josep-borrell"),
        ("الممثل الأعلى للشؤون الخارجية للاتحاد الأوروبي", "2024-01-22", "josep-borrell"),
        (
            "الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
            "2021-05-20",
            "josep-borrell",
        ),
        ("مسؤول السياسة الخارجية بالاتحاد الأوروبي", "2021-05-20", "josep-borrell"),
        ("مفوضة السياسة الخارجية الأوروبية", "2016-05-01", "federica-mogherini"),
        ("منسقة السياسة الخارجية للاتحاد الأوروبي", "2012-05-01", "catherine-ashton"),
        ("الممثل الأعلى للسياسة الخارجية الأوروبية", "2019-12-05", "josep-borrell"),
        # a woman with the masculine adjective, as a real page wrote it (round p41)
        (
            "الممثلة الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
            "2017-02-10",
            "federica-mogherini",
        ),
    ],
)
def test_the_eu_foreign_policy_chief_by_title(title: str, day: str, holder: str) -> None:
    """The High Representative's many titles name the holder of the day, not the Union."""
    text = f"التقى وزير الخارجية المغربي ناصر بوريطة اليوم {title}."
    (event,) = diplomatext.find_events(text, reference=dt.date.fromisoformat(day))
    assert sorted(actor.id for actor in event.participants) == [holder, "nasser-bourita"]


def test_an_objection_is_no_agreement() -> None:
    # اتفقا على أن يزور is agreed and to come; اعترض على أن يزور is no plan of anyone
    agreed, objected = (
        diplomatext.find_events(text, reference=dt.date(2024, 11, 21))
        for text in (
            (
                "اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، خلال اتصال هاتفي"
                " اليوم، على أن يزور أردوغان موسكو."
            ),
            "اعترض البرلمان على أن يزور الرئيس التركي رجب طيب أردوغان موسكو.",
        )
    )
    assert [str(event.status) for event in agreed if str(event.mode) == "visit"] == ["planned"]
    assert [str(event.status) for event in objected] != ["planned"]


def test_a_nisba_named_in_full_stands_alone_for_its_person() -> None:
    """المالكي (several persons' family name) is the one the text names in full (round p41)."""
    text = (
        "المالكي يلتقي الرئيس العراقي برهم صالح غدا\n\n"
        "يصل إلى العاصمة بغداد، يوم غد الأحد، وزير خارجية السلطة الفلسطينية رياض المالكي"
        " في زيارة رسمية."
    )
    found = {
        tuple(sorted(actor.id for actor in event.participants))
        for event in diplomatext.find_events(text, reference=dt.date(2021, 5, 22))
    }
    assert ("barham-salih", "riyad-al-maliki") in found
