"""Find every date of a short Arabic news text, resolved against its publication date."""

from __future__ import annotations

import datetime as dt

import diplomatext

TEXT = (
    "أعلنت الخارجية الروسية، اليوم الثلاثاء، أن الوزيرين اجتمعا أمس في جنيف، "
    "بعد محادثات يومي 9 و10 كانون الثاني/يناير 2022، وأن اجتماعا لمجلس «روسيا - الناتو» "
    "عقد في الـ12 من الشهر الجاري. وكانت روسيا قد نشرت في نهاية عام 2021 مسودة اتفاقية. "
    "وصدر المرسوم في 15 جمادى الآخرة 1443 هـ الموافق 18 يناير 2022 م، "
    "وقال إن القمة المقبلة ستعقد في يونيو/حزيران، في ذكرى ثورة 25 يناير. "
    "الرقم: 16978"
)
PUBLISHED = dt.date(2022, 1, 18)


def main() -> None:
    """Print one line per date mention: the text, its value and what it denotes."""
    print(f"reference (publication date): {PUBLISHED}")
    for mention in diplomatext.find_dates(TEXT, reference=PUBLISHED):
        bounds = f"{mention.first} .. {mention.last}" if mention.first else "unresolved"
        notes = ", ".join(map(str, mention.notes))
        print(
            f"{mention.start:>4}-{mention.end:<4} {mention.text!r:44} {mention.value:24} "
            f"mod={mention.mod or '-':6} {mention.calendar:11} {mention.anchor:9} "
            f"{bounds}{'  hijri=' + mention.hijri if mention.hijri else ''}"
            f"{'  [' + notes + ']' if notes else ''}"
        )
    print("\nwithout a reference, relative dates keep X's:")
    for mention in diplomatext.find_dates("اجتمعا أمس، وفي 15 مايو، والأسبوع المقبل"):
        print(f"  {mention.text!r:16} {mention.value}")


if __name__ == "__main__":
    main()
