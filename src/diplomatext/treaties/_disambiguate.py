"""Deciding a name several entries share: context words, signing years, the reference date.

A group of the gazetteer lists its candidates and the steps that may choose one
(``resolve_by``): keywords of a candidate in the sentence or the one before, years
written in the sentence, then the *reference* date. With no evidence, no step
decides and there is no mention. How the steps behave:
``docs/explanation/treaty-matching.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.treaties._model import Confidence
from diplomatext.treaties._tokens import NEXT

if TYPE_CHECKING:
    from collections.abc import Sequence

    from diplomatext.treaties._index import Index
    from diplomatext.treaties._model import Treaty
    from diplomatext.treaties._schema import GroupSpec

__all__ = ["Decision", "before_signing", "decide", "in_context", "sentences", "year_beside"]

Decision = tuple[str, Confidence, str]
"""An entry id, how sure the choice is, and why."""

_WINDOW: Final = 600
_BOUNDARY: Final = ".!?;\n"
_MARKS: Final = "!?;\n"  # sentence ends but the full stop, which ends one only alone (not "..")
_YEAR: Final = re.compile(r"(?<![0-9])(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_BESIDE: Final = 48  # characters after a name where its signing year may be written
_SIGNED_WORDS: Final = tuple(fold(word) for word in treaty_words.SIGNED_YEAR_WORDS)
_NAME_ORDINALS: Final = frozenset(fold(word) for word in treaty_words.NAME_ORDINALS)
_ADOPTED_EARLIER: Final = 1  # years an instrument may be adopted before it is signed


def sentences(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence around [start, end) without the span itself, and the sentence before it.

    Two dots or more (``..``, ``...``) join a headline's parts as a dash does, and end no
    sentence (اتفاق جوبا.. مصر ضمن الدول الضامنة لسريان السلام بين الأطراف السودانية).
    """
    low = max(0, start - _WINDOW)
    head = text[low:start]
    cut = _last_boundary(head)
    sentence_start = low + cut + 1 if cut >= 0 else low
    tail = text[end : end + _WINDOW]
    sentence_end = end + _first_boundary(tail)
    sentence = text[sentence_start:start] + " " + text[end:sentence_end]
    # the sentence before ends at the last character that is no boundary and no space:
    # ".\n" and "!\n\n" end one sentence, not two (the one before is not empty)
    previous_end = max(0, sentence_start - 1)
    lowest = max(0, previous_end - _WINDOW)
    while previous_end > lowest and (
        text[previous_end - 1] in _BOUNDARY or text[previous_end - 1].isspace()
    ):
        previous_end -= 1
    before = text[max(0, previous_end - _WINDOW) : previous_end]
    cut = _last_boundary(before)
    previous = before[cut + 1 :] if cut >= 0 else before
    return sentence, previous


def _last_boundary(text: str) -> int:
    """Where the last sentence end of *text* is (-1 if none): a lone full stop, ! ? ; or a line."""
    last = max(text.rfind(mark) for mark in _MARKS)
    stop = text.rfind(".")
    while stop > last and (text[stop - 1 : stop] == "." or text[stop + 1 : stop + 2] == "."):
        stop = text.rfind(".", 0, stop)  # (a run of dots: no end)
    return max(last, stop)


def _first_boundary(text: str) -> int:
    """Where the first sentence end of *text* is (its length if none)."""
    cuts = [at for at in (text.find(mark) for mark in _MARKS) if at >= 0]
    first = min(cuts, default=len(text))
    stop = text.find(".", 0, first)
    while stop >= 0 and (text[stop - 1 : stop] == "." or text[stop + 1 : stop + 2] == "."):
        stop = text.find(".", stop + 1, first)
    return stop if stop >= 0 else first


def _exists(treaty: Treaty, reference: dt.date | None) -> bool:
    return reference is None or treaty.signed is None or treaty.signed <= reference


def _active(treaty: Treaty, day: dt.date) -> bool:
    if treaty.signed is None or treaty.signed > day:
        return False
    return treaty.ended is None or day <= treaty.ended


def _active_in_year(treaty: Treaty, year: int) -> bool:
    if treaty.signed is None or treaty.signed.year > year:
        return False
    return treaty.ended is None or year <= treaty.ended.year


def in_context(context: Sequence[str], text: str, start: int, end: int) -> bool:
    """Whether a word of *context* is in the sentence of [start, end) or the one before."""
    sentence, previous = sentences(text, start, end)
    return any(word in sentence or word in previous for word in context)


def _by_context(
    names: Sequence[str], sentence: str, previous: str, index: Index
) -> Decision | None:
    scores: dict[str, tuple[int, str]] = {}
    for name in names:
        score, evidence = 0, ""
        for word in index.entries[name].context:
            if word in sentence:
                score, evidence = score + 2, evidence or word
            elif word in previous:
                score, evidence = score + 1, evidence or word
        if score:
            scores[name] = (score, evidence)
    if not scores:
        return None
    best = max(score for score, _ in scores.values())
    winners = [name for name, (score, _) in scores.items() if score == best]
    if len(winners) != 1:
        return None
    name = winners[0]
    evidence = scores[name][1]
    confidence = Confidence.HIGH if evidence in sentence else Confidence.MEDIUM
    return name, confidence, f"context: {evidence!r}"


def _by_year(
    names: Sequence[str], sentence: str, index: Index, *, signed_only: bool = False
) -> Decision | None:
    """The candidate a year of the sentence points to.

    A candidate signed in one of the years wins. Otherwise, unless *signed_only*
    (the ``signed-year`` step), the one candidate in force in most of the years:
    right for names whose years are about the instrument (معاهدة ستارت عام 2005),
    wrong for names whose sentences date other events (اتفاقية جنيف next to 1948).
    """
    years = [int(y) for y in _YEAR.findall(sentence)]
    if not years:
        return None
    signed = {
        name: [y for y in years if (day := index.entries[name].treaty.signed) and day.year == y]
        for name in names
    }
    exact = [name for name, hits in signed.items() if hits]
    if len(exact) == 1:
        year = signed[exact[0]][0]
        return exact[0], Confidence.MEDIUM, f"signed in {year}, a year in the sentence"
    if signed_only:
        return None
    votes = {
        name: [y for y in years if _active_in_year(index.entries[name].treaty, y)] for name in names
    }
    best = max(len(v) for v in votes.values())
    winners = [name for name, v in votes.items() if len(v) == best]
    if best == 0 or len(winners) != 1:
        return None
    return winners[0], Confidence.MEDIUM, f"year {votes[winners[0]][0]} in the sentence"


def _years_exclude(names: Sequence[str], sentence: str, index: Index) -> bool:
    """Years in the sentence, none of them a year any candidate was in force."""
    years = [int(y) for y in _YEAR.findall(sentence)]
    return bool(years) and not any(
        _active_in_year(index.entries[name].treaty, year) for name in names for year in years
    )


def decide(
    text: str, start: int, end: int, *, group: GroupSpec, index: Index, reference: dt.date | None
) -> Decision | None:
    """The candidate of *group* that the name at [start, end) of *text* names, if a step decides."""
    entries = index.entries
    names = [c for c in group.candidates if _exists(entries[c].treaty, reference)]
    if not names:
        return None
    beside = _signed_beside(names, text, end, index)
    if beside is not None:
        return beside if beside[0] else None
    after = _word_after(text, end)
    sentence, previous = sentences(text, start, end)
    if after in group.stopped_after or (
        group.requires and not any(word in sentence or word in previous for word in group.requires)
    ):
        # خطة العمل الشاملة لمكافحة التصحر: a complement makes it another plan; خطة العمل
        # الشاملة للوزارة, no nuclear word near: the plan of a ministry
        return None
    blocked = (
        any(word in sentence or word in previous for word in group.blocked_by)
        or after in group.blocked_after
    )
    for step in group.resolve_by:
        if step != "context" and blocked:
            return None  # a homonym outside the candidates is named nearby
        decided = _step(
            step, names, group=group, index=index, around=(sentence, previous), reference=reference
        )
        if decided is not None:
            return decided if decided[0] else None
    return None


def _word_after(text: str, end: int) -> str:
    """The word right after a name ending at *end* (one space between), or ""."""
    match = NEXT.match(text, end)
    return match.group("word") if match is not None and match.group("gap") == " " else ""


def _step(
    step: str,
    names: Sequence[str],
    *,
    group: GroupSpec,
    index: Index,
    around: tuple[str, str],
    reference: dt.date | None,
) -> Decision | None:
    """What one step of ``resolve_by`` decides; an empty id stops the steps with no mention."""
    sentence, previous = around
    if step == "context":
        return _by_context(names, sentence, previous, index)
    if step in {"year", "signed-year"}:
        decided = _by_year(names, sentence, index, signed_only=step == "signed-year")
        if decided is None and _years_exclude(names, sentence, index):
            return "", Confidence.LOW, "the years in the sentence fit no candidate"
        return decided
    if step in {"reference", "latest"} and reference is not None:
        return _by_date(names, group, index, reference, latest=step == "latest")
    if step == "default" and group.default is not None and group.default in names:
        return group.default, Confidence.LOW, "the usual sense of this name"
    return None


def year_beside(text: str, end: int) -> int | None:
    """The year written right after the name ending at *end* as the instrument's own, if any.

    A signing word (الموقعة، المبرمة، لعام ...) and a year within a few words, with no
    sentence boundary between, or the year right after the name (ستارت 1991, اتفاق الرياض
    «2013»), an ordinal of the name perhaps between (اتفاقية جنيف الأولى (1864)).
    """
    after = text[end : end + _BESIDE]
    year_match = _YEAR.search(after)
    if year_match is None:
        return None
    between = after[: year_match.start()]
    bare = between.strip(' ()«»"')
    if bare in _NAME_ORDINALS:
        bare = ""
    if any(ch in _BOUNDARY for ch in between) or not (
        # (معاهدة ستارت 1991: the year written right after the name is the name's own)
        any(w in between for w in _SIGNED_WORDS) or not bare
    ):
        return None
    return int(year_match.group())


def before_signing(treaty: Treaty, year: int) -> bool:
    """Whether *year* comes before *treaty* was made: another instrument of the same name.

    Adopted a year before it was signed counts as made (اتفاق باريس 2015, signed in 2016).
    """
    return treaty.signed is not None and year < treaty.signed.year - _ADOPTED_EARLIER


def _signed_beside(names: Sequence[str], text: str, end: int, index: Index) -> Decision | None:
    """The one candidate signed in a year written right after the name (:func:`year_beside`).

    معاهدة ستارت الموقعة عام 1991 is START I whatever the sentence says of extending
    it. A year before every candidate was made is another instrument of the name: an
    empty id, no mention.
    """
    year = year_beside(text, end)
    if year is None:
        return None
    signed = [
        name
        for name in names
        if (day := index.entries[name].treaty.signed) is not None and day.year == year
    ]
    if not signed and all(before_signing(index.entries[name].treaty, year) for name in names):
        return "", Confidence.LOW, f"{year}, written beside the name, is before every candidate"
    if len(signed) != 1:
        return None
    return signed[0], Confidence.HIGH, f"signed in {year}, written beside the name"


def _by_date(
    names: Sequence[str], group: GroupSpec, index: Index, reference: dt.date, *, latest: bool
) -> Decision | None:
    """The reference-date steps, among the candidates the group lets them choose."""
    if group.by_reference is None:
        return _by_reference(names, index, reference, latest=latest)
    dated = [name for name in names if name in group.by_reference]
    decided = _by_reference(dated, index, reference, latest=latest)
    if decided is None:
        return None
    return decided[0], Confidence.LOW, decided[2]  # the other candidates stay possible


def _by_reference(
    names: Sequence[str], index: Index, reference: dt.date, *, latest: bool
) -> Decision | None:
    treaties = [index.entries[n].treaty for n in names]
    if not latest:
        active = [t.id for t in treaties if _active(t, reference)]
        if len(active) == 1:
            return active[0], Confidence.MEDIUM, f"in force at the reference date {reference}"
        return None
    signed = [t for t in treaties if t.signed is not None]
    if not signed:
        return None
    newest = max(signed, key=lambda t: t.signed or dt.date.min)
    return newest.id, Confidence.LOW, f"latest before the reference date {reference}"
