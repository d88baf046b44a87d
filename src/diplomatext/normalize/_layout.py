"""The layout of a text: line breaks that a narrow column made inside its sentences.

Pages kept in narrow columns (and text copied from them) break every line where the
next word would not fit: «اطلع رئيس الوزراء / اللبناني فؤاد / السنيورة، رئيس». Read
as they are, such breaks cut names, titles, dates and clauses apart. Each one is a
single character, so a finder can read it as a space without moving any offset.
"""

from __future__ import annotations

from typing import Final

__all__ = ["soft_breaks"]

MIN_LINES: Final = 3  # fewer breaks between lines of text tell nothing of a layout (a short
# excerpt of two or three sentences set in a column has four or five: six read none of them)
FEW_LINES: Final = 6  # under this many such breaks, every one must look cut by the measure
MAX_LINES: Final = 20_000  # more lines than any page: a list or a table, not a column
MAX_WIDTH: Final = 100  # lines cut at a wider measure are paragraphs, not a column
SHARE: Final = 0.6  # of the breaks between lines of text that look cut by the measure
# a line ending so ends its sentence (not ؛, which joins clauses of one sentence: a line cut
# at the measure after it goes on)
WRAP_STOPS: Final = frozenset(".!?:\u061f")
SENTENCE_MARKS: Final = (".", "!", "?", "\u061f")  # the marks that end a sentence of prose
OPENING_QUOTES: Final = frozenset("\"«“'")  # after a colon, a quotation goes on the sentence


def _has_wide_line(text: str) -> bool:
    """Whether a line of *text*, without its trailing spaces, is wider than :data:`MAX_WIDTH`.

    Read a line at a time up to the first such line: a text of prose has one near its
    start, and is not split into all its lines for that.
    """
    start = 0
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > MAX_WIDTH and len(text[start:stop].rstrip()) > MAX_WIDTH:
            return True
        if end < 0:
            return False
        start = end + 1


def soft_breaks(text: str, *, sentence_ends: bool = False) -> list[int]:
    r"""The offsets of the line breaks of *text* that a narrow layout made inside its sentences.

    With *sentence_ends*, also those right after a sentence's mark when the next line's first
    word would not have fitted: the measure cut the paragraph there, which goes on (a reader
    of sentences then sees ``". "``, as in the paragraph before it was set in the column).

    A break is read as such when its line ends without a sentence mark, the next line's
    first word would have made it longer than the longest line, and the run of lines it
    joins ends a sentence with its mark (a paragraph of prose; a run of headlines ends
    none, nor does «اقرأ أيضا:» and the titles under it); and only in a text whose lines
    are all short and whose breaks between lines of text are mostly of that kind.

    >>> lines = [
    ...     "اطلع رئيس الوزراء",
    ...     "اللبناني فؤاد",
    ...     "السنيورة، رئيس",
    ...     "الجمهورية جلال",
    ...     "طالباني، على الأوضاع",
    ...     "في لبنان، وذلك خلال",
    ...     "مكالمة هاتفية أجراها",
    ...     "مع الرئيس طالباني يوم",
    ...     "الثلاثاء 14-11-2006.",
    ... ]
    >>> len(soft_breaks("\n".join(lines)))
    8
    >>> headlines = [
    ...     "أردوغان يزور بغداد",
    ...     "ماكرون في الرياض",
    ...     "السيسي يستقبل لافروف",
    ...     "اتصال بين بوتين وأردوغان",
    ...     "قمة ثلاثية في عمان",
    ...     "وفد إيراني في مسقط",
    ...     "عون يلتقي هوكستين",
    ... ]
    >>> soft_breaks("\n".join(headlines))
    []
    """
    breaks = text.count("\n")
    if not MIN_LINES <= breaks <= MAX_LINES or not any(mark in text for mark in SENTENCE_MARKS):
        return []  # too few lines, a list longer than any page, or no sentence ended at all
    if _has_wide_line(text):
        return []  # paragraphs of prose (most texts: told at their first long line)
    raw = text.split("\n")
    lines = [line.rstrip() for line in raw]  # (a page of \r\n ends its lines with \r)
    width = max(map(len, lines))  # (at most MAX_WIDTH)
    soft: list[int] = []
    ends: list[int] = []  # breaks after a sentence's mark, cut by the measure
    run: list[int] = []  # the cut breaks of the run of lines being read
    inner = 0  # breaks between two lines of text, the first ending no sentence
    offset = -1  # where the break after the line being read is
    for index, line in enumerate(lines):
        offset += len(raw[index]) + 1
        following = lines[index + 1] if index + 1 < len(lines) else ""
        initial = bool(following) and _initial(line)  # (the last line's dot ends it: «لي.»)
        # (كتب على تويتر الجمعة: / "بحثت هاتفيا ...": the colon opens the quotation after it)
        quoting = line.endswith(":") and following[:1] in OPENING_QUOTES
        if not line or (line[-1] in WRAP_STOPS and not initial and not quoting):
            if line.endswith(SENTENCE_MARKS):
                soft += run  # the run ends a sentence: a paragraph cut by the measure
                if (
                    sentence_ends
                    and following
                    and len(line) + 1 + len(following.split(maxsplit=1)[0]) > width
                ):
                    ends.append(offset)
            run = []  # (a blank line, a label «اقرأ أيضا:»)
            continue
        if not following:
            run = []  # the run ends no sentence: a headline, a title, a cut excerpt
            continue
        inner += 1
        if len(line) + 1 + len(following.split(maxsplit=1)[0]) > width:
            run.append(offset)
        else:
            run = []  # a line that stops short ends the run: a headline, a list item
    # (a short text must be cut by the measure at every break inside its sentences: a stack of
    # three or four headlines has one that stops short, a short column none)
    if inner < MIN_LINES or len(soft) < (SHARE if inner >= FEW_LINES else 1) * inner:
        return []
    return sorted(soft + ends) if ends else soft


def _initial(line: str) -> bool:
    """Whether *line* ends with an initial or a title's short form and its dot (بين د.)."""
    words = line.rsplit(maxsplit=1)
    if not words:
        return False
    last = words[-1]
    return last.endswith(".") and 2 <= len(last) <= 3 and last[0].isalpha()  # noqa: PLR2004 (a letter or two and the dot)
