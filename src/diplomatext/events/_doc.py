"""One document read for contacts: tokens, sentences, and the designations of its sides.

:class:`Doc` finds every name, title, state, organization and anaphor the text
designates (a :class:`Designation`, resolved later as a :class:`Ref`), with the
look-ups the clause rules ask of it (what is before or after a token, asides, lists).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import DEFINITE_STARTS, fold, proclitic_readings
from diplomatext.data import month_days, offices
from diplomatext.events._model import EvidenceKind
from diplomatext.events._spelling import (
    COMPOUND_HEADS,
    FAMILY_WORDS,
    ancestry_names,
    is_ancestry,
)
from diplomatext.events._triggers import Tokens, tokenize
from diplomatext.events._words import (
    ADDITION,
    ALSO,
    ANAPHORIC_OFFICIALS,
    ANCESTRY_MARK,
    ANCESTRY_WORDS,
    APPOSITION_MARKS,
    ASIDE_MOST,
    BARE,
    BARE_SIZE,
    BARE_TITLES,
    BODY_REACH,
    CAME_OF_LOOKAHEAD,
    CAME_OF_OPENERS,
    CAME_WORD,
    CAPITAL_WORDS,
    CITY_COUNTRY_MARKS,
    COMMAS,
    COMPASS,
    CONTACT_CLAUSE_REACH,
    CONTACT_WORD_REACH,
    DATELINE_HEAD,
    DATELINE_TAIL,
    DELEGATION_REACH,
    DEPARTMENTS,
    EACH,
    EACH_AFTER_BI,
    ELECT,
    ENVOY_ROLE,
    ENVOY_ROLES,
    ENVOYS,
    FAMILY_MARK,
    FAMILY_NAME_CLITICS,
    FIRST,
    FROM,
    GENERAL,
    GIVEN_NAMES,
    GOVERNMENT,
    GOVERNMENT_MOST,
    GOVERNMENT_NAMES,
    GROUP_HEADS,
    GROUP_REACH,
    HAMZA_WORDS,
    HAMZA_WORDS_FOLDED,
    HEAD,
    HEAD_ROLES,
    HEADED_INSTITUTIONS,
    HOME_COUNTRY,
    HOME_DATELINE_MOST,
    HOME_ROLES,
    HOST_ROLES,
    IN_PREPS,
    INCLUDING,
    KIN,
    LATTER,
    LISTED_HEADS,
    LISTED_PLURAL_HEADS,
    MANDATE_OPENERS,
    MANDATED,
    MARKS,
    MESSAGE_ENDS,
    MESSAGE_REACH,
    MISSIONS,
    MOURNED_REACH,
    MOURNED_TITLES,
    MOURNING_FORMS,
    NAMED_BEFORE,
    NAMELY,
    NAMESAKE_NOUNS,
    NO_TOKENS,
    PLACE_NOUNS,
    PLACE_QUALIFIERS,
    PLURAL_TITLES,
    RANK_WORDS,
    REGION_ADJECTIVES,
    ROTATING,
    ROUND_OF,
    RULER_ADDRESS,
    SENIOR,
    SENTENCE_END,
    SERVING,
    SHADDA,
    STATE_KINDS,
    STATES_GROUP_MOST,
    STATES_GROUP_NOUNS,
    STATES_GROUP_WORDS,
    SUBORDINATE,
    SULTANATE,
    SUMMIT,
    SUMMIT_REACH,
    SUMMIT_SIZES,
    THREE_PRESIDENCIES,
    THREE_PRESIDENCIES_FIRST,
    TO,
    TOUR_INCLUDES,
    TOUR_NAMED_REACH,
    TOUR_NOUNS,
    TOUR_REACH,
    TRIPS,
    UNKNOWN_NAME_MOST,
    UNKNOWN_NAME_WORDS,
    UNTRACKED_AFTER_NAME,
    UNTRACKED_FORMS,
    UNTRACKED_TITLE_MOST,
    VISITED_CITY_REACH,
    VISITED_CITY_WORDS,
    VISITING,
    WINDOW,
    Phrases,
    contact_nouns,
    cue_phrases,
    honorific_pronouns,
    honorific_roles,
    honorific_words,
    strip_article,
    word_sets,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from diplomatext.events._actors import Actors, Entry, Person
    from diplomatext.normalize import Normalized


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


def _place_follows(raw: Raw, raws: Sequence[Raw], at: int) -> bool:
    """Whether a city or a state stands right after the title *raw* (ولي عهد أبوظبي)."""
    return (
        at < len(raws)
        and raws[at].tok0 == raw.tok1 + 1
        and raws[at].has("city", "capital", "state") is not None
    )


def _sentence_numbers(starts: Sequence[int], boundaries: Sequence[int]) -> list[int]:
    """The sentence number of each token: how many sentence marks come before it.

    Both lists ascend: the tokens up to the first mark are sentence 0, those up to
    the next sentence 1, and so on (one search per mark, not one per token).
    """
    cuts = [*map(functools.partial(bisect.bisect_right, starts), boundaries), len(starts)]
    counts = map(operator.sub, cuts, [0, *cuts[:-1]])
    return list(itertools.chain.from_iterable(map(itertools.repeat, range(len(cuts)), counts)))


def _positions(text: str, characters: Iterable[str]) -> list[int]:
    """Where each of *characters* stands in *text*, in ascending order.

    ``str.find`` skips ahead in C: a regular expression's class of a few characters
    tests each character of the text in turn, at several times the cost.
    """
    found: list[int] = []
    find = text.find
    for character in characters:
        at = find(character)
        while at >= 0:
            found.append(at)
            at = find(character, at + 1)
    found.sort()
    return found


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the matches of :data:`SENTENCE_END` in *text*, as its scan gives them.

    Every match starts on a mark character (:data:`MARKS`), so the pattern is tried
    only there: a scan of the text with a pattern that has lookbehinds tries it at
    every character.
    """
    found: list[tuple[int, int]] = []
    covered = 0
    match_at = SENTENCE_END.match
    for at in _positions(text, MARKS):
        if at >= covered and (match := match_at(text, at)) is not None:
            covered = match.end()
            found.append((at, covered))
    return found


def _state_refs(found: Sequence[tuple[str, Raw]], start: int, end: int) -> list[Ref]:
    """A state ref for each state *found* after a title, over the title's span."""
    return [
        Ref("state", state, evidence=EvidenceKind.STATE, start=start, end=end) for state, _ in found
    ]


def _other_state_before(actors: Actors, raw: Raw | None, person: str) -> bool:
    """Whether *raw*, right before a family name alone, names another state than *person*'s.

    السفير الياباني جودة: a word after a Japanese title is no Jordanian's family name.
    """
    if raw is None:
        return False
    entry = raw.has("adjective", "state")
    return entry is not None and entry.value != actors.country_of(person, None)


def _outside_names(
    designations: list[Designation], named: Sequence[tuple[int, int]]
) -> list[Designation]:
    """*designations* without the places inside a treaty's name (تطبيق اتفاق مينسك: no Belarus).

    One binary search each: a span starting at or before the place reaches past it when the
    furthest end of all those spans does.
    """
    if not named:
        return designations
    spans = sorted(named)
    starts = [start for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))

    def inside(item: Designation) -> bool:
        at = bisect.bisect_right(starts, item.start) - 1
        return at >= 0 and furthest[at] >= item.end

    return [
        item
        for item in designations
        if not (all(ref.kind == "state" for ref in item.refs) and inside(item))
    ]


_NISBA_MIN: Final = 6  # letters, with the article, of a nisba read as a family name (المالكي)
_ORDINAL_WORDS: Final = frozenset(fold(word) for word in month_days.ORDINAL_DAYS if " " not in word)


def _nisba(word: str) -> bool:
    """Whether the folded *word* is a definite nisba of :data:`_NISBA_MIN` letters (المالكي)."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= _NISBA_MIN


def _bare_tokens(tokens: list[str]) -> list[str]:
    """``strip_article`` of every token (looked up in one pass; new tokens computed)."""
    bare = list(map(BARE.get, tokens, itertools.repeat("")))  # "": not seen yet
    if "" in bare:
        if len(BARE) > BARE_SIZE:
            BARE.clear()
        for index, token in enumerate(tokens):
            if not bare[index]:
                bare[index] = BARE[token] = strip_article(token)
    return bare


def _place_kinds(raw: Raw) -> bool:
    """Whether *raw* names a state or a city (a stop of a trip), not a person."""
    return not raw.kinds.keys().isdisjoint(("state", "capital", "city"))


class Doc:
    """The folded text with its tokens, sentences and designations."""

    def __init__(  # noqa: PLR0915 (the document read once, each table set up)
        self,
        normalized: Normalized,
        actors: Actors,
        *,
        near: Sequence[int] = (),
        tokens: Tokens | None = None,
        named: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Tokenize, and read the names near the contact words.

        Names are read only in the sentences of *near* (folded offsets of the contact
        words) and the sentence before each, where sides and antecedents are.
        *tokens* is ``tokenize(normalized.text)`` if made. *named*: folded spans of the treaties'
        names, whose places are no sides (اتفاق مينسك، اتفاق الرياض).
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
        self.colons = _positions(self.text, ":")  # (str.find: no regular expression scan)
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
        attendance = cue_phrases()["attendance"]
        attended = (
            [
                at
                for at in itertools.compress(
                    range(len(self.tokens)), map(attendance.exact.__contains__, self.tokens)
                )
                if self.tokens_match(at, attendance, bare=False)
            ]
            # (most texts lack a word of each phrase: a few set operations, no text search)
            if self.may_hold(attendance)
            else []
        )
        # بحضور after a summit of more than two lists its participants (the sides); else
        # those present at a meeting, no sides
        summits = {at for at in attended if self._summit_attended(at)}
        self.summit_attendance: frozenset[int] = frozenset(summits)
        self._attendance = [at for at in attended if at not in summits]
        principal = cue_phrases()["principal"]
        self._principal_ends = (  # the token after each phrase of PRINCIPAL_WORDS
            frozenset(
                at + length
                for at in itertools.compress(
                    range(len(self.tokens)), map(principal.exact.__contains__, self.tokens)
                )  # (the first words found in C: the loop runs on them only)
                if (length := self.tokens_match(at, principal, bare=False))
            )
            if self.may_hold(principal)
            else frozenset()
        )
        message = cue_phrases()["message"].exact
        # the persons a message names (its sender, its addressee): no sides of their own, but
        # the addressee is the one met when a contact word says so with a pronoun (لقائه به)
        self.conveyed: list[Designation] = []
        self._messages = (
            list(
                itertools.compress(range(len(self.tokens)), map(message.__contains__, self.tokens))
            )
            if not self._words.isdisjoint(message)  # (one set operation: most texts have none)
            else []
        )
        self._covered: set[int] = set()
        self._certain: set[str] = set()
        self.designations = _outside_names(
            self._listed_heads(
                self._home_country(
                    self._honorific_pronouns(self._stacked_titles(self._designations()))
                )
            ),
            named,
        )
        self.name_tokens: set[int] = set().union(
            *(range(item.tok0, item.tok1 + 1) for item in self.designations)
        )
        self._title_words()
        self.last_tokens = [item.tok1 for item in self.designations]  # ascending, as the starts
        self._last_token_set = frozenset(self.last_tokens)
        self.including_ends = self._including_ends()  # (asked for most tokens of a window)
        namely = (  # (most texts have none: one pass in C tells)
            ()
            if NAMELY.isdisjoint(self.tokens)
            else itertools.compress(range(len(self.tokens)), map(NAMELY.__contains__, self.tokens))
        )
        self._list_marks = frozenset([*(at - 1 for at in self.including_ends), *namely])
        self._by_sentence: dict[int, list[Designation]] = {}
        self._persons_named: dict[str, list[int]] | None = None
        self._designation_starts: list[int] | None = None
        for item in self.designations:
            self._by_sentence.setdefault(self.sentence_of[item.tok0], []).append(item)

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
        return at in self.including_ends

    def _including_ends(self) -> frozenset[int]:
        """Every token *at* for which :meth:`including_before` holds (found once per text).

        Only the tokens after a last word of ``INCLUDING`` are tried (those found in C).
        """
        tokens = self.tokens
        if not any(map(self._words.issuperset, _INCLUDING_WORDS)):
            return NO_TOKENS  # (most texts lack a word of each phrase: a few set operations)
        found: set[int] = set()
        for last in itertools.compress(range(len(tokens)), map(INCLUDING.__contains__, tokens)):
            at = last + 1
            for phrase in INCLUDING[tokens[last]]:
                first = at - len(phrase)
                if first > 0 and tuple(tokens[first:at]) == phrase:
                    if first - 1 in self._last_token_set or first - 2 in self._last_token_set:
                        found.add(at)
                    break
        return frozenset(found)

    def lists_in(self, first: int, last: int) -> bool:
        """Whether a word of ``NAMELY`` (وهم) or the end of an including phrase is in [first, last].

        (A token *at* counts when :meth:`including_before` holds for ``at + 1``.)
        """
        return not self._list_marks.isdisjoint(range(first, last + 1))

    def designation_before(self, start: int) -> int:
        """How many designations start before folded offset *start*."""
        if self._designation_starts is None:
            self._designation_starts = [item.start for item in self.designations]
        return bisect.bisect_left(self._designation_starts, start)

    def _title_words(self) -> None:
        """The words of titles the table lacks, around names: :attr:`title_tokens`."""
        self._unknown_appositions()
        self._untracked_titles()

    def _unknown_appositions(self) -> None:
        """A bare title and a name the table lacks before an office of that role: one person.

        فخامة الرئيس أحمد الصالح رئيس الجمهورية العربية السورية: the office after the name
        is the person's own title, so the words before it belong to the side the office
        designates and put no distance between it and its contact word.
        """
        tokens, names, stop = self.tokens, self.name_tokens, word_sets()["stop"]
        for item in self.designations:
            if len(item.refs) != 1 or item.refs[0].kind != "office":
                continue  # (one office alone: its role)
            role = item.refs[0].role
            at = item.tok0 - 1
            floor = max(-1, at - UNKNOWN_NAME_MOST - 1)
            sentence = self.sentence_of[item.tok0]
            while (
                at > floor  # (floor >= -1: at is a token read)
                and at not in names
                and tokens[at] not in stop
                and self.sentence_of[at] == sentence
            ):
                if BARE_TITLES.get(tokens[at]) == role and at < item.tok0 - 1:
                    self.title_tokens.update(range(at, item.tok0))
                    break
                at -= 1

    def _untracked_titles(self) -> None:
        """A title the table lacks right before a known person's name: the person's own words.

        رئيس المجلس العسكري السوداني عبد الفتاح البرهان: a head word (UNTRACKED_HEADS) and up to
        UNTRACKED_TITLE_MOST article words (للقوات too), so that they put no distance before it.
        """
        tokens, names = self.tokens, self.name_tokens
        if UNTRACKED_AFTER_NAME.isdisjoint(tokens):
            return  # (most texts have no such head: one set operation in C)
        designations = self.designations
        for index, item in enumerate(designations):
            if not item.refs or any(ref.kind != "person" for ref in item.refs):
                continue
            following = designations[index + 1] if index + 1 < len(designations) else None
            at = item.tok0 - 1
            floor = max(-1, at - UNTRACKED_TITLE_MOST)
            sentence = self.sentence_of[item.tok0]
            while (
                at > floor
                and at not in names
                and tokens[at].startswith(("ال", "لل"))
                and self.sentence_of[at] == sentence
            ):
                at -= 1
            if (
                0 <= at < item.tok0 - 1
                and at not in names
                and tokens[at] in UNTRACKED_FORMS
                and self.sentence_of[at] == sentence
            ):
                self.title_tokens.update(range(at, item.tok0))
            self._untracked_title_after(item, following)

    def _untracked_title_after(self, item: Designation, after: Designation | None) -> None:
        """A title the table lacks right after a known person's name and titles: theirs too.

        محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، ...: the head
        word and its article words belong to the person before them, so that the one received
        after the comma is not out of reach. *after* is the designation that follows *item*.
        """
        tokens, names, titles = self.tokens, self.name_tokens, self.title_tokens
        sentence = self.sentence_of[item.tok0]
        at = item.tok1 + 1
        while at < len(tokens) and at in titles:
            at += 1  # (ولي عهد: the person's known title words)
        if at < len(tokens) and at in names:
            # (أبوظبي: the place of that title, a designation of no person)
            if after is None or after.tok0 != at or any(ref.kind == "person" for ref in after.refs):
                return
            at = after.tok1 + 1
        if at >= len(tokens) or at in names or tokens[at] not in UNTRACKED_AFTER_NAME:
            return
        end = at + 1
        while (
            end < len(tokens)
            and end - at <= UNTRACKED_TITLE_MOST
            and end not in names
            and tokens[end].startswith(("ال", "لل"))
            and self.sentence_of[end] == sentence
        ):
            end += 1
        if end > at + 1:
            titles.update(range(at, end))

    def asides(self, first: int, last: int) -> frozenset[int]:
        """The tokens of the asides between commas that open in tokens [first, last].

        ، على هامش مشاركته في المؤتمر، : an opener of ``ASIDE_OPENERS`` right after a comma,
        up to the next comma of the sentence, at most :data:`ASIDE_MOST` tokens on. The
        asides of the whole text are found once; most texts have none.
        """
        spans = self._aside_spans
        if spans is None:
            spans = self._aside_spans = self._find_asides()
        if not spans:
            return NO_TOKENS
        index = bisect.bisect_left(spans, (first, -1))
        found: set[int] = set()
        for start, end in spans[index:]:
            if start > last:
                break
            found.update(range(start, end + 1))
        return frozenset(found) if found else NO_TOKENS

    def _find_asides(self) -> list[tuple[int, int]]:
        """Every aside of the text, as (first token, last token), in order."""
        aside = cue_phrases()["aside"]
        openers = aside.exact
        text, starts, ends, tokens = self.text, self.starts, self.ends, self.tokens
        sentence_of = self.sentence_of
        spans: list[tuple[int, int]] = []
        for comma in _positions(text, COMMAS):
            at = bisect.bisect_left(starts, comma + 1)
            if at == 0 or at >= len(tokens) or tokens[at] not in openers:
                continue
            if not self.tokens_match(at, aside, bare=False):
                continue  # ، في بروكسل أمس مع Y، : في alone opens no aside (في إطار does)
            if spans and at <= spans[-1][1]:
                continue
            limit = min(at + ASIDE_MOST, len(tokens) - 1)
            for end in range(at + 1, limit + 1):
                if sentence_of[end] != sentence_of[at]:
                    break
                if not COMMAS.isdisjoint(text[ends[end - 1] : starts[end]]):
                    spans.append((at, end - 1))
                    break
        return spans

    def shift_between(self, first: int, last: int) -> bool:
        """Whether a sentence numbered in (first, last] opens on another subject (من جهة أخرى)."""
        shifts = self._shifts
        if shifts is None:
            table, sentence_of, tokens = cue_phrases()["shift"].exact, self.sentence_of, self.tokens
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

    def comma_before(self, token: int) -> bool:
        """Whether a comma stands between token *token* and the token before it."""
        return token > 0 and not COMMAS.isdisjoint(
            self.text[self.ends[token - 1] : self.starts[token]]
        )

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

    def words_on(self, token: int, words: int, *, sentence: int | None = None) -> int:
        """The last token *words* words after *token*, names and titles not counted.

        يتحادث الملك X والرئيس Y هاتفيا بانتظام: the sides' names put no distance before a cue.
        With *sentence*, no further than its end.
        """
        last, counted = token, 0
        while (
            counted < words
            and last + 1 < len(self.tokens)
            and (sentence is None or self.sentence_of[last + 1] == sentence)
        ):
            last += 1
            counted += last not in self.name_tokens and last not in self.title_tokens
        return last

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

    def may_hold(self, phrases: Phrases, *, bare: bool = False) -> bool:
        """Whether the tokens read hold every word of one of *phrases* (else none matches).

        Most lists of cues have no phrase in a given text: one set operation per list and
        text (remembered) spares reading their windows token by token.
        """
        held = self._holds.get((phrases, bare))
        if held is None:
            words, wanted = (
                (self._bare_words, phrases.bare_words)
                if bare
                else (self._words, phrases.exact_words)
            )
            held = self._holds[phrases, bare] = any(map(words.issuperset, wanted))
        return held

    @functools.cached_property
    def _holds(self) -> dict[tuple[Phrases, bool], bool]:
        """What :meth:`may_hold` said, by table (made when first asked)."""
        return {}

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        """The tokens read, as a set."""
        return frozenset(self.tokens)

    @functools.cached_property
    def _bare_words(self) -> frozenset[str]:
        """The tokens read without their clitics, as a set."""
        return frozenset(self.bare_tokens)

    def holds_bare(self, words: frozenset[str]) -> bool:
        """Whether one of *words* is a token of the text, its clitics stripped."""
        return not words.isdisjoint(self._bare_words)

    def any_phrase(
        self, first: int, last: int, phrases: Phrases, *, bare: bool = False
    ) -> int | None:
        """The first token in [first, last] where one of *phrases* starts."""
        held = self._holds.get((phrases, bare))  # (may_hold's answer, once it has one)
        if not (self.may_hold(phrases, bare=bare) if held is None else held):
            return None
        tokens = self.bare_tokens if bare else self.tokens
        table = phrases.bare if bare else phrases.exact
        # (no min or max: a call of either costs as much as the rest here)
        first = first if first > 0 else 0  # noqa: FURB136
        stop = last + 1 if last < len(tokens) else len(tokens)
        # only the tokens some phrase starts with are matched (one lookup each, in C)
        for at in itertools.compress(
            range(first, stop), map(table.__contains__, tokens[first:stop])
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
        text, marks = self.text, ' \n"«»'  # (blank lines and quote marks are no words)
        # (each sentence of a contact word once: a sentence often holds several)
        for sentence in {bisect.bisect_right(boundaries, offset) for offset in self.near}:
            wanted.update((sentence - 1, sentence))
            before = sentence - 1
            while before > 0 and not text[starts[before] : ends[before]].strip(marks):
                before -= 1  # over blank lines and quote marks: the sentence with words
                wanted.add(before)
            if sentence + 1 >= len(starts) or (
                text.find(CAME_WORD, ends[sentence], ends[sentence] + CAME_OF_LOOKAHEAD) < 0
            ):
                continue  # (most sentences are followed by no جاء: one search in C)
            after = sentence + 1
            while after + 1 < len(starts) and not text[starts[after] : ends[after]].strip(marks):
                after += 1
            if text[starts[after] : ends[after]].lstrip(marks).startswith(CAME_OF_OPENERS):
                # التقى X Y. جاء ذلك ... أمس: the occasion and its day
                wanted.update(range(sentence + 1, after + 1))
        regions: list[tuple[int, int]] = []
        for sentence in sorted(index for index in wanted if 0 <= index < len(starts)):
            start, end = starts[sentence], ends[sentence]
            if regions and regions[-1][1] >= start:
                regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
            else:
                regions.append((start, end))
        return regions

    def _stacked_titles(self, designations: list[Designation]) -> list[Designation]:
        """A title right before another title and a name, both the named person's, as one.

        رئيس مجلس السيادة القائد العام للقوات المسلحة عبد الفتاح البرهان: the first office is
        one the person has held for its state at the same time as the second, so it names
        him too, not a second side.
        """
        persons = self.actors.persons
        result: list[Designation] = []
        for item in designations:
            before = result[-1] if result else None
            ref = item.refs[0] if len(item.refs) == 1 else None
            person = persons.get(ref.value) if ref is not None and ref.kind == "person" else None
            if (
                before is not None
                and person is not None
                and ref is not None
                and len(before.refs) == 1
                and before.refs[0].kind == "office"
                and before.tok1 + 1 == item.tok0
                and not item.prep
                and not item.conjoined
                # both offices at once (not رئيس الوزراء البلجيكي رئيس المجلس الأوروبي شارل
                # ميشيل: Belgium's prime minister receives the one who was it before)
                and any(
                    first.role == before.refs[0].role
                    and first.state == before.refs[0].state
                    and (ref.role is None or (second.role == ref.role and first.overlaps(second)))
                    for first in person.offices
                    for second in person.offices
                )
            ):
                result[-1] = attrs.evolve(
                    item, start=before.start, tok0=before.tok0, prep=before.prep
                )
                continue
            if (
                before is not None
                and person is not None
                and self._portfolio_between(before, item, person)
            ):
                # the person in person, whatever the institution before his name says
                refs = [attrs.evolve(ref, as_state=False) for ref in item.refs]
                result[-1] = attrs.evolve(
                    item, start=before.start, tok0=before.tok0, prep=before.prep, refs=refs
                )
                continue
            result.append(item)
        return result

    def _portfolio_between(
        self, before: Designation, item: Designation, person: Person | None
    ) -> bool:
        """Whether a state's institution, a portfolio and a person of that state are one side.

        منسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك: the White House's coordinator, named;
        the person has held an office of that state (or organization).
        """
        if person is None or item.prep or item.conjoined:
            return False
        states = {ref.value for ref in before.refs if ref.kind in {"state", "org"}}
        if len(states) != 1 or len(before.refs) != 1:
            return False
        return self._portfolio_between_tokens(before.tok1, item.tok0) and any(
            office.state in states for office in person.offices
        )

    def _honorific_pronouns(self, designations: list[Designation]) -> list[Designation]:
        """Add a side for each honorific pronoun (سموه، فخامته): the person it takes up.

        The antecedent is the nearest person or office before the pronoun addressed with
        the pronoun's word (سمو ... عبدالله بن زايد), else the nearest one in its sentence.
        """
        table = honorific_pronouns()
        latter = LATTER
        wanted = honorific_words()
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
                bare_tokens[at - 1] in PLACE_NOUNS or bare_tokens[at - 1][1:] in PLACE_NOUNS
            ):
                continue  # استقبل ... بقصر سموه: whose palace, not a side
            else:
                antecedent = self._antecedent(designations, at, address) or self._by_rank(
                    designations,
                    at,
                    honorific_roles().get(token)
                    or honorific_roles().get(bare_tokens[at], frozenset()),
                )
            if antecedent is None:
                continue
            start, end = self.starts[at], self.ends[at]
            prefix = token[: len(token) - len(strip_article(token))]
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

    def _by_rank(
        self, designations: list[Designation], at: int, roles: frozenset[str]
    ) -> Ref | None:
        """The nearest person before token *at* (two sentences back) who held one of *roles*.

        استقبل الملك X ... وأجرى جلالته اتصالا: X was named without جلالة, but is a king. Only
        the nearest sentence that names a person is read, and of its persons the first that
        fits (its subject); none when none fits there (a prime minister is سمو in Kuwait).
        """
        if not roles:
            return None
        sentence = self.sentence(at)
        persons = self.actors.persons
        found: Ref | None = None
        nearest = -1  # the nearest sentence that names a person: it alone decides
        for item in reversed(designations):
            if item.tok1 >= at or len(item.refs) != 1:
                continue
            if self.sentence(item.tok0) < sentence - 2:
                break
            ref = item.refs[0]
            if ref.kind not in {"person", "office"}:
                continue
            if nearest < 0:
                nearest = self.sentence(item.tok0)
            elif self.sentence(item.tok0) != nearest:
                break
            person = persons.get(ref.value) if ref.kind == "person" else None
            if (ref.kind == "office" and ref.role in roles) or (
                person is not None and any(office.role in roles for office in person.offices)
            ):
                # the first of that sentence, its subject (استقبل الرئيس X ولي العهد Y. وأجرى
                # سموه: X, the one the wire follows)
                found = ref
        return found

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
            if any(
                self.tokens[index] in address and self._only_address_between(index, item.tok0)
                for index in before
            ):
                return item.refs[0]
            if nearest is None and self.sentence(item.tok0) == sentence:
                nearest = item.refs[0]
        return nearest

    def _only_address_between(self, index: int, tok0: int) -> bool:
        """Whether only words of address and titles stand after token *index* and before *tok0*.

        جلالة الملك عبدالله: the address is his; جلالة الملك مع الرئيس X: not X's.
        """
        filler = word_sets()["filler"]
        return all(
            self.tokens[between] in filler or between in self.title_tokens
            for between in range(index + 1, tok0)
        )

    def _raw(self) -> list[Raw]:
        found: list[Raw] = []
        kinds = self.actors.kinds
        ends = self.ends
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
                # the last token that ends by its end (as token_before): a name has a few
                # tokens, read on from its first rather than searched for (a bisection)
                tok1 = tok0 - 1
                while tok1 + 1 < last and ends[tok1 + 1] <= end:
                    tok1 += 1
                if found and tok0 <= found[-1].tok1:
                    continue  # inside the longer name read from a given name
                raw = Raw(match.start(2), end, tok0, tok1, prefix, entries)
                if tok1 > tok0 and self.tokens[tok0].removeprefix(prefix) in RULER_ADDRESS:
                    raw = self._longer_from_given_name(raw, span[1]) or raw  # الشيخ صباح ...
                found.append(raw)
        if ANCESTRY_MARK in self.text:  # rare outside the Gulf's press: one substring search
            found = self._ancestry_chains(found, limits)
        if FAMILY_MARK in self.text:
            found = self._families(found, limits)
        if any(_two_states(raw) for raw in found if "city" in raw.kinds):  # عمان: Amman, or Oman
            found = self._one_state_each(found)
        found = self._family_names(found)
        # (a name after a preposition, or of no person, never names a site: no call for it)
        return [
            raw
            for raw in found
            if (
                raw.prefix
                or "person" not in raw.kinds
                or not (self._named_after(raw) or self._another_given_name(raw))
            )
            and not self._word_with_hamza(raw)
        ]

    def _word_with_hamza(self, raw: Raw) -> bool:
        """Whether a person's short name is a word written with its hamza (بأول: no Powell)."""
        if self.text[raw.start : raw.end] not in HAMZA_WORDS_FOLDED:
            return False  # (most names: one slice and a set lookup)
        start, end = self.normalized.to_original(raw.start, raw.end)
        return self.normalized.original[start:end] in HAMZA_WORDS

    def _named_after(self, raw: Raw) -> bool:
        """Whether a person named right after a site noun names the site (مطار رفيق الحريري).

        The noun in construct, with no article (بمطار، في مطار، شارع: `NAMESAKE_NOUNS`); not
        المطار X, where X may be the one who receives at the airport.
        """
        if raw.tok0 == 0 or raw.prefix or "person" not in raw.kinds:
            return False
        word = self.tokens[raw.tok0 - 1].removeprefix("و")
        return (
            word in NAMESAKE_NOUNS
            or word[1:] in NAMESAKE_NOUNS
            or (self._mourning and self._mourned(raw.tok0))
        )

    @functools.cached_property
    def _mourning(self) -> bool:
        """Whether the text holds a noun of a death at all (one set operation: most have none)."""
        return not MOURNING_FORMS.isdisjoint(self.tokens)

    def _another_given_name(self, raw: Raw) -> bool:
        """Whether a one-word name follows a given name not the person's own (ماهر الطراونة).

        The family name of someone else of that family, not the person the table holds.
        """
        if raw.tok1 != raw.tok0 or raw.tok0 == 0:
            return False
        given = self.tokens[raw.tok0 - 1].removeprefix("و")
        if given not in GIVEN_NAMES or self.sentence_of[raw.tok0 - 1] != self.sentence_of[raw.tok0]:
            return False
        entry = raw.kinds["person"]
        person = self.actors.persons.get(entry.value)
        own = {word for name in person.names_ar for word in fold(name).split()} if person else set()
        return given not in own

    def _mourned(self, tok0: int) -> bool:
        """Whether the person named at *tok0* is the dead one of a noun of a death before.

        جنازة الرئيس الراحل X، بوفاة الملك X، رحيل أمير الكويت الشيخ X: only article words
        (titles, adjectives) and heads of titles in construct between.
        """
        at = tok0 - 1
        while at >= max(tok0 - MOURNED_REACH, 0) and (
            self.tokens[at].startswith("ال") or self.tokens[at] in MOURNED_TITLES
        ):
            at -= 1
        if at < 0 or self.sentence_of[at] != self.sentence_of[tok0]:
            return False
        return self.tokens[at] in MOURNING_FORMS

    def _states_named(self, raws: list[Raw]) -> dict[str, int]:
        """How often each state is named by *raws* that name one state only.

        A state, its adjective, capital or city, and a person of the table who has served
        one state only (الصفدي: Jordan).
        """
        named: dict[str, int] = {}
        persons = self.actors.persons
        for raw in raws:
            if _two_states(raw):
                continue
            for entry in raw.kinds.values():
                states: list[object] = [entry.extra if entry.kind == "city" else entry.value]
                if entry.kind in {"person", "titled-person"}:
                    person = persons.get(entry.value)
                    served = {office.state for office in person.offices} if person else set()
                    states = list(served) if len(served) == 1 else []
                for state in states:
                    if isinstance(state, str):
                        named[state] = named.get(state, 0) + 1
        return named

    def _one_state_each(self, raws: list[Raw]) -> list[Raw]:
        """*raws* with each name of two states (عمان) read as one of them, where the text tells.

        A shadda written on it (عمّان), or the opening of the text (a dateline), makes it the
        city; سلطنة before it the state; else the state the text names more elsewhere (الأردني،
        مسقط، العمانية, and the one state a person named has served).
        Both readings stay when nothing tells.
        """
        named = self._states_named(raws)
        # عمان (بترا) - ...: written in Amman, the text's other عمان are the city too
        dateline = any(not self.text[: raw.start].strip() and _two_states(raw) for raw in raws[:1])
        result: list[Raw] = []
        for index, raw in enumerate(raws):
            pair = _two_states(raw)
            if pair is None:
                result.append(raw)
                continue
            state, city = pair  # (the state read, the state of the city read)
            start, end = self.normalized.to_original(raw.start, raw.end)
            if (
                SHADDA in self.normalized.original[start:end]
                or dateline
                or self._among_cities(raws, index)
            ):
                keep = city  # عمّان; عمان (بترا) -: a dateline names a city; دمشق وعمان وأنقرة
            elif raw.tok0 > 0 and self.bare_tokens[raw.tok0 - 1] in SULTANATE:
                keep = state
            elif named.get(state, 0) != named.get(city, 0):
                keep = state if named.get(state, 0) > named.get(city, 0) else city
            else:
                result.append(raw)
                continue
            kinds = {
                kind: entry
                for kind, entry in raw.kinds.items()
                if (entry.extra if kind == "city" else entry.value) == keep
            }
            result.append(attrs.evolve(raw, kinds=kinds))
        return result

    def _among_cities(self, raws: list[Raw], index: int) -> bool:
        """Whether the name at *index* is listed with cities that are no states (دمشق وعمان وأنقرة).

        A word before or after it in the list, right beside it, names a city only.
        """
        raw = raws[index]
        for other in (
            raws[index - 1] if index else None,
            raws[index + 1] if index + 1 < len(raws) else None,
        ):
            if other is None or (other.tok1 + 1 != raw.tok0 and raw.tok1 + 1 != other.tok0):
                continue
            if "city" in other.kinds and "state" not in other.kinds:
                return True
        return False

    def _family_names(self, raws: list[Raw]) -> list[Raw]:
        """*raws* with the family name alone of each person the text names in full.

        وزير الخارجية الياباني تارو كونو ... وقال كونو: كونو is Kono wherever it stands,
        with a clitic or not, when no other person named in full shares it.
        """
        actors = self.actors
        named: dict[str, str | None] = {}
        for raw in raws:
            entry = raw.kinds.get("person")
            if entry is None or raw.tok1 == raw.tok0:
                continue
            last = self.tokens[raw.tok1]
            if (
                # الصباح، الثاني: words too; a nisba (المالكي، الجعفري) is a family name
                (not last.startswith("ال") or (_nisba(last) and last not in _ORDINAL_WORDS))
                and self.tokens[raw.tok1 - 1] not in ANCESTRY_WORDS | FAMILY_WORDS  # آل ثاني
                and actors.may_stand_alone(last)
            ):
                named[last] = entry.value if named.get(last, entry.value) == entry.value else None
        forms = {
            prefix + word: (prefix, person)
            for word, person in named.items()
            if person is not None
            for prefix in FAMILY_NAME_CLITICS
        }
        if not forms:
            return raws
        taken = {at for raw in raws for at in range(raw.tok0, raw.tok1 + 1)}
        before = {raw.tok1 + 1: raw for raw in raws}  # the raw that ends right before a token
        added = [
            Raw(
                self.starts[at] + len(prefix),
                self.ends[at],
                at,
                at,
                prefix,
                actors.person_kinds(person),
            )
            for at, (prefix, person) in (
                (at, forms[token]) for at, token in enumerate(self.tokens) if token in forms
            )
            if at not in taken
            and not _other_state_before(actors, before.get(at), person)
            # a nisba after a definite word is its adjective (العالم العربي، الصادق المهدي)
            and not (
                self.tokens[at][len(prefix) :].startswith("ال")
                and at > 0
                and self.tokens[at - 1].startswith(DEFINITE_STARTS)
            )
        ]
        return sorted([*raws, *added], key=operator.attrgetter("tok0")) if added else raws

    def _longer_from_given_name(self, raw: Raw, end: int) -> Raw | None:
        """The longer person's name that starts at the given name of a ruler's address, if any.

        الشيخ صباح خالد الحمد الصباح: «الشيخ صباح» (a ruler by address and given name) ends
        where the full name of another person starts, and the longer name wins; so does
        الشيخ أحمد عبدالله الأحمد الصباح over «الشيخ أحمد عبدالله الأحمد», the same person's
        shorter form; والشيخ صباح ... keeps its و. (The scan goes on after the longer name,
        which covers what the shorter one would have left.)
        """
        match = self.actors.pattern.match(self.text, self.starts[raw.tok0 + 1], end)
        if match is None or match.end() <= raw.end or match.group(1):
            return None
        entries = self.actors.kinds(match.group(2))
        if "person" not in entries:
            return None
        tok1 = bisect.bisect_right(self.ends, match.end(), raw.tok1) - 1
        # the address stays the name's (العاهل البحريني الملك حمد بن عيسى آل خليفة: no gap
        # between the title and the name)
        return Raw(raw.start, match.end(), raw.tok0, tok1, raw.prefix, entries)

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
        # شخبوط بن نهيان بن مبارك، خالد بن عبد الله بن علي: a short name of the table (بن
        # مبارك، بن علي) that is a link of a longer chain the table lacks names no one
        raws = [raw for raw in raws if not self._link_of_chain(raw)]
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

    def _link_of_chain(self, raw: Raw) -> bool:
        """Whether *raw* is a link of a longer chain of ancestry than its own name.

        A name that opens with بن after another link of the same chain (نهيان بن مبارك after
        شخبوط بن: another link two or three words before, in its sentence; or a ruler's word
        and a given name before it: الشيخ نهيان بن مبارك), or any name right after بن.
        """
        tokens = self.tokens
        if "person" not in raw.kinds:
            return False
        sentence = self.sentence_of[raw.tok0]
        if (
            raw.tok0 >= 1
            and not raw.prefix
            and is_ancestry(tokens[raw.tok0 - 1])
            and self.sentence_of[raw.tok0 - 1] == sentence
        ):
            # الأمير عبد العزيز بن عبد الله بن عبد العزيز: a whole name after بن is the
            # father's, a link of the chain of someone the table lacks, not that person
            return True
        if not is_ancestry(tokens[raw.tok0]):
            return False
        if raw.tok0 >= 2 and tokens[raw.tok0 - 2].removeprefix("و") in RULER_ADDRESS:  # noqa: PLR2004
            return True  # الشيخ نهيان بن مبارك: a ruler's word, a given name, then the link
        return any(
            at >= 0 and is_ancestry(tokens[at]) and self.sentence_of[at] == sentence
            for at in (raw.tok0 - 2, raw.tok0 - 3)  # (عبد الله: a compound name between)
        )

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

    def _prep(self, raw: Raw) -> tuple[str, int]:  # noqa: C901 (one case per kind of preposition)
        """The preposition before *raw*, and the group head it comes from (else -1)."""
        if raw.prefix.endswith(("ب", "ل", "ك")):
            return raw.prefix[-1], -1
        if raw.tok0 <= 0:
            return "", -1
        lexicon = word_sets()
        tokens = self.tokens
        floor = raw.tok0 - 4 if raw.tok0 > 4 else 0  # noqa: PLR2004 (max(tok0 - 4, 0))
        at = raw.tok0 - 1
        address = lexicon["address"]
        while at > floor and tokens[at] in address:
            at -= 1  # من فخامة رئيس الولايات المتحدة: the preposition before the address
        before = tokens[at]
        # مع كل من السيد X: a list of sides, not a source; زين العابدين بن علي، وبشار الأسد:
        # علي ends a name read before, it is not على
        # (يلتقي X بكل من Y وZ: as بY وبZ)
        each = (
            before == FROM
            and at > 0
            and (tokens[at - 1] in EACH or tokens[at - 1] in EACH_AFTER_BI)
        )
        if each or at in self._covered:
            return ("ب" if each and tokens[at - 1] in EACH_AFTER_BI else ""), -1
        capital_at = at
        kinds = self.actors.kinds
        is_city = "city" in raw.kinds or "capital" in raw.kinds  # (في العاصمة الإدارية وزير ...)
        while capital_at > floor and (
            tokens[capital_at] in CAPITAL_WORDS
            or (is_city and tokens[capital_at] in PLACE_QUALIFIERS)
            or kinds(tokens[capital_at]).get("adjective")
            or tokens[capital_at] in COMPASS  # في شمال شرق سوريا: a region of the state
        ):
            capital_at -= 1  # إلى العاصمة الإيرانية طهران: the destination is the capital
        if capital_at < at and (
            tokens[capital_at] in lexicon["to"] or tokens[capital_at] in lexicon["in"]
        ):
            before, at = tokens[capital_at], capital_at  # (في العاصمة المؤقتة عدن)
        elif (
            capital_at < at
            and tokens[capital_at + 1][:1] in "بل"
            and tokens[capital_at + 1] in COMPASS
        ):
            return tokens[capital_at + 1][0], -1  # بشمال سوريا، لجنوب لبنان: the clitic's
        if before in lexicon["conjoined_preps"]:
            before = before[1:]  # ومن الملك X: من with the conjunction on it
        if before in lexicon["topic_preps"] or before in lexicon["with"] or before in lexicon["to"]:
            found = before
        elif (
            (before in TOUR_INCLUDES and self._tour_before(at))
            # جولة خليجية ستشمل أيضا قطر والإمارات: the list after the word of also
            or (
                before in ALSO
                and at > 0
                and tokens[at - 1] in TOUR_INCLUDES
                and self._tour_before(at - 1)
            )
            or (_place_kinds(raw) and self._tour_named_after(at))
        ):
            found = TO  # جولة إفريقية تشمل السنغال: the states the tour goes to
        elif (
            (before in lexicon["in"] and not self._visited_city(at))
            or (before in COMPASS and _place_kinds(raw))
        ) and raw.tok0 - 1 not in self._covered:
            # بالعاصمة أنقرة (not الجزائر العاصمة وزير ...); بمنطقة الرجمة جنوبي بنغازي: where it
            # is, never a side
            found = "في"
        else:
            prep, lead = self._group_prep(raw.tok0)
            return (prep, lead) if prep else self._apposition_prep(raw.tok0)
        return (found if self.sentence_of[at] == self.sentence_of[raw.tok0] else ""), -1

    def _visited_city(self, at: int) -> bool:
        """Whether the bare العاصمة or مدينة at *at* opens the object of a verb of visiting.

        سيزور العاصمة طهران، زار الرئيس الصيني مدينة مشهد: the city visited (no preposition
        between the verb and it), not where something happens (في العاصمة، بالعاصمة).
        """
        tokens, lexicon = self.tokens, word_sets()
        if tokens[at] not in CAPITAL_WORDS:
            return False
        preps = lexicon["to"] | lexicon["in"] | lexicon["with"]
        for k in range(at - 1, max(at - VISITED_CITY_REACH, 0) - 1, -1):
            if self.sentence_of[k] != self.sentence_of[at] or tokens[k] in preps:
                return False
            if tokens[k] in VISITED_CITY_WORDS:
                return True
        return False

    def _tour_before(self, at: int) -> bool:
        """Whether a trip noun comes shortly before token *at* (جولة إفريقية تشمل).

        Not a round of talks: جولة مباحثات تشمل روسيا والصين lists its sides, not stops.
        """
        bare, talks = self.bare_tokens, contact_nouns()
        return any(
            bare[k] in TOUR_NOUNS and bare[k + 1] not in talks and bare[k + 1] not in ROUND_OF
            for k in range(max(at - TOUR_REACH, 0), at)
        )

    def _tour_named_after(self, at: int) -> bool:
        """Whether a verb of including, then a trip noun, end at token *at* (وتشمل الجولة).

        The verb first: وتشمل جولة أردوغان أيضا تشاد وتونس، وشملت الزيارة كذلك قطر. A few
        words may follow the noun (its traveller, an adjective, أيضا), no preposition.
        """
        bare, tokens, lexicon = self.bare_tokens, self.tokens, word_sets()
        preps = lexicon["to"] | lexicon["in"] | lexicon["with"] | lexicon["topic_preps"]
        for noun in range(at, max(at - TOUR_NAMED_REACH, 0), -1):
            if bare[noun] in TOUR_NOUNS:
                return (
                    tokens[noun - 1] in TOUR_INCLUDES
                    and (noun < at or bare[noun] != tokens[noun])  # جولة أردوغان: whose
                    and not any(tokens[k] in preps for k in range(noun + 1, at + 1))
                )
        return False

    def _apposition_prep(self, tok0: int) -> tuple[str, int]:
        """The preposition before a name the table lacks, when the phrase follows it after a comma.

        بحث X مع سريدهاران مادوسودانن، وكيل وزارة الخارجية الهندية: the title after the
        comma is the side مع opens (the name before it is nobody the table knows).
        """
        if (
            tok0 < 2  # noqa: PLR2004
            or APPOSITION_MARKS.isdisjoint(self.text[self.ends[tok0 - 1] : self.starts[tok0]])
        ):
            return "", -1
        lexicon = word_sets()
        sentence_of = self.sentence_of  # (tok0 >= 2 and the tokens before it are read)
        stop, sentence = lexicon["stop"], sentence_of[tok0]
        for at in range(tok0 - 1, max(tok0 - UNKNOWN_NAME_MOST - 1, 0), -1):
            token = self.tokens[at]
            if (
                at in self._covered
                or token in stop
                or sentence_of[at] != sentence
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
        tokens, sentence_of, covered = self.tokens, self.sentence_of, self._covered
        lexicon = word_sets()
        sentence = sentence_of[tok0]  # (tok0 and every at below are tokens read)
        for at in range(tok0 - 1, max(tok0 - GROUP_REACH - 2, -1), -1):
            token = tokens[at]
            if at in covered or sentence_of[at] != sentence:
                break
            bare = token.removeprefix("و")
            if bare.startswith("ب") and strip_article(bare[1:]) in GROUP_HEADS:
                return "ب", at  # بقادة، وبقادة، بالقادة
            if token in GROUP_HEADS and at > 0 and tokens[at - 1] in lexicon["with"]:
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
        for ref in designation.refs:  # (a loop: no generator for a ref or two)
            if ref.kind in {"person", "office"}:
                return False
        start = self.starts[designation.tok0]
        # the line must start at most 30 characters before: look no further back
        line_start = self.text.rfind("\n", start - 31 if start > 31 else 0, start) + 1  # noqa: PLR2004
        if start - line_start > 30 or (line_start == 0 and start > 31):  # noqa: PLR2004
            return False
        head = self.text[line_start:start].strip(' ("«')
        if head and DATELINE_HEAD.fullmatch(head + " ") is None:
            return False
        return DATELINE_TAIL.match(self.text, designation.end) is not None

    def _subordinate(self, raw: Raw) -> int | None:
        """Where the word that makes a title someone else's starts (مساعد، مستشار، مبعوث، ممثل).

        Words of rank may come between (المبعوث الشخصي للأمين العام، المبعوث الخاص للرئيس),
        and one before (كبير مستشاري الرئيس). ``None`` when the title is its holder's own.
        """
        at = raw.tok0 - 1
        while at > raw.tok0 - 3 and at >= 0 and self.bare_tokens[at] in RANK_WORDS:
            at -= 1
        if (
            at < 0
            or self.sentence_of[at] != self.sentence_of[raw.tok0]
            or self.bare_tokens[at] not in SUBORDINATE
        ):
            return None
        if at > 0 and self.bare_tokens[at - 1] in SENIOR:
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

        None after a head of mission's title (رئيس بعثة الحج الإيرانية is no state's mission);
        more by the words that describe the states first (:meth:`_states_described`).
        """
        if self._each_of(raw.tok1 + 1):
            return 2
        if self.bare_tokens[raw.tok1] in MISSIONS:
            return 0
        return 1 + self._states_described(raw)  # وزراء خارجية الدول الأوروبية الثلاث فرنسا

    def _envoy_mandate(self, subordinate: int, raws: list[Raw], at: int) -> str | None:
        """The state an envoy of someone's is sent to (المبعوث الخاص للرئيس الروسي إلى سوريا).

        Only for an envoy's word, and a state right after إلى or لدى.
        """
        if self.bare_tokens[subordinate] not in ENVOYS or at >= len(raws):
            return None
        place = raws[at]
        entry = place.kinds.get("state")
        if entry is None or place.tok0 == 0 or self._gap(raws[at - 1], place) > 1:
            return None
        return entry.value if self.tokens[place.tok0 - 1] in word_sets()["to"] else None

    def _superior_alone(self, subordinate: int, last: Raw, raw: Raw, role: str) -> bool:
        """Whether *raw* names the superior of an envoy or adviser who is not named.

        المبعوث الخاص للرئيس الأمريكي دونالد ترامب: Trump held the title; an envoy, an adviser
        or a representative is seldom promoted to it (a deputy may be: not for them).
        """
        if raw.prefix or self._gap(last, raw) > 1 or self.bare_tokens[subordinate] not in SERVING:
            return False
        return role in self._roles_held(raw)

    def _addition(self, raw: Raw) -> bool:
        """Whether بالإضافة إلى / إضافة إلى / فضلا عن comes right before *raw*."""
        at = raw.tok0
        if at < 2 or (self.tokens[at - 2], self.tokens[at - 1]) not in ADDITION:  # noqa: PLR2004
            return False
        return self.sentence_of[at - 2] == self.sentence_of[at]  # (at >= 2: tokens read)

    def _before_ancestry(self, raw: Raw) -> bool:
        """Whether *raw*, one word an adjective, is a given name before بن (الأمير تركي بن محمد)."""
        return (
            raw.tok0 == raw.tok1
            and "adjective" in raw.kinds
            and raw.tok1 + 1 < len(self.tokens)
            and self.tokens[raw.tok1 + 1] in ANCESTRY_WORDS
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
        to_words = word_sets()["to_or_in" if region_ok else "to"]
        while at < len(raws):
            candidate = raws[at]
            gap = self._gap(previous, candidate)
            if (
                not found
                and candidate.tok0 >= 2  # noqa: PLR2004
                and self.tokens[candidate.tok0 - 1] == FROM
                and self.tokens[candidate.tok0 - 2] in EACH
            ):
                gap -= 2  # نظرائه في كل من السعودية وقطر: as نظرائه في السعودية وقطر
            if gap > allow_gap:
                break
            entry = candidate.has("adjective", "state", "organization", "org-adjective")
            if (
                entry is None
                or self._before_ancestry(candidate)
                or (not found and self._closed_title(previous, candidate, entry, gap))
            ):
                break
            before = self.tokens[candidate.tok0 - 1] if candidate.tok0 > 0 else ""
            if (
                not found
                and not region_ok
                and candidate.prefix.endswith("ل")
                and "state" in candidate.kinds
                and self._after_trip_noun(previous)
            ):
                break  # زيارة وزير الخارجية لفيتنام: the trip's destination, not his state
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
            if (
                found
                and not candidate.prefix.startswith("و")
                and not self._comma_member(raws, at, allow_gap)
            ):
                break
            found.append((entry.value, candidate))
            previous = candidate
            at += 1
        return found, at, region

    def _states_described(self, title: Raw) -> int:
        """How many words describe the states right after a plural *title* (none: 0).

        وزراء خارجية الدول الأوروبية الثلاث فرنسا وألمانيا: a noun of states, then adjectives
        and a count (:data:`~diplomatext.data.offices.STATES_GROUP_WORDS`).
        """
        tokens = self.tokens
        at = title.tok1 + 1
        if at >= len(tokens) or tokens[at] not in STATES_GROUP_NOUNS:
            return 0
        last = min(at + STATES_GROUP_MOST, len(tokens) - 1)
        end = at + 1
        while end <= last and tokens[end] in STATES_GROUP_WORDS:
            end += 1
        return end - at

    def _comma_member(self, raws: list[Raw], at: int, allow_gap: int) -> bool:
        """Whether ``raws[at]`` follows a comma in a list of states that و closes.

        وزراء خارجية السعودية، قطر، والإمارات: the members between commas are listed too.
        """
        previous = raws[at - 1]
        while at < len(raws):
            candidate = raws[at]
            if self._gap(previous, candidate) > allow_gap or not candidate.has(
                "adjective", "state", "organization", "org-adjective"
            ):
                return False
            if candidate.prefix.startswith("و"):
                return True
            if "،" not in self.text[previous.end : candidate.start] and (
                "," not in self.text[previous.end : candidate.start]
            ):
                return False
            previous = candidate
            at += 1
        return False

    def _closed_title(self, title: Raw, candidate: Raw, entry: Entry, gap: int) -> bool:
        """Whether a bare state name right after a title closed by its article is not its state.

        سيزور رئيس الجمهورية فرنسا: the state is the verb's object; in construct the title would
        be رئيس جمهورية فرنسا.
        """
        return (
            not candidate.prefix
            and entry.kind == "state"
            and gap == 0
            and title.tok1 > title.tok0
            and self.tokens[title.tok1].startswith("ال")
        )

    def _after_trip_noun(self, title: Raw) -> bool:
        """Whether the title's phrase is the subject of a trip noun right before it (زيارة)."""
        return title.tok0 > 0 and self.bare_tokens[title.tok0 - 1] in TRIPS

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
            or self.tokens[raw.tok1 + 1] not in word_sets()["from"]
            or not self.tokens_match(raw.tok0, cue_phrases()["delegation"], bare=True)
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
        elif self.tokens_match(raw.tok1 + 2, cue_phrases()["body"], bare=True):
            # وفد من مجلس الشيوخ الأمريكي، وفدا من لجنة الشؤون الخارجية في الكونغرس الأميركي:
            # the first adjective or state a few words on
            sentence = self.sentence(raw.tok0)
            while (
                at < len(raws)
                and raws[at].tok0 <= raw.tok1 + BODY_REACH
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
        if self.bare_tokens[raw.tok0 - 1] not in contact_nouns():
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

    def _function_word(self, at: int) -> bool:
        """Whether token *at* is a preposition or a word that closes a list (مع، عن، حول)."""
        words = word_sets()
        token = self.tokens[at]
        return any(token in words[kind] for kind in ("with", "stop", "to", "topic_preps"))

    def _second_department(self, raw: Raw) -> bool:
        """Whether *raw* is و + the second department of a shared title, one word.

        وزيري الدفاع X والخارجية Y: والخارجية names Y's ministry, not a body standing for
        the state of the name after it (as إدارة الرئيس X does).
        """
        token = self.tokens[raw.tok0]
        return raw.tok0 == raw.tok1 and token.startswith("و") and token[1:] in DEPARTMENTS

    def _each_of(self, at: int) -> bool:
        """Whether tokens *at* and after are كل من or لكل من (وزراء الخارجية لكل من مصر والأردن)."""
        tokens = self.tokens
        return (
            at + 1 < len(tokens) and tokens[at].removeprefix("ل") in EACH and tokens[at + 1] == FROM
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

        في مدينة نيويورك بالولايات المتحدة الأمريكية، في مالابو (غينيا الاستوائية), في
        الرياض، السعودية: where the city is, not a side.
        """
        if not before or len(designation.refs) != 1 or before[-1].tok1 != designation.tok0 - 1:
            return False
        city = before[-1]
        ref = designation.refs[0]
        # a city's state, or the state a capital names (مالابو: Equatorial Guinea itself)
        if ref.kind != "state" or ref.value not in (city.city_state, city.place_state):
            return False
        if designation.prep in IN_PREPS:
            return True
        between = self.text[self.ends[city.tok1] : self.starts[designation.tok0]].strip()
        return not designation.prep and between in CITY_COUNTRY_MARKS

    def _attending(self, tok0: int) -> bool:
        """Whether token *tok0* follows بحضور in its sentence, before any comma.

        Or right after the first comma, when a name the table lacks stands between: the
        title of the one attending (بحضور خليفة الحارثي، وكيل وزارة الخارجية العمانية).
        """
        if self._after_cue(self._attendance, tok0, ASIDE_MOST):
            return True
        # the comma right before the title, or before a word of rank (، مساعد وزير ...)
        comma = next(
            (at for at in range(tok0, max(tok0 - 2, 0), -1) if self.comma_before(at)),
            0,
        )
        word = strip_article(self.tokens[comma])
        if comma < tok0 and word not in RANK_WORDS and word not in SUBORDINATE:
            return False  # برفقة زوجته، والتقى الرئيس: a new clause, not a title
        kinds = self.actors.kinds
        name_start = comma - 1
        while name_start > 0 and comma - name_start <= UNKNOWN_NAME_WORDS:
            if name_start in self._covered or kinds(self.tokens[name_start]):
                return False  # بحضور هاكان فيدان، رئيس الوزراء العراقي ...: a known name
            if self._after_cue(self._attendance, name_start, 1):
                return True
            name_start -= 1
        return False

    def _summit_attended(self, at: int) -> bool:
        """Whether بحضور at *at* lists a summit's participants, not those present at a meeting.

        A summit of more than two a little before it, in its sentence, with no comma between
        (القمة الثلاثية التي كان من المقرر عقدها في بغداد بحضور الرئيس المصري وملك الأردن); not
        after a comma (على هامش القمة، بحضور ولي العهد) nor after a bilateral summit (قمة ثنائية
        بحضور وزيري الخارجية: those present).
        """
        sentence = self.sentence_of[at]
        for before in range(at - 1, max(at - SUMMIT_REACH, 0) - 1, -1):
            if (
                self.sentence_of[before] != sentence
                or (
                    before < at - 1  # (a comma right before بحضور closes the summit's own words)
                    and not COMMAS.isdisjoint(
                        self.text[self.ends[before] : self.starts[before + 1]]
                    )
                )
            ):
                return False
            if any(
                strip_article(form) == SUMMIT for form in proclitic_readings(self.tokens[before])
            ):
                # قمة ثلاثية، قمة مغاربية ثلاثية: its size right after it or after an adjective
                return any(
                    self.bare_tokens[after] in SUMMIT_SIZES
                    for after in range(before + 1, min(before + 3, at))
                )
        return False

    def _served(self, tok0: int) -> bool:
        """Whether a person named at *tok0* is the one a representative or envoy serves.

        ممثل الإمام السيد علي الخامنئي: a word of serving in construct (no article) right
        before the name, words of address between. (A title after such a word is read as the
        subordinate's already, by the subordinate words of the titles.)
        """
        sentence = self.sentence_of[tok0]
        address = word_sets()["address"]
        at = tok0 - 1
        while at >= 0 and self.sentence_of[at] == sentence and self.tokens[at] in address:
            at -= 1
        # the word in construct, without its article: المستشار أولاف شولتس is a title
        return at >= 0 and self.sentence_of[at] == sentence and self.tokens[at] in SERVING

    def _kin(self, tok0: int) -> bool:
        """Whether a word of kinship is right before *tok0* (زوجة الرئيس، ونجل الملك)."""
        if tok0 == 0 or self.sentence_of[tok0 - 1] != self.sentence_of[tok0]:
            return False
        return _is_kin(self.tokens[tok0 - 1])

    def _conveyed(self, tok0: int) -> bool:
        """Whether token *tok0* names a message's sender or addressee (تحيات X إلى Y).

        Not past the words that end the message's phrase (نقلها X خلال لقاء: the carrier).
        """
        return self._after_cue(self._messages, tok0, MESSAGE_REACH, ends=MESSAGE_ENDS)

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
            not COMMAS.isdisjoint(text[token_ends[between] : starts[between + 1]])
            or tokens[between + 1] in ends
            for between in range(at, tok0)
        )

    def _delegation_head(self, designation: Designation, result: list[Designation]) -> bool:
        """Put the head of a delegation, named after برئاسة, in the delegation's place.

        The delegation is the designation before (its state), else only its word (a state
        the text does not name: وفدا مشتركا من وزارتي الخارجية والدفاع). True when done.
        """
        tok0 = designation.tok0
        headed = cue_phrases()["headed"]
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
                for at in range(tok0 - 2, max(-1, tok0 - DELEGATION_REACH), -1)
                if self.sentence(at) == sentence
                and self.tokens_match(at, cue_phrases()["delegation"], bare=True)
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

        كلينتون is the one named in full in the text, else (none or several named so) the one
        in office on the date.
        """
        ids = [
            entry.value
            for entry in self.actors.entries(self.text[raw.start : raw.end])
            if entry.kind == person.kind  # (الرئيس عون: titled, of several persons too)
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
            in_text = [pid for pid in ids if pid in named]
            value = in_text[0] if in_text else value
            if len(in_text) != 1:
                # none named in full, or several (سعد الحريري ... رفيق الحريري ... الحريري): the
                # one in office on the day, when the first is not (see Assembler.resolve)
                others = tuple(pid for pid in (in_text or ids) if pid != value)
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
        if not self.tokens_match(raw.tok0, cue_phrases()["envoy"], bare=True):
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
                # السفير الأمريكي أوراق اعتماده إلى الرئيس X: a contact word between, the
                # one after it is whom the envoy meets
                or self._contact_word_between(raws[at - 1].tok1, candidate.tok0)
            ):
                return None
            entry = candidate.has("person", "titled-person")
            if entry is not None:
                gap = self._gap(raws[at - 1], candidate)
                if (
                    candidate.prefix
                    or gap > 3  # noqa: PLR2004
                    or self._head_short_name(candidate)  # سفير الصين شي هونغوي: not Xi
                    # a short name that is also a word is a name only right after the title,
                    # not a few words on in a clause of its own
                    or (entry.kind == "titled-person" and gap > 0)
                ):
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
            if self._other_one_between(raw.tok1, candidate.tok0):
                return None
            at += 1
        return None

    def _contact_word_between(self, tok1: int, tok0: int) -> bool:
        """Whether a contact word starts strictly between tokens *tok1* and *tok0*."""
        at = bisect.bisect_right(self._contact_tokens, tok1)
        return at < len(self._contact_tokens) and self._contact_tokens[at] < tok0

    def _other_one_between(self, tok1: int, tok0: int) -> bool:
        """Whether مع or a message's word stands between an envoy's word and a name after it.

        السفير الروسي مع الرئيس الحريري: the one he met; السفير الأمريكي رسالة من الرئيس X: the
        message's sender. Neither is the envoy's own name.
        """
        with_words = word_sets()["with"]
        return any(word in with_words for word in self.tokens[tok1 + 1 : tok0]) or any(
            tok1 < at < tok0 for at in self._messages
        )

    def _gap(self, left: Raw, right: Raw) -> int:
        sentence_of = self.sentence_of  # (the tokens of a name are tokens read)
        if sentence_of[left.tok1] != sentence_of[right.tok0]:
            return 99
        between = range(left.tok1 + 1, right.tok0)
        filler = word_sets()["filler"]
        # the words between that are not fillers: all, less the fillers (counted in C)
        words = self.tokens[between.start : between.stop]
        gap = len(between) - sum(map(filler.__contains__, words))
        if gap and GENERAL in words:  # الفريق أول ركن: «first» is the rank's
            gap -= sum(1 for a, b in itertools.pairwise(words) if a == GENERAL and b == FIRST)
        if (
            gap
            and left.tok1 > left.tok0
            and self.tokens[left.tok1].endswith(GOVERNMENT)
            and left.has("title") is not None
        ):
            # رئيس حكومة الوحدة الوطنية الليبية: the government's name is the title's
            gap -= sum(map(GOVERNMENT_NAMES.__contains__, words))
        return gap

    def _named_at(self, raws: list[Raw], at: int) -> tuple[Raw | None, int]:
        """The person named right after a title at *at* (وزير الخارجية الروسي سيرغي لافروف).

        The title's government may stand between (وزير الخارجية في حكومة الوحدة الوطنية X).
        """
        if (
            at < len(raws)
            and raws[at].has("person", "titled-person")
            and self._gap(raws[at - 1], raws[at]) == 0
            and not raws[at].prefix
        ):
            return raws[at], at + 1
        # (the words of the government may be read as phrases of their own: حكومة; never a
        # title, which would be the verb's object: ... في حكومة الوحدة الوطنية المبعوثة الأممية)
        after = at
        while (
            after < len(raws)
            and not raws[after].has("person", "titled-person", "title", "fixed-title")
            and raws[after].tok1 - raws[at - 1].tok1 <= GOVERNMENT_MOST
        ):
            after += 1
        if (
            after < len(raws)
            and raws[after].has("person", "titled-person")
            and not raws[after].prefix
            and (
                self._government_between(raws[at - 1], raws[after])
                # (a full name: a family name alone there is too often someone else's)
                or (
                    raws[after].tok1 > raws[after].tok0
                    and self._portfolio_between_tokens(raws[at - 1].tok1, raws[after].tok0)
                )
            )
        ):
            return raws[after], after + 1
        return None, at

    def _portfolio_between_tokens(self, tok1: int, tok0: int) -> bool:
        """Whether only an office's portfolio stands after token *tok1* and before *tok0*.

        الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل، منسق البيت الأبيض لشؤون
        الشرق الأوسط بريت ماكغورك (:data:`~diplomatext.data.offices.MANDATE_OPENERS`): no comma.
        """
        first = tok1 + 1
        return (
            0 < tok0 - first <= GOVERNMENT_MOST
            and self.tokens[first] in MANDATE_OPENERS
            and self.sentence_of[first] == self.sentence_of[tok0]
            and COMMAS.isdisjoint(self.text[self.ends[tok1] : self.starts[tok0]])
        )

    def _government_between(self, left: Raw, right: Raw) -> bool:
        """Whether only «في حكومة» and its name stand between a title and a name, with no comma.

        The government is named by words (الوحدة الوطنية، تصريف الأعمال، المؤقتة), not by its
        head (في حكومة نتنياهو، بحكومة السوداني: the name is the head's, not the holder's).
        """
        first = left.tok1 + 1
        filler = word_sets()["filler"]
        while first < right.tok0 and self.tokens[first] in filler:
            first += 1  # وزير الخارجية بالإنابة في حكومة ...
        if not 0 < right.tok0 - first <= GOVERNMENT_MOST:
            return False
        if self.sentence_of[first] != self.sentence_of[right.tok0]:
            return False
        if not COMMAS.isdisjoint(self.text[self.ends[left.tok1] : self.starts[right.tok0]]):
            return False
        length = self.tokens_match(first, cue_phrases()["government"], bare=False)
        words = self.tokens[first + length : right.tok0]  # the government's own name
        headed = cue_phrases()["headed"].exact  # (بالحكومة الجديدة برئاسة X: its head)
        return bool(length) and bool(words) and not any(word in headed for word in words)

    def _led_delegation(self, raws: list[Raw], index: int) -> bool:
        """Whether *raws[index]* is the delegation of «على رأس وفد» before إلى (no side).

        زيارة رسمية على رأس وفد هام إلى الجزائر: the visitor leads it; the state after إلى is the
        visit's, not the delegation's (على رأس وفد سعودي: the delegation's state, kept).
        """
        raw = raws[index]
        heading = cue_phrases()["heading"]
        if "generic" not in raw.kinds or index + 1 >= len(raws):
            return False
        to_words = word_sets()["to"]
        return any(
            start >= 0
            and self.tokens[start] in heading.exact
            and start + self.tokens_match(start, heading, bare=False) > raw.tok0
            for start in (raw.tok0 - 2, raw.tok0 - 3)
        ) and any(self.tokens[at] in to_words for at in range(raw.tok1 + 1, raws[index + 1].tok0))

    def _region(self, raw: Raw) -> bool:
        """Whether the state named by *raw* is a region's first word (أمريكا اللاتينية)."""
        return (
            raw.has("state") is not None
            and raw.tok1 + 1 < len(self.tokens)
            and self.sentence_of[raw.tok1 + 1] == self.sentence_of[raw.tok1]
            and self.tokens[raw.tok1 + 1] in REGION_ADJECTIVES
        )

    def _capital_before_city(self, raws: list[Raw], index: int) -> bool:
        """Whether the capital phrase *raws[index]* only heads the city written after it.

        العاصمة اليمنية المؤقتة «عدن»: a city of the same state right after (place adjectives
        between) is the place, not the state's capital; the phrase is passed over.
        """
        raw = raws[index]
        capital = raw.kinds.get("capital")
        if capital is None or index + 1 >= len(raws):
            return False
        city = raws[index + 1].kinds.get("city")
        return (
            city is not None
            and city.extra == capital.value
            and not raws[index + 1].prefix
            and all(
                self.tokens[at] in PLACE_QUALIFIERS
                for at in range(raw.tok1 + 1, raws[index + 1].tok0)
            )
        )

    def _head_short_name(self, named: Raw) -> bool:
        """Whether *named* is one word, the short name of someone who only led states.

        After an envoy's or ambassador's title (سفير الصين لدى سوريا شي هونغوي) such a word is
        the first of the envoy's own name, whom the table lacks: a head of state is never
        introduced as an envoy.
        """
        if named.tok0 != named.tok1:
            return False
        entry = named.has("person", "titled-person")
        person = None if entry is None else self.actors.persons.get(entry.value)
        return (
            person is not None
            and bool(person.offices)
            and all(office.role in HEAD_ROLES for office in person.offices)
        )

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
        سيمون هاريس read as «هاريس», the American) is someone the table does not hold. An
        organization's title is not so checked: its rotating chair is a member's head.
        """
        entry = named.has("person", "titled-person")
        person = None if entry is None else self.actors.persons.get(entry.value)
        if person is None or not states or not person.offices:
            return True
        if all(state in self.actors.organizations for state in states):
            return True  # رئيس الاتحاد الإفريقي محمد ولد الغزواني: a member's head chairs it
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

    def _untied_state(self, raw: Raw, role: str, before: list[Designation]) -> str | None:
        """The state of a title written with none, or ``None`` where the text gives none.

        The office's before it in a list, else, for a host's title of two words or more (not a
        bare الرئيس), the state visited.
        """
        if raw.prefix.startswith("و") and (state := self._listed_state(raw, before)) is not None:
            return state
        if role in HOST_ROLES and raw.tok1 > raw.tok0:
            return self._destination_before(raw.tok0, before)
        return None

    def _listed_state(self, raw: Raw, before: list[Designation]) -> str | None:
        """The state of the office listed right before *raw*, a title joined by و.

        مع رئيس جمهورية الصومال الاتحادية، ورئيس مجلس الوزراء: Somalia's prime minister. Only
        an office with its state right before (a comma or one word between), not a person's
        name.
        """
        if not before:
            return None
        previous = before[-1]
        between = raw.tok0 - previous.tok1 - 1  # (one word: جمهورية الصومال الاتحادية)
        if (
            between > 1
            or self.sentence_of[previous.tok1] != self.sentence_of[raw.tok0]
            or (between and self.tokens[raw.tok0 - 1].startswith("و"))
        ):
            return None
        states = {ref.state for ref in previous.refs if ref.kind == "office"}
        if len(states) != 1 or len(previous.refs) != 1:
            return None
        # the title ends its item (، ورئاسة ...), else a name the table lacks is its holder's:
        # والرئيس عبد اللطيف راشد, whose state the title does not say
        after = raw.tok1 + 1
        if after < len(self.tokens) and not (
            self.tokens[after].startswith("و")
            or self._function_word(after)
            or any(mark in self.text[self.ends[raw.tok1] : self.starts[after]] for mark in ",.")
        ):
            return None
        return states.pop()

    def _destination_before(
        self, token: int, before: list[Designation], *, across: bool = False
    ) -> str | None:
        """The state a side went to, named after إلى (or a visiting verb) before *token*.

        وصل X إلى بيروت ... يلتقي رئيس الجمهورية: Lebanon. Only with a side named before the
        destination (the traveller), so that a title is never its own destination's; in the
        sentence of *token*, or (*across*) in any sentence before it, the traveller anywhere
        before it: ويزور أبو الغيط لبنان ليومين. ... لقاءات مع رؤساء الجمهورية والحكومة. A
        place after في or ب nearer in the sentence is where they met, and its state wins. Only
        for a title right after a contact word (يلتقي خلالها، لقاءات مع; not وأطلع رئيس
        الجمهورية). *before* ascends and ends before *token*.
        """
        if not self._after_contact_word(token):
            return None
        sentence = self.sentence_of[token]
        to_words = word_sets()["to"]
        for at in range(len(before) - 1, -1, -1):
            designation = before[at]
            there = self.sentence_of[designation.tok0]
            if there != sentence and not across:
                return None
            state = designation.city_state or designation.place_state
            if state is None:
                continue
            # استقبل الملك عبد الله الثاني في عمان X ورئيس حكومة ...: never the state of a side
            # named before the place in its sentence (a host does not receive his own office)
            own = state in {
                self.state_of_ref(ref)
                for item in before[:at]
                if self.sentence_of[item.tok0] == there
                for ref in item.refs
            }
            if own or (designation.prep in IN_PREPS and there == sentence):
                # وكان قد التقى في عمان رئيسي الوزراء والبرلمان: where they met
                return None if own else state
            verb = designation.tok0 - 1  # يزور لبنان; ويزور أبو الغيط لبنان: past the subject
            if at > 0 and before[at - 1].tok1 == verb:
                verb = before[at - 1].tok0 - 1
            visited = designation.prep in to_words or (
                verb >= 0 and self.bare_tokens[verb].removeprefix("و") in VISITING
            )
            if visited and any(
                item.refs and (across or self.sentence_of[item.tok0] == there)
                for item in before[:at]
            ):
                return state
            if not across:
                return None
        return None

    def state_of_ref(self, ref: Ref) -> str | None:
        """The state a person or an office stands for (a person's first); else ``None``."""
        if ref.kind == "person":
            return self.actors.country_of(ref.value, None)
        return ref.state if ref.kind == "office" else None

    def _after_contact_word(self, token: int) -> bool:
        """Whether a contact word stands a few tokens before *token*, in its sentence.

        Further for a title joined by و, the next of a list of those met (مباحثات مع X، وY،
        ووزيرة الخارجية), and past a time and a place with no new clause between (حيث التقى
        بعد ظهر اليوم في القصر الحكومي رئيس الوزراء; not وأطلع اليوم رئيس الجمهورية); never
        across a sentence.
        """
        index = bisect.bisect_left(self._contact_tokens, token)
        if index == 0:
            return False
        word = self._contact_tokens[index - 1]
        if self.sentence_of[word] != self.sentence_of[token]:
            return False
        if self.tokens[token].startswith("و"):
            return token - word <= WINDOW
        return token - word <= CONTACT_WORD_REACH or (
            token - word <= CONTACT_CLAUSE_REACH
            and not any(self.tokens[at].startswith("و") for at in range(word + 1, token))
            and COMMAS.isdisjoint(self.text[self.ends[word] : self.starts[token]])
        )

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

    def _listed_heads(self, designations: list[Designation]) -> list[Designation]:
        """*designations* with the heads of a state's institutions listed after a dual or plural.

        وصل X إلى بيروت حيث يلتقي رؤساء الجمهورية والحكومة ومجلس النواب: one office each,
        of the state the traveller went to, as if each were written رئيس ...; of the state of
        an adjective right after the list (رئيسي الحكومة والبرلمان العراقيين) where one is.
        """
        three = self._three_presidencies(designations)
        if self._words.isdisjoint(LISTED_HEADS) and not three:
            return designations
        found: list[Designation] = three
        dropped: set[int] = set()  # (the adjectives of the heads' state, read with them)
        taken = {at for item in designations for at in range(item.tok0, item.tok1 + 1)}
        for at, word in enumerate(self.tokens):
            if word not in LISTED_HEADS or at in taken:
                continue
            listed = self._institutions_after(at + 1)
            if len(listed) == 1 and any(
                item.tok0 == listed[0][1] + 1 and any(ref.kind == "person" for ref in item.refs)
                for item in designations
            ):
                # رئيسي مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي: the dual and the first
                # institution are the first name's title, no distance to it
                self.title_tokens.update(range(at, listed[0][1] + 1))
                continue
            if len(listed) < 2:  # noqa: PLR2004 (a dual or a plural lists two or more)
                continue
            end = listed[-1][1]
            # (read with the institutions before it or alone: الحكومة والبرلمان العراقيين)
            adjective = next(
                (item for item in designations if at < item.tok0 <= end + 1 <= item.tok1 + 1),
                None,
            )
            states = {ref.value for ref in adjective.refs} if adjective is not None else set()
            if adjective is not None and len(states) == 1 and adjective.refs[0].kind in STATE_KINDS:
                state: str | None = states.pop()  # رئيسي الحكومة والبرلمان العراقيين: theirs
                dropped.add(id(adjective))
            else:
                before = [item for item in designations if item.tok1 < at]
                state = self._destination_before(at, before, across=True)
            if state is None:
                continue
            for number, (first, last, role) in enumerate(listed):
                tok0 = at if number == 0 else first
                found.append(
                    Designation(
                        start=self.starts[tok0],
                        end=self.ends[last],
                        tok0=tok0,
                        tok1=last,
                        refs=[
                            Ref(
                                "office",
                                role=role,
                                state=state,
                                evidence=EvidenceKind.OFFICE,
                                start=self.starts[tok0],
                                end=self.ends[last],
                            )
                        ],
                        prep="",
                        conjoined=number > 0,
                    )
                )
        if not found:
            return designations
        kept = [item for item in designations if id(item) not in dropped]
        return sorted([*kept, *found], key=lambda item: item.tok0)

    def _three_presidencies(self, designations: list[Designation]) -> list[Designation]:
        """الرئاسات الثلاث: the three heads of the state the traveller went to (Iraq, Lebanon).

        One phrase naming three sides, as a dual title names two: the president, the prime
        minister and the speaker on the contact's day.
        """
        found: list[Designation] = []
        if not self.holds_bare(THREE_PRESIDENCIES_FIRST):
            return found  # (most texts: one set operation)
        bare = self.bare_tokens
        for at in range(len(bare) - 1):
            if (bare[at], bare[at + 1]) not in THREE_PRESIDENCIES:
                continue
            before = [item for item in designations if item.tok1 < at]
            state = self._destination_before(at, before, across=True)
            if state not in offices.THREE_PRESIDENCIES_STATES:
                continue
            start, end = self.starts[at], self.ends[at + 1]
            refs = [
                Ref(
                    "office",
                    role=role,
                    state=state,
                    evidence=EvidenceKind.OFFICE,
                    start=start,
                    end=end,
                )
                for role in offices.THREE_PRESIDENCIES_ROLES
            ]
            found.append(
                Designation(start=start, end=end, tok0=at, tok1=at + 1, refs=refs, prep="")
            )
        return found

    def _institutions_after(self, at: int) -> list[tuple[int, int, str]]:
        """The institutions listed from token *at* on (الجمهورية والحكومة): first, last, role."""
        listed: list[tuple[int, int, str]] = []
        tokens = self.tokens
        while at < len(tokens):
            word = tokens[at]
            if listed:
                if not word.startswith("و"):
                    break
                word = word[1:]
            found = None
            for words, role in HEADED_INSTITUTIONS.items():
                end = at + len(words)
                if word == words[0] and tuple(tokens[at + 1 : end]) == words[1:]:
                    found = (at, end - 1, role)
                    break
            if found is None:
                break
            listed.append(found)
            at = found[1] + 1
        return listed

    def _home_country(self, designations: list[Designation]) -> list[Designation]:
        """*designations* with «the country» of an agency's own dateline, after إلى or ل.

        الكويت (كونا) - وصل X إلى البلاد: the dateline's state, a side or a host.
        """
        home = self._home
        if home is None:
            return designations
        found = []
        to_words = word_sets()["to"]
        for at, word in enumerate(self.tokens):
            if word in HOME_COUNTRY and at > 0 and self.tokens[at - 1] in to_words:
                prep = self.tokens[at - 1]  # إلى البلاد
            elif word[:1] == "ل" and "ا" + word[1:] in HOME_COUNTRY:
                prep = TO  # للبلاد: to the country, as إلى البلاد
            else:
                continue
            found.append(
                Designation(
                    start=self.starts[at],
                    end=self.ends[at],
                    tok0=at,
                    tok1=at,
                    refs=[
                        Ref(
                            "state",
                            home,
                            evidence=EvidenceKind.STATE,
                            start=self.starts[at],
                            end=self.ends[at],
                        )
                    ],
                    prep=prep,
                    place_state=home,
                )
            )
        if not found:
            return designations
        return sorted([*designations, *found], key=lambda item: item.tok0)

    def _named_before(self, raw: Raw) -> Entry | None:
        """The person of a short name that is also a word, when the text names them in full.

        محمود عباس ... وسيزور عباس ألمانيا: عباس alone is him (a word of
        :data:`~diplomatext.data.offices.NAMED_BEFORE_SHORT_NAMES`).
        """
        entry = raw.kinds.get("titled-person")
        if entry is None or entry.value not in self._named_in_full:
            return None
        word = self.tokens[raw.tok0].removeprefix(raw.prefix) if raw.tok0 == raw.tok1 else ""
        return entry if word in NAMED_BEFORE else None

    def _designations(self) -> list[Designation]:  # noqa: C901, PLR0912, PLR0915
        raws = self._raw()
        # persons the text names without doubt (هيلاري كلينتون), for short names of several
        self._home: str | None = None  # the state of the opening dateline (القاهرة (أ ش أ))
        # the contact words' first tokens (a title right after one is a host's)
        self._contact_tokens = sorted({self.token_at(offset) for offset in self.near})
        self._certain = {
            ids[0]
            for ids in (
                [
                    entry.value
                    for entry in self.actors.entries(self.text[raw.start : raw.end])
                    if entry.kind in {"person", "titled-person"}
                ]
                for raw in raws
                if "person" in raw.kinds or "titled-person" in raw.kinds
            )
            if len(ids) == 1
        }
        # persons the text names in full: a short name that is also a word stands for them
        self._named_in_full = {
            entry.value for raw in raws if (entry := raw.kinds.get("person")) is not None
        }
        result: list[Designation] = []
        index = 0
        conjoin_at = -1
        appositive_end = -1  # the last token of the titles after a name (X، رئيس ... وزير ...)
        headed_words = cue_phrases()["headed"].exact
        while index < len(raws):
            raw = raws[index]
            if (
                self._before_ancestry(raw)
                or self._capital_before_city(raws, index)
                or self._led_delegation(raws, index)
                or self._region(raw)
            ):
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
            person = kinds.get("person") or self._named_before(raw)
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
                mandate = self._envoy_mandate(subordinate, raws, at)
                if mandate is not None:
                    # المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن: the envoy there
                    last = raws[at]
                    refs.append(
                        Ref(
                            "office",
                            role=ENVOY_ROLE,
                            state=states[0],
                            region=mandate,
                            evidence=EvidenceKind.OFFICE,
                            start=raw.start,
                            end=last.end,
                        )
                    )
                    at += 1
                else:
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
                and (self.tokens[raw.tok1 + 1] in ROTATING)
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
                        region_ok=role in MANDATED,
                        allow_gap=self._title_gap(raw),
                    )
                former = elect = False
                if (
                    at < len(raws)
                    and raws[at].kinds.get("former")
                    and self._gap(raws[at - 1], raws[at]) <= 1
                ):
                    former = True
                    elect = self.tokens[raws[at].tok0] in ELECT
                    at += 1
                named, at = self._named_at(raws, at)
                last = raws[at - 1]
                states_named = [state for state, _ in found]
                if named is not None and not self._may_hold(named, states_named):
                    if (
                        named.tok1 > named.tok0
                        and (
                            self._appositive(result, raw, appositive_end)
                            # استقبل رئيس دولة البرازيل، الأمير فيصل بن فرحان: after a comma, the
                            # full name of another state's person is the next side
                            or not COMMAS.isdisjoint(
                                self.text[self.ends[raws[at - 2].tok1] : self.starts[named.tok0]]
                            )
                        )
                    ):
                        # الملك عبدالله الثاني ملك الأردن سامح شكري: the title is the king's
                        # own, and the full name of another state's person the next side
                        at -= 1
                        last = raws[at - 1]
                    named = None  # a name of another state's person: someone the table lacks
                elif named is not None and role in ENVOY_ROLES and self._head_short_name(named):
                    named = None  # السفير الصيني شي هونغوي: the ambassador, not Xi
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
                    and not self._function_word(last.tok1 + 1)  # الرئيس الصيني مع ترامب
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
                elif (
                    found
                    and former
                    and (antecedent := self._titled_before(role, result)) is not None
                    and antecedent.kind == "person"
                    and self.actors.country_of(antecedent.value, None)
                    in {state for state, _ in found}
                ):
                    # الرئيس الإيراني المنتخب مسعود بزشكيان ... بين الرئيس الإيراني المنتخب
                    # وX: the one named so before, not the holder on the date
                    refs.append(_taken_up(antecedent, raw.start, last.end))
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
                elif found and elect:  # الرئيس الإيراني المنتخب, named nowhere near: his state
                    refs.extend(_state_refs(found, raw.start, last.end))
                elif (
                    not former
                    and not found
                    and self.tokens[raw.tok0].removeprefix(raw.prefix) not in PLURAL_TITLES
                    and not (at < len(raws) and raws[at].has("person", "titled-person"))
                    and not _place_follows(raw, raws, at)  # ولي عهد أبوظبي: its own place
                    and (untied := self._untied_state(raw, role, result)) is not None
                ):
                    # مع رئيس جمهورية الصومال، ورئيس مجلس الوزراء؛ وصل لاريجاني إلى بيروت في زيارة
                    # يلتقي خلالها رئيس الجمهورية: the state the text gives the title
                    refs.append(
                        Ref(
                            "office",
                            role=role,
                            state=untied,
                            evidence=EvidenceKind.OFFICE,
                            start=raw.start,
                            end=last.end,
                        )
                    )
                elif (
                    not former
                    and self.tokens[raw.tok0].removeprefix(raw.prefix) not in PLURAL_TITLES
                    and not (  # رئيس الحكومة المنتهية عبدالحميد الدبيبة: its own name follows
                        at < len(raws)
                        and raws[at].has("person", "titled-person")
                        and self._gap(last, raws[at]) <= 2  # noqa: PLR2004
                    )
                    and not self._appositive(result, raw, appositive_end)
                    and (antecedent := self._titled_before(role, result))
                ):
                    # سمو الأمير، الوزير، الأمين العام with no state: the one so titled before
                    refs.append(_taken_up(antecedent, raw.start, last.end))
                elif (
                    self._home is not None
                    and not any(item.refs for item in result)  # the lead's first side only
                    and not former
                    and not found
                    and role in HOME_ROLES
                    and self.tokens[raw.tok0].removeprefix(raw.prefix) not in PLURAL_TITLES
                    and not (at < len(raws) and raws[at].has("person", "titled-person"))
                ):
                    # القاهرة (أ ش أ) - تلقى وزير الخارجية اتصالا: the agency's own minister
                    refs.append(
                        Ref(
                            "office",
                            role=role,
                            state=self._home,
                            evidence=EvidenceKind.OFFICE,
                            start=raw.start,
                            end=last.end,
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
                        refs.append(office_or_state(pair_role, value, raw.start, member.end))
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
                        office_or_state(role, state, raw.start, last.end) for state, _ in found
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
                    and self.tokens_match(raw.tok0, cue_phrases()["envoy"], bare=True)
                ):
                    found = []  # سفير المملكة بموريتانيا: where he is posted, not his state
                    at = index + 1
                if not found:
                    found, at = self._delegation_from(raws, index)
                if found:
                    last = raws[at - 1]
                    anaphor = (
                        self._named_of(found[0][0], result)
                        if len(found) == 1 and generic.value in ANAPHORIC_OFFICIALS
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
                        refs.extend(_state_refs(found, raw.start, last.end))
                    consumed = at
                    end, tok1 = last.end, last.tok1
                elif (
                    generic.extra != "official"  # وزير الدولة، وزير الخارجية: his own title
                    and not self._second_department(raw)
                    and not self.tokens_match(raw.tok1 + 1, cue_phrases()["headed"], bare=False)
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
                # an adjective alone is no side; والإيراني عباس عراقجي: its و joins the name,
                # as the و of a plural head before it does (والرؤساء الفلسطيني محمود عباس)
                if raw.prefix.startswith("و") or (
                    not raw.prefix
                    and raw.tok0 > 0
                    and self.tokens[raw.tok0 - 1] in LISTED_PLURAL_HEADS
                ):
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
                and (
                    result[-1].prep in word_sets()["topic_preps"]
                    # حول الوضع بمالي وليبيا، بغزة ولبنان: places after ب, both where or both
                    # topics
                    or (
                        result[-1].prep == "ب"
                        and (_states_only(result[-1].refs) or result[-1].city is not None)
                        and _states_only(refs)
                    )
                )
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
            elif designation.tok0 in self._principal_ends:
                pass  # نيابة عن خادم الحرمين الشريفين: the one a side acts for, not a side
            elif refs and self._messages and self._conveyed(designation.tok0):
                # نقل تحيات الأمير إلى الملك: a message carried, its persons no sides
                self.conveyed.append(designation)
            elif refs and self._kin(designation.tok0):
                pass  # استقبلت زوجة الرئيس الفرنسي: his wife, no side
            elif any(ref.kind == "person" for ref in refs) and self._served(designation.tok0):
                pass  # ممثل الإمام السيد علي الخامنئي ... لاريجاني: the one represented
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
                    if (
                        not result
                        and designation.tok0 < HOME_DATELINE_MOST
                        # a capital, or the state itself (الكويت (كونا))
                        and (capital or (designation.city is None and designation.place_state))
                    ):
                        # the text's own dateline, a capital: the state of an agency's own
                        # officials (not نيويورك (أ ش أ): an Egyptian agency abroad)
                        self._home = designation.city_state or designation.place_state
                result.append(designation)
                # (the name read with a title before it: الرئيس التونسي زين العابدين بن علي)
                self._covered.update(range(designation.tok0, designation.tok1 + 1))
            elif title is not None or generic is not None:
                self.title_tokens.update(range(raw.tok0, tok1 + 1))
            index = consumed if consumed > index else index + 1
        return result


@attrs.frozen
class _NoEntry:
    value: str = ""


_NO_ENTRY: Final = _NoEntry()


_INCLUDING_WORDS: Final = tuple(
    {frozenset(phrase) for value in INCLUDING.values() for phrase in value}
)
_KIN_TOKENS: dict[str, bool] = {}  # token -> _is_kin(token), asked for each designation


def _is_kin(token: str) -> bool:
    """Whether *token* is a word of kinship, with or without its clitics (remembered)."""
    known = _KIN_TOKENS.get(token)
    if known is None:
        if len(_KIN_TOKENS) > BARE_SIZE:
            _KIN_TOKENS.clear()
        known = _KIN_TOKENS[token] = any(
            strip_article(form) in KIN for form in proclitic_readings(token)
        )
    return known


def _held_together(person: Person, first: str, second: str) -> bool:
    """Whether *person* held offices of the roles *first* and *second* at one time."""
    terms = [office for office in person.offices if office.role in {first, second}]
    return any(a.role == first and b.role == second and a.overlaps(b) for a in terms for b in terms)


def _taken_up(antecedent: Ref, start: int, end: int) -> Ref:
    """*antecedent* as the person a later phrase at *start*..*end* takes up (an anaphor)."""
    return attrs.evolve(
        antecedent, evidence=EvidenceKind.ANAPHOR, start=start, end=end, as_state=False
    )


def _two_states(raw: Raw) -> tuple[str, str] | None:
    """(the state, the city's state) of a name that is one state and another's city (عمان)."""
    state = raw.kinds.get("state")
    city = raw.kinds.get("city")
    if state is None or city is None or not isinstance(city.extra, str):
        return None
    return (state.value, city.extra) if state.value != city.extra else None


def office_or_state(role: str | None, state: str, start: int, end: int) -> Ref:
    """The office of *state* a pair word names (الوزيران الروسي والأمريكي), else the state.

    ``"head"`` (الزعيمين الأردني والمصري) is the state's leader the text named before, head of
    state or of government, whatever the title.
    """
    if role in offices.ROLES or role == HEAD:
        return Ref(
            "office", role=role, state=state, evidence=EvidenceKind.OFFICE, start=start, end=end
        )
    return Ref("state", state, evidence=EvidenceKind.STATE, start=start, end=end)


def _states_only(refs: Sequence[Ref]) -> bool:
    """Whether *refs* are states and nothing else (no person, office or group)."""
    return bool(refs) and all(ref.kind == "state" for ref in refs)
