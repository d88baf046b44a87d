"""Heads of organizations as sides, with the shipped persons and states tables.

Invented sentences: an organization named in Arabic (منظمة التعاون الإسلامي، الأونروا،
المفوضية السامية ...), its head named only by the title (الأمين العام، المفوض العام،
المفوض السامي، المدير العام، المدير التنفيذي) resolved to the holder on the day, never to
the UN secretary-general because «الأمم المتحدة» is inside the agency's name, and a
company's director general never a side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatext import find_events

CASES = [
    (
        (
            "استقبل الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه، اليوم في جدة، "
            "وزير الخارجية الأردني أيمن الصفدي."
        ),
        "2024-05-02",
        [["ayman-safadi", "hissein-brahim-taha"]],
    ),
    (
        "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، اليوم، المفوض العام لوكالة الأونروا.",
        "2024-05-02",
        [["faisal-bin-farhan-al-saud", "philippe-lazzarini"]],
    ),
    (
        "استقبل الرئيس اللبناني جوزاف عون، أمس، المفوض السامي للأمم المتحدة لشؤون اللاجئين.",
        "2025-05-02",
        [["filippo-grandi", "joseph-aoun"]],
    ),
    (
        (
            "استقبل وزير الخارجية الإيراني، اليوم في طهران، "
            "المدير العام للوكالة الدولية للطاقة الذرية."
        ),
        "2024-05-02",
        [["hossein-amir-abdollahian", "rafael-grossi"]],
    ),
    (
        "بحث وزير الخارجية المصري مع المدير التنفيذي لبرنامج الأغذية العالمي الأوضاع في غزة.",
        "2024-05-02",
        [["cindy-mccain", "sameh-shoukry"]],
    ),
    ("التقى الرئيس المصري، اليوم، المدير العام لشركة روساتوم الروسية.", "2024-05-02", []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_heads_of_organizations(text: str, reference: str, expected: list[list[str]]) -> None:
    events = find_events(text, reference=dt.date.fromisoformat(reference))
    assert [sorted(actor.id for actor in event.participants) for event in events] == expected
