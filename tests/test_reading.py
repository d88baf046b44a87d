"""diplomatext.read_article: every encoding scraped Arabic corpora come in, and clear errors."""

from __future__ import annotations

import codecs
import pickle
import unicodedata
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomatext
from diplomatext import (
    DecodeError,
    FileTooLargeError,
    InputError,
    InputTooLargeError,
    OptionError,
    read_article,
)
from tests.strategies import arabic_text

ARTICLES = Path(__file__).parents[1] / "examples" / "articles"

# Real-looking texts: a Levantine wire story, a Maghrebi one with Latin words, a
# Gulf one with Arabic-Indic digits, an Egyptian one with presentation forms.
TEXTS = {
    "levant": "دمشق - سانا\nاستقبل وزير الخارجية في 18 كانون الثاني 2022 نظيره الروسي.\n",
    "maghreb": "الرباط - و م ع: أجرى الوزير مباحثات مع نظيره الروسي (Lavrov) في 14 يونيو 2022.",
    "gulf": "الرياض ١٥ جمادى الآخرة ١٤٤٣ هـ الموافق ١٨ يناير ٢٠٢٢ م واس\r\nتلقى الوزير اتصالاً.",
    "egypt": "القاهرة (أ ش أ) - ﻻ تزال المفاوضات جارية بشأن اتفاقية السلام، قال المتحدث.",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "utf-32"]
)
def test_detects_the_encoding(name: str, encoding: str) -> None:
    text = TEXTS[name]
    if encoding == "cp1256":  # it has no presentation forms and no Arabic-Indic digits
        text = text.replace("ﻻ", "لا").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    assert read_article(text.encode(encoding)) == text


def test_iso_8859_6_is_detected() -> None:
    text = "أعلنت وزارة الخارجية الروسية أن الوزير سيزور دمشق الأسبوع المقبل لبحث التسوية."
    assert read_article(text.encode("iso8859_6")) == text


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8"])
def test_reads_files_and_path_likes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(TEXTS["levant"].encode(encoding))
    assert read_article(path) == TEXTS["levant"]
    assert read_article(str(path)) == TEXTS["levant"]


def test_explicit_encoding_is_obeyed_not_guessed() -> None:
    data = TEXTS["levant"].encode("cp1256")
    assert read_article(data, encoding="cp1256") == TEXTS["levant"]
    with pytest.raises(DecodeError, match=r"not valid utf-8: byte 0x\w\w at offset \d+"):
        read_article(data, encoding="utf-8")
    with pytest.raises(OptionError, match="unknown encoding"):
        read_article(data, encoding="klingon")


def test_line_endings_are_kept_and_the_bom_removed() -> None:
    text = "سطر أول\r\nسطر ثان\r\n"
    assert read_article(codecs.BOM_UTF8 + text.encode()) == text
    assert read_article(text.encode("utf-16")) == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 64,
        b"%PDF-1.7\n" + b"\x00\x01\x02\x03" * 500,
        b"\x00" * 100,
    ],
    ids=["all-bytes", "png", "pdf", "nul"],
)
def test_binary_input_is_refused_with_the_file_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert info.value.source == str(path)


def test_bytes_errors_name_bytes() -> None:
    with pytest.raises(DecodeError, match=r"^<bytes>: "):
        read_article(b"\x00\x00\x00\x00binary")


def test_bad_utf8_bom_is_an_error() -> None:
    with pytest.raises(DecodeError, match="byte order mark"):
        read_article(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("ا".encode() * 600)
    with pytest.raises(FileTooLargeError) as info:
        read_article(path, max_bytes=1000)
    assert isinstance(info.value, InputTooLargeError)
    assert info.value.length == 1200
    assert info.value.limit == 1000
    assert str(path) in str(info.value)
    assert "max_bytes=1,000" in str(info.value)
    assert read_article(path, max_bytes=None) == "ا" * 600
    with pytest.raises(FileTooLargeError):
        read_article(b"x" * 11, max_bytes=10)


@pytest.mark.parametrize("limit", [0, -1, -5_000_000])
def test_a_limit_of_zero_or_less_is_an_error_not_no_limit(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "a.txt"
    path.write_text("نص", encoding="utf-8")
    for source in (path, b"x"):
        with pytest.raises(OptionError, match="None for no limit") as info:
            read_article(source, max_bytes=limit)
        assert not isinstance(info.value, InputTooLargeError)
    assert read_article(path, max_bytes=None) == "نص"
    assert read_article(path, max_bytes=len("نص".encode())) == "نص"


@pytest.mark.parametrize("limit", ["1000", 10.5, True])
def test_a_limit_of_another_type_is_an_input_error(limit: object) -> None:
    with pytest.raises(InputError, match="max_bytes"):
        read_article(b"x", max_bytes=limit)  # type: ignore[arg-type]


def test_too_large_errors_take_a_message_and_keep_it_through_pickling() -> None:
    error = InputTooLargeError(12, 10, message="12 lines, more than 10")
    assert str(error) == "12 lines, more than 10"
    assert (error.length, error.limit) == (12, 10)
    assert "max_chars=10" in str(InputTooLargeError(12, 10))
    for original in (error, InputTooLargeError(12, 10), FileTooLargeError(12, 10, source="a.txt")):
        clone = pickle.loads(pickle.dumps(original))  # noqa: S301 (our own object)
        assert type(clone) is type(original)
        assert str(clone) == str(original)
        assert (clone.length, clone.limit) == (original.length, original.limit)
    file_error = FileTooLargeError(12, 10, source="a.txt")
    assert file_error.source == "a.txt"
    assert str(file_error).startswith("a.txt: 12 bytes, more than max_bytes=10;")


def test_errors_survive_pickling() -> None:
    for error in (FileTooLargeError(10, 5, source="a.txt"), DecodeError("bad", source="b.txt")):
        clone = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
        assert str(clone) == str(error)
        assert type(clone) is type(error)


@pytest.mark.parametrize("value", [None, 12, ["a"], 3.5])
def test_wrong_type_is_an_input_error(value: object) -> None:
    with pytest.raises(InputError, match=r"path .* or bytes"):
        read_article(value)  # type: ignore[arg-type]


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_article(tmp_path / "nope.txt")


def test_bundled_windows_1256_sample() -> None:
    path = ARTICLES / "103_algiers_windows1256.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = read_article(path)
    assert text.startswith("الجزائر وروسيا")
    assert text == raw.decode("cp1256")


def test_exported() -> None:
    assert diplomatext.read_article is read_article
    assert diplomatext.FileTooLargeError is FileTooLargeError


@given(text=arabic_text())
def test_roundtrip_utf8_and_utf16(text: str) -> None:
    text = "".join(
        char for char in text if unicodedata.category(char) not in {"Cc", "Cs"} or char == "\n"
    )
    assert read_article(text.encode("utf-8")) == text.removeprefix("\ufeff")
    assert read_article(text.encode("utf-16")) == text


@given(data=st.binary(max_size=300))
def test_any_bytes_decode_or_raise_a_decode_error(data: bytes) -> None:
    try:
        with warnings.catch_warnings():  # damaged UTF-8 is said with a UnicodeWarning
            warnings.simplefilter("ignore", UnicodeWarning)
            text = read_article(data)
    except DecodeError as exc:
        source = exc.source
    else:
        assert isinstance(text, str)
        return
    assert source == "<bytes>"


# --- issue 13.1: a UTF-8 file with a few bad bytes is UTF-8, said in a warning ----------


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_utf8_cut_mid_character_stays_utf8_with_a_warning(name: str) -> None:
    data = TEXTS[name].rstrip().encode("utf-8") + "ة".encode()[:1]  # a download cut mid-letter
    with pytest.warns(UnicodeWarning, match="not valid UTF-8"):
        text = read_article(data)
    assert text == TEXTS[name].rstrip() + "\N{REPLACEMENT CHARACTER}"


def test_utf8_with_one_bad_byte_inside_stays_utf8() -> None:
    good = TEXTS["levant"].encode("utf-8")
    data = good[:20] + b"\xff" + good[20:]
    with pytest.warns(UnicodeWarning, match="1 invalid byte sequence"):
        text = read_article(data)
    assert text.replace("\N{REPLACEMENT CHARACTER}", "") == TEXTS["levant"]


def test_page_carries_the_decoding_warning() -> None:
    data = TEXTS["egypt"].encode("utf-8")[:-1] + b"\xd8"
    page = diplomatext.read_page(data)
    assert page.text.endswith("\N{REPLACEMENT CHARACTER}")
    assert len(page.warnings) == 1
    assert "not valid UTF-8" in page.warnings[0]


@pytest.mark.parametrize("name", ["levant", "maghreb"])  # the others have no cp1256 form
def test_real_windows_1256_is_still_windows_1256(name: str) -> None:
    assert read_article(TEXTS[name].encode("cp1256")) == TEXTS[name]


@given(text=st.text(max_size=400) | st.builds("<p>{}</p>".format, st.text(max_size=200)))
def test_page_from_any_text_is_a_page(text: str) -> None:
    page = diplomatext.page_from_text(text)
    assert isinstance(page.text, str)
    if not page.html:
        assert page.text == text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_a_file_with_a_byte_order_mark_cut_short_is_read_with_a_warning(codec: str) -> None:
    data = (TEXTS["levant"].rstrip() + "ة").encode(codec)[:-1]  # cut inside the last letter
    with pytest.warns(UnicodeWarning, match="invalid byte sequence"):
        text = read_article(data)
    assert text == TEXTS["levant"].rstrip() + "\N{REPLACEMENT CHARACTER}"
