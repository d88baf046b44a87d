"""Bytes to text: byte order marks, UTF-16 without one, UTF-8, and detection.

The steps of :func:`diplomatext.read_article`, apart from its argument checks.
Each returns the text and the warnings of its way (a few bad bytes replaced),
so that :class:`~diplomatext.reading.Page` can carry them.
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import Final, NamedTuple

import charset_normalizer

from diplomatext.errors import DecodeError, OptionError

_BOMS: Final = (
    # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# a text with fewer valid multi-byte UTF-8 characters than this many times its
# invalid sequences is not UTF-8 (Windows-1256 Arabic has almost none valid)
_MIN_GOOD_SEQUENCES: Final = 10
_MAJORITY: Final = 0.5
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


class Decoded(NamedTuple):
    """Decoded text, the codec that decoded it, and what went wrong on the way."""

    text: str
    codec: str
    warnings: tuple[str, ...] = ()


def check_encoding(encoding: object, *, option: str = "encoding=") -> str:
    """Return the codec name *encoding*, or raise :class:`OptionError` naming *option*.

    Refused: names :mod:`codecs` does not know, and codecs that do not turn bytes
    into text (``rot13``, ``base64``, ``hex``, ``zlib``, ``undefined``).
    """
    if not isinstance(encoding, str) or not encoding or "\x00" in encoding:
        msg = f"{option} must name a text encoding such as utf-8 or cp1256, got {encoding!r}"
        raise OptionError(msg)
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        msg = f"{option}{encoding!r}: unknown encoding; use one such as utf-8, cp1256, iso8859-6"
        raise OptionError(msg) from None
    try:
        # "undefined" decodes nothing; an incremental decoder shows it on one byte
        # without failing on codecs that need more (UTF-16 waits for the second byte)
        decoder = codecs.getincrementaldecoder(info.name)()
        usable = getattr(info, "_is_text_encoding", True) and isinstance(
            decoder.decode(b" ", final=False), str
        )
    except (UnicodeError, LookupError):
        usable = False
    if not usable:
        msg = (
            f"{option}{encoding!r} is not a text encoding (it does not turn bytes into text); "
            "use one such as utf-8, cp1256, iso8859-6"
        )
        raise OptionError(msg)
    return info.name


def decode(  # noqa: C901 (the steps, in order)
    data: bytes, name: str, encoding: str | None, *, declared: str | None = None
) -> Decoded:
    """Decode *data* (named *name* in errors): with *encoding*, else by detection.

    *declared* is the charset an HTML page declares; it is tried after the byte
    order mark and UTF-8, before detection (pages often declare it wrongly as
    UTF-8, and that case is caught by the UTF-8 step's own test).
    """
    if encoding is not None:
        codec = check_encoding(encoding)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            msg = (
                f"not valid {encoding}: byte {exc.object[exc.start]:#04x} at offset {exc.start}; "
                "check the encoding, or leave it out to detect it"
            )
            raise DecodeError(msg, source=name) from None
        text = text.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")
        return Decoded(_refuse_binary(text, name), codec)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            marked = _mostly(data[len(bom) :], codec)
            if marked is None:
                msg = f"starts with a {codec} byte order mark but is not valid {codec}"
                raise DecodeError(msg, source=name)
            return Decoded(_refuse_binary(marked.text, name), codec, marked.warnings)
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        return Decoded(_refuse_binary(utf16[1], name), utf16[0])
    utf8 = _utf8(data)
    if utf8 is not None:
        return Decoded(_refuse_binary(utf8.text, name), "utf-8", utf8.warnings)
    if declared is not None:
        try:
            codec = codecs.lookup(declared).name
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if _arabic_share(text) >= _MAJORITY:
                return Decoded(_refuse_binary(text, name), codec)
    return Decoded(_refuse_binary(_detect(data, name), name), "detected")


def _utf8(data: bytes) -> Decoded | None:
    """*data* as UTF-8: valid, or mostly valid with a few bad bytes replaced; else ``None``.

    A download cut mid-character or a stray byte in a UTF-8 page leaves a few
    invalid sequences among many valid multi-byte ones; a Windows-1256 file has
    almost no valid multi-byte sequence at all (its Arabic letters are lead bytes
    followed by other lead bytes). So the test is the share of valid multi-byte
    characters among all non-ASCII pieces: decoding such a file whole as
    Windows-1256 would turn every letter into mojibake.
    """
    return _mostly(data, "utf-8")


def _mostly(data: bytes, codec: str) -> Decoded | None:
    """*data* in *codec* (a Unicode encoding), a few bad sequences replaced; else ``None``.

    Valid data decodes as is. Otherwise the decoded characters beyond ASCII
    must outnumber the invalid sequences ten to one (what a cut download or a
    stray byte leaves), or the data is not in *codec*.
    """
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    bad = text.count("\N{REPLACEMENT CHARACTER}") - data.decode(codec, errors="ignore").count(
        "\N{REPLACEMENT CHARACTER}"
    )
    good = sum(1 for char in text if ord(char) > 0x7F) - bad  # noqa: PLR2004 (ASCII)
    if good < _MIN_GOOD_SEQUENCES * bad or good < _MIN_GOOD_SEQUENCES:
        return None
    label = "UTF-8" if codec == "utf-8" else codec
    warning = (
        f"not valid {label}: {bad} invalid byte sequence{'s' if bad > 1 else ''} "
        "(a download cut short, or a damaged file) replaced by U+FFFD"
    )
    return Decoded(text, codec, (warning,))


def _detect(data: bytes, name: str) -> str:
    best = charset_normalizer.from_bytes(data).best()
    detected = None if best is None else str(best)
    share = 0.0 if detected is None else _arabic_share(detected)
    if share < _MAJORITY:
        for codec in _ARABIC_FALLBACKS:
            try:
                candidate = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _arabic_share(candidate) >= _MAJORITY:  # so more than the detected text has
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


def _sniff_utf16(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16 (every space of it is a NUL byte), or return ``None``."""
    if len(data) % 2 or b"\x00" not in data:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20_000]
        readable = sum(1 for char in sample if _common(char))
        score = readable / len(sample) if sample else 0.0
        if score >= _MIN_READABLE_SHARE and (best is None or score > best[0]):
            best = (score, codec, text)
    return None if best is None else (best[1], best[2])


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
