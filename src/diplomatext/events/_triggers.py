"""Contact words in folded text: whole tokens, with a clitic grammar, never substrings.

A noun may take و/ف, then ب/ل/ك, then ال (or لل), and a pronoun or the
accusative alef after it (لقائه، للمحادثة، مباحثاتهما، اتصالا); a verb may take
و/ف and the future س, and an object pronoun (التقاه، زارها). The words are the
tables of :mod:`diplomatext.data.contact_words`; the one pattern built from them
is compiled once. Tokens of the blocking list (وزارة) never match.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal

import attrs

from diplomatext._lexical import fold, trie_pattern
from diplomatext.data import contact_words as words

__all__ = ["Trigger", "TriggerKind", "find_triggers", "folded_list"]

TriggerKind = Literal["noun", "verb", "discussion", "speaking"]

_PRONOUNS: Final = "ه|ها|هما|هم|هن|كما|كم|نا"


@attrs.frozen
class Trigger:
    """A contact word of the folded text."""

    start: int  # folded offsets of the word (proclitics و/ف excluded)
    end: int
    word: str  # the table form it matched (folded)
    kind: TriggerKind
    mode: str | None
    future: bool  # the verb carries the future prefix س
    suffix: str  # pronoun or ending after the stem


@attrs.frozen
class _Tables:
    pattern: re.Pattern[str]
    nouns: dict[str, tuple[str, str | None]]  # folded form -> (table form, mode)
    needs_suffix: frozenset[str]
    verbs: dict[str, tuple[TriggerKind, str | None]]
    blocked: frozenset[str]


def folded_list(items: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The folded forms of *items*, longest first."""
    return tuple(sorted({fold(item) for item in items}, key=len, reverse=True))


@functools.cache
def tables() -> _Tables:
    """The compiled pattern and lookups (built once)."""
    nouns: dict[str, tuple[str, str | None]] = {}
    needs_suffix: set[str] = set()
    for word, mode in words.NOUNS.items():
        folded = fold(word)
        nouns[folded] = (folded, mode)
        if folded.endswith("ه"):  # ta marbuta before a suffix: زيارة -> زيارته
            construct = folded[:-1] + "ت"
            nouns[construct] = (folded, mode)
            needs_suffix.add(construct)
        if folded.endswith("اء"):  # hamza on a seat before a suffix: لقاء -> لقائه
            for seat in ("ي", "و"):
                construct = folded[:-1] + seat
                nouns[construct] = (folded, mode)
                needs_suffix.add(construct)
    verbs: dict[str, tuple[TriggerKind, str | None]] = {}
    for word, mode in words.VERBS.items():
        verbs[fold(word)] = ("verb", mode)
    for word in words.DISCUSSION_VERBS:
        verbs[fold(word)] = ("discussion", None)
    for word in words.WEAK_PHONE_VERBS:
        verbs[fold(word)] = ("speaking", "phone")
    noun_trie = trie_pattern(sorted(nouns))
    verb_trie = trie_pattern(sorted(verbs))
    pattern = re.compile(
        rf"""(?<!\w)(?:
            (?P<npre>[وف]?(?:لل|[بلك]?(?:ال)?))(?P<noun>{noun_trie})(?P<nsuf>ين|ان|ا|{_PRONOUNS})?
          | (?P<vpre>[وف]?(?:س|ل)?)(?P<verb>{verb_trie})(?P<vsuf>{_PRONOUNS})?
        )(?!\w)""",
        re.VERBOSE,
    )
    return _Tables(
        pattern=pattern,
        nouns=nouns,
        needs_suffix=frozenset(needs_suffix),
        verbs=verbs,
        blocked=frozenset(fold(token) for token in words.BLOCKED_TOKENS),
    )


def find_triggers(folded: str) -> list[Trigger]:
    """Every contact word of *folded* (MATCHING-normalized text), in text order."""
    table = tables()
    found: list[Trigger] = []
    for match in table.pattern.finditer(folded):
        token = match.group(0)
        if token in table.blocked:
            continue
        if match.group("noun") is not None:
            stem = match.group("noun")
            suffix = match.group("nsuf") or ""
            if stem in table.needs_suffix and not suffix:
                continue
            form, mode = table.nouns[stem]
            prefix = match.group("npre")
            # the span keeps ب/ل/ك and ال (للمحادثة) but not a leading و/ف
            start = match.start() + (1 if prefix[:1] in {"و", "ف"} else 0)
            found.append(
                Trigger(start, match.end(), form, "noun", mode, future=False, suffix=suffix)
            )
        else:
            stem = match.group("verb")
            prefix = match.group("vpre")
            if prefix.endswith("ل") and stem[:1] not in {"ي", "ت", "ن"}:
                continue  # لبحث: a purpose noun, not a verb
            kind, mode = table.verbs[stem]
            start = match.start() + (1 if prefix[:1] in {"و", "ف"} else 0)
            found.append(
                Trigger(
                    start,
                    match.end(),
                    stem,
                    kind,
                    mode,
                    future="س" in prefix,
                    suffix=match.group("vsuf") or "",
                )
            )
    return found
