"""The layout of a text: line breaks that a narrow column made inside its sentences.

Pages kept in narrow columns (and text copied from them) break every line where the
next word would not fit: «اطلع رئيس الوزراء / اللبناني فؤاد / السنيورة، رئيس». Read
as they are, such breaks cut names, titles, dates and clauses apart. Each one is a
single character, so a finder can read it as a space without moving any offset.
"""

from __future__ import annotations

import itertools
from typing import Final

__all__ = ["soft_breaks"]

MIN_LINES: Final = 6  # fewer breaks between lines of text tell nothing of a layout
MAX_LINES: Final = 20_000  # more lines than any page: a list or a table, not a column
MAX_WIDTH: Final = 100  # lines cut at a wider measure are paragraphs, not a column
SHARE: Final = 0.6  # of the breaks between lines of text that look cut by the measure
NO_MARK_SHARE: Final = 0.85  # the same, in a text where no line ends a sentence with its mark
WRAP_STOPS: Final = frozenset(".!?;:\u061f\u061b")  # a line ending so ends its sentence
SENTENCE_MARKS: Final = (".", "!", "?", "\u061f")  # the marks that end a sentence of prose
CLAUSE_MARKS: Final = ("\u060c", ",", ".", "!", "?", "\u061f")  # prose has one at least


def soft_breaks(text: str) -> list[int]:
    r"""The offsets of the line breaks of *text* that a narrow layout made inside its sentences.

    A break is read as such when its line ends without a sentence mark and the next
    line's first word would have made it longer than the longest line; and only in a
    text whose lines are all short and whose breaks between lines of text are mostly of
    that kind (nearly all, and some comma between, when no line ends a sentence with
    its mark), so that headlines and lists keep their breaks.

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
    if not MIN_LINES <= breaks <= MAX_LINES or not any(mark in text for mark in CLAUSE_MARKS):
        return []  # too few lines, a list longer than any page, or no prose at all
    lines = text.split("\n")
    width = max(map(len, lines))
    if width > MAX_WIDTH:
        return []  # paragraphs of prose
    if any(line.rstrip().endswith(SENTENCE_MARKS) for line in lines):
        share = SHARE
    else:
        share = NO_MARK_SHARE  # prose cut short, no sentence ended: nearly every break cut
    soft: list[int] = []
    inner = 0  # breaks between two lines of text
    offset = 0
    for line, following in itertools.pairwise(lines):
        offset += len(line) + 1
        core = line.rstrip()
        if not core or not following.strip():
            continue
        inner += 1
        first_word = following.split(maxsplit=1)[0]
        if (core[-1] not in WRAP_STOPS or _initial(core)) and len(core) + 1 + len(
            first_word
        ) > width:
            soft.append(offset - 1)
    if inner < MIN_LINES or len(soft) < share * inner:
        return []
    return soft


def _initial(line: str) -> bool:
    """Whether *line* ends with an initial or a title's short form and its dot (بين د.)."""
    last = line.rsplit(maxsplit=1)[-1]
    return last.endswith(".") and len(last) <= 3  # noqa: PLR2004 (a letter or two and the dot)
