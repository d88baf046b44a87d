r"""Raw scraped articles to one clean, dated record.

A scraped news page is a story wrapped in the site around it: the headline
(often printed twice), a dateline ("الرباط - و م ع", "( أردو بوینت نتورك ۔ /
سبوتنيك - 18 كانون الثاني 2022ء)"), share buttons, photo and source credits,
footer fields ("التاريخ: الأربعاء 15-5-2019"), tracking tokens and lists of
other stories' headlines. :func:`parse_article` separates them: it returns an
:class:`Article` with the headline, the dateline, the publication date (given,
or found in the dateline or the footer, with where it came from), the body
paragraphs, every piece of boilerplate it removed (with its span and a reason:
nothing is dropped silently), and the date and treaty mentions of the story
resolved against the publication date. Every span points into the text given.

>>> import datetime
>>> text = (
...     "لافروف وبلينكن يبحثان معاهدة نيو ستارت\n"
...     "موسكو - سبوتنيك. بحث الوزيران أمس تمديد معاهدة نيو ستارت.\n"
...     "مشاركة :\n"
... )
>>> article = parse_article(text, published=datetime.date(2021, 1, 27))
>>> article.headline.text
'لافروف وبلينكن يبحثان معاهدة نيو ستارت'
>>> article.dateline.place.text, article.dateline.agency.text
('موسكو', 'سبوتنيك')
>>> [p.text for p in article.paragraphs]
['بحث الوزيران أمس تمديد معاهدة نيو ستارت.']
>>> [(b.text, b.reason) for b in article.boilerplate]
[('مشاركة :', 'share-buttons')]
>>> [(d.text, d.value) for d in article.dates]
[('أمس', '2021-01-26')]
"""

from __future__ import annotations

from diplomatext.articles._parse import MAX_CHARS, parse_article
from diplomatext.articles._records import (
    SCHEMA_VERSION,
    Article,
    Boilerplate,
    Dateline,
    Published,
    PublishedOrigin,
    TextSpan,
)

__all__ = [
    "MAX_CHARS",
    "SCHEMA_VERSION",
    "Article",
    "Boilerplate",
    "Dateline",
    "Published",
    "PublishedOrigin",
    "TextSpan",
    "parse_article",
]
