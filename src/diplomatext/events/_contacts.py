"""Assembly of contacts: sides, date, place, mode, status, and merging of mentions.

Sides come from the clause of each contact word, the date by the guideline's
ordered rules, and every mention of one contact is merged into it.

Everything here works on the MATCHING fold of the text and its tokens; spans go
back to the original text through the normalization map at the very end.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold, proclitic_readings, through_marks
from diplomatext.calendars import Calendar
from diplomatext.data import contact_words as words
from diplomatext.data import name_spellings, offices, weekdays
from diplomatext.dates import Anchor, DateMention, DateNote, Granularity
from diplomatext.events._model import (
    Actor,
    ActorKind,
    DateBasis,
    Event,
    EventDate,
    EventType,
    Evidence,
    EvidenceKind,
    Mention,
    Mode,
    Place,
    Status,
)
from diplomatext.events._spelling import (
    COMPOUND_HEADS,
    FAMILY_WORDS,
    ancestry_names,
    is_ancestry,
)
from diplomatext.events._triggers import Tokens, Trigger, find_triggers, tokenize

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from diplomatext.events._actors import Actors, Entry, Person
    from diplomatext.normalize import Normalized
    from diplomatext.treaties import TreatyMention

__all__ = ["assemble"]

_TOKEN: Final = re.compile(r"\w+")
# a period after a lone letter is an abbreviation (د. بدر عبد العاطي), not a sentence end
# a semicolon before a word that continues the clause is a comma (words.SEMICOLON_CONTINUES)
_SENTENCE_END: Final = re.compile(
    r"[!?\n]|;(?!\s*(?:"
    + "|".join(map(re.escape, sorted({fold(word) for word in words.SEMICOLON_CONTINUES})))
    + r")\b)|(?<!\s\w)(?<!^\w)\.|\.\."
)
_CONCRETE: Final = re.compile(
    r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:/[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)?$"
)
_DATELINE_TAIL: Final = re.compile(
    r"\s*(?:[0-9(]|-|\u2013|[،,]\s*[^\W\d][^\W\d ]*(?: [^\W\d]+){0,3}\s*(?:[(]|-|\u2013))"
)
# a dateline's second place: «دبي، الإمارات العربية المتحدة (CNN)»
_DATELINE_HEAD: Final = re.compile(r"[^\W\d]+(?: [^\W\d]+){0,2}\s*[،,]\s*")
_WINDOW: Final = 24  # tokens after a contact word where its sides may be
_DELEGATION_REACH: Final = 12  # tokens from a delegation word to برئاسة and its head
_SINCE_REACH: Final = 8  # tokens from منذ to the date of the span it opens
_ASIDE_MOST: Final = 16  # tokens of an aside between commas (، على هامش ...،)
_UNKNOWN_NAME_WORDS: Final = 4  # words of a name the table lacks, at most
_COMMAS: Final = frozenset("،,")
_COMMA: Final = re.compile("[،,]")
_ATTENDANCE_MARK: Final = re.compile(
    "حضور|رفق|صحب|رافق"
)  # in every word of ATTENDANCE_WORDS, folded
_MESSAGE_MARK: Final = re.compile("تحي|تمني|رسال")  # in every word of MESSAGE_WORDS, folded
_MESSAGE_REACH: Final = 60  # tokens after تحيات where its senders and addressees may be
_MESSAGE_ENDS: Final = frozenset(fold(word) for word in words.MESSAGE_ENDS)
_NO_TOKENS: Final[frozenset[int]] = frozenset()
_ANCESTRY_MARK: Final = " بن "  # in every name with a link of ancestry
_ANCESTRY_WORDS: Final = frozenset(fold(word) for word in name_spellings.ANCESTRY_WORDS)
_FAMILY_MARK: Final = " ال "  # آل alone, folded: no article stands apart
_HEADLINE_AGENT_GAP: Final = 3  # tokens from a contact noun to لـX, its agent (اتصال هاتفي لـX مع)
_TRIP_SENTENCES: Final = 2  # sentences from a visit to a meeting to come that is part of it
_RECURRING_REACH: Final = 8  # tokens after a contact word where «في عدة مناسبات» makes it recurring
_PRE_WINDOW: Final = 14  # tokens before it
_CLAUSE_OPENERS: Final = frozenset({"ثم", "كما", "وكما"})  # a new clause, the subject kept
_VISIT_CLAUSE: Final = frozenset(fold(word) for word in words.VISIT_CLAUSE_WORDS)
_VISIT_CLAUSE_MOST: Final = 8  # tokens of such a clause
_ROTATING: Final = frozenset(fold(word) for word in offices.ROTATING_WORDS)
_PLURAL_TITLES: Final = frozenset(fold(word) for word in offices.PLURAL_TITLE_WORDS)
_GROUP_HEADS: Final = frozenset(fold(word) for word in offices.GROUP_HEAD_WORDS)
_ARRIVAL_REACH: Final = 12  # words (not of a date, name or title) from an arrival to إلى
_TOUR_REACH: Final = 4  # words from جولة to إلى
_GROUP_REACH: Final = 5  # words between a group head and the sides it names at most
_PHONE_REACH: Final = 16  # tokens after a contact word where هاتفيا، عبر الهاتف still modify it
_DATE_DISTANCE: Final = 16
_BARE_SIZE: Final = 65536  # tokens kept without their article before the cache starts over
_VAGUE_DISTANCE: Final = 8


def _set(items: Sequence[str] | frozenset[str]) -> frozenset[str]:
    return frozenset(fold(item) for item in items)


def _by_last_word(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """The folded *phrases* as word tuples, by their last word (one look-up a token)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words_of = tuple(fold(phrase).split())
        found.setdefault(words_of[-1], []).append(words_of)
    return found


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    """Folded cue words, built once."""
    lexicon = {
        "complementizers": _set(
            ("أن", "بأن", "إن", "وأن", "وإن", "لأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")
        ),
        "topic_preps": _set(words.TOPIC_PREPOSITIONS),
        "stop": _set(words.STOP_WORDS),
        "filler": _set((*offices.TITLE_QUALIFIERS, *offices.HONORIFICS)),
        "with": _set(("مع", "بين", "وبين", *words.SIDES_OPENERS)),
        "address": _set(offices.HONORIFICS),
        "to": _set(("إلى", "الى", "لدى")),
        "from": _set(("من",)),
        "since": _set(("منذ",)),
        "lasting": frozenset(_strip_article(fold(word)) for word in words.LASTING_WORDS),
        "days": frozenset(_strip_article(fold(word)) for word in words.SEVERAL_DAYS),
        "in": _set(("في", "بمدينة", "مدينة", "بالعاصمة", "العاصمة")),
        "until": _set(("حتى", "منذ", "لغاية", "بحلول", "قبل", "بعد")),
        "lam": _set(("لم",)),
        "lan": _set(("لن",)),
    }
    lexicon["to_or_in"] = lexicon["to"] | lexicon["in"]  # a mandate's state: إلى، لدى، في
    return lexicon


@attrs.frozen
class Phrases:
    """Folded phrases indexed by their first token, as written and without clitics."""

    exact: dict[str, tuple[tuple[str, ...], ...]]
    bare: dict[str, tuple[tuple[str, ...], ...]]


def _phrases(items: Sequence[str]) -> Phrases:
    """Folded phrases as token tuples, longest first, indexed by their first token."""
    split = sorted({tuple(fold(item).split()) for item in items}, key=len, reverse=True)
    exact: dict[str, list[tuple[str, ...]]] = {}
    bare: dict[str, list[tuple[str, ...]]] = {}
    for phrase in split:
        if not phrase:
            continue
        exact.setdefault(phrase[0], []).append(phrase)
        stripped = tuple(_strip_article(word) for word in phrase)
        bare.setdefault(stripped[0], []).append(stripped)
    return Phrases(
        exact={key: tuple(value) for key, value in exact.items()},
        bare={key: tuple(value) for key, value in bare.items()},
    )


@functools.cache
def _cues() -> dict[str, Phrases]:
    return {
        "planned": _phrases(words.PLANNED_CUES),
        "planned_after": _phrases(words.PLANNED_AFTER),
        "proposed": _phrases(words.PROPOSED_CUES),
        "proposed_after": _phrases(words.PROPOSED_AFTER),
        "denied": _phrases(words.DENIED_CUES),
        "denied_reports": _phrases(words.DENIED_REPORTS),
        "day_offsets": _phrases(tuple(words.DAY_OFFSETS)),
        "blocking": _phrases(words.BLOCKING_BEFORE),
        "venue": _phrases(words.VENUE_BEFORE),
        "came_of": _phrases(words.CAME_OF),
        "recalled": _phrases(words.RECALLED_AFTER),
        "recurring": _phrases(words.RECURRING_AFTER),
        "statement": _phrases(words.STATEMENT_WORDS),
        "phone": _phrases(words.PHONE_MODIFIERS),
        "forum": _phrases(words.FORUM_WORDS),
        "envoy": _phrases(offices.ENVOY_WORDS),
        "delegation": _phrases(offices.DELEGATION_WORDS),
        "body": _phrases(offices.DELEGATION_BODIES),
        "headed": _phrases(offices.HEADED_BY_WORDS),
        "attendance": _phrases(words.ATTENDANCE_WORDS),
        "message": _phrases(words.MESSAGE_WORDS),
        "adverb": _phrases(words.TIME_ADVERBS),
        "aside": _phrases(words.ASIDE_OPENERS),
        "held_after": _phrases(words.HELD_AFTER),
        "wish": _phrases(words.WISH_WORDS),
        "shift": _phrases(words.TOPIC_SHIFTS),
    }


@functools.cache
def _contact_nouns() -> frozenset[str]:
    """The contact nouns of one word, folded and without their article (قمة، مباحثات)."""
    return frozenset(_strip_article(fold(noun)) for noun in words.NOUNS if " " not in noun.strip())


@functools.cache
def _transparent() -> frozenset[str]:
    """Tokens a list of sides may run over: phone words, و, dates are handled apart."""
    found = {fold(word) for phrase in words.PHONE_MODIFIERS for word in phrase.split()}
    found |= {"ال" + word for word in found}
    found |= {
        fold(word)
        for word in ("أول", "اول", "له", "لها", "مع", "و", "ثنائي", "ثنائية", "مباشرة", "مباشر")
    }
    found.add("ال")  # the article written apart before a numeral (السبت الـ 26 من نوفمبر)
    return frozenset(found)


@functools.cache
def _honorific_words() -> frozenset[str]:
    """The words :meth:`Doc._honorific_pronouns` looks for (a pronoun or a "latter")."""
    return frozenset(_honorific_pronouns().keys() | _LATTER)


@functools.cache
def _honorific_pronouns() -> dict[str, frozenset[str]]:
    """Folded honorific pronouns -> the folded words of address of their antecedent."""
    return {fold(pronoun): _set(address) for pronoun, address in offices.HONORIFIC_PRONOUNS.items()}


@functools.cache
def _role_adjectives() -> dict[str, str]:
    return {fold(word): role for word, role in offices.ROLE_ADJECTIVES.items()}


@functools.lru_cache(maxsize=65536)
def _strip_article(token: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"):
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:  # noqa: PLR2004
            return token[len(prefix) :]
    return token


# --------------------------------------------------------------------------- the document


@attrs.define
class Ref:
    """One side as the text designates it, before the contact's date resolves it."""

    kind: str  # person, office, state, org, counterpart, pair, group
    value: str = ""  # person id, state/org id, group id
    role: str | None = None
    state: str | None = None
    region: str | None = None
    evidence: EvidenceKind = EvidenceKind.NAME
    start: int = 0  # folded span of the phrase
    end: int = 0
    as_state: bool = False  # إدارة الرئيس جو بايدن: the state of the person
    others: tuple[str, ...] = ()  # other persons of the same short name (كلينتون)


@attrs.define
class Designation:
    """A phrase that names one or more sides (a dual title names two)."""

    start: int
    end: int
    tok0: int
    tok1: int
    refs: list[Ref]
    prep: str  # the preposition or clitic before it ("" if none)
    conjoined: bool = False  # written with و before it
    listed: bool = False  # a dual word with its members: الرئيسان الروسي ... والتركي ...
    city: str | None = None  # when the phrase is also a city (a capital)
    city_state: str | None = None
    place_state: str | None = None  # a state name usable as a place
    counterpart: bool = False  # نظيره ...: the object of a verb of meeting, even far from it
    lead: int = -1  # the group head whose preposition it takes (بقادة دول الجوار ...), if any


@attrs.define
class Raw:
    start: int
    end: int
    tok0: int
    tok1: int
    prefix: str
    kinds: Mapping[str, Entry]  # the first entry of each kind the form has

    def has(self, *kinds: str) -> Entry | None:
        """The entry of the first of *kinds* the form has, or ``None``."""
        mine = self.kinds
        for kind in kinds:
            entry = mine.get(kind)
            if entry is not None:
                return entry
        return None


def _sentence_numbers(starts: Sequence[int], boundaries: Sequence[int]) -> list[int]:
    """The sentence number of each token: how many sentence marks come before it.

    Both lists ascend: the tokens up to the first mark are sentence 0, those up to
    the next sentence 1, and so on (one search per mark, not one per token).
    """
    cuts = [*map(functools.partial(bisect.bisect_right, starts), boundaries), len(starts)]
    counts = map(operator.sub, cuts, [0, *cuts[:-1]])
    return list(itertools.chain.from_iterable(map(itertools.repeat, range(len(cuts)), counts)))


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the matches of :data:`_SENTENCE_END` in *text*, as its scan gives them.

    Every match starts on a mark character (:data:`_MARKS`), so the pattern is tried
    only there: a scan of the text with a pattern that has lookbehinds tries it at
    every character.
    """
    found: list[tuple[int, int]] = []
    covered = 0
    match_at = _SENTENCE_END.match
    for mark in _MARKS.finditer(text):
        at = mark.start()
        if at >= covered and (match := match_at(text, at)) is not None:
            covered = match.end()
            found.append((at, covered))
    return found


_MARKS: Final = re.compile(r"[.!?;\n]")  # the characters a sentence end starts with
_BARE: dict[str, str] = {}  # token -> _strip_article(token), for whole token lists


def _bare_tokens(tokens: list[str]) -> list[str]:
    """``_strip_article`` of every token (looked up in one pass; new tokens computed)."""
    bare = list(map(_BARE.get, tokens, itertools.repeat("")))  # "": not seen yet
    if "" in bare:
        if len(_BARE) > _BARE_SIZE:
            _BARE.clear()
        for index, token in enumerate(tokens):
            if not bare[index]:
                bare[index] = _BARE[token] = _strip_article(token)
    return bare


class Doc:
    """The folded text with its tokens, sentences and designations."""

    def __init__(
        self,
        normalized: Normalized,
        actors: Actors,
        *,
        near: Sequence[int] = (),
        tokens: Tokens | None = None,
    ) -> None:
        """Tokenize, and read the names near the contact words.

        Names are read only in the sentences of *near* (folded offsets of the contact
        words) and the sentence before each, where sides and antecedents are.
        *tokens* is ``tokenize(normalized.text)`` if made.
        """
        self.normalized = normalized
        self.text = normalized.text
        self.near = near
        sentence_ends = _sentence_ends(self.text)
        self.boundaries = [start for start, _ in sentence_ends]
        self.regions = self._regions([end for _, end in sentence_ends])
        # only the sentences around the contact words are read, token by token; a
        # region starts and ends at a sentence mark, so no token straddles its edges
        if tokens is None:
            tokens = tokenize(self.text)
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.tokens: list[str] = []
        all_starts = tokens.starts
        self._region_tokens: list[int] = []  # the number of the first token of each region
        for start, end in self.regions:
            first = bisect.bisect_left(all_starts, start)
            last = bisect.bisect_left(all_starts, end, first)
            self._region_tokens.append(len(self.starts))
            self.starts += all_starts[first:last]
            self.ends += tokens.ends[first:last]
            self.tokens += tokens.words[first:last]
        self.bare_tokens = _bare_tokens(self.tokens)
        self.sentence_of = _sentence_numbers(self.starts, self.boundaries)
        # the sentence number of a token, -1 outside the tokens read: asked hundreds of
        # times per document, so a dictionary's own lookup rather than a method
        self.colons = [match.start() for match in re.finditer(":", self.text)]
        # the tokens read with a colon between them and the next token read
        self.colon_after = frozenset(
            at
            for at in (bisect.bisect_right(self.starts, colon) - 1 for colon in self.colons)
            if 0 <= at < len(self.starts) - 1
        )
        self.actors = actors
        self.title_tokens: set[int] = set()
        self._pending_state_mark = -1
        self._aside_spans: list[tuple[int, int]] | None = None
        self._shifts: list[int] | None = None
        attendance = _cues()["attendance"]
        self._attendance = (
            [
                at
                for at, word in enumerate(self.tokens)
                if word in attendance.exact and self.tokens_match(at, attendance, bare=False)
            ]
            if _ATTENDANCE_MARK.search(self.text)  # rare: most texts pay one search
            else []
        )
        message = _cues()["message"].exact
        self._messages = (
            [at for at, word in enumerate(self.tokens) if word in message]
            if _MESSAGE_MARK.search(self.text)
            else []
        )
        self._covered: set[int] = set()
        self._certain: set[str] = set()
        self.designations = self._honorific_pronouns(self._designations())
        self.name_tokens = {
            at for item in self.designations for at in range(item.tok0, item.tok1 + 1)
        }
        self._unknown_appositions()
        self.last_tokens = [item.tok1 for item in self.designations]  # ascending, as the starts
        self._last_token_set = frozenset(self.last_tokens)
        self._by_sentence: dict[int, list[Designation]] = {}
        self._persons_named: dict[str, list[int]] | None = None
        self._designation_starts: list[int] | None = None
        for item in self.designations:
            self._by_sentence.setdefault(self.sentence(item.tok0), []).append(item)

    def persons_named(self) -> dict[str, list[int]]:
        """Each person the text names, with the indexes of its designations (ascending)."""
        if self._persons_named is None:
            self._persons_named = {}
            for index, item in enumerate(self.designations):
                for ref in item.refs:
                    if ref.kind == "person":
                        indexes = self._persons_named.setdefault(ref.value, [])
                        if not indexes or indexes[-1] != index:
                            indexes.append(index)
        return self._persons_named

    def including_before(self, at: int) -> bool:
        """Whether words naming members of a group end right before token *at*.

        كبار المسؤولين الإيرانيين، بما في ذلك X; وفدا روسيا رفيعا بمن فيهم X: the words
        follow a designation (within a word), not a topic (القضايا، بما في ذلك مواقف X).
        """
        tokens = self.tokens
        phrases = _INCLUDING.get(tokens[at - 1]) if at > 0 else None
        if phrases is None:
            return False
        for phrase in phrases:
            first = at - len(phrase)
            if first > 0 and tuple(tokens[first:at]) == phrase:
                return first - 1 in self._last_token_set or first - 2 in self._last_token_set
        return False

    def designation_before(self, start: int) -> int:
        """How many designations start before folded offset *start*."""
        if self._designation_starts is None:
            self._designation_starts = [item.start for item in self.designations]
        return bisect.bisect_left(self._designation_starts, start)

    def _unknown_appositions(self) -> None:
        """A bare title and a name the table lacks before an office of that role: one person.

        فخامة الرئيس أحمد الصالح رئيس الجمهورية العربية السورية: the office after the name
        is the person's own title, so the words before it belong to the side the office
        designates and put no distance between it and its contact word.
        """
        tokens, names, stop = self.tokens, self.name_tokens, _lexicon()["stop"]
        for item in self.designations:
            roles = {ref.role for ref in item.refs if ref.kind == "office"}
            if len(roles) != 1 or len(item.refs) != 1:
                continue
            role = roles.pop()
            at = item.tok0 - 1
            floor = max(-1, at - _UNKNOWN_NAME_MOST - 1)
            sentence = self.sentence(item.tok0)
            while (
                at > floor
                and at not in names
                and tokens[at] not in stop
                and self.sentence(at) == sentence
            ):
                if _BARE_TITLES.get(tokens[at]) == role and at < item.tok0 - 1:
                    self.title_tokens.update(range(at, item.tok0))
                    break
                at -= 1

    def asides(self, first: int, last: int) -> frozenset[int]:
        """The tokens of the asides between commas that open in tokens [first, last].

        ، على هامش مشاركته في المؤتمر، : an opener of ``ASIDE_OPENERS`` right after a comma,
        up to the next comma of the sentence, at most :data:`_ASIDE_MOST` tokens on. The
        asides of the whole text are found once; most texts have none.
        """
        spans = self._aside_spans
        if spans is None:
            spans = self._aside_spans = self._find_asides()
        if not spans:
            return _NO_TOKENS
        index = bisect.bisect_left(spans, (first, -1))
        found: set[int] = set()
        for start, end in spans[index:]:
            if start > last:
                break
            found.update(range(start, end + 1))
        return frozenset(found) if found else _NO_TOKENS

    def _find_asides(self) -> list[tuple[int, int]]:
        """Every aside of the text, as (first token, last token), in order."""
        openers = _cues()["aside"].exact
        text, starts, ends, tokens = self.text, self.starts, self.ends, self.tokens
        sentence_of = self.sentence_of
        spans: list[tuple[int, int]] = []
        for comma in _COMMA.finditer(text):
            at = bisect.bisect_left(starts, comma.end())
            if at == 0 or at >= len(tokens) or tokens[at] not in openers:
                continue
            if spans and at <= spans[-1][1]:
                continue
            limit = min(at + _ASIDE_MOST, len(tokens) - 1)
            for end in range(at + 1, limit + 1):
                if sentence_of[end] != sentence_of[at]:
                    break
                if _COMMAS.intersection(text[ends[end - 1] : starts[end]]):
                    spans.append((at, end - 1))
                    break
        return spans

    def shift_between(self, first: int, last: int) -> bool:
        """Whether a sentence numbered in (first, last] opens on another subject (من جهة أخرى)."""
        shifts = self._shifts
        if shifts is None:
            table, sentence_of, tokens = _cues()["shift"].exact, self.sentence_of, self.tokens
            shifts = self._shifts = [
                sentence_of[at]
                for at, word in enumerate(tokens)
                if (at == 0 or sentence_of[at - 1] != sentence_of[at])
                and any(  # (also after و: ومن جهة أخرى)
                    tuple(tokens[at + 1 : at + len(phrase)]) == phrase[1:]
                    for phrase in table.get(word.removeprefix("و"), ())
                )
            ]
        return any(first < sentence <= last for sentence in shifts)

    def ends_name(self, token: int) -> bool:
        """Whether a designation ends at *token*."""
        return token in self._last_token_set

    def sentence(self, token: int) -> int:
        return self.sentence_of[token] if 0 <= token < len(self.sentence_of) else -1

    def in_sentence(self, sentence: int) -> list[Designation]:
        """The designations of one sentence, in text order."""
        return self._by_sentence.get(sentence, [])

    def token_at(self, offset: int) -> int:
        """Index of the token that holds *offset*, else of the first one after it."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.ends[index] > offset:
            return index
        return index + 1

    def token_before(self, offset: int) -> int:
        """Index of the last token that ends at or before *offset*."""
        return bisect.bisect_right(self.ends, offset) - 1

    def tokens_match(self, at: int, phrases: Phrases, *, bare: bool) -> int:
        """Length of the longest phrase of *phrases* that starts at token *at* (0 if none).

        With *bare*, tokens are compared without their clitics and article (المقبلة
        matches مقبلة).
        """
        if at < 0 or at >= len(self.tokens):
            return 0
        tokens = self.bare_tokens if bare else self.tokens
        table = phrases.bare if bare else phrases.exact
        for phrase in table.get(tokens[at], ()):
            end = at + len(phrase)
            if end <= len(tokens) and tuple(tokens[at:end]) == phrase:
                return len(phrase)
        return 0

    def any_phrase(
        self, first: int, last: int, phrases: Phrases, *, bare: bool = False
    ) -> int | None:
        """The first token in [first, last] where one of *phrases* starts."""
        tokens = self.bare_tokens if bare else self.tokens
        table = phrases.bare if bare else phrases.exact
        first = max(first, 0)
        last = min(last, len(tokens) - 1)
        # only the tokens some phrase starts with are matched (one lookup each, in C)
        for at in itertools.compress(
            range(first, last + 1), map(table.__contains__, tokens[first : last + 1])
        ):
            if self.tokens_match(at, phrases, bare=bare):
                return at
        return None

    # ------------------------------------------------------------------ designations

    def sentence_at(self, offset: int) -> int:
        """The number of the sentence that holds folded offset *offset*."""
        return bisect.bisect_left(self.boundaries, offset)

    def _regions(self, boundaries: list[int]) -> list[tuple[int, int]]:
        """Character ranges of the sentences around the contact words (merged).

        *boundaries* are the ends of the sentence marks.
        """
        starts = [0, *boundaries]
        ends = [*boundaries, len(self.text)]
        wanted: set[int] = set()
        for offset in self.near:
            sentence = bisect.bisect_right(boundaries, offset)
            wanted.update((sentence - 1, sentence))
            before = sentence - 1
            while before > 0 and not self.text[starts[before] : ends[before]].strip(' \n"«»'):
                before -= 1  # over blank lines and quote marks: the sentence with words
                wanted.add(before)
        regions: list[tuple[int, int]] = []
        for sentence in sorted(index for index in wanted if 0 <= index < len(starts)):
            start, end = starts[sentence], ends[sentence]
            if regions and regions[-1][1] >= start:
                regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
            else:
                regions.append((start, end))
        return regions

    def _honorific_pronouns(self, designations: list[Designation]) -> list[Designation]:
        """Add a side for each honorific pronoun (سموه، فخامته): the person it takes up.

        The antecedent is the nearest person or office before the pronoun addressed with
        the pronoun's word (سمو ... عبدالله بن زايد), else the nearest one in its sentence.
        """
        table = _honorific_pronouns()
        latter = _LATTER
        wanted = _honorific_words()
        if not designations or (
            wanted.isdisjoint(self.tokens) and wanted.isdisjoint(self.bare_tokens)
        ):
            return designations
        added: list[Designation] = []
        bare_tokens = self.bare_tokens
        for at, token in enumerate(self.tokens):
            address = table.get(token) or table.get(bare_tokens[at])
            if token in latter and at > 0 and not self.tokens[at - 1].startswith("ال"):
                antecedent = self._latter(designations, at)
            elif address is None or at in self._covered:
                continue
            elif at > 0 and (
                bare_tokens[at - 1] in _PLACE_NOUNS or bare_tokens[at - 1][1:] in _PLACE_NOUNS
            ):
                continue  # استقبل ... بقصر سموه: whose palace, not a side
            else:
                antecedent = self._antecedent(designations, at, address)
            if antecedent is None:
                continue
            start, end = self.starts[at], self.ends[at]
            prefix = token[: len(token) - len(_strip_article(token))]
            prefix = prefix.removesuffix("ال") if prefix != "لل" else "ل"  # the article
            added.append(
                Designation(
                    start=start,
                    end=end,
                    tok0=at,
                    tok1=at,
                    refs=[
                        attrs.evolve(
                            antecedent, evidence=EvidenceKind.ANAPHOR, start=start, end=end
                        )
                    ],
                    prep=prefix[-1] if prefix.endswith(("ب", "ل")) else "",
                    conjoined=prefix.startswith("و"),
                )
            )
        if not added:
            return designations
        return sorted([*designations, *added], key=lambda item: item.start)

    def _latter(self, designations: list[Designation], at: int) -> Ref | None:
        """The person named last before token *at*, in its sentence or the one before."""
        sentence = self.sentence(at)
        for item in reversed(designations):
            if item.tok1 >= at:
                continue
            if self.sentence(item.tok0) < sentence - 2:
                return None
            persons = [ref for ref in item.refs if ref.kind in {"person", "office"}]
            if persons:
                return persons[-1]
        return None

    def _antecedent(
        self, designations: list[Designation], at: int, address: frozenset[str]
    ) -> Ref | None:
        """The one person or office a pronoun at token *at* takes up (see above)."""
        sentence = self.sentence(at)
        nearest: Ref | None = None
        for item in reversed(designations):
            if (
                item.tok1 >= at
                or len(item.refs) != 1
                or item.refs[0].kind
                not in {
                    "person",
                    "office",
                }
            ):
                continue
            if self.sentence(item.tok0) < sentence - 2:
                break
            before = range(max(item.tok0 - 4, 0), item.tok0)
            if any(self.tokens[index] in address for index in before):
                return item.refs[0]
            if nearest is None and self.sentence(item.tok0) == sentence:
                nearest = item.refs[0]
        return nearest

    def _raw(self) -> list[Raw]:
        found = []
        kinds = self.actors.kinds
        ends = self.ends
        bisect_right = bisect.bisect_right
        limits = [*self._region_tokens[1:], len(self.tokens)]
        for span, first, last in zip(self.regions, self._region_tokens, limits, strict=True):
            for tok0, match in self.actors.matches(
                self.text, span, self.tokens, self.starts, (first, last)
            ):
                prefix, body = match.groups()  # the pattern's groups: pre, body
                entries = kinds(body)
                if not entries:
                    continue
                end = match.end()
                # the last token that ends by its end (as token_before)
                tok1 = bisect_right(ends, end, tok0) - 1
                found.append(Raw(match.start(2), end, tok0, tok1, prefix, entries))
        if _ANCESTRY_MARK in self.text:  # rare outside the Gulf's press: one substring search
            found = self._ancestry_chains(found, limits)
        if _FAMILY_MARK in self.text:
            found = self._families(found, limits)
        return found

    def _families(self, raws: list[Raw], limits: Sequence[int]) -> list[Raw]:
        """*raws* with a person's name read with the آل family written after it.

        الشيخ تميم بن حمد آل ثاني, when the table knows الشيخ تميم بن حمد: آل and the
        next word are his family's name, never a side of their own.
        """
        tokens = self.tokens
        result: list[Raw] = []
        skip_to = -1
        for raw in raws:
            if raw.tok0 <= skip_to:
                continue
            end = raw.tok1 + 2
            last = limits[bisect.bisect_right(self._region_tokens, raw.tok0) - 1]
            if (
                end < last
                and tokens[raw.tok1 + 1] in FAMILY_WORDS
                and raw.has("person") is not None
            ):
                raw = attrs.evolve(raw, end=self.ends[end], tok1=end)  # noqa: PLW2901
                skip_to = end
            result.append(raw)
        return result

    def _ancestry_chains(self, raws: list[Raw], limits: Sequence[int]) -> list[Raw]:
        """*raws* with each name written with more ancestry than the table's read whole.

        محمد بن عبدالعزيز بن صالح الخليفي is the table's محمد بن عبدالعزيز الخليفي, and
        الأمير فيصل بن فرحان بن عبدالله آل سعود its الأمير فيصل بن فرحان: the person, over
        the whole chain and the آل family after it.
        """
        text, tokens, starts = self.text, self.tokens, self.starts
        raw_starts = [raw.tok0 for raw in raws]
        chains: list[Raw] = []
        covered = -1
        for link in range(1, len(tokens)):
            if not is_ancestry(tokens[link]):
                continue
            at = link - 2 if link > 1 and tokens[link - 2] in COMPOUND_HEADS else link - 1
            if at <= covered:
                continue
            last = limits[bisect.bisect_right(self._region_tokens, at) - 1]
            index = bisect.bisect_right(raw_starts, at) - 1
            known = raws[index] if index >= 0 and raws[index].tok1 >= at else None
            token = tokens[at]
            # فيصل، ولمحمد: the token as written, and without its proclitics
            cuts = tuple(len(token) - len(form) for form in proclitic_readings(token))
            # a title matched with the name (الأمير فيصل بن فرحان) is tried first
            leads = [("", starts[at] + cut, token[:cut], cut, at) for cut in cuts]
            if known is not None and known.tok0 < at:
                # a chain that a longer name of the table covers in part reads it whole
                lead = " ".join(text[known.start : starts[at]].split())
                leads = [(lead + " ", known.start, known.prefix, 0, known.tok0)] + [
                    ("", known.start, known.prefix, cut, known.tok0) for cut in cuts
                ]
            chain = self._ancestry_chain(token, at, last, leads)
            if chain is not None and (known is None or known.tok1 < chain.tok1):
                chains.append(chain)
                covered = chain.tok1
        if not chains:
            return raws
        # the raws inside a chain give way to it: one sweep, both lists in token order
        kept: list[Raw] = []
        index = 0
        for raw in raws:
            while index < len(chains) and chains[index].tok1 < raw.tok0:
                index += 1
            if index == len(chains) or raw.tok0 < chains[index].tok0:
                kept.append(raw)
        return sorted(kept + chains, key=operator.attrgetter("tok0"))

    def _ancestry_chain(
        self, first: str, at: int, last: int, leads: Sequence[tuple[str, int, str, int, int]]
    ) -> Raw | None:
        """The person a chain of ancestry at token *at* names, as one raw name (or ``None``).

        *first* is the token at *at*; *leads* are (folded words before it, start, clitics,
        number of clitic letters to cut from *first*, first token) to try in turn.
        """
        tokens, ends = self.tokens, self.ends
        kinds = self.actors.kinds
        for name, tok1 in ancestry_names(first, tokens, at, last):
            for lead, start, prefix, cut, tok0 in leads:
                entries = kinds(lead + name[cut:])
                if "person" in entries:  # an آل family after it is read by _families
                    return Raw(start, ends[tok1], tok0, tok1, prefix, entries)
        return None

    def _prep(self, raw: Raw) -> tuple[str, int]:
        """The preposition before *raw*, and the group head it comes from (else -1)."""
        if raw.prefix.endswith(("ب", "ل", "ك")):
            return raw.prefix[-1], -1
        if raw.tok0 <= 0:
            return "", -1
        lexicon = _lexicon()
        tokens = self.tokens
        floor = max(raw.tok0 - 4, 0)
        at = raw.tok0 - 1
        address = lexicon["address"]
        while at > floor and tokens[at] in address:
            at -= 1  # من فخامة رئيس الولايات المتحدة: the preposition before the address
        before = tokens[at]
        if before == _FROM and at > 0 and tokens[at - 1] in _EACH:
            return "", -1  # مع كل من السيد X: a list of sides, not a source
        capital_at = at
        kinds = self.actors.kinds
        while capital_at > floor and (
            tokens[capital_at] in _CAPITAL_WORDS or kinds(tokens[capital_at]).get("adjective")
        ):
            capital_at -= 1  # إلى العاصمة الإيرانية طهران: the destination is the capital
        if capital_at < at and tokens[capital_at] in lexicon["to"]:
            before, at = tokens[capital_at], capital_at
        if before in lexicon["topic_preps"] or before in lexicon["with"] or before in lexicon["to"]:
            found = before
        elif before in _TOUR_INCLUDES and self._tour_before(at):
            found = _TO  # جولة إفريقية تشمل السنغال: the states the tour goes to
        elif before in lexicon["in"] and raw.tok0 - 1 not in self._covered:
            found = "في"  # بالعاصمة أنقرة (not الجزائر العاصمة وزير ...)
        else:
            prep, lead = self._group_prep(raw.tok0)
            return (prep, lead) if prep else self._apposition_prep(raw.tok0)
        return (found if self.sentence(at) == self.sentence(raw.tok0) else ""), -1

    def _tour_before(self, at: int) -> bool:
        """Whether a trip noun comes shortly before token *at* (جولة إفريقية تشمل).

        Not a round of talks: جولة مباحثات تشمل روسيا والصين lists its sides, not stops.
        """
        bare, talks = self.bare_tokens, _contact_nouns()
        return any(
            bare[k] in _TOUR_NOUNS and bare[k + 1] not in talks and bare[k + 1] not in _ROUND_OF
            for k in range(max(at - _TOUR_REACH, 0), at)
        )

    def _apposition_prep(self, tok0: int) -> tuple[str, int]:
        """The preposition before a name the table lacks, when the phrase follows it after a comma.

        بحث X مع سريدهاران مادوسودانن، وكيل وزارة الخارجية الهندية: the title after the
        comma is the side مع opens (the name before it is nobody the table knows).
        """
        if (
            tok0 < 2  # noqa: PLR2004
            or not _APPOSITION_MARKS.intersection(
                self.text[self.ends[tok0 - 1] : self.starts[tok0]]
            )
        ):
            return "", -1
        lexicon = _lexicon()
        stop, sentence = lexicon["stop"], self.sentence(tok0)
        for at in range(tok0 - 1, max(tok0 - _UNKNOWN_NAME_MOST - 1, 0), -1):
            token = self.tokens[at]
            if (
                at in self._covered
                or token in stop
                or self.sentence(at) != sentence
                or (at < tok0 - 1 and "،" in self.text[self.ends[at] : self.starts[at + 1]])
            ):
                return "", -1
            before = self.tokens[at - 1]
            if before in lexicon["with"]:  # (not إلى: عاد إلى أرض الوطن، الرئيس ...)
                return before, at  # (the name's first word leads: no distance from مع)
        return "", -1

    def _group_prep(self, tok0: int) -> tuple[str, int]:
        """The preposition of a group head a few words before *tok0* (بقادة دول الجوار ...).

        Only bare words between: none taken by a side, none opening a clause with و.
        """
        tokens = self.tokens
        lexicon = _lexicon()
        for at in range(tok0 - 1, max(tok0 - _GROUP_REACH - 2, -1), -1):
            token = tokens[at]
            if at in self._covered or self.sentence(at) != self.sentence(tok0):
                break
            bare = token.removeprefix("و")
            if bare.startswith("ب") and _strip_article(bare[1:]) in _GROUP_HEADS:
                return "ب", at  # بقادة، وبقادة، بالقادة
            if token in _GROUP_HEADS and at > 0 and tokens[at - 1] in lexicon["with"]:
                return "مع", at - 1
            if token.startswith("و"):
                break  # (a word in و, a conjunct or a word like وزراء: either way no group)
        return "", -1

    def _dateline(self, designation: Designation) -> bool:
        """Whether a place name opens a line and a date or an agency follows (a dateline).

        A second place after the first and a comma is in the dateline too (دبي، الإمارات
        العربية المتحدة (CNN)): where it was written, never a side. A person is no place
        (الرئيس يون سوك-يول (على اليسار) opens a photo caption).
        """
        if any(ref.kind in {"person", "office"} for ref in designation.refs):
            return False
        start = self.starts[designation.tok0]
        # the line must start at most 30 characters before: look no further back
        line_start = self.text.rfind("\n", max(start - 31, 0), start) + 1
        if start - line_start > 30 or (line_start == 0 and start > 31):  # noqa: PLR2004
            return False
        head = self.text[line_start:start].strip(' ("«')
        if head and _DATELINE_HEAD.fullmatch(head + " ") is None:
            return False
        return _DATELINE_TAIL.match(self.text, designation.end) is not None

    def _subordinate(self, raw: Raw) -> int | None:
        """Where the word that makes a title someone else's starts (مساعد، مستشار، مبعوث، ممثل).

        Words of rank may come between (المبعوث الشخصي للأمين العام، المبعوث الخاص للرئيس),
        and one before (كبير مستشاري الرئيس). ``None`` when the title is its holder's own.
        """
        at = raw.tok0 - 1
        while at > raw.tok0 - 3 and at >= 0 and self.bare_tokens[at] in _RANK_WORDS:
            at -= 1
        if (
            at < 0
            or self.sentence(at) != self.sentence(raw.tok0)
            or self.bare_tokens[at] not in _SUBORDINATE
        ):
            return None
        if at > 0 and self.bare_tokens[at - 1] in _SENIOR:
            at -= 1
        return at

    def _superior_named(self, last: Raw, raw: Raw, role: str, after: Raw) -> bool:
        """Whether *raw*, right after a subordinate's title, names the superior.

        مستشار الرئيس الأمريكي دونالد ترامب، مسعد بولس: Trump, one who held the title, and
        another name right after him (*after*, the adviser's); in مساعد وزير الخارجية
        الإيراني علي باقري the one name is the assistant's own.
        """
        if (
            raw.prefix
            or self._gap(last, raw) > 1
            or after.has("person", "titled-person") is None
            or after.prefix
            or self._gap(raw, after) > 1
        ):
            return False
        return role in self._roles_held(raw)

    def _roles_held(self, raw: Raw) -> frozenset[str]:
        """The roles the person *raw* names ever held (none for a name the table lacks)."""
        entry = raw.has("person", "titled-person")
        person = None if entry is None else self.actors.persons.get(entry.value)
        return frozenset(office.role for office in person.offices) if person else frozenset()

    def _title_gap(self, raw: Raw) -> int:
        """Words a title's state may stand from it: one (وزير خارجية دولة قطر), two after كل من.

        None after a head of mission's title (رئيس بعثة الحج الإيرانية is no state's mission).
        """
        if self._each_of(raw.tok1 + 1):
            return 2
        return 0 if self.bare_tokens[raw.tok1] in _MISSIONS else 1

    def _superior_alone(self, subordinate: int, last: Raw, raw: Raw, role: str) -> bool:
        """Whether *raw* names the superior of an envoy or adviser who is not named.

        المبعوث الخاص للرئيس الأمريكي دونالد ترامب: Trump held the title; an envoy, an adviser
        or a representative is seldom promoted to it (a deputy may be: not for them).
        """
        if raw.prefix or self._gap(last, raw) > 1 or self.bare_tokens[subordinate] not in _SERVING:
            return False
        return role in self._roles_held(raw)

    def _addition(self, raw: Raw) -> bool:
        """Whether بالإضافة إلى / إضافة إلى / فضلا عن comes right before *raw*."""
        at = raw.tok0
        if at < 2 or (self.tokens[at - 2], self.tokens[at - 1]) not in _ADDITION:  # noqa: PLR2004
            return False
        return self.sentence(at - 2) == self.sentence(at)

    def _before_ancestry(self, raw: Raw) -> bool:
        """Whether *raw*, one word an adjective, is a given name before بن (الأمير تركي بن محمد)."""
        return (
            raw.tok0 == raw.tok1
            and "adjective" in raw.kinds
            and raw.tok1 + 1 < len(self.tokens)
            and self.tokens[raw.tok1 + 1] in _ANCESTRY_WORDS
        )

    def _states_after(
        self, raws: list[Raw], start: int, *, allow_gap: int = 1, region_ok: bool = False
    ) -> tuple[list[tuple[str, Raw]], int, str | None]:
        """States (or organizations) right after ``raws[start - 1]``, joined by و.

        Also the region of an envoy or the receiving state of an ambassador (*region_ok*): a
        state after إلى، لدى or في (المبعوث الأممي إلى سوريا، السفيرة الأمريكية لدى لبنان، السفير
        الروسي في لبنان), or with ل (المبعوث الأمريكي الخاص للسودان).
        """
        found: list[tuple[str, Raw]] = []
        region: str | None = None
        at = start
        previous = raws[start - 1]
        to_words = _lexicon()["to_or_in" if region_ok else "to"]
        while at < len(raws):
            candidate = raws[at]
            gap = self._gap(previous, candidate)
            if (
                not found
                and candidate.tok0 >= 2  # noqa: PLR2004
                and self.tokens[candidate.tok0 - 1] == _FROM
                and self.tokens[candidate.tok0 - 2] in _EACH
            ):
                gap -= 2  # نظرائه في كل من السعودية وقطر: as نظرائه في السعودية وقطر
            if gap > allow_gap:
                break
            entry = candidate.has("adjective", "state", "organization", "org-adjective")
            if entry is None or self._before_ancestry(candidate):
                break
            before = self.tokens[candidate.tok0 - 1] if candidate.tok0 > 0 else ""
            if (
                region_ok
                and found
                and (candidate.prefix.endswith("ل") or self.text.startswith("لل", candidate.start))
            ):
                region = entry.value  # المبعوث الأمريكي الخاص للسودان: his mandate
                at += 1
                break
            if before in to_words and found:
                if not region_ok:
                    break  # وزير الخارجية السعودي إلى تركيا: a destination, not a mandate
                region = entry.value
                at += 1
                break
            if found and not candidate.prefix.startswith("و"):
                break
            found.append((entry.value, candidate))
            previous = candidate
            at += 1
        return found, at, region

    def _delegation_from(self, raws: list[Raw], index: int) -> tuple[list[tuple[str, Raw]], int]:
        """The state of a delegation «من» a state or its institution: وفدا من الكونغرس الأمريكي.

        Only a delegation word, only right after من: a state, an institution, a generic word
        and its adjective (وزارة الخارجية الروسية), or a state body and its adjective a few
        words on (وفد من مجلس الشيوخ الأمريكي).
        """
        raw, at = raws[index], index + 1
        if (
            at >= len(raws)
            or raws[at].prefix
            or raw.tok1 + 1 >= len(self.tokens)
            or self.tokens[raw.tok1 + 1] not in _lexicon()["from"]
            or not self.tokens_match(raw.tok0, _cues()["delegation"], bare=True)
        ):
            return [], index + 1
        candidate = raws[at]
        if candidate.tok0 == raw.tok1 + 2:
            entry = candidate.has("state", "institution", "adjective")
            if entry is not None:
                return [(entry.value, candidate)], at + 1
            if candidate.kinds.get("generic"):  # وزارة الخارجية الروسية
                found, after, _ = self._states_after(raws, at + 1)
                return found[:1], after
        elif self.tokens_match(raw.tok1 + 2, _cues()["body"], bare=True):
            # وفد من مجلس الشيوخ الأمريكي، وفدا من لجنة الشؤون الخارجية في الكونغرس الأميركي:
            # the first adjective or state a few words on
            sentence = self.sentence(raw.tok0)
            while (
                at < len(raws)
                and raws[at].tok0 <= raw.tok1 + _BODY_REACH
                and self.sentence(raws[at].tok0) == sentence
            ):
                entry = raws[at].has("adjective", "state")
                if entry is not None:
                    return [(entry.value, raws[at])], at + 1
                at += 1
        return [], index + 1

    def _noun_adjectives(self, raws: list[Raw], index: int) -> list[tuple[str, Raw]]:
        """Two or more adjectives of different states right after a definite contact noun.

        القمة الروسية الأمريكية، المباحثات المصرية - السودانية، اللقاء السعودي والإيراني.
        """
        raw = raws[index]
        # definite only: an indefinite one (قمة مصرية أردنية) describes a contact that the
        # text goes on to detail with its persons
        if (
            raw.prefix not in {"", "ال"}
            or raw.tok0 == 0
            or not self.tokens[raw.tok0].startswith("ال")
        ):
            return []
        if self.bare_tokens[raw.tok0 - 1] not in _contact_nouns():
            return []
        found: list[tuple[str, Raw]] = []
        previous: Raw | None = None
        for candidate in raws[index : index + 4]:
            entry = candidate.kinds.get("adjective")
            if entry is None or (previous is not None and candidate.tok0 != previous.tok1 + 1):
                break
            if previous is not None and candidate.prefix not in {"", "ال", "و", "وال"}:
                break
            if any(state == entry.value for state, _ in found):
                break
            found.append((entry.value, candidate))
            previous = candidate
        return found if len(found) >= 2 else []  # noqa: PLR2004

    def _each_of(self, at: int) -> bool:
        """Whether tokens *at* and after are كل من or لكل من (وزراء الخارجية لكل من مصر والأردن)."""
        tokens = self.tokens
        return (
            at + 1 < len(tokens)
            and tokens[at].removeprefix("ل") in _EACH
            and tokens[at + 1] == _FROM
        )

    def _named_of(self, state: str, before: Sequence[Designation]) -> str | None:
        """The person of *state* named last in *before*, if any (المسؤول الروسي after بوغدانوف)."""
        for item in reversed(before):
            for ref in item.refs:
                if ref.kind == "person" and self.actors.country_of(ref.value, None) == state:
                    return ref.value
        return None

    def _city_country(self, designation: Designation, before: Sequence[Designation]) -> bool:
        """Whether *designation* is the country of the city named right before it.

        في مدينة نيويورك بالولايات المتحدة الأمريكية: where the city is, not a side.
        """
        if not before or designation.prep not in _IN_PREPS or len(designation.refs) != 1:
            return False
        city = before[-1]
        ref = designation.refs[0]
        return (
            city.city_state is not None
            and city.tok1 == designation.tok0 - 1
            and ref.kind == "state"
            and ref.value == city.city_state
        )

    def _attending(self, tok0: int) -> bool:
        """Whether token *tok0* follows بحضور in its sentence, before any comma.

        Or right after the first comma, when a name the table lacks stands between: the
        title of the one attending (بحضور خليفة الحارثي، وكيل وزارة الخارجية العمانية).
        """
        if self._after_cue(self._attendance, tok0, _ASIDE_MOST):
            return True
        # the comma right before the title, or before a word of rank (، مساعد وزير ...)
        comma = next(
            (
                at
                for at in range(tok0, max(tok0 - 2, 0), -1)
                if _COMMAS.intersection(self.text[self.ends[at - 1] : self.starts[at]])
            ),
            0,
        )
        word = _strip_article(self.tokens[comma])
        if comma < tok0 and word not in _RANK_WORDS and word not in _SUBORDINATE:
            return False  # برفقة زوجته، والتقى الرئيس: a new clause, not a title
        kinds = self.actors.kinds
        name_start = comma - 1
        while name_start > 0 and comma - name_start <= _UNKNOWN_NAME_WORDS:
            if name_start in self._covered or kinds(self.tokens[name_start]):
                return False  # بحضور هاكان فيدان، رئيس الوزراء العراقي ...: a known name
            if self._after_cue(self._attendance, name_start, 1):
                return True
            name_start -= 1
        return False

    def _conveyed(self, tok0: int) -> bool:
        """Whether token *tok0* names a message's sender or addressee (تحيات X إلى Y).

        Not past the words that end the message's phrase (نقلها X خلال لقاء: the carrier).
        """
        return self._after_cue(self._messages, tok0, _MESSAGE_REACH, ends=_MESSAGE_ENDS)

    def _after_cue(
        self, cues: Sequence[int], tok0: int, reach: int, ends: frozenset[str] = frozenset()
    ) -> bool:
        """Whether token *tok0* follows one of the tokens *cues* closely enough.

        In its sentence, by at most *reach* tokens, before any comma and any word of *ends*.
        """
        index = bisect.bisect_left(cues, tok0) - 1
        if index < 0 or tok0 - cues[index] > reach:
            return False  # the common case: no cue just before
        at = cues[index]
        if self.sentence_of[at] != self.sentence_of[tok0]:
            return False
        text, starts, token_ends, tokens = self.text, self.starts, self.ends, self.tokens
        return not any(
            _COMMAS.intersection(text[token_ends[between] : starts[between + 1]])
            or tokens[between + 1] in ends
            for between in range(at, tok0)
        )

    def _delegation_head(self, designation: Designation, result: list[Designation]) -> bool:
        """Put the head of a delegation, named after برئاسة, in the delegation's place.

        The delegation is the designation before (its state), else only its word (a state
        the text does not name: وفدا مشتركا من وزارتي الخارجية والدفاع). True when done.
        """
        tok0 = designation.tok0
        headed = _cues()["headed"]
        if (
            tok0 < 2  # noqa: PLR2004
            or self.tokens[tok0 - 1] not in headed.exact
            or not self.tokens_match(tok0 - 1, headed, bare=False)
            or not all(ref.kind in {"person", "office"} for ref in designation.refs)
        ):
            return False
        sentence = self.sentence(tok0)
        delegation = next(
            (
                at
                for at in range(tok0 - 2, max(-1, tok0 - _DELEGATION_REACH), -1)
                if self.sentence(at) == sentence
                and self.tokens_match(at, _cues()["delegation"], bare=True)
            ),
            None,
        )
        if delegation is None:
            return False
        if result and result[-1].tok0 == delegation:
            previous = result.pop()
            designation.start, designation.tok0 = previous.start, previous.tok0
            designation.prep, designation.conjoined = previous.prep, previous.conjoined
        else:
            designation.start, designation.tok0 = self.starts[delegation], delegation
            designation.prep = ""
        result.append(designation)
        return True

    def _pair_list(
        self, raws: list[Raw], index: int
    ) -> tuple[list[tuple[str, str, Raw]], int] | None:
        """The members after a dual word: adjectives or states, each with an optional name.

        The second is joined by و (الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان).
        """
        members: list[tuple[str, str, Raw]] = []
        at = index + 1
        previous = raws[index]
        while at < len(raws) and len(members) < 8:  # noqa: PLR2004
            candidate = raws[at]
            if self._gap(previous, candidate) > 0:
                break
            if (
                members
                and not candidate.prefix.startswith("و")
                and not candidate.kinds.get("person")
            ):
                break
            state = candidate.has("adjective", "state")
            person = candidate.kinds.get("person")
            if state is not None and (not members or candidate.prefix.startswith("و")):
                members.append(("state", state.value, candidate))
            elif person is not None:
                if members and members[-1][0] == "state" and not candidate.prefix:
                    members[-1] = ("person", person.value, candidate)
                elif not members or candidate.prefix.startswith("و"):
                    members.append(("person", person.value, candidate))
                else:
                    break
            else:
                break
            previous = candidate
            at += 1
        if len(members) < 2:  # noqa: PLR2004
            return None
        return members, at

    def _person_ref(self, raw: Raw, person: Entry, before: list[Designation]) -> Ref:
        """A person named alone (a short name of several persons: see below).

        كلينتون is the one named in full in the text, else the one in office on the date.
        """
        ids = [
            entry.value
            for entry in self.actors.entries(self.text[raw.start : raw.end])
            if entry.kind == "person"
        ]
        value = person.value
        others: tuple[str, ...] = ()
        if len(ids) > 1:
            named = {  # (a short name read before, itself of several persons, tells nothing)
                ref.value
                for item in before
                for ref in item.refs
                if ref.kind == "person" and not ref.others
            }
            named |= self._certain
            value = next((pid for pid in ids if pid in named), value)
            if value not in named:
                others = tuple(pid for pid in ids if pid != value)
        return Ref(
            "person",
            value,
            evidence=EvidenceKind.NAME,
            start=raw.start,
            end=raw.end,
            others=others,
        )

    def _envoy_named(self, raws: list[Raw], index: int) -> tuple[int, Entry] | None:  # noqa: PLR0911
        """The person named after an envoy's word, its state, superior and mandate, if any.

        Only states, organizations, titles and adjectives may come between, in the same
        sentence and within a few words; the name has no clitic (not وفلان).
        """
        raw = raws[index]
        if not self.tokens_match(raw.tok0, _cues()["envoy"], bare=True):
            return None
        sentence = self.sentence(raw.tok0)
        at = index + 1
        superior: str | None = None  # the role of a superior's title read on the way
        while at < len(raws) and at <= index + 6:
            candidate = raws[at]
            if (
                self.sentence(candidate.tok0) != sentence
                or candidate.tok0 - raw.tok1 > 12  # noqa: PLR2004
                # المبعوث الأممي سلسلة لقاءات ثنائية شملت: وزير ... X: not his name
                or self._gap(raws[at - 1], candidate) > 3  # noqa: PLR2004
            ):
                return None
            entry = candidate.has("person", "titled-person")
            if entry is not None:
                if candidate.prefix or self._gap(raws[at - 1], candidate) > 3:  # noqa: PLR2004
                    return None
                person = self.actors.persons.get(entry.value)
                if (
                    superior is None
                    or person is None
                    or all(office.role != superior for office in person.offices)
                ):
                    return at, entry
                # المبعوث الخاص للرئيس الأمريكي دونالد ترامب، ستيف ويتكوف: the superior's
                # name; the envoy's own may follow
                superior = None
                at += 1
                continue
            title = candidate.kinds.get("title")
            if title is not None and (
                candidate.prefix.endswith("ل") or self.tokens[candidate.tok0].startswith("لل")
            ):
                superior = title.value
            if candidate.prefix.startswith(("و", "ب")) or not candidate.has(
                "state", "adjective", "organization", "org-adjective", "title", "capital", "city"
            ):
                # (وسفير جمهورية جيبوتي ...: another envoy, his own name; السفير الروسي
                # بالرئيس X: the one he met)
                return None
            with_words = _lexicon()["with"]
            if any(word in with_words for word in self.tokens[raw.tok1 + 1 : candidate.tok0]):
                return None  # السفير الروسي مع الرئيس الحريري: the one he met
            at += 1
        return None

    def _gap(self, left: Raw, right: Raw) -> int:
        sentence_of = self.sentence_of  # (the tokens of a name are tokens read)
        if sentence_of[left.tok1] != sentence_of[right.tok0]:
            return 99
        between = range(left.tok1 + 1, right.tok0)
        filler = _lexicon()["filler"]
        # the words between that are not fillers: all, less the fillers (counted in C)
        words = self.tokens[between.start : between.stop]
        return len(between) - sum(map(filler.__contains__, words))

    def _named_at(self, raws: list[Raw], at: int) -> tuple[Raw | None, int]:
        """The person named right after a title at *at* (وزير الخارجية الروسي سيرغي لافروف)."""
        if (
            at < len(raws)
            and raws[at].has("person", "titled-person")
            and self._gap(raws[at - 1], raws[at]) == 0
            and not raws[at].prefix
        ):
            return raws[at], at + 1
        return None, at

    def _held(self, named: Raw, role: str) -> bool:
        """Whether the person *named* after a deputy's title may be the deputy.

        Only for the offices whose title the superior's name may follow (نائب الرئيس
        الأمريكي دونالد ترامب): not when the person held the superior's office and never the
        deputy's; anyone else is given the benefit.
        """
        superior = offices.DEPUTY_OF.get(role)
        if superior is None:
            return True
        roles = self._roles_held(named)
        # (نائب الرئيس الإيراني محمد جواد ظريف: a deputy the table does not hold as one)
        return role in roles or superior not in roles

    def _may_hold(self, named: Raw, states: list[str]) -> bool:
        """Whether the person *named* after a title of one of *states* ever served that state.

        A name after a title that names the person of another state (رئيس الوزراء الإيرلندي
        سيمون هاريس read as «هاريس», the American) is someone the table does not hold.
        """
        entry = named.has("person", "titled-person")
        person = None if entry is None else self.actors.persons.get(entry.value)
        if person is None or not states or not person.offices:
            return True
        return any(office.state in states for office in person.offices)

    def _appositive(self, result: Sequence[Designation], raw: Raw, appositive_end: int) -> bool:
        """Whether the title *raw* is written after a name as its own.

        X، وزير الشؤون الخارجية; also the second of several (X رئيس مجلس الوزراء وزير
        الخارجية, X نائب رئيس الوزراء وزير الخارجية), whose first ended at *appositive_end*
        or is a deputy's words (:attr:`title_tokens`).
        """
        if not result or not any(ref.kind == "person" for ref in result[-1].refs):
            return False
        before = raw.tok0 - 1
        while before > result[-1].tok1 and before in self.title_tokens:
            before -= 1
        return max(result[-1].tok1, appositive_end) >= before

    def _titled_before(self, role: str, before: list[Designation]) -> Ref | None:
        """The side a bare title takes up: the first one before it that has the title's role.

        الأمين العام للأمم المتحدة بان كي مون ... أن يجتمع الأمين بالرئيس: Ban. A person
        counts when one of their offices has the role; an office when it is the role. The
        first, not the last: a lead names its protagonist first, and a later holder of the
        role is more often a third person (رئيس الوزراء السوداني ... نتنياهو ... التقى
        رئيس الوزراء).
        """
        persons = self.actors.persons
        for designation in before:
            for ref in designation.refs:
                if ref.kind == "office" and ref.role == role and ref.state:
                    return ref
                if ref.kind == "person":
                    person = persons.get(ref.value)
                    if ref.role == role or (
                        person is not None
                        and any(o.role == role for o in person.offices)
                        # وزير خارجية إيران عباس عراقجي ... نائب وزير الخارجية: named with another
                        # title, he is the bare title's only if he held both at once (روبيو)
                        and (ref.role is None or _held_together(person, ref.role, role))
                    ):
                        return ref
        return None

    def _agrees(self, raw: Raw) -> bool:
        """Whether *raw*, a short name that is also an adjective, follows a definite noun.

        قائد الجيش السوداني: the adjective of الجيش (Sudanese), not Mohammed Shia al-Sudani,
        even where his short name is the only one of its kind (استقبل السوداني stays him).
        """
        tok0 = raw.tok0
        return tok0 > 0 and self.tokens[tok0 - 1].startswith("ال") and raw.prefix == ""

    def _designations(self) -> list[Designation]:  # noqa: C901, PLR0912, PLR0915
        raws = self._raw()
        # persons the text names without doubt (هيلاري كلينتون), for short names of several
        self._certain = {
            ids[0]
            for ids in (
                [
                    entry.value
                    for entry in self.actors.entries(self.text[raw.start : raw.end])
                    if entry.kind in {"person", "titled-person"}
                ]
                for raw in raws
                if raw.has("person", "titled-person")
            )
            if len(ids) == 1
        }
        result: list[Designation] = []
        index = 0
        conjoin_at = -1
        appositive_end = -1  # the last token of the titles after a name (X، رئيس ... وزير ...)
        headed_words = _cues()["headed"].exact
        while index < len(raws):
            raw = raws[index]
            if self._before_ancestry(raw):
                index += 1
                continue
            self._covered.update(range(raw.tok0, raw.tok1 + 1))
            consumed = index + 1
            refs: list[Ref] = []
            kinds = raw.kinds
            city = kinds.get("city")
            capital = kinds.get("capital")
            title = kinds.get("title")
            fixed = kinds.get("fixed-title")
            counterpart = kinds.get("counterpart")
            pair = kinds.get("pair")
            generic = kinds.get("generic")
            person = kinds.get("person")
            if (
                person is not None
                and (kinds.get("adjective") or kinds.get("state"))
                and (person.value not in self._certain or self._agrees(raw))
            ):
                person = None  # السوداني: Sudanese, unless محمد شياع السوداني is named in full
            end = raw.end
            tok1 = raw.tok1
            pair_listed = False

            envoy = self._envoy_named(raws, index) if title or generic else None
            if envoy is not None:
                # السفيرة الأمريكية في لبنان دوروثي شيا: the envoy in person
                envoy_at, envoy_entry = envoy
                envoy_raw = raws[envoy_at]
                between = [
                    entry.value
                    for middle in raws[index + 1 : envoy_at]
                    if (entry := middle.has("state")) is not None
                ]
                refs.append(
                    Ref(
                        "person",
                        envoy_entry.value,
                        # المبعوث الأمريكي الخاص للسودان توم بيرييلو: the state of his mandate
                        region=between[-1] if between else None,
                        evidence=EvidenceKind.NAME,
                        start=raw.start,
                        end=envoy_raw.end,
                    )
                )
                self.title_tokens.update(range(raw.tok0, envoy_raw.tok0))
                consumed = envoy_at + 1
                end, tok1 = envoy_raw.end, envoy_raw.tok1
                title = fixed = counterpart = pair = generic = person = None
            elif (title is not None or fixed is not None) and (
                subordinate := self._subordinate(raw)
            ) is not None:
                # مساعد وزير الخارجية الإيراني، مستشار المرشد الإيراني: someone else's office,
                # not the minister's or the leader's
                if fixed is not None:
                    role, states, at = fixed.value, [str(fixed.extra)], index + 1
                else:
                    assert title is not None  # noqa: S101
                    found, at, _ = self._states_after(raws, index + 1)
                    role, states = title.value, [state for state, _ in found]
                while (
                    at < len(raws)
                    and raws[at].kinds.get("adjective")
                    and raws[at].tok0 <= raw.tok1 + 2
                ):
                    at += 1
                if (
                    at < len(raws)
                    and raws[at].kinds.get("former")
                    and self._gap(raws[at - 1], raws[at]) <= 1
                ):
                    at += 1  # مستشار الرئيس الأمريكي السابق
                if at + 1 < len(raws) and self._superior_named(
                    raws[at - 1], raws[at], role, raws[at + 1]
                ):
                    at += 1  # كبير مستشاري الرئيس الأمريكي دونالد ترامب، مسعد بولس
                # the subordinate's words, the superior's title and name: no side, no gap
                self.title_tokens.update(range(subordinate, raws[at - 1].tok1 + 1))
                own_name = (
                    at < len(raws)
                    and raws[at].has("person", "titled-person") is not None
                    and self._gap(raws[at - 1], raws[at]) <= 2  # noqa: PLR2004
                )
                if own_name and self._superior_alone(subordinate, raws[at - 1], raws[at], role):
                    # المبعوث الخاص للرئيس الأمريكي دونالد ترامب (no envoy's name): no side
                    self.title_tokens.update(range(raws[at].tok0, raws[at].tok1 + 1))
                    at += 1
                    own_name = False
                if own_name or len(states) != 1:
                    index = at  # the subordinate's own name follows: read on its own
                    continue
                # مستشار المرشد الإيراني علي أكبر ولايتي, a name not in the table: his state
                last = raws[at - 1]
                refs.append(
                    Ref(
                        "state",
                        states[0],
                        evidence=EvidenceKind.STATE,
                        start=raw.start,
                        end=last.end,
                    )
                )
                consumed = at
                end, tok1 = last.end, last.tok1
                title = fixed = counterpart = pair = generic = person = None
            if (
                title is not None
                and raw.tok1 + 1 < len(self.tokens)
                and (self.tokens[raw.tok1 + 1] in _ROTATING)
            ):
                # الرئيس الدوري للاتحاد الأفريقي: the chair the person beside it holds
                found, at, _ = self._states_after(raws, index + 1, allow_gap=1)
                last = raws[at - 1] if found else raw
                self.title_tokens.update(range(raw.tok0, last.tok1 + 1))
                index = max(at, index + 1)
                continue
            if fixed is not None or title is not None:
                if fixed is not None:
                    role, state = fixed.value, fixed.extra
                    found = [(str(state), raw)]
                    region = None
                    at = index + 1
                    again, after, _ = self._states_after(raws, at)
                    if again and {code for code, _ in again} == {state}:
                        at = after  # مدير وكالة المخابرات المركزية الأمريكية: its own adjective
                else:
                    assert title is not None  # noqa: S101
                    role = title.value
                    found, at, region = self._states_after(
                        raws,
                        index + 1,
                        region_ok=role in _MANDATED,
                        allow_gap=self._title_gap(raw),
                    )
                former = False
                if (
                    at < len(raws)
                    and raws[at].kinds.get("former")
                    and self._gap(raws[at - 1], raws[at]) <= 1
                ):
                    former = True
                    at += 1
                named, at = self._named_at(raws, at)
                last = raws[at - 1]
                states_named = [state for state, _ in found]
                if named is not None and not self._may_hold(named, states_named):
                    named = None  # a name of another state's person: someone the table lacks
                elif named is not None and not self._held(named, role):
                    # نائب الرئيس الأمريكي، دونالد ترامب: the superior's name, not a deputy's
                    named = None
                elif (
                    named is None
                    and states_named
                    and at < len(raws)
                    and raws[at].tok0 == raws[at].tok1
                    and raws[at].has("person") is not None
                    and not raws[at].prefix
                    and self._gap(last, raws[at]) == 1
                ):
                    # a given name the table lacks (or spells otherwise), then a family name:
                    # the title's own holder's (وزير الخارجية الإيراني حسين عبداللهيان), or
                    # someone of another state's (رئيس الوزراء الإيرلندي سيمون هاريس: not
                    # Kamala Harris), read as part of the title
                    if self._may_hold(raws[at], states_named):
                        named = raws[at]
                    at += 1
                    last = raws[at - 1]
                if named is not None:
                    entry = named.has("person", "titled-person")
                    assert entry is not None  # noqa: S101
                    # الرئيس الحريري: of several persons so named, the one named in full
                    # before, else the one in office on the date
                    shared = self._person_ref(named, entry, result)
                    refs.append(attrs.evolve(shared, role=role, region=region, start=raw.start))
                elif found and not former:
                    for state, _ in found:
                        refs.append(
                            Ref(
                                "office",
                                role=role,
                                state=state,
                                region=region,
                                evidence=EvidenceKind.OFFICE,
                                start=raw.start,
                                end=last.end,
                            )
                        )
                elif (
                    not former
                    and self.tokens[raw.tok0].removeprefix(raw.prefix) not in _PLURAL_TITLES
                    and not (  # رئيس الحكومة المنتهية عبدالحميد الدبيبة: its own name follows
                        at < len(raws)
                        and raws[at].has("person", "titled-person")
                        and self._gap(last, raws[at]) <= 2  # noqa: PLR2004
                    )
                    and not self._appositive(result, raw, appositive_end)
                    and (antecedent := self._titled_before(role, result))
                ):
                    # سمو الأمير، الوزير، الأمين العام with no state: the one so titled before
                    refs.append(
                        attrs.evolve(
                            antecedent,
                            evidence=EvidenceKind.ANAPHOR,
                            start=raw.start,
                            end=last.end,
                            as_state=False,
                        )
                    )
                if not refs and self._appositive(result, raw, appositive_end):
                    appositive_end = last.tok1
                consumed = at
                end, tok1 = last.end, last.tok1
            elif counterpart is not None:
                found, at, _ = self._states_after(raws, index + 1)
                named, at = self._named_at(raws, at)
                if (
                    not found
                    and named is None
                    and at < len(raws)
                    and raws[at].has("title") is not None
                    and self._gap(raws[at - 1], raws[at]) <= 1
                ):
                    # ونظيره وزير الخارجية القبرصي، إيوانيس كاسوليدس: its own title and name
                    found, at, _ = self._states_after(raws, at + 1)
                    named, at = self._named_at(raws, at)
                last = raws[at - 1]
                if named is not None:
                    entry = named.has("person", "titled-person")
                    assert entry is not None  # noqa: S101
                    refs.append(
                        Ref(
                            "person",
                            entry.value,
                            evidence=EvidenceKind.NAME,
                            start=raw.start,
                            end=named.end,
                        )
                    )
                else:  # نظراءه السنغالي والجزائري والتونسي: one counterpart of each state
                    refs.extend(
                        Ref(
                            "counterpart",
                            state=state,
                            evidence=EvidenceKind.ANAPHOR,
                            start=raw.start,
                            end=last.end,
                        )
                        for state in ([code for code, _ in found] if found else [None])
                    )
                consumed = at
                end, tok1 = last.end, last.tok1
            elif pair is not None and (listed := self._pair_list(raws, index)) is not None:
                pair_role: str | None = pair.value or None
                members, at = listed
                for kind_, value, member in members:
                    entry = member.has("person")
                    if kind_ == "person" and entry is not None:
                        # البشير: of several persons so named, the one in office, as anywhere
                        member_ref = self._person_ref(member, entry, result)
                        refs.append(attrs.evolve(member_ref, role=pair_role))
                    else:
                        refs.append(_office_or_state(pair_role, value, raw.start, member.end))
                last = raws[at - 1]
                consumed = at
                end, tok1 = last.end, last.tok1
                pair_listed = True
            elif pair is not None:
                role = pair.value or ""
                found, at, _ = self._states_after(raws, index + 1, allow_gap=1)
                if found:
                    last = raws[at - 1]
                    refs.extend(
                        _office_or_state(role, state, raw.start, last.end) for state, _ in found
                    )
                    consumed = at
                    end, tok1 = last.end, last.tok1
                elif (
                    index + 1 < len(raws)
                    and raws[index + 1].has("person", "title")
                    and self._gap(raw, raws[index + 1]) <= 1
                ):
                    index += 1  # الرئيسين فلاديمير بوتين وجو بايدن: the names say who
                    continue
                else:
                    refs.append(
                        Ref(
                            "pair",
                            role=role or None,
                            evidence=EvidenceKind.ANAPHOR,
                            start=raw.start,
                            end=raw.end,
                        )
                    )
            elif generic is not None:
                found, at, _ = self._states_after(raws, index + 1, allow_gap=2)
                if (
                    found
                    and found[0][1].prefix.endswith("ب")
                    and self.tokens_match(raw.tok0, _cues()["envoy"], bare=True)
                ):
                    found = []  # سفير المملكة بموريتانيا: where he is posted, not his state
                    at = index + 1
                if not found:
                    found, at = self._delegation_from(raws, index)
                if found:
                    last = raws[at - 1]
                    anaphor = (
                        self._named_of(found[0][0], result)
                        if len(found) == 1 and generic.value in _ANAPHORIC_OFFICIALS
                        else None
                    )
                    if anaphor is not None:  # المسؤول الروسي after بوغدانوف: that person
                        refs.append(
                            Ref(
                                "person",
                                anaphor,
                                evidence=EvidenceKind.ANAPHOR,
                                start=raw.start,
                                end=last.end,
                            )
                        )
                    else:
                        refs.extend(
                            Ref(
                                "state",
                                state,
                                evidence=EvidenceKind.STATE,
                                start=raw.start,
                                end=last.end,
                            )
                            for state, _ in found
                        )
                    consumed = at
                    end, tok1 = last.end, last.tok1
                elif (
                    generic.extra != "official"  # وزير الدولة، وزير الخارجية: his own title
                    and not self.tokens_match(raw.tok1 + 1, _cues()["headed"], bare=False)
                    and index + 1 < len(raws)
                    and raws[index + 1].has("person", "title")
                    and self._gap(raw, raws[index + 1]) <= 1
                ):
                    index += 1
                    mark = len(result)
                    # the next designation stands for its state (إدارة الرئيس جو بايدن)
                    self._pending_state_mark = mark
                    continue
                else:
                    index += 1
                    continue
            elif raw.kinds.get("adjective") and (adjectives := self._noun_adjectives(raws, index)):
                # المحادثات الروسية الأمريكية: the states of the contact noun's adjectives
                refs.extend(
                    Ref(
                        "state",
                        state,
                        evidence=EvidenceKind.STATE,
                        start=member.start,
                        end=member.end,
                    )
                    for state, member in adjectives
                )
                last = adjectives[-1][1]
                consumed = index + len(adjectives)
                end, tok1 = last.end, last.tok1
                pair_listed = True
            elif person is not None:
                refs.append(self._person_ref(raw, person, result))
            elif entry := raw.kinds.get("group"):
                refs.append(
                    Ref(
                        "group",
                        entry.value,
                        evidence=EvidenceKind.STATE,
                        start=raw.start,
                        end=raw.end,
                    )
                )
            elif entry := raw.has("state", "institution", "organization"):
                kind = "org" if entry.kind == "organization" else "state"
                refs.append(
                    Ref(
                        kind, entry.value, evidence=EvidenceKind.STATE, start=raw.start, end=raw.end
                    )
                )
            elif capital is not None:
                refs.append(
                    Ref(
                        "state",
                        capital.value,
                        evidence=EvidenceKind.STATE,
                        start=raw.start,
                        end=raw.end,
                    )
                )
            elif raw.kinds.get("adjective") and not city:
                # an adjective alone is no side; والإيراني عباس عراقجي: its و joins the name
                if raw.prefix.startswith("و"):
                    conjoin_at = raw.tok1 + 1
                index += 1
                continue
            prep, lead = self._prep(raw)  # after the branches: only a designation needs it
            designation = Designation(
                conjoined=raw.prefix.startswith("و") or raw.tok0 == conjoin_at,
                listed=pair_listed,
                start=raw.start,
                end=end,
                tok0=raw.tok0,
                tok1=tok1,
                refs=refs,
                prep=prep,
                lead=lead,
                city=city.value if city else None,
                city_state=city.extra if city else None,
                place_state=(raw.kinds.get("state") or raw.kinds.get("capital") or _NO_ENTRY).value
                or None,
            )
            designation.counterpart = counterpart is not None
            if self._addition(raw):
                designation.prep = ""  # بالإضافة إلى وزير الخارجية: one more of a list
                designation.conjoined = True
            if (
                not designation.prep
                and raw.prefix.startswith("و")
                and result
                and result[-1].tok1 >= raw.tok0 - 1
                and result[-1].prep in _lexicon()["topic_preps"]
            ):
                designation.prep = result[-1].prep  # في سوريا وليبيا: both topics
            if self._pending_state_mark == len(result):
                for ref in refs:
                    ref.as_state = True
                self._pending_state_mark = -1
            if refs and self._city_country(designation, result):
                self.title_tokens.update(range(raw.tok0, tok1 + 1))  # no side, no distance
            elif refs and self._attendance and self._attending(designation.tok0):
                pass  # التقى الملك، بحضور ولي العهد، ...: present, not a side
            elif refs and self._messages and self._conveyed(designation.tok0):
                pass  # نقل تحيات الأمير إلى الملك: a message carried, its persons no sides
            elif (
                refs
                and designation.tok0 > 1
                and self.tokens[designation.tok0 - 1] in headed_words
                and self._delegation_head(designation, result)
            ):
                pass  # وفد روسي برئاسة X: X stands in the delegation's place
            elif refs or designation.city:
                if self._dateline(designation):
                    designation.refs = []  # عمان 27 كانون الثاني (بترا): where it was written
                result.append(designation)
            elif title is not None or generic is not None:
                self.title_tokens.update(range(raw.tok0, tok1 + 1))
            index = max(consumed, index + 1)
        return result


@attrs.frozen
class _NoEntry:
    value: str = ""


_NO_ENTRY: Final = _NoEntry()


def occurrence_is_verb_pair(doc: Doc, previous: int, token: int) -> bool:
    """Whether the contact words at *previous* and *token* are one phrase.

    بحث ... في أول اتصال: the subject of the verb is the subject of both.
    """
    return token - previous <= 8 and doc.sentence(previous) == doc.sentence(token)  # noqa: PLR2004


# --------------------------------------------------------------------------- one trigger


@attrs.define
class Side:
    """A resolved side: id, kind, country, role and its evidence spans (folded)."""

    id: str
    kind: ActorKind
    country: str | None
    role: str | None
    evidence: list[tuple[EvidenceKind, int, int, str | None]]


@attrs.define
class Occurrence:
    """One contact word with what its clause says."""

    trigger: Trigger
    tok0: int
    tok1: int
    sentence: int
    mention_end: int  # folded end of the mention (with a phone modifier)
    extra_mentions: list[tuple[int, int]]
    mode: str | None
    forum: bool
    refs: list[Ref]
    pairs: list[Ref]
    role_adjective: str | None
    status: Status | None
    future_date: bool
    date: DateMention | None
    vague_date: bool
    recalled: bool
    places: list[Designation]
    to_host: Designation | None
    has_with: bool
    first_person: Ref | None
    possessor: Ref | None = None
    speaker: Ref | None = None
    hosts: list[Ref] = attrs.Factory(list)  # the states of a trip to several (إلى تركيا وبريطانيا)
    one_by_one: bool = False  # one contact with each side listed (لقاءات ثنائية، أوراق اعتماد)


class Assembler:
    """Builds the events of one document."""

    def __init__(
        self,
        original: str,
        normalized: Normalized,
        *,
        reference: dt.date | None,
        dates: Sequence[DateMention],
        treaties: Sequence[TreatyMention],
        actors: Actors,
        near: Sequence[int] = (),
        tokens: Tokens | None = None,
    ) -> None:
        self.original = original
        self.doc = Doc(normalized, actors, near=near, tokens=tokens)
        self.reference = reference
        self.actors = actors
        self.treaties = treaties
        self._dates = dates
        self.date_tokens: set[int] = set()
        # only the sentences read token by token (around the contact words) are ever
        # asked for their dates: a text of date words keeps none of the others here
        self.dates_by_sentence: dict[int, list[tuple[int, int, DateMention]]] = {}
        sentence_of = self.doc.sentence_of
        for mention in dates:
            start, end = normalized.to_normalized(mention.start, mention.end)
            sentence = self.doc.sentence_at(start)
            index = bisect.bisect_left(sentence_of, sentence)
            if index == len(sentence_of) or sentence_of[index] != sentence:
                continue  # a sentence with no token read
            self.dates_by_sentence.setdefault(sentence, []).append((start, end, mention))
            first = self.doc.token_at(start)
            if first < len(self.doc.starts) and self.doc.starts[first] < end:
                self.date_tokens.update(range(first, self.doc.token_before(end) + 1))
        self.transparent = _transparent()
        self.trigger_tokens: list[int] = []
        self.noun_triggers: frozenset[int] = frozenset()  # the tokens of contact nouns
        self.mentions: dict[tuple[int, int], Mention] = {}  # by folded span, made once
        # where the future verb that made the last contact word planned stands, if one did
        self.future_verb_at: int | None = None
        # the persons named in the text who hold an office for a state on a day
        self._holders_named: dict[tuple[str, str, dt.date | None], list[str]] = {}

    @property
    def dates(self) -> Iterator[tuple[int, int, DateMention]]:
        """Every date of the document, with its folded span, in order (made as read)."""
        to_normalized = self.doc.normalized.to_normalized
        for mention in self._dates:
            yield (*to_normalized(mention.start, mention.end), mention)

    # ------------------------------------------------------------------ clause

    def _alights(self, tok0: int, tok1: int) -> bool:
        """Whether حلّ / حطّ opens its clause and a city with ب follows in its sentence."""
        doc = self.doc
        sentence = doc.sentence(tok0)
        if tok0 > 0 and doc.sentence(tok0 - 1) == sentence:
            previous = doc.tokens[tok0 - 1]
            if previous not in _ALIGHTING_OPENERS and previous not in _lexicon()["complementizers"]:
                return False
        return any(
            designation.city is not None
            and (designation.prep == "ب" or self._in_capital(designation))
            for designation in doc.in_sentence(sentence)
            if tok1 < designation.tok0 <= tok1 + 16  # (a day and a long title between)
        )

    def _in_capital(self, designation: Designation) -> bool:
        """Whether بالعاصمة (المغربية) / بمدينة comes right before the city named."""
        tokens = self.doc.tokens
        for at in range(designation.tok0 - 1, max(designation.tok0 - 3, -1), -1):
            word = tokens[at]
            if word.startswith("ب") and word[1:] in _CAPITAL_WORDS:
                return True
        return False

    def clause_start(self, token: int) -> int:
        """First token of the clause of *token*: after a bare complementizer or a colon."""
        doc = self.doc
        sentence = doc.sentence(token)
        complementizers = _lexicon()["complementizers"]
        at = token - 1
        sentence_of = doc.sentence_of
        tokens = doc.tokens
        colon_after = doc.colon_after
        while at >= 0 and sentence_of[at] == sentence and token - at <= _PRE_WINDOW:
            word = tokens[at]
            if word in complementizers or word == _QUESTION or word in _AFTER_WORDS:
                return at + 1
            if word == _THEN and at == token - 1:
                return token  # زار X الدوحة ثم توجه إلى الكويت: a clause of its own, X's
            if word in _CONTENT and at == token - 1 and tokens[token].startswith("ال"):
                # كشف ...، الخميس، فحوى الاتصال: the date is the disclosure's (not أطلع X على
                # تفاصيل لقائه: his meeting, the clause goes on to its subject)
                return token
            if word in _RELATIVES:
                # X الذي يزور القاهرة / أطلعه على نتائج زيارته: the clause of X, the
                # antecedent (a name or title, maybe with words unknown after it)
                antecedent = next(
                    (
                        item
                        for item in reversed(doc.in_sentence(sentence))
                        if at - 3 <= item.tok1 < at
                    ),
                    None,
                )
                if antecedent is not None:
                    return antecedent.tok0
            if at in colon_after:  # a colon between it and the next token
                return at + 1
            at -= 1
        return at + 1

    def _after_speaker(self, sentence: int, barrier: int, tok0: int) -> int:
        """*barrier*, or the token after a verb of saying whose own subject precedes *tok0*.

        ترامب يؤكد اعتزام ويتكوف لقاء بوتين: Trump says it; Witkoff is the side.
        """
        doc = self.doc
        for at in range(tok0 - 1, barrier - 1, -1):
            if doc.tokens[at] in _REPORTING or doc.bare_tokens[at] in _REPORTING:
                if any(
                    at < designation.tok0 and designation.tok1 < tok0 and not designation.prep
                    for designation in doc.in_sentence(sentence)
                    if any(ref.kind == "person" for ref in designation.refs)
                ):
                    return at + 1
                break
        return barrier

    def _denied_report(self, tok0: int) -> bool:
        """Whether a verb of denying and a report word come earlier in the sentence.

        نفى الوزير صحة الأنباء التي تداولتها ... بشأن إجرائه محادثات: the talks are denied,
        however far the report runs.
        """
        doc = self.doc
        reach = max(tok0 - 23, 0)
        if _DENIAL_VERBS.isdisjoint(doc.tokens[reach:tok0]) and _DENIAL_VERBS.isdisjoint(
            doc.bare_tokens[reach:tok0]
        ):
            return False  # (most sentences: no verb of denying in reach)
        sentence = doc.sentence(tok0)
        cues = _cues()
        for at in range(tok0 - 1, max(tok0 - 24, -1), -1):
            if doc.sentence_of[at] != sentence:
                break
            if doc.tokens[at] in _DENIAL_VERBS or doc.bare_tokens[at] in _DENIAL_VERBS:
                last = min(at + 10, tok0 - 1)  # the subject may come between
                return doc.any_phrase(at + 1, last, cues["denied_reports"], bare=True) is not None
        return False

    def _cue_before_clause(self, start: int, sentence: int, phrases: Phrases) -> bool:
        """Whether one of *phrases* stands right before the complementizer opening the clause."""
        doc = self.doc
        return (
            start > 0
            and doc.sentence(start - 1) == sentence
            and doc.tokens[start - 1] in _lexicon()["complementizers"]
            and doc.any_phrase(max(start - 4, 0), start - 2, phrases, bare=True) is not None
        )

    def _status(self, trigger: Trigger, tok0: int, tok1: int, start: int) -> Status | None:  # noqa: C901, PLR0911, PLR0912
        """The status the words around a contact word give it; notes :attr:`future_verb_at`."""
        self.future_verb_at = None
        doc = self.doc
        cues = _cues()
        sentence = doc.sentence(tok0)
        before = range(max(start, tok0 - 7), tok0)
        sentence_of = doc.sentence_of
        same = [at for at in before if sentence_of[at] == sentence]
        after_last = min(tok1 + 3, len(doc.tokens) - 1)
        while after_last > tok1 and doc.sentence(after_last) != sentence:
            after_last -= 1
        if same and doc.any_phrase(same[0], tok0 - 1, cues["denied"]) is not None:
            return Status.DENIED
        if self._denied_report(tok0):
            return Status.DENIED
        if doc.any_phrase(tok1 + 1, after_last, cues["proposed_after"], bare=True) is not None:
            return Status.PROPOSED
        if same and doc.any_phrase(same[0], tok0 - 1, cues["proposed"], bare=True) is not None:
            return Status.PROPOSED
        if self._cue_before_clause(start, sentence, cues["wish"]):
            return Status.PROPOSED  # يأمل البيت الأبيض أن يلتقي: a wish, not a plan
        if (
            trigger.word in _TRIPS
            and doc.tokens[tok0].startswith("ل")
            and any(
                doc.tokens[at] in _INVITING or doc.tokens[at] in _INVITATION_NOUNS
                for at in range(max(start, tok0 - _INVITATION_REACH), tok0)
            )
        ):
            # يدعو رئيس الوزراء العراقي لزيارة البيت الأبيض؛ دعوة الأمير إلى الرئيس لزيارة الدوحة
            return Status.PROPOSED
        if trigger.future:
            return Status.PLANNED
        if trigger.kind == "noun" and doc.tokens_match(tok1 + 1, cues["held_after"], bare=False):
            return None  # اتصال هاتفي جرى يوم السبت: it took place
        cue = doc.any_phrase(same[0], tok0 - 1, cues["planned"], bare=True) if same else None
        if cue is not None and (cue == 0 or doc.tokens[cue - 1] not in _NOT):
            return Status.PLANNED  # (أمر غير متوقع حصل خلال اجتماع: unexpected, not expected)
        if self._cue_before_clause(start, sentence, cues["planned"]):
            return Status.PLANNED  # من المقرر أن يصل: the cue is before the complementizer
        # a participle (متوجها) takes the tense of its verb further back (وسيغادر ... متوجها)
        # the last three words before it, a date between them not counted (سيجري خلال
        # الأسبوع المقبل زيارة)
        recent = [at for at in same if at not in self.date_tokens][-3:]
        for at in same if trigger.word in _PARTICIPLES else recent:
            if at in doc.name_tokens:
                continue  # سيرغي is a name, not a verb with the future prefix
            word = doc.tokens[at]
            if trigger.word in _PARTICIPLES and word[:1] in {"و", "ف"}:
                word = word[1:]
            if len(word) > 3 and word[0] == "س" and word[1] in "يتن":  # noqa: PLR2004
                self.future_verb_at = at  # its date may stand between (سيجري اليوم اتصالا)
                return Status.PLANNED  # سيعقد لقاء، ستجري محادثات
        clause_end = after_last
        while (
            clause_end + 1 < len(doc.tokens)
            and doc.sentence(clause_end + 1) == sentence
            and clause_end - tok1 < 8  # noqa: PLR2004
        ):
            clause_end += 1
        if doc.any_phrase(tok1 + 1, clause_end, cues["planned_after"], bare=True) is not None:
            return Status.PLANNED
        return None

    def occurrence(self, trigger: Trigger) -> Occurrence | None:  # noqa: C901, PLR0911, PLR0912, PLR0915
        doc = self.doc
        cues = _cues()
        lexicon = _lexicon()
        tok0 = doc.token_at(trigger.start)
        tok1 = doc.token_before(trigger.end)
        if tok0 >= len(doc.tokens) or tok1 < tok0:
            return None
        sentence = doc.sentence(tok0)
        previous = doc.tokens[tok0 - 1] if tok0 > 0 and doc.sentence(tok0 - 1) == sentence else ""
        bare_previous = doc.bare_tokens[tok0 - 1] if previous else ""
        if previous and (
            (
                bare_previous in cues["blocking"].bare
                and doc.tokens_match(tok0 - 1, cues["blocking"], bare=True)
            )
            or self._venue_before(tok0, sentence, visit=trigger.mode == "visit")
        ):
            return None
        recurring = doc.any_phrase(tok1 + 1, tok1 + _RECURRING_REACH, cues["recurring"], bare=True)
        if recurring is not None and doc.sentence(recurring) == sentence:
            return None  # التقاها في عدة مناسبات، التقى X مرات عدة: no one occasion
        mention_end = trigger.end
        extra: list[tuple[int, int]] = []
        mode = trigger.mode
        # a phone modifier right after (اتصال هاتفي) or a little later (تحدثت مع ... عبر الهاتف)
        phone_at = None
        phone = cues["phone"]
        sentence_of = doc.sentence_of
        bare_tokens = doc.bare_tokens
        # a later contact word has its own modifier (بحث ... ثم تلقى اتصالا هاتفيا)
        index = bisect.bisect_right(self.trigger_tokens, tok1)
        reach = min(tok1 + _PHONE_REACH, len(doc.tokens))
        if index < len(self.trigger_tokens):
            next_trigger = self.trigger_tokens[index]
            reach = min(reach, next_trigger)
            if (
                mode == "meeting"
                and next_trigger - tok1 <= _VIA_REACH
                and doc.tokens[next_trigger - 1] in _VIA
                and sentence_of[next_trigger] == sentence
                and doc.tokens_match(next_trigger + 1, phone, bare=True)
            ):
                mode = "phone"  # المحادثات، التي جرت عبر اتصال هاتفي: talks held by phone
        for at in range(tok1 + 1, reach):
            if sentence_of[at] != sentence:
                break
            if bare_tokens[at] not in phone.bare:
                continue
            length = doc.tokens_match(at, phone, bare=True)
            if length:
                phone_at = (at, length)
                break
        if phone_at is not None:
            at, length = phone_at
            if at == tok1 + 1:
                mention_end = doc.ends[at + length - 1]
                mode = "phone"
                tok1 = at + length - 1
            elif trigger.kind in {"speaking", "verb", "noun", "discussion"} and (
                mode in {None, "phone"}
            ):
                # تحدثت مع ... عبر الهاتف; بحث X وY هاتفيا (the sides between)
                extra.append((doc.starts[at], doc.ends[at + length - 1]))
                mode = "phone"
        if trigger.kind == "speaking" and mode == "phone" and phone_at is None:
            return None
        if (
            trigger.kind == "noun"
            and trigger.word == _CALLS
            and not self._calls_made(tok0)
            # اتصالات هاتفية لـX مع A وB: indefinite, with its modifier and caller, several calls
            and (
                doc.tokens[tok0].startswith("ال")
                or mention_end == trigger.end
                or not self._caller_after(tok1 + 1, sentence)
            )
        ):
            return None  # مواصلة الاتصالات، الاتصالات بين البلدين: ongoing, not one call
        arriving = trigger.kind == "verb" and trigger.word in _ARRIVING
        if (arriving or (trigger.kind == "noun" and trigger.word == _TOUR)) and not (
            self._to_follows(tok1, sentence, _ARRIVAL_REACH if arriving else _TOUR_REACH)
        ):
            # وصل (أبو مازن اليوم) إلى القاهرة: an arrival needs إلى a few words on; so
            # does a tour (جولة إلى الخليج، not جولته في المنطقة)
            return None
        if trigger.kind == "verb" and trigger.word in _ALIGHTING and not self._alights(tok0, tok1):
            return None
        forum = bool(
            tok1 + 1 < len(doc.tokens)
            and doc.sentence(tok1 + 1) == sentence
            and doc.tokens_match(tok1 + 1, cues["forum"], bare=True)
        )
        role_adjective = None
        if tok1 + 1 < len(doc.tokens) and doc.sentence(tok1 + 1) == sentence:
            role_adjective = _role_adjectives().get(doc.tokens[tok1 + 1])
        start = self.clause_start(tok0)
        status = self._status(trigger, tok0, tok1, start)
        # sides: before the word in its clause, and after it until the topic starts
        refs: list[Ref] = []
        pairs: list[Ref] = []
        places: list[Designation] = []
        to_host = None
        has_with = False
        # the last token of the window still in the sentence (sentence numbers ascend)
        last_of_sentence = bisect.bisect_right(doc.sentence_of, sentence) - 1
        # a day and words of address (يوم الأربعاء 16 أبريل 2025، سعادة السيد) do not count
        filler = lexicon["filler"]
        light = sum(
            1
            for at in range(tok1 + 1, min(tok1 + _WINDOW, last_of_sentence) + 1)
            if at in self.date_tokens or doc.tokens[at] in filler
        )
        aside_tokens = doc.asides(tok1 + 1, min(tok1 + _WINDOW, last_of_sentence))
        light += len(aside_tokens)
        window_end = max(tok1, min(tok1 + _WINDOW + light, len(doc.tokens) - 1, last_of_sentence))
        if any(
            doc.tokens[at] in _NAMELY or doc.including_before(at + 1)
            for at in range(tok1 + 1, window_end + 1)
        ):
            # ...، وهم سفيرة الاتحاد السويسري السيدة X، وسفير مالي السيد Y: a list to its end
            window_end = max(window_end, min(tok1 + _LIST_WINDOW, last_of_sentence))
        stop_at = window_end
        complementizers = lexicon["complementizers"]
        for at in range(tok1 + 2, window_end + 1):
            if doc.tokens[at] in complementizers:
                stop_at = at
                break
        index = bisect.bisect_left(self.trigger_tokens, tok0)
        previous_trigger = self.trigger_tokens[index - 1] if index > 0 else -1
        pre_designations: list[Designation] = []
        # زيارة المقداد السعودية وبعد اجتماع لدول عربية: no side before وبعد for this word
        # (and none before قبيل زيارته: his visit, whoever the clause names before)
        times = _TIME_WORDS | _PLAIN_TIME_WORDS if trigger.suffix in _POSSESSIVES else _TIME_WORDS
        barrier = next(
            (at for at in range(tok0 - 1, start - 1, -1) if doc.tokens[at] in times),
            start,
        )
        if (
            trigger.kind == "noun"
            and start <= previous_trigger < tok0 - 1
            and previous_trigger in self.noun_triggers
            and doc.tokens[tok0 - 1] in _PLAIN_TIME_WORDS
        ):
            # زيارة السيسي للخرطوم بعد زيارة البشير للقاهرة: the sides before بعد are the
            # first noun's (تصريحات لافروف بعد اجتماع: no word before; سيزور X الدوحة بعد
            # اتصال: a verb's subject, X in both)
            barrier = tok0
        barrier = self._after_speaker(sentence, barrier, tok0)
        time_clause = (
            previous_trigger > start
            and doc.sentence(previous_trigger) == sentence
            and doc.tokens[previous_trigger - 1] in _PLAIN_TIME_WORDS | _TIME_WORDS
        )
        invited = trigger.word in _TRIPS and doc.tokens[tok0].startswith("ل")
        for designation in doc.in_sentence(sentence):
            if (
                designation.tok1 >= tok0 or designation.tok1 < barrier
            ):  # a long title may open before
                continue
            if designation.tok0 <= previous_trigger and not occurrence_is_verb_pair(
                doc, previous_trigger, tok0
            ):
                continue
            if time_clause and designation.tok0 > previous_trigger:
                continue  # يتوجه البرهان بعد لقائه السيسي لزيارة ...: Sisi is the time clause's
            if (
                # (بين lists every side, the subject's too)
                (designation.prep in _WITH_EACH or designation.prep == "ب")
                and previous_trigger >= 0
                and designation.tok0 > previous_trigger
                and doc.sentence(previous_trigger) == sentence
                and designation.tok0 != start  # مع X، الذي تلقى دعوة: X opens the clause
                and self._clause_between(designation.tok1, tok0)
            ):
                # بحث X مع Y ...، ثم تلقى اتصالا من Z; اتصالا بالرئيس Y، كما أجرى اتصالا بـZ:
                continue  # Y was the word before's side
            if doc.sentence_of[designation.tok0] != sentence:
                continue
            if designation.prep in lexicon["to"]:
                if invited and self._invited_since(designation, start):
                    self._take(designation, refs, pairs)  # دعوة X إلى الرئيس Y لزيارة: the guest
                    pre_designations.append(designation)
                    continue
                if trigger.mode == "visit":
                    to_host = designation  # وصل X إلى بيروت في زيارة
                    if designation.city:
                        places.append(designation)
                continue
            if designation.prep == _FROM and self._invited_by(designation):
                self._take(designation, refs, pairs)  # دعوة من الرئيس X لزيارة: the host
                pre_designations.append(designation)
                continue
            if (
                designation.prep in lexicon["topic_preps"]
                or designation.prep in {"ل", "ك"}
                or (designation.prep == "ب" and designation.city)
            ):
                if (designation.city or designation.place_state) and tok0 - designation.tok1 <= 4:  # noqa: PLR2004
                    places.append(designation)
                continue
            if trigger.word in _PARTICIPLES and _place_only(designation):
                continue  # وسيغادر أردوغان موسكو متوجها إلى ...: the place left
            self._take(designation, refs, pairs)
            pre_designations.append(designation)
        pre_count = len(refs)
        # after the word: a chain of sides, each close to the last; a topic word ends
        # it, and a later بين or مع opens a list of sides again
        chain_end = tok1
        between = False
        free = 0
        listed_between = 0
        hosts: list[Designation] = []
        taken = 0
        taken_prep = ""
        last_taken: Designation | None = None
        listed = False
        refs_after = False
        index = bisect.bisect_right(self.trigger_tokens, tok1)
        next_trigger = (
            self.trigger_tokens[index] if index < len(self.trigger_tokens) else len(doc.tokens)
        )
        stop_at = min(stop_at, next_trigger - 1)
        # a list of sides may run past the window (التقى سموه معالي X وزير ...، ومعالي Y ...)
        list_end = stop_at
        if stop_at == window_end:
            list_end = min(last_of_sentence, next_trigger - 1)
            for at in range(window_end + 1, list_end + 1):
                if doc.tokens[at] in complementizers:
                    list_end = at
                    break
        for designation in doc.in_sentence(sentence):
            if designation.tok0 <= tok1 or designation.tok0 > list_end:
                continue
            if designation.tok0 > stop_at and not listed:
                break
            if all(ref.kind == "adjective" for ref in designation.refs) and not designation.city:
                continue  # وزير الخارجية وشؤون المصريين: an adjective alone is no side
            if designation.tok0 in aside_tokens and not designation.city:
                continue  # ، على هامش مشاركته في قمة الاتحاد الأفريقي، : no side
            if designation.city and self._after_forum_word(designation):
                continue  # صيغة أستانا: a format named after a city
            if self._own_session(trigger, tok1, designation):
                continue  # قبل اجتماع لحلف شمال الأطلسي: the organization meets, no side
            if (
                trigger.kind == "noun"
                and self._agent(designation)
                and not any(
                    ref.kind == "person" and any(ref.value == r.value for r in refs)
                    for ref in designation.refs
                )
            ):
                # مراسم استقبال جرت لـX ... من قبل Y: the agent of a passive, a side however far
                self._take(designation, refs, pairs)
                chain_end = designation.tok1
                continue
            if (
                designation.prep == "ل"
                and taken == 0
                and trigger.kind == "noun"
                and trigger.mode != "visit"
                and designation.tok0 - tok1 <= _HEADLINE_AGENT_GAP
                and any(ref.kind in {"person", "office"} for ref in designation.refs)
                and self._with_after(designation.tok1, list_end)
            ):
                # اتصالات هاتفية لجلالة السلطان مع أمير قطر والرئيس الإيراني: the one who called
                self._take(designation, refs, pairs)
                taken += 1
                free += 1
                chain_end = designation.tok1
                continue
            if (designation.city or designation.place_state) and self._after_place_noun(
                designation
            ):
                places.append(designation)  # إلى مطار مسقط الدولي: where, not who
                chain_end = designation.tok1
                continue
            gap, opened, between = self._gap_after(
                chain_end,
                designation.tok0 if designation.lead < 0 else designation.lead,
                between=between,
                reopen=trigger.kind != "discussion",
                asides=aside_tokens,
            )
            if designation.prep in lexicon["to"]:
                # (إلى itself, a topic word, counts 3 in the gap)
                if trigger.mode == "visit" and (
                    gap <= 5  # noqa: PLR2004
                    or self._visit_clause(chain_end, designation.tok0)
                ):
                    to_host = designation
                    hosts.append(designation)
                    if designation.city:
                        places.append(designation)
                    chain_end = designation.tok1
                continue
            if hosts and gap == 0 and self._conjoined(designation) and designation.place_state:
                hosts.append(designation)  # زيارة إلى تركيا وبريطانيا: a second host
                chain_end = designation.tok1
                continue
            if (
                designation.prep == "من"
                and mode == "phone"
                and gap <= 2  # noqa: PLR2004
                and (not refs_after or (designation.conjoined and _several_calls(trigger)))
            ):
                # تلقى اتصالا هاتفيا من نظيره: the caller
                self._take(designation, refs, pairs)
                refs_after = True
                chain_end = designation.tok1
                continue
            if designation.prep == "ب" and designation.city:
                if trigger.word in _ALIGHTING and to_host is None:
                    to_host = designation  # حلّ الوزير بنواكشوط: the host
                    hosts.append(designation)
                places.append(designation)  # بالرباط: where, not who
                chain_end = designation.tok1
                continue
            if designation.prep in lexicon["topic_preps"]:
                if (
                    designation.prep == "في"
                    and (designation.city or designation.place_state)
                    and gap <= 4  # noqa: PLR2004
                ):
                    places.append(designation)
                    chain_end = designation.tok1
                continue
            if opened:
                has_with = True
            # و before the first side joins titles (نائب رئيس الوزراء ووزير الخارجية), not sides
            same_prep = designation.prep == taken_prep and designation.conjoined
            conjoined = (
                (designation.prep == "" or same_prep) and taken > 0 and self._conjoined(designation)
            )  # بالرئيس X، وبأمين عام الجامعة Y: the same preposition again after و
            second = trigger.kind != "noun" and free == 1 and gap <= 4  # noqa: PLR2004
            # a verb has a subject and an object; a noun one complement (لقائه لافروف), a
            # visit also the place visited (زيارة وزير الخارجية السوري السعودية)
            most = (
                2
                if trigger.kind != "noun"
                or (trigger.mode == "visit" and (designation.place_state or designation.city))
                # لقاء الرئيس X بالسفير Y: the one met, after ب
                or (trigger.mode != "visit" and designation.prep == "ب" and not designation.city)
                else 1
            )
            if trigger.kind != "noun" and free == 1 and designation.counterpart and gap <= 8:  # noqa: PLR2004
                second = True  # استقبل X، اليوم بالقاعة الشرفية بمطار ...، نظيره السوري
            if (
                not (opened or conjoined)
                and gap <= 6  # noqa: PLR2004
                and (listed or free >= most)
            ):
                # X وزير خارجية جورجيا، ومعالي Y: the office of the side before, not a side
                chain_end = designation.tok1
                continue
            if not (opened or gap <= 2 or second or (between and conjoined and gap <= 6)):  # noqa: PLR2004
                if gap > 6:  # noqa: PLR2004
                    break
                continue
            if opened or conjoined:
                listed = True
            else:
                # a verb has a subject and an object; a noun one complement (لقائه لافروف);
                # after a list (بين X وY) nothing more
                if listed or free >= most:
                    continue
                if not (gap == 0 and self._own_title(last_taken, designation)):
                    free += 1  # التقى X وزير الخارجية الأردني اليوم Y: X's own title, no side
            if trigger.word in _LEAVING and _place_only(designation):
                places.append(designation)  # غادر موسكو: the place left, not a side
                chain_end = designation.tok1
                continue
            if trigger.mode == "visit" and to_host is None and self._states_listed(designation):
                to_host = designation  # لزيارة السعودية والإمارات: one visit to each
                hosts.append(designation)
                chain_end = designation.tok1
                continue
            before_take = len(refs)
            self._take(designation, refs, pairs)
            last_taken = designation
            if between and (opened or conjoined):
                listed_between += len(refs) - before_take
            taken += 1
            taken_prep = designation.prep
            if designation.city and trigger.mode == "visit":
                places.append(designation)  # زار موسكو: the city visited is the place
                if not designation.refs and designation.city_state and not designation.prep:
                    # زار X بنغازي: a city that is no capital; its state receives the visit
                    state = designation.city_state
                    refs.append(_office_or_state(None, state, designation.start, designation.end))
                    to_host = to_host or designation
            chain_end = designation.tok1
        if not refs and (hosts or to_host is not None) and trigger.kind == "verb":
            subject = None if trigger.suffix else self._sequel_subject(tok0, sentence)
            if subject is not None:
                refs.append(subject)  # يلتقي الملك X، قبل أن يتوجه إلى المجر: the king goes
                first = bisect.bisect_left(doc.sentence_of, sentence)
                index = bisect.bisect_left(self.trigger_tokens, tok0) - 1
                main = self.trigger_tokens[index] if index >= 0 else -1
                if status is None and (
                    doc.any_phrase(first, tok0 - 1, cues["planned"], bare=True)
                    or (main >= first and doc.tokens[main].removeprefix("و").startswith(_WILL))
                ):
                    status = Status.PLANNED  # ومن المقرر أن يلتقي / سيلتقي ...، ثم يتوجه: to come
        if trigger.mode == "visit":
            inviter = self._inviter_after(tok1, min(next_trigger - 1, last_of_sentence), refs)
            if inviter is not None:
                self._take(inviter, refs, pairs)  # زيارة ... تلبية لدعوة من الرئيس X: the host
                to_host = to_host or inviter
        namely = any(  # (a list after وهم names those met, not every side as بين does)
            doc.tokens[at] in _NAMELY for at in range(tok1 + 1, min(chain_end, window_end) + 1)
        )
        if listed_between >= 2 and pre_count and not namely:  # noqa: PLR2004
            # تستضيف الدوحة جولة من المحادثات بين الولايات المتحدة وإيران: the بين list
            # names the sides; a city before the word is where
            places.extend(item for item in pre_designations if item.city)
            del refs[:pre_count]
        speaker = None
        personal = start > 0 and doc.tokens[start - 1] in _PRONOUN_COMPLEMENTIZERS
        # أعلن لافروف أنه مستعد للقاء روبيو: the clause is one word of intent, then the word
        intending = personal and tok0 == start + 1 and doc.tokens[start] in _INTENT_WORDS
        if (
            (
                has_with
                or intending
                or (personal and trigger.kind == "verb" and not trigger.suffix)  # إنه سيلتقي
            )
            and len(refs) == 1
            and start > 0
            and doc.sentence(start - 1) == sentence
        ):
            # أعلن بوتين أنه سيجري محادثة مع ...: أنه is the speaker, a side in person
            # (so in قال الوزير إنه استقبل X); قال عراقجي إن من المقرر عقد محادثات مع ...:
            # his state is the side
            speaker = self._reporter(
                start, sentence, as_state=trigger.kind == "noun" and not (personal or intending)
            )
        possessor = None
        if trigger.suffix in {"ه", "ها"} or self._gathered(tok1):
            possessor = self._possessor(tok0, sentence)
        if not refs:
            # عقب اجتماع ... اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان
            for designation in doc.in_sentence(sentence):
                if designation.listed and doc.sentence(designation.tok0) == sentence:
                    self._take(designation, refs, pairs)
                    break
        if (
            pre_count == 0
            and has_with
            and refs
            and trigger.kind in {"verb", "discussion"}
            and not trigger.suffix
            and not trigger.word.endswith(("ا", "وا"))
        ):
            # وهكذا أجرى بوريطة مباحثات ... كما تباحث مع كل من X وY: the subject of the
            # sentence before
            subject = self._previous_subject(sentence)
            if subject is not None and all(ref.value != subject.value for ref in refs):
                refs.insert(0, subject)
        if (
            pre_count == 0
            and len(refs) == 1
            and trigger.kind == "noun"
            and self._subjectless_light_verb(tok0, start)
        ):
            # ... بالرئيس الجزائري. كما أجرى اتصالا بالرئيس التونسي: the caller named before
            subject = self._previous_subject(sentence)
            if subject is not None and _who(subject) != _who(refs[0]):
                refs.insert(0, subject)
        if len(refs) == 1 and self._came_of(tok0, sentence):
            # أكد X ... جاء ذلك خلال اتصال هاتفي تلقاه من Y: X, the sentence before's subject
            subject = self._previous_subject(sentence)
            if subject is not None and subject.value != refs[0].value:
                refs.insert(0, subject)
        first_person = None
        if (
            trigger.kind in {"verb", "speaking", "discussion"}
            and trigger.word.endswith("ت")
            and len(refs) < 2  # noqa: PLR2004
        ):
            first_person = self._speaker(tok0)
        verb_at = self.future_verb_at
        date, vague = self._date(
            tok0,
            tok1,
            start if verb_at is None else verb_at,
            stop_at,
            after_only=status not in {None, Status.HELD}
            and trigger.word not in _PARTICIPLES
            and verb_at is None,
            noun=trigger.word if trigger.kind == "noun" else None,
        )
        offset = self._day_offset(tok0)
        if offset is not None:
            date, vague = offset, False
        if date is None and not vague and self._came_of(tok0, sentence):
            date = self._previous_date(sentence)  # أكد X اليوم الأحد ... جاء ذلك خلال لقاء
        recall_at = doc.any_phrase(tok1 + 1, min(tok1 + 2, len(doc.tokens) - 1), cues["recalled"])
        recalled = bool(
            (
                recall_at is not None
                # خلال المحادثات، التي جرت عبر اتصال هاتفي: during the talks the text reports,
                # not an earlier contact the relative clause recalls (خلال لقائهما الأخير is)
                and not (
                    tok0 > 0
                    and doc.tokens[tok0 - 1] in _DURING_WORDS
                    and doc.tokens[recall_at] in _RELATIVES
                )
            )
            or (tok0 > 0 and doc.tokens[tok0 - 1] in _RECALLED_BEFORE)  # آخر لقاء بين
            or self._pluperfect(tok0, start)
        )
        future_date = bool(
            date is not None
            and self.reference is not None
            and date.first is not None
            and date.first > self.reference
        )
        if _owned_talks(trigger, has_with=has_with, pre_count=pre_count, refs=refs):
            # اطلع الرئيس الأمريكي سمو الأمير على نتائج مباحثاته مع X: his talks with X,
            # not a meeting of all three (the subject, the first named, owns them)
            refs = [refs[0], *refs[pre_count:]]
        return Occurrence(
            trigger=trigger,
            tok0=tok0,
            tok1=tok1,
            sentence=sentence,
            mention_end=mention_end,
            extra_mentions=extra,
            mode=mode,
            forum=forum,
            refs=refs,
            pairs=pairs,
            role_adjective=role_adjective,
            status=status,
            future_date=future_date,
            date=date,
            vague_date=vague,
            recalled=recalled,
            places=places,
            to_host=to_host,
            has_with=has_with,
            first_person=first_person,
            possessor=possessor,
            speaker=speaker,
            hosts=_distinct_hosts(hosts),
            one_by_one=trigger.word in _ONE_BY_ONE
            or (mode == "phone" and self._from_each(tok1))
            or (
                trigger.word in _SERIES
                and tok1 + 1 < len(doc.tokens)
                and doc.tokens[tok1 + 1] in _BILATERAL
            ),
        )

    def _to_follows(self, tok1: int, sentence: int, reach: int) -> bool:
        """Whether إلى comes within *reach* words after token *tok1*, in its sentence.

        The words of a date, a name or a title do not count (وصل رئيس وزراء باكستان، السيد
        محمد شهباز شريف، اليوم الخميس 12 مارس 2026 (الموافق ...) إلى محافظة جدة).
        """
        doc = self.doc
        to_words = _lexicon()["to"]
        counted = 0
        for at in range(tok1 + 1, len(doc.tokens)):
            if doc.sentence(at) != sentence or counted >= reach:
                return False
            if doc.tokens[at] in to_words or doc.tokens[at] in _TOUR_INCLUDES:
                return True  # (a tour's list: جولة إفريقية تشمل السنغال ومالي)
            if not (at in self.date_tokens or at in doc.name_tokens or at in doc.title_tokens):
                counted += 1
        return False

    def _venue_before(self, tok0: int, sentence: int, *, visit: bool) -> bool:
        """Whether a venue word comes before the meeting word at *tok0* (على هامش القمة).

        At most two words of participation may stand between (على هامش مشاركته في اجتماع).
        A word of framework (في إطار القمة) only before a meeting word, not a visit word.
        """
        doc, venue = self.doc, _cues()["venue"]
        at = tok0 - 1
        while at >= max(0, tok0 - 3) and doc.sentence(at) == sentence:
            if doc.bare_tokens[at] in venue.bare and doc.tokens_match(at, venue, bare=True):
                return True
            if not visit and doc.bare_tokens[at] in _FRAMEWORK:
                return True
            if doc.tokens[at] not in _PARTICIPATION:
                return False
            at -= 1
        return False

    def _previous_date(self, sentence: int) -> DateMention | None:
        """The first day written in the sentence before *sentence* (over an empty line)."""
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        if first == 0:
            return None
        previous = doc.sentence_of[first - 1]
        return next(
            (
                mention
                for _, _, mention in self.dates_by_sentence.get(previous, ())
                if _CONCRETE.match(mention.value)
            ),
            None,
        )

    def lasts_days(self, sentence: int) -> bool:
        """Whether *sentence* says a visit lasts several days (تستغرق 3 أيام، لمدة يومين)."""
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        lasting, units = _lexicon()["lasting"], _lexicon()["days"]
        return any(
            doc.bare_tokens[at] in lasting
            and any(doc.bare_tokens[after] in units for after in range(at + 1, min(at + 3, last)))
            for at in range(first, last)
        )

    def _came_of(self, tok0: int, sentence: int) -> bool:
        """Whether the sentence opens with جاء ذلك (خلال ...) before the contact word.

        Not when the contact word is what came (وجاءت زيارة X بدعوة من ...: its subject).
        """
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        length = doc.tokens_match(first, _cues()["came_of"], bare=False) if first < tok0 else 0
        return bool(length) and first + length < tok0

    def _subjectless_light_verb(self, tok0: int, start: int) -> bool:
        """Whether a call verb with no subject opens the clause of the noun at *tok0*.

        كما أجرى اتصالا، وتلقى اتصالا: the verb right before the noun, only clause openers
        (كما، قد) before the verb.
        """
        tokens = self.doc.tokens
        verb = tok0 - 1
        if verb < start or tokens[verb].removeprefix("و") not in _PLURAL_CALL_VERBS:
            return False
        return all(tokens[at] in _CLAUSE_OPENERS or tokens[at] in _QAD for at in range(start, verb))

    def _from_each(self, tok1: int) -> bool:
        """Whether من كل من follows a call word closely: a call from each (تلقى اتصالا من كل من)."""
        return any(self._from_each_at(at, len(self.doc.tokens)) for at in range(tok1 + 1, tok1 + 4))

    def _from_each_at(self, at: int, before: int) -> bool:
        """Whether من كل من starts at token *at* and ends before token *before*."""
        tokens = self.doc.tokens
        return (
            at + 2 < min(before, len(tokens))
            and tokens[at] == _FROM
            and tokens[at + 1] in _EACH
            and tokens[at + 2] == _FROM
        )

    def _sequel_subject(self, tok0: int, sentence: int) -> Ref | None:
        """The subject a travel verb with none of its own takes from its sentence, if any.

        After قبل أن، بعد أن، ثم (يلتقي الملك الأردني الرئيس الإيطالي، قبل أن يتوجه إلى
        المجر): the first person the sentence names with no preposition before the verb.
        """
        doc = self.doc
        before = doc.tokens[tok0 - 2 : tok0] if tok0 >= 2 else []  # noqa: PLR2004
        that = len(before) == 2 and before[1] == _THAT and before[0] in _SEQUEL_WORDS  # noqa: PLR2004
        if not (that or (before and before[-1] in _SEQUEL_WORDS)):
            return None
        first = bisect.bisect_left(doc.sentence_of, sentence)
        verb = tok0 - 2 if that else tok0 - 1
        starts = [first]
        for at in range(verb - 1, first - 1, -1):
            word = doc.tokens[at]
            if word in _RECEIVING_VERBS:
                return None  # استقبل X الضيف Y، قبل أن يغادر: who leaves is not said plainly
            if word in _CLAUSE_THAT and self._trigger_between(at, verb):
                # قال X إن الرئيس سيلتقي ...، ثم يزور: the reported clause's subject first
                starts.insert(0, at + 1)
                break
        for low in starts:
            for item in doc.in_sentence(sentence):
                if item.tok0 >= tok0:
                    break
                if item.tok0 < low:
                    continue
                people = [ref for ref in item.refs if ref.kind in {"person", "office"}]
                if item.prep == "" and len(people) == 1:
                    return attrs.evolve(people[0], evidence=EvidenceKind.ANAPHOR)
        return None

    def _trigger_between(self, low: int, high: int) -> bool:
        """Whether a contact word stands strictly between tokens *low* and *high*."""
        index = bisect.bisect_right(self.trigger_tokens, low)
        return index < len(self.trigger_tokens) and self.trigger_tokens[index] < high

    def _previous_subject(self, sentence: int) -> Ref | None:
        """The person a sentence before *sentence* opens with (its subject), if any."""
        doc = self.doc
        for before in range(sentence - 1, max(sentence - 4, -1), -1):
            items = doc.in_sentence(before)
            if not items:
                continue
            for item in items:
                people = [ref for ref in item.refs if ref.kind in {"person", "office"}]
                if item.prep == "" and len(people) == 1:
                    return attrs.evolve(people[0], evidence=EvidenceKind.ANAPHOR)
            return None
        return None

    def _gap_after(  # noqa: C901 (one walk over the words between, a case per kind of word)
        self,
        chain_end: int,
        token: int,
        *,
        between: bool,
        reopen: bool = True,
        asides: frozenset[int] = _NO_TOKENS,
    ) -> tuple[int, bool, bool]:
        """How far *token* is from the chain of sides, and whether a list is open.

        Returns the tokens between that are not transparent, whether a بين/مع opened
        a list right before *token*, and whether a بين list is open.
        """
        doc = self.doc
        lexicon = _lexicon()
        gap = 0
        opened = False
        tokens, bare_tokens = doc.tokens, doc.bare_tokens
        with_words, stop, filler = lexicon["with"], lexicon["stop"], lexicon["filler"]
        adverbs, skip_to = _cues()["adverb"], chain_end + 1
        for at in range(chain_end + 1, token):
            word = tokens[at]
            if at < skip_to or at in asides:
                continue
            if word in adverbs.exact:
                length = doc.tokens_match(at, adverbs, bare=False)
                if length and at + length <= token:
                    skip_to = at + length  # في وقت سابق: no gap
                    continue
            if doc.including_before(at + 1):
                gap = 0  # كبار المسؤولين، وعلى رأسهم X: a member of the group, no gap
                continue
            if opened and (
                (word in _EACH and at + 1 < len(tokens) and tokens[at + 1] == _FROM)
                or (word == _FROM and tokens[at - 1] in _EACH)
            ):
                continue  # مع كل من X وY: the list goes on
            if (gap == 0 or opened) and self._from_each_at(at, token):
                opened, between, gap = True, False, 0  # اتصالا من كل من X وY: each a caller
                skip_to = at + 3
                continue
            if word in with_words or word in _NAMELY:  # (...، وهم X وY: a list as بين's)
                previous = tokens[at - 1] if at > 0 else ""
                before = bare_tokens[at - 2] if at > 1 else ""
                if (
                    previous in stop
                    or _strip_article(previous) in stop
                    or before.removeprefix("و") in _RELATIONS  # التعاون المشترك بين
                    or (previous in _BINDING and self._bond_of_relation(at - 1))
                    or bare_tokens[at - 1] in _EXCHANGED  # تبادل السجناء بين روسيا و...
                    or (word != _WITH and self._relation_before(chain_end, at))
                    or (not reopen and gap >= 3)  # noqa: PLR2004 (بحثا سبل وقف النار بين ...)
                    or (word == _WITH and gap >= 6)  # noqa: PLR2004 (... والتنسيق المستمر مع)
                ):
                    opened = False  # العلاقات بين موسكو وواشنطن: a topic
                    between = False
                    gap += 3
                    continue
                opened = True
                between = word != "مع"
                gap = 0
                continue
            if (word in stop or bare_tokens[at] in stop) and not (
                at == chain_end + 1 and word in _ANOTHER  # اتصالا آخر بالرئيس: another call
            ):
                opened = False
                between = False
                gap += 3
                continue
            if (
                at in self.date_tokens
                or at in doc.title_tokens
                or word in filler
                or word in self.transparent
                or self._in_building(at)
            ):
                continue
            gap += 1
            opened = False
        return gap, opened, between

    def _own_title(self, named: Designation | None, designation: Designation) -> bool:
        """Whether *designation*, an office right after the person *named*, is his title.

        أيمن الصفدي وزير الخارجية الأردني: an office the person has held in the table, for
        the same state, written after his name, names him again and no second side.
        """
        if named is None or not designation.refs:
            return False
        persons = self.actors.persons
        held = {
            (office.role, office.state)
            for ref in named.refs
            if ref.kind == "person" and ref.value in persons
            for office in persons[ref.value].offices
        }
        return bool(held) and all(
            ref.kind == "office" and (ref.role, ref.state) in held for ref in designation.refs
        )

    def _visit_clause(self, chain_end: int, token: int) -> bool:
        """Whether only a visit's relative clause and إلى stand between the chain and *token*.

        الزيارة الرسمية التي يقوم بها إلى العاصمة الرياض: the destination after it.
        """
        lexicon = _lexicon()
        words = self.doc.tokens[chain_end + 1 : token]
        return len(words) <= _VISIT_CLAUSE_MOST and all(
            word in _VISIT_CLAUSE
            or word in lexicon["to"]
            or word in lexicon["filler"]
            or word in _CAPITAL_WORDS
            for word in words
        )

    def _clause_between(self, first: int, last: int) -> bool:
        """Whether a new clause opens between tokens *first* and *last* (ثم، كما، a comma)."""
        doc = self.doc
        if any(doc.tokens[at] in _CLAUSE_OPENERS for at in range(first + 1, last)):
            return True
        return _COMMA.search(doc.text, doc.ends[first], doc.starts[last]) is not None

    def _in_building(self, at: int) -> bool:
        """Whether token *at* is a building noun or the one word naming it (بقصر قرطاج).

        استقبل الرئيس صباح اليوم بقصر قرطاج وزير ...: where, which a list of sides runs over.
        """
        bare_tokens = self.doc.bare_tokens
        word = bare_tokens[at]
        if word in _PLACE_NOUNS or word[1:] in _PLACE_NOUNS:  # قصر، بقصر، لمقر
            return True
        previous = bare_tokens[at - 1] if at > 0 else ""
        return previous in _PLACE_NOUNS or previous[1:] in _PLACE_NOUNS

    def _bond_of_relation(self, verb: int) -> bool:
        """Whether the bond verb at ``verb`` follows a relation noun (العلاقات التي تجمع).

        Then its بين is a topic; after a contact word (قمة جمعت بين) it lists the sides.
        """
        bare = self.doc.bare_tokens
        return any(
            bare[k].removeprefix("و") in _RELATIONS for k in range(max(verb - _BOND_REACH, 0), verb)
        )

    def _relation_before(self, chain_end: int, at: int) -> bool:
        """Whether a relation word comes shortly before بين, after the contact word.

        تطرقت المحادثة إلى الروابط الأخوية الوطيدة القائمة بين تونس والجزائر: the states of
        the relations talked about, not the sides of the talk.
        """
        bare_tokens = self.doc.bare_tokens
        return any(
            bare_tokens[k].removeprefix("و") in _RELATIONS
            for k in range(max(chain_end + 1, at - 4), at - 1)
        )

    def _invited_by(self, designation: Designation) -> bool:
        """Whether the phrase is who invites: دعوة (رسمية) من X، الدعوة الموجهة من X."""
        return self._invitation_before(designation, designation.tok0 - 4, verbs=False)

    def _inviter_after(self, tok1: int, last: int, refs: Sequence[Ref]) -> Designation | None:
        """Who invited, named after a visit word and not a side yet, if anyone.

        زيارة رسمية إلى تركيا غدا، تلبية لدعوة من الرئيس التركي: the inviter receives the visit.
        """
        doc = self.doc
        taken = {(ref.value, ref.role, ref.state) for ref in refs}
        for designation in doc.in_sentence(doc.sentence_of[tok1]):
            if designation.tok0 <= tok1:
                continue
            if designation.tok0 > last:
                break
            if (
                designation.prep in {"", _FROM}
                and any(ref.kind in _INVITERS for ref in designation.refs)
                and all((ref.value, ref.role, ref.state) not in taken for ref in designation.refs)
                and self._invited_by(designation)
            ):
                return designation
        return None

    def _invited_since(self, designation: Designation, start: int) -> bool:
        """Whether an invitation (دعا، دعوة) opens the clause before *designation*."""
        first = max(start, designation.tok0 - _INVITATION_REACH)
        return self._invitation_before(designation, first, verbs=True)

    def _invitation_before(self, designation: Designation, first: int, *, verbs: bool) -> bool:
        """Whether an invitation noun (or, with *verbs*, verb) is in tokens [first, the phrase)."""
        doc = self.doc
        return any(
            doc.bare_tokens[at] in _INVITATIONS or (verbs and doc.tokens[at] in _INVITING)
            for at in range(max(first, 0), designation.tok0)
        )

    def _agent(self, designation: Designation) -> bool:
        """Whether من قبل (by) comes right before the phrase: the agent of a passive."""
        at = designation.tok0
        tokens = self.doc.tokens
        return at >= 2 and tokens[at - 1] == _BEFORE and tokens[at - 2] == _FROM  # noqa: PLR2004

    def _after_place_noun(self, designation: Designation) -> bool:
        """Whether a building or site noun comes right before the phrase (مطار مسقط)."""
        at = designation.tok0 - 1
        if at < 0 or designation.prep:
            return False
        word = self.doc.bare_tokens[at]
        if word in _PLACE_NOUNS or word[1:] in _PLACE_NOUNS:  # بمطار، لمقر
            return True
        # في بودابست عاصمة المجر: the capital's state, after a city, says where it is
        return (
            self.doc.tokens[at].removeprefix("و") == _CAPITAL_OF
            and at > 0
            and any(
                item.tok1 == at - 1 and item.city
                for item in self.doc.in_sentence(self.doc.sentence_of[at])
            )
        )

    def _after_forum_word(self, designation: Designation) -> bool:
        """Whether a forum word comes right before the phrase (صيغة أستانا، مسار جنيف)."""
        at = designation.tok0 - 1
        return at >= 0 and bool(self.doc.tokens_match(at, _cues()["forum"], bare=True))

    def _own_session(self, trigger: Trigger, tok1: int, designation: Designation) -> bool:
        """Whether *designation* is an organization whose own session the word names.

        اجتماع لحلف شمال الأطلسي، قمة للاتحاد الأفريقي، اجتماع مجلس جامعة الدول العربية: the
        organization is the forum (its members meet), not a counterpart of the persons around
        the word.
        """
        at = tok1 + 1
        if at < designation.tok0 and self.doc.bare_tokens[at] in _SESSION_BODIES:
            at += 1  # اجتماع مجلس جامعة الدول العربية: the council of the organization
        return (
            trigger.kind == "noun"
            and designation.tok0 == at
            and designation.prep in {"ل", ""}
            and bool(designation.refs)
            and all(
                ref.kind == "org"
                or (ref.kind == "state" and ref.value in self.actors.organizations)
                for ref in designation.refs
            )
        )

    def _states_listed(self, designation: Designation) -> bool:
        """Whether a bare state name is the first of a list of states (السعودية والإمارات)."""
        if designation.prep or not designation.place_state or not _place_only(designation):
            return False
        items = self.doc.in_sentence(self.doc.sentence(designation.tok0))
        following = next((item for item in items if item.tok0 > designation.tok1), None)
        return bool(
            following is not None
            and following.tok0 == designation.tok1 + 1
            and following.place_state
            and _place_only(following)
            and self._conjoined(following)
        )

    def _after_unknown_title(self, designation: Designation) -> bool:
        """Whether a و opens a title whose state the table lacks right before the phrase.

        ورئيس جمهورية السينغال ماكي سال: the title and its state are no designation, so the و
        on the title's first word joins the person named after them.
        """
        doc = self.doc
        at = designation.tok0 - 1
        stop = _lexicon()["stop"]
        for head in range(at, max(designation.tok0 - _UNKNOWN_TITLE_MOST - 1, -1), -1):
            word = doc.tokens[head]
            if head in doc.name_tokens or word in stop or doc.sentence(head) != doc.sentence(at):
                return False
            if word.startswith("و") and word[1:] in _TITLE_HEADS and head < at:
                return True
        return False

    def _conjoined(self, designation: Designation) -> bool:
        """Whether the phrase is the second of a list: وY، X – Y, or Y in X، Y وZ."""
        doc = self.doc
        text = doc.text
        if designation.conjoined or self._after_unknown_title(designation):
            return True
        at = designation.tok0 - 1
        filler = _lexicon()["filler"]
        titled = doc.title_tokens
        while at > max(designation.tok0 - 6, -1):
            word = doc.tokens[at]
            if word == _AND or (
                word.startswith("و")
                and (word[1:] in filler or (at in titled and word[1:] in _TITLE_HEADS))
            ):
                # ومعالي جاستن تكاتشينكو: the و is on the word of address; ونائب رئيس مجلس
                # الوزراء وزير الخارجية فؤاد حسين: on the first title of two; ، و الأمير
                # فيصل: a و written apart from its word
                return True
            if word not in filler and doc.bare_tokens[at] not in filler and at not in titled:
                break
            at -= 1
        if any(  # والإيراني عباس عراقجي: the و is on the adjective before the name
            other.tok1 == designation.tok0 - 1
            and other.conjoined
            and all(ref.kind == "adjective" for ref in other.refs)
            for other in doc.in_sentence(doc.sentence(designation.tok0))
        ):
            return True
        if designation.tok0 == 0:
            return False
        if doc.including_before(designation.tok0):
            return True  # كبار المسؤولين، بما في ذلك وزير الخارجية X: a member of the group
        between = text[doc.ends[designation.tok0 - 1] : doc.starts[designation.tok0]]
        # ميشال عون، نبيه بري ونجيب ميقاتي: a list closed by و; روسيا – الناتو: a dash
        # between two names, not before a byline (قريبا - زاخاروفا)
        return bool(_COMMA.search(between) and self._comma_listed(designation)) or (
            any(dash in between for dash in "-–—") and doc.ends_name(designation.tok0 - 1)
        )

    def _comma_listed(self, designation: Designation) -> bool:
        """Whether *designation*, after a comma, is a person in a list that و closes.

        X، Y وZ: persons named one after another, the comma right after a person, the last
        joined by و; a title after a comma (X، وزير الخارجية) is no list member.
        """
        doc = self.doc
        items = doc.in_sentence(doc.sentence(designation.tok0))
        index = next((i for i, item in enumerate(items) if item is designation), -1)
        if index <= 0 or index + 1 >= len(items):
            return False
        before, after = items[index - 1], items[index + 1]
        return (
            before.tok1 == designation.tok0 - 1
            and after.tok0 == designation.tok1 + 1
            and after.conjoined
            and all(
                ref.kind == "person" for item in (before, designation, after) for ref in item.refs
            )
            and all(item.refs for item in (before, designation, after))
        )

    @staticmethod
    def _take(designation: Designation, refs: list[Ref], pairs: list[Ref]) -> None:
        for ref in designation.refs:
            if ref.kind == "pair":
                pairs.append(ref)
            elif ref.kind == "adjective":
                continue
            else:
                refs.append(ref)

    def _reporter(self, start: int, sentence: int, *, as_state: bool) -> Ref | None:
        """Who reports a contact with one side named: the first side before the clause.

        قال وزير الخارجية الإيراني إن من المقرر عقد محادثات مع الولايات المتحدة.
        """
        for designation in self.doc.in_sentence(sentence):
            if designation.tok0 >= start:
                break
            if designation.prep:
                continue
            for ref in designation.refs:
                if ref.kind in {"person", "office", "state"}:
                    return attrs.evolve(ref, as_state=as_state and ref.kind != "state")
        return None

    def _pluperfect(self, tok0: int, start: int) -> bool:
        """Whether كان ... قد comes right before the verb: a contact before the news.

        يُذكر أن الرئيسين كانا قد تحادثا الشهر الماضي: an earlier call, not the one announced.
        """
        doc = self.doc
        if tok0 == 0 or doc.tokens[tok0 - 1] not in _QAD:
            return False
        return any(doc.tokens[at] in _WAS_FORMS for at in range(max(start, tok0 - 6), tok0 - 1))

    def _calls_made(self, tok0: int) -> bool:
        """Whether تلقى/أجرى (and its subject) come right before the plural اتصالات."""
        doc = self.doc
        verbs = _PLURAL_CALL_VERBS
        sentence = doc.sentence(tok0)
        for at in range(tok0 - 1, max(tok0 - 8, -1), -1):
            if doc.sentence(at) != sentence:
                return False
            word = doc.tokens[at]
            if word in verbs or (word[:1] in {"و", "ف"} and word[1:] in verbs):
                return True
        return False

    def _caller_after(self, at: int, sentence: int) -> bool:
        """Whether a person or an office after ل starts at token *at* (اتصالات هاتفية لـX).

        A word of address may come between (لجلالة السلطان هيثم بن طارق).
        """
        tokens = self.doc.tokens
        return at < len(tokens) and any(
            0 <= designation.tok0 - at <= 1
            and (designation.prep == "ل" or tokens[at].startswith("ل"))
            and any(ref.kind in {"person", "office"} for ref in designation.refs)
            for designation in self.doc.in_sentence(sentence)
        )

    def _with_after(self, tok1: int, last: int) -> bool:
        """Whether مع comes within a few tokens after token *tok1* (at most *last*)."""
        tokens = self.doc.tokens
        return any(tokens[at] in _WITH_EACH for at in range(tok1 + 1, min(last, tok1 + 6) + 1))

    def _gathered(self, tok1: int) -> bool:
        """Whether اللقاء الذي جمعه (ب/مع ...) follows: ه is a side, as in لقائه."""
        tokens = self.doc.tokens
        if tok1 + 2 >= len(tokens) or tokens[tok1 + 1] not in _RELATIVES:
            return False
        word = tokens[tok1 + 2]
        return word.startswith(_GATHERED) and word.endswith(("ه", "ها", "هما"))

    def _possessor(self, tok0: int, sentence: int) -> Ref | None:
        """Who ه/ها of لقائه، استقباله refers to.

        The last person named before it in its sentence, not after a preposition; else
        the sentence before's subject, the first person it names so (وكان ميقاتي قد أجرى
        ... مع بلينكن ... وزراء خارجية كندا. وفور وصوله استقبله ...: Mikati).
        """
        doc = self.doc
        # the sentence before is the one of the token before this sentence (a line break
        # after a full stop makes an empty sentence between)
        first = bisect.bisect_left(doc.sentence_of, sentence)
        previous = doc.sentence_of[first - 1] if first > 0 else sentence
        before = bisect.bisect_left(doc.last_tokens, tok0)  # the designations ending before tok0
        subject: Ref | None = None
        for index in range(before - 1, -1, -1):
            designation = doc.designations[index]
            at = doc.sentence(designation.tok0)
            if at < min(previous, sentence - 1):
                break
            if designation.prep:
                continue
            ref = next((ref for ref in designation.refs if ref.kind in {"person", "office"}), None)
            if ref is None:
                continue
            if at == sentence:
                return ref
            subject = ref  # the earliest of the sentence before, as the scan goes back
        return subject

    def _speaker(self, tok0: int) -> Ref | None:
        """The speaker of a quote, for a verb in the first person.

        وقال بوتين لبومبيو: ... تحدثت مع ...: the speaker is Putin.
        """
        doc = self.doc
        sentence = doc.sentence(tok0)
        offset = doc.starts[tok0]
        before = bisect.bisect_left(doc.colons, offset)  # the colons before the verb
        if not before:
            return None
        colon = doc.colons[before - 1]
        if doc.sentence(doc.token_before(colon)) != sentence:
            return None
        for designation in doc.in_sentence(sentence):
            if designation.end > colon:
                break
            if designation.prep:
                continue
            for ref in designation.refs:
                if ref.kind in {"person", "office"}:
                    return ref
        return None

    def _day_offset(self, tok0: int) -> DateMention | None:
        """The day of a contact dated from another day (بعد يوم من اجتماعه), if any.

        The other day is the nearest concrete day written before in the sentence, else the
        publication date; the result spans the phrase.
        """
        doc = self.doc
        sentence = doc.sentence(tok0)
        phrases = _cues()["day_offsets"]
        at = doc.any_phrase(max(tok0 - 5, 0), tok0 - 1, phrases, bare=True)
        if at is None or doc.sentence(at) != sentence:
            return None
        phrase = " ".join(doc.tokens[at:tok0])
        days = next((n for text, n in _DAY_OFFSETS.items() if phrase.endswith(text)), None)
        if days is None:
            return None
        anchor: DateMention | None = None
        for date_start, _date_end, mention in self.dates_by_sentence.get(sentence, ()):
            if (
                doc.token_at(date_start) < at
                and mention.first is not None
                and mention.first == mention.last
            ):
                anchor = mention
        day = anchor.first if anchor is not None else self.reference
        if day is None:
            return None
        day += dt.timedelta(days=days)
        start, end = doc.normalized.to_original(doc.starts[at], doc.ends[tok0 - 1])
        return DateMention(
            start=start,
            end=end,
            text=self.original[start:end],
            value=day.isoformat(),
            mod=None,
            first=day,
            last=day,
            granularity=Granularity.DAY,
            calendar=Calendar.UNSPECIFIED,
            hijri=None,
            anchor=Anchor.RELATIVE,
            rule=anchor.rule if anchor is not None else "prefixed",
        )

    def _date(  # noqa: C901, PLR0912
        self,
        tok0: int,
        tok1: int,
        start: int,
        stop_at: int,
        *,
        after_only: bool = False,
        noun: str | None = None,
    ) -> tuple[DateMention | None, bool]:
        """The date written in the clause of a contact word, and whether it is vague.

        *noun* is the contact word when it is a noun (its gender tells its relative clauses).

        The nearest date wins; a date nearer another contact word is left to it.
        """
        doc = self.doc
        sentence = doc.sentence(tok0)
        best: tuple[int, DateMention] | None = None
        vague = False
        # the relative pronoun of the other gender than a contact noun's introduces a clause
        # of another noun (الزيارة ... للبروتوكول الذي تم توقيعه: الذي is not the visit's)
        other_relative = None
        if noun is not None:
            other_relative = _WHICH_OF["masculine" if noun in _FEMININE_NOUNS else "feminine"]
        for date_start, date_end, mention in self.dates_by_sentence.get(sentence, ()):
            first = doc.token_at(date_start)
            last = doc.token_before(date_end)
            if first >= len(doc.tokens) or doc.sentence(first) != sentence:
                continue
            if last < tok0:
                fronted = (  # ويوم غد الاثنين، سيلتقي: a date that opens the sentence
                    tok0 - last == 1 and first == bisect.bisect_left(doc.sentence_of, sentence)
                )
                if (first < start or after_only) and not fronted:
                    continue  # نفى الكرملين، اليوم، وقوع اتصال: the date of the denial
                distance = tok0 - last
                if _COMMA.search(doc.text, date_end, doc.starts[tok0]):
                    distance += _COMMA_DISTANCE  # سيزور الدوحة غدا، بعد اتصال جرى أمس
            elif first > tok1:
                # the words of the sides between do not count (استقبل X، وزير ...، نظيره Y،
                # وزير ... اليوم): a long title keeps the verb's date its own
                named = (
                    self._named_between(tok1, first)
                    if first - tok1 <= _NAMED_REACH
                    else 0  # far beyond any title: never the word's date
                )
                if first - named > max(stop_at, tok1 + _DATE_DISTANCE):
                    continue
                if other_relative is not None and any(
                    doc.tokens[at] == other_relative for at in range(tok1 + 1, first)
                ):
                    continue  # الزيارة تنفيذا للبروتوكول الذي تم توقيعه في ...: another noun's
                distance = first - tok1 - named
            else:
                continue
            if distance > _DATE_DISTANCE:
                continue
            low, high = (last, tok0) if last < tok0 else (tok1, first)
            if self._trigger_between(low, high):
                continue  # the date is another contact word's
            if self._in_span(first, tok1) or _OCCASION.intersection(
                doc.tokens[max(0, first - _OCCASION_REACH) : first]
            ):
                continue  # لتهنئته ببداية شهر رمضان: the occasion, not the day of the call
            if not _CONCRETE.match(mention.value):
                # قبل بضعة أيام، الأسبوع الماضي right by the contact word: no date at all, not
                # the article's
                vague = vague or (
                    (
                        mention.value in {"PAST_REF", "FUTURE_REF", "PRESENT_REF"}
                        or mention.granularity is Granularity.WEEK
                    )
                    and distance <= _VAGUE_DISTANCE
                )
                continue
            if best is None or distance < best[0]:
                best = (distance, mention)
        return (best[1] if best else None), (vague and best is None)

    def _named_between(self, low: int, high: int) -> int:
        """How many tokens strictly between *low* and *high* name or title a side."""
        doc = self.doc
        return sum(
            1 for at in range(low + 1, high) if at in doc.name_tokens or at in doc.title_tokens
        )

    def _in_span(self, first: int, tok1: int) -> bool:
        """Whether the date at token *first* bounds a span of time, not the contact's day.

        منذ 12 عاماً، حتى العام 2026; after the contact word, منذ a few words before it
        (الأولى منذ توليه الرئاسة عام 2013: the start of another span).
        """
        doc = self.doc
        lexicon = _lexicon()
        before = doc.tokens[first - 1] if first > 0 else ""
        if before in lexicon["until"] or doc.tokens[first] in _SPAN_WORDS:
            return True
        since = next(
            (
                at
                for at in range(first - 1, max(tok1, first - _SINCE_REACH - 1), -1)
                if doc.tokens[at] in lexicon["since"]
            ),
            None,
        )
        # (منذ أنهت السعودية وحلفاؤها مقاطعة للدوحة قبل نحو عامين: the clause of منذ, no comma)
        return since is not None and not _COMMA.search(doc.text, doc.ends[since], doc.starts[first])

    # ------------------------------------------------------------------ resolution

    def resolve(self, ref: Ref, day: dt.date | None, others: Sequence[Side]) -> Side | None:  # noqa: C901, PLR0911
        """The side *ref* designates on *day* (a person, else a state or organization)."""
        actors = self.actors
        span = (ref.evidence, ref.start, ref.end, ref.role)
        if ref.kind == "person":
            value = ref.value
            when = day or self.reference
            if ref.others and not actors.in_office(value, when):
                # الملك عبدالله in 2024: the king of that name in office, not the late one
                value = next((pid for pid in ref.others if actors.in_office(pid, when)), value)
                ref = attrs.evolve(ref, value=value)
            country = actors.country_of(ref.value, day)
            role = actors.role_of(ref.value, day)
            if ref.as_state and country:
                return self.state_side(country, span)
            return Side(ref.value, ActorKind.PERSON, country, role, [span])
        if ref.kind in {"state", "org"}:
            return self.state_side(ref.value, (EvidenceKind.STATE, ref.start, ref.end, None))
        if ref.kind == "office":
            assert ref.role is not None  # noqa: S101
            state = ref.state or ""
            holder = self._holder(ref, state, day, others)
            if holder is None and not ref.as_state:
                holder = self._named_before(ref.role, state, ref.start, day)
            if holder is not None and not ref.as_state:
                return Side(holder, ActorKind.PERSON, state, ref.role, [span])
            side = self.state_side(state, span)
            if not ref.as_state:
                side.role = ref.role  # someone of that state in that office: not a state alone
            return side
        if ref.kind == "counterpart":
            antecedent = next((side for side in others if side.kind is ActorKind.PERSON), None)
            if ref.state is None:
                return None
            role = antecedent.role if antecedent is not None else None
            if role is not None and role not in offices.SEVERAL_AT_ONCE:
                holder = actors.holder(role, ref.state, day)
                if holder is not None:
                    return Side(
                        holder,
                        ActorKind.PERSON,
                        ref.state,
                        role,
                        [(EvidenceKind.ANAPHOR, ref.start, ref.end, role)],
                    )
            return self.state_side(ref.state, (EvidenceKind.ANAPHOR, ref.start, ref.end, role))
        return None

    def _holder(
        self, ref: Ref, state: str, day: dt.date | None, others: Sequence[Side]
    ) -> str | None:
        """The one holder of the office *ref* names for *state* on *day*, if the table knows it.

        An ambassador whose receiving state is not written is the one accredited to the state
        of the other side (السفير الأمريكي received by Lebanon's prime minister); with no such
        side, nobody: one of many, never the only one the table happens to hold.
        """
        assert ref.role is not None  # noqa: S101
        region = ref.region
        if region is None and ref.role == "ambassador":
            region = next((o.country for o in others if o.country not in {None, state}), None)
            if region is None:
                return None
        if ref.role in offices.SEVERAL_AT_ONCE:
            return None  # one of several at once: never the only one the table happens to hold
        holder = self.actors.holder(ref.role, state, day, region)
        if holder is not None and self._queen(ref):
            person = self.actors.persons.get(holder)
            return holder if person is not None and person.gender == "f" else None
        return holder

    def _queen(self, ref: Ref) -> bool:
        """Whether *ref*'s title is a queen's (ملكة الأردن: a king's wife unless a woman reigns)."""
        words = self.doc.text[ref.start : ref.end].split(maxsplit=1)
        return bool(words) and words[0].removeprefix("و") in _QUEENS

    def _named_before(self, role: str, state: str, start: int, day: dt.date | None) -> str | None:
        """The person named earlier in the text who holds *role* for *state* on *day*.

        المبعوث الأممي after ستيفان دي ميستورا was named: the same envoy, where the office
        alone has several holders (envoys, ambassadors, spokespersons).
        """
        actors = self.actors
        key = (role, state, day)
        holders = self._holders_named.get(key)
        if holders is None:
            holders = self._holders_named[key] = [
                value
                for value in self.doc.persons_named()
                if actors.role_of(value, day) == role and actors.country_of(value, day) == state
            ]
        designations, named = self.doc.designations, self.doc.persons_named()
        before = self.doc.designation_before(start)
        last = -1  # the last designation ending by *start* that names one of them
        for value in holders:
            indexes = named[value]
            at = bisect.bisect_left(indexes, before) - 1
            while at >= 0 and designations[indexes[at]].end > start:
                at -= 1  # (a designation around *start*)
            if at >= 0:
                last = max(last, indexes[at])
        if last < 0:
            return None
        return next(
            ref.value
            for ref in designations[last].refs
            if ref.kind == "person" and ref.value in holders
        )

    def state_side(self, code: str, span: tuple[EvidenceKind, int, int, str | None]) -> Side:
        kind = ActorKind.ORGANIZATION if code in self.actors.organizations else ActorKind.STATE
        return Side(code, kind, code, None, [span])

    def persons_before(self, occurrence: Occurrence) -> list[Ref]:
        """The persons named in the two sentences with names before *occurrence*'s."""
        doc = self.doc
        found: list[Ref] = []
        seen = 0
        for sentence in range(occurrence.sentence - 1, max(occurrence.sentence - 4, -1), -1):
            items = [
                ref
                for item in doc.in_sentence(sentence)
                for ref in item.refs
                if ref.kind == "person"
            ]
            if items:
                found = items + found
                seen += 1
            if seen == 2:  # noqa: PLR2004
                break
        return list({ref.value: ref for ref in found}.values())

    def sides(self, refs: Sequence[Ref], day: dt.date | None) -> list[Side]:
        """The sides *refs* designate on *day*, merged by id.

        A state is dropped when a person of theirs is there.
        """
        resolved: list[Side] = []
        for ref in refs:
            if ref.kind == "group":
                group = self.actors.groups.get(ref.value)
                for member in group.members if group else ():
                    resolved.append(  # noqa: PERF401
                        self.state_side(member, (EvidenceKind.STATE, ref.start, ref.end, None))
                    )
                continue
            if _after_others(ref):
                continue
            side = self.resolve(ref, day, resolved)
            if side is not None:
                resolved.append(side)
        for ref in refs:
            if _after_others(ref):
                side = self.resolve(ref, day, resolved)
                if side is not None:
                    resolved.append(side)
        return _merge_sides(resolved)


def _after_others(ref: Ref) -> bool:
    """Whether *ref* is read from the other sides.

    A counterpart (نظيره), or an ambassador whose receiving state is not written (the state
    of the one who receives or meets them).
    """
    return ref.kind == "counterpart" or (
        ref.kind == "office" and ref.role == "ambassador" and ref.region is None
    )


def _merge_sides(sides: Sequence[Side]) -> list[Side]:
    by_id: dict[str, Side] = {}
    for side in sides:
        if side.id in by_id:
            by_id[side.id].evidence.extend(side.evidence)
        else:
            by_id[side.id] = Side(side.id, side.kind, side.country, side.role, list(side.evidence))
    represented = {side.country for side in by_id.values() if side.kind is ActorKind.PERSON}
    return [
        side
        for side in by_id.values()
        if side.kind is ActorKind.PERSON or side.id not in represented
    ]


# --------------------------------------------------------------------------- contacts


@attrs.define
class Contact:
    """A contact being assembled from its occurrences."""

    occurrences: list[Occurrence]  # changed only by add() and sort(), which keep the notes
    sides: list[Side]
    status: Status | None
    explicit_status: bool
    context_role: str | None = None
    trip: Contact | None = None  # the visit this contact is part of
    visitors: set[str] = attrs.Factory(set)
    # kept by add(), never set by hand: the modes of the mentions, whether one is recalled
    modes: set[str] = attrs.field(factory=set, init=False)
    recalled: bool = attrs.field(default=False, init=False)
    dated: list[Occurrence] = attrs.field(factory=list, init=False)  # the mentions with a date
    # the places of the mentions: their cities' states, and each one's city or state
    city_states: set[str | None] = attrs.field(factory=set, init=False)
    place_keys: set[str | None] = attrs.field(factory=set, init=False)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(side.id for side in self.sides)

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(side.country or side.id for side in self.sides)

    def add(self, *occurrences: Occurrence) -> None:
        """Add mentions, noting their modes, dates and whether one is recalled.

        Noted as they come, so that asking costs nothing however many mentions there are.
        """
        self.occurrences.extend(occurrences)
        self._note(occurrences)

    def _note(self, occurrences: Iterable[Occurrence]) -> None:
        for occ in occurrences:
            if occ.mode:
                self.modes.add(occ.mode)
            self.recalled = self.recalled or occ.recalled
            if occ.date is not None:
                self.dated.append(occ)
            for place in occ.places:
                if place.city:
                    self.city_states.add(place.city_state)
                self.place_keys.add(place.city or place.place_state)

    def sort(self) -> None:
        """Put the mentions in text order."""
        self.occurrences.sort(key=lambda occ: occ.trigger.start)
        self.dated = [occ for occ in self.occurrences if occ.date is not None]

    def __attrs_post_init__(self) -> None:
        self._note(self.occurrences)

    @property
    def date(self) -> DateMention | None:
        """The first date written with a mention, or a span of days that holds it.

        ألغى رحلته التي كانت مقررة يوم غد الإثنين ... الرحلة المقررة يومي الاثنين والثلاثاء:
        the planned trip's two days, not its first (a held reception keeps its day).
        """
        dated = self.dated
        if not dated:
            return None
        first = dated[0].date
        assert first is not None  # noqa: S101
        if dated[0].status in {None, Status.HELD}:
            return first
        for other in (occ.date for occ in dated[1:] if occ.date is not None):
            low, _, high = other.value.partition("/")
            if high and len(low) == len(first.value) and low <= first.value <= high:
                return other
        return first


def _modes(occurrence: Occurrence) -> set[str]:
    return {occurrence.mode} if occurrence.mode else set()


def _mode_class(mode: str | None) -> str | None:
    if mode is None:
        return None
    return "phone" if mode == "phone" else "presence"


def _compatible_modes(left: set[str], right: set[str]) -> bool:
    classes_left = {_mode_class(mode) for mode in left}
    classes_right = {_mode_class(mode) for mode in right}
    return not classes_left or not classes_right or bool(classes_left & classes_right)


def _compatible_status(left: Contact, status: Status | None, *, unstated: bool = False) -> bool:
    """Whether a mention of *status* fits *left*.

    A cue-less mention fits any contact; one with a cue fits the same status only, or with
    *unstated* (a mention that names the contact's sides) a contact whose standing no word
    has said yet (المقداد يصل إلى موسكو ... يصل ... الأربعاء القادم: it takes the mention's).
    Planned and proposed are both to come: من المنتظر أن يكون اللقاء في 11 نوفمبر is the
    proposed meeting of the sentence before.
    """
    if status is None:
        return True
    if {left.status, status} <= {Status.PLANNED, Status.PROPOSED}:
        return True
    if unstated and not left.explicit_status:
        return True
    return left.status == status or (not left.explicit_status and status is Status.HELD)


def assemble(
    original: str,
    normalized: Normalized,
    *,
    reference: dt.date | None,
    mentions: Callable[[], tuple[Sequence[DateMention], Sequence[TreatyMention]]],
    actors: Actors,
) -> tuple[Event, ...]:
    """The events of one document (see :func:`diplomatext.find_events`).

    *mentions* gives the document's dates and treaties; it is called only when
    the document has a contact word, so that a text of date words with none
    never holds its date mentions here.
    """
    tokens = tokenize(normalized.text)  # the one tokenization of the text
    triggers = find_triggers(normalized.text, tokens)
    if not triggers:
        return ()
    dates, treaties = mentions()
    assembler = Assembler(
        original,
        normalized,
        reference=reference,
        dates=dates,
        treaties=treaties,
        actors=actors,
        near=[trigger.start for trigger in triggers],
        tokens=tokens,
    )
    triggers = _without_idle_participles(assembler.doc, triggers)
    assembler.trigger_tokens = sorted(assembler.doc.token_at(trigger.start) for trigger in triggers)
    assembler.noun_triggers = frozenset(
        assembler.doc.token_at(trigger.start) for trigger in triggers if trigger.kind == "noun"
    )
    occurrences = [occ for occ in (assembler.occurrence(trigger) for trigger in triggers) if occ]
    separately = _separately(assembler.doc)
    contacts: list[Contact] = []
    whole: dict[int, int] = {}  # the parts of one split contact share its standing
    grouped = [
        contact
        for contact in _summit_trips(_group(assembler, occurrences))
        if not _private(assembler.doc, contact, assembler.trigger_tokens)
    ]
    for number, contact in enumerate(grouped):
        parts = _split(contact, separately)
        for part in parts:
            same = _same_call(part, grouped) if len(parts) > 1 else None
            if same is not None:
                # تلقى اتصالات من ترامب ومن ولي العهد: the call with Trump the text reports
                # again (اتصالاً هاتفياً من الرئيس الأميركي دونالد ترامب)
                same.add(*part.occurrences)
                continue
            if all(side.role == "ambassador" for side in part.sides):
                continue  # أوراق اعتماد سفراء X وY with no receiver: no contact among them
            contacts.append(part)
            whole[id(part)] = number
    built: dict[int, Event] = {}

    def build(contact: Contact) -> Event:
        if id(contact) not in built:
            trip = build(contact.trip) if contact.trip is not None else None
            is_first = first is not None and (
                whole.get(id(contact)) == whole.get(id(first))
                or _same_news(assembler, contact, first)
            )
            built[id(contact)] = _build(assembler, contact, trip, first_contact=is_first)
        return built[id(contact)]

    # the article's news: its first contact that is not recalled (اللقاء السابق)
    first = next(
        (c for c in contacts if not c.recalled),
        contacts[0] if contacts else None,
    )

    events = tuple(build(contact) for contact in contacts)
    # build calls itself through its closure: a reference cycle that would keep the whole
    # document alive until the garbage collector ran; rebinding the name breaks it
    build = _done
    return events


def _done(contact: Contact) -> Event:
    """What the builder of :func:`assemble` is once the events are made (never called)."""
    raise AssertionError(contact)


_WAS: Final = frozenset(fold(word) for word in ("كان", "وكان", "كانت", "وكانت"))


def _without_idle_participles(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The contact words less a receiving participle that is no caption's.

    X مستقبلا Y (a photo caption): a name on either side and no contact word before it in
    its sentence; elsewhere مستقبلا is «in the future» (أن يلتقي بايدن مستقبلا شي).
    """
    kept: list[Trigger] = []
    for trigger in triggers:
        if trigger.word in _PARTICIPLES_RECEIVING:
            tok0, tok1 = doc.token_at(trigger.start), doc.token_before(trigger.end)
            sentence = doc.sentence(tok0)
            if not (
                tok0 > 0
                and tok1 + 1 < len(doc.tokens)
                and doc.ends_name(tok0 - 1)
                and tok1 + 1 in doc.name_tokens
                and not any(doc.sentence(doc.token_at(other.start)) == sentence for other in kept)
            ):
                continue
        kept.append(trigger)
    return kept


def _same_news(assembler: Assembler, contact: Contact, first: Contact) -> bool:
    """Whether *contact* is more of the article's news: a person of its first contact again.

    بوريطة ... أجرى مباحثات مع X. كما تباحث مع Y: Y's talks are news of the same day; not a
    contact recalled with كان ... قد.
    """
    persons = {side.id for side in first.sides if side.kind is ActorKind.PERSON}
    if not persons & {side.id for side in contact.sides}:
        return False
    doc = assembler.doc
    for occurrence in contact.occurrences:
        if occurrence.recalled:
            return False
        start = assembler.clause_start(occurrence.tok0)
        if any(doc.tokens[at] in _WAS for at in range(start, occurrence.tok0)):
            return False
    return True


def _separately(doc: Doc) -> set[int]:
    """The sentences that say كل على حدة (each one separately), and the one after it.

    The sentence after such a summary often lists whom (التقى ... عدداً من الوزراء، كل على
    حدة. فقد التقى سموه X وY ...).
    """
    found = set()
    tokens = doc.tokens
    first_words = _WITH_EACH | _EACH
    for at in itertools.compress(range(len(tokens) - 2), map(first_words.__contains__, tokens)):
        if tokens[at] in _WITH_EACH and tokens[at + 1] in _EACH and tokens[at + 2] == _FROM:
            found.add(doc.sentence(at))  # تباحث مع كل من X وY: with each of them
        if tokens[at] in _EACH and tokens[at + 1] == _ON and tokens[at + 2] in _APART:
            sentence = doc.sentence(at)
            following = doc.sentence(at + 3)
            if following > sentence:  # the mark and a line break count as two
                following = doc.sentence(doc.token_at(doc.boundaries[following - 1] + 1))
            found.update({sentence, following})
    return found


def _who(ref: Ref) -> tuple[str, str, str | None, str | None]:
    """What tells one side from another: a person's id, an office's role and state."""
    return ref.kind, ref.value, ref.role, ref.state


def _split(contact: Contact, separately: set[int]) -> list[Contact]:
    """Separate bilaterals that one word reports.

    A visitor who meets several persons of one state (سيلتقي خلالها خادم الحرمين الشريفين
    وولي العهد ووزير الخارجية) has one contact with each; so does one side meeting
    several others one by one (كل على حدة).
    """
    if len({_first_span(side) for side in contact.sides}) == 1:
        return [contact]  # وزراء الخارجية لكل من X وY وZ سيلتقون: one plural title, one meeting
    if len(contact.sides) >= 3 and any(  # noqa: PLR2004
        occ.sentence in separately or occ.one_by_one or _several_calls(occ.trigger)
        for occ in contact.occurrences
    ):
        # التقى X كلا من Y وZ، كل على حدة: one meeting with each, X named first
        ordered = sorted(contact.sides, key=_first_evidence)
        return [
            attrs.evolve(contact, sides=[ordered[0], other], visitors=set(contact.visitors))
            for other in ordered[1:]
        ]
    ordered = sorted(contact.sides, key=_first_evidence)
    if (
        len(contact.sides) >= 3  # noqa: PLR2004
        and all(
            occ.trigger.kind == "verb"
            and not occ.trigger.suffix
            and (
                occ.trigger.mode == "meeting"
                # استقبلت الدوحة أمس العاهل المغربي ورئيس الوزراء التركي: guests of two states
                or (
                    occ.trigger.word.startswith(_RECEIVING)
                    and len({side.country for side in ordered[1:]}) >= 2  # noqa: PLR2004
                )
            )
            for occ in contact.occurrences
            if occ.trigger.word not in _TRIPS
        )
        and sum(occ.trigger.word not in _TRIPS for occ in contact.occurrences) == 1
    ):
        # يجتمع الأمين بالرئيس X، وبأمين عام الجامعة Y، ووزير الخارجية Z: one meeting with
        # each (a verb with one subject and listed objects; a summit noun would say otherwise)
        return [
            attrs.evolve(contact, sides=[ordered[0], other], visitors=set(contact.visitors))
            for other in ordered[1:]
        ]
    persons = [side for side in contact.sides if side.kind is ActorKind.PERSON]
    by_country: dict[str | None, list[Side]] = {}
    for side in contact.sides:
        by_country.setdefault(side.country, []).append(side)
    if len(persons) == len(contact.sides) >= 3 and len(by_country) == 2:  # noqa: PLR2004
        single = [group for group in by_country.values() if len(group) == 1]
        many = [group for group in by_country.values() if len(group) > 1]
        if (
            len(single) == 1
            and len(many) == 1
            and not _receives(contact, single[0][0])
            # اجتماع الرؤساء الثلاثة X وY وZ مع الوسيط W: the many named first meet him together
            and _first_evidence(single[0][0]) < min(map(_first_evidence, many[0]))
        ):
            return [
                attrs.evolve(contact, sides=[single[0][0], other], visitors=set(contact.visitors))
                for other in sorted(many[0], key=_first_evidence)
            ]
    return [contact]


_RECEIVING: Final = (  # the words of receiving a guest, to test a contact word's start
    *sorted({fold(word).removeprefix("و") for word in words.RECEIVING_VERBS}),
    *sorted(fold(word) for word in words.RECEIVING_PARTICIPLES),
)
_MISSIONS: Final = _set(offices.MISSION_WORDS)
_SERVING: Final = _set(offices.SERVING_WORDS)
_PRIVATE: Final = _set(words.PRIVATE_TRIP_WORDS)
_TO_A_FORUM: Final = _set(words.FORUM_TRIP_WORDS)
_FORUM_TRIP_REACH: Final = 12  # tokens from an arrival word to للمشاركة
_QUEENS: Final = _set(offices.QUEEN_TITLES)
_FRAMEWORK: Final = frozenset(_strip_article(fold(word)) for word in words.FRAMEWORK_BEFORE)
_MEETING_OBJECT_VERBS: Final = _set(words.MEETING_OBJECT_VERBS)
_WILL: Final = tuple(fold(prefix) for prefix in words.FUTURE_PREFIXES)
_RECEIVING_VERBS: Final = _set(words.RECEIVING_VERBS)
_CLAUSE_THAT: Final = _set(words.CLAUSE_COMPLEMENTIZERS)
_EXCHANGED: Final = frozenset(_strip_article(form) for form in _set(words.EXCHANGED_WORDS))
_OCCASION: Final = frozenset(fold(word) for word in words.OCCASION_WORDS)
_OCCASION_REACH: Final = 2  # tokens before a date where an occasion word makes it the occasion
_APPOSITION_MARKS: Final = frozenset("،,")  # a comma between a name and its title
_UNKNOWN_TITLE_MOST: Final = 4  # words of a title whose state the table lacks (ورئيس جمهورية X Y)
_UNKNOWN_NAME_MOST: Final = 3  # words of a name the table lacks between a title and the office
_BARE_TITLES: Final = MappingProxyType(
    {fold(title): role for title, role in offices.TITLES.items() if " " not in title}
)  # الرئيس، الوزير، السفير: titles of one word, read before a name
_RECEPTION: Final = _set(words.RECEPTION_NOUNS)
_ANAPHORIC_OFFICIALS: Final = frozenset(offices.ANAPHORIC_OFFICIALS)
_PARTICIPATION: Final = frozenset(fold(word) for word in words.VENUE_PARTICIPATION)
_SESSION_BODIES: Final = frozenset(_strip_article(fold(word)) for word in words.SESSION_BODIES)
_COMMA_DISTANCE: Final = 1  # a comma between a date and a contact word after it: this far more
_NOT: Final = _set(words.NEGATION_WORDS)
_BODY_REACH: Final = 8  # tokens from a delegation word to the state of its body (وفد من لجنة ...)
_DURING_WORDS: Final = _set(words.DURING_WORDS)
_VIA: Final = _set(words.VIA_WORDS)
_VIA_REACH: Final = 5  # tokens from a talk word to عبر اتصال هاتفي that says how it was held
_TITLE_HEADS: Final = frozenset(
    fold(title.split()[0]) for title in (*offices.TITLES, *offices.SUBORDINATE_WORDS)
)  # the first words of titles (نائب، رئيس، وزير): ونائب is و + a title, وزير is no و
_NAMED_REACH: Final = 48  # tokens after a contact word a date with titles between may be
_IN_PREPS: Final = frozenset({"ب", "في"})  # before the country of a city: بالولايات المتحدة
_MANDATED: Final = frozenset({"special-envoy", "ambassador"})  # roles with a region (``for``)


def _same_call(part: Contact, contacts: Sequence[Contact]) -> Contact | None:
    """Another contact of the same sides and mode that one of several calls repeats."""
    if not any(_several_calls(occ.trigger) for occ in part.occurrences):
        return None
    for contact in contacts:
        if (
            contact.ids == part.ids
            and "phone" in contact.modes
            and not any(_several_calls(occ.trigger) for occ in contact.occurrences)
        ):
            return contact
    return None


def _receives(contact: Contact, side: Side) -> bool:
    """Whether *side* is the subject of استقبل: the others were received together.

    استقبل الدبيبة المبعوث الفرنسي والسفير الفرنسي is one reception, unlike a visitor who
    meets a king, a crown prince and a minister in turn.
    """
    first = min(contact.sides, key=_first_evidence)
    return first is side and any(
        occ.trigger.kind == "verb" and occ.trigger.word.startswith(_RECEIVING)
        for occ in contact.occurrences
    )


def _first_span(side: Side) -> tuple[int, int]:
    """The folded span of the phrase that first names a side."""
    return min(((start, end) for _, start, end, _ in side.evidence), default=(0, 0))


def _first_evidence(side: Side) -> int:
    """Where a side is first named (split contacts come in text order)."""
    return min((start for _, start, _, _ in side.evidence), default=0)


def _day(assembler: Assembler, occurrence: Occurrence) -> dt.date | None:
    if occurrence.date is not None and occurrence.date.first is not None:
        return occurrence.date.first
    return assembler.reference


_SUMMIT: Final = fold("قمة")


def _summit_trips(contacts: list[Contact]) -> list[Contact]:
    """Trips to a summit merged into the summit: one contact, not two.

    غادر الملك متوجها إلى مصر للمشاركة في قمة ... وتستضيف العلمين قمة ثلاثية يترأسها
    السيسي والملك وعباس. A visit whose mentions name a summit joins a later multilateral
    contact that holds its persons and the states of its other sides.
    """
    merged: set[int] = set()
    for index, summit in enumerate(contacts):
        if "multilateral" not in summit.modes and len(summit.sides) < 3:  # noqa: PLR2004
            continue
        for trip in contacts[:index]:
            if id(trip) in merged or "visit" not in trip.modes:
                continue
            if not any(occ.trigger.word == _SUMMIT for occ in trip.occurrences):
                continue
            persons = {side.id for side in trip.sides if side.kind is ActorKind.PERSON}
            others = {side.id for side in trip.sides if side.kind is not ActorKind.PERSON}
            if not persons or not persons <= summit.ids or not others <= summit.countries:
                continue
            summit.add(*trip.occurrences)
            summit.sort()
            merged.add(id(trip))
            for contact in contacts:
                if contact.trip is trip:
                    contact.trip = summit
    return [contact for contact in contacts if id(contact) not in merged]


def _group(assembler: Assembler, occurrences: Sequence[Occurrence]) -> list[Contact]:  # noqa: C901, PLR0912, PLR0915
    contacts: list[Contact] = []
    pending: list[Occurrence] = []  # bare mentions before any contact (a headline)
    by_sentence: dict[int, list[tuple[Occurrence, Contact]]] = {}
    trips: list[tuple[int, str, Contact]] = []  # (sentence, visitor, contact) of a trip noun

    def join(
        target: Contact, occurrence: Occurrence, sides: Sequence[Side], status: Status | None
    ) -> None:
        """Attach a mention of the same sides; a contact of no standing yet takes its own."""
        attach(target, occurrence, sides)
        if status is not None and not target.explicit_status:
            target.status, target.explicit_status = status, True

    def attach(target: Contact, occurrence: Occurrence, sides: Sequence[Side] = ()) -> None:
        target.add(occurrence)
        if sides:
            target.sides = _merge_sides([*target.sides, *sides])
        by_sentence.setdefault(occurrence.sentence, []).append((occurrence, target))

    def meet(
        traveller: Side, occurrence: Occurrence, sides: Sequence[Side], status: Status | None
    ) -> None:
        """A meeting during a trip (يلتقي خلالها): the traveller and the ones met.

        To come when the verb is imperfect; on the visit's day when the visit of that sentence
        lasts one day.
        """
        visit = next(
            (
                c
                for c in contacts
                if traveller.id in c.ids
                and "visit" in c.modes
                and any(occ.sentence == occurrence.sentence for occ in c.occurrences)
            ),
            None,
        )
        if (
            visit is not None
            and len(sides) == 1
            and any(
                side.kind is ActorKind.STATE and side.id == sides[0].country for side in visit.sides
            )
        ):
            # سيؤدي زيارة إلى الجزائر ... سيلتقي خلالها الرئيس الجزائري: the host state's person
            join(visit, occurrence, [traveller, *sides], status)
            return
        met_during(visit, traveller, occurrence, sides, status)

    def met_during(
        visit: Contact | None,
        traveller: Side,
        occurrence: Occurrence,
        sides: Sequence[Side],
        status: Status | None,
    ) -> None:
        """A contact of its own between the traveller of *visit* and the ones met on it.

        On the visit's day when the visit lasts one day; to come when the verb is imperfect.
        """
        visit_day = visit.date if visit is not None else None
        if (
            occurrence.date is None
            and visit_day is not None
            and len(visit_day.value) == len("YYYY-MM-DD")
            and not assembler.lasts_days(occurrence.sentence)
        ):
            occurrence = attrs.evolve(occurrence, date=visit_day)
        imperfect = occurrence.trigger.word.startswith(("ي", "ت"))
        create(
            occurrence, [traveller, *sides], status or (Status.PLANNED if imperfect else None)
        ).visitors.add(traveller.id)

    loose: list[tuple[Occurrence, Side]] = []  # one side, no contact yet (وصل X إلى بيروت)
    dated: list[tuple[Occurrence, Contact]] = []  # no side, a day of its own (آخر زيارة في ...)

    # no side yet, a status of its own (أعلنت ... إلغاء القمة الرباعية): the next sentence's
    # mention of the same word that names the sides (وكان من المفترض أن تضم القمة ...)
    waiting: list[Occurrence] = []

    def create(occurrence: Occurrence, sides: Sequence[Side], status: Status | None) -> Contact:
        waited = _waited_for(waiting, occurrence) if status is None else None
        if waited is not None:
            waiting.clear()
            loose[:] = [item for item in loose if item[0] is not waited]
            status = waited.status
        contact = Contact([occurrence], list(sides), status or Status.HELD, status is not None)
        if waited is not None:
            contact.add(waited)
        contacts.append(contact)
        by_sentence.setdefault(occurrence.sentence, []).append((occurrence, contact))
        for earlier, side in list(loose):
            if earlier.sentence == occurrence.sentence and side.id in contact.ids:
                contact.add(earlier)
                if earlier.mode == "visit":
                    contact.visitors.add(side.id)  # وصل X إلى بيروت ... يلتقي خلالها Y
                if earlier.status is not None and not contact.explicit_status:
                    # سيصل X إلى بغداد ... في زيارة رسمية: the arrival says it is to come
                    contact.status, contact.explicit_status = earlier.status, True
                elif _perfect(earlier.trigger) and not contact.explicit_status:
                    contact.explicit_status = True  # وصل X إلى أنقرة في زيارة: it happened
                loose.remove((earlier, side))
        return contact

    for occurrence in occurrences:
        day = _day(assembler, occurrence)
        refs = list(occurrence.refs)
        if occurrence.first_person is not None:
            refs.insert(0, occurrence.first_person)
        if occurrence.hosts:
            # عقب زيارة قام بها وزير الخارجية السعودي إلى تركيا وبريطانيا: one visit each
            # a later leg of a trip (وبعدها إلى قطر) is not on the day written; no leg of a
            # tour is (جولة تشمل السنغال ومالي بين 20 و23 فبراير: which day where, untold)
            tour = occurrence.trigger.word == _TOUR and len(occurrence.hosts) > 1
            # a month or a year is the whole trip's (زيارة تشمل إسرائيل ومصر منتصف ديسمبر)
            coarse = occurrence.date is not None and len(occurrence.date.value) in {4, 7}
            for number, host in enumerate(occurrence.hosts):
                visit_sides = assembler.sides([*refs, host], day)
                if len({side.country for side in visit_sides}) >= 2:  # noqa: PLR2004
                    leg = attrs.evolve(occurrence, date=None) if number else occurrence
                    at = assembler.doc.token_at(host.start)
                    first_at = assembler.doc.token_at(occurrence.hosts[0].start)
                    # لزيارة السعودية والإمارات: a list of states with no إلى before it
                    bare_list = first_at > 0 and (
                        assembler.doc.tokens[first_at - 1] not in _lexicon()["to"]
                    )
                    if number and (
                        bare_list or (at > 0 and assembler.doc.tokens[at - 1] in _lexicon()["to"])
                    ):
                        # an onward leg (وبعدها إلى قطر; لزيارة السعودية والإمارات): its
                        # mention is the destination
                        leg = attrs.evolve(
                            occurrence,
                            date=None,
                            trigger=attrs.evolve(
                                occurrence.trigger, start=host.start, end=host.end
                            ),
                            mention_end=host.end,
                            extra_mentions=[],
                        )
                    if coarse:
                        leg = attrs.evolve(leg, date=occurrence.date)  # منتصف ديسمبر: all legs
                    elif tour and occurrence.date is not None:
                        leg = attrs.evolve(leg, date=None, vague_date=True)
                    status = occurrence.status or (
                        Status.PLANNED if occurrence.future_date else None
                    )
                    contact = create(leg, visit_sides, status)
                    contact.visitors.update(
                        side.id for side in visit_sides if side.country != host.value
                    )
            continue
        sides = assembler.sides(refs, day)
        if (
            len(sides) == 1
            and occurrence.to_host is not None
            and occurrence.trigger.word in _TRIPS
            and occurrence.to_host.place_state
        ):
            # زيارة لوزير الخارجية الأمريكي إلى السعودية: the destination is the host
            sides = assembler.sides([*refs, *occurrence.to_host.refs], day)
        if len(sides) == 1 and occurrence.possessor is not None:
            sides = assembler.sides([occurrence.possessor, *refs], day)
        if len(sides) == 1 and occurrence.speaker is not None:
            sides = assembler.sides([occurrence.speaker, *refs], day)
        envoy = next((ref for ref in occurrence.refs if ref.region), None)
        if (
            envoy is not None
            and len(sides) == 1
            and occurrence.mode == "visit"
            and envoy.region in assembler.actors.states
            and envoy.region != sides[0].country
            and occurrence.to_host is None
        ):
            # يزور المبعوث الأمريكي الخاص للسودان البلاد غدا: an envoy visits his mandate's
            # state (named after him, so that he is the visitor)
            mandate = (EvidenceKind.STATE, envoy.end, envoy.end, None)
            sides = [*sides, assembler.state_side(str(envoy.region), mandate)]
        role = occurrence.role_adjective
        if role in offices.ROLES and sides and all(side.kind is ActorKind.STATE for side in sides):
            sides = _with_role(assembler, sides, role, day, occurrence)  # قمة رئاسية
        real = [side for side in sides if side.kind is not ActorKind.ORGANIZATION]
        if not real:
            sides = []  # organizations alone are no contact
        status = occurrence.status
        kind = occurrence.trigger.kind
        if status is None and len(sides) >= 2 and _perfect(occurrence.trigger):  # noqa: PLR2004
            status = Status.HELD  # التقى X وY: it happened (a perfect verb outweighs the date)
        if status is None and occurrence.future_date:
            status = Status.PLANNED
        if (
            status is None
            and occurrence.date is not None
            and occurrence.date.last is not None
            and assembler.reference is not None
            and occurrence.date.last < assembler.reference
        ):
            status = Status.HELD  # عقدا لقاء في 15 أغسطس المنصرم: a date gone by
        if len(sides) >= 2 and len({side.country for side in sides}) == 1:  # noqa: PLR2004
            traveller = _visitor_during(assembler, occurrence, loose, sides, contacts)
            if traveller is None and (
                visit := _visit_of_host(assembler.doc, contacts, occurrence, sides, status)
            ):
                # بدأ ظريف زيارة إلى لبنان ... سيلتقي الرؤساء الثلاثة عون والحريري وبري
                traveller = next(side for side in visit.sides if side.country != sides[0].country)
            if traveller is not None:
                # في زيارة يلتقي خلالها رئيس الوزراء ورئيس مجلس النواب: the traveller meets
                # each (split into one contact each when the contacts are built)
                meet(traveller, occurrence, sides, status)
                continue
        if len(sides) >= 2:  # noqa: PLR2004
            same = _find_same(contacts, sides, occurrence, status)
            if same is not None:
                join(same, occurrence, sides, status)
                continue
            target = _trip_of(assembler, contacts, occurrence, sides)
            if target is not None:
                attach(target, occurrence, sides)
                continue
            if kind == "discussion" and not occurrence.has_with and occurrence.recalled:
                # كانا قد تحادثا الشهر الماضي: an earlier contact of its own
                create(occurrence, sides, status or Status.HELD)
                continue
            if kind == "discussion" and not occurrence.has_with and not _spoke(occurrence, sides):
                target = _same_sentence(by_sentence, occurrence, status) or _nearest(
                    contacts, occurrence, status
                )
                if target is not None:
                    attach(target, occurrence)
                continue
            if occurrence.trigger.word in _LEAVING:
                target = _nearest(contacts, occurrence, status)
                if target is not None:
                    attach(target, occurrence)
                continue
            target = _same_sentence(by_sentence, occurrence, status, sides=sides)
            if target is not None:
                attach(target, occurrence, sides)
                continue
            create(occurrence, sides, status)
            continue
        if len(sides) == 1 and occurrence.trigger.word in _LEAVING and occurrence.places:
            # وسيغادر الرئيس التركي سوتشي: the end of the visit to Sochi, not the next trip
            left = {place.city for place in occurrence.places if place.city}
            target = next(
                (
                    contact
                    for contact in reversed(contacts)
                    if sides[0].id in contact.ids
                    and any(
                        place.city in left
                        for occ in contact.occurrences
                        for place in occ.places
                        if occ is not occurrence
                    )
                ),
                None,
            )
            if target is not None:
                attach(target, occurrence)
                continue
        if len(sides) == 1 and _lone_arrival(assembler, occurrence, occurrences, sides[0]):
            # يتوجه الأخير إلى العاصمة الإيرانية طهران: a visit to that state
            assert occurrence.to_host is not None  # noqa: S101
            destination = _host_state(occurrence.to_host) or ""
            sides = [*sides, assembler.state_side(destination, (EvidenceKind.STATE, 0, 0, None))]
            target = _find_same(contacts, sides, occurrence, status)
            if target is not None:  # غادر ... متوجها إلى الجزائر: the visit the headline named
                join(target, occurrence, sides, status)
                target.visitors.add(sides[0].id)
                continue
            if status is None and _perfect(occurrence.trigger):
                status = Status.HELD  # وصل X إلى أنقرة: it happened, whatever is to come
            create(occurrence, sides, status).visitors.add(sides[0].id)
            continue
        trip = _trip_of(assembler, contacts, occurrence, sides)
        if trip is not None:
            # وتعد هذه الزيارة فرصة للقاء مع الرئيس X: X is whom the traveller meets
            attach(trip, occurrence, sides)
            continue
        traveller = _visitor_during(assembler, occurrence, loose, sides, contacts)
        if traveller is not None:
            # غادر سموه متوجها إلى الولايات المتحدة في زيارة يلتقي خلالها ترمب: the
            # traveller meets the one named
            meet(traveller, occurrence, sides, status)
            continue
        visit = _visit_of_host(assembler.doc, contacts, occurrence, sides, status)
        if visit is not None:
            # وصل لافروف إلى دمشق واجتمع مع الأسد، ومن المقرر أن يلتقي لاحقا وليد المعلم:
            # another person of the host state met on that trip, a contact of its own
            traveller = next(side for side in visit.sides if side.country != sides[0].country)
            met_during(visit, traveller, occurrence, sides, status)
            continue
        if len(sides) == 1:
            side = sides[0]
            target = None
            invited = (
                _invited_by_side(contacts, occurrence, side) if status is Status.PROPOSED else None
            )
            if invited is not None:
                # اتصل X بـY ... ووجه له دعوة لزيارة تونس: Y is invited, X receives
                guest, inviter = invited
                same = _find_same(contacts, [guest, inviter], occurrence, status)
                if same is not None:
                    join(same, occurrence, [guest, inviter], status)  # مستعد للقاء ... وجه دعوة
                else:
                    create(occurrence, [guest, inviter], status).visitors.add(guest.id)
                continue
            if occurrence.trigger.word in _TRIPS:
                target = next(
                    (c for c in contacts if side.id in c.ids and not _hosted_by(c, side)), None
                )
                if target is not None:
                    target.visitors.add(side.id)
                    trips.append((occurrence.sentence, side.id, target))
            target = target or _same_sentence(by_sentence, occurrence, status)
            if target is None:
                target = next(
                    (
                        c
                        for c in reversed(contacts)
                        if side.id in c.ids
                        and _compatible_modes(c.modes, _modes(occurrence))
                        and _compatible_status(c, status, unstated=True)
                        and not _earlier_than(occurrence, c)
                        and not (occurrence.trigger.word in _TRIPS and _hosted_by(c, side))
                    ),
                    None,
                )
            if target is None and occurrence.mode in {"meeting", "visit"}:
                target = _visit_to_state_of(assembler.doc, contacts, occurrence, side, status)
            if target is not None:
                # في زيارة ... يلتقي فيها الرئيس ترامب: the person of a side named only as
                # a state (إلى أميركا) is that side
                join(target, occurrence, [side] if _names_state_side(target, side) else (), status)
            else:
                loose.append((occurrence, side))
                if status is not None and status is not Status.HELD:
                    waiting.append(occurrence)  # أعلنت الخارجية الأردنية إلغاء القمة
            continue
        # no side of its own: a later mention (المحادثة، الاجتماع، الجانبان) or, with a
        # cue of its own, a new contact between the sides of the context (قمة رئاسية محتملة)
        if status is not None and status is not Status.HELD:
            same = _same_sentence(by_sentence, occurrence, status) or _nearest(
                contacts, occurrence, status, strict=True
            )
            if same is not None:
                attach(same, occurrence)
                continue
            context = _same_sentence(by_sentence, occurrence, None) or (
                contacts[-1] if contacts else None
            )
            pair_role = next((pair.role for pair in occurrence.pairs if pair.role), None)
            role = occurrence.role_adjective or pair_role
            if context is not None and (role or occurrence.pairs):
                states = [
                    assembler.state_side(
                        code,
                        (
                            EvidenceKind.ANAPHOR,
                            occurrence.trigger.start,
                            occurrence.trigger.end,
                            None,
                        ),
                    )
                    for code in sorted(context.countries)
                ]
                if role in offices.ROLES:
                    states = _with_role(assembler, states, role, day, occurrence)
                elif role is None and occurrence.pairs:
                    states = list(context.sides)  # الرجلان، الجانبان: the sides as they are
                if len(states) >= 2:  # noqa: PLR2004
                    contact = create(occurrence, states, status)
                    contact.context_role = role
                    continue
            waiting.append(occurrence)
            continue
        dual = occurrence.trigger.suffix == "هما" or occurrence.pairs
        # الرئيسان كانا قد تحادثا الشهر الماضي: an earlier contact of the same sides
        recalled_pair = bool(dual and occurrence.recalled and contacts)
        target = (
            None
            if recalled_pair
            else _same_sentence(by_sentence, occurrence, status)
            or _nearest(contacts, occurrence, status)
        )
        if target is not None and _other_day(target, occurrence):
            # آخر زيارة ... في كانون الأول 1999، عندما زار ...: the contact of that day,
            # written after it
            dated.append((occurrence, target))
            continue
        if target is not None:
            attach(target, occurrence)
            continue
        if contacts and dual:
            # أجرى الرئيسان مكالمة؛ خلال لقائهما الأخير: another contact of the same sides
            base = contacts[-1]
            role = next((pair.role for pair in occurrence.pairs if pair.role), None)
            sides = list(base.sides)
            if role in offices.ROLES and not recalled_pair:  # (then: the same persons)
                states = [
                    assembler.state_side(
                        side.country or side.id,
                        (
                            EvidenceKind.ANAPHOR,
                            occurrence.trigger.start,
                            occurrence.trigger.end,
                            None,
                        ),
                    )
                    for side in base.sides
                ]
                sides = _with_role(assembler, states, role, day, occurrence)
            if len({side.country for side in sides}) >= 2:  # noqa: PLR2004
                create(occurrence, sides, status or (Status.HELD if recalled_pair else None))
            continue
        if occurrence.pairs and not contacts:
            # قال البيت الأبيض إن بايدن وجه الشكر لسلطان عمان ... «الزعيمان أكدا خلال
            # الاتصال»: the two persons named before, when no contact came before
            sides = assembler.sides(assembler.persons_before(occurrence), day)
            if len(sides) == 2 and len({side.country for side in sides}) == 2:  # noqa: PLR2004
                create(occurrence, sides, status)
                continue
        if kind == "noun" and not contacts:
            pending.append(occurrence)  # a headline before the contact it announces
    for occurrence, fallback in dated:
        assert occurrence.date is not None  # noqa: S101
        value = occurrence.date.value
        same_day = next(
            (
                contact
                for contact in contacts
                if contact.date is not None
                and contact.date.value == value
                and abs(contact.occurrences[0].sentence - occurrence.sentence) <= 2  # noqa: PLR2004
            ),
            fallback,
        )
        attach(same_day, occurrence)
    if pending and contacts:
        contacts[0].add(*pending)
    for sentence, visitor, trip in trips:
        for contact in contacts:
            if contact is trip or visitor not in contact.ids or contact.visitors:
                continue
            if sentence in {occ.sentence for occ in contact.occurrences}:
                contact.visitors.add(visitor)
                contact.trip = trip
    _meetings_of_visits(assembler, contacts)
    for contact in contacts:
        contact.sort()
    # a contact is between states: sides of one country only are not one
    return [
        contact
        for contact in contacts
        if len(contact.sides) >= 2 and len(contact.countries) >= 2  # noqa: PLR2004
    ]


def _spoke(occurrence: Occurrence, sides: Sequence[Side]) -> bool:
    """Whether a discussion word without مع names a contact of its own: persons of two states.

    بحث X وY هاتفيا is a call of the two, بحث وزير الخارجية الإماراتي ووزير الخارجية
    الأميركي تطورات ... their talk. With a state among the sides, what follows is more often
    the topic (بحث الوزير الأزمة في ليبيا): it makes none; so do persons of one state.
    """
    return (
        occurrence.trigger.kind == "discussion"
        and all(side.kind == "person" for side in sides)
        and len({side.country for side in sides}) >= 2  # noqa: PLR2004
    )


def _perfect(trigger: Trigger) -> bool:
    """Whether a verb is in the perfect (التقى، زار، استقبل): a contact that happened."""
    if trigger.kind not in {"verb", "discussion", "speaking"} or trigger.future:
        return False
    return trigger.word[:1] in {"ا", "ز", "و", "غ", "ه", "ب"} or trigger.word.startswith(
        ("تباحث", "ناقش", "تحدث", "تكلم")
    )


def _with_role(
    assembler: Assembler,
    sides: Sequence[Side],
    role: str,
    day: dt.date | None,
    occurrence: Occurrence,
) -> list[Side]:
    """States replaced by the holders of *role* for them (قمة رئاسية: the presidents)."""
    found = []
    for side in sides:
        ref = Ref(
            "office",
            role=role,
            state=side.id,
            evidence=EvidenceKind.ANAPHOR,
            start=occurrence.trigger.start,
            end=occurrence.mention_end,
        )
        resolved = assembler.resolve(ref, day, [])
        found.append(resolved if resolved is not None else side)
    return _merge_sides(found)


_LEAVING: Final = frozenset(fold(word) for word in ("غادر", "غادرت", "يغادر"))
_TOUR: Final = fold("جولة")
_TOUR_NOUNS: Final = _set(words.TOUR_NOUNS)
_ROUND_OF: Final = _set(words.ROUND_OF_TALKS)
_TO: Final = fold("إلى")
_TOUR_INCLUDES: Final = _set(words.TOUR_INCLUDES)
_TIME_WORDS: Final = frozenset(fold(word) for word in ("وبعد", "وقبل", "وعقب", "وإثر"))
_PLAIN_TIME_WORDS: Final = frozenset(fold(word) for word in ("بعد", "قبل", "قبيل", "عقب", "إثر"))
_POSSESSIVES: Final = frozenset(("ه", "ها", "هما"))
_PARTICIPLES: Final = frozenset(fold(word) for word in ("متوجها", "متوجهة", "متوجهًا"))
_ARRIVING: Final = _set(words.ARRIVAL_VERBS)
_PARTICIPLES_RECEIVING: Final = _set(words.RECEIVING_PARTICIPLES)
_ALIGHTING: Final = _set(words.ALIGHTING_VERBS)
_DENIAL_VERBS: Final = _set(words.DENIAL_VERBS)
_REPORTING: Final = _set(words.REPORTING_VERBS)
_DAY_OFFSETS: Final = MappingProxyType(
    {fold(phrase): days for phrase, days in words.DAY_OFFSETS.items()}
)
_ALIGHTING_OPENERS: Final = _set(words.ALIGHTING_OPENERS)
_ADDITION: Final = frozenset(
    tuple(fold(phrase).split())
    for phrase in (
        "بالإضافة إلى",
        "إضافة إلى",
        "فضلا عن",
        "علاوة على",
        "وكذلك مع",
        "كلا من",  # التقى كلا من X وY: a list of sides
        "كل من",
    )
)
_ANOTHER: Final = _set(words.ANOTHER_WORDS)
_NAMELY: Final = _set(words.NAMELY_WORDS)
_LIST_WINDOW: Final = 48  # tokens after a contact word a list opened by وهم may run
_RECALLED_BEFORE: Final = frozenset(fold(word) for word in ("آخر", "اخر", "سابق"))
_RANK_WORDS: Final = frozenset(_strip_article(fold(word)) for word in offices.RANK_WORDS)
_SENIOR: Final = _set(offices.SENIOR_WORDS)
_SUBORDINATE: Final = frozenset(_strip_article(fold(word)) for word in offices.SUBORDINATE_WORDS)
_AFTER_WORDS: Final = frozenset(fold(word) for word in ("عقب", "إثر"))  # عقب زيارة: a new clause
_EACH: Final = frozenset(fold(word) for word in ("كل", "كلا", "كلٌّ"))
_FROM: Final = fold("من")
_BEFORE: Final = fold("قبل")
_INVITING: Final = _set(words.INVITING_VERBS)
_INVITATION_NOUNS: Final = _set(words.INVITATION_NOUNS)
_INVITATION_REACH: Final = 12  # tokens from دعوة to the one invited (دعوة أمير قطر ... إلى الرئيس)
_INVITATIONS: Final = frozenset(
    _strip_article(fold(word)) for word in ("دعوة", "الدعوة", "لدعوة", "تلبية لدعوة")
)
_INVITERS: Final = frozenset({"person", "office", "counterpart"})  # who may invite to a visit
_WITH: Final = fold("مع")
_CALLS: Final = fold("اتصالات")
_QAD: Final = frozenset(fold(word) for word in ("قد", "وقد"))
_WAS_FORMS: Final = frozenset(
    fold(word) for word in ("كان", "كانا", "كانت", "كانتا", "كانوا", "وكان", "وكانا", "وكانت")
)
_CALL: Final = fold("اتصال")
_DUAL: Final = frozenset(("ين", "ان"))


def _several_calls(trigger: Trigger) -> bool:
    """Whether the word says several calls: تلقى اتصالات / اتصالين هاتفيين من X وY.

    One call with each side named after it.
    """
    return trigger.word == _CALLS or (trigger.word == _CALL and trigger.suffix in _DUAL)


_PLURAL_CALL_VERBS: Final = _set(words.PLURAL_CALL_VERBS)
_ONE_BY_ONE: Final = _set(words.ONE_BY_ONE_NOUNS)
_SERIES: Final = _set(words.SERIES_NOUNS)
_BILATERAL: Final = _set(words.BILATERAL_WORDS)
_PLACE_NOUNS: Final = _set(words.PLACE_NOUNS)
_THAT: Final = fold("أن")
_BINDING: Final = _set(words.BINDING_VERBS)
_BOND_REACH: Final = 4  # tokens from a relation noun to its bond verb (العلاقات الأخوية التي تجمع)
_THEN: Final = fold("ثم")
_CONTENT: Final = _set(words.CONTENT_NOUNS)
_INCLUDING: Final = _by_last_word(words.INCLUDING_PHRASES)
_AND: Final = fold("و")
_SEQUEL_WORDS: Final = _set(words.SEQUEL_WORDS)
_CAPITAL_OF: Final = fold(words.CAPITAL_NOUN)
_RELATIONS: Final = frozenset(_strip_article(form) for form in _set(words.RELATION_WORDS))
_LATTER: Final = _set(offices.LATTER_WORDS)
_RELATIVES: Final = _set(tuple(words.RELATIVE_PRONOUNS))
_WHICH_OF: Final = {gender: fold(word) for word, gender in words.RELATIVE_PRONOUNS.items()}
_FEMININE_NOUNS: Final = _set(words.FEMININE_NOUNS)
_GATHERED: Final = fold("جمع")
_WITH_EACH: Final = frozenset(fold(word) for word in ("مع", "ومع"))
_ON: Final = fold("على")
_APART: Final = frozenset(fold(word) for word in ("حدة", "حدا", "حده"))
_SPAN_WORDS: Final = frozenset(fold(word) for word in ("منذ", "حتى", "لغاية", "بحلول"))
_PRONOUN_COMPLEMENTIZERS: Final = frozenset(
    fold(word) for word in ("أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")
)
_INTENT_WORDS: Final = frozenset(
    fold(word)
    for word in (*words.PROPOSED_CUES, *words.PLANNED_CUES)
    if " " not in word and word[0] not in "اإأآ"  # مستعد، يعتزم: not الإعداد، المقرر
)
_THIS: Final = frozenset(fold(word) for word in ("هذه", "هذة", "خلال"))  # هذه الزيارة
_TRIPS: Final = frozenset(fold(word) for word in ("زيارة", "رحلة", "جولة"))  # the trip as a whole
_QUESTION: Final = fold("سؤال")  # رداً على سؤال ما إذا كان سيعقد لقاء: a new clause


def _owned_talks(trigger: Trigger, *, has_with: bool, pre_count: int, refs: list[Ref]) -> bool:
    """Whether a noun with ه/ها and a مع list has several sides before it (only one owns it)."""
    return (
        trigger.kind == "noun"
        and trigger.suffix in {"ه", "ها"}
        and has_with
        and pre_count > 1
        and len(refs) > pre_count
        and len({(ref.kind, ref.value, ref.state) for ref in refs[:pre_count]}) > 1
    )


def _names_state_side(contact: Contact, side: Side) -> bool:
    """Whether *side*, a person, is of a state that is a side of *contact* only as a state."""
    return (
        side.kind is ActorKind.PERSON
        and side.id not in contact.ids
        and side.country is not None
        and any(
            other.kind is ActorKind.STATE and other.id == side.country for other in contact.sides
        )
        and not any(
            other.kind is ActorKind.PERSON and other.country == side.country
            for other in contact.sides
        )
    )


def _earlier_than(occurrence: Occurrence, contact: Contact) -> bool:
    """Whether *occurrence* recalls a contact before *contact*, the text's news.

    وكان وزير الخارجية السوري قد اتصل في وقت سابق بنظيره: an earlier call of the same
    persons, not the one of the news (كان ... قد before the verb, undated).
    """
    return (
        occurrence.recalled
        and not contact.recalled
        and occurrence.trigger.kind == "verb"
        and (occurrence.date is None or contact.date is None)
    )


def _private(doc: Doc, contact: Contact, stops: Sequence[int]) -> bool:
    """Whether *contact* is a trip to a state with nobody met: no diplomatic contact.

    A private trip (رحلة خاصة إلى فرنسا، الزيارة الخاصة: a word of ``PRIVATE_TRIP_WORDS``
    agreeing with the visit word right before it; not الزيارة خاصة في ظل, «especially») or a
    trip to a forum the state hosts (وصل إلى نيويورك للمشاركة في أشغال الجمعية العامة), told
    only by visit words: a meeting word joined to it (التقى خلالها) keeps it. *stops* are the
    tokens of the contact words.
    """
    if (
        "visit" not in contact.modes
        or sum(side.kind is ActorKind.PERSON for side in contact.sides) > 1
        or any(occ.trigger.mode != "visit" for occ in contact.occurrences)
    ):
        return False
    tokens = doc.tokens
    for occ in contact.occurrences:
        after = tokens[occ.tok1 + 1 : occ.tok1 + 3]
        if after and _private_after(tokens[occ.tok0], after):
            return True
        if _to_a_forum(doc, occ, stops):
            return True
    return False


def _to_a_forum(doc: Doc, occ: Occurrence, stops: Sequence[int]) -> bool:
    """Whether the trip word *occ* goes on, in its clause, to a forum (للمشاركة في، لحضور).

    حل بنيويورك للمشاركة في أشغال الجمعية العامة; not past the next contact word or a comma
    (زار القاهرة أمس، وسيتوجه غدا إلى نيويورك لحضور جلسة مجلس الأمن: another trip).
    """
    index = bisect.bisect_right(stops, occ.tok1)
    end = stops[index] if index < len(stops) else len(doc.tokens)
    last = min(occ.tok1 + _FORUM_TRIP_REACH, end - 1, len(doc.tokens) - 1)
    text, starts, ends = doc.text, doc.starts, doc.ends
    for at in range(occ.tok1 + 1, last + 1):
        if doc.sentence(at) != occ.sentence or _COMMAS.intersection(
            text[ends[at - 1] : starts[at]]
        ):
            return False
        if doc.tokens[at] in _TO_A_FORUM:
            return True
    return False


def _private_after(noun: str, after: Sequence[str]) -> bool:
    """Whether the words *after* the visit word *noun* make it a private trip.

    The adjective agrees in the article (not الزيارة خاصة، «especially») and is the only one
    (not زيارة خاصة ورسمية).
    """
    word = after[0]
    if len(after) > 1 and after[1].startswith("و") and after[1][1:] not in _PRIVATE:
        return False  # زيارة خاصة ورسمية: an official visit too
    if noun.lstrip("وف").startswith(("ال", "بال", "لل", "كال")):
        return word.startswith("ال") and word[2:] in _PRIVATE
    return word in _PRIVATE


def _elsewhere(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a meeting in a city of another state than *contact*'s meeting.

    التقى X وY في جنيف ... كما التقى X Y في فيينا: two meetings. A trip may take its traveller
    to several cities of one state (الرياض، العلا), and a visit to several states: not for those.
    """
    if occurrence.mode == "visit" or "visit" in contact.modes:
        return False
    states = {place.city_state for place in occurrence.places if place.city}
    if not states:
        return False
    theirs = contact.city_states
    return bool(theirs) and not states & theirs  # (الرياض then العلا: one trip, one host)


def _find_same(  # noqa: C901
    contacts: Sequence[Contact],
    sides: Sequence[Side],
    occurrence: Occurrence,
    status: Status | None,
) -> Contact | None:
    ids = frozenset(side.id for side in sides)
    countries = frozenset(side.country or side.id for side in sides)
    persons = {side.id for side in sides if side.kind is ActorKind.PERSON}
    modes = _modes(occurrence)
    date = occurrence.date
    for contact in reversed(contacts):
        if not _compatible_modes(contact.modes, modes) or _elsewhere(contact, occurrence):
            continue
        if _announced_visit(contact, ids, occurrence, status) or _undated_announcement(
            contact, countries, persons, occurrence, status
        ):
            return contact
        if not _compatible_status(contact, status, unstated=True):
            continue
        other = contact.date
        recalled = contact.recalled
        if occurrence.recalled != recalled and (
            date is None or other is None or not _nested(date, other)
        ):
            # وكان آخر لقاء بين ...: an earlier contact of the same sides; وكانت X قد أدت يوم
            # الثلاثاء زيارة: an earlier visit on a day of its own, not a day of this one
            continue
        trip = (
            "visit" in contact.modes
            and occurrence.mode == "visit"
            and not _return_trip(contact, occurrence)
        )
        if date is not None and other is not None and not (trip or _nested(date, other)):
            continue  # (the days of one visit may differ: arrival, reception)
        if contact.ids == ids:
            return contact
        contact_persons = {side.id for side in contact.sides if side.kind is ActorKind.PERSON}
        if any(
            side.kind is not ActorKind.PERSON
            and side.role is not None
            and not any(
                other.country == side.country and other.role == side.role for other in contact.sides
            )
            for side in sides
        ):
            continue  # المبعوث الأمريكي: another person of that state than the contact's
        if contact.countries == countries and (
            not persons
            or not contact_persons
            or persons <= contact_persons
            or contact_persons <= persons
        ):
            if not persons and occurrence.places and not _same_place(contact, occurrence):
                continue
            if not persons and status is None and contact.explicit_status:
                continue
            return contact
    return None


def _host_state(host: Designation) -> str | None:
    """The state a destination names: a city's, a state's, or an institution's (البيت الأبيض)."""
    return (
        host.city_state
        or host.place_state
        or next((ref.value for ref in host.refs if ref.kind == "state"), None)
    )


def _visit_of_host(
    doc: Doc,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    sides: Sequence[Side],
    status: Status | None,
) -> Contact | None:
    """The visit just told whose host is another person of its sides' state, if any.

    A meeting verb with one side named, or several persons of one state (ومن المقرر أن يلتقي
    لاحقا وزير الخارجية وليد المعلم)
    after a visit between two persons (وصل لافروف إلى دمشق واجتمع مع الأسد): the traveller
    meets that person too. So after a visit to the state alone when the meeting is to come
    and the visit has been made (وصل بومبيو إلى الخرطوم، وينتظر أن يلتقي البرهان).
    """
    if not _met_on_a_trip(occurrence, sides):
        return None
    side = sides[0]
    for contact in reversed(contacts):
        if _trip_ended(doc, contact, occurrence):
            return None
        if "visit" not in contact.modes or contact.recalled or len(contact.sides) != 2:  # noqa: PLR2004
            continue
        hosts = [other for other in contact.sides if other.country == side.country]
        travellers = [other for other in contact.sides if other.country != side.country]
        if contact.ids & {met.id for met in sides} or len(hosts) != 1 or len(travellers) != 1:
            continue
        if len(sides) > 1 and _before_visit(occurrence, contact):
            continue  # والتقى بوتين ولافروف ... الشهر الماضي: before the trip
        if travellers[0].kind is not ActorKind.PERSON:
            continue
        if hosts[0].kind is ActorKind.PERSON and _hosts(contact) == {hosts[0].id}:
            return contact
        if hosts[0].kind is ActorKind.STATE and (
            len(sides) > 1 or not _compatible_status(contact, status, unstated=True)
        ):
            return contact  # (several persons met: one contact each, the visit stays)
    return None


def _met_on_a_trip(occurrence: Occurrence, sides: Sequence[Side]) -> bool:
    """Whether *sides* may be persons a traveller meets: persons of one state, a meeting verb.

    Several of them (سيلتقي الرؤساء الثلاثة عون والحريري وبري) only as the object of a verb of
    meeting or after مع: after يجتمع they are its subject (ويجتمع بوتين ولافروف غدا).
    """
    return not (
        not sides
        or any(side.kind is not ActorKind.PERSON for side in sides)
        or len({side.country for side in sides}) != 1
        or occurrence.trigger.kind != "verb"
        or occurrence.mode != "meeting"
        or occurrence.recalled
        or (
            len(sides) > 1
            and not occurrence.has_with
            and occurrence.trigger.word not in _MEETING_OBJECT_VERBS
        )
    )


def _before_visit(occurrence: Occurrence, contact: Contact) -> bool:
    """Whether *occurrence* is dated before the visit *contact* began."""
    date, visit = occurrence.date, contact.date
    return bool(
        date is not None
        and visit is not None
        and date.last is not None
        and visit.first is not None
        and date.last < visit.first
    )


def _trip_ended(doc: Doc, contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is too far from the trip *contact* to be part of it.

    More than :data:`_TRIP_SENTENCES` sentences on, or after a sentence on another subject.
    """
    last = contact.occurrences[-1].sentence
    return occurrence.sentence - last > _TRIP_SENTENCES or doc.shift_between(
        last, occurrence.sentence
    )


def _invited_by_side(
    contacts: Sequence[Contact], occurrence: Occurrence, side: Side
) -> tuple[Side, Side] | None:
    """The guest and the host of an invitation to visit a state, from the contact just told.

    ووجه له دعوة لزيارة تونس after a call between the presidents of Tunisia and Senegal:
    the side of the state visited invites, the other one is invited.
    """
    state = side.country or side.id  # (the state visited, or its person named before)
    if occurrence.trigger.word not in _TRIPS:
        return None
    for contact in reversed(contacts):
        if not 0 <= occurrence.sentence - contact.occurrences[-1].sentence <= 1:
            return None
        hosts = [other for other in contact.sides if other.country == state]
        guests = [other for other in contact.sides if other.country != state]
        if len(contact.sides) == 2 and len(hosts) == 1 and len(guests) == 1:  # noqa: PLR2004
            return guests[0], hosts[0]
    return None


def _visit_to_state_of(
    doc: Doc,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    side: Side,
    status: Status | None,
) -> Contact | None:
    """The visit just told to *side*'s state, named only as a state, if any.

    سيزور وزير الخارجية موسكو ... وسيلتقي نظيره الروسي سيرغي لافروف: the minister met is
    the side the visit named as Russia.
    """
    for contact in reversed(contacts):
        if _trip_ended(doc, contact, occurrence):
            return None
        if (
            "visit" in contact.modes
            and not contact.recalled
            and side.id not in contact.visitors
            and any(
                other.kind is ActorKind.STATE and other.id == side.country
                for other in contact.sides
            )
            and _compatible_status(contact, status, unstated=True)
        ):
            return contact
    return None


def _hosted_by(contact: Contact, side: Side) -> bool:
    """Whether *side*'s state receives the visit *contact* (so a trip of its own is another).

    زيارة السيسي إلى تركيا تلبية لدعوة أردوغان ... خلال زيارة أردوغان إلى القاهرة.
    """
    return side.id in _hosts(contact) or any(
        occ.to_host is not None and _host_state(occ.to_host) == side.country
        for occ in contact.occurrences
    )


def _return_trip(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a visit to the state of one of *contact*'s visitors.

    زيارة السيسي للخرطوم بعد زيارة البشير للقاهرة في 19 مارس: the host's own trip, another
    visit on another day, not a day of the same one.
    """
    host = occurrence.to_host
    if host is None or not contact.visitors:
        return False
    state = _host_state(host)
    return state is not None and any(
        side.country == state for side in contact.sides if side.id in contact.visitors
    )


def _nested(one: DateMention, other: DateMention) -> bool:
    """Whether one date holds the other (2022-09-13 and 2022: one contact, told more or less)."""
    if one.value == other.value:
        return True
    if None in (one.first, one.last, other.first, other.last):
        return False
    return (one.first <= other.first and other.last <= one.last) or (  # type: ignore[operator]
        other.first <= one.first and one.last <= other.last  # type: ignore[operator]
    )


def _announced_visit(
    contact: Contact, ids: frozenset[str], occurrence: Occurrence, status: Status | None
) -> bool:
    """Whether a planned visit is a held one the text reports, announced before it.

    كافيلاشفيلي سيزور تركيا يومي 12 و13 أغسطس after استقبل ... نظيره ... اليوم: the same
    sides, and the held visit's day within the announced days.
    """
    if (
        status is not Status.PLANNED
        or contact.status is not Status.HELD
        or contact.ids != ids
        or occurrence.mode != "visit"
        or "visit" not in contact.modes
        or occurrence.date is None
        or contact.date is None
    ):
        return False
    first, _, last = occurrence.date.value.partition("/")
    day = contact.date.value
    return len(day) == len(first) and first <= day <= (last or first)


def _hosts(contact: Contact) -> set[str]:
    """The ids of the sides who host a visit.

    Those not travelling, else the one a visit word makes the host (the subject of استقبل).
    """
    if contact.visitors:
        return {side.id for side in contact.sides if side.id not in contact.visitors}
    if len(contact.sides) == 2:  # noqa: PLR2004
        receiver = _receiver(contact, contact.sides)
        return {receiver.id} if receiver is not None else set()
    return set()


def _undated_announcement(
    contact: Contact,
    countries: frozenset[str],
    persons: set[str],
    occurrence: Occurrence,
    status: Status | None,
) -> bool:
    """Whether an undated planned visit announces the held visit the text reports.

    وكانت الخارجية أعلنت أمس أن الوزير بن مبارك سيجري زيارة رسمية إلى المغرب, after
    استقبل بوريطة نظيره اليمني ... اليوم: the same states, and the one who is to travel is no
    host of the held visit (a return visit of the host is another contact).
    """
    return (
        status is Status.PLANNED
        and contact.status is Status.HELD
        and occurrence.mode == "visit"
        and "visit" in contact.modes
        and occurrence.date is None
        and contact.date is not None
        and contact.countries == countries
        and bool(persons)
        and persons <= contact.ids
        and not persons & _hosts(contact)
    )


_DURING: Final = frozenset(fold(word) for word in ("خلالها", "خلاله"))


def _other_day(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether a mention with no side of its own is dated another day than *contact*."""
    return (
        occurrence.date is not None
        and contact.date is not None
        and occurrence.date.value != contact.date.value
        and _CONCRETE.match(occurrence.date.value) is not None
    )


_CAPITAL_WORDS: Final = frozenset(fold(word) for word in words.PLACE_HEAD_WORDS)


def _place_only(designation: Designation) -> bool:
    """Whether a phrase names only a place (a city, a capital, a state), no person."""
    return bool(designation.city or designation.place_state) and all(
        ref.kind == "state" for ref in designation.refs
    )


def _distinct_hosts(hosts: Sequence[Designation]) -> list[Ref]:
    """The destinations of a trip to several states (none when it goes to one).

    وصل إلى العاصمة السعودية الرياض ... في زيارة إلى المملكة: one state, one visit.
    """
    refs: list[Ref] = []
    seen: set[str] = set()
    for host in hosts:
        for ref in host.refs:
            state = host.city_state or ref.state or ref.value
            if state not in seen:
                seen.add(state)
                refs.append(ref)
    return refs if len(refs) > 1 else []


def _lone_arrival(
    assembler: Assembler, occurrence: Occurrence, occurrences: Sequence[Occurrence], side: Side
) -> bool:
    """Whether an arrival or departure verb with one side is a visit to its destination.

    Only when the destination is a state other than the traveller's and no later contact
    word of the sentence says what the trip is for (... في زيارة يلتقي خلالها).
    """
    del assembler
    host = occurrence.to_host
    if (
        occurrence.trigger.kind != "verb"
        or (occurrence.trigger.word not in _ARRIVING and occurrence.trigger.word not in _ALIGHTING)
        or host is None
    ):
        return False
    state = _host_state(host)
    if not state or state == side.country:
        return False
    return not any(
        other.sentence == occurrence.sentence and other.tok0 > occurrence.tok1
        for other in occurrences
    )


def _visitor_during(
    assembler: Assembler,
    occurrence: Occurrence,
    loose: Sequence[tuple[Occurrence, Side]],
    sides: Sequence[Side],
    contacts: Sequence[Contact] = (),
) -> Side | None:
    """The traveller a verb of meeting followed by خلالها takes as its subject, if any.

    Only when the verb names the sides of one state (يلتقي خلالها رئيس الوزراء ورئيس مجلس
    النواب) and its sentence holds a trip of one traveller of another state: a lone traveller
    not yet in a contact, or the traveller of a visit already made of that sentence.
    """
    doc = assembler.doc
    after = occurrence.tok1 + 1
    if (
        not sides
        or len({side.country for side in sides}) != 1
        or occurrence.trigger.kind != "verb"
        or after >= len(doc.tokens)
        or doc.tokens[after] not in _DURING
    ):
        return None
    travellers = [
        side
        for earlier, side in loose
        if earlier.sentence == occurrence.sentence
        and earlier.mode == "visit"
        and side.country != sides[0].country
    ]
    # or the traveller of a visit already made of this sentence (وصل X إلى بغداد في زيارة)
    travellers += [
        side
        for contact in contacts
        if "visit" in contact.modes
        and any(occ.sentence == occurrence.sentence for occ in contact.occurrences)
        for side in contact.sides
        if side.kind is ActorKind.PERSON and side.country not in {None, sides[0].country}
    ]
    return travellers[-1] if len({side.id for side in travellers}) == 1 else None


def _waited_for(waiting: Sequence[Occurrence], occurrence: Occurrence) -> Occurrence | None:
    """The side-less mention with a status of its own that *occurrence* names the sides of.

    The last one waiting, of the same word, in the sentence before or the same one.
    """
    if not waiting:
        return None
    earlier = waiting[-1]
    if 0 <= occurrence.sentence - earlier.sentence <= 1 and _strip_article(
        earlier.trigger.word
    ) == _strip_article(occurrence.trigger.word):
        return earlier
    return None


def _meetings_of_visits(assembler: Assembler, contacts: Sequence[Contact]) -> None:
    """Link a meeting to come, with no day of its own, to the visit of its traveller.

    وصل كوشنير اليوم إلى دمشق ... وقال مصدر إن كوشنير سيلتقي الرئيس الأسد ووزير الخارجية
    المعلم: each meeting (one with each host, so not merged into the visit, and split
    later) takes the visit's day. The traveller is a visitor of a visit told up to
    :data:`_TRIP_SENTENCES` sentences before; the one met is of the host state. Only a visit
    of one day (the
    guideline's rule): one that lasts several (تستغرق 3 أيام) leaves its meetings to come
    undated.
    """
    for contact in contacts:
        if (
            contact.trip is not None
            or contact.date is not None
            or contact.status not in {Status.PLANNED, Status.PROPOSED}
            or len(contact.sides) < 2  # noqa: PLR2004
            or "visit" in contact.modes
        ):
            continue
        sentence = contact.occurrences[0].sentence
        for visit in reversed(contacts):
            if (
                visit is contact
                or "visit" not in visit.modes
                or visit.date is None
                or not 0 < sentence - visit.occurrences[0].sentence <= _TRIP_SENTENCES
            ):
                continue
            shared = [side for side in contact.sides if side.id in visit.ids]
            met = [side for side in contact.sides if side.id not in visit.ids]
            if len(shared) != 1 or not met:
                continue
            traveller = shared[0]
            hosts = {side.country for side in visit.sides if side.id != traveller.id}
            if (
                (not visit.visitors or traveller.id in visit.visitors)
                and all(side.country in hosts and side.country != traveller.country for side in met)
                and "/" not in visit.date.value
                and not any(assembler.lasts_days(occ.sentence) for occ in visit.occurrences)
            ):
                contact.trip = visit
                break


def _trip_of(
    assembler: Assembler,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    sides: Sequence[Side],
) -> Contact | None:
    """The visit a meeting word is part of: هذه الزيارة / خلال الزيارة in its sentence.

    وتعد هذه الزيارة فرصة للقاء مع الرئيس الجزائري: the meeting is the visit's, with him;
    سيلتقي خلال هذه الزيارة ناصر بوريطة: so is the traveller's meeting with the host's
    minister (who then stands for the host state).
    """
    if not 1 <= len(sides) <= 2 or occurrence.recalled:  # noqa: PLR2004
        return None
    doc = assembler.doc
    tok0 = occurrence.tok0
    this_trip = (  # خلال هذه الزيارة ناصر بوريطة: the trip word took the side
        occurrence.trigger.word in _TRIPS and tok0 > 0 and doc.tokens[tok0 - 1] in _THIS
    )
    if occurrence.trigger.mode != "meeting" and not this_trip:
        return None
    first = bisect.bisect_left(doc.sentence_of, occurrence.sentence)
    last = bisect.bisect_right(doc.sentence_of, occurrence.sentence)
    named_trip = this_trip or any(
        doc.bare_tokens[at] in _TRIPS and doc.tokens[at - 1] in _THIS
        for at in range(max(first, 1), min(occurrence.tok1 + 4, last))
    )
    # وصل X إلى بيروت اليوم. ومن المقرر أن يلتقي X مع Y: a meeting to come, with no day of
    # its own, right after the arrival it belongs to
    coming = (
        not named_trip
        and occurrence.date is None
        and len(sides) == 2  # noqa: PLR2004
        and (occurrence.status is Status.PLANNED or occurrence.trigger.word[:1] in {"ي", "ت"})
    )
    if not named_trip and not coming:
        return None
    for contact in reversed(contacts):
        if "visit" not in contact.modes or contact.recalled or len(contact.sides) != 2:  # noqa: PLR2004
            continue
        new = [side for side in sides if side.id not in contact.ids]
        if len(new) != 1:
            continue
        if occurrence.to_host is not None and any(
            _hosted_by(contact, side) for side in sides if side.id in contact.ids
        ):
            continue  # خلال زيارة أردوغان إلى القاهرة: the host's own trip, not this visit
        if len(sides) == 2 and new[0].country not in contact.countries:  # noqa: PLR2004
            continue  # two sides: one the traveller, the other of the host state
        if coming and not (
            # the side shared with the visit is its traveller: of another state than the
            # one met, who is of the host state (checked above)
            any(side.id in contact.ids and side.country != new[0].country for side in sides)
            and 0 <= occurrence.sentence - contact.occurrences[-1].sentence <= _TRIP_SENTENCES
        ):
            continue
        return contact
    return None


def _held_together(person: Person, first: str, second: str) -> bool:
    """Whether *person* held offices of the roles *first* and *second* at one time."""
    terms = [office for office in person.offices if office.role in {first, second}]
    return any(a.role == first and b.role == second and a.overlaps(b) for a in terms for b in terms)


def _same_place(contact: Contact, occurrence: Occurrence) -> bool:
    mine = {place.city or place.place_state for place in occurrence.places}
    theirs = contact.place_keys
    return not theirs or bool(mine & theirs)


def _same_sentence(
    by_sentence: dict[int, list[tuple[Occurrence, Contact]]],
    occurrence: Occurrence,
    status: Status | None,
    *,
    sides: Sequence[Side] | None = None,
) -> Contact | None:
    """The contact of another contact word in the same clause (بحث ... في اتصال هاتفي مع)."""
    for other, contact in reversed(by_sentence.get(occurrence.sentence, [])):
        if not _compatible_modes(contact.modes, _modes(occurrence)):
            continue
        if not _compatible_status(contact, status):
            continue
        if sides is not None:
            ids = {side.id for side in sides}
            if not ids <= contact.ids | {side.country for side in contact.sides if side.country}:
                continue
        if abs(other.tok0 - occurrence.tok0) <= 12:  # noqa: PLR2004
            return contact
    return None


def _nearest(
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    status: Status | None,
    *,
    strict: bool = False,
) -> Contact | None:
    """The latest contact before this word that it can refer to (mode and status agree).

    A recalled contact (المحادثة التي جرت) is passed over for the article's own; with
    *strict*, the status must be the same (planned and proposed count as one: both to come).
    """
    modes = _modes(occurrence)
    before = [c for c in contacts if c.occurrences[0].trigger.start < occurrence.trigger.start]
    for recalled_too in (False, True):
        for contact in reversed(before):
            if not recalled_too and contact.recalled:
                continue
            if not _compatible_modes(contact.modes, modes) or _elsewhere(contact, occurrence):
                continue
            future = {contact.status, status} <= {Status.PLANNED, Status.PROPOSED}
            if (
                (status is not None or strict)
                and contact.status != (status or Status.HELD)
                and not future
            ):
                continue  # (a planned mention may refer to a proposed contact, and back)
            if status is None and contact.explicit_status and contact.status is not Status.HELD:
                continue
            return contact
    return None


# --------------------------------------------------------------------------- records


def _build(  # noqa: C901, PLR0912, PLR0915
    assembler: Assembler, contact: Contact, trip: Event | None, *, first_contact: bool
) -> Event:
    doc = assembler.doc
    normalized = doc.normalized
    original = assembler.original
    reasons: list[str] = []

    mentions_made = assembler.mentions

    def span(start: int, end: int) -> Mention:
        mention = mentions_made.get((start, end))
        if mention is None:
            first, last = normalized.to_original(start, end)
            last = through_marks(original, last)  # اتصالاً هاتفياً: its final tanween
            mention = Mention(start=first, end=last, text=original[first:last])
            mentions_made[start, end] = mention
        return mention

    # date, by the guideline's ordered rules
    status = contact.status or Status.HELD
    date_mention = contact.date
    later = False
    if (
        status is Status.HELD
        and not contact.explicit_status
        and date_mention is not None
        and date_mention.first is not None
        and assembler.reference is not None
        and date_mention.first > assembler.reference
    ):
        # يغادر الأمير غدا متوجها إلى فرنسا: no word says held, and its day is still to come
        status = Status.PLANNED
        later = True
    vague = any(occ.vague_date for occ in contact.occurrences)
    recalled = contact.recalled
    date: EventDate | None = None
    if date_mention is not None:
        value = date_mention.value
        named = _named_weekday(date_mention)
        if named is not None:
            value = named
            reasons.append("the weekday named, not the page's day")
        date = EventDate(
            value=value,
            basis=DateBasis.CLAUSE,
            start=date_mention.start,
            end=date_mention.end,
            text=date_mention.text,
        )
        reasons.append(f"date written with it: {date_mention.text!r}")
    elif trip is not None and trip.date is not None and trip.date.basis is DateBasis.CLAUSE:
        date = trip.date
        reasons.append(f"date of the visit it is part of: {trip.date.text!r}")
    main = first_contact
    if date is None and not vague and not recalled and status is Status.HELD and main:
        statement = _statement_date(assembler)
        if statement is not None:
            date = EventDate(
                value=statement.value,
                basis=DateBasis.STATEMENT,
                start=statement.start,
                end=statement.end,
                text=statement.text,
            )
            reasons.append(f"date of the statement: {statement.text!r}")
        elif assembler.reference is not None:
            date = EventDate(value=assembler.reference.isoformat(), basis=DateBasis.PUBLICATION)
            reasons.append("the article's news: publication date")
    if date is None:
        reasons.append("no date written")
    day = (
        date_mention.first
        if date_mention is not None and date_mention.first
        else assembler.reference
    )
    del day
    sides = sorted(contact.sides, key=lambda side: side.id)
    # mode
    modes = contact.modes
    places = [
        place
        for occ in contact.occurrences
        if occ.trigger.word not in _LEAVING  # غادر سوتشي: where the visit was, not this one
        for place in occ.places
    ]
    place_designation = next((p for p in places if p.city), None) or next(
        (p for p in places if p.place_state), None
    )
    host_side: Side | None = None
    state_ids = {side.country for side in sides}
    if "phone" in modes:
        mode = Mode.PHONE
    elif any(occ.forum for occ in contact.occurrences) or len(state_ids) >= 3:  # noqa: PLR2004
        mode = Mode.MULTILATERAL
    else:
        mode = Mode.MEETING
        host_side = _host(contact, sides, place_designation)
        if host_side is not None or "visit" in modes:
            mode = Mode.VISIT
    place: Place | None = None
    if mode is not Mode.PHONE and place_designation is not None:
        if place_designation.city:
            place = _place(
                place_designation.city,
                place_designation.city_state,
                span(place_designation.start, place_designation.end),
            )
        elif place_designation.place_state:
            place = _place(
                place_designation.place_state,
                place_designation.place_state,
                span(place_designation.start, place_designation.end),
            )
    if (
        place is None
        and trip is not None
        and trip.place is not None
        and host_side is not None
        and trip.place.country == host_side.country
    ):
        place = trip.place
    if mode is Mode.VISIT and place is None and host_side is not None and host_side.country:
        place = Place(id=host_side.country, country=host_side.country)
    if mode is Mode.VISIT and host_side is None:
        reasons.append("visit: host not written")
    # mentions
    spans: list[tuple[int, int]] = []
    for occ in contact.occurrences:
        spans.append((occ.trigger.start, occ.mention_end))
        spans.extend(occ.extra_mentions)
    # one mention per original span (two folded spans may map to one): its text follows
    made = {(mention.start, mention.end): mention for mention in itertools.starmap(span, spans)}
    mentions = tuple(made[key] for key in sorted(made))
    first = contact.occurrences[0]
    trigger = span(first.trigger.start, first.mention_end)
    participants = tuple(_actor(side, span) for side in sides)
    host = next((actor for actor in participants if host_side and actor.id == host_side.id), None)
    treaties = _treaties(assembler, contact)
    reasons.insert(
        0, f"{mode.value} ({', '.join(sorted({occ.trigger.word for occ in contact.occurrences}))})"
    )
    reasons.insert(
        1,
        "sides: "
        + ", ".join(
            f"{side.id} by {'+'.join(sorted({str(kind) for kind, *_ in side.evidence}))}"
            for side in sides
        ),
    )
    if later:
        reasons.append("planned: its day is after the publication date")
    elif status is not Status.HELD:
        reasons.append(f"{status.value}: a cue word says so")
    key = "|".join(
        ["+".join(actor.id for actor in participants), mode.value, date.value if date else "-"]
    )
    return Event(
        type=EventType.CONSULT,
        mode=mode,
        status=status,
        participants=participants,
        host=host,
        date=date,
        place=place,
        mentions=mentions,
        trigger=trigger,
        treaties=treaties,
        why="; ".join(reasons),
        key=key,
    )


def _place(place_id: str, country: str | None, mention: Mention) -> Place:
    return Place(
        id=place_id, country=country, start=mention.start, end=mention.end, text=mention.text
    )


def _actor(side: Side, span: object) -> Actor:
    # distinct evidence by its fields (the text follows the span), each record made once
    seen: dict[tuple[EvidenceKind, int, int, str | None], Mention] = {}
    for kind, start, end, role in side.evidence:
        mention = span(start, end)  # type: ignore[operator]
        seen.setdefault((kind, mention.start, mention.end, role), mention)
    unique = tuple(
        Evidence(kind=kind, start=start, end=end, text=mention.text, role=role)
        for (kind, start, end, role), mention in sorted(
            seen.items(), key=lambda item: (item[0][1], item[0][2], item[0][0].value)
        )
    )
    return Actor(id=side.id, kind=side.kind, country=side.country, role=side.role, evidence=unique)


def _host(  # noqa: C901
    contact: Contact, sides: Sequence[Side], place: Designation | None
) -> Side | None:
    """The receiving side of a visit.

    The side whose state is the place, or the one not travelling, or the object of
    زار / the subject of استقبل.
    """
    visitors = set(contact.visitors)
    for occ in contact.occurrences:
        if occ.to_host is not None:
            for ref in occ.to_host.refs:
                hosted = [
                    side
                    for side in sides
                    if side.country in {ref.value, ref.state} or side.id == ref.value
                ]
                if len(hosted) == 1:
                    return hosted[0]
            if occ.to_host.city_state:
                hosted = [side for side in sides if side.country == occ.to_host.city_state]
                if len(hosted) == 1:
                    return hosted[0]
    if place is not None:
        state = place.city_state or place.place_state
        hosted = [side for side in sides if side.country == state]
        if state and len(hosted) == 1 and len(sides) == 2:  # noqa: PLR2004
            return hosted[0]
    if visitors:
        others = [side for side in sides if side.id not in visitors]
        if len(others) == 1:
            return others[0]
    return _receiver(contact, sides) if len(sides) == 2 else None  # noqa: PLR2004


def _receiver(contact: Contact, sides: Sequence[Side]) -> Side | None:
    """Of two sides, the one a visit word makes the host.

    The object of زار, the subject of استقبل, the possessor of استقباله (بحث X، خلال
    استقباله Y).
    """
    first, second = sorted(sides, key=_first_evidence)
    for occ in contact.occurrences:
        if occ.trigger.mode == "visit" and occ.trigger.kind == "verb":
            return first if occ.trigger.word.startswith(_RECEIVING) else second
    for occ in contact.occurrences:
        trigger = occ.trigger
        if (
            trigger.word in _RECEPTION
            and trigger.suffix in _POSSESSIVES
            and _first_evidence(first) < trigger.start < _first_evidence(second)
        ):
            return first
    envoys = [side.role == "ambassador" for side in (first, second)]
    if envoys.count(True) == 1 and any(occ.trigger.mode == "visit" for occ in contact.occurrences):
        # تسلم X أوراق اعتماد سفير Y: an ambassador is received where he serves
        return second if envoys[0] else first
    return None


_WEEKDAYS: Final = MappingProxyType({fold(name): day for name, day in weekdays.WEEKDAYS.items()})
_NEAREST_DAYS: Final = (0, -1, 1, -2, 2, -3, 3)


def _named_weekday(mention: DateMention) -> str | None:
    """The day nearest a relative day whose written weekday is not its own, if any.

    A wire copied the day after (مساء اليوم الجمعة on a Saturday page) or published the
    eve before (اليوم الخميس on a Wednesday) names the day it means by its weekday.
    """
    if (
        DateNote.WEEKDAY_MISMATCH not in mention.notes
        or mention.anchor is not Anchor.RELATIVE
        or mention.granularity is not Granularity.DAY
        or mention.first is None
    ):
        return None
    named = next(
        (_WEEKDAYS[word] for word in _TOKEN.findall(fold(mention.text)) if word in _WEEKDAYS),
        None,
    )
    if named is None:
        return None
    for offset in _NEAREST_DAYS:
        day = mention.first + dt.timedelta(days=offset)
        if day.weekday() == named:
            return day.isoformat()
    return None


def _statement_date(assembler: Assembler) -> DateMention | None:
    """The date of a statement or report in the text (وجاء في بيان ... في 5 فبراير 2021)."""
    doc = assembler.doc
    statement = _cues()["statement"].bare
    for date_start, _, mention in assembler.dates:
        if not _CONCRETE.match(mention.value) or len(mention.value) != 10:  # noqa: PLR2004
            continue
        if (
            assembler.reference is not None
            and mention.first
            and mention.first > assembler.reference
        ):
            continue
        sentence = doc.sentence_at(date_start)
        window_start = doc.boundaries[sentence - 1] + 1 if sentence > 0 else 0
        window = doc.text[max(window_start, date_start - 60) : date_start]
        words = [_strip_article(word) for word in _TOKEN.findall(window)][-6:]
        if any(word in statement for word in words) or (words and words[0] in _REPORTING):
            return mention  # (قال البيت الأبيض، الثلاثاء، إن: a verb of saying opens it)
    return None


def _treaties(assembler: Assembler, contact: Contact) -> tuple[str, ...]:
    doc = assembler.doc
    sentences = {occ.sentence for occ in contact.occurrences}
    found: list[str] = []
    for mention in assembler.treaties:
        start, _ = doc.normalized.to_normalized(mention.start, mention.end)
        if doc.sentence_at(start) in sentences and mention.treaty.id not in found:
            found.append(mention.treaty.id)
    return tuple(found)


def _office_or_state(role: str | None, state: str, start: int, end: int) -> Ref:
    """The office of *state* a pair word names (الوزيران الروسي والأمريكي), else the state."""
    if role in offices.ROLES:
        return Ref(
            "office", role=role, state=state, evidence=EvidenceKind.OFFICE, start=start, end=end
        )
    return Ref("state", state, evidence=EvidenceKind.STATE, start=start, end=end)
