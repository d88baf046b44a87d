"""Boilerplate: the marker tables compiled, and the rules that classify a line."""

from __future__ import annotations

import functools
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from diplomatext._lexical import alternation, fold, trie_pattern
from diplomatext.articles._lines import (
    AGENCY_LINE_WORDS,
    FOLD_PREFIX,
    FRAGMENT_WORDS,
    HAS_WORD,
    LEADING_PUNCT,
    MEMO_LINES,
    NAME_WORDS,
    SHORT_LINE_WORDS,
    SIGNATURE_WORDS,
    STRIP,
    STRIP_COUNT,
    STRIP_PUNCT,
    Edges,
    Hit,
    Line,
    ends_sentence,
    line_limit,
)
from diplomatext.articles._records import Boilerplate
from diplomatext.data import boilerplate as _data
from diplomatext.normalize import MATCHING, normalize

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping


@functools.lru_cache(maxsize=4096)
def fold_phrase(phrase: str) -> str:
    """A marker's phrase as lines are matched (folded, stripped); remembered per phrase."""
    return fold(phrase).strip()


class Tables(NamedTuple):
    by_kind: Mapping[str, Mapping[str, _data.Marker]]  # kind -> folded lowercase phrase -> marker
    section: regex.Pattern[str]
    label: regex.Pattern[str]
    crumb: regex.Pattern[str]
    start: regex.Pattern[str]
    anywhere: regex.Pattern[str]
    social: regex.Pattern[str]
    agency_line: regex.Pattern[str]
    wire_code: regex.Pattern[str]
    byline: regex.Pattern[str]
    place_outlet: regex.Pattern[str]
    paren: regex.Pattern[str]
    place_agency: regex.Pattern[str]
    agency_first: regex.Pattern[str]
    place_only: regex.Pattern[str]
    agency_in: regex.Pattern[str]
    place_in: regex.Pattern[str]
    date_labels: Mapping[str, tuple[str, int]]  # folded label -> label, rank
    fillers: frozenset[str]
    max_words: int
    kind_words: Mapping[str, int]
    anchored: regex.Pattern[str]  # any phrase of the kinds matched at the line start
    long_words: int  # a longer line can only be a label or start marker
    long_initials: frozenset[str]  # first letters of the markers a long line can match


def literal_pattern(phrases: Iterable[str]) -> str:
    """One pattern for the folded *phrases*: a trie when no phrase has letter case.

    Both try the phrases that match at a position longest first, so they find
    the same matches; the trie fails on the first character no phrase
    continues, where the regex module tries every phrase of the alternation in
    turn (1.2 to 1.5 times faster on a dateline's 240 characters). Letters with
    case are left to the alternation: under ``IGNORECASE`` a trie would split
    "X" from "x" and could try a shorter phrase first.
    """
    folded = {fold_phrase(phrase) for phrase in phrases}
    if any(char.lower() != char.upper() for phrase in folded for char in phrase):
        return alternation(folded)
    return trie_pattern(folded)


@cache
def compiled_tables() -> Tables:
    by_kind: dict[str, dict[str, _data.Marker]] = {}
    for marker in _data.MARKERS:
        by_kind.setdefault(marker.kind, {})[fold_phrase(marker.phrase).lower()] = marker

    def words(kind: str) -> str:
        return alternation(by_kind.get(kind, {}))

    anchored_kinds = ("section", "crumb", "label", "start")
    anchored = "|".join(words(kind) for kind in anchored_kinds if kind in by_kind)
    # the rules that are not anchored at the line start stop at these lengths
    long_words = max(
        SHORT_LINE_WORDS,  # social networks
        AGENCY_LINE_WORDS,
        SIGNATURE_WORDS,
        *(m.max_words for m in _data.MARKERS if m.kind not in {"label", "start"}),
    )
    long_initials = frozenset(
        fold_phrase(m.phrase)[0].lower()
        for m in _data.MARKERS
        if m.kind in {"label", "start"} and m.max_words > long_words
    )
    agencies = literal_pattern(_data.AGENCIES)
    places = literal_pattern(_data.PLACES)
    outlets = alternation(_data.OUTLETS)
    # an outlet of two words or more may stand without quotes
    outlets_bare = alternation(name for name in _data.OUTLETS if len(name.split()) > 1)
    flags = regex.VERSION1 | regex.IGNORECASE
    agency = rf"(?<!\w)(?:{agencies})(?!\w)"
    place = rf"(?<!\w)(?:{places})(?!\w)"
    return Tables(
        by_kind=by_kind,
        section=regex.compile(rf"(?:{words('section')})(?!\w)", flags),
        label=regex.compile(rf"(?:{words('label')})\s{{0,3}}:", flags),
        # MATCHING folds guillemets to quotes (double to ", single to ')
        crumb=regex.compile(rf"(?:{words('crumb')})\s{{0,3}}[/>|\\\"']", flags),
        start=regex.compile(rf"(?:{words('start')})(?!\w)", flags),
        anywhere=regex.compile(rf"(?<!\w)(?:{words('anywhere')})(?!\w)", flags),
        social=regex.compile(rf"(?<!\w)(?:{alternation(_data.SOCIAL_NETWORKS)})(?!\w)", flags),
        agency_line=regex.compile(
            rf"""
            [(/]?\s{{0,3}}{agency}\s{{0,3}}[)/]?      # the agency, maybe in brackets or slashes
            (?:\s{{0,3}}[-/,]\s{{0,3}}                 # then an outlet after a dash
               \w{{1,30}}(?:\s\w{{1,30}}){{0,2}})?     # of at most three words
            \s{{0,3}}[:.]?                            # and a closing colon
            """,
            flags | regex.VERBOSE,
        ),
        wire_code=regex.compile(
            rf"""
            (?:{agencies})\s{{0,2}}\d{{4,8}}           # "كونا052130": the agency and a time stamp
            (?:\s{{1,3}}\w{{1,6}}){{0,4}}              # then short codes: جمت نوف 23
            """,
            flags | regex.VERBOSE,
        ),
        byline=regex.compile(
            rf"""
            (?:{alternation(_data.BYLINE_VERBS)})        # كتب, كتبت
            \s{{0,3}}-?\s{{0,3}}                           # maybe a dash
            \p{{L}}{{2,20}}(?:\s\p{{L}}{{1,20}}){{1,3}}        # a name of two to four words
            """,
            flags | regex.VERBOSE,
        ),
        place_outlet=regex.compile(
            rf"""
            (?P<place>{place}                               # a known place
              |(?![وف])\w{{2,20}}(?:\s\w{{2,20}})?)        # or one or two words (no "و", "ف")
            \s{{0,3}}[-:]\s{{0,3}}                           # a colon or a dash
            (?:"\s{{0,2}}(?:(?P<agency>{agencies})            # an agency in quotes
                           |(?P<outlet>{outlets}))\s{{0,2}}"  # or an outlet in quotes
              |(?P<outlet>{outlets_bare})                    # or a long outlet name bare
               (?=\s{{0,3}}(?:[-:.,]|$)))                     # ending the dateline
            """,
            flags | regex.VERBOSE,
        ),
        paren=regex.compile(
            r"""
            \(\s{0,3}(?P<inner>[^()\n]{1,150}?)\s{0,3}\)   # ( ... ) at the paragraph start
            """,
            flags | regex.VERBOSE,
        ),
        place_agency=regex.compile(
            rf"""
            (?P<place>{place}|\w{{2,20}}(?:\s\w{{2,20}}){{0,2}}?)  # a place, known or not
            (?P<mid>[^()\n:]{{0,80}}?)                           # a date or nothing
            \s{{0,3}}(?P<dash>-\s{{0,3}})?                         # maybe a dash
            (?:\(\s{{0,3}}(?P<agency>{agency})\s{{0,3}}\)          # (agency)
              |/\s{{0,3}}(?P<agency>{agency})\s{{0,3}}/            # / agency /
              |(?P<agency>{agency}))                              # agency
            """,
            flags | regex.VERBOSE,
        ),
        agency_first=regex.compile(
            rf"""
            (?P<agency>{agency})\s{{0,3}}[-:]{{1,3}}\s   # "رويترز - ..."
            """,
            flags | regex.VERBOSE,
        ),
        place_only=regex.compile(
            rf"""
            (?P<place>{place})               # a known place
            (?P<mid>[^()\n:]{{0,60}}?)       # a date or nothing
            \s{{0,3}}[-:]{{1,3}}\s           # then a dash or colon and the story
            """,
            flags | regex.VERBOSE,
        ),
        agency_in=regex.compile(agency, flags),
        place_in=regex.compile(place, flags),
        date_labels={
            fold_phrase(label): (label, rank) for label, rank in _data.DATE_LABELS.items()
        },
        fillers=frozenset(fold_phrase(word) for word in _data.DATE_LINE_FILLERS),
        max_words=max(marker.max_words for marker in _data.MARKERS),
        kind_words={
            kind: max(marker.max_words for marker in markers.values())
            for kind, markers in by_kind.items()
        },
        anchored=regex.compile(rf"(?:{anchored})", flags),
        long_words=long_words,
        long_initials=long_initials,
    )


TOKEN: Final = regex.compile(
    r"""
    (?=[A-Za-z0-9+/]{16})                     # cheap guard: both forms are this long
    (?<![\w+/=])
    (?: (?=[A-Za-z0-9+/]{0,199}[0-9])         # base64: digits,
        (?=[A-Za-z0-9+/]{0,199}[A-Z])         # capitals
        (?=[A-Za-z0-9+/]{0,199}[a-z])         # and small letters,
        (?:[A-Za-z0-9+/]{4}){4,50}             # in quads of four
        (?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?   # maybe padded
      | [0-9a-fA-F]{24,128}                    # or a long hexadecimal id
    )
    (?![\w+/=])
    """,
    regex.VERBOSE | regex.ASCII,
)
_TOKEN_RUN: Final = 16  # every tracking token starts with this many of [A-Za-z0-9+/]
_TOKEN_BYTES: Final = bytes(
    ord("x") if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) in "+/") else ord(" ")
    for byte in range(256)
)


def may_hold_tokens(text: str) -> bool:
    """Whether *text* has a run of 16 ASCII letters, digits, "+" or "/", as every :data:`TOKEN`.

    A test in C over the UTF-8 bytes (every byte of a non-ASCII character is
    above 127, so it breaks a run), about five times faster than the pattern's
    own scan: the pattern then runs only on the few pages that can hold a token.
    """
    data = text.encode("utf-8", "surrogatepass").translate(_TOKEN_BYTES)
    return b"x" * _TOKEN_RUN in data


def tracking_tokens(text: str) -> list[regex.Match[str]]:
    """The :data:`TOKEN` matches of a line."""
    if not may_hold_tokens(text):
        return []
    return list(TOKEN.finditer(text, timeout=line_limit(text)))


URL_LINE: Final = regex.compile(r"(?:https?://|www\.)\S{1,2000}", regex.IGNORECASE)
INITIALS: Final = regex.compile(
    r"""
    [\p{Arabic}&&\p{L}]{1,2}                       # one or two letters
    (?:[\s./\\-]{1,5}+[\p{Arabic}&&\p{L}]{1,2}){1,9}   # more, after spaces, dots or slashes
    """,
    regex.VERSION1 | regex.VERBOSE,
)
NAME_LINE: Final = regex.compile(r"[\p{L}\p{M}]{2,30}(?:[\s.]{1,3}[\p{L}\p{M}]{1,30}){0,2}")


def classify(
    line: Line, tables: Tables, *, after_story: bool = False, in_header: bool = False
) -> Hit | None:
    """Why *line* is boilerplate (a :class:`Hit`), or ``None`` for content.

    The result depends on the line's text and its place alone, so a line the
    page prints again is classified once (see ``PageMemo`` in ``_lines``).
    """
    page = line.page
    if page is None:
        return _classify(line, tables, after_story=after_story, in_header=in_header)
    if page.tables is not tables:
        page.tables = tables
        page.hits.clear()
    key = (line.text, after_story, in_header)
    try:
        return page.hits[key]
    except KeyError:
        pass
    hit = _classify(line, tables, after_story=after_story, in_header=in_header)
    if len(page.hits) < MEMO_LINES:
        page.hits[key] = hit
    return hit


def _classify(  # noqa: C901, PLR0911, PLR0912 (one exit per rule, in order of precedence)
    line: Line, tables: Tables, *, after_story: bool, in_header: bool
) -> Hit | None:
    words = line.words
    if words > tables.max_words:
        return None  # longer than any marker may remove: the story (tokens aside)
    if words > tables.long_words:
        # only a label or start marker may remove a line this long, and the
        # line opens with a letter none of them starts with
        initial = folded_initial(line.text[0])
        if initial.isalpha() and initial not in tables.long_initials:
            return None
    folded = line.folded
    limit = line_limit(folded)  # every pattern below reads at most this line
    if not folded[:1].isalnum():  # a letter or digit is never leading punctuation
        folded = LEADING_PUNCT.sub("", folded, timeout=limit)
    # a line that opens with a letter or digit has a word (str.isalnum is \p{L} or \p{N})
    if not line.text[:1].isalnum() and not HAS_WORD.search(
        line.text, timeout=line_limit(line.text)
    ):
        return Hit("separator", None)
    anchored = tables.anchored.match(folded, timeout=limit) is not None
    if anchored:
        hit = _anchored_hit(folded, tables, limit, words)
        if hit is not None:
            return hit
    # the line without the punctuation at its edges: only the rules of short
    # lines and the start markers read it
    core = (
        _strip_edges(STRIP_PUNCT, folded, str.isalnum)
        if anchored or words <= _CORE_WORDS
        else folded
    )
    if words <= tables.kind_words.get("whole", 0):
        whole = marker_of(tables, "whole", _strip_edges(STRIP_COUNT, folded, str.isalpha))
        if whole is not None and words <= whole.max_words:
            return Hit(whole.reason, whole.phrase)
    if words <= SHORT_LINE_WORDS:
        rest = STRIP_PUNCT.strip(tables.social.sub(" ", core, timeout=limit))
        rest = " ".join(rest.split())
        if rest != core and not rest:
            return Hit("share-buttons", None)
        shared = marker_of(tables, "whole", rest) if rest != core else None
        if shared is not None:
            return Hit(shared.reason, shared.phrase)
    match = tables.start.match(folded, timeout=limit) if anchored else None
    if match:
        marker = marker_of(tables, "start", match.group())
        if marker is not None and words <= marker.max_words:
            bare = core == fold_phrase(marker.phrase)
            return Hit(marker.reason, marker.phrase, takes_next=marker.takes_next and bare)
    if words <= tables.kind_words.get("anywhere", 0):
        head = line.folded[:FOLD_PREFIX]
        matches = tables.anywhere.finditer(head, timeout=line_limit(head))
        longest = max((m.group() for m in matches), key=len, default=None)
        marker = None if longest is None else marker_of(tables, "anywhere", longest)
        if marker is not None and words <= marker.max_words:
            return Hit(marker.reason, marker.phrase)
    if line.text[:1] in _URL_INITIALS and URL_LINE.fullmatch(
        line.text, timeout=line_limit(line.text)
    ):
        return Hit("link", None)
    if words <= AGENCY_LINE_WORDS and tables.agency_line.fullmatch(folded, timeout=limit):
        return Hit("agency-signature", None)
    if words <= SIGNATURE_WORDS:
        if tables.wire_code.fullmatch(core, timeout=limit):
            return Hit("wire-code", None)
        if after_story and is_initials(core):
            return Hit("editor-initials", None)
        if in_header and tables.byline.fullmatch(folded, timeout=limit):
            return Hit("byline", None)
    return None


_URL_INITIALS: Final = frozenset("hHwW")  # what a match of URL_LINE (case ignored) starts with
_CORE_WORDS: Final = max(SHORT_LINE_WORDS, SIGNATURE_WORDS)  # the longest line a rule reads core of


def _anchored_hit(folded: str, tables: Tables, limit: float | None, words: int) -> Hit | None:
    """The section, crumb or label marker a line opens with, if one removes the line."""
    match = tables.section.match(folded, timeout=limit)
    if match:
        marker = marker_of(tables, "section", match.group())
        if marker is not None and words <= marker.max_words:
            return Hit(marker.reason, marker.phrase, section=True)
    match = tables.crumb.match(folded, timeout=limit)
    if match:
        marker = marker_of(tables, "crumb", match.group()[:-1].strip())
        if marker is not None and words <= marker.max_words:
            return Hit(marker.reason, marker.phrase)
    match = tables.label.match(folded, timeout=limit)
    if match:
        marker = marker_of(tables, "label", match.group()[:-1].strip())
        if marker is not None and words <= marker.max_words:
            return Hit(marker.reason, marker.phrase)
    return None


def _strip_edges(edges: Edges, folded: str, safe: Callable[[str], bool]) -> str:
    """``edges.strip(folded)``, skipped when both edges are *safe*.

    *safe* says a character can never be part of what *edges* strips (a
    letter or digit for punctuation, a letter for punctuation and numbers).
    """
    if safe(folded[:1]) and safe(folded[-1:]):
        return folded
    return edges.strip(folded)


_GROUPS: Final = regex.compile(r"\w{1,2}")


def is_initials(core: str) -> bool:
    """Whether a line is only editors' initials: "م.ع/ ح.س", "ع م ف / ع ا ب", "ب ط/ أ ع"."""
    if not INITIALS.fullmatch(core, timeout=line_limit(core)):
        return False
    groups = _GROUPS.findall(core, timeout=line_limit(core))
    # two-letter groups are words too ("من", "في"): ask for a dot or a slash then
    return all(len(group) == 1 for group in groups) or any(c in "./\\" for c in core)


@functools.lru_cache(maxsize=4096)
def folded_initial(char: str) -> str:
    """The first character *char* folds to, lower-cased ("" when folding deletes it)."""
    return normalize(char, MATCHING)[:1].lower()


def marker_of(tables: Tables, kind: str, folded: str) -> _data.Marker | None:
    return tables.by_kind.get(kind, {}).get(folded.lower())  # patterns ignore case


def label_of(folded: str, tables: Tables) -> tuple[str, int] | None:
    """The date label a folded line opens with, and its rank in ``DATE_LABELS``."""
    for folded_label, (label, rank) in tables.date_labels.items():
        if folded.startswith(folded_label):
            return label, rank
    return None


def drop_signature_names(lines: list[Line], drop: Callable[[Line, str], None]) -> None:
    """Drop the editor's name printed on the last line, under an agency signature or initials.

    Only the last line that is not boilerplate can be that name (everything
    after it must be boilerplate), so it alone is checked: one pass, whatever
    the number of signatures on the page.
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].role != "boilerplate"), 0)
    if last == 0:
        return
    before, line = lines[last - 1], lines[last]
    if (
        before.role == "boilerplate"
        and before.signature
        and line.role == "content"
        and line.words <= NAME_WORDS
        and NAME_LINE.fullmatch(line.text, timeout=line_limit(line.text))
    ):
        drop(line, "byline")


def trim_tokens(line: Line, tokens: list[regex.Match[str]], pieces: list[Boilerplate]) -> None:
    """Cut tracking tokens off the start and the end of a line of the story."""
    text = line.text
    cut_start, cut_end = 0, len(text)
    for token in tokens:
        if text[cut_start : token.start()].strip(STRIP):
            break
        pieces.append(token_piece(line, token))
        cut_start = token.end()
    for token in reversed(tokens):
        if token.start() < cut_start or text[token.end() : cut_end].strip(STRIP):
            break
        pieces.append(token_piece(line, token))
        cut_end = token.start()
    if (cut_start, cut_end) == (0, len(text)):
        return
    kept = text[cut_start:cut_end]
    stripped = kept.strip(STRIP)
    line.start += cut_start + kept.index(stripped)
    line.text = stripped
    line.words = len(stripped.split())


def token_piece(line: Line, token: regex.Match[str]) -> Boilerplate:
    return Boilerplate(
        start=line.start + token.start(),
        end=line.start + token.end(),
        text=token.group(),
        reason="tracking-token",
    )


def drop_trailing_fragments(
    lines: list[Line], content: list[Line], drop: Callable[[Line, str], None]
) -> None:
    """Drop short non-sentences that sit between the last sentence and the footer.

    Read from the ends without copying the lists (*lines* are in page order).
    """
    count = sentences = 0
    previous: Line | None = None
    for line in content:
        if line.role == "content":
            if previous is not None:
                sentences += ends_sentence(previous.text)
            previous = line
            count += 1
    if count < 3 or sentences * 2 < count - 1:  # noqa: PLR2004
        return  # too short, or an outlet that does not end its paragraphs with full stops
    for _ in range(3):  # at most 3 of at least 3 body lines: one is always left
        last = next(line for line in reversed(content) if line.role == "content")
        after = False  # a line after the last body line, all of them boilerplate
        for line in reversed(lines):
            if line.start <= last.start:
                break
            if line.role != "boilerplate":
                return
            after = True
        if not after or last.words > FRAGMENT_WORDS or ends_sentence(last.text):
            return
        drop(last, "trailing-fragment")
