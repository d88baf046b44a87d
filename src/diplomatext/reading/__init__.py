"""Reading scraped article files: bytes in any encoding Arabic sites use, to text.

Scraped corpora mix encodings: UTF-8 (with or without a byte order mark),
UTF-16 from Windows tools, and Windows-1256 or ISO-8859-6 from older Arabic
sites. :func:`read_article` decodes all of them, refuses binary files and
oversized inputs with an error that names the file, and never guesses
silently when told the encoding.

>>> read_article("مرحبا".encode("cp1256"))
'مرحبا'
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path
from typing import Final

import charset_normalizer

from diplomatext.errors import DecodeError, FileTooLargeError, InputError, OptionError
from diplomatext.reading._page import Page, PageDate, PageDateKind

__all__ = ["MAX_BYTES", "Page", "PageDate", "PageDateKind", "read_article"]

MAX_BYTES: Final = 5_000_000
"""The default largest input :func:`read_article` reads: 5 MB.

A news article is a few kilobytes; a file of megabytes is a dump, a binary or
several articles glued together. Pass ``max_bytes=None`` to lift the limit.
"""

_BOMS: Final = (
    # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ALLOWED_CONTROLS: Final = frozenset("\t\n\r\f\v\x1c\x1d\x1e\x85")
_MAX_CONTROL_SHARE: Final = 0.01  # more control characters than this: a binary file
_MIN_READABLE_SHARE: Final = 0.97  # letters, marks, digits, punctuation, spaces
_ARABIC_FALLBACKS: Final = ("cp1256", "iso8859_6")
_ARABIC_BLOCKS: Final = (  # code point ranges of the Arabic script blocks
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
_COMMON_BLOCKS: Final = (
    (0x0000, 0x024F),  # ASCII, Latin-1, Latin Extended: digits, punctuation, names
    *_ARABIC_BLOCKS,
    (0x2000, 0x206F),  # General Punctuation: dashes, quotes, invisible marks
)

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
        OptionError: *max_bytes* is 0 or negative.
        OSError: the file cannot be read (missing, a directory, no permission).

    >>> read_article("وقعت الدولتان المعاهدة".encode("utf-16"))
    'وقعت الدولتان المعاهدة'
    >>> read_article(b"\xef\xbb\xbfmoscow")
    'moscow'

    .. versionadded:: 0.1.0
    """
    _check_max_bytes(max_bytes)
    given: object = source
    if isinstance(given, (bytes, bytearray, memoryview)):
        name = "<bytes>"
        data = bytes(given)
        if max_bytes is not None and len(data) > max_bytes:
            raise FileTooLargeError(len(data), max_bytes, source=name)
    elif isinstance(given, (str, os.PathLike)):
        name = os.fspath(given) if isinstance(given, str) else str(given)
        data = _read_bytes(Path(given), name, max_bytes)
    else:
        msg = (
            f"source must be a path (str or os.PathLike) or bytes, got {type(given).__name__}; "
            "pass the text itself to diplomatext.parse_article()"
        )
        raise InputError(msg)
    return _decode(data, name, encoding)


def _check_max_bytes(max_bytes: object) -> None:
    if max_bytes is None:
        return
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        msg = f"max_bytes must be an int or None (no limit), got {type(max_bytes).__name__}"
        raise InputError(msg)
    if max_bytes < 1:
        msg = f"max_bytes must be a positive number of bytes, or None for no limit; got {max_bytes}"
        raise OptionError(msg)


def _read_bytes(path: Path, name: str, max_bytes: int | None) -> bytes:
    with path.open("rb") as handle:
        if max_bytes is None:
            return handle.read()
        data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            size = os.fstat(handle.fileno()).st_size
            raise FileTooLargeError(max(size, len(data)), max_bytes, source=name)
        return data


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}", source=name) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            msg = (
                f"not valid {encoding}: byte {exc.object[exc.start]:#04x} at offset {exc.start}; "
                "check the encoding, or leave it out to detect it"
            )
            raise DecodeError(msg, source=name) from None
        text = text.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")
        return _refuse_binary(text, name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                msg = f"starts with a {codec} byte order mark but is not valid {codec}"
                raise DecodeError(msg, source=name) from None
            return _refuse_binary(text, name)
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        return _refuse_binary(utf16, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _refuse_binary(text, name)
    return _refuse_binary(_detect(data, name), name)


def _detect(data: bytes, name: str) -> str:
    best = charset_normalizer.from_bytes(data).best()
    detected = None if best is None else str(best)
    if detected is None or _arabic_share(detected) < 0.5:  # noqa: PLR2004 (a majority)
        for codec in _ARABIC_FALLBACKS:
            try:
                candidate = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _arabic_share(candidate) >= 0.5 and (  # noqa: PLR2004 (a majority)
                detected is None or _arabic_share(candidate) > _arabic_share(detected)
            ):
                return candidate
    if detected is None:
        msg = (
            "cannot detect the encoding: not UTF-8, UTF-16 or Windows-1256 text "
            "(is it a binary file?); pass encoding=... if you know it"
        )
        raise DecodeError(msg, source=name)
    return detected


def _arabic_share(text: str) -> float:
    """The share of letters in *text* that are Arabic-script letters."""
    letters = arabic = 0
    for char in text[:20_000]:
        if char.isalpha():
            letters += 1
            arabic += any(low <= ord(char) <= high for low, high in _ARABIC_BLOCKS)
    return arabic / letters if letters else 0.0


def _sniff_utf16(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 (every space of it is a NUL byte), or return ``None``."""
    if len(data) % 2 or b"\x00" not in data:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20_000]
        readable = sum(1 for char in sample if _common(char))
        score = readable / len(sample) if sample else 0.0
        if score >= _MIN_READABLE_SHARE and (best is None or score > best[0]):
            best = (score, text)
    return None if best is None else best[1]


def _common(char: str) -> bool:
    """Whether *char* is of the scripts an Arabic news text is written in."""
    code = ord(char)
    return any(low <= code <= high for low, high in _COMMON_BLOCKS)


def _refuse_binary(text: str, name: str) -> str:
    if "\x00" in text:
        raise DecodeError(
            "contains NUL characters: a binary file, or UTF-16 without a byte order mark; "
            "pass encoding='utf-16-le' (or 'utf-16-be') if it is text",
            source=name,
        )
    sample = text[:20_000]
    controls = sum(
        1 for char in sample if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc"
    )
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise DecodeError(
            f"{controls} control characters in the first {len(sample):,}: a binary file",
            source=name,
        )
    return text
