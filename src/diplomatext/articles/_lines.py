"""The page as lines: their spans, the line-level constants and the regex time limit."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex

from diplomatext._spans import pattern_time_limit
from diplomatext.data import chars
from diplomatext.normalize import MATCHING, normalize

if TYPE_CHECKING:
    from diplomatext.normalize import Normalized

PREFIX: Final = 240  # a dateline lies within the first characters of its paragraph
FOLD_PREFIX: Final = 400  # markers are matched on this much of a line, folded
SHORT_LINE_WORDS: Final = 12  # the longest line that can be a bare date line
FRAGMENT_WORDS: Final = 8  # the longest trailing line that can be a fragment
HEADLINE_WORDS: Final = 40
HEADLINE_CHARS: Final = 300
STORY_WORDS: Final = 8  # a line this long means the story has begun
TOKEN_REMAINDER_WORDS: Final = 6
AGENCY_LINE_WORDS: Final = 5  # the longest line that can be an agency signature
SIGNATURE_WORDS: Final = 12  # the longest line of editors' initials or a wire code
NAME_WORDS: Final = 3  # the longest editor's name line under a signature
SIGNATURES: Final = frozenset({"agency-signature", "editor-initials", "wire-code"})

EDGE_RUN: Final = 50  # the longest run of punctuation an edge pattern strips at each end
PUNCT_CLASS: Final = r"[\p{P}\p{S}\s]"
COUNT_CLASS: Final = r"[\p{P}\p{S}\p{N}\s]"
LEADING_PUNCT: Final = regex.compile(rf"^{PUNCT_CLASS}{{1,{EDGE_RUN}}}+")
EDGE_PUNCT: Final = regex.compile(
    rf"^{PUNCT_CLASS}{{1,{EDGE_RUN}}}+|{PUNCT_CLASS}{{1,{EDGE_RUN}}}+$"
)
EDGE_COUNT: Final = regex.compile(
    rf"^{COUNT_CLASS}{{1,{EDGE_RUN}}}+|{COUNT_CLASS}{{1,{EDGE_RUN}}}+$"
)
HAS_WORD: Final = regex.compile(r"[\p{L}\p{N}]")
# what a mask blanks: anything but a line break (the normalizer's), so that
# paragraphs parted by U+2028 or a lone CR stay apart for the finders
NON_NEWLINE: Final = regex.compile(
    "[^" + "".join(sorted(regex.escape(c) for c in chars.LINE_BREAKS)) + "]{1,100000}"
)
CLOSERS: Final = "\"'»”’)]}" + "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
TERMINAL: Final = ".!?\N{ARABIC QUESTION MARK}\N{HORIZONTAL ELLIPSIS}"
STRIP: Final = "".join(sorted(chars.WHITESPACE | chars.INVISIBLE_CHARACTERS)) + " \t\r\n\f\v"


_KNOWN_CHARS: Final = 4096  # characters an Edges remembers the class of


class Hit(NamedTuple):
    """Why a line is boilerplate: a rule's reason and marker, and its reach over the next lines."""

    reason: str
    marker: str | None
    section: bool = False
    takes_next: bool = False


class Edges:
    """``pattern.sub("", text)`` for an edge pattern (:data:`EDGE_PUNCT`), reading only the edges.

    The pattern tries its second branch at every position of the line (a
    scan of 400 characters for a paragraph that ends with a full stop); this
    walks in from both ends instead, with the same result: at most
    :data:`EDGE_RUN` characters of *char_class* (the pattern's class) at the
    start, then at most as many at the end, never overlapping. Whether a
    character is in the class is asked of the class itself, and remembered.
    """

    __slots__ = ("known", "member", "pattern")

    def __init__(self, pattern: regex.Pattern[str], char_class: str) -> None:
        self.pattern = pattern
        self.member = regex.compile(char_class)
        self.known: dict[str, bool] = {}

    def _has(self, char: str) -> bool:
        found = self.known.get(char)
        if found is None:
            found = self.member.fullmatch(char) is not None
            if len(self.known) < _KNOWN_CHARS:
                self.known[char] = found
        return found

    def strip(self, text: str) -> str:
        """*text* without the runs of the class at its edges, as ``pattern.sub("", text)``."""
        if "\n" in text:  # "$" also matches before a final line break: the pattern decides
            return self.pattern.sub("", text, timeout=line_limit(text))
        size = len(text)
        start = 0
        while start < min(size, EDGE_RUN) and self._has(text[start]):
            start += 1
        end = size
        while end > start and size - end < EDGE_RUN and self._has(text[end - 1]):
            end -= 1
        return text[start:end]


def time_limit(subject: str) -> float:
    """The time limit, in seconds, of one regular-expression call on *subject* (one policy)."""
    return pattern_time_limit(len(subject))


def timeout(subject: str) -> float:
    """:func:`time_limit`, looked up at each call so that a test can replace it in one place."""
    return time_limit(subject)


def line_limit(subject: str) -> float | None:
    """The time limit of a line pattern on *subject*: none up to :data:`FOLD_PREFIX` characters.

    The patterns that classify a line (markers as alternations, bounded
    repeats, no nested quantifiers) take at most a fraction of a millisecond
    on 400 characters, whatever they hold, and so do the patterns of a
    dateline on its :data:`PREFIX` (the worst, the place before an agency,
    took 0.6 ms on crafted text of 240 characters) and of a date stamp;
    arming the regex module's timer costs more than the match itself (1.5 to
    3 µs a call, and ten or more calls an article). Longer subjects get
    :func:`timeout`.
    """
    return None if len(subject) <= FOLD_PREFIX else timeout(subject)


MEMO_LINES: Final = 1024  # distinct lines a page remembers the classification of


class PageMemo:
    """What the lines of one page share: its prepared text, and what was made of lines again.

    A page that repeats a line (separators, share rows, menu items, or a
    hostile text of one line a hundred thousand times) has it classified and
    folded once for each place it can stand (before or in the story, under the
    headline), and its lines share one string per distinct text. It remembers
    at most :data:`MEMO_LINES` lines of each, so memory stays flat.
    """

    __slots__ = ("content_states", "folded", "hits", "prepared", "states", "surfaces", "tables")

    def __init__(self, prepared: Normalized | None = None) -> None:
        self.prepared = prepared  # the page's one normalization, if made
        self.tables: object = None  # the tables the hits were made with
        self.hits: dict[tuple[str, bool, bool], Hit | None] = {}
        self.folded: dict[str, str] = {}  # line text -> its folded prefix
        self.surfaces: dict[str, str] = {}  # line text -> the one string of it
        self.states: dict[tuple[int, str, bool], LineState] = {}  # the lines' states, shared
        self.content_states: dict[int, LineState] = {}  # those of content lines, by words

    def release(self) -> None:
        """Forget the lines' states, which refer back to the page, when the pass is done with them.

        Without it the page and its states make a reference cycle per article, which
        only the cyclic garbage collector frees (it ran every few articles).
        """
        self.states.clear()
        self.content_states.clear()

    def shared(self, text: str) -> str:
        """*text*, or the equal string an earlier line of the page holds."""
        surfaces = self.surfaces
        if len(surfaces) >= MEMO_LINES and text not in surfaces:
            surfaces.clear()
        return surfaces.setdefault(text, text)

    def state(self, words: int, role: str = "content", signature: bool = False) -> LineState:  # noqa: FBT001, FBT002
        """The state of a line of the page, shared by its lines in the same state."""
        if role == "content" and not signature:  # every line starts so: keyed by its words alone
            state = self.content_states.get(words)
            if state is None:
                if len(self.content_states) >= MEMO_LINES:
                    self.content_states.clear()
                state = self.content_states[words] = _new_state((self, words, role, signature))
            return state
        key = (words, role, signature)
        state = self.states.get(key)
        if state is None:
            if len(self.states) >= MEMO_LINES:
                self.states.clear()
            state = self.states[key] = _new_state((self, words, role, signature))
        return state


class LineState(NamedTuple):
    """What a line is besides its place and text; lines in the same state share one."""

    page: PageMemo | None
    words: int
    role: str  # content | headline | paragraph | boilerplate | dateline
    signature: bool  # an agency signature or initials after the story


def _new_state(fields: tuple[PageMemo | None, int, str, bool]) -> LineState:
    """A :class:`LineState` from its fields (a named tuple's own ``__new__`` is Python code)."""
    return tuple.__new__(LineState, fields)


def _state(page: PageMemo | None, words: int, role: str, signature: bool) -> LineState:  # noqa: FBT001
    """The state of a line: the page's shared one, or a new one for a line of no page."""
    if page is None:
        return _new_state((None, words, role, signature))
    return page.state(words, role, signature)


@attrs.define(weakref_slot=False, init=False, eq=False, repr=False)
class Line:
    """A line of the page that is not blank: its span, stripped, and what the pass made of it.

    One record a line, for every line of the page at once (a page of one word
    a line holds one every few bytes): three slots (no weak-reference slot,
    ``end`` derived from ``start`` and ``text``, the text shared by the page's
    equal lines, the word count, role and signature in a :class:`LineState`
    that the page's lines in the same state share), 56 bytes.
    """

    start: int
    text: str
    state: LineState

    def __init__(
        self,
        *,
        start: int,
        text: str,
        words: int,
        page: PageMemo | None = None,
        role: str = "content",
        signature: bool = False,
    ) -> None:
        self.start = start
        self.text = text
        self.state = _state(page, words, role, signature)

    def __repr__(self) -> str:
        state = self.state
        return (
            f"Line(start={self.start!r}, text={self.text!r}, words={state.words!r}, "
            f"role={state.role!r}, signature={state.signature!r})"
        )

    @property
    def page(self) -> PageMemo | None:
        """What the lines of the page share (the prepared text, memos), if known."""
        return self.state.page

    @property
    def words(self) -> int:
        """The number of words of the line."""
        return self.state.words

    @words.setter
    def words(self, words: int) -> None:
        self._restate(words=words)

    @property
    def role(self) -> str:
        """What the pass made of the line: content, headline, paragraph, boilerplate, dateline."""
        return self.state.role

    @role.setter
    def role(self, role: str) -> None:
        self._restate(role=role)

    @property
    def signature(self) -> bool:
        """Whether the line is an agency signature or initials after the story."""
        return self.state.signature

    @signature.setter
    def signature(self, signature: bool) -> None:
        self._restate(signature=signature)

    def _restate(
        self, *, words: int | None = None, role: str | None = None, signature: bool | None = None
    ) -> None:
        old = self.state
        self.state = _state(
            old.page,
            old.words if words is None else words,
            old.role if role is None else role,
            old.signature if signature is None else signature,
        )

    @property
    def end(self) -> int:
        """Offset after the line's last character: ``start + len(text)``."""
        return self.start + len(self.text)

    @property
    def prepared(self) -> Normalized | None:
        """The page's one normalization (``prepare(text)``), if made."""
        page = self.state.page
        return None if page is None else page.prepared

    @property
    def folded(self) -> str:
        """The first :data:`FOLD_PREFIX` characters of the line, MATCHING-normalized, stripped.

        Read from the page's prepared text (normalized once for all lines);
        normalized on its own only when an edit of the normalization straddles
        the line's edges (a hamza mark joining the letter before the line), so
        the result is always that of normalizing the line alone: a function of
        the line's text, which the page remembers for lines printed again.
        """
        page = self.state.page
        if page is None:
            return self._folded()
        memo = page.folded
        folded = memo.get(self.text)
        if folded is None:
            folded = self._folded()
            if len(memo) >= MEMO_LINES:
                memo.clear()
            memo[self.text] = folded
        return folded

    def _folded(self) -> str:
        end = min(self.end, self.start + FOLD_PREFIX)
        prepared = self.prepared
        if prepared is not None:
            shift = unedited_shift(prepared, self.start, end)
            if shift is not None:
                return prepared.text[self.start - shift : end - shift].strip()
            n_start, n_end = prepared.to_normalized(self.start, end)
            if prepared.to_original(n_start, n_end) == (self.start, end):
                return prepared.text[n_start:n_end].strip()
        return normalize(self.text[:FOLD_PREFIX], MATCHING).strip()


def unedited_shift(prepared: Normalized, start: int, end: int) -> int | None:
    """How far ``original[start:end]`` moved in *prepared*, if no edit of it touches the span.

    When every length-changing edit that starts at or before *end* ends
    before *start*, the span was copied one character for one (up to the
    one-to-one folds), ``shift`` characters to the left: the normalized span is
    ``[start - shift, end - shift)`` and maps back to ``[start, end)`` exactly,
    which two binary searches each way would otherwise establish. ``None``
    when an edit is at or inside the span (or borders it): ask the map then.
    """
    offsets = prepared.offsets
    i = bisect_right(offsets.orig_starts, end) - 1
    if i < 0:
        return 0
    if offsets.orig_ends[i] < start:
        return offsets.orig_ends[i] - offsets.norm_ends[i]
    return None


def word_count(stripped: str) -> int:
    """``len(stripped.split())`` for a line stripped of whitespace, without making the words.

    A paragraph of a hundred words would otherwise make a hundred strings to
    count them. Every whitespace character but the space is unprintable (a
    control character or a separator), so when the line is printable and
    holds no double space, found by two scans in C, its words are its spaces
    plus one.
    """
    if stripped.isprintable() and "  " not in stripped and stripped[:1] != " " != stripped[-1:]:
        return stripped.count(" ") + 1 if stripped else 0
    return len(stripped.split())


_LINE_ENDS: Final = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK: Final = re.compile("\r\n|[" + _LINE_ENDS + "]")  # where str.splitlines splits


def split_lines(
    text: str, prepared: Normalized | None = None, *, page: PageMemo | None = None
) -> list[Line]:
    """The lines of *text* that are not blank; *prepared* is ``prepare(text)`` if made.

    The lines of ``text.splitlines()``, found one break at a time rather than
    as a list of copies, so that only the records of the kept lines remain.
    *page* is the memo the lines share (a new one on *prepared* if not given):
    the caller that gives it calls its :meth:`PageMemo.release` when done.
    """
    found: list[Line] = []
    append = found.append
    page = PageMemo(prepared) if page is None else page
    content_states = page.content_states
    new_line = object.__new__
    shared = page.shared
    offset = 0
    size = len(text)
    breaks = _LINE_BREAK.finditer(text)
    while offset < size:
        found_break = next(breaks, None)
        end = size if found_break is None else found_break.start()
        content = text[offset:end]
        stripped = content.strip(STRIP)
        if stripped:
            # the strip removed only STRIP characters, so the line starts where they end
            start = offset + len(content) - len(content.lstrip(STRIP))
            words = word_count(stripped)
            state = content_states.get(words) or page.state(words)
            line: Line = new_line(Line)  # the constructor's keywords, by hand: a line a call
            line.start = start
            line.text = shared(stripped)
            line.state = state
            append(line)
        offset = size if found_break is None else found_break.end()
    return found


STRIP_PUNCT: Final = Edges(EDGE_PUNCT, PUNCT_CLASS)
STRIP_COUNT: Final = Edges(EDGE_COUNT, COUNT_CLASS)


def ends_sentence(text: str) -> bool:
    core = text.rstrip(CLOSERS + " ")
    return bool(core) and core[-1] in TERMINAL
