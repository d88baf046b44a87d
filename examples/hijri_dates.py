"""Convert Hijri dates, and read dual Hijri/Gregorian datelines of official texts."""

from __future__ import annotations

import datetime as dt

import diplomatext
from diplomatext import HijriDate

DATELINES = [
    "صدر في 15 جمادى الآخرة 1443 هـ الموافق 18 يناير 2022 م",
    "ظهير شريف صادر في 24 من ذي القعدة 1446 (22 ماي 2025)",
    "الأربعاء 15 رمضان 1445 - 27 مارس 2024",
    "حرر في 14 ذو الحجة 1300 هـ",
]


def main() -> None:
    """Print conversions, then the mentions of a few datelines with their notes."""
    for hijri in (HijriDate(year=1445, month=9, day=1), HijriDate(year=1300, month=1, day=1)):
        print(f"{hijri.isoformat()} AH = {hijri.to_gregorian()} ({hijri.method})")
    day = dt.date(2022, 1, 18)
    print(f"{day} = {HijriDate.from_gregorian(day).isoformat()} AH")
    print()
    for line in DATELINES:
        for mention in diplomatext.find_dates(line):
            notes = ", ".join(map(str, mention.notes)) or "-"
            print(
                f"{mention.text!r}\n    value={mention.value} hijri={mention.hijri} notes={notes}"
            )


if __name__ == "__main__":
    main()
