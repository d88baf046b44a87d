"""Diplomatic contacts: the case table, offices on a date, data, records, properties."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import textwrap
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import Event, GazetteerError, find_events, load_actors, to_plover
from diplomatext._lexical import fold
from diplomatext.events import Actors, Evidence, Mention, Mode, Status
from diplomatext.events._spelling import name_variants, seat_variants
from diplomatext.events._triggers import find_triggers
from diplomatext.normalize._layout import soft_breaks
from tests.strategies import any_text, arabic_text
from tests.tables import CASES, case_params, load_cases, read_jsonl

FIXTURE = CASES / "persons_fixture.json"
REAL = CASES / "contacts_real.jsonl"
DATA = Path(diplomatext.__file__).parent / "data"

# the real articles are scored with the shared scorer's rules; these floors sit a little
# under what the library reaches (re-measure and raise them as the data grows): on all rows
# (the sixty-eighth and sixty-ninth rounds, rows 2400-2437, are the newest: 0.393 / 0.557 and
# 0.198 / 0.296 on first contact, on the rules of the session's start; all rows 0.498 / 0.598 after
# that session's rules; the forty-second round, rows 1389-1469: 0.417 / 0.604, 0.367 / 0.388,
# 0.526 / 0.632 and 0.406 / 0.531 on first contact; the forty-first, rows 1309-1388: 0.393 / 0.607,
# 0.303 / 0.394, 0.369 / 0.431 and 0.280 / 0.480; the fortieth, rows 1256-1308: 0.267 /
# 0.622, 0.324 / 0.476 and 0.375 / 0.375; the thirty-ninth, rows 1200-1255: 0.610 / 0.644,
# 0.343 / 0.571 and 0.247 / 0.289; the thirty-eighth, rows 1142-1199: 0.400 / 0.400, 0.317 /
# 0.444 and 0.467 / 0.500; the thirty-seventh, rows 1087-1141: 0.739 / 0.783, 0.478 /
# 0.507 and 0.462 / 0.538; the thirty-sixth, rows 1028-1086: 0.173 / 0.296, 0.600 /
# 0.633 and 0.542 / 0.625; the thirty-fifth, rows 995-1027: 0.302 / 0.415 and 0.479 /
# 0.592; the thirty-fourth, rows 969-994: 0.182 / 0.364 and 0.424 / 0.606; the
# thirty-third, rows 949-968: 0.344 / 0.531; the thirty-second, rows 911-948: 0.450 / 0.525
# and 0.358 / 0.418; the thirty-first, rows 855-910: 0.700 / 0.733, 0.338 / 0.451 and 0.349
# / 0.349; the thirtieth, rows 815-854: 0.407 / 0.441 and 0.516 / 0.581; the twenty-ninth,
# rows 779-814: 0.500 / 0.531 and 0.286 / 0.371; the twenty-eighth, rows 723-778: 0.400 /
# 0.622, 0.386 / 0.526 and 0.157 / 0.189; the twenty-seventh, rows 677-722: 0.352 / 0.462
# and 0.568 / 0.649; the twenty-sixth, rows 637-676: 0.578 / 0.627 and 0.400 / 0.646; the
# twenty-first, rows 504-539: 0.473 / 0.516), on rows 1-503 (the twentieth, rows 468-503:
# 0.510 / 0.633 on first contact), on rows 1-467 (the eighteenth round, rows 430-467: 0.544
# / 0.777 after its rules; the tenth, rows 246-269, gave 0.431 / 0.471 after its rules), on
# rows 1-245 (the ninth round's rules: rows 222-245 0.542 / 0.712), on rows 1-221, on rows
# 1-197, on rows 1-173, on rows 1-149 (the five before the sixth, the hardest: 0.353 /
# 0.559), on rows 1-134 and on rows 1-113
REAL_FLOORS: tuple[tuple[int | None, float, float], ...] = (
    # (the first rows, or None for all; strict F1 floor; states F1 floor)
    (None, 0.49, 0.59),
    (2456, 0.49, 0.59),
    (2437, 0.49, 0.59),
    (2399, 0.49, 0.59),
    (1981, 0.485, 0.575),
    (1954, 0.49, 0.575),
    (1924, 0.49, 0.575),
    (1886, 0.49, 0.575),
    (1864, 0.49, 0.575),
    (1787, 0.495, 0.58),
    (1749, 0.50, 0.59),
    (1646, 0.505, 0.595),
    (1606, 0.51, 0.60),
    (1522, 0.515, 0.605),
    (1469, 0.515, 0.605),
    (1388, 0.52, 0.61),
    (1308, 0.525, 0.61),
    (1255, 0.535, 0.62),
    (1199, 0.545, 0.63),
    (1141, 0.55, 0.64),
    (1086, 0.55, 0.645),
    (1027, 0.555, 0.65),
    (994, 0.56, 0.655),
    (968, 0.56, 0.65),
    (948, 0.56, 0.65),
    (910, 0.57, 0.66),
    (854, 0.57, 0.66),
    (814, 0.57, 0.67),
    (778, 0.58, 0.68),
    (722, 0.61, 0.71),
    (676, 0.62, 0.72),
    (636, 0.62, 0.72),
    (607, 0.62, 0.72),
    (577, 0.635, 0.73),
    (552, 0.65, 0.745),
    (539, 0.655, 0.75),
    (503, 0.66, 0.76),
    (467, 0.67, 0.77),
    (429, 0.67, 0.765),
    (411, 0.675, 0.77),
    (387, 0.68, 0.775),
    (363, 0.70, 0.79),
    (341, 0.71, 0.805),
    (317, 0.715, 0.805),
    (293, 0.725, 0.805),
    (269, 0.725, 0.80),
    (245, 0.74, 0.815),
    (221, 0.76, 0.83),
    (197, 0.78, 0.845),
    (173, 0.79, 0.85),
    (149, 0.845, 0.875),
    (134, 0.865, 0.89),
    (113, 0.885, 0.90),
)


@pytest.fixture(scope="module")
def actors() -> Actors:
    return load_actors(FIXTURE, merge=False)


def _plain(event: Event) -> dict[str, Any]:
    return {
        "mode": str(event.mode),
        "participants": [actor.id for actor in event.participants],
        "date": event.date.value if event.date else None,
        "place": event.place.id if event.place else None,
        "status": str(event.status),
        "host": event.host.id if event.host else None,
        "mentions": len(event.mentions),
    }


# --------------------------------------------------------------------------- case table

ROWS = load_cases("events.jsonl")


def test_case_labels_and_texts_are_unique() -> None:
    assert len({row["label"] for row in ROWS}) == len(ROWS)
    assert len({(row["text"], row["reference"]) for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", case_params(ROWS))
def test_case(row: dict[str, Any], actors: Actors) -> None:
    reference = dt.date.fromisoformat(row["reference"])
    found = [
        _plain(event) for event in find_events(row["text"], reference=reference, actors=actors)
    ]
    assert len(found) == len(row["expected"]), found
    for got, expected in zip(found, row["expected"], strict=True):
        assert {key: got[key] for key in expected} == expected, got


@pytest.mark.parametrize(
    "text",
    [
        # met في a city named after the destinations: the heads of the city's state
        (
            "يزور وزير الخارجية التركي هاكان فيدان الأردن ولبنان، وسيلتقي في بيروت رئيسي الحكومة "
            "والبرلمان."
        ),
        # an adjective after the list names their state, not the visit's
        (
            "زار وزير الخارجية التركي هاكان فيدان أنقرة أمس، والتقى رئيسي الحكومة والبرلمان "
            "اللبنانيين في اسطنبول."
        ),
    ],
)
def test_listed_heads_of_the_state_where_they_met_or_named(text: str, actors: Actors) -> None:
    """The heads listed after رئيسي are Lebanon's; other contacts of the text are not judged."""
    found = {
        frozenset(actor.id for actor in event.participants)
        for event in find_events(text, reference=dt.date(2024, 2, 5), actors=actors)
    }
    assert {
        frozenset({"hakan-fidan", "najib-mikati"}),
        frozenset({"hakan-fidan", "nabih-berri"}),
    } <= found


def test_an_arrival_after_a_meeting_told_with_after_that(actors: Actors) -> None:
    """وصل X إلى الرياض، بعد أن التقى Y: the arrival stays a visit (it was lost entirely)."""
    text = "وصل وزير الخارجية التركي هاكان فيدان إلى الرياض، بعد أن التقى في بيروت رئيس الحكومة."
    found = [
        (sorted(actor.id for actor in event.participants), str(event.mode))
        for event in find_events(text, reference=dt.date(2024, 2, 5), actors=actors)
    ]
    assert (["SAU", "hakan-fidan"], "visit") in found


def test_a_meeting_verb_with_a_list_called_trilateral_after_a_comma(actors: Actors) -> None:
    """اجتمع X مع Y وZ، في اجتماع ثلاثي: one meeting of the three, not a bilateral with each."""
    text = (
        "اجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيريه التركي هاكان فيدان والسعودي الأمير"
        " فيصل بن فرحان، في اجتماع ثلاثي."
    )
    found = [
        sorted(actor.id for actor in event.participants)
        for event in find_events(text, reference=dt.date(2024, 3, 4), actors=actors)
    ]
    assert ["faisal-bin-farhan-al-saud", "hakan-fidan", "sergey-lavrov"] in found
    # (not split into one meeting each; the noun after the comma is still a contact of its
    # own with the sides nearest it, a limit the docs say)
    assert ["hakan-fidan", "sergey-lavrov"] not in found


# --------------------------------------------------------------------------- offices on a date


@pytest.mark.parametrize(
    ("role", "state", "day", "holder"),
    [
        ("foreign-minister", "USA", "2021-01-20", "mike-pompeo"),  # last day in office
        ("foreign-minister", "USA", "2021-01-23", None),  # acting secretary: no holder
        ("foreign-minister", "USA", "2021-01-26", "antony-blinken"),  # sworn in
        ("foreign-minister", "USA", "2018-03-31", "rex-tillerson"),
        ("foreign-minister", "USA", "2018-04-10", None),
        ("foreign-minister", "USA", "2018-04-26", "mike-pompeo"),
        ("president", "RUS", "2007-01-01", "vladimir-putin"),
        ("president", "RUS", "2008-05-07", None),  # inauguration day: two holders
        ("president", "RUS", "2010-06-01", "dmitry-medvedev"),
        ("prime-minister", "RUS", "2010-06-01", "vladimir-putin"),
        ("president", "RUS", "2013-06-01", "vladimir-putin"),
        ("prime-minister", "RUS", "2013-06-01", "dmitry-medvedev"),
        ("special-envoy", "united-nations", "2020-01-01", "geir-pedersen"),
        ("foreign-minister", "FRA", "2020-01-01", None),  # nobody in the fixture
    ],
)
def test_holder_on_a_date(
    actors: Actors, role: str, state: str, day: str, holder: str | None
) -> None:
    assert actors.holder(role, state, dt.date.fromisoformat(day)) == holder


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        # a monarch by title and given name: the one of that name in office on the date
        ("التقى الملك عبدالله اليوم الرئيس الفرنسي.", "2024-02-12", "abdullah-ii-of-jordan"),
        (
            "التقى الملك عبدالله بن عبدالعزيز أمس الرئيس الفرنسي.",
            "2010-02-12",
            "abdullah-of-saudi-arabia",
        ),
        (
            "التقى الشيخ مشعل اليوم الرئيس الفرنسي.",
            "2024-02-12",
            "mishal-al-ahmad-al-jaber-al-sabah",
        ),
        ("التقى السلطان هيثم اليوم الرئيس الفرنسي.", "2024-02-12", "haitham-bin-tariq"),
        ("التقى الملك حمد اليوم الرئيس الفرنسي.", "2024-02-12", "hamad-bin-isa-al-khalifa"),
    ],
)
def test_monarch_by_title_and_given_name(text: str, day: str, person: str) -> None:
    """``data/offices.ROYAL_ADDRESS`` with the shipped persons."""
    (event,) = find_events(text, reference=dt.date.fromisoformat(day))
    assert person in {actor.id for actor in event.participants}


@pytest.mark.parametrize(
    ("text", "day", "participants", "date"),
    [
        # وزير الدولة للشؤون الخارجية: the Gulf's ministers of state, which the table holds as
        # deputy foreign ministers
        pytest.param(
            "استقبل الرئيس عبد الفتاح السيسي اليوم وزير الدولة للشؤون "
            "الخارجية السعودي عادل الجبير.",
            "2019-03-01",
            ["abdel-fattah-el-sisi", "adel-al-jubeir"],
            "-",
            id="a-minister-of-state-for-foreign-affairs-by-title-and-name",
        ),
        # one of several deputies at once: never the only one the table happens to hold, the state
        pytest.param(
            "التقى وزير الخارجية التونسي محمد علي النفطي اليوم في نيويورك "
            "نائب وزير الخارجية الإماراتي.",
            "2025-09-24",
            ["ARE", "mohamed-ali-nafti"],
            "-",
            id="an-unnamed-deputy-is-the-state",
        ),
        # كشف الإليزيه، الخميس، فحوى الاتصال: the day is the disclosure's; the call is dated where
        # the text dates it, one contact
        pytest.param(
            "كشف الإليزيه، الخميس، فحوى الاتصال الذي دار بين الرئيس "
            "الفرنسي إيمانويل ماكرون ونظيره السوري أحمد الشرع.\nوكان الشرع "
            "قد تلقى أمس الأربعاء اتصالا هاتفيا من الرئيس الفرنسي "
            "إيمانويل ماكرون.",
            "2025-02-06",
            ["ahmed-al-sharaa", "emmanuel-macron"],
            "2025-02-05",
            id="the-date-before-the-content-of-a-call-is-the-disclosures",
        ),
        # كبار المسؤولين السعوديين، وعلى رأسهم ولي العهد X: the person named as a member of the
        # group is the side
        pytest.param(
            "التقى وزير الخارجية الروسي سيرغي لافروف في الرياض كبار "
            "المسؤولين السعوديين، وعلى رأسهم ولي العهد الأمير محمد بن "
            "سلمان.",
            "2023-06-17",
            ["mohammed-bin-salman", "sergey-lavrov"],
            "-",
            id="a-member-named-after-a-group-is-the-side",
        ),
        # مع كبار المسؤولين، بما في ذلك وزير الخارجية X: the member named is the side
        pytest.param(
            "يلتقي وزير الخارجية الروسي سيرغي لافروف اليوم في طهران مع "
            "كبار المسؤولين الإيرانيين، بما في ذلك وزير الخارجية حسين "
            "أمير عبد اللهيان.",
            "2023-06-17",
            ["hossein-amir-abdollahian", "sergey-lavrov"],
            "-",
            id="a-member-named-after-including-is-the-side",
        ),
        # في مقدمة مستقبلي سموه X: the pronoun is the guest, X receives him
        pytest.param(
            "وصل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم إلى مسقط في زيارة "
            "رسمية. وكان في مقدمة مستقبلي سموه السلطان قابوس بن سعيد.",
            "2017-02-20",
            ["qaboos-bin-said", "sabah-al-ahmad-al-jaber-al-sabah"],
            "2017-02-20",
            id="the-pronoun-after-the-receivers-is-the-guest",
        ),
        # الوزير المسؤول عن الشؤون الخارجية: Oman's title for its foreign minister (1997-2020)
        pytest.param(
            "التقى الوزير المسؤول عن الشؤون الخارجية العماني اليوم في مسقط وزير الخارجية الإيراني.",
            "2017-02-20",
            ["mohammad-javad-zarif", "yusuf-bin-alawi-bin-abdullah"],
            "-",
            id="omans-title-of-its-foreign-minister",
        ),
        # الرئيس الإيراني المنتخب: the one elected and named so before, not the holder on the day
        pytest.param(
            "أكد الرئيس الإيراني المنتخب مسعود بزشكيان ضرورة التعاون. جاء ذلك خلال الاتصال "
            "الهاتفي الذي جرى اليوم بين الرئيس الإيراني المنتخب ورئيس وزراء ماليزيا أنور "
            "إبراهيم.",
            "2024-07-17",
            ["anwar-ibrahim", "masoud-pezeshkian"],
            "2024-07-17",
            id="a-president-elect-named-before",
        ),
        # ... and named nowhere: the state he will speak for, not the acting president
        pytest.param(
            "جرى اليوم اتصال هاتفي بين الرئيس الإيراني المنتخب ورئيس وزراء ماليزيا أنور إبراهيم.",
            "2024-07-17",
            ["IRN", "anwar-ibrahim"],
            "-",
            id="a-president-elect-unnamed-is-the-state",
        ),
        # a government's name with its qualifier between a title and the name (8 words)
        pytest.param(
            "استقبل وزير الخارجية الروسي سيرغي لافروف أمس في موسكو وزير الخارجية بحكومة "
            "الوفاق الوطني الليبية المعترف بها دوليا محمد سيالة.",
            "2020-12-31",
            ["mohamed-taha-siala", "sergey-lavrov"],
            "2020-12-30",
            id="a-long-government-name-before-the-name",
        ),
        # رئيس دولة X، + the full name of another state's person: the next side, not the title's
        pytest.param(
            "استقبل رئيس دولة البرازيل، صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير "
            "الخارجية، في برازيليا اليوم.",
            "2024-02-21",
            ["faisal-bin-farhan-al-saud", "luiz-inacio-lula-da-silva"],
            "2024-02-21",
            id="another-states-person-after-a-title-and-a-comma",
        ),
        # وكان في استقبال X ... Y: the guest named after the reception noun, then who receives
        pytest.param(
            "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى داكار، وكان في استقبال أردوغان في "
            "مطار داكار الرئيس السنغالي ماكي سال.",
            "2016-02-05",
            ["macky-sall", "recep-tayyip-erdogan"],
            "2016-02-05",
            id="a-named-guest-after-the-reception-noun",
        ),
        # التقى ... عقب وصوله إلى عمان مع X: the moment of the arrival and the city reached,
        # passed over before the one met
        pytest.param(
            "وزار وزير الخارجية الأمريكي أنتوني بلينكن الأردن، حيث التقى صباح اليوم عقب "
            "وصوله إلى عمان مع وزير الخارجية الأردني أيمن الصفدي.",
            "2024-01-07",
            ["antony-blinken", "ayman-safadi"],
            "2024-01-07",
            id="the-moment-of-an-arrival-before-the-one-met",
        ),
        # بن علي، بن مبارك: short names of the table, here links of a longer chain it lacks
        pytest.param(
            "استقبل الرئيس التركي رجب طيب أردوغان اليوم الشيخ خالد بن عبد الله بن علي آل "
            "خليفة نائب رئيس الوزراء البحريني.",
            "2020-03-04",
            ["BHR", "recep-tayyip-erdogan"],
            "2020-03-04",
            id="a-short-name-inside-a-longer-chain",
        ),
        pytest.param(
            "استقبل الرئيس التركي رجب طيب أردوغان اليوم الشيخ شخبوط بن نهيان بن مبارك وزير "
            "الدولة الإماراتي.",
            "2020-03-04",
            ["ARE", "recep-tayyip-erdogan"],
            "2020-03-04",
            id="a-short-name-as-the-last-link",
        ),
        pytest.param(
            "استقبل الرئيس التركي رجب طيب أردوغان اليوم الشيخ نهيان بن مبارك آل نهيان وزير "
            "التسامح الإماراتي.",
            "2020-03-04",
            ["ARE", "recep-tayyip-erdogan"],
            "2020-03-04",
            id="a-short-name-after-a-rulers-word-and-a-given-name",
        ),
        # ولي عهد أبوظبي after the name: where he holds his title, no side
        pytest.param(
            "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي اليوم الرئيس التركي رجب طيب "
            "أردوغان.",
            "2021-07-16",
            ["mohamed-bin-zayed-al-nahyan", "recep-tayyip-erdogan"],
            "2021-07-16",
            id="a-place-ending-the-title-after-a-name",
        ),
        pytest.param(
            "استقبل الشيخ محمد بن راشد آل مكتوم حاكم دبي اليوم الرئيس التركي رجب طيب أردوغان.",
            "2021-07-16",
            ["mohammed-bin-rashid-al-maktoum", "recep-tayyip-erdogan"],
            "2021-07-16",
            id="a-place-ending-a-title-the-table-lacks",
        ),
        pytest.param(
            "قال رئيس الوزراء اللبناني سعد الحريري إن ذكرى اغتيال رئيس الوزراء الأسبق رفيق"
            " الحريري تجمع اللبنانيين. وبحث الحريري أمس مع الملك عبد الله الوضع في المنطقة.",
            "2010-05-18",
            ["abdullah-of-saudi-arabia", "saad-hariri"],
            "2010-05-17",
            id="a-family-name-of-two-persons-named-in-full-is-the-one-in-office",
        ),
        # إن ends the name مون جاي إن: a complementizer only outside a name
        pytest.param(
            "التقى مون جاي إن الرئيس الإندونيسي جوكو ويدودو على هامش القمة.",
            "2019-06-28",
            ["joko-widodo", "moon-jae-in"],
            "-",
            id="a-name-ending-in-a-complementizer-after-the-word",
        ),
        pytest.param(
            "وكان الرئيس الكوري مون جاي إن في مقدمة مستقبلي الرئيس الإندونيسي جوكو ويدودو.",
            "2018-09-10",
            ["joko-widodo", "moon-jae-in"],
            "-",
            id="a-name-ending-in-a-complementizer-before-the-word",
        ),
        # عباس, a common given name, is Mahmoud Abbas after a title (الرئيس عباس)
        pytest.param(
            "تلقى الرئيس عباس اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب.",
            "2017-03-10",
            ["donald-trump", "mahmoud-abbas"],
            "2017-03-10",
            id="a-family-name-that-is-a-given-name-after-a-title",
        ),
        # في عمان after the host: his own state, never the state of the untied title after it
        pytest.param(
            "استقبل العاهل الأردني الملك عبد الله الثاني في عمان رئيس الوزراء العراقي مصطفى"
            " الكاظمي ورئيس حكومة إقليم كردستان.",
            "2021-05-10",
            ["abdullah-ii-of-jordan", "mustafa-al-kadhimi"],
            "2021-05-10",
            id="a-hosts-own-place-names-no-title-after-it",
        ),
        # ابن علوي: a short name with بن written with ابن (not after a given name: ابن علي)
        pytest.param(
            "وذكرت الوزارة أن الاتصال الهاتفي بين ابن علوي ونظيره العراقي محمد علي الحكيم تناول"
            " العلاقات الثنائية.",
            "2019-12-20",
            ["mohamed-ali-alhakim", "yusuf-bin-alawi-bin-abdullah"],
            "2019-12-20",
            id="a-short-name-with-ibn-for-bin",
        ),
        # الرئيس التنفيذي: Afghanistan's chief executive, never its president
        pytest.param(
            "التقى وزير الخارجية الأمريكي جون كيري في كابول الرئيس التنفيذي الأفغاني عبد الله"
            " عبد الله.",
            "2016-04-09",
            ["abdullah-abdullah", "john-kerry"],
            "-",
            id="a-chief-executive-is-no-president",
        ),
        pytest.param(
            "التقى وزير الخارجية الأمريكي جون كيري في كابول الرئيس التنفيذي الأفغاني.",
            "2016-04-09",
            ["abdullah-abdullah", "john-kerry"],
            "-",
            id="a-chief-executive-by-office-on-the-date",
        ),
    ],
)
def test_rules_with_shipped_persons(
    text: str, day: str, participants: list[str], date: str
) -> None:
    """Rules of the twenty-second round that need the shipped persons (ministers, deputies).

    ``date`` is the contact's date value, or ``"-"`` where the case is not about the date.
    """
    (event,) = find_events(text, reference=dt.date.fromisoformat(day))
    assert sorted(actor.id for actor in event.participants) == participants
    if date != "-":
        assert event.date is not None
        assert event.date.value == date


@pytest.mark.parametrize(
    ("text", "day", "events"),
    [
        pytest.param(
            "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الأمريكي ماركو روبيو. "
            "وفي وقت لاحق التقى مستشار الأمن القومي نظيره الروسي.",
            "2025-06-10",
            [["marco-rubio", "vladimir-putin"], ["marco-rubio", "sergey-lavrov"]],
            id="a-bare-title-of-a-person-holding-two-offices-at-once",
        ),
        pytest.param(
            "التقى نائب وزير الخارجية الروسي سيرغي ريابكوف في موسكو نظيره الأمريكي.",
            "2025-06-10",
            [["USA", "sergei-ryabkov"]],
            id="a-counterpart-deputy-is-the-state",
        ),
        pytest.param(
            "وأطلع الرئيس الفلسطيني محمود عباس الملك عبد الله الثاني على تفاصيل لقائه مع "
            "الرئيس الأمريكي دونالد ترامب.",
            "2025-06-10",
            [["donald-trump", "mahmoud-abbas"]],
            id="details-of-his-meeting-keep-its-subject",
        ),
        pytest.param(
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو، وبحثا "
            "القضايا الإقليمية بما في ذلك مواقف الرئيس التركي رجب طيب أردوغان.",
            "2025-06-10",
            [["abbas-araghchi", "sergey-lavrov"]],
            id="including-after-a-topic-names-no-member",
        ),
    ],
)
def test_review_cases_of_the_twenty_second_round(
    text: str, day: str, events: list[list[str]]
) -> None:
    """What a review of the round's rules found: each kept to its own reach."""
    found = find_events(text, reference=dt.date.fromisoformat(day))
    assert [sorted(actor.id for actor in event.participants) for event in found] == events


def _assert_listed_fields(text: str, day: str, expected: list[dict[str, Any]]) -> None:
    """The events of *text* on *day*, one for each of *expected*, with the fields it lists."""
    found = [_plain(event) for event in find_events(text, reference=dt.date.fromisoformat(day))]
    assert len(found) == len(expected), found
    for got, wanted in zip(found, expected, strict=True):
        assert {key: got[key] for key in wanted} == wanted, got


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # جرى استقبال X ... من لدن Y: the Maghrebi من لدن, like من قبل, introduces the agent of a
        # passive, a side however far
        pytest.param(
            "جرى استقبال الرئيس الموريتاني محمد ولد الشيخ الغزواني بقصر "
            "المرادية بالعاصمة الجزائرية، من لدن الرئيس الجزائري عبد "
            "المجيد تبون.",
            "2023-02-14",
            [
                {
                    "participants": ["abdelmadjid-tebboune", "mohamed-ould-ghazouani"],
                    "mode": "visit",
                },
            ],
            id="an-agent-after-min-ladun-is-a-side",
        ),
        # استقبل X ...، من طرف Y: من طرف, the agent of a passive, a side after a long aside
        pytest.param(
            "استُقبل وزير الخارجية المغربي ناصر بوريطة، أمس الخميس بالقصر "
            "الرئاسي في داكار، من طرف الرئيس السنغالي ماكي سال.",
            "2022-03-11",
            [{"participants": ["macky-sall", "nasser-bourita"], "date": "2022-03-10"}],
            id="an-agent-after-min-taraf-is-a-side",
        ),
        # تواصل هاتفيا مع: a verb of keeping in touch is a call with its phone modifier
        pytest.param(
            "تواصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا، اليوم الثلاثاء، "
            "مع ولي العهد السعودي الأمير محمد بن سلمان.",
            "2023-06-13",
            [
                {
                    "participants": ["emmanuel-macron", "mohammed-bin-salman"],
                    "mode": "phone",
                    "date": "2023-06-13",
                },
            ],
            id="tawasala-with-a-phone-modifier-is-a-call",
        ),
        # تواصل alone (continues) is no call: without a phone modifier it says an ongoing activity
        pytest.param(
            "تواصل وزارة الخارجية الروسية والخارجية الأمريكية العمل على ملف تبادل السجناء.",
            "2023-06-13",
            [],
            id="tawasala-without-a-phone-modifier-is-no-contact",
        ),
        # استقبلت زوجة الرئيس الفرنسي ...: a relative of the president, no side of a contact
        # between states
        pytest.param(
            "استقبلت زوجة الرئيس الفرنسي، بريجيت ماكرون، قرينة الرئيس المصري في قصر الإليزيه.",
            "2023-06-13",
            [],
            id="a-wife-is-no-side",
        ),
        # عقد عددا من اللقاءات شملت X وY: several meetings, one with each side listed, as لقاءات
        # ثنائية
        pytest.param(
            "عقد وزير الخارجية السعودي الأمير فيصل بن فرحان عددا من "
            "اللقاءات في نيويورك، شملت وزير الخارجية الأمريكي أنتوني "
            "بلينكن ووزير الخارجية الصيني وانغ يي.",
            "2023-09-20",
            [
                {"participants": ["antony-blinken", "faisal-bin-farhan-al-saud"]},
                {"participants": ["faisal-bin-farhan-al-saud", "wang-yi"]},
            ],
            id="a-number-of-meetings-is-one-with-each",
        ),
        # القمة ... بحضور X وY: after a summit word (no comma between), بحضور lists who takes
        # part, not who is present at another's meeting
        pytest.param(
            "تستضيف بغداد اليوم القمة الثلاثية بحضور الرئيس المصري عبد "
            "الفتاح السيسي والملك الأردني عبد الله الثاني ورئيس الوزراء "
            "العراقي مصطفى الكاظمي.",
            "2021-06-27",
            [
                {
                    "participants": [
                        "abdel-fattah-el-sisi",
                        "abdullah-ii-of-jordan",
                        "mustafa-al-kadhimi",
                    ]
                },
            ],
            id="attendance-at-a-summit-lists-its-participants",
        ),
        # على هامش القمة، بحضور ولي العهد: a comma between the summit and بحضور; the crown prince
        # is present, no side
        pytest.param(
            "التقى الملك الأردني عبد الله الثاني الرئيس المصري عبد الفتاح "
            "السيسي على هامش القمة، بحضور ولي العهد الأمير الحسين بن عبد "
            "الله.",
            "2023-05-19",
            [{"participants": ["abdel-fattah-el-sisi", "abdullah-ii-of-jordan"]}],
            id="attendance-after-a-comma-stays-presence",
        ),
        # التقى X على هامش مؤتمر ميونخ Y: «on the sidelines of» and its event, no comma, between
        # the subject and the one met
        pytest.param(
            "والتقى رئيس الوزراء السوداني عبد الله حمدوك على هامش مؤتمر ميونخ "
            "رئيس الوزراء الكويتي.",
            "2020-02-16",
            [{"participants": ["abdalla-hamdok", "sabah-al-khalid-al-sabah"]}],
            id="the-one-met-after-the-sidelines-of-an-event",
        ),
        # في مالابو (غينيا الاستوائية): the state in brackets after its capital is where, no side
        pytest.param(
            "أجرى الرئيس الموريتاني محمد ولد عبد العزيز مساء أمس في مالابو (غينيا "
            "الاستوائية) محادثات مع الرئيس التركي رجب طيب أردوغان.",
            "2014-11-21",
            [{"participants": ["mohamed-ould-abdel-aziz", "recep-tayyip-erdogan"]}],
            id="the-state-of-a-capital-in-brackets-is-no-side",
        ),
        # the European Union's High Representative by its long title (and الأوربي): the table's
        # foreign minister of the Union
        pytest.param(
            "استقبل رئيس مجلس النواب العراقي محمد الحلبوسي الممثل الأعلى لسياسة الأمن "
            "والشؤون الخارجية في الاتحاد الأوربي السيدة فيديريكا موغيريني.",
            "2019-07-13",
            [{"participants": ["federica-mogherini", "mohamed-al-halbousi"]}],
            id="the-high-representative-of-the-union",
        ),
        # الممثلة الخاصة للأمين العام ... X: the representative named, not the Secretary-General
        pytest.param(
            "استقبل رئيس الوزراء العراقي مصطفى الكاظمي الممثلة الخاصة للأمين العام "
            "للأمم المتحدة في العراق جينين بلاسخارت.",
            "2022-07-25",
            [{"participants": ["jeanine-hennis-plasschaert", "mustafa-al-kadhimi"]}],
            id="the-secretary-generals-special-representative-in-person",
        ),
        # الزعيمين الأردني والمصري: a word for leaders with state adjectives names the leaders the
        # text named before, head of state or of government
        pytest.param(
            "التقى الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني في "
            "بغداد. ورحب رئيس الوزراء العراقي مصطفى الكاظمي الذي سيلتقي الزعيمين "
            "الأردني والمصري بالقمة.",
            "2021-06-27",
            [
                {"participants": ["abdel-fattah-el-sisi", "abdullah-ii-of-jordan"]},
                {
                    "participants": [
                        "abdel-fattah-el-sisi",
                        "abdullah-ii-of-jordan",
                        "mustafa-al-kadhimi",
                    ],
                    "status": "planned",
                },
            ],
            id="the-two-leaders-are-those-named-before",
        ),
        # ... and never a head of state the text did not name: Britain's leader here is its prime
        # minister (a review case)
        pytest.param(
            "استقبل رئيس الوزراء البريطاني كير ستارمر الرئيس الفرنسي إيمانويل ماكرون "
            "في لندن، وبحث الزعيمان البريطاني والفرنسي ملف الهجرة.",
            "2024-10-10",
            [{"participants": ["emmanuel-macron", "keir-starmer"], "host": "keir-starmer"}],
            id="the-two-leaders-are-not-a-king-unnamed",
        ),
        # بينما keeps the subject of its sentence (قال X، بينما كان يستقبل Y): a review case
        pytest.param(
            "وقال الرئيس الأمريكي جو بايدن، بينما كان يستقبل الرئيس الأوكراني فولوديمير "
            "زيلينسكي في البيت الأبيض، إن الدعم سيستمر.",
            "2023-09-21",
            [{"participants": ["joe-biden", "volodymyr-zelenskyy"]}],
            id="while-keeps-the-subject",
        ),
        # عدة اجتماعات with no list of whom: one meeting of the delegations (a review case)
        pytest.param(
            "عقدت وفود مصر وقطر والولايات المتحدة عدة اجتماعات في القاهرة حول وقف إطلاق "
            "النار في غزة.",
            "2023-09-20",
            [{"participants": ["EGY", "QAT", "USA"], "mode": "multilateral"}],
            id="several-meetings-with-no-list-are-one",
        ),
        # قمة ثنائية ... بحضور وزيري الخارجية: after a bilateral summit those present are no sides
        pytest.param(
            "عقد الرئيس السيسي والملك عبدالله الثاني قمة ثنائية في العلمين بحضور وزيري "
            "خارجية البلدين سامح شكري وأيمن الصفدي.",
            "2023-08-14",
            [{"participants": ["abdel-fattah-el-sisi", "abdullah-ii-of-jordan"]}],
            id="attendance-at-a-bilateral-summit-stays-presence",
        ),
        # بتوجيه من لدن الملك: من لدن after a directive, not a reception, names no side
        pytest.param(
            "وتأتي زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى فرنسا بتوجيه من لدن "
            "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.",
            "2023-06-13",
            [{"participants": ["FRA", "mohammed-bin-salman"]}],
            id="min-ladun-after-a-directive-is-no-agent",
        ),
        # استقبل شقيقه الرئيس الفلسطيني: شقيق is a fellow leader in diplomatic Arabic, a side
        pytest.param(
            "استقبل الرئيس عبد الفتاح السيسي شقيقه الرئيس الفلسطيني محمود عباس.",
            "2023-08-29",
            [{"participants": ["abdel-fattah-el-sisi", "mahmoud-abbas"]}],
            id="a-brother-leader-is-a-side",
        ),
        # والتقى X نظيره ... كما أجرى محادثات مع Y: the light verb after كما takes the sentence's
        # subject, and the talks held during the dated visit take its day
        pytest.param(
            "بدأ الرئيس الإيراني محمود أحمدي نجاد أمس الخميس زيارة إلى تركيا. والتقى "
            "الرئيس الإيراني نظيره التركي عبد الله جول عقب وصوله إسطنبول كما أجرى "
            "محادثات أيضا مع رئيس الوزراء التركي رجب طيب أردوغان.",
            "2008-08-15",
            [
                {
                    "participants": ["abdullah-gul", "mahmoud-ahmadinejad"],
                    "date": "2008-08-14",
                },
                {
                    "participants": ["mahmoud-ahmadinejad", "recep-tayyip-erdogan"],
                    "date": "2008-08-14",
                },
            ],
            id="talks-after-kama-during-a-dated-visit",
        ),
        # ممثل الإمام السيد علي الخامنئي ... علي لاريجاني: the one represented is no side; and
        # الشرع in 2008 is Farouk al-Sharaa, in office, not the president of 2025
        pytest.param(
            "وصل ممثل الامام السيد علي الخامنئي في المجلس الأعلى للأمن القومي الايراني "
            "الدكتور علي لاريجاني إلى دمشق والتقى الرئيس السوري بشار الأسد ونائبه الشرع.",
            "2008-01-06",
            [
                {"participants": ["ali-larijani", "bashar-al-assad"]},
                {"participants": ["ali-larijani", "farouk-al-sharaa"]},
            ],
            id="the-one-represented-is-no-side",
        ),
        # وكان في استقبال فخامته X: the honorific pronoun is the guest, as in استقباله; X receives
        pytest.param(
            "وصل رئيس الجمهورية العراقي جلال طالباني إلى عمان، اليوم الأحد، وكان في "
            "استقبال فخامته وزير الخارجية الأردني ناصر جودة.",
            "2010-06-27",
            [{"participants": ["jalal-talabani", "nasser-judeh"]}],
            id="the-receiver-after-an-honorific-pronoun",
        ),
        # حيث استقبل من قبل جلالة الملك عبد الله ابن الحسين: a receiving verb's agent right after
        # it, words of address between; the king by his father's name, written ابن
        pytest.param(
            "توجه الرئيس العراقي جلال طالباني إلى قصر رغدان حيث استقبل من قبل جلالة الملك "
            "عبد الله ابن الحسين.",
            "2010-06-27",
            [{"participants": ["abdullah-ii-of-jordan", "jalal-talabani"]}],
            id="the-agent-of-a-passive-reception-verb",
        ),
        # review cases of the later rules: المستشار with its article is a title, not «adviser of»
        pytest.param(
            "استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه اليوم الثلاثاء المستشار "
            "أولاف شولتس.",
            "2023-05-09",
            [{"participants": ["emmanuel-macron", "olaf-scholz"], "host": "emmanuel-macron"}],
            id="the-chancellor-is-a-side",
        ),
        # ... a contact told with كان after a visit is before it, and keeps no day of the visit
        pytest.param(
            "زار الرئيس الإماراتي الشيخ محمد بن زايد الدوحة اليوم الثلاثاء. وكان الرئيس "
            "الإماراتي قد أجرى اتصالا هاتفيا مع أمير قطر الشيخ تميم بن حمد.",
            "2022-12-06",
            [
                {"participants": ["QAT", "mohamed-bin-zayed-al-nahyan"], "date": "2022-12-06"},
                {
                    "participants": ["mohamed-bin-zayed-al-nahyan", "tamim-bin-hamad-al-thani"],
                    "date": None,
                },
            ],
            id="a-call-told-with-kana-is-not-the-visits",
        ),
        # ... and a meeting placed in another state is not part of the visit
        pytest.param(
            "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت اليوم الجمعة والتقى رئيس "
            "مجلس النواب نبيه بري. وكان عراقجي التقى رئيس الحكومة اللبنانية نجيب ميقاتي "
            "في نيويورك.",
            "2024-10-04",
            [
                {"participants": ["abbas-araghchi", "nabih-berri"], "date": "2024-10-04"},
                {"participants": ["abbas-araghchi", "najib-mikati"], "date": None},
            ],
            id="a-meeting-elsewhere-is-not-the-visits",
        ),
        # ... the passive's agent receives: the host
        pytest.param(
            "وصل رئيس الجمهورية جلال طالباني إلى عمان. ثم توجه فخامة رئيس الجمهورية إلى "
            "قصر رغدان حيث استقبل من قبل جلالة الملك عبد الله ابن الحسين.",
            "2010-06-27",
            [
                {
                    "participants": ["abdullah-ii-of-jordan", "jalal-talabani"],
                    "host": "abdullah-ii-of-jordan",
                }
            ],
            id="the-agent-of-a-passive-reception-hosts",
        ),
        # ... and after a contact noun, من قبل + words of address names no side in the topic
        pytest.param(
            "أجرى وزير الخارجية الأردني أيمن الصفدي محادثات مع نظيره الأمريكي أنتوني "
            "بلينكن تناولت الجهود المبذولة من قبل معالي وزير الخارجية المصري سامح شكري.",
            "2023-10-13",
            [{"participants": ["antony-blinken", "ayman-safadi"]}],
            id="min-qibal-and-address-in-a-topic-is-no-side",
        ),
        # وزير الخارجية بالإنابة في حكومة الوحدة الوطنية X: the title's government between it and
        # its holder's name
        pytest.param(
            "استقبل وزير الخارجية بالإنابة في حكومة الوحدة الوطنية الطاهر الباعور، سفير "
            "دولة فلسطين لدى ليبيا.",
            "2025-10-20",
            [{"participants": ["PSE", "taher-al-baour"]}],
            id="a-title-with-its-government-before-the-name",
        ),
        # ... but a government named by its head (في حكومة بنيامين نتنياهو) keeps the head out
        pytest.param(
            "التقى المبعوث الأمريكي آموس هوكستين وزير الدفاع الإسرائيلي في حكومة بنيامين نتنياهو.",
            "2024-06-17",
            [{"participants": ["amos-hochstein", "yoav-gallant"]}],
            id="a-government-named-by-its-head",
        ),
        # ... and a title after the government is the verb's object, not a name to skip to
        pytest.param(
            "استقبل وزير الخارجية الليبي في حكومة الوحدة الوطنية المبعوثة الأممية هانا "
            "تيتيه في طرابلس.",
            "2025-10-20",
            [{"participants": ["hanna-tetteh", "taher-al-baour"]}],
            id="a-title-after-the-government-is-the-object",
        ),
        # ... nor a government برئاسة its head
        pytest.param(
            "وأشاد الرئيس اللبناني بالحكومة الجديدة برئاسة نواف سلام خلال استقباله "
            "المبعوث الأمريكي توم باراك.",
            "2025-08-20",
            [{"participants": ["joseph-aoun", "tom-barrack"]}],
            id="a-government-headed-by-is-no-holder",
        ),
    ],
)
def test_rules_of_the_twenty_third_round(
    text: str, day: str, expected: list[dict[str, Any]]
) -> None:
    """Rules of the twenty-third round, with the shipped persons: each field listed must match."""
    _assert_listed_fields(text, day, expected)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a page kept in a narrow column: its line breaks end no sentence
        pytest.param(
            # (textwrap.wrap at 22 characters)
            "اطلع رئيس الوزراء\nاللبناني فؤاد\nالسنيورة، رئيس\nالجمهورية جلال\n"
            "طالباني، على الأوضاع\nفي لبنان، وذلك خلال\nمكالمة هاتفية أجراها\n"
            "مع الرئيس طالباني يوم\nالثلاثاء 14-11-2006.",
            "2006-11-15",
            [{"participants": ["fouad-siniora", "jalal-talabani"], "date": "2006-11-14"}],
            id="a-narrow-column",
        ),
        # ... but headlines of short lines keep their breaks (each its own contact)
        pytest.param(
            "استقبل الرئيس السيسي وزير الخارجية الروسي\nالملك سلمان يتلقى اتصالا من أمير قطر\n"
            "أردوغان يزور بغداد\nالرئيس التونسي يلتقي نظيره الجزائري\nماكرون في الرياض",
            "2019-05-02",
            [
                {"participants": ["abdel-fattah-el-sisi", "sergey-lavrov"]},
                {"participants": ["salman-of-saudi-arabia", "tamim-bin-hamad-al-thani"]},
                {"participants": ["IRQ", "recep-tayyip-erdogan"]},
                {"participants": ["abdelkader-bensalah", "beji-caid-essebsi"]},
            ],
            id="headlines-keep-their-breaks",
        ),
        # a woman's title: not the man the table holds for the office, her state
        pytest.param(
            "استقبل رئيس المجلس الرئاسي محمد المنفي السفيرة الفرنسية لدى ليبيا بياتريس "
            "دوهيلين في طرابلس.",
            "2021-07-15",
            [{"participants": ["FRA", "mohamed-al-menfi"]}],
            id="a-womans-title-and-a-man-in-office",
        ),
        # ... and the woman the table holds when she is in office
        pytest.param(
            "التقى الرئيس الأمريكي باراك أوباما المستشارة الألمانية في البيت الأبيض.",
            "2015-02-09",
            [{"participants": ["angela-merkel", "barack-obama"]}],
            id="a-womans-title-and-a-woman-in-office",
        ),
        # a meeting that opens a visit: the visitor is a side
        pytest.param(
            "حل الرئيس منصف المرزوقي أمس الثلاثاء بباريس في زيارة رسمية تستمر ثلاثة أيام "
            "بدأها بلقاء الرئيس الفرنسي فرنسوا هولاند.",
            "2012-07-18",
            [{"participants": ["francois-hollande", "moncef-marzouki"], "date": "2012-07-17"}],
            id="a-meeting-that-opens-a-visit",
        ),
        # will postpone: the visit will not be when it was to
        pytest.param(
            "أفادت مصادر بأن الشيخ محمد بن زايد سيؤجل زيارته إلى اليابان حيث كان من المقرر "
            "أن يلتقي الإمبراطور ناروهيتو.",
            "2026-02-03",
            [
                # a meeting to be held during a visit put off is put off too; since كان من
                # المقرر makes the meeting denied of itself, it is the visit's, hosted by the
                # one to be met (as the tables annotate a visit and its meeting: one contact)
                {"participants": ["mohamed-bin-zayed-al-nahyan", "naruhito"], "status": "denied"},
            ],
            id="will-postpone-and-an-emperor",
        ),
        # من أجل is "in order to", no denial
        pytest.param(
            "يصل وزير الخارجية الإيراني إلى مسقط من أجل لقاء نظيره العماني غدا.",
            "2023-05-10",
            [{"participants": ["badr-albusaidi", "hossein-amir-abdollahian"], "status": "planned"}],
            id="min-ajl-is-no-postponement",
        ),
        # the review's cases: a present postponement or cancellation verb, negated or
        # about something else, denies nothing
        pytest.param(
            "نفت الرئاسة أن تؤجل زيارة الرئيس السيسي إلى أنقرة المقررة الأسبوع المقبل.",
            "2024-02-14",
            [{"participants": ["TUR", "abdel-fattah-el-sisi"], "status": "planned"}],
            id="a-denied-postponement-is-still-planned",
        ),
        pytest.param(
            "نفى المتحدث باسم الكرملين أن يكون الرئيس بوتين سيؤجل زيارته إلى تركيا.",
            "2023-06-20",
            [{"participants": ["TUR", "vladimir-putin"], "status": "planned"}],
            id="a-denied-future-postponement",
        ),
        # the one a side acts for is no side: fronted, or between commas
        pytest.param(
            "بناء على توجيهات خادم الحرمين الشريفين، استقبل وزير الخارجية الأمير فيصل بن "
            "فرحان نظيره الإيراني.",
            "2023-04-10",
            [{"participants": ["faisal-bin-farhan-al-saud", "hossein-amir-abdollahian"]}],
            id="upon-instructions-of",
        ),
        pytest.param(
            "استقبل ولي العهد الأمير محمد بن سلمان، نيابة عن خادم الحرمين الشريفين، الرئيس "
            "الصيني شي جين بينغ.",
            "2022-12-09",
            [{"participants": ["mohammed-bin-salman", "xi-jinping"]}],
            id="on-behalf-of-between-commas",
        ),
        # ... only the name right after the phrase: the real side after it stays (review cases)
        pytest.param(
            "استقبل وزير الخارجية الأمير فيصل بن فرحان بتوجيه من ولي العهد نظيره الإيراني "
            "حسين أمير عبد اللهيان في الرياض.",
            "2023-04-10",
            [{"participants": ["faisal-bin-farhan-al-saud", "hossein-amir-abdollahian"]}],
            id="upon-instructions-of-without-a-comma",
        ),
        pytest.param(
            "بتكليف من الرئيس عبد المجيد تبون استقبل الوزير الأول نذير العرباوي رئيس الوزراء "
            "الفلسطيني محمد مصطفى في قصر الحكومة.",
            "2024-07-10",
            [{"participants": ["mohammad-mustafa", "nadir-larbaoui"]}],
            id="charged-by-fronted-without-a-comma",
        ),
        # common phrasings found failing by probing invented wire copy
        pytest.param(
            "استقبل الملك سلمان بن عبدالعزيز اليوم الشيخ صباح خالد الحمد الصباح.",
            "2017-05-08",
            [{"participants": ["sabah-al-khalid-al-sabah", "salman-of-saudi-arabia"]}],
            id="a-full-name-after-a-rulers-address-and-given-name",
        ),
        pytest.param(
            "استقبل الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء في الكويت أيمن الصفدي.",
            "2024-05-10",
            [{"participants": ["ahmad-abdullah-al-ahmad-al-sabah", "ayman-safadi"]}],
            id="a-full-name-after-an-address-and-a-shorter-form",
        ),
        pytest.param(  # (second review: a title of another time, two persons)
            "استقبل رئيس الوزراء البلجيكي رئيس المجلس الأوروبي شارل ميشيل في بروكسل اليوم.",
            "2024-05-10",
            [{"participants": ["alexander-de-croo", "charles-michel"]}],
            id="a-title-held-at-another-time-is-another-side",
        ),
        pytest.param(  # (second review: a message's sender is not the envoy's name)
            "نقل السفير الأمريكي رسالة من الرئيس جو بايدن إلى الملك عبدالله الثاني خلال لقائه "
            "به أمس.",
            "2024-05-10",
            [{"participants": ["abdullah-ii-of-jordan", "yael-lempert"]}],
            id="an-envoy-carrying-a-message-meets-its-addressee",
        ),
        pytest.param(  # (review case: the first of the sentence, not the nearest)
            "استقبل الرئيس الإماراتي الشيخ محمد بن زايد ولي العهد السعودي الأمير محمد بن سلمان. "
            "وأجرى سموه اتصالا هاتفيا مع أمير قطر.",
            "2024-05-10",
            [
                {"participants": ["mohamed-bin-zayed-al-nahyan", "mohammed-bin-salman"]},
                {"participants": ["mohamed-bin-zayed-al-nahyan", "tamim-bin-hamad-al-thani"]},
            ],
            id="an-honorific-pronoun-takes-the-subject-of-fitting-rank",
        ),
        pytest.param(
            "استقبل رئيس مجلس السيادة القائد العام للقوات المسلحة عبد الفتاح البرهان اليوم "
            "رمطان لعمامرة.",
            "2022-05-10",
            [{"participants": ["abdel-fattah-al-burhan", "ramtane-lamamra"]}],
            id="two-titles-of-one-person-before-his-name",
        ),
        pytest.param(
            "استقبل الملك عبدالله الثاني ملك الأردن سامح شكري.",
            "2023-05-10",
            [{"participants": ["abdullah-ii-of-jordan", "sameh-shoukry"]}],
            id="the-hosts-own-title-before-the-guests-name",
        ),
        pytest.param(
            "تلقى الملك عبدالله الثاني اتصالا هاتفيا من أخيه جلالة السلطان هيثم بن طارق.",
            "2024-05-10",
            [{"participants": ["abdullah-ii-of-jordan", "haitham-bin-tariq"], "mode": "phone"}],
            id="his-brother-his-majesty",
        ),
        pytest.param(
            "نفى وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني أي لقاء مع نظيره "
            "الإيراني محمد جواد ظريف.",
            "2017-06-15",
            [{"status": "denied", "date": None}],
            id="denied-any-meeting-far-from-the-verb",
        ),
        pytest.param(  # (review case: another clause after a comma, welcoming)
            "نفت الخارجية الإيرانية وجود أي خلاف مع الرياض، ورحبت بأي لقاء بين عراقجي ونظيره "
            "السعودي الأمير فيصل بن فرحان.",
            "2024-03-05",
            [{"participants": ["abbas-araghchi", "faisal-bin-farhan-al-saud"], "status": "held"}],
            id="welcoming-any-meeting-is-no-denial",
        ),
        pytest.param(
            "استقبل الرئيس عبد المجيد تبون بالجزائر رئيسة الوزراء الإيطالية جورجيا ميلوني.",
            "2023-06-12",
            [{"participants": ["abdelmadjid-tebboune", "giorgia-meloni"]}],
            id="the-hosts-own-country-after-ba-is-where",
        ),
        pytest.param(
            "التقى وزير الخارجية الروسي سيرغي لافروف بالوفد الإيراني في موسكو.",
            "2023-06-12",
            [{"participants": ["IRN", "sergey-lavrov"]}],
            id="another-states-delegation-after-ba-is-a-side",
        ),
        pytest.param(
            "عقد الشيخ تميم بن حمد آل ثاني والرئيس جو بايدن اجتماعا عبر تقنية الاتصال "
            "المرئي اليوم.",
            "2023-10-26",
            [{"participants": ["joe-biden", "tamim-bin-hamad-al-thani"], "mode": "phone"}],
            id="a-meeting-by-video-link",
        ),
        pytest.param(
            "أجلت السفارة الأردنية رعاياها بعد اتصال هاتفي بين العاهل الأردني والرئيس السوداني.",
            "2024-02-14",
            [
                {
                    "participants": ["abdel-fattah-al-burhan", "abdullah-ii-of-jordan"],
                    "status": "held",
                }
            ],
            id="evacuated-is-no-postponement",
        ),
        # ... a woman's title with its proclitics, and a chancellor
        pytest.param(
            "التقى وزير الخارجية المصري سامح شكري بوزيرة الخارجية الفرنسية في باريس اليوم.",
            "2024-03-20",
            [{"participants": ["FRA", "sameh-shoukry"]}],
            id="a-womans-title-after-a-preposition",
        ),
        pytest.param(
            "التقى الرئيس المصري المستشارة الألمانية في برلين.",
            "2023-05-10",
            [{"participants": ["DEU", "abdel-fattah-el-sisi"]}],
            id="a-chancellor-when-a-man-holds-it",
        ),
        # ... a stage verb of a tour at home: not the visit of the foreigner named before
        pytest.param(
            "وصل وزير الخارجية السعودي إلى طهران في زيارة تاريخية، وكان الرئيس الإيراني قد "
            "افتتح أسبوعه بجولة في المحافظات ختمها بلقاء محافظ أصفهان.",
            "2023-05-10",
            [{"participants": ["ebrahim-raisi", "faisal-bin-farhan-al-saud"]}],
            id="the-stage-of-another-trip",
        ),
        # ... a list of headlines without punctuation keeps its line breaks
        pytest.param(
            "وزير الخارجية السعودي يبحث مع كيري الأوضاع\nولي العهد يستقبل رئيس الوزراء "
            "الباكستاني\nأمير قطر يلتقي الرئيس الفرنسي في باريس\nالسيسي يتلقى اتصالا من "
            "العاهل الأردني\nالعبادي يستقبل وفدا أمريكيا\nعون يزور روما\nاتصال بين "
            "ماكرون وترامب",
            "2017-03-15",
            [  # (the crown prince and Aoun's trip are not read; no line joins the next)
                {"participants": ["adel-al-jubeir", "john-kerry"]},
                {"participants": ["francois-hollande", "tamim-bin-hamad-al-thani"]},
                {"participants": ["abdel-fattah-el-sisi", "abdullah-ii-of-jordan"]},
                {"participants": ["USA", "haider-al-abadi"]},
                {"participants": ["donald-trump", "emmanuel-macron"]},
            ],
            id="headlines-without-punctuation",
        ),
        # the guest named first in the article, received later by one of his receivers (X
        # يستقبل Y): still one contact with each receiver
        pytest.param(
            "وصل ولي العهد السعودي الأمير محمد بن سلمان اليوم إلى الكويت، وكان في مقدمة "
            "مستقبلي سموه ولي العهد الكويتي الشيخ مشعل الأحمد ورئيس مجلس الأمة مرزوق "
            "الغانم. وقال مسؤول إن الشيخ مشعل الأحمد يستقبل بن سلمان في قصر بيان.",
            "2021-12-10",
            [  # (the later verb is a mention of the first receiver's contact only)
                {
                    "participants": ["mishal-al-ahmad-al-jaber-al-sabah", "mohammed-bin-salman"],
                    "mentions": 3,
                },
                {"participants": ["marzouq-al-ghanim", "mohammed-bin-salman"], "mentions": 2},
            ],
            id="each-receiver-of-a-guest-received-again-later",
        ),
        # وزيري الدفاع X والخارجية Y: the و on the second department joins Y to the list (not
        # الخارجية standing for Y's state, as إدارة الرئيس X does)
        pytest.param(
            "وصل المشير خليفة حفتر اليوم إلى موسكو، حيث التقى وزيري الدفاع سيرغي شويغو "
            "والخارجية سيرغي لافروف.",
            "2016-11-29",
            [
                {"participants": ["khalifa-haftar", "sergei-shoigu"]},
                {"participants": ["khalifa-haftar", "sergey-lavrov"]},
            ],
            id="a-title-shared-by-two-departments",
        ),
        # استقبل X والشيخ Y وزير الخارجية الأمريكي Z: two hosts joined by و, then their guest
        pytest.param(
            "استقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح والشيخ ناصر صباح الأحمد "
            "الصباح وزير الخارجية الأمريكي ريكس تيلرسون.",
            "2018-02-13",
            [
                {"participants": ["rex-tillerson", "sabah-al-ahmad-al-jaber-al-sabah"]},
                {"participants": ["nasser-sabah-al-ahmad-al-sabah", "rex-tillerson"]},
            ],
            id="two-hosts-of-one-guest",
        ),
        # X استقبل Y، كما استقبل Z وW: a clause of its own after كما, its subject the
        # sentence's (not Y again)
        pytest.param(
            "استقبل ملك الأردن عبد الله الثاني في عمان المستشار الألماني أولاف شولتس، كما "
            "استقبل رئيس الوزراء البريطاني ريشي سوناك ورئيس الوزراء الهولندي مارك روته.",
            "2023-10-21",
            [
                {"participants": ["abdullah-ii-of-jordan", "olaf-scholz"]},
                {"participants": ["abdullah-ii-of-jordan", "rishi-sunak"]},
                {"participants": ["abdullah-ii-of-jordan", "mark-rutte"]},
            ],
            id="a-clause-of-its-own-after-kama",
        ),
        # كما التقى X (one side, the subject left out): the sentence's subject meets X
        pytest.param(
            "التقى الرئيس العراقي برهم صالح في نيويورك الأمين العام للأمم المتحدة أنطونيو "
            "غوتيريش، كما التقى رئيس الوزراء الباكستاني عمران خان.",
            "2019-09-24",
            [
                {"participants": ["antonio-guterres", "barham-salih"]},
                {"participants": ["barham-salih", "imran-khan"]},
            ],
            id="one-side-after-kama-is-the-object",
        ),
        # كما استقبل وزيري الخارجية العراقي X والأردني Y: one phrase lists the guests
        pytest.param(
            "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم رئيس الوزراء الفلسطيني "
            "محمد اشتية، كما استقبل وزيري الخارجية العراقي فؤاد حسين والأردني أيمن الصفدي.",
            "2023-02-15",
            [
                {"participants": ["abdel-fattah-el-sisi", "mohammad-shtayyeh"]},
                {"participants": ["abdel-fattah-el-sisi", "fuad-hussein"]},
                {"participants": ["abdel-fattah-el-sisi", "ayman-safadi"]},
            ],
            id="guests-listed-by-one-title-after-kama",
        ),
        # في مقدمة مودعيه Y, after the host saw the guest off: a contact of Y's own
        pytest.param(
            "وودع الرئيس الصيني شي جين بينغ الرئيس المصري عبد الفتاح السيسي في ختام زيارته "
            "إلى بكين، بينما كان في مقدمة مودعيه بالمطار وزير الخارجية وانغ يي.",
            "2024-06-11",
            [
                {"participants": ["abdel-fattah-el-sisi", "xi-jinping"], "host": "xi-jinping"},
                {"participants": ["abdel-fattah-el-sisi", "wang-yi"], "host": "wang-yi"},
            ],
            id="seen-off-by-another-of-the-hosts",
        ),
    ],
)
def test_rules_of_the_twenty_fifth_round(
    text: str, day: str, expected: list[dict[str, Any]]
) -> None:
    """Rules of the twenty-fifth round, with the shipped persons: each field listed must match."""
    _assert_listed_fields(text, day, expected)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # التقى X مع كل من Y، <a title no table holds>، وZ: the list goes on after the title
        pytest.param(
            "التقى وزير الخارجية السعودي فيصل بن فرحان في جنيف أمس مع كلٍ من مراد بن حسين، "
            "رئيس وزراء جزر القمر، وتيدروس أدهانوم، المدير العام لمنظمة الصحة العالمية، ووانغ "
            "يي، وزير الخارجية الصيني.",
            "2024-01-09",
            [
                {"participants": ["COM", "faisal-bin-farhan-al-saud"]},
                {"participants": ["faisal-bin-farhan-al-saud", "tedros-adhanom-ghebreyesus"]},
                {"participants": ["faisal-bin-farhan-al-saud", "wang-yi"], "date": "2024-01-08"},
            ],
            id="a-list-of-each-past-an-untracked-title",
        ),
        # عقد X سلسلة لقاءات ... مع عدد من نظرائه ... التقى X كلا من Y وZ: the series is theirs,
        # not a visit to the state of the venue
        pytest.param(
            "عقد وزير الخارجية التركي هاكان فيدان، الاثنين، سلسلة لقاءات ثنائية مع عدد من "
            "نظرائه على هامش الاجتماع الذي استضافته قطر في الدوحة. والتقى فيدان كلا من وزير "
            "الخارجية السعودي فيصل بن فرحان، ووزير الخارجية الأردني أيمن الصفدي.",
            "2024-03-05",
            [
                {"participants": ["faisal-bin-farhan-al-saud", "hakan-fidan"], "mentions": 2},
                {"participants": ["ayman-safadi", "hakan-fidan"], "mentions": 2},
            ],
            id="a-series-told-before-its-meetings",
        ),
    ],
)
def test_rules_for_lists_and_series(text: str, day: str, expected: list[dict[str, Any]]) -> None:
    """Rules for lists and series of meetings (2026-12-06), with the shipped persons."""
    _assert_listed_fields(text, day, expected)


def test_ibn_before_a_given_name_is_a_son_not_a_short_name() -> None:
    """ابن علي، ابن صالح، سلطان ابن سلمان: «the son of», never a short name with بن spelt ابن."""
    for son in ("ابن علي", "ابن صالح", "ابن مبارك", "الأمير سلطان ابن سلمان"):
        text = f"التقى {son} وزير الخارجية الروسي سيرغي لافروف في موسكو."
        events = find_events(text, reference=dt.date(2010, 6, 1))
        assert all(len(event.participants) < 2 for event in events), events


def test_a_deputys_bare_title_is_not_a_minister_named_before() -> None:
    """نائب وزير الخارجية after وزير خارجية إيران X: not X, though X was once a deputy."""
    first = "التقى المبعوث الأممي هانس غروندبرغ وزير خارجية إيران عباس عراقجي."
    text = f"{first} كما التقى مع نائب وزير الخارجية وشؤون المغتربين في اليمن مصطفى نعمان."
    events = find_events(text, reference=dt.date(2025, 11, 27))
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["abbas-araghchi", "hans-grundberg"]
    ]


def test_partial_dates_cover_their_period(tmp_path: Path) -> None:
    path = tmp_path / "persons.json"
    person = {
        "id": "x-y",
        "name_en": "X Y",
        "names_ar": ["إكس واي"],
        "offices": [
            {"role": "foreign-minister", "state": "FRA", "start": "2001", "end": "2003-06"}
        ],
    }
    path.write_text(json.dumps({"schema_version": 1, "persons": [person]}), encoding="utf-8")
    actors = load_actors(path, merge=False)
    assert actors.holder("foreign-minister", "FRA", dt.date(2001, 1, 1)) == "x-y"
    assert actors.holder("foreign-minister", "FRA", dt.date(2003, 6, 30)) == "x-y"
    assert actors.holder("foreign-minister", "FRA", dt.date(2003, 7, 1)) is None


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"schema_version": 2, "persons": []}, "schema_version"),
        (
            {"schema_version": 1, "persons": [{"id": "Bad Id", "name_en": "x", "names_ar": []}]},
            "id",
        ),
        (
            {
                "schema_version": 1,
                "persons": [
                    {
                        "id": "a-b",
                        "name_en": "A",
                        "names_ar": ["أ"],
                        "offices": [{"role": "pope", "state": "VAT"}],
                    }
                ],
            },
            "offices.role",
        ),
        (
            {
                "schema_version": 1,
                "persons": [
                    {
                        "id": "a-b",
                        "name_en": "A",
                        "names_ar": ["أ"],
                        "offices": [{"role": "king", "state": "JOR", "start": "1999-02-30"}],
                    }
                ],
            },
            "offices.start",
        ),
        (
            {
                "schema_version": 1,
                "persons": [{"id": "a-b", "name_en": "A", "names_ar": ["أ"], "age": 3}],
            },
            "age",
        ),
    ],
)
def test_bad_persons_file_names_file_entry_and_field(
    tmp_path: Path, document: dict[str, Any], field: str
) -> None:
    path = tmp_path / "persons.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(GazetteerError) as error:
        load_actors(path)
    assert error.value.field == field
    assert str(path) in str(error.value)


def test_unreadable_persons_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        load_actors(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not valid JSON"):
        load_actors(broken)


# --------------------------------------------------------------------------- data


@pytest.mark.parametrize(
    ("data", "schema"),
    [
        ("persons.json", "persons.schema.json"),
        ("states.json", "states.schema.json"),
    ],
)
def test_shipped_data_follows_its_schema(data: str, schema: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads((DATA / data).read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads((DATA / schema).read_text(encoding="utf-8")))


def test_fixture_follows_the_persons_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "persons.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(FIXTURE.read_text(encoding="utf-8")), schema)


def test_states_file_says_it_is_generated() -> None:
    first = resources.files("diplomatext.data").joinpath("states.json").read_text("utf-8")
    assert "scripts/make_states.py" in first.splitlines()[0]


def test_states_file_is_what_its_script_writes() -> None:
    """A spelling added to states.json by hand is lost at the next run: it goes in the script."""
    babel = pytest.importorskip("babel")
    shipped = resources.files("diplomatext.data").joinpath("states.json").read_text("utf-8")
    if f"babel {babel.__version__} " not in shipped.splitlines()[2]:
        pytest.skip(f"CLDR of babel {babel.__version__}, not the one the file was made with")
    path = Path(__file__).resolve().parents[1] / "scripts" / "make_states.py"
    spec = importlib.util.spec_from_file_location("make_states", path)
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    document = script.build()
    assert document is not None
    assert script.render(document) == shipped


REQUIRED_STATES = [
    # Security Council permanent members and the G20
    *["CHN", "FRA", "GBR", "RUS", "USA", "ARG", "AUS", "BRA", "CAN", "DEU", "IDN", "IND"],
    *["ITA", "JPN", "KOR", "MEX", "SAU", "TUR", "ZAF"],
    # the Arab League
    *["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR"],
    *["OMN", "PSE", "QAT", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"],
    # and Iran, Israel, Ukraine
    *["IRN", "ISR", "UKR"],
]


@pytest.mark.parametrize("code", REQUIRED_STATES)
def test_required_state_has_adjectives_and_a_name(code: str) -> None:
    state = load_actors().states[code]
    assert state.names_ar
    assert state.adjectives, f"{code} has no nationality adjective"


def test_every_adjective_and_name_finds_its_state() -> None:
    actors = load_actors()
    for code in REQUIRED_STATES:
        state = actors.states[code]
        for form in (*state.names_ar, *state.adjectives):
            entries = actors.entries(fold(form))
            assert any(entry.value == code for entry in entries), (code, form)


def test_no_adjective_names_two_states() -> None:
    actors = load_actors()
    owners: dict[str, str] = {}
    for state in actors.states.values():
        for adjective in state.adjectives:
            key = fold(adjective)
            assert owners.setdefault(key, state.id) == state.id, (adjective, owners[key], state.id)


@pytest.mark.parametrize(
    "organization",
    [
        "united-nations",
        "nato",
        "european-union",
        "arab-league",
        "african-union",
        "iaea",
        "osce",
        "gcc",
    ],
)
def test_organizations(organization: str) -> None:
    assert load_actors().organizations[organization].names_ar


# --------------------------------------------------------------------------- triggers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وزارة الخارجية", []),
        ("والوزارة", []),
        ("وبحث الوزيران", ["بحث"]),
        ("البحث العلمي", []),
        ("المباحثات", ["مباحثات"]),
        ("للمحادثة الهاتفية", ["محادثه"]),
        ("لقائه", ["لقاء"]),
        ("مباحثاتهما", ["مباحثات"]),
        ("زيارته", ["زياره"]),
        ("سيلتقي", ["يلتقي"]),
        ("لبحث", []),  # a purpose noun
        ("هنا", []),
        ("ملتقى", []),
    ],
)
def test_triggers_are_whole_tokens(text: str, words: list[str]) -> None:
    assert [trigger.word for trigger in find_triggers(fold(text))] == words


# --------------------------------------------------------------------------- records


def test_round_trip_and_plover(actors: Actors) -> None:
    text = "استقبل الرئيس الروسي فلاديمير بوتين، اليوم، وزير الخارجية التركي هاكان فيدان في موسكو."
    [event] = find_events(text, reference=dt.date(2023, 10, 10), actors=actors)
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event
    assert event.mode is Mode.VISIT
    assert event.status is Status.HELD
    record = to_plover(event, doc_id="d1", index=3, source="https://example.org/1")
    assert record["id"] == "d1-3"
    assert record["event"] == "CONSULT"
    assert record["actor"] == ["hakan-fidan"]
    assert record["recipient"] == ["vladimir-putin"]
    assert record["cite_info"]["language"] == "ar"
    assert record["event_loc"]["place"] == "moscow"
    start, end = record["text_info"]["start"], record["text_info"]["end"]
    assert text[start:end] == record["text_info"]["text"]
    assert event.key == "hakan-fidan+vladimir-putin|visit|2023-10-10"


def test_neutral_meeting_lists_every_side_as_actor(actors: Actors) -> None:
    text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن في جنيف اليوم."
    [event] = find_events(text, reference=dt.date(2022, 1, 21), actors=actors)
    record = to_plover(event, doc_id="d")
    assert record["actor"] == ["antony-blinken", "sergey-lavrov"]
    assert record["recipient"] == []


def test_evidence_points_into_the_text(actors: Actors) -> None:
    text = "بحث وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي مع نظيره الأمريكي أمس العلاقات."
    [event] = find_events(text, reference=dt.date(2021, 2, 6), actors=actors)
    assert [actor.id for actor in event.participants] == ["antony-blinken", "sergey-lavrov"]
    kinds = {actor.id: {str(item.kind) for item in actor.evidence} for actor in event.participants}
    assert kinds["antony-blinken"] == {"anaphor"}
    for actor in event.participants:
        for item in actor.evidence:
            assert text[item.start : item.end] == item.text
    assert event.date is not None
    assert str(event.date.basis) == "clause"


def test_dates_and_treaties_handed_over_give_the_same_result(actors: Actors) -> None:
    text = (
        "وأكد الطرفان خلال اتصال هاتفي بين الرئيس فلاديمير بوتين والرئيس جو بايدن أمس"
        " تمديد معاهدة نيو ستارت."
    )
    reference = dt.date(2021, 1, 27)
    dates = diplomatext.find_dates(text, reference=reference)
    treaties = diplomatext.find_treaties(text, reference=reference)
    given_ = find_events(text, reference=reference, dates=dates, treaties=treaties, actors=actors)
    computed = find_events(text, reference=reference, actors=actors)
    assert given_ == computed
    assert given_[0].treaties == ("new-start",)


@pytest.mark.parametrize("bad", [b"bytes", None, 3])
def test_bad_text(bad: object) -> None:
    with pytest.raises(diplomatext.InputError):
        find_events(bad, reference=None)  # type: ignore[arg-type]


def test_too_long() -> None:
    with pytest.raises(diplomatext.InputTooLargeError):
        find_events("لقاء " * 10, reference=None, max_chars=10)


def test_empty_text() -> None:
    assert find_events("", reference=None) == ()
    assert find_events("   \n", reference=None) == ()


# --------------------------------------------------------------------------- properties

_SEED = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف أمس، وبحث الجانبان "


@given(st.one_of(any_text(300), arabic_text(300).map(lambda tail: _SEED + tail)))
def test_spans_inside_text_and_equal_to_surface(text: str) -> None:
    events = find_events(text, reference=dt.date(2021, 5, 20))
    for event in events:
        spans: list[Mention | Evidence] = [*event.mentions, event.trigger]
        spans += [item for actor in event.participants for item in actor.evidence]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert len(event.participants) >= 2


@given(arabic_text(300))
def test_deterministic(text: str) -> None:
    text = _SEED + text
    reference = dt.date(2021, 5, 20)
    assert find_events(text, reference=reference) == find_events(text, reference=reference)


@given(st.one_of(any_text(400), st.lists(arabic_text(30), min_size=6).map("\n".join)))
def test_soft_breaks_are_line_breaks(text: str) -> None:
    assert all(text[at] == "\n" for at in soft_breaks(text))


def test_headlines_after_a_column_keep_their_breaks() -> None:
    """A story in a narrow column, then «اقرأ أيضا:» and titles about as long as its lines.

    (A title longer than the column's lines would turn the reading off for the whole page.)
    """
    story = (
        "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا اليوم بنظيره "
        "العماني بدر البوسعيدي، بحثا خلاله العلاقات الثنائية وسبل تعزيزها في المجالات كافة، "
        "إضافة إلى مستجدات الأوضاع في المنطقة والجهود المبذولة بشأنها."
    )
    headlines = [
        "أمير قطر يستقبل الرئيس الإيراني في الدوحة",
        "وزيرة خارجية ليبيا تلتقي العاهل الأردني",
        "الرئيس التونسي يتلقى اتصالا من غوتيريش",
        "السلطان هيثم يستقبل وزير الخارجية المصري",
    ]
    column = "\n".join(textwrap.wrap(story, 42))
    text = "\n".join([column, "اقرأ أيضا:", *headlines])
    soft = soft_breaks(text)
    assert soft  # the story's own lines are joined
    assert all(at < len(column) for at in soft)  # the titles' are not


def test_a_day_fronted_for_the_next_verb() -> None:
    """التقى X Y، واليوم التقى Z: واليوم opens the second verb's clause, not the first's date.

    (The second verb also pairs its subject with the first clause's object, an extra contact
    of the known limits; only the two contacts right are asserted.)
    """
    text = (
        "زار وزير الخارجية التركي هاكان فيدان أمس بيروت والتقى رئيس الوزراء اللبناني نجيب "
        "ميقاتي، واليوم التقى في الرياض نظيره السعودي فيصل بن فرحان."
    )
    found = {
        (tuple(actor.id for actor in event.participants), event.date.value if event.date else None)
        for event in find_events(text, reference=dt.date(2024, 3, 4))
    }
    assert (("hakan-fidan", "najib-mikati"), "2024-03-03") in found
    assert (("faisal-bin-farhan-al-saud", "hakan-fidan"), "2024-03-04") in found


@pytest.mark.parametrize("joint", ["؛", ":"])
def test_a_semicolon_or_a_colon_before_a_quotation_goes_on(joint: str) -> None:
    """A column cut after ؛ or after a colon that opens a quotation: one paragraph still."""
    story = (
        "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا اليوم بنظيره "
        f"العماني بدر البوسعيدي، بحثا خلاله العلاقات الثنائية وسبل تعزيزها في المجالات كافة{joint} "
        '"وأكد الجانبان أهمية مواصلة التنسيق والتشاور بشأن مستجدات الأوضاع في المنطقة، '
        "والعمل المشترك من أجل تعزيز الأمن والاستقرار فيها، ودعم الجهود الدولية الرامية "
        'إلى إيجاد حلول سياسية للأزمات الإقليمية".'
    )
    lines = textwrap.wrap(story, 42)
    cut = next(i for i, line in enumerate(lines) if line.endswith(joint))
    assert cut < len(lines) - 1  # the joint ends a line inside the paragraph
    text = "\n".join(lines)
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    assert breaks[cut] in soft_breaks(text)


def test_a_column_may_end_with_a_short_name_and_its_dot() -> None:
    """«... لي.» on the last line ends the paragraph: a dot after a short word is an initial
    only where a line follows (بين د. / X)."""
    story = (
        "والتقى الرئيس الجزائري عبد المجيد تبون في إطار نفس الزيارة كبار المسؤولين في جمهورية"
        " الصين الشعبية، وهم الوزير الأول الصيني لي تشيانغ ونائب أمين لجنة الحزب الشيوعي"
        " الصيني بمقاطعة قوانغدونغ منغ فان لي."
    )
    text = "\n".join(textwrap.wrap(story, 24))
    assert len(soft_breaks(text)) == text.count("\n")


def test_an_article_keeps_a_date_on_a_line_of_its_own() -> None:
    """The article pass reads dates line by line: a wrapped page keeps the date of each line."""
    lead = (
        "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد في الرياض اليوم "
        "الخميس 14 مارس 2019 وزير الخارجية الصيني وانغ يي، وبحثا العلاقات الثنائية."
    )
    text = "ولي العهد يستقبل وانغ\n" + "\n".join(textwrap.wrap(lead, 34))
    values = [mention.value for mention in diplomatext.parse_article(text).dates]
    assert "2019-03-14" in values


@pytest.mark.parametrize(
    "text",
    [
        "التقى الأمير مشعل بن عبدالله بن عبدالعزيز أمير منطقة مكة المكرمة اليوم القنصل البريطاني.",
        "وصل الأمير تركي بن عبدالله بن عبدالعزيز إلى باريس اليوم في زيارة رسمية.",
    ],
)
def test_a_whole_name_after_bin_is_the_fathers(text: str) -> None:
    """عبدالله بن عبدالعزيز after بن is the father's name in a prince's chain, not King Abdullah."""
    found = find_events(text, reference=dt.date(2014, 3, 27))
    assert all(
        actor.id != "abdullah-of-saudi-arabia" for event in found for actor in event.participants
    )


def test_a_short_excerpt_set_in_a_column_gives_its_contacts() -> None:
    """Two sentences in four to six lines of a column: read as the paragraph they were."""
    paragraph = (
        "وصل وزير الخارجية الأمريكي مايك بومبيو إلى جدة، مساء اليوم الاثنين، في زيارة يلتقي خلالها "
        "ولي العهد السعودي الأمير محمد بن سلمان. ومن المقرر أن يتوجه بومبيو بعد ذلك إلى أبوظبي "
        "للقاء ولي العهد الشيخ محمد بن زايد آل نهيان."
    )
    day = dt.date(2019, 1, 14)

    def contacts(text: str) -> list[tuple[str, list[str], str | None]]:
        return [
            (str(e.mode), sorted(a.id for a in e.participants), e.date.value if e.date else None)
            for e in find_events(text, reference=day)
        ]

    assert contacts(paragraph)
    for width in (40, 48, 56):  # six, five and four lines
        assert contacts("\n".join(textwrap.wrap(paragraph, width))) == contacts(paragraph), width


def test_a_short_stack_of_headlines_keeps_its_breaks() -> None:
    """Four headlines, the last with its full stop: one stops short of the measure, no column.

    (A short text is read as a column only when every break inside its sentences looks cut.)
    """
    lines = [
        "لبنان: اتفاق الدوحة",
        "الأطراف توقع الاتفاق في الدوحة أمس",
        "الرئيس السوري بشار الأسد يتصل بأمير قطر",
        "انتخاب الرئيس يوم الأحد.",
    ]
    stack = "\n".join(lines)
    assert soft_breaks(stack) == []


def test_a_sentence_the_measure_cut_at_its_mark_is_joined_for_the_contacts() -> None:
    """In a narrow column, a line a sentence's mark ends, when the next word would not have fitted,
    is joined too for readers of sentences (``".\\n"`` would count one sentence more than ``". "``),
    and only for them: by default the break stays."""
    lines = [
        "وصل العاهل السعودي الملك سلمان",
        "إلى البحرين اليوم الأربعاء",
        "استجابة لدعوة من عاهل البحرين",
        "الملك حمد بن عيسى آل خليفة.",
        "وكان الملك حمد في استقبال",
        "خادم الحرمين بالصالة الملكية",
        "بجسر الملك فهد قادما من",
        "المنطقة الشرقية للمملكة.",
    ]
    column = "\n".join(lines)
    cut = column.index("خليفة.") + len("خليفة.")
    assert cut not in soft_breaks(column)
    assert cut in soft_breaks(column, sentence_ends=True)
    assert set(soft_breaks(column)) < set(soft_breaks(column, sentence_ends=True))


@pytest.mark.parametrize("width", [20, 30, 45, 70])
def test_a_narrow_column_changes_no_contact(width: int) -> None:
    """The one-paragraph excerpts of the real table, wrapped at *width*: the same contacts."""
    rows = [
        row
        for row in read_jsonl(CASES / "contacts_real.jsonl")
        if "\n" not in row["text"] and row["text"].rstrip().endswith((".", "!", "?", "\u061f"))
    ]  # (an excerpt cut short ends no sentence, so its last lines could be titles)

    def contacts(text: str, day: dt.date) -> list[tuple[list[str], str | None]]:
        found = find_events(text, reference=day)
        return [
            ([actor.id for actor in e.participants], e.date.value if e.date else None)
            for e in found
        ]

    wrapped = 0
    for row in rows:
        lines = textwrap.wrap(row["text"], width)
        if sum(not line.endswith((".", "!", "?", "\u061f")) for line in lines[:-1]) < 6:
            continue  # (fewer breaks inside sentences tell no column: MIN_LINES of the layout)
        column = "\n".join(lines)
        day = dt.date.fromisoformat(row["reference"])
        assert contacts(column, day) == contacts(row["text"], day), row["label"]
        wrapped += 1
    assert wrapped >= 10


@pytest.mark.parametrize(
    "text",
    [
        "\u202eلقاء\u202c بين لافروف وبلينكن",
        "\x00\x1f\x7f\x85 اتصال هاتفي \ud800",
        "لقاء " * 5000,
        "،" * 10000 + "اجتماع",
        "وزير الخارجية " * 2000,
    ],
)
def test_no_crash_on_odd_input(text: str) -> None:
    for event in find_events(text, reference=dt.date(2021, 5, 20)):
        assert event.participants


# --------------------------------------------------------------------------- real articles


def _overlap(left: list[tuple[int, int]], right: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in left for s2, e2 in right)


def _pairs(
    found: list[tuple[list[tuple[int, int]], list[str], list[str], str | None]],
    golds: list[dict[str, Any]],
) -> dict[int, int]:
    """Found contacts paired one-to-one with gold ones, as tools/score_events.py pairs them.

    By the most shared mention first; a contact that shares none takes an unpaired gold
    contact of the same participants and date.
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    ranked = sorted(
        (
            (_overlap(item[0], [tuple(m) for m in gold["mentions"]]), i, j)
            for i, item in enumerate(found)
            for j, gold in enumerate(golds)
        ),
        reverse=True,
    )
    for overlap, i, j in ranked:
        if overlap > 0 and i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    for i, item in enumerate(found):
        if i in pairs:
            continue
        for j, gold in enumerate(golds):
            same = item[1] == sorted(gold["participants"]) and item[3] == gold["date"]
            if j not in used and same:
                pairs[i] = j
                used.add(j)
                break
    return pairs


def _score(rows: list[dict[str, Any]]) -> tuple[float, float]:
    """Contacts F1 strict and by states, paired as tools/score_events.py pairs them."""
    found_n = gold_n = strict = states = 0
    for row in rows:
        text = row["text"]
        reference = dt.date.fromisoformat(row["reference"])
        golds = row["contacts"]
        skipped = [(item["start"], item["end"]) for item in row.get("skipped", [])]
        found = []
        for event in find_events(text, reference=reference):
            mentions = [(mention.start, mention.end) for mention in event.mentions]
            if skipped and all(_overlap([mention], skipped) for mention in mentions):
                continue
            found.append(
                (
                    mentions,
                    sorted(actor.id for actor in event.participants),
                    sorted(event.countries),
                    event.date.value if event.date else None,
                )
            )
        found_n += len(found)
        gold_n += len(golds)
        pairs = _pairs(found, golds)
        for i, j in pairs.items():
            gold = golds[j]
            strict += found[i][1] == sorted(gold["participants"]) and found[i][3] == gold["date"]
            states += found[i][2] == sorted(gold["countries"]) and found[i][3] == gold["date"]

    def f1(hits: int) -> float:
        precision = hits / found_n if found_n else 0.0
        recall = hits / gold_n if gold_n else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    return f1(strict), f1(states)


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{3}")
_MODES = frozenset({"phone", "visit", "meeting", "multilateral"})
_STATUSES = frozenset({"held", "planned", "proposed", "denied"})
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}-\d{2}-\d{2})?")


def contact_sources(*names: str) -> set[str]:
    """Every page address of the contact tables *names* (``contacts_real.jsonl`` ...)."""
    return {row["source"] for name in names for row in read_jsonl(CASES / name)}


def check_contact_rows(rows: list[dict[str, Any]]) -> None:
    """The annotations of a contacts table are well formed (ids, modes, statuses, spans)."""
    assert len({row["label"] for row in rows}) == len(rows)
    assert len({row["source"] for row in rows}) == len(rows)
    for row in rows:
        text = row["text"]
        assert row["source"].startswith("http"), row["label"]
        dt.date.fromisoformat(row["reference"])
        for contact in row["contacts"]:
            assert contact["mode"] in _MODES, row["label"]
            assert contact["status"] in _STATUSES, row["label"]
            assert len(contact["participants"]) >= 2, row["label"]
            assert all(_ID.fullmatch(side) for side in contact["participants"]), row["label"]
            # the states of the sides, each once (two envoys of one state: one country)
            assert 1 <= len(contact["countries"]) <= len(contact["participants"]), row["label"]
            assert contact["host"] is None or contact["host"] in contact["participants"]
            assert contact["date"] is None or _DATE.fullmatch(contact["date"]), row["label"]
            assert contact["mentions"], row["label"]
            for start, end in contact["mentions"]:
                assert 0 <= start < end <= len(text), row["label"]
        for item in row["skipped"]:
            assert 0 <= item["start"] < item["end"] <= len(text), row["label"]
            if "text" in item:
                assert text[item["start"] : item["end"]] == item["text"], row["label"]


def test_real_rows_are_well_formed() -> None:
    check_contact_rows(read_jsonl(REAL))


@pytest.mark.parametrize(("first", "strict_floor", "states_floor"), REAL_FLOORS)
def test_real_articles_floor(first: int | None, strict_floor: float, states_floor: float) -> None:
    strict, states = _score(read_jsonl(REAL)[:first])
    assert strict >= strict_floor, strict
    assert states >= states_floor, states


# --------------------------------------------------------------------------- spelling variants


def test_name_variants_fold_transliteration_habits() -> None:
    variants = name_variants(fold("ستيفان دي ميستورا"))
    assert variants[0] == fold("ستيفان دي ميستورا")
    assert fold("استفان دي مستورا") in variants  # helping alif, two long vowels left out
    assert name_variants(fold("ميستورا")) == [fold("ميستورا")]  # never a one-word name
    assert fold("محمد بن سعد") not in name_variants(fold("محمد بن سعيد"))  # short words kept
    # بن is also written ابن inside a name (عبدالله الثاني ابن الحسين)
    assert fold("عبدالله الثاني ابن الحسين") in name_variants(fold("عبدالله الثاني بن الحسين"))
    # a hamza on its seat before a long ي, left out
    assert fold("شوكت ميرضيايف") in name_variants(fold("شوكت ميرضيائيف"))
    assert seat_variants(fold("ميرضيائيف")) == [fold("ميرضيايف")]  # a short name too
    assert seat_variants(fold("بوتين")) == []


def test_a_longer_name_wins_over_an_address_and_given_name_after_wa() -> None:
    """والشيخ صباح خالد الحمد الصباح: the full name of one person, not «الشيخ صباح»."""
    events = find_events(
        "التقى الأمير محمد بن سلمان اليوم العاهل الأردني، والشيخ صباح خالد الحمد الصباح.",
        reference=dt.date(2024, 11, 11),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["abdullah-ii-of-jordan", "mohammed-bin-salman"],
        ["mohammed-bin-salman", "sabah-al-khalid-al-sabah"],
    ]


def test_a_maghrebi_family_name_with_its_article_written_l() -> None:
    """علي لعريض for علي العريض (the table's spelling): the Maghreb's press, a Tunisian."""
    actors = load_actors()
    assert actors.kinds(fold("علي لعريض"))["person"].value == "ali-laarayedh"
    assert actors.kinds(fold("علي العريض"))["person"].value == "ali-laarayedh"
    (event,) = find_events(
        "وكان في استقبال رئيس الحكومة التونسي علي لعريض لدى وصوله إلى المطار الوزير الأول عبد"
        " المالك سلال.",
        reference=dt.date(2013, 4, 29),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "abdelmalek-sellal",
        "ali-laarayedh",
    ]


def test_an_adjective_of_two_words_takes_the_article_on_each() -> None:
    """الكوري الجنوبي (كوري جنوبي in the table): both words definite; الجنوب أفريقي: the first."""
    actors = load_actors()
    assert actors.kinds("الكوري الجنوبي")["adjective"].value == "KOR"
    assert actors.kinds("الكوريه الشماليه")["adjective"].value == "PRK"
    assert actors.kinds("الجنوب افريقي")["adjective"].value == "ZAF"


def test_a_day_after_ila_hadd_bounds_a_span() -> None:
    """إلى حد اليوم (so far): the end of a span, not the contact's day."""
    (event,) = find_events(
        "كان الرئيس الجزائري قد أعلن زيارته إلى تونس، إلا أن هذه الزيارة لم تر النور إلى حد اليوم.",
        reference=dt.date(2021, 11, 25),
    )
    assert event.date is None or event.date.text != "اليوم"


def test_a_family_name_alone_after_another_states_adjective_is_no_one() -> None:
    """السفير الياباني جودة: a word after a Japanese title is no Jordanian's family name."""
    events = find_events(
        "التقى وزير الخارجية الأردني ناصر جودة اليوم نظيره المصري في عمان. وكان وزير الصحة "
        "المصري قد التقى أمس السفير الياباني جودة الخدمات الصحية.",
        reference=dt.date(2015, 6, 10),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["nasser-judeh", "sameh-shoukry"],
        ["EGY", "JPN"],
    ]


def test_a_family_name_alone_is_the_person_named_in_full() -> None:
    """تارو كونو ... وقال كونو: the family name alone, after the full name (not آل ثاني's ثاني)."""
    events = find_events(
        "اعتبر وزير الخارجية الياباني تارو كونو أن التعاون ضروري. وقال كونو خلال محادثاته "
        "في طوكيو مع وزير الخارجية الروسي سيرغي لافروف الأربعاء إن البلدين بحاجة للتعاون.",
        reference=dt.date(2018, 3, 21),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["sergey-lavrov", "taro-kono"]
    ]
    assert not load_actors().may_stand_alone("رييسي")  # رئيسي (folded; main): a word too
    events = find_events(  # ثاني after آل, الثاني after a given name: no name alone
        "وصل الشيخ محمد بن عبدالرحمن آل ثاني اليوم إلى عمان، حيث استقبله الملك عبدالله "
        "الثاني. وهذه ثاني زيارة له في العام الثاني لولايته.",
        reference=dt.date(2021, 5, 23),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["abdullah-ii-of-jordan", "mohammed-bin-abdulrahman-bin-jassim-al-thani"]
    ]


def test_shipped_actors_read_a_spelling_variant() -> None:
    events = find_events(
        "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني، اليوم، المبعوث الأممي استفان دي مستورا.",
        reference=dt.date(2022, 1, 17),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["mohamed-ould-ghazouani", "staffan-de-mistura"]
    ]


@pytest.mark.parametrize("reference", [dt.date.min, dt.date.max])
def test_days_counted_from_a_day_at_the_calendars_ends(reference: dt.date) -> None:
    """عشية لقاء، بعد يومين من اجتماعه on the first or last day Python holds: no crash."""
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون عشية لقاء، وبعد يومين من اجتماعه مع هاكان فيدان."
    events = find_events(text, reference=reference)
    assert all(event.date is None or event.date.value for event in events)


def test_shipped_actors_read_a_family_name_without_its_article() -> None:
    """عبدالحميد دبيبة is عبد الحميد الدبيبة; not a foreign ال (البانيزي), not a regnal number."""
    events = find_events(
        "استقبل الرئيس التونسي قيس سعيد رئيس حكومة الوحدة الوطنية الليبية عبدالحميد دبيبة.",
        reference=dt.date(2022, 5, 12),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["abdul-hamid-dbeibeh", "kais-saied"]
    ]
    day = dt.date(2023, 5, 12)
    for name, person in (
        ("انتوني بانيزي", "anthony-albanese"),
        ("عبدالله ثاني", "abdullah-ii-of-jordan"),
    ):
        text = f"أجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا مع {name}."
        assert all(
            person not in {actor.id for actor in event.participants}
            for event in find_events(text, reference=day)
        )


def test_a_queen_is_the_crown_only_when_a_woman_holds_it() -> None:
    """ملكة المملكة المتحدة is the reigning queen; ملكة الأردن, a king's wife, is her state."""
    day = dt.date(2019, 5, 1)
    reigning = find_events("استقبلت ملكة المملكة المتحدة الرئيس الأمريكي في لندن.", reference=day)
    consort = find_events("استقبلت ملكة الأردن الرئيس الفرنسي في عمان.", reference=day)
    assert [sorted(actor.id for actor in event.participants) for event in reigning] == [
        ["donald-trump", "elizabeth-ii"]
    ]
    assert [sorted(actor.id for actor in event.participants) for event in consort] == [
        ["JOR", "emmanuel-macron"]
    ]


def test_the_german_chancellor_is_the_head_of_government_on_the_day() -> None:
    """المستشار الألماني: Merkel in 2019, Scholz in 2023 (مستشار الرئيس stays an adviser)."""
    text = "استقبل الرئيس المصري عبد الفتاح السيسي المستشار الألماني في القاهرة."
    found = {
        year: [sorted(a.id for a in e.participants) for e in find_events(text, reference=day)]
        for year, day in ((2019, dt.date(2019, 5, 1)), (2023, dt.date(2023, 5, 1)))
    }
    assert found == {
        2019: [["abdel-fattah-el-sisi", "angela-merkel"]],
        2023: [["abdel-fattah-el-sisi", "olaf-scholz"]],
    }


def test_a_mention_ends_after_the_final_tanween(actors: Actors) -> None:
    """The normalization deletes the final tanween; the mention still ends after it."""
    text = "أجرى وزير الخارجية التركي هاكان فيدان اليوم اتصالاً هاتفياً مع نظيره الروسي."
    (event,) = find_events(text, reference=dt.date(2024, 3, 8), actors=actors)
    assert [mention.text for mention in event.mentions] == ["اتصالاً هاتفياً"]
    assert all(text[m.start : m.end] == m.text for m in event.mentions)


def test_a_loop_of_trips_in_odd_text_is_cut_not_recursed() -> None:
    """Odd text (found by fuzzing) made contacts each the trip of the other: no RecursionError."""
    text = (
        "والمصري بلينكن بن الأمريكي بحضور شملت اللقاءات الجاري للأمم هامش اللقاءات وزير الشهر "
        "أجرى عبد ثم مع العام الاتحاد محادثات مؤتمر لدن الملك من طرف الإمام اللقاءات الإمام "
        "السيسي 2023 تواصل الخارجية مؤتمر القمة بغداد على التقى 5 ممثل ، 1404هـ القمة غينيا "
        "استقبل العام الأردني ميونخ الخامنئي ممثل الإمام شملت زيارة العمال زوجة آبان زيارة ل "
        "في هامش"
    )
    events = find_events(text, reference=dt.date(2026, 4, 25))
    assert all(text[m.start : m.end] == m.text for event in events for m in event.mentions)


def test_a_rulers_address_stays_with_his_longer_name() -> None:
    """العاهل البحريني الملك حمد بن عيسى آل خليفة: no gap between the title and the name.

    The table knows «الملك حمد بن عيسى» and the longer «حمد بن عيسى آل خليفة»; the longer name
    keeps the address word, so the title before it joins the name and the guest stays a side.
    """
    text = (
        "استقبل العاهل البحريني الملك حمد بن عيسى آل خليفة في المنامة اليوم"
        " وزير الخارجية الأمريكي أنتوني بلينكن."
    )
    (event,) = find_events(text, reference=dt.date(2024, 5, 10))
    assert sorted(actor.id for actor in event.participants) == [
        "antony-blinken",
        "hamad-bin-isa-al-khalifa",
    ]


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("رئيس المفوضية الأوروبية", "ursula-von-der-leyen"),
        ("رئيس المجلس الأوروبي", "charles-michel"),
        ("رئيسة البرلمان الأوروبي", "roberta-metsola"),
        ("رئيس مفوضية الاتحاد الأفريقي", "moussa-faki"),
    ],
)
def test_the_heads_of_union_bodies_by_title(title: str, person: str) -> None:
    """The Commission's president is not the Council's (both «رئيس» of the EU)."""
    (event,) = find_events(
        f"استقبل الرئيس عبد الفتاح السيسي اليوم {title}.", reference=dt.date(2024, 2, 10)
    )
    assert sorted(actor.id for actor in event.participants) == sorted(
        ["abdel-fattah-el-sisi", person]
    )


def test_the_place_of_an_untracked_title_is_no_side() -> None:
    """حاكم دبي الشيخ محمد بن راشد: the emirate ends a title the table lacks; he is the side."""
    text = "استقبل رئيس الوزراء الهندي ناريندرا مودي اليوم حاكم دبي الشيخ محمد بن راشد آل مكتوم."
    (event,) = find_events(text, reference=dt.date(2024, 3, 1))
    assert sorted(actor.id for actor in event.participants) == [
        "mohammed-bin-rashid-al-maktoum",
        "narendra-modi",
    ]


def test_an_envoy_named_through_his_principal() -> None:
    """المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن: the UN's envoy there, on the date."""
    text = "استقبل وزير الخارجية اليمني اليوم المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن."
    (event,) = find_events(text, reference=dt.date(2023, 6, 10))
    assert "hans-grundberg" in {actor.id for actor in event.participants}


def test_the_one_received_is_of_the_pronouns_gender_and_another_state() -> None:
    """ثم استقبلها Z: the woman named before, not the first side (Z's fellow or not)."""
    text = (
        "التقى ولي العهد السعودي الأمير محمد بن نايف اليوم رئيسة الوزراء البريطانية تيريزا ماي"
        " في المنامة، ثم استقبلها العاهل البحريني الملك حمد بن عيسى."
    )
    found = {
        tuple(sorted(actor.id for actor in event.participants))
        for event in find_events(text, reference=dt.date(2016, 12, 6))
    }
    assert ("hamad-bin-isa-al-khalifa", "theresa-may") in found


def test_an_ambassador_named_like_a_head_of_state_is_the_ambassador() -> None:
    """سفير الصين لدى الأردن شي هونغوي: شي is the first word of the envoy's own name, not Xi."""
    (event,) = find_events(
        "استقبل وزير الخارجية أيمن الصفدي سفير جمهورية الصين الشعبية لدى الأردن شي هونغوي.",
        reference=dt.date(2023, 5, 10),
    )
    assert sorted(actor.id for actor in event.participants) == ["CHN", "ayman-safadi"]
    # the head of state himself, named in full after his own title, is still himself
    (event,) = find_events(
        "استقبل الرئيس الصيني شي جين بينغ السفير الأردني في بكين.", reference=dt.date(2023, 5, 10)
    )
    assert "xi-jinping" in {actor.id for actor in event.participants}


@pytest.mark.parametrize(
    ("written", "person"),
    [
        (
            "تلقى أمير قطر اتصالا هاتفيا من الرئيس لويس إيناسيو لولا دا سيلفا.",
            "luiz-inacio-lula-da-silva",
        ),
        ("التقى رئيس الوزراء نوري كامل المالكي الرئيس الفرنسي في باريس.", "nouri-al-maliki"),
        ("التقت وزيرة الخارجية مريم الصادق بنظيرها الإثيوبي في جوبا.", "mariam-al-sadiq-al-mahdi"),
    ],
)
def test_names_written_with_other_letters_or_a_fathers_name(written: str, person: str) -> None:
    """لويس for لويز; a father's name between given and family name (نوري كامل المالكي)."""
    events = find_events(written, reference=dt.date(2008, 7, 22))
    assert any(person in {actor.id for actor in event.participants} for event in events)


@pytest.mark.parametrize(
    "title",
    ["وزير الخارجية والشؤون الأوروبية الكرواتي", "وزير الخارجية والتجارة الإيرلندي"],
)
def test_foreign_ministers_titled_with_a_second_portfolio(title: str) -> None:
    """وزير الخارجية والشؤون الأوروبية، والتجارة: a foreign minister's title, not a topic."""
    (event,) = find_events(
        f"استقبل وزير الخارجية أيمن الصفدي، اليوم، {title}.", reference=dt.date(2025, 9, 10)
    )
    assert len(event.participants) == 2
    assert "ayman-safadi" in {actor.id for actor in event.participants}


def test_a_region_named_after_a_state_is_no_state() -> None:
    """أمريكا اللاتينية: a region, not the United States; كوريا الجنوبية is a state."""
    events = find_events(
        "بدأ الرئيس الإيراني محمود أحمدي نجاد اليوم جولة في أمريكا اللاتينية تشمل فنزويلا وكوبا.",
        reference=dt.date(2012, 1, 8),
    )
    assert events
    assert all("USA" not in event.countries for event in events)
    assert all(event.place is None or event.place.id != "USA" for event in events)
    (event,) = find_events(
        "استقبل الرئيس الكوري الجنوبي نظيره الأمريكي في سيول.", reference=dt.date(2012, 1, 8)
    )
    assert sorted(event.countries) == ["KOR", "USA"]


def test_the_dead_one_of_a_funeral_or_a_tomb_is_no_side() -> None:
    """جنازة الشيخ خليفة، ضريح الملك محمد الخامس: the mourned is named, not met."""
    events = find_events(
        "زار الرئيس الفرنسي إيمانويل ماكرون ضريح الملك محمد الخامس في الرباط قبل أن يلتقي "
        "الملك محمد السادس.",
        reference=dt.date(2022, 5, 15),
    )
    assert [sorted(actor.id for actor in event.participants) for event in events] == [
        ["emmanuel-macron", "mohammed-vi-of-morocco"]
    ]
    assert str(events[0].status) == "held"  # (قبل أن يلتقي: a sequence told in the past)
    events = find_events(
        "شارك الرئيس المصري عبد الفتاح السيسي في جنازة الشيخ خليفة بن زايد آل نهيان.",
        reference=dt.date(2022, 5, 14),
    )
    mourned = "khalifa-bin-zayed-al-nahyan"
    assert all(actor.id != mourned for event in events for actor in event.participants)


def test_a_title_the_table_lacks_before_a_known_name_is_his() -> None:
    """رئيس المجلس العسكري السوداني X: an untracked title puts no distance before the name."""
    (event,) = find_events(
        "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع رئيس المجلس العسكري السوداني "
        "عبد الفتاح البرهان.",
        reference=dt.date(2019, 4, 16),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "abdel-fattah-al-burhan",
        "abdel-fattah-el-sisi",
    ]


def test_a_tour_after_an_arrival_visits_each_listed_state() -> None:
    """وصل X القاهرة في مستهل جولة تشمل Y وZ: the state arrived in travels on no leg."""
    events = find_events(
        "وصل وزير الخارجية الأمريكي أنتوني بلينكن القاهرة أمس، في مستهل جولة إقليمية تشمل "
        "إسرائيل والأردن.",
        reference=dt.date(2023, 1, 30),
    )
    assert [(str(event.mode), sorted(event.countries)) for event in events] == [
        ("visit", ["EGY", "USA"]),
        ("visit", ["ISR", "USA"]),
        ("visit", ["JOR", "USA"]),
    ]


def test_a_deputys_untracked_title_before_a_known_name_is_his() -> None:
    """بنائب القائد الأعلى للقوات المسلحة الإماراتية الشيخ X: نائب heads it, لل words inside."""
    (event,) = find_events(
        "أجرى رئيس الوزراء الباكستاني عمران خان اتصالاً هاتفياً بنائب القائد الأعلى للقوات "
        "المسلحة الإماراتية الشيخ محمد بن زايد آل نهيان.",
        reference=dt.date(2021, 6, 1),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "imran-khan",
        "mohamed-bin-zayed-al-nahyan",
    ]


def test_a_family_name_after_another_given_name_is_someone_else() -> None:
    """ماهر الطراونة is not Fayez al-Tarawneh; خالد حفتر is not Khalifa Haftar."""
    (event,) = find_events(
        "استقبل رئيس مجلس النواب محمود المشهداني اليوم ماهر الطراونة سفير المملكة الأردنية "
        "الهاشمية لدى بغداد.",
        reference=dt.date(2024, 11, 10),
    )
    assert sorted(actor.id for actor in event.participants) == ["JOR", "mahmoud-al-mashhadani"]
    events = find_events("التقى خالد حفتر نائب وزير الدفاع الروسي.", reference=dt.date(2025, 5, 2))
    assert all(actor.id != "khalifa-haftar" for event in events for actor in event.participants)


def test_a_charge_daffaires_of_an_embassy_named_by_its_state() -> None:
    """القائم بأعمال سفارة الولايات المتحدة X: the envoy in person; without a name, the state."""
    (event,) = find_events(
        "استقبل الرئيس العراقي اليوم القائم بأعمال سفارة الولايات المتحدة الأمريكية جوشوا هاريس.",
        reference=dt.date(2025, 12, 4),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "abdul-latif-rashid",
        "joshua-harris",
    ]
    (event,) = find_events(
        "استقبل الرئيس العراقي اليوم القائم بأعمال سفارة روسيا.", reference=dt.date(2025, 12, 4)
    )
    assert sorted(event.countries) == ["IRQ", "RUS"]


def test_a_titled_short_name_of_two_persons_is_the_one_in_office() -> None:
    """الرئيس عون: Michel Aoun in 2021, Joseph Aoun in 2025 (عون alone is a word: help)."""
    for day, person in ((dt.date(2021, 6, 9), "michel-aoun"), (dt.date(2025, 6, 9), "joseph-aoun")):
        (event,) = find_events("استقبل الرئيس عون وزير الخارجية القطري.", reference=day)
        assert person in [actor.id for actor in event.participants]


def test_credentials_handed_to_a_head_of_state_after_ila() -> None:
    """قدم السفير X أوراق اعتماده إلى الرئيس Y: Y receives; Y is not the ambassador's name."""
    (event,) = find_events(
        "قدم سفير الصين الجديد أوراق اعتماده إلى رئيس الجمهورية عبد المجيد تبون اليوم.",
        reference=dt.date(2025, 10, 18),
    )
    assert sorted(actor.id for actor in event.participants) == ["CHN", "abdelmadjid-tebboune"]
    assert event.host is not None
    assert event.host.id == "abdelmadjid-tebboune"


def test_a_title_closed_by_its_article_takes_no_state_after_it() -> None:
    """سيزور رئيس الجمهورية فرنسا: France is the visit's object, not the title's state."""
    events = find_events(
        "تلقى رئيس الجمهورية عبد المجيد تبون اليوم مكالمة هاتفية من نظيره الفرنسي إيمانويل "
        "ماكرون. وسيزور رئيس الجمهورية فرنسا في الخريف.",
        reference=dt.date(2024, 3, 25),
    )
    assert [sorted(event.countries) for event in events if str(event.mode) == "visit"] == [
        ["DZA", "FRA"]
    ]


def test_the_libyan_presidential_council_chair_on_the_day() -> None:
    """رئيس المجلس الرئاسي لحكومة الوفاق X: the government between the title and its holder."""
    (event,) = find_events(
        "التقى رئيس المجلس الرئاسي لحكومة الوفاق فائز السراج وزير الخارجية الإيطالي لويجي دي مايو.",
        reference=dt.date(2020, 1, 11),
    )
    assert sorted(actor.id for actor in event.participants) == ["fayez-al-sarraj", "luigi-di-maio"]
    (event,) = find_events(
        "أجرى رئيس المجلس الرئاسي الليبي اتصالا هاتفيا بوزير الخارجية الإيطالي لويجي دي مايو.",
        reference=dt.date(2020, 1, 11),
    )
    assert sorted(actor.id for actor in event.participants) == ["fayez-al-sarraj", "luigi-di-maio"]


def test_a_trip_called_off_on_another_day_is_another_contact() -> None:
    """يزور X روما اليوم، بعد إلغاء زيارته المقررة الأربعاء الماضي: two trips, two days."""
    events = find_events(
        "ويزور رئيس الوزراء الليبي فائز السراج روما عصر اليوم السبت، وذلك بعد إلغاء السراج "
        "زيارته المقررة إلى روما الأربعاء الماضي.",
        reference=dt.date(2020, 1, 11),
    )
    dates = {str(event.status): event.date.value if event.date else None for event in events}
    assert len(events) == 2
    assert dates["denied"] == "2020-01-08"
    assert "2020-01-11" in dates.values()


def test_a_short_name_that_is_a_word_stands_alone_after_the_full_name() -> None:
    """بشار الأسد ... أجرى الأسد اتصالا: الأسد alone is him once the text names him in full."""
    events = find_events(
        "استقبل الرئيس السوري بشار الأسد اليوم وزير الخارجية التركي هاكان فيدان. وفي وقت لاحق، "
        "أجرى الأسد اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.",
        reference=dt.date(2024, 6, 10),
    )
    assert sorted(sorted(actor.id for actor in event.participants) for event in events) == [
        ["bashar-al-assad", "hakan-fidan"],
        ["bashar-al-assad", "vladimir-putin"],
    ]
    # never named in full, الأسد stays a word (the lion), no side
    assert not find_events(
        "أجرى الأسد اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.", reference=dt.date(2024, 6, 10)
    )
    (event,) = find_events(
        "افتتح الرئيس حسني مبارك القمة اليوم. وبحث مبارك مع رئيس الوزراء الهندي مانموهان سينج "
        "عددا من القضايا.",
        reference=dt.date(2009, 7, 16),
    )
    assert sorted(actor.id for actor in event.participants) == ["hosni-mubarak", "manmohan-singh"]


def test_a_word_of_address_is_the_side_it_stands_before() -> None:
    """جلالة الملك مع الرئيس X: the address is the king's, so a later جلالته is the king, not X."""
    events = find_events(
        "غادر جلالة الملك عبدالله الثاني اليوم في زيارة عمل إلى تركيا وروسيا. وفي أنقرة، يبحث "
        "جلالة الملك مع الرئيس التركي رجب طيب أردوغان اليوم الأوضاع في المنطقة. وفي موسكو، "
        "يعقد جلالته غدا مباحثات مع الرئيس الروسي فلاديمير بوتين.",
        reference=dt.date(2023, 4, 7),
    )
    pairs = [sorted(actor.id for actor in event.participants) for event in events]
    assert ["abdullah-ii-of-jordan", "vladimir-putin"] in pairs
    assert ["recep-tayyip-erdogan", "vladimir-putin"] not in pairs


def test_a_name_ending_in_ali_opens_no_preposition() -> None:
    """زين العابدين بن علي، وبشار الأسد: the name's last word reads like على, but it is a name."""
    events = find_events(
        "والتقى الرئيس الجزائري عبد العزيز بوتفليقة أمس كلا من زين العابدين بن علي، "
        "وبشار الأسد، وعمر البشير.",
        reference=dt.date(2010, 3, 28),
    )
    assert sorted(sorted(actor.id for actor in event.participants) for event in events) == [
        ["abdelaziz-bouteflika", "bashar-al-assad"],
        ["abdelaziz-bouteflika", "omar-al-bashir"],
        ["abdelaziz-bouteflika", "zine-el-abidine-ben-ali"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "التقى الرئيس الفرنسي نيكولا ساركوزي أمس الجمعة كلا من الرئيس التونسي زين "
                "العابدين بن علي، والرئيس السوري بشار الأسد، كل على حدة."
            ),
            [
                ["bashar-al-assad", "nicolas-sarkozy"],
                ["nicolas-sarkozy", "zine-el-abidine-ben-ali"],
            ],
        ),
        (
            (
                "عقد الرئيس التونسي زين العابدين بن علي، والرئيس الفرنسي نيكولا ساركوزي، جلسة "
                "محادثات اليوم الأحد في باريس."
            ),
            [["nicolas-sarkozy", "zine-el-abidine-ben-ali"]],
        ),
    ],
)
def test_a_titled_name_ending_in_ali_opens_no_preposition(
    text: str, expected: list[list[str]]
) -> None:
    """الرئيس التونسي زين العابدين بن علي، والرئيس السوري ...: the whole titled name is read."""
    events = find_events(text, reference=dt.date(2010, 6, 12))
    assert sorted(sorted(actor.id for actor in event.participants) for event in events) == expected


def test_ba_awwal_is_no_powell() -> None:
    """الذي يقوم بأول زيارة: بأول (with its hamza) is a word, not Powell; the envoy of the day."""
    (event,) = find_events(
        "استقبل الرئيس السوري بشار الأسد في دمشق اليوم الأربعاء المبعوث الأممي الجديد، الذي يقوم "
        "بأول زيارة له إلى سوريا منذ تعيينه.",
        reference=dt.date(2014, 9, 10),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "bashar-al-assad",
        "staffan-de-mistura",
    ]
    # written without its hamza, باول is still his short name (review 2 of round p28)
    (event,) = find_events(
        "التقى باول رئيس الوزراء الإسرائيلي أرييل شارون في القدس.", reference=dt.date(2003, 5, 10)
    )
    assert sorted(actor.id for actor in event.participants) == ["ariel-sharon", "colin-powell"]


@pytest.mark.parametrize(
    ("text", "day", "envoy"),
    [
        (
            (
                "استقبل رئيس الوزراء العراقي مصطفى الكاظمي في بغداد اليوم المبعوثة الأممية، وبحث "
                "معها التحضيرات للانتخابات."
            ),
            dt.date(2021, 5, 4),
            "jeanine-hennis-plasschaert",
        ),
        (
            (
                "استقبل الرئيس الأفغاني أشرف غني في كابول اليوم الثلاثاء المبعوث الأمريكي، وبحث "
                "معه محادثات السلام."
            ),
            dt.date(2019, 7, 9),
            "zalmay-khalilzad",
        ),
    ],
)
def test_an_envoy_of_either_gender_by_the_state_who_receives(
    text: str, day: dt.date, envoy: str
) -> None:
    """المبعوثة الأممية (the feminine adjective), المبعوث الأمريكي in Kabul: the envoy there."""
    (event,) = find_events(text, reference=day)
    assert envoy in {actor.id for actor in event.participants}


def test_another_meeting_after_a_comma_is_news_not_a_recall() -> None:
    """وفي لقاء آخر، بحث X مع Y: another meeting of the day, not آخر لقاء (the last one)."""
    events = find_events(
        "التقى العاهل الأردني الملك عبدالله الثاني في الدوحة اليوم الثلاثاء الرئيس السوري بشار "
        "الأسد. وفي لقاء آخر، بحث الملك عبدالله الثاني مع الرئيس التركي رجب طيب أردوغان "
        "الأوضاع في المنطقة.",
        reference=dt.date(2010, 3, 30),
    )
    dates = {event.participants[-1].id: event.date and event.date.value for event in events}
    assert dates == {"bashar-al-assad": "2010-03-30", "recep-tayyip-erdogan": "2010-03-30"}
    # inside a sentence, after a comma, the phrase is left as it was read before (review p28)
    events = find_events(
        "استقبل الرئيس الأمريكي دونالد ترامب اليوم الأربعاء وزير الخارجية الروسي سيرغي لافروف، وفي "
        "لقاء آخر، بحث لافروف مع وزير الخارجية الأمريكي ريكس تيلرسون الأزمة السورية.",
        reference=dt.date(2017, 5, 10),
    )
    reception = next(event for event in events if event.host is not None)
    assert sorted(actor.id for actor in reception.participants) == [
        "donald-trump",
        "sergey-lavrov",
    ]
    # آخر right before the contact word still recalls one (آخر لقاء بين الرئيسين)
    (event,) = find_events(
        "وكان آخر لقاء بين الملك عبدالله الثاني والرئيس التركي رجب طيب أردوغان في أنقرة.",
        reference=dt.date(2010, 3, 30),
    )
    assert event.date is None


def test_spains_foreign_minister_by_his_full_title() -> None:
    """وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون الإسباني: the EU is his portfolio."""
    (event,) = find_events(
        "عقد رئيس الحكومة المغربية عزيز أخنوش اجتماعا اليوم في الرباط مع وزير الشؤون الخارجية "
        "والاتحاد الأوروبي والتعاون الإسباني.",
        reference=dt.date(2023, 12, 14),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "aziz-akhannouch",
        "jose-manuel-albares",
    ]


def test_a_private_trip_is_no_contact() -> None:
    """غادر X إلى المغرب في إجازة خاصة: nobody met; a visit after such a stay still is one."""
    assert not find_events(
        "غادر اليوم الجمعة خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود إلى المملكة "
        "المغربية في إجازة خاصة.",
        reference=dt.date(2013, 5, 31),
    )
    assert not find_events(
        "توجه أمير الكويت الشيخ نواف الأحمد الصباح اليوم إلى الولايات المتحدة لإجراء فحوصات طبية.",
        reference=dt.date(2021, 3, 4),
    )
    for text in (
        "توجه أمير الكويت الشيخ صباح الأحمد الصباح إلى الولايات المتحدة اليوم في رحلة علاجية.",
        "غادر الرئيس الموريتاني محمد ولد عبد العزيز نواكشوط متوجها إلى باريس في زيارة خاصة للعلاج.",
    ):
        assert not find_events(text, reference=dt.date(2019, 9, 22)), text
    # a leader met on the way: a visit all the same (from the review of round p28)
    (event,) = find_events(
        "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى لندن في إجازة خاصة، والتقى خلالها رئيسة "
        "الوزراء البريطانية تيريزا ماي.",
        reference=dt.date(2018, 8, 20),
    )
    assert event.host is not None
    assert event.host.id == "theresa-may"
    (event,) = find_events(
        "غادر خادم الحرمين الشريفين الملك عبدالله الدار البيضاء اليوم متوجها إلى القاهرة حيث يلتقي "
        "الرئيس عبد الفتاح السيسي، بعد فترة إجازة خاصة قضاها في المغرب.",
        reference=dt.date(2014, 6, 20),
    )
    assert sorted(actor.id for actor in event.participants) == [
        "abdel-fattah-el-sisi",
        "abdullah-of-saudi-arabia",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وصل المبعوث الأممي اليوم إلى صنعاء.",
        "أعلن الحوثيون تأجيل زيارة المبعوث الأممي إلى صنعاء.",
        "استقبل رئيس مجلس القيادة الرئاسي رشاد العليمي اليوم المبعوث الأممي.",
    ],
)
def test_an_envoy_without_a_mandate_is_the_one_to_the_state_met(text: str) -> None:
    """المبعوث الأممي in Sanaa, or received by Yemen's leader: the UN envoy for Yemen that day."""
    (event,) = find_events(text, reference=dt.date(2023, 1, 14))
    assert "hans-grundberg" in {actor.id for actor in event.participants}


def test_a_pluperfect_call_is_held_whatever_is_planned_after_it(actors: Actors) -> None:
    """كان ... قد تحدثا هاتفيا في سبتمبر الماضي، قبل لقائهما المقرر: the cue is the meeting's."""
    events = find_events(
        "وكان وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الروسي سيرغي لافروف قد تحدثا هاتفيا في "
        "سبتمبر الماضي، قبل لقائهما المقرر اليوم الاثنين.",
        reference=dt.date(2021, 11, 15),
        actors=actors,
    )
    call = next(event for event in events if str(event.mode) == "phone")
    assert (str(call.status), call.date and call.date.value) == ("held", "2021-09")


def test_the_three_presidencies_of_the_state_visited() -> None:
    """الرئاسات الثلاث in Baghdad or Beirut: the president, the prime minister, the speaker."""
    events = find_events(
        "وصل وزير الخارجية الإيراني محمد جواد ظريف اليوم إلى بيروت في زيارة يلتقي خلالها الرئاسات "
        "الثلاث.",
        reference=dt.date(2021, 5, 22),
    )
    met = {actor.id for event in events for actor in event.participants} - {"mohammad-javad-zarif"}
    assert met == {"michel-aoun", "hassan-diab", "nabih-berri"}
    # elsewhere the phrase names no one in particular
    assert not find_events(
        "وصل وزير الخارجية الفلسطيني رياض المالكي اليوم إلى القاهرة، وسيلتقي الرئاسات الثلاث.",
        reference=dt.date(2021, 5, 22),
    )
