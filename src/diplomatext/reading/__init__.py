"""Reading scraped files: bytes in any encoding Arabic sites use, to text or to a page.

Scraped corpora mix encodings: UTF-8 (with or without a byte order mark),
UTF-16 from Windows tools, and Windows-1256 or ISO-8859-6 from older Arabic
sites. :func:`read_article` decodes all of them, refuses binary files and
oversized inputs with an error that names the file, and never guesses
silently when told the encoding. :func:`read_page` does the same and, when
the content is an HTML page, extracts its main text and its metadata
(title, author, canonical address, dates) into a :class:`Page`.

>>> read_article("مرحبا".encode("cp1256"))
'مرحبا'
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Final

from diplomatext._spans import checked_limit
from diplomatext.errors import FileTooLargeError, InputError
from diplomatext.reading._decode import Decoded, check_encoding, decode
from diplomatext.reading._html import declared_charset, looks_like_html, page_from_html
from diplomatext.reading._page import Page, PageDate, PageDateKind

__all__ = [
    "MAX_BYTES",
    "Page",
    "PageDate",
    "PageDateKind",
    "check_encoding",
    "page_from_text",
    "read_article",
    "read_page",
]

MAX_BYTES: Final = 5_000_000
"""The default largest input :func:`read_article` reads: 5 MB.

A news article is a few kilobytes; a file of megabytes is a dump, a binary or
several articles glued together. Pass ``max_bytes=None`` to lift the limit.
"""

Source = str | os.PathLike[str] | bytes | bytearray | memoryview


def read_article(
    source: Source,
    *,
    encoding: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> str:
    r"""Read one article from a file path or from bytes, and decode it.

    Why not ``open(path).read()``: scraped Arabic corpora are not all UTF-8.
    Without *encoding*, the bytes are decoded by their byte order mark if they
    have one (UTF-8, UTF-16, UTF-32), else as UTF-8 if they are valid UTF-8,
    else by the encoding `charset-normalizer
    <https://github.com/jawah/charset_normalizer>`_ detects, preferring
    Windows-1256 when that gives Arabic text and the detected encoding does
    not. The text is returned as decoded (the byte order mark removed, line
    endings kept), so that spans found in it point into what the file says.

    A UTF-8 file with a few bytes that are not UTF-8 (a download cut
    mid-character) stays UTF-8: the bad bytes become U+FFFD and a
    :class:`UnicodeWarning` says how many (:func:`read_page` puts it in
    :attr:`Page.warnings` instead). Windows-1256 is for files that are
    Windows-1256, not for damaged UTF-8.

    Args:
        source: a path (``str`` or :class:`os.PathLike`) or the bytes of the article.
        encoding: decode with this codec (any name :mod:`codecs` knows) instead
            of detecting; an error in the bytes is then an error, not a guess.
        max_bytes: refuse inputs larger than this many bytes (default
            :data:`MAX_BYTES`, 5 MB); ``None`` reads any size. ``0`` is an
            error rather than "no limit" (it would refuse every file, which
            is never meant); the command line's ``--max-bytes 0`` passes
            ``None``.

    Returns:
        The text of the article.

    Raises:
        FileTooLargeError: the input has more than *max_bytes* bytes.
        DecodeError: the bytes are binary, or do not decode (with *encoding*, or
            by any detected encoding); the message names the file.
        InputError: *source* is neither a path nor bytes, or *max_bytes* not
            an ``int`` or ``None``.
        OptionError: *max_bytes* is 0 or negative, or *encoding* is not a
            text encoding :mod:`codecs` knows (``rot13``, ``base64``, ``zlib`` are not).
        OSError: the file cannot be read (missing, a directory, no permission).

    >>> read_article("وقعت الدولتان المعاهدة".encode("utf-16"))
    'وقعت الدولتان المعاهدة'
    >>> read_article(b"\xef\xbb\xbfmoscow")
    'moscow'

    .. versionadded:: 0.1.0
    """
    name, data = _source_bytes(source, max_bytes)
    decoded = decode(data, name, encoding)
    for warning in decoded.warnings:
        warnings.warn(f"{name}: {warning}", UnicodeWarning, stacklevel=2)
    return decoded.text


def read_page(
    source: Source,
    *,
    encoding: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Page:
    r"""Read one scraped file (plain text or an HTML page) into a :class:`Page`.

    The bytes are decoded as :func:`read_article` decodes them (an HTML page's
    declared charset is tried before detection). Whether the text is HTML is
    decided by its content, never by the file's name: a page saved as ``.txt``
    is still a page. An HTML page becomes its main text, extracted by
    trafilatura, headline first (so that :func:`~diplomatext.parse_article`
    finds it), with the page's title, author, canonical address and every date
    of its metadata; spans of an article parsed from it point into this
    extracted :attr:`Page.text`, not into the HTML. Plain text is kept as is.

    Bytes that are not valid UTF-8 in an otherwise UTF-8 file (a download cut
    mid-character) are replaced by U+FFFD and said in :attr:`Page.warnings`
    (:func:`read_article` says it with a :class:`UnicodeWarning`).

    Args:
        source: a path (``str`` or :class:`os.PathLike`) or the bytes of the file.
        encoding: decode with this codec instead of detecting.
        max_bytes: refuse inputs larger than this (default :data:`MAX_BYTES`);
            ``None`` reads any size.

    Returns:
        The :class:`Page`.

    Raises:
        FileTooLargeError, DecodeError, InputError, OptionError, OSError: as
            :func:`read_article`.

    >>> page = read_page(
    ...     b'<html><head><meta property="article:published_time" content="2021-02-05T10:00+03:00">'
    ...     b"<title>Talks</title></head><body><p>The ministers met.</p></body></html>"
    ... )
    >>> page.html, page.text, page.published.value
    (True, 'Talks\nThe ministers met.', datetime.date(2021, 2, 5))

    .. versionadded:: 0.2.0
    """
    name, data = _source_bytes(source, max_bytes)
    decoded = decode(data, name, encoding, declared=declared_charset(data))
    return _page(decoded)


def page_from_text(text: str) -> Page:
    r"""The :class:`Page` of a text already decoded: an HTML page's, or the plain text's.

    For a corpus whose records hold the page in a field: HTML is recognized by
    content, as :func:`read_page` does.

    >>> page_from_text("عنوان الخبر\nنص الخبر.").html
    False

    .. versionadded:: 0.2.0
    """
    given: object = text
    if not isinstance(given, str):
        msg = f"text must be a str, got {type(given).__name__}; read files with read_page()"
        raise InputError(msg)
    return _page(Decoded(text, "str"))


def _page(decoded: Decoded) -> Page:
    if looks_like_html(decoded.text):
        return page_from_html(decoded.text, warnings=decoded.warnings)
    return Page(text=decoded.text, warnings=decoded.warnings)


def _source_bytes(source: object, max_bytes: int | None) -> tuple[str, bytes]:
    """The display name and the bytes of *source*, within *max_bytes*."""
    checked_limit(max_bytes, name="max_bytes")
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if max_bytes is not None and len(data) > max_bytes:
            raise FileTooLargeError(len(data), max_bytes, source="<bytes>")
        return "<bytes>", data
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source) if isinstance(source, str) else str(source)
        return name, _read_bytes(Path(source), name, max_bytes)
    msg = (
        f"source must be a path (str or os.PathLike) or bytes, got {type(source).__name__}; "
        "pass the text itself to diplomatext.parse_article() or page_from_text()"
    )
    raise InputError(msg)


def _read_bytes(path: Path, name: str, max_bytes: int | None) -> bytes:
    with path.open("rb") as handle:
        if max_bytes is None:
            return handle.read()
        data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            size = os.fstat(handle.fileno()).st_size
            raise FileTooLargeError(max(size, len(data)), max_bytes, source=name)
        return data
