"""HTML pages: is it one, its main text, and what its metadata says.

The main text comes from `trafilatura <https://trafilatura.readthedocs.io>`_,
the extractor made for news pages (see the reading reference for why, and what
was measured). The metadata (title, author, canonical address, dates with their
kind and origin) is read here with :mod:`lxml` rather than taken from
trafilatura's own metadata, which keeps one date without saying whether it was
the publication, an update or the address's date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from typing import TYPE_CHECKING, Any, Final

import lxml.html
from dateutil import parser as date_parser
from lxml import etree

from diplomatext.reading._page import Page, PageDate, PageDateKind

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["declared_charset", "looks_like_html", "page_from_html", "parse_stamp", "url_date"]

_HTML_START: Final = re.compile(
    r"""\A(?:\s|\N{ZERO WIDTH NO-BREAK SPACE})*   # blank space, a byte order mark
        (?:<\?xml[^>]{0,200}>\s*)?                # an XML declaration (XHTML)
        (?:<!--.{0,2000}?-->\s*){0,5}             # comments before the page
        <(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)\b""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_CLOSING_TAG: Final = re.compile(
    r"</(?:p|div|span|a|article|section|h[1-6]|li|td|body)>", re.IGNORECASE
)
_MIN_CLOSING_TAGS: Final = 3  # a fragment of HTML (a scraper kept the body only)
_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE
)
_URL_DATE: Final = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)"
)
_TITLE_SEPARATORS: Final = re.compile(r"\s+(?:\||-|\N{EN DASH}|\N{EM DASH}|::|«|»|:)\s+")
_DOUBLE_BREAK: Final = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)
_FULL_ISO_DAY: Final = re.compile(r"\d{4}(?:-\d\d-\d\d|\d{4})(?![\d-])")
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2100

# meta names (lower case; ``name``, ``property`` or ``itemprop``) and the kind of date they give
_META_DATES: Final = {
    "article:published_time": PageDateKind.PUBLISHED,
    "og:article:published_time": PageDateKind.PUBLISHED,
    "og:published_time": PageDateKind.PUBLISHED,
    "datepublished": PageDateKind.PUBLISHED,
    "datecreated": PageDateKind.PUBLISHED,
    "dc.date": PageDateKind.PUBLISHED,
    "dc.date.issued": PageDateKind.PUBLISHED,
    "dc.date.created": PageDateKind.PUBLISHED,
    "dcterms.date": PageDateKind.PUBLISHED,
    "dcterms.issued": PageDateKind.PUBLISHED,
    "dcterms.created": PageDateKind.PUBLISHED,
    "pubdate": PageDateKind.PUBLISHED,
    "publishdate": PageDateKind.PUBLISHED,
    "publish-date": PageDateKind.PUBLISHED,
    "publish_date": PageDateKind.PUBLISHED,
    "publication_date": PageDateKind.PUBLISHED,
    "article.published": PageDateKind.PUBLISHED,
    "article_date_original": PageDateKind.PUBLISHED,
    "sailthru.date": PageDateKind.PUBLISHED,
    "parsely-pub-date": PageDateKind.PUBLISHED,
    "date": PageDateKind.PUBLISHED,
    "article:modified_time": PageDateKind.MODIFIED,
    "og:updated_time": PageDateKind.MODIFIED,
    "datemodified": PageDateKind.MODIFIED,
    "dc.date.modified": PageDateKind.MODIFIED,
    "dcterms.modified": PageDateKind.MODIFIED,
    "last-modified": PageDateKind.MODIFIED,
    "lastmod": PageDateKind.MODIFIED,
    "article.updated": PageDateKind.MODIFIED,
}
_CRAWL_WORDS: Final = ("crawl", "fetch", "scrap", "retriev", "download")
_JSON_LD_DATES: Final = {
    "datePublished": PageDateKind.PUBLISHED,
    "dateCreated": PageDateKind.PUBLISHED,
    "dateModified": PageDateKind.MODIFIED,
}
_AUTHOR_METAS: Final = ("author", "article:author", "dc.creator", "dcterms.creator", "byl")
_TITLE_METAS: Final = ("og:title", "twitter:title")
_URL_METAS: Final = ("og:url", "twitter:url")


def looks_like_html(text: str) -> bool:
    """Whether *text* is an HTML page or fragment (by its content, not a file name)."""
    return bool(_HTML_START.match(text)) or (
        text.lstrip().startswith("<")
        and len(_CLOSING_TAG.findall(text, 0, 20_000)) >= _MIN_CLOSING_TAGS
    )


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` of its first kilobytes, if any."""
    found = _CHARSET.search(data[:4096])
    return None if found is None else found.group(1).decode("ascii")


def parse_stamp(raw: str) -> dt.date | None:
    """The calendar day of a metadata date: ISO 8601 (with or without offset) or RFC 2822.

    The day is the one in the stamp's own time zone (``2021-02-05T01:00+03:00`` is
    the 5th, as the page's readers saw it). Anything else (a date in words, a
    year or a month alone, which would need an invented day) is ``None``: a
    metadata stamp that is not machine-readable is not guessed at.
    """
    raw = raw.strip()
    if not raw:
        return None
    value: dt.date | None = None
    try:
        if not _FULL_ISO_DAY.match(raw):  # "2021" or "2021-02" is no day: never invent one
            raise ValueError(raw)  # noqa: TRY301 (the same way out as a bad stamp)
        value = date_parser.isoparse(raw).date()
    except (ValueError, OverflowError):
        try:
            value = email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            spaced = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s@]|$)", raw)
            if spaced is not None:
                try:
                    value = dt.date(*(int(part) for part in spaced.groups()))
                except ValueError:
                    value = None
    if value is None or not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return None
    return value


def url_date(url: str) -> PageDate | None:
    """The date a news address carries (``/2021/02/05/``), of kind ``unknown``, if any."""
    found = _URL_DATE.search(url)
    if found is None:
        return None
    raw = "-".join(found.groups())
    value = parse_stamp(raw)
    if value is None:
        return None
    return PageDate(value=value, kind=PageDateKind.UNKNOWN, origin="url", raw=raw)


def page_from_html(html: str, *, warnings: tuple[str, ...] = ()) -> Page:
    """The :class:`Page` of an HTML page: main text (headline first) and metadata."""
    html = re.sub(r"\A\s*<\?xml[^>]{0,200}>", "", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return Page(text="", html=True, warnings=(*warnings, "an empty or unreadable HTML page"))
    metas = _metas(tree)
    ld = list(_json_ld(tree))
    title = _title(tree, metas, ld)
    url = _url(tree, metas, ld)
    # Older Arabic CMSs write a story as text between <br><br>, with no <p>:
    # trafilatura then finds no paragraphs and keeps the whole page, menus
    # included. Paragraph tags in place of the double breaks let it find them.
    import trafilatura  # noqa: PLC0415 (imported on the first page: it takes a while)

    marked = _DOUBLE_BREAK.sub("</p>\n<p>", html)
    body = trafilatura.extract(marked, include_comments=False, include_tables=False) or ""
    if not body.strip():
        body = trafilatura.extract(marked, favor_recall=True, include_comments=False) or ""
    found = list(warnings)
    if not body.strip():
        found.append("no main text found in the HTML page; the record has its title only")
    text = _with_headline(title, body.strip())
    return Page(
        text=text,
        html=True,
        title=title,
        author=_author(tree, metas, ld),
        url=url,
        dates=tuple(_dates(tree, metas, ld, url)),
        warnings=tuple(found),
    )


def _with_headline(title: str | None, body: str) -> str:
    """*body* with *title* as its first line, unless it already starts with it."""
    if not title:
        return body
    first = body.split("\n", 1)[0]
    if _squeeze(first) == _squeeze(title):
        return body
    return f"{title}\n{body}" if body else title


def _squeeze(text: str) -> str:
    return " ".join(text.replace("\N{RIGHT-TO-LEFT MARK}", " ").split())


def _metas(tree: Any) -> list[tuple[str, str]]:  # noqa: ANN401 (lxml trees are untyped)
    """(name, content) of every ``<meta>`` with a name, property or itemprop, names lower case."""
    found = []
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = meta.get(attribute)
            if key:
                found.append((key.strip().lower(), _squeeze(content)))
    return found


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:  # noqa: ANN401 (lxml trees are untyped)
    """Every JSON-LD object of the page (``@graph`` members and lists flattened)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _first(metas: list[tuple[str, str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        for key, content in metas:
            if key == name and content:
                return content
    return None


def _title(tree: Any, metas: list[tuple[str, str]], ld: list[dict[str, Any]]) -> str | None:  # noqa: ANN401
    for item in ld:
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            return _squeeze(headline)
    meta = _first(metas, _TITLE_METAS)
    if meta:
        return meta
    for heading in tree.iter("h1"):
        text = _squeeze(heading.text_content())
        if text:
            return text
    for element in tree.iter("title"):
        text = _squeeze(element.text_content())
        if text:
            # "headline | section | site": the longest part is the headline
            return max(_TITLE_SEPARATORS.split(text), key=len).strip() or text
    return None


def _author(tree: Any, metas: list[tuple[str, str]], ld: list[dict[str, Any]]) -> str | None:  # noqa: ANN401
    for item in ld:
        names = _names(item.get("author"))
        if names:
            return "، ".join(names)
    meta = _first(metas, _AUTHOR_METAS)
    if meta and not meta.startswith(("http://", "https://")):
        return meta
    for element in tree.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "author":
            named = [n for n in element.iter() if n is not element and n.get("itemprop") == "name"]
            text = _squeeze((named[0] if named else element).text_content())
            if text and not _in_comments(element):
                return text
    for link in tree.iter("a"):
        if "author" in (link.get("rel") or "").split():
            text = _squeeze(link.text_content())
            if text:
                return text
    return None


def _names(value: object) -> list[str]:
    """The names of a JSON-LD author: a string, a person's ``name``, or lists of them, in order.

    Walked with a stack, not recursion: a hostile page nests lists a thousand deep.
    """
    names: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                names.append(_squeeze(item))
        elif isinstance(item, dict):
            stack.append(item.get("name"))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return names


def _url(tree: Any, metas: list[tuple[str, str]], ld: list[dict[str, Any]]) -> str | None:  # noqa: ANN401
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    meta = _first(metas, _URL_METAS)
    if meta:
        return meta
    for item in ld:
        entity = item.get("mainEntityOfPage")
        if isinstance(entity, dict):
            entity = entity.get("@id")
        if isinstance(entity, str) and entity.startswith(("http://", "https://")):
            return entity
    return None


def _meta_kind(name: str) -> PageDateKind | None:
    if any(word in name for word in _CRAWL_WORDS):
        return PageDateKind.CRAWLED
    return _META_DATES.get(name)


def _dates(  # noqa: C901 (one source of dates after the other)
    tree: Any,  # noqa: ANN401 (lxml trees are untyped)
    metas: list[tuple[str, str]],
    ld: list[dict[str, Any]],
    url: str | None,
) -> Iterator[PageDate]:
    seen: set[tuple[dt.date, PageDateKind, str]] = set()

    def stamp(raw: str, kind: PageDateKind, origin: str) -> Iterator[PageDate]:
        value = parse_stamp(raw)
        if value is not None and (value, kind, origin) not in seen:
            seen.add((value, kind, origin))
            yield PageDate(value=value, kind=kind, origin=origin, raw=raw)

    for name, content in metas:
        kind = _meta_kind(name)
        if kind is not None:
            yield from stamp(content, kind, f"meta:{name}")
    for item in ld:
        for key, kind in _JSON_LD_DATES.items():
            value = item.get(key)
            if isinstance(value, str):
                yield from stamp(value, kind, f"json-ld:{key}")
    for element in tree.iter("time"):
        raw = element.get("datetime")
        if not raw or _in_comments(element):
            continue
        yield from stamp(raw, _time_kind(element), "time")
    for element, origin, kind in _marked_dates(tree):
        raw = element.get("datetime") or element.get("content") or element.get("title")
        if raw and not _in_comments(element):
            yield from stamp(raw, kind, origin)
    for address in dict.fromkeys(filter(None, (url, _first(metas, _URL_METAS)))):
        found = _URL_DATE.search(address)
        if found is not None:
            yield from stamp("-".join(found.groups()), PageDateKind.UNKNOWN, "url")


def _marked_dates(tree: Any) -> Iterator[tuple[Any, str, PageDateKind]]:  # noqa: ANN401
    """Elements other than ``<meta>`` and ``<time>`` that mark a date as microdata or hAtom.

    ``<abbr itemprop="datePublished" title="...">`` (Blogger), ``<span
    class="published" title="...">`` (hAtom microformats of older blogs).
    """
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in {"meta", "time"}:
            continue
        prop = (element.get("itemprop") or "").strip()
        if prop in _JSON_LD_DATES:
            yield element, f"microdata:{prop}", _JSON_LD_DATES[prop]
            continue
        classes = (element.get("class") or "").split()
        if element.get("title") or element.get("datetime"):
            if "published" in classes:
                yield element, "hatom:published", PageDateKind.PUBLISHED
            elif "updated" in classes:
                yield element, "hatom:updated", PageDateKind.MODIFIED


def _time_kind(element: Any) -> PageDateKind:  # noqa: ANN401 (lxml elements are untyped)
    marks = " ".join(
        (element.get(name) or "").lower() for name in ("itemprop", "class", "property")
    )
    if "modified" in marks or "updated" in marks:
        return PageDateKind.MODIFIED
    if "published" in marks or "pubdate" in marks or element.get("pubdate") is not None:
        return PageDateKind.PUBLISHED
    return PageDateKind.UNKNOWN


def _in_comments(element: Any) -> bool:  # noqa: ANN401 (lxml elements are untyped)
    """Whether *element* is inside a readers' comments section (their dates are not the page's)."""
    for ancestor in element.iterancestors():
        marks = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if "comment" in marks:
            return True
    return False
