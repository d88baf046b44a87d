"""Find treaty, agreement and UN-resolution names in an Arabic news paragraph.

Run: python examples/treaties_in_text.py
"""

from __future__ import annotations

import datetime as dt

from diplomatext import canonicalize_treaty, find_treaties

ARTICLE = (
    "رحب الرئيسان بتمديد معاهدة الحد من الأسلحة الاستراتيجية حتى العام 2026، "
    "وبحثا انسحاب واشنطن من معاهدة الحد من الصواريخ القصيرة ومتوسطة المدى "
    "ومستقبل اتفاقية «السماوات المفتوحة». "
    "وأكد الوزير أن الحل في سوريا يمر عبر قراري مجلس الأمن ٢٢٥٤ و٢١١٨. "
    "وقالت طهران إنها ما زالت ملتزمة بالاتفاق النووي، فيما تنمو شركات ستارت أب في المنطقة."
)


def main() -> None:
    """Print each mention with its treaty, how it was matched and why."""
    published = dt.date(2021, 2, 5)
    for mention in find_treaties(ARTICLE, reference=published):
        print(
            f"{mention.start:4}-{mention.end:<4} {mention.text!r:55} -> {mention.treaty.id:24} "
            f"{mention.match.value:9} {mention.confidence.name:6} {mention.reason}"
        )
    print()
    for name in ("نيوستارت", "Open Skies Treaty", "إتفاقية حظر الأسلحة الكيماوية", "اتفاقية تعاون"):
        treaty = canonicalize_treaty(name)
        print(f"{name!r:40} -> {treaty.id if treaty else None}")


if __name__ == "__main__":
    main()
