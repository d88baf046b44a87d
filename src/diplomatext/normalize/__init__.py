"""Arabic normalization for matching, that never loses the way back to the original.

:func:`normalize` returns the normalized string; :func:`normalize_with_map`
returns a :class:`Normalized` result that also knows, for every span of the
normalized text, the span of the original it came from, and which steps changed
something. Steps are switched on and off in a frozen :class:`NormalizeOptions`;
three profiles cover the usual needs:

- :data:`LIGHT` folds only what never changes meaning: presentation forms and
  ligatures, decomposed hamza, tatweel, invisible and bidi characters, runs of
  whitespace.
- :data:`STANDARD` (the default) also drops diacritics, folds alef forms, alef
  maksura, Persian and Urdu letters and digits.
- :data:`SEARCH` also folds teh marbuta, hamza carriers and punctuation: the key
  under which معاهده and مُعاهَدةٌ and «معاهدة» meet.

>>> normalize("وقّعت الدولتان «اتفاقيّة» السلام عام ٢٠٢٠")
'وقعت الدولتان «اتفاقية» السلام عام 2020'
>>> normalize("وقّعت الدولتان «اتفاقيّة» السلام عام ٢٠٢٠", SEARCH)
'وقعت الدولتان "اتفاقيه" السلام عام 2020'

How it stays fast: every step is a character-level table; the tables of the
enabled steps are composed once per options into one table. One-to-one folds of
frequent Arabic letters are then applied with ``str.replace`` (no offsets move),
and one regular-expression scan finds the rare characters that change length
(deletions, ligatures, whitespace runs) and records a sparse edit list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal

import attrs

from diplomatext._spans import checked_text
from diplomatext.data import chars
from diplomatext.errors import InputError, OptionError
from diplomatext.normalize._offsets import OffsetMap

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "LIGHT",
    "MATCHING",
    "SEARCH",
    "STANDARD",
    "STEP_NAMES",
    "Change",
    "NormalizeOptions",
    "Normalized",
    "OffsetMap",
    "normalize",
    "normalize_with_map",
    "prepare",
]

ProfileName = Literal["light", "standard", "search", "matching"]


@attrs.frozen(kw_only=True)
class NormalizeOptions:
    """Which normalization steps run. Change one with :func:`attrs.evolve`.

    Attributes:
        presentation_forms: Arabic presentation forms and ligatures (U+FB50-U+FDFF,
            U+FE70-U+FEFF) become plain letters: ﻻ -> لا, ﻷ -> لأ, ﷲ -> الله.
        compose_hamza: a hamza or madda typed as a separate combining mark joins
            the letter before it, as Unicode NFC does (ا + ٔ -> أ, و + ٔ -> ؤ).
        invisible: zero-width, bidi-control and other format characters and
            C0/C1 control characters are deleted (never turned into spaces).
        tatweel: the tatweel (الـ12, بـ «...») is deleted; between two digits,
            where a writer used it as a dash (2019ـ2020, a score 3ـ1, a range
            6 ـ 10 with a space on each side), it is a hyphen-minus, so that two
            numbers never become one; a dot or a star between tatweels inside a
            word, which pages put there to hide the word from filters (القـ.ـرار),
            is deleted with them.
        diacritics: harakat, tanween, shadda, sukun, Quranic marks are deleted.
        dagger_alef: what the superscript (dagger) alef U+0670 becomes:
            ``"delete"`` (with the diacritics, as MSA print reads it),
            ``"alef"`` (Quranic spelling: السمٰوات -> السماوات) or ``"keep"``.
        alef: أ إ آ ٱ and the other alef forms become bare ا.
        alef_maksura: ى becomes ي (Egyptian print writes في as فى).
        teh_marbuta: ة becomes ه (the web writes معاهدة as معاهده).
        hamza_carriers: ؤ becomes و and ئ becomes ي.
        persian_letters: Persian and Urdu look-alikes (ی ک ہ ھ ۀ ە ے ڤ چ ۔)
            become the Arabic letters a reader sees.
        digits: Arabic-Indic and Extended Arabic-Indic digits become 0-9.
        punctuation: Arabic punctuation (، ؛ ؟), curly quotes, guillemets,
            dashes and the ellipsis become ASCII.
        whitespace: every run of whitespace (NBSP, thin spaces, tabs, newlines)
            becomes one space.
        keep_newlines: with *whitespace*, a run holding a line break becomes one
            newline instead of a space, so that lines stay lines.

    >>> import attrs
    >>> attrs.evolve(STANDARD, digits=False).digits
    False

    .. versionadded:: 0.1.0
    """

    presentation_forms: bool = True
    compose_hamza: bool = True
    invisible: bool = True
    tatweel: bool = True
    diacritics: bool = True
    dagger_alef: Literal["delete", "alef", "keep"] = "delete"
    alef: bool = True
    alef_maksura: bool = True
    teh_marbuta: bool = False
    hamza_carriers: bool = False
    persian_letters: bool = True
    digits: bool = True
    punctuation: bool = False
    whitespace: bool = True
    keep_newlines: bool = False

    def __attrs_post_init__(self) -> None:
        """Refuse values that would silently act as something else (``dagger_alef="bogus"``)."""
        for field in attrs.fields(NormalizeOptions):
            value = getattr(self, field.name)
            if field.name == "dagger_alef":
                if value not in _DAGGER_ALEF_CHOICES:
                    msg = (
                        f"dagger_alef={value!r} is not one of {list(_DAGGER_ALEF_CHOICES)}: "
                        'pass "delete", "alef" or "keep"'
                    )
                    raise OptionError(msg)
            elif not isinstance(value, bool):
                msg = f"{field.name} must be True or False, got {value!r}"
                raise InputError(msg)


_DAGGER_ALEF_CHOICES: Final = ("delete", "alef", "keep")

LIGHT: Final = NormalizeOptions(
    diacritics=False,
    dagger_alef="keep",
    alef=False,
    alef_maksura=False,
    persian_letters=False,
    digits=False,
)
"""Only what never changes meaning: forms, invisible characters, tatweel, spaces."""

STANDARD: Final = NormalizeOptions()
"""The default: LIGHT plus diacritics, alef forms, alef maksura, Persian letters, digits."""

SEARCH: Final = NormalizeOptions(teh_marbuta=True, hamza_carriers=True, punctuation=True)
"""Everything folded: the key for matching names whatever their spelling."""

MATCHING: Final = attrs.evolve(SEARCH, keep_newlines=True)
"""SEARCH that keeps line breaks: what the date and treaty finders match on.

Keeping newlines lets a pattern refuse to run from a headline into the next line.
"""

_PROFILES: Final[Mapping[str, NormalizeOptions]] = {
    "light": LIGHT,
    "standard": STANDARD,
    "search": SEARCH,
    "matching": MATCHING,
}

STEP_NAMES: Final = (
    "presentation_forms",
    "compose_hamza",
    "invisible",
    "tatweel",
    "diacritics",
    "dagger_alef",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "hamza_carriers",
    "persian_letters",
    "digits",
    "punctuation",
    "whitespace",
)
"""Every step name, in the order the steps apply; :attr:`Normalized.steps` uses them."""


@attrs.frozen(kw_only=True)
class Change:
    """One place where normalization changed the text (see :meth:`Normalized.explain`).

    ``original[start:end]`` (the *before* string) became *after*, by *steps*.

    >>> normalize_with_map("بـ«ﻻ»", "search").explain()[0]
    Change(start=1, end=2, before='ـ', after='', steps=('tatweel',))

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    before: str
    after: str
    steps: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Normalized:
    """A normalized text with the original it came from and the map between them.

    >>> result = normalize_with_map("معاهدة ﻻ تُنقض")
    >>> result.text
    'معاهدة لا تنقض'
    >>> result.steps
    ('presentation_forms', 'diacritics')
    >>> start = result.text.index("تنقض")
    >>> result.original_span(start, start + 4)
    'تُنقض'

    .. versionadded:: 0.1.0
    """

    text: str
    original: str
    options: NormalizeOptions
    steps: tuple[str, ...]
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` it came from."""
        return self.offsets.to_original(start, end)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`original` to the smallest span of :attr:`text` covering it."""
        return self.offsets.to_normalized(start, end)

    def original_span(self, start: int, end: int) -> str:
        """The original text behind the normalized span ``[start, end)``."""
        orig_start, orig_end = self.offsets.to_original(start, end)
        return self.original[orig_start:orig_end]

    def explain(self) -> tuple[Change, ...]:
        """List every change, with its original span and the steps that made it.

        Computed on demand (it walks the whole text), for debugging and display.

        >>> [(c.before, c.after, c.steps) for c in normalize_with_map("أمس").explain()]
        [('أ', 'ا', ('alef',))]
        """
        plan = _plan(self.options)
        changes: list[Change] = []
        orig = norm = 0
        offsets = self.offsets
        for i in range(offsets.edit_count):
            o_start, o_end = offsets.orig_starts[i], offsets.orig_ends[i]
            n_start, n_end = offsets.norm_starts[i], offsets.norm_ends[i]
            changes.extend(self._one_to_one(plan, orig, norm, o_start - orig))
            before = self.original[o_start:o_end]
            changes.append(
                Change(
                    start=o_start,
                    end=o_end,
                    before=before,
                    after=self.text[n_start:n_end],
                    steps=plan.steps_of(before),
                )
            )
            orig, norm = o_end, n_end
        changes.extend(self._one_to_one(plan, orig, norm, len(self.original) - orig))
        return tuple(changes)

    def _one_to_one(self, plan: _Plan, orig: int, norm: int, length: int) -> list[Change]:
        return [
            Change(
                start=orig + k,
                end=orig + k + 1,
                before=self.original[orig + k],
                after=self.text[norm + k],
                steps=plan.steps_of(self.original[orig + k]),
            )
            for k in range(length)
            if self.original[orig + k] != self.text[norm + k]
        ]


def _step_tables(options: NormalizeOptions) -> list[tuple[str, Mapping[str, str]]]:
    """The character table of every enabled step, in the order they apply."""
    tables: list[tuple[str, Mapping[str, str]]] = []
    if options.presentation_forms:
        tables.append(("presentation_forms", chars.presentation_forms()))
    if options.invisible:
        tables.append(
            ("invisible", dict.fromkeys(chars.INVISIBLE_CHARACTERS | chars.CONTROL_CHARACTERS, ""))
        )
    if options.tatweel:
        tables.append(("tatweel", {chars.TATWEEL: ""}))
    if options.diacritics:
        tables.append(("diacritics", dict.fromkeys(chars.DIACRITICS, "")))
    if options.dagger_alef != "keep":
        dagger = "" if options.dagger_alef == "delete" else "\N{ARABIC LETTER ALEF}"
        tables.append(("dagger_alef", {chars.DAGGER_ALEF: dagger}))
    tables.extend((name, table) for name, table in _FOLD_TABLES.items() if getattr(options, name))
    if options.punctuation:
        tables.append(("punctuation", {**chars.ARABIC_PUNCTUATION, **chars.LATIN_PUNCTUATION}))
    return tables


_FOLD_TABLES: Final[Mapping[str, Mapping[str, str]]] = {
    "alef": chars.ALEF_FORMS,
    "alef_maksura": chars.ALEF_MAKSURA,
    "teh_marbuta": chars.TEH_MARBUTA,
    "hamza_carriers": chars.HAMZA_CARRIERS,
    "persian_letters": chars.PERSIAN_URDU_LETTERS,
    "digits": chars.DIGITS,
}

_DIGIT_DASH: Final = "-"
"""What tatweels between two digits become: the writer's separator (2019ـ2020)."""

_HIDDEN_BREAKS: Final = frozenset(".*")  # القـ.ـرار: what pages put between tatweels in a word

_SPACED_DASH: Final = " - "
"""What spaces around tatweels between two digits become (6 ـ 10: a range, not 6 10)."""
_MAX_COMPOSE_GAP: Final = 8
"""How many deleted characters may stand between a letter and the hamza it takes."""
_MAX_PIECES: Final = 4096  # pieces the writer holds before it joins them
_KEPT_PIECES: Final = 8  # pieces left unjoined: the last unit, which a mark may change
_SHORT_TEXT: Final = 128  # below this length, the frequent folds a text holds are found by a set


@attrs.frozen
class _Plan:
    """Everything :func:`_run` needs for one :class:`NormalizeOptions`, built once."""

    table: Mapping[str, str]  # char -> final output, only chars that change
    char_steps: Mapping[str, tuple[str, ...]]  # char -> steps that changed it
    frequent: tuple[tuple[str, str], ...]  # 1->1 folds applied with str.replace
    frequent_map: Mapping[str, str]  # the same, as a mapping
    rare: re.Pattern[str]  # a rare character: one that changes, or whitespace but a space
    block: re.Pattern[str]  # rare characters and spaces, from where a run starts
    spaces_start: bool  # whether a run may start at a space (two spaces, a space then a rare one)
    deleted: frozenset[str]
    whitespace: frozenset[str]
    compose: Mapping[tuple[str, str], str]  # (letter, mark) -> composed letter
    keep_newlines: bool

    def steps_of(self, before: str) -> tuple[str, ...]:
        """The steps that changed the characters of *before*, in :data:`STEP_NAMES` order."""
        names: set[str] = set()
        self.add_steps(names, before)
        return tuple(name for name in STEP_NAMES if name in names)

    def add_steps(self, names: set[str], before: str) -> None:
        """Add to *names* the steps that changed the characters of *before* (no order kept)."""
        for char in before:
            names.update(self.char_steps.get(char, ()))
            if char in self.whitespace:
                names.add("whitespace")
            if char in chars.COMPOSING_MARKS and self.compose:
                names.add("compose_hamza")


def _compose_table(
    tables: list[tuple[str, Mapping[str, str]]],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Compose the step tables into one table whose outputs are fixed points."""
    domain: set[str] = set()
    for _, table in tables:
        domain.update(table)
    final: dict[str, str] = {}
    steps: dict[str, tuple[str, ...]] = {}
    for char in domain:
        text, applied = char, []
        for _ in range(4):  # a few rounds reach the fixed point (e.g. ﻷ -> لأ -> لا)
            before = text
            for name, table in tables:
                new = "".join(table.get(c, c) for c in text)
                if new != text:
                    applied.append(name)
                    text = new
            if text == before:
                break
        if text != char:
            final[char] = text
            steps[char] = tuple(dict.fromkeys(applied))
    return final, steps


def _char_class(characters: set[str] | frozenset[str]) -> str:
    return "".join(re.escape(c) for c in sorted(characters))


@lru_cache(maxsize=32)
def _plan(options: NormalizeOptions) -> _Plan:
    table, char_steps = _compose_table(_step_tables(options))
    deleted = frozenset(c for c, out in table.items() if not out)
    whitespace = chars.WHITESPACE if options.whitespace else frozenset()
    frequent = tuple(
        sorted(
            (c, out)
            for c, out in table.items()
            if len(out) == 1 and "\u0600" <= c <= "\u06ff" and out not in whitespace
        )
    )
    frequent_chars = {c for c, _ in frequent}
    compose: dict[tuple[str, str], str] = {}
    if options.compose_hamza:
        compose = _composable_pairs(table)
    # Rare characters: everything that changes and is not a frequent fold; plus
    # every whitespace character but the plain space, and the composing marks.
    rare = (set(table) - frequent_chars) | (whitespace - {" "})
    if compose:
        rare |= chars.COMPOSING_MARKS
    klass = _char_class(rare)
    return _Plan(
        table=table,
        char_steps=char_steps,
        frequent=frequent,
        frequent_map=dict(frequent),
        rare=re.compile(f"[{klass}]" if rare else "(?!)"),
        block=re.compile(f"[ {klass}]*"),
        spaces_start=options.whitespace,
        deleted=deleted,
        whitespace=whitespace,
        compose=compose,
        keep_newlines=options.keep_newlines,
    )


def _composable_pairs(table: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(letter, mark) -> the letter the pair becomes, for every Arabic letter and mark.

    A letter is tried as written and as the other steps fold it: with alef folding
    on, أ + ٔ composes as ا + ٔ does (into أ, folded to ا), so that a second pass
    over the output finds nothing left to compose (idempotence).
    """
    import unicodedata  # noqa: PLC0415 (only needed once, when a plan is built)

    pairs: dict[tuple[str, str], str] = {}
    for code in range(0x0600, 0x0700):
        letter = chr(code)
        folded = table.get(letter, letter)
        for mark in chars.COMPOSING_MARKS:
            for base in (letter, folded):
                composed = unicodedata.normalize("NFC", base + mark)
                if len(composed) == 1:
                    pairs[letter, mark] = composed
                    break
    return pairs


def _resolve_options(options: NormalizeOptions | ProfileName) -> NormalizeOptions:
    if isinstance(options, NormalizeOptions):
        return options
    given: object = options  # callers without a type checker pass anything
    if not isinstance(given, str):
        msg = f"options must be a NormalizeOptions or a profile name, got {type(given).__name__}"
        raise InputError(msg)
    try:
        return _PROFILES[given]
    except KeyError:
        raise OptionError(
            f"unknown profile {options!r}: use one of {sorted(_PROFILES)}, "
            "or a NormalizeOptions for a mix of your own"
        ) from None


class _Writer:
    """Builds the normalized text piece by piece and records the length-changing edits."""

    __slots__ = ("base", "done", "edits", "out_len", "pieces", "plan", "steps", "text")

    def __init__(self, text: str, plan: _Plan) -> None:
        self.text = text
        self.plan = plan
        self.pieces: list[str] = []
        # The length-changing edits, four numbers each: orig start, orig end, norm
        # start, norm end (flat, not tuples: a text of many marks has many edits).
        self.edits: list[int] = []
        self.done: list[str] = []  # pieces already joined (see flush)
        self.steps: set[str] = set()
        self.out_len = 0  # characters that pieces hold
        # What a following hamza mark may compose with: the last unit emitted
        # (its original index, its output index, its output), or None. The mark
        # joins the unit's last letter (ﻻ + ٔ -> لأ).
        self.base: tuple[int, int, str] | None = None

    def copy(self, start: int, end: int) -> None:
        """Copy ``text[start:end]`` unchanged (frequent folds come later)."""
        self.pieces.append(self.text[start:end])
        self.out_len += end - start
        self.base = (end - 1, self.out_len - 1, self.text[end - 1])

    def flush(self, keep: int = _KEPT_PIECES) -> None:
        """Join the pieces but the last *keep* (which a hamza mark may still change).

        Text of many marks or rare characters would otherwise hold one small
        string per character until the end.
        """
        if len(self.pieces) > keep:
            cut = len(self.pieces) - keep
            self.done.append("".join(self.pieces[:cut]))
            del self.pieces[:cut]

    def whitespace(self, i: int, end: int) -> int:
        """Collapse the whitespace run at *i* (deleted characters inside it go too)."""
        text, plan = self.text, self.plan
        j, newline = i, False
        while j < end and (text[j] in plan.whitespace or text[j] in plan.deleted):
            newline = newline or text[j] in chars.LINE_BREAKS
            j += 1
        out = "\n" if newline and plan.keep_newlines else " "
        if (
            not newline
            and i > 0
            and j < len(text)
            and text[i - 1].isdecimal()
            and text[j].isdecimal()
            and chars.TATWEEL in text[i:j]
            and not text[i:j].strip(" " + chars.TATWEEL)
        ):
            return self.spaced_dash(i, j)  # 6 ـ 10: the writer's dash between spaces
        if text[i:j] != out:
            self.steps.add("whitespace")
            if j - i != 1:
                self.edits += (i, j, self.out_len, self.out_len + 1)
                plan.add_steps(self.steps, text[i:j])
        self.pieces.append(out)
        self.out_len += 1
        self.base = None
        return j

    def spaced_dash(self, i: int, j: int) -> int:
        """Write the spaces and tatweels ``text[i:j]`` between two digits as `` - ``."""
        before = self.text[i:j]
        self.plan.add_steps(self.steps, before.replace(" ", ""))
        if before.replace(chars.TATWEEL, "") != "  ":
            self.steps.add("whitespace")  # spaces added or collapsed (6 ـ10, 6  ـ  10)
        if j - i != len(_SPACED_DASH):
            self.edits += (i, j, self.out_len, self.out_len + len(_SPACED_DASH))
        self.pieces.append(_SPACED_DASH)
        self.out_len += len(_SPACED_DASH)
        self.base = None
        return j

    def composes(self, mark: str) -> bool:
        """Whether *mark* joins the last emitted letter (ا + ٔ -> أ)."""
        return self.base is not None and (self.base[2][-1], mark) in self.plan.compose

    def compose(self, i: int) -> int:
        """Join the hamza or madda mark at *i* with the letter before it."""
        if self.base is None:  # composes() said no: nothing to join
            return self.replace(i)
        letter_at, letter_out, unit = self.base
        composed = self.plan.compose[unit[-1], self.text[i]]
        out = unit[:-1] + self.plan.table.get(composed, composed)
        while self.edits and self.edits[-4] >= letter_at:
            del self.edits[-4:]  # deletions between letter and mark, or the letter's own
        _truncate(self.pieces, self.out_len - letter_out)
        self.pieces.append(out)
        self.edits += (letter_at, i + 1, letter_out, letter_out + len(out))
        self.out_len = letter_out + len(out)
        self.steps.add("compose_hamza")
        self.steps.update(self.plan.char_steps.get(composed, ()))
        self.base = None
        return i + 1

    def delete(self, i: int, end: int) -> int:
        """Delete the run of deleted characters at *i* (stopping before a hamza that composes)."""
        text, deleted = self.text, self.plan.deleted
        j = i + 1
        while j < end and text[j] in deleted and not self.composes(text[j]):
            j += 1
        if (
            text[i] == chars.TATWEEL
            and i > 0
            and j < len(text)
            and text[i - 1].isdecimal()
            and text[j].isdecimal()
            and text[i:j].strip(chars.TATWEEL) == ""
        ):
            return self.dash(i, j)  # 2019ـ2020, 3ـ1: a dash, never one number
        if text[i] == chars.TATWEEL and (k := _hidden_break(text, i, j)):
            j = k  # القـ.ـرار: a dot between tatweels that hides a word from filters, deleted
        self.edits += (i, j, self.out_len, self.out_len)
        self.plan.add_steps(self.steps, text[i:j])
        if self.base is not None and j - self.base[0] > _MAX_COMPOSE_GAP:
            self.base = None
        return j

    def dash(self, i: int, j: int) -> int:
        """Write the tatweels ``text[i:j]`` between two digits as one hyphen-minus."""
        if j - i != 1:
            self.edits += (i, j, self.out_len, self.out_len + 1)
        self.plan.add_steps(self.steps, self.text[i:j])
        self.pieces.append(_DIGIT_DASH)
        self.out_len += 1
        self.base = None
        return j

    def replace(self, i: int) -> int:
        """Emit the table's output for the rare character at *i*."""
        char = self.text[i]
        out = self.plan.table.get(char, char)
        if len(out) != 1:
            self.edits += (i, i + 1, self.out_len, self.out_len + len(out))
        if out != char:
            self.steps.update(self.plan.char_steps[char])
        self.pieces.append(out)
        self.out_len += len(out)
        self.base = (i, self.out_len - len(out), out)
        return i + 1

    def run(self, start: int, end: int) -> int:
        """Normalize the run ``text[start:end]`` that the scan found; return where it ended.

        (Past *end* when a deletion reads on: the hidden break of القـ.ـرار.)
        """
        text, plan = self.text, self.plan
        i = start
        while i < end:
            char = text[i]
            if char in plan.whitespace:
                i = self.whitespace(i, end)
            elif self.composes(char):
                i = self.compose(i)
            elif char in plan.deleted:
                i = self.delete(i, end)
            else:
                i = self.replace(i)
        return i


def _runs(text: str, plan: _Plan) -> Iterator[tuple[int, int]]:
    """The runs of *text* to normalize, in order: where rare characters or spaces need work.

    A run is a stretch of rare characters and spaces that holds a rare character
    or two spaces (with *whitespace*, from its first space; else from its first
    rare character). A lone space between words is no run, nor (with
    *keep_newlines*) a lone line feed. Rare characters are
    found by a character class that does not stop at every space, and double
    spaces by ``str.find``: both skip ahead in C.
    """
    rare, block, spaces = plan.rare, plan.block, plan.spaces_start
    # a line feed alone is its own output when newlines are kept: no edit, no
    # step, and nothing composes across it, so it is no run (copied with the text)
    lone_newline = "\n" if plan.keep_newlines and "\n" in plan.whitespace else None
    pos = 0
    next_rare = rare.search(text)
    next_spaces = text.find("  ") if spaces else -1
    while next_rare is not None or next_spaces >= 0:
        if next_rare is not None and (next_spaces < 0 or next_rare.start() < next_spaces):
            start = next_rare.start()
        else:
            start = next_spaces
        if spaces:
            while start > pos and text[start - 1] == " ":
                start -= 1  # the spaces before a rare character belong to its run
        stretch = block.match(text, start)
        end = stretch.end() if stretch is not None else start + 1  # it always matches
        if end - start != 1 or text[start] != lone_newline:
            yield start, end
        pos = end
        if next_rare is not None and next_rare.start() < pos:
            next_rare = rare.search(text, pos)
        if next_spaces >= 0 and next_spaces < pos:
            next_spaces = text.find("  ", pos)


def _run(text: str, plan: _Plan) -> tuple[str, list[int], set[str]]:
    """Normalize *text*; return it, its length-changing edits (flat, four numbers each), steps."""
    writer = _Writer(text, plan)
    pos = 0  # original index up to which the writer holds the text
    for start, end in _runs(text, plan):
        if end <= pos:
            continue  # (read already: a deletion ran past its run, القـ.ـرار)
        if len(writer.pieces) > _MAX_PIECES:
            writer.flush()
        if start > pos:
            writer.copy(pos, start)
        else:
            writer.base = None
        pos = writer.run(max(start, pos), end)
    if pos == 0:
        result = text
    else:
        writer.pieces.append(text[pos:])
        writer.flush(keep=0)
        result = "".join(writer.done)
    steps = writer.steps
    if len(result) < _SHORT_TEXT:  # few characters: fold only those the text holds
        folds = [(char, plan.frequent_map[char]) for char in plan.frequent_map.keys() & set(result)]
    else:  # a str.replace per fold skips ahead in C, faster than a set of the text
        folds = list(plan.frequent)
    for char, out in folds:
        replaced = result.replace(char, out)
        if replaced is not result:
            result = replaced
            steps.update(plan.char_steps[char])
    return result, writer.edits, steps


def _truncate(pieces: list[str], remove: int) -> None:
    """Drop the last *remove* characters held by *pieces*."""
    while remove > 0:
        last = pieces.pop()
        if len(last) > remove:
            pieces.append(last[: len(last) - remove])
            return
        remove -= len(last)


def normalize(text: str, options: NormalizeOptions | ProfileName = STANDARD) -> str:
    r"""Normalize Arabic *text* for matching; see :class:`NormalizeOptions` for the steps.

    Args:
        text: any string; non-Arabic text passes through unchanged except for
            whitespace runs, invisible characters and (with *punctuation*) quotes.
        options: a :class:`NormalizeOptions`, or a profile name
            (``"light"``, ``"standard"``, ``"search"``, ``"matching"``).

    Returns:
        The normalized string. Use :func:`normalize_with_map` to map spans back.

    Raises:
        InputError: if *text* is not a ``str`` (bytes, ``None``, ...).

    >>> normalize("إتفاقيّة   الأجواء\u200f المفتوحة")
    'اتفاقية الاجواء المفتوحة'
    >>> normalize("معاهدة", "search")
    'معاهده'

    .. versionadded:: 0.1.0
    """
    return _run(checked_text(text), _plan(_resolve_options(options)))[0]


def _hidden_break(text: str, i: int, j: int) -> int:
    """Where a word's hidden break ends, if the tatweels ``text[i:j]`` open one (else 0).

    Pages write a word cut by a dot or a star between tatweels (القـ.ـرار، انتخـــ.ــاب) so
    that filters miss it: with letters on both sides, the break is deleted with its tatweels.
    """
    if j >= len(text) - 1 or text[j] not in _HIDDEN_BREAKS or text[j + 1] != chars.TATWEEL:
        return 0
    if i == 0 or not _is_arabic_letter(text[i - 1]):
        return 0
    k = j + 1
    while k < len(text) and text[k] == chars.TATWEEL:
        k += 1
    return k if k < len(text) and _is_arabic_letter(text[k]) else 0


def _is_arabic_letter(char: str) -> bool:
    """Whether *char* is a letter of the Arabic block (hamza to yeh, alef wasla to yeh barree)."""
    return "\u0621" <= char <= "\u064a" or "\u0671" <= char <= "\u06d3"


def normalize_with_map(text: str, options: NormalizeOptions | ProfileName = STANDARD) -> Normalized:
    """Normalize *text* and keep the map from every normalized span to the original.

    Use it to match on the normalized text and report what was found in the
    original: ``result.to_original(start, end)`` is exact for deletions
    (diacritics, tatweel, bidi marks), one-to-many changes (ﻻ -> لا) and
    many-to-one changes (ا + ٔ -> أ, runs of spaces).

    Raises:
        InputError: if *text* is not a ``str``.

    >>> result = normalize_with_map("في ٥ فبراير/شباط ٢٠٢١")
    >>> result.text
    'في 5 فبراير/شباط 2021'
    >>> start, end = result.to_original(3, 4)
    >>> result.original[start:end]
    '٥'

    .. versionadded:: 0.1.0
    """
    options = _resolve_options(options)
    plan = _plan(options)
    normalized, edits, steps = _run(checked_text(text), plan)
    return Normalized(
        text=normalized,
        original=text,
        options=options,
        steps=tuple(name for name in STEP_NAMES if name in steps),
        offsets=OffsetMap(  # the flat edits, read by column: no tuple per edit
            original_length=len(text),
            normalized_length=len(normalized),
            orig_starts=tuple(edits[0::4]),
            orig_ends=tuple(edits[1::4]),
            norm_starts=tuple(edits[2::4]),
            norm_ends=tuple(edits[3::4]),
        ),
    )


def prepare(text: str | Normalized) -> Normalized:
    """*text* normalized once for every finder: its ``MATCHING`` normalization, with the map.

    :func:`~diplomatext.find_dates`, :func:`~diplomatext.find_treaties` and the
    article pass accept the result in place of the string, so an article is
    normalized once however many finders read it. Spans they report still point
    into the original text. A :class:`Normalized` made with ``MATCHING`` is
    returned as is.

    Raises:
        InputError: *text* is not a ``str``.
        OptionError: *text* is a :class:`Normalized` made with other options.

    >>> prepared = prepare("وقع الاتفاق في ٥ فبراير")
    >>> prepared.text
    'وقع الاتفاق في 5 فبراير'
    >>> prepare(prepared) is prepared
    True

    .. versionadded:: 0.2.0
    """
    if isinstance(text, Normalized):
        if text.options is not MATCHING and text.options != MATCHING:  # (is: the usual case)
            msg = (
                "this Normalized text was made with other options than MATCHING; "
                "pass the original string, or prepare(original)"
            )
            raise OptionError(msg)
        return text
    return normalize_with_map(text, MATCHING)
