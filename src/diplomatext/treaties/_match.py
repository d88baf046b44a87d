"""The treaty matcher: one pass over the folded text, trie walks from tokens that start a name.

Every token of the folded text is looked up once (a dict, memoised per token
string) for what it can start: a head noun (معاهدة, with its clitics), the first
word of a name, a Latin acronym, or a UN resolution. Only from those tokens does
the matcher walk the trie of the gazetteer's names, so the cost per character does
not depend on how many entries the gazetteer has. Nothing is compiled per text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold
from diplomatext.data import months, treaty_words
from diplomatext.treaties._disambiguate import before_signing, decide, in_context, year_beside
from diplomatext.treaties._index import accepts, accepts_in_other_number
from diplomatext.treaties._model import Confidence, MatchKind, Treaty, TreatyKind, TreatyMention
from diplomatext.treaties._parties import (
    Title,
    other_parties_after,
    title_by_parties,
    title_by_year,
    title_of_year,
)
from diplomatext.treaties._resolutions import find_resolutions
from diplomatext.treaties._tokens import (
    CHAR_KIND,
    GENERIC_HEAD_KEYS,
    HEAD_LEMMAS,
    NEXT,
    WORD,
    forms,
    is_latin,
    latin_key,
    strip_article,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from collections.abc import Set as AbstractSet
    from typing import TypeAlias

    from diplomatext.normalize import Normalized
    from diplomatext.treaties._index import Index, Node, Terminal

    _ToOriginal: TypeAlias = Callable[[int, int], tuple[int, int]]

_F_HEAD = 1
_F_ROOT = 2
_F_GLUED = 4
_F_RESOLUTION = 8
_F_SPELLED = 16

_MAX_DEPTH: Final = 24
_MAX_CHILDREN_FOR_GLUE: Final = 16
_BACK_REFERENCE_REACH: Final = 3000
_MEMO_SIZE: Final = 200_000
_FIND_LIMIT: Final = 16
_SPLIT_CHARS: Final = 4096
_SPACE: Final = re.compile(r"\s")

_SOFT_CHARS: Final = " \"'()[]/-#_,"
_OPENERS: Final = frozenset("\"'(/[")
_CLOSERS: Final = frozenset("\"')/]")
_BOUNDARY: Final = ".!?;\n"

_NEW: Final = frozenset(fold(word) for word in treaty_words.NEW_ADJECTIVES)
_SUPPLEMENT: Final = frozenset(fold(word) for word in treaty_words.SUPPLEMENT_ADJECTIVES)
_SEQUEL: Final = re.compile(r" ?([2-9])(?:$|[\"″”»'](?!\S)|[,،] | (\S+))")
_NAMED_LONG_BEFORE: Final = dt.timedelta(days=730)
_SEQUEL_FOLLOWERS: Final = frozenset(fold(word) for word in treaty_words.SEQUEL_FOLLOWERS)
_PARTY_WORDS: Final = frozenset(
    fold(name) for name in treaty_words.PARTY_NAMES if " " not in name
)  # one-word countries and capitals (الرياض، طهران، موسكو)
_DEFINITE_HEAD: Final = re.compile(r"[وفب]?ال|[وف]?لل")  # الاتفاق, والاتفاق, للاتفاق
_NISBA: Final = re.compile(r"ال\w{2,12}ي")  # السياسي, الليبي: a definite nisba adjective, folded
_IN: Final = fold("في")
_MAX_QUALIFIERS: Final = 2
_PLURAL_HEADS: Final = frozenset(
    fold(form) for forms in treaty_words.HEAD_NUMBER_FORMS.values() for form in forms
)
_AND: Final = fold("و")
_COORDINATED_REACH: Final = 6  # words after a dual or plural head where its conjuncts may stand
_COORDINATION_BREAKS: Final = frozenset(fold(word) for word in treaty_words.COORDINATION_BREAKS)
_CLASS_WORDS: Final = tuple(fold(words) for words in treaty_words.CLASS_AFTER_PLURAL)
_CLASS_REACH: Final = 16  # characters after a name where the words of a class may stand
_BI: Final = fold("ب")
_SIGNED_PARTICIPLES: Final = frozenset(
    fold(word) for word in treaty_words.SIGNED_YEAR_WORDS if " " not in word and word[0] != "ل"
)
_CONNECTORS: Final = frozenset(fold(word) for word in treaty_words.NAME_CONNECTORS)
_CONNECTED_STARTS: Final = frozenset(fold(word) for word in treaty_words.CONNECTED_NAME_STARTS)
_CONNECTOR_ADJECTIVES: Final = frozenset(
    fold(word) for word in treaty_words.NAME_CONNECTOR_ADJECTIVES
)
_RES_HEADS: Final = frozenset(
    {
        *(fold(word) for word in treaty_words.RESOLUTION_HEADS),
        # (حمل الرقم 2259، برقم 1970: a number given after its head, far back)
        *(
            conjunction + fold(words.split()[0])
            for words in treaty_words.RESOLUTION_DETACHED_NUMBER_WORDS
            for conjunction in ("", "و")
        ),
    }
)
_NOT_BEFORE: Final = frozenset(fold(word) for word in treaty_words.NOT_BACK_REFERENCE_BEFORE)
_NOT_AFTER: Final = frozenset(fold(word) for word in treaty_words.NOT_BACK_REFERENCE_AFTER)
_NOT_NAME_AFTER: Final = frozenset(fold(word) for word in treaty_words.NOT_A_NAME_AFTER)
_INSTITUTES_BEFORE: Final = frozenset(fold(word) for word in treaty_words.INSTITUTES_BEFORE_NAMES)
_BACK_HEADS: Final = {
    fold(word): kinds for word, kinds in treaty_words.BACK_REFERENCE_HEADS.items()
}
_TRAILING_GLUE_STARTS: Final = tuple(fold(word) for word in treaty_words.TRAILING_GLUE_STARTS)
_RES_STEM: Final = fold(treaty_words.RESOLUTION_STEM)
_ARTICLE_ALONE: Final = "ال"  # الـ 1701 (a tatweel folds away): the article before a number
_NUMBER_WORDS: Final = {fold(word): digits for word, digits in treaty_words.NUMBER_WORDS.items()}
_LETTER_NAMES: Final[dict[str, str]] = {}
for _name, _letters in treaty_words.LATIN_LETTER_NAMES.items():  # folded, names meet: آي، إي
    _LETTER_NAMES[fold(_name)] = "".join(
        dict.fromkeys(_LETTER_NAMES.get(fold(_name), "") + _letters)
    )
_COMMON_LETTER_WORDS: Final = frozenset(
    fold(name) for name in treaty_words.COMMON_WORD_LETTER_NAMES
)
_LETTER_TRIGGERS: Final = frozenset(_LETTER_NAMES) - _COMMON_LETTER_WORDS
_LETTER_GAP: Final = frozenset(" -.")
_QUOTE_OPEN: Final = re.compile(r"[\"(] ?")
_MAX_SPELLED: Final = 6  # letters of a spelled acronym
_MIN_SPELLED: Final = 3
_MIN_QUOTED_WORDS: Final = 2  # a one-word name in quotes is a city or a word
_QUOTED_ORGANIZATIONS: Final = frozenset(fold(name) for name in treaty_words.QUOTED_ORGANIZATIONS)
_DESCRIBED_WORDS: Final = 5  # a head noun this many words before a quoted one-word name
_DESCRIBED_REACH: Final = 80  # characters looked back for it
_CLAUSE_BREAK: Final = re.compile(r"[.!?;:,\n]")
_NOT_DESCRIPTION: Final = frozenset(fold(word) for word in treaty_words.NOT_DESCRIPTION_WORDS)
_MIN_CUT_WORDS: Final = 3  # words of a name cut short
_DATE_WORDS: Final = frozenset(
    word
    for table in (months.PAN_ARAB, months.LEVANTINE, months.MAGHREBI, months.MOROCCAN)
    for name in table
    for word in fold(name).split()
)
"""Words of the month of a signing date written after a head noun (اتفاقية 12 آب 1949)."""
_MAX_DATE_TOKENS: Final = 6  # tokens of such a date: 12 / آب / أغسطس 1949
_SIGNING_YEARS: Final = range(1800, 2100)
_MAX_BELOW: Final = 512  # trie nodes looked at below a name cut short
_COORDINATE: Final = re.compile(r" و(ال\w+)(?!\w)")  # والقنصلية: a last word's coordinate


@attrs.frozen
class _Candidate:
    start: int  # normalized offsets
    end: int
    target: Terminal | None  # None for rule-made mentions
    head: str | None
    glued: bool
    treaty: Treaty | None = None  # set for rule-made mentions
    match: MatchKind = MatchKind.EXACT
    confidence: Confidence = Confidence.HIGH
    reason: str = ""
    candidates: tuple[str, ...] = ()
    cut: bool = False  # a name cut short at the end of its sentence

    @classmethod
    def ruled(
        cls,
        start: int,
        end: int,
        treaty: Treaty,
        *,
        match: MatchKind,
        confidence: Confidence,
        reason: str,
    ) -> _Candidate:
        """A mention a rule made (a resolution number, a title by its parties), not a name."""
        return cls(
            start,
            end,
            None,
            None,
            glued=False,
            treaty=treaty,
            match=match,
            confidence=confidence,
            reason=reason,
            candidates=(treaty.id,),
        )

    def linked(
        self,
        treaty: Treaty,
        *,
        match: MatchKind,
        confidence: Confidence,
        reason: str,
        candidates: tuple[str, ...],
    ) -> _Candidate:
        """This name linked to *treaty* (``attrs.evolve`` without its introspection)."""
        return _Candidate(
            self.start,
            self.end,
            self.target,
            self.head,
            self.glued,
            treaty=treaty,
            match=match,
            confidence=confidence,
            reason=reason,
            candidates=candidates,
            cut=self.cut,
        )


class Matcher:
    """Finds treaty mentions with one :class:`Index`; keeps a memo of token lookups."""

    def __init__(self, index: Index) -> None:
        """Prepare the head keys and an empty memo."""
        self.index = index
        heads = set(GENERIC_HEAD_KEYS)
        for entry in index.entries.values():
            heads |= entry.heads or set()
        self.head_keys = frozenset(heads)
        self.memo: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self.starters: set[str] = set()  # the memoised tokens that can start something
        # a whitespace-free piece of text -> its tokens that can start something;
        # and the memoised pieces that hold such a token
        self.piece_memo: dict[str, tuple[str, ...]] = {}
        self.starting_pieces: set[str] = set()
        self.name_starts = frozenset(key for key in index.root if not is_latin(key))
        self.back_memo: dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]] = {}

    # ------------------------------------------------------------------ lookups

    def _lookup(self, token: str) -> tuple[tuple[str, int, int], ...]:
        found = self.memo.get(token)
        if found is not None:
            return found
        hits = []
        keys = forms(token)
        if is_latin(token):  # an English name or a Latin acronym: no clitics, any case
            keys = [(latin_key(token), 0)]
        for key, offset in keys:
            flags = self._flags(key)
            if flags:
                hits.append((key, offset, flags))
        result = tuple(hits)
        if len(self.memo) < _MEMO_SIZE:
            self.memo[token] = result
            if result:
                self.starters.add(token)
        return result

    def _flags(self, key: str) -> int:
        """What the clitic-free *key* can start: a head noun, a name, a glued name, a resolution."""
        flags = 0
        if key in self.head_keys:
            flags |= _F_HEAD
        if key in self.index.bare_root:
            flags |= _F_ROOT
        if key in self.index.glued_root:
            flags |= _F_GLUED
        if strip_article(key) in _RES_HEADS or key.startswith(_RES_STEM) or key == _ARTICLE_ALONE:
            flags |= _F_RESOLUTION  # (الـ 1701: a known resolution by its number alone)
        if key in _LETTER_TRIGGERS:
            flags |= _F_SPELLED
        return flags

    # ------------------------------------------------------------------ walking

    def _glued_child(self, node: Node, word: str) -> Node | None:
        """Two name tokens glued into one (الأممالمتحدة)."""
        if len(node.children) > _MAX_CHILDREN_FOR_GLUE:
            return None
        for token, child in node.starting_with(word[0]):
            if word.startswith(token) and len(word) > len(token):
                deeper = child.children.get(word[len(token) :])
                if deeper is not None:
                    return deeper
        return None

    def _trailing_glue(self, node: Node, word: str) -> tuple[Node, int] | None:
        """A name's last token glued to the next word (كيوتولاتشمل)."""
        if len(node.children) > _MAX_CHILDREN_FOR_GLUE:
            return None
        for token, child in node.starting_with(word[0]):
            rest = word[len(token) :]
            if (
                child.terminals
                and word.startswith(token)
                and len(rest) >= 3  # noqa: PLR2004
                and rest.startswith(_TRAILING_GLUE_STARTS)
            ):
                return child, len(token)
        return None

    def _walk(
        self, text: str, node: Node, pos: int, *, glued: bool
    ) -> list[tuple[int, Node, bool]]:
        """Every (end, node) where a name ends, walking from *node* whose token ends at *pos*."""
        found = [(pos, node, glued)] if node.terminals else []
        for _ in range(_MAX_DEPTH):
            match = NEXT.match(text, pos)
            if match is None or not _soft(match.group("gap")):
                break
            word = match.group("word")
            if word in treaty_words.HTML_DEBRIS and text.startswith(";", match.end()):
                pos = match.end() + 1
                continue
            children = node.children
            child = (
                children.get(word)
                or children.get(latin_key(word))
                or children.get(_NUMBER_WORDS.get(word, ""))
            )
            if child is None:
                child = self._glued_child(node, word)
                if child is None:
                    trailing = self._trailing_glue(node, word)
                    if trailing is not None:
                        found.append((match.start("word") + trailing[1], trailing[0], True))
                    break
                glued = True
            node, pos = child, match.end()
            if node.terminals:
                found.append((pos, node, glued))
        return found

    def _choose(
        self, terminals: Sequence[Terminal], head: str | None, *, quoted: bool
    ) -> Terminal | None:
        accepted = [t for t in terminals if accepts(t, head, quoted=quoted)] or [
            t for t in terminals if accepts_in_other_number(t, head)
        ]
        if not accepted:
            return None

        def rank(terminal: Terminal) -> tuple[bool, bool, bool, bool]:
            return (
                not terminal.is_group,
                not terminal.guessed,
                terminal.own_head == head,
                terminal.kind is MatchKind.PATTERN,
            )

        return max(accepted, key=rank)

    def _names_from(
        self, text: str, start: int, body_node: Node, pos: int, head: str | None, *, glued: bool
    ) -> list[_Candidate]:
        found = []
        for end, node, was_glued in self._walk(text, body_node, pos, glued=glued):
            quoted = _quoted(text, start, end)
            terminals = node.terminals
            if head is None and not quoted:
                capitals = text[start:end].isupper()
                terminals = [t for t in terminals if capitals or not t.upper]
            terminal = self._choose(terminals, head, quoted=quoted)
            if terminal is None or _followed_by_new(text, end) or _a_class(text, head, end):
                continue
            if _sequel_after(text, end):
                continue
            if _another_party_after(text, start, end):
                continue
            if _after_not_a_name_word(text, start, headed=head is not None):
                continue
            found.append(_Candidate(start, end, terminal, head, was_glued))
        return found

    def _from_head(self, text: str, start: int, head_end: int, head: str) -> list[_Candidate]:
        pos = head_end
        match = NEXT.match(text, pos)
        while (
            match is not None
            and match.group("word") in treaty_words.HTML_DEBRIS
            and text.startswith(";", match.end())
        ):
            match = NEXT.match(text, match.end() + 1)  # quot;ستارتquot;
        if match is None or not _soft(match.group("gap")):
            return []
        word = latin_key(match.group("word"))
        found = []
        node = self.index.root.get(word)
        if node is not None:
            found += self._names_from(text, start, node, match.end(), head, glued=False)
        node = self.index.glued_root.get(word)
        if node is not None:
            found += self._names_from(text, start, node, match.end(), head, glued=True)
        if not found:
            found += self._glued_first_word(start, match.start("word"), word, head)
        if not found and (first := self.index.root.get(word)) is not None:
            found += self._cut_short(text, start, first, match.end(), head)
        if not found:
            found += self._qualified_place(text, start, match, head)
        if not found and (word in _CONNECTORS or word in _CONNECTOR_ADJECTIVES):
            found += self._connected(text, start, match.end(), head, glued=word not in _CONNECTORS)
        return found

    def _connected(
        self, text: str, start: int, pos: int, head: str, *, glued: bool = False
    ) -> list[_Candidate]:
        """المعاهدة حول حظر الأسلحة الكيماوية: a head, حول or بشأن, then a name of a ban or a limit.

        The name must open with one of ``CONNECTED_NAME_STARTS`` (حظر، منع، الحد من ...): after
        اتفاق حول any topic (اتفاق حول المناخ) is an agreement on it, not a treaty's name. With
        *glued*, after an adjective (الخاصة), the name's first word carries ب (بحظر).
        """
        following = NEXT.match(text, pos)
        if following is None or following.group("gap") != " ":
            return []
        word = latin_key(following.group("word"))
        if glued:
            if not word.startswith("ب"):
                return []
            word = word[1:]
        node = self.index.root.get(word)
        if node is None or word not in _CONNECTED_STARTS:
            return []
        return self._names_from(text, start, node, following.end(), head, glued=False)

    def _qualified_place(
        self, text: str, start: int, match: re.Match[str], head: str
    ) -> list[_Candidate]:
        """الاتفاق السياسي في الصخيرات: a definite head, its adjectives, في and the name's place.

        A name the gazetteer has after a head noun (اتفاق الصخيرات) is also written with the
        place after في, once the head has a definite nisba adjective or two of its own
        (السياسي, الليبي), a signing participle perhaps between and ب glued to the place
        (الاتفاق السياسي الموقع بالصخيرات). A bare head and في (توصلوا إلى اتفاق في جنيف: an
        agreement reached in Geneva) is left alone.
        """
        if not _DEFINITE_HEAD.match(text, start):
            return []
        qualifiers = 0
        following: re.Match[str] | None = match
        while (
            following is not None
            and qualifiers < _MAX_QUALIFIERS
            and _soft(following.group("gap"))
            and _NISBA.fullmatch(following.group("word"))
        ):
            qualifiers += 1
            following = NEXT.match(text, following.end())
        if (
            qualifiers
            and following is not None
            and following.group("gap") == " "
            and following.group("word") in _SIGNED_PARTICIPLES
        ):
            following = NEXT.match(text, following.end())  # الاتفاق السياسي الموقع بالصخيرات
        if not qualifiers or following is None or following.group("gap") != " ":
            return []
        word = following.group("word")
        if word == _IN:
            place = NEXT.match(text, following.end())
            if place is None or place.group("gap") != " ":
                return []
            word, end = place.group("word"), place.end()
        elif word.startswith(_BI) and len(word) > len(_BI) + 2:
            word, end = word[len(_BI) :], following.end()  # بالصخيرات: ب glued
        else:
            return []
        node = self.index.root.get(latin_key(word))
        if node is None:
            return []
        return self._names_from(text, start, node, end, head, glued=False)

    def _cut_short(
        self, text: str, start: int, node: Node, pos: int, head: str
    ) -> list[_Candidate]:
        """A long name cut short at the end of its sentence (بمعاهدة القوات المسلحة التقليدية.).

        After a head noun, three words of a name or more, then the end of the
        sentence, where every name that goes on from there is one entry's: that
        entry, as a variant. A shared name is never guessed from its beginning.
        """
        words = 1
        for _ in range(_MAX_DEPTH):
            following = NEXT.match(text, pos)
            if following is None or not _soft(following.group("gap")):
                break
            child = node.children.get(following.group("word"))
            if child is None:
                break
            node, pos, words = child, following.end(), words + 1
        after = text[pos : pos + 4].lstrip(" ")
        if words < _MIN_CUT_WORDS or node.terminals or (after and after[0] not in _BOUNDARY):
            return []
        below = _terminals_below(node)
        if not below or len({t.target for t in below}) != 1 or any(t.is_group for t in below):
            return []
        terminal = self._choose(below, head, quoted=False)
        if terminal is None:
            return []
        return [_Candidate(start, pos, terminal, head, glued=False, cut=True)]

    def _spelled(self, text: str, start: int, end: int) -> list[_Candidate]:
        """An acronym of the gazetteer spelled in Arabic letters (إن بي تي), around *start*.

        The run of letter names around it (spaces, hyphens or dots between) must
        spell an acronym of the gazetteer whole (three letters at least), but for
        letter names that are also everyday words at either end (قال إن «إن بي تي»،
        إن بي تي في عام). A head noun right before it belongs to the mention.
        """
        run = _letter_run(text, start, end)
        here = here_index(run, start)
        lows = [0]  # everyday words at the start of the run may be left out ...
        while lows[-1] < here and run[lows[-1]][2] in _COMMON_LETTER_WORDS:
            lows.append(lows[-1] + 1)
        highs = [len(run)]  # ... and at its end
        while highs[-1] - 1 > here and run[highs[-1] - 1][2] in _COMMON_LETTER_WORDS:
            highs.append(highs[-1] - 1)
        spans = sorted(
            ((low, high) for low in lows for high in highs if high - low >= _MIN_SPELLED),
            key=lambda span: span[0] - span[1],
        )
        for low, high in spans:
            part = run[low:high]
            acronym = _spelled_acronym(part, self.index.acronyms)
            node = self.index.root.get(acronym.casefold()) if acronym else None
            if node is None:
                continue
            begin, stop = part[0][0], part[-1][1]
            head_start, head = self._head_before(text, begin)
            if head is None and _after_not_a_name_word(text, begin):
                return []  # شركة إن بي تي: a company named by the letters
            terminal = self._choose(node.terminals, head, quoted=True)
            if terminal is None and head is not None:
                head_start, head = begin, None
                terminal = self._choose(node.terminals, None, quoted=True)
            if terminal is not None:
                return [_Candidate(head_start, stop, terminal, head, glued=False)]
        return []

    def _head_before(self, text: str, start: int) -> tuple[int, str | None]:
        """The head noun right before *start* (a space between), as (its start, its key)."""
        before = text[max(0, start - 24) : start]
        words = list(WORD.finditer(before))
        if not words or not _soft(before[words[-1].end() :]) or words[-1].end() == len(before):
            return start, None
        word = words[-1]
        for key, offset in forms(word.group()):
            stripped = strip_article(key)
            if stripped in self.head_keys:
                return start - len(before) + word.start() + offset, stripped
        return start, None

    def _glued_first_word(
        self, start: int, word_start: int, word: str, head: str
    ) -> list[_Candidate]:
        """A one-word name glued to the next word after a head noun (اتفاقية كيوتولاتشمل)."""
        for cut in range(2, len(word) - 2):
            node = self.index.root.get(word[:cut])
            if node is not None and node.terminals and word[cut:].startswith(_TRAILING_GLUE_STARTS):
                end = word_start + cut
                terminal = self._choose(node.terminals, head, quoted=False)
                if terminal is not None:
                    return [_Candidate(start, end, terminal, head, glued=True)]
        return []

    # ------------------------------------------------------------------ finding

    def find(
        self, normalized: Normalized, *, reference: dt.date | None, back_references: bool
    ) -> list[TreatyMention]:
        """Every treaty mention of a ``MATCHING`` normalization, in text order, non-overlapping."""
        folded = normalized.text
        resolved = self._resolve_all(folded, self._candidates(folded, reference), reference)
        chosen = _select(resolved)
        if chosen:
            chosen = self._with_coordinated(folded, chosen, reference)
        mentions = [
            self._mention(normalized.original, normalized.to_original, folded, c) for c in chosen
        ]
        if back_references:
            mentions = self._back_references(
                normalized.original, normalized.to_original, folded, mentions
            )
        return mentions

    def _with_coordinated(
        self, folded: str, chosen: list[_Candidate], reference: dt.date | None
    ) -> list[_Candidate]:
        """The mentions and the names their last word's coordinate makes.

        اتفاقيتي فيينا للعلاقات الدبلوماسية والقنصلية: the name with القنصلية in place of
        الدبلوماسية is another entry's (the consular convention), so القنصلية names it.
        """
        added: list[_Candidate] = []
        for index, candidate in enumerate(chosen):
            if candidate.treaty is None or candidate.match is MatchKind.NUMBERED:
                continue
            coordinate = _COORDINATE.match(folded, candidate.end)
            if coordinate is None or (
                index + 1 < len(chosen) and chosen[index + 1].start < coordinate.end()
            ):
                continue
            last = folded.rfind(" ", candidate.start, candidate.end)
            if last < 0:
                continue
            word = coordinate.group(1)
            name = folded[candidate.start : last + 1] + word
            found = _select(self._resolve_all(name, self._candidates(name, reference), reference))
            if (
                len(found) == 1
                and found[0].start == 0
                and found[0].end == len(name)
                and found[0].treaty is not None
                and found[0].treaty != candidate.treaty
                and found[0].match is not MatchKind.CONTEXT
            ):
                start = coordinate.start(1)
                added.append(
                    _Candidate.ruled(
                        start,
                        start + len(word),
                        found[0].treaty,
                        match=MatchKind.VARIANT,
                        confidence=Confidence.MEDIUM,
                        reason="the name before it with this word for its last",
                    )
                )
        return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen

    def _candidates(self, folded: str, reference: dt.date | None) -> list[_Candidate]:
        candidates: list[_Candidate] = []
        numbered: set[int] = set()  # (القرار and its key قرار start at one place: read it once)
        for token_start, token_end, hits in self._interesting(folded):
            for key, offset, flags in hits:
                start = token_start + offset
                if flags & _F_HEAD:
                    head = strip_article(key)
                    named = self._from_head(folded, start, token_end, head)
                    candidates += (
                        named
                        or self._titled(folded, start, token_end, reference)
                        or self._dated(folded, start, token_end)
                    )
                    if head in _PLURAL_HEADS:
                        candidates += self._coordinated_names(
                            folded, token_end, head, reference, first_named=bool(named)
                        )
                if flags & _F_ROOT:
                    node = self.index.bare_root[key]
                    candidates += self._names_from(
                        folded, start, node, token_end, None, glued=False
                    )
                if flags & _F_GLUED:
                    node = self.index.glued_root[key]
                    candidates += self._names_from(folded, start, node, token_end, None, glued=True)
                if flags & _F_SPELLED and len(key) == token_end - token_start:  # no clitic
                    candidates += self._spelled(folded, token_start, token_end)
                if flags & _F_RESOLUTION and start not in numbered:
                    numbered.add(start)
                    candidates += [
                        _Candidate.ruled(
                            found.start,
                            found.end,
                            found.treaty,
                            match=MatchKind.NUMBERED,
                            confidence=found.confidence,
                            reason=found.reason,
                        )
                        for found in find_resolutions(folded, start, self.index, reference)
                    ]
        candidates += self._quoted_headless(folded, self.name_starts)
        return candidates

    def _coordinated_names(
        self,
        text: str,
        head_end: int,
        head: str,
        reference: dt.date | None,
        *,
        first_named: bool,
    ) -> list[_Candidate]:
        """Names joined by و under a dual or plural head: اتفاقيتي كامب ديفيد ووادي عربة.

        The head governs every conjunct, so a name that needs one is read after و within
        a few words of it; a mark of punctuation or a preposition (بين، مع، في ...: the
        parties or the place of the head's own agreements, مدن أنطاليا وأضنة) ends the list.
        When the first conjunct is no name of the gazetteer (الغاز ووادي عربة), a later one
        is read only as an entry with a word of its context near (the chemicals conventions
        بازل وروتردام وستوكهولم are not Yemen's agreement). An entry signed after the
        reference date is never read so.
        """
        found: list[_Candidate] = []
        pos = head_end
        for _ in range(_COORDINATED_REACH):
            match = NEXT.match(text, pos)
            if match is None or match.group("gap").strip(" "):
                break
            word = match.group("word")
            if word in _COORDINATION_BREAKS:
                break
            pos = match.end()
            first = match.start("word") == head_end + 1  # (not right after the head)
            if word.startswith(_AND) and len(word) > len(_AND) + 1 and not first:
                after = match.start("word") + len(_AND)
                found += [
                    candidate
                    for candidate in self._from_head(text, after, after, head)
                    if not self._made_after(candidate, reference)
                    and (first_named or self._in_its_context(text, candidate))
                ]
        return found

    def _in_its_context(self, text: str, candidate: _Candidate) -> bool:
        """Whether *candidate* names one entry with a word of its context near."""
        target = candidate.target
        if target is None or target.is_group:
            return False
        context = self.index.entries[target.target].context
        return in_context(context, text, candidate.start, candidate.end)

    def _made_after(self, candidate: _Candidate, reference: dt.date | None) -> bool:
        """Whether *candidate* names one entry signed after the *reference* date."""
        target = candidate.target
        if reference is None or target is None or target.is_group:
            return False
        signed = self.index.entries[target.target].treaty.signed
        return signed is not None and signed > reference

    def _titled(
        self, text: str, start: int, head_end: int, reference: dt.date | None
    ) -> list[_Candidate]:
        """A title naming the parties after a head noun (المعاهدة الموقعة بين موسكو وواشنطن ...)."""
        return _by_context(title_by_parties(text, start, head_end, self.index, reference))

    def _dated(self, text: str, start: int, head_end: int) -> list[_Candidate]:
        """A head noun with a signing year, the entry told by context (اتفاق عام 2015).

        Or with a whole signing date (اتفاقية 12 آب/أغسطس 1949 ... حماية المدنيين).
        """
        title = title_by_year(text, start, head_end, self.index)
        if title is None and (dated := _signing_date(text, head_end)) is not None:
            title = title_of_year(text, start, dated[0], dated[1], self.index)
        return _by_context(title)

    def _quoted_headless(self, text: str, words: AbstractSet[str]) -> list[_Candidate]:
        """A name of two words or more, in quotes, without the head noun it needs.

        الخروج من «الأجواء المفتوحة»: the quotes make the words a name. When a group
        shares the name (open skies between airlines), the group decides it from
        the context; otherwise the entry is linked as a variant. A head noun before
        the quotes is read by the head path instead.
        """
        found: list[_Candidate] = []
        for start, word_end in _after_quotes(text, words):
            node = self.index.root[text[start:word_end]]
            for end, name_node, glued in self._walk(text, node, word_end, glued=False):
                if not _closed_after(text, end):
                    continue
                terminals = name_node.terminals
                if any(accepts(t, None, quoted=True) and not t.is_group for t in terminals):
                    continue  # a name that stands on its own: found by the scan already
                # a shared quoted name («أوسلو») may still be decided by a treaty's own head noun
                # (اتفاقية السلام الموقعة "أوسلو"; not أشار البيان إلى "كامب ديفيد")
                shared = any(accepts(t, None, quoted=True) for t in terminals)
                needing = [t for t in terminals if t.needs == "head"]
                groups = [t for t in needing if t.is_group]
                chosen = (groups or needing)[:1]
                if (
                    not chosen
                    or self._head_before(text, start - 1)[1]
                    or text[start:end] in _QUOTED_ORGANIZATIONS
                ):
                    continue  # (“الأمم المتحدة”: the organization, not its charter)
                if not shared and len(WORD.findall(text, start, end)) >= _MIN_QUOTED_WORDS:
                    found.append(_Candidate(start, end, chosen[0], None, glued))
                    continue
                head = self._head_described(text, start)
                if shared and head not in HEAD_LEMMAS:
                    continue
                if head is not None and accepts(chosen[0], head, quoted=True):
                    found.append(_Candidate(start, end, chosen[0], head, glued))
        return found

    def _head_described(self, text: str, start: int) -> str | None:
        """A head noun a few words before the quote at *start*, in the same clause.

        اتفاق السلام الإسرائيلي – الفلسطيني "أوسلو": a description between the head
        noun and the quoted name; one quoted word is a name only so.
        """
        before = text[max(0, start - _DESCRIBED_REACH) : start]
        clause = _CLAUSE_BREAK.split(before)[-1]
        words = WORD.findall(clause)
        for word in reversed(words[-_DESCRIBED_WORDS:]):
            if word in _NOT_DESCRIPTION:
                return None  # اتفاقا مع بلدية العاصمة "أوسلو": the quote names something else
            for key, _ in forms(word):
                if strip_article(key) in self.head_keys:
                    return strip_article(key)
        return None

    def _resolve_all(
        self, folded: str, candidates: list[_Candidate], reference: dt.date | None
    ) -> list[_Candidate]:
        resolved: list[_Candidate] = []
        undecided: list[_Candidate] = []
        for candidate in candidates:
            outcome = self._resolve(folded, candidate, reference)
            if outcome is None:
                undecided.append(candidate)
            else:
                resolved.append(outcome)
        if (resolved and undecided) or len(resolved) > 1:
            resolved, undecided = self._bracketed(folded, resolved, undecided)
        unresolved: dict[int, int] = {}  # start -> longest end of a name left undecided
        for candidate in undecided:
            unresolved[candidate.start] = max(unresolved.get(candidate.start, -1), candidate.end)
        # a longer name that could not be resolved hides the shorter names it starts with
        return [c for c in resolved if unresolved.get(c.start, -1) <= c.end]

    def _bracketed(
        self, text: str, resolved: list[_Candidate], undecided: list[_Candidate]
    ) -> tuple[list[_Candidate], list[_Candidate]]:
        """A name followed by another name in brackets or quotes: both name one instrument.

        اتفاق باريس (Paris Agreement), معاهدة الحد من الأسلحة الاستراتيجية «ستارت 3»:
        the bracketed name decides a shared name before it, and the reverse; when
        both were already linked, the surer link wins, and a bracketed name that
        contradicts the name before it is dropped.
        """
        pool = [(c, True) for c in resolved] + [(c, False) for c in undecided]
        inner_at: dict[int, list[int]] = {}
        for index, (candidate, _) in enumerate(pool):
            if _closed_after(text, candidate.end):
                inner_at.setdefault(candidate.start, []).append(index)
        if not inner_at:
            return resolved, undecided
        changed: dict[int, _Candidate | None] = {}  # new candidate, or None: dropped
        for first_index, (first, _) in enumerate(pool):
            for opened in _opened_at(text, first.end):
                for second_index in inner_at.get(opened, ()):
                    self._pair(text, pool, first_index, second_index, changed)
        out_resolved: list[_Candidate] = []
        out_undecided: list[_Candidate] = []
        for index, (candidate, was_resolved) in enumerate(pool):
            if index not in changed:
                (out_resolved if was_resolved else out_undecided).append(candidate)
            elif (now := changed[index]) is not None:
                out_resolved.append(now)
        return out_resolved, out_undecided

    def _pair(
        self,
        text: str,
        pool: Sequence[tuple[_Candidate, bool]],
        first_index: int,
        second_index: int,
        changed: dict[int, _Candidate | None],
    ) -> None:
        """Reconcile a name (*first*) and the bracketed name right after it (*second*)."""
        first, second = pool[first_index][0], pool[second_index][0]
        if first.treaty is not None and first.treaty == second.treaty:
            return
        if first.treaty is None and second.treaty is None:
            return  # two undecided names stay undecided
        first_ids = first.candidates if first.treaty is not None else self._choices(first)
        second_ids = second.candidates if second.treaty is not None else self._choices(second)
        first_sure = first.treaty is not None and first.match is not MatchKind.CONTEXT
        second_sure = second.treaty is not None and second.match is not MatchKind.CONTEXT
        second_decides = first.treaty is None or (second_sure and not first_sure)
        if second.treaty is not None and second_decides and second.treaty.id in first_ids:
            changed[first_index] = _named_by(first, second.treaty, text, second, first_ids)
            return
        first_decides = second.treaty is None or (first_sure and not second_sure)
        if first.treaty is not None and first_decides and first.treaty.id in second_ids:
            changed[second_index] = _named_by(second, first.treaty, text, first, second_ids)
            return
        if first.treaty is not None and second.treaty is not None:
            changed[second_index] = None  # contradicts the name before it

    def _choices(self, candidate: _Candidate) -> tuple[str, ...]:
        """The ids an undecided candidate may still name (its group's candidates)."""
        target = candidate.target
        if target is None or not target.is_group:
            return ()
        return self.index.groups[target.target].candidates

    def _interesting(self, folded: str) -> list[tuple[int, int, tuple[tuple[str, int, int], ...]]]:
        """The tokens of *folded* that can start a name, where they are, and their lookups.

        The text is cut at whitespace in C (``str.split``); a token never spans
        whitespace. Pieces repeat from article to article, so each distinct piece
        is remembered with the tokens in it that can start something (most hold
        none): an article costs a few set operations in C, and only its new
        pieces are cut into tokens (in one call) and looked up. The few tokens
        that matter are then found with ``str.find`` (or, when there are many,
        one scan of the tokens). Nothing is compiled per text; every step is
        linear. A memo that is full stops growing; new pieces are then read
        each time.
        """
        pieces = distinct_pieces(folded)
        memo = self.piece_memo
        new = pieces.difference(memo)
        # the new pieces are cut into tokens in one call; the tokens are looked up once
        lookup = self._lookup
        wanted = {token for token in set(WORD.findall(" ".join(new))) if lookup(token)}
        if new and len(memo) < _MEMO_SIZE:
            fresh: dict[str, tuple[str, ...]] = dict.fromkeys(new, ())
            for piece in new:  # the few new pieces that hold one of them
                if any(token in piece for token in wanted):
                    fresh[piece] = tuple(t for t in WORD.findall(piece) if t in wanted)
            # starting pieces first: a piece in the memo is never missing from them
            self.starting_pieces.update(piece for piece, found in fresh.items() if found)
            memo.update(fresh)
        wanted.update(*map(memo.__getitem__, pieces & self.starting_pieces))
        if not wanted:
            return []
        return [
            (start, end, lookup(folded[start:end])) for start, end in _occurrences(folded, wanted)
        ]

    def _resolve(
        self, text: str, candidate: _Candidate, reference: dt.date | None
    ) -> _Candidate | None:
        terminal = candidate.target
        if terminal is None:
            return candidate
        if not terminal.is_group:
            year = year_beside(text, candidate.end)
            treaty = self.index.entries[terminal.target].treaty
            if (year is not None and before_signing(treaty, year)) or _long_before(
                treaty, reference
            ):
                # اتفاق الرياض «2013», اتفاقية ستوكهولم in a text of 2013: not the agreements
                # of 2019 and 2018
                return None
            return self._direct(candidate, terminal)
        group = self.index.groups[terminal.target]
        decision = decide(
            text, candidate.start, candidate.end, group=group, index=self.index, reference=reference
        )
        if decision is None:
            return None
        entry_id, confidence, reason = decision
        if other_parties_after(text, candidate.end, self.index.entries[entry_id].treaty):
            return None  # معاهدة الدفاع المشترك بين السعودية وباكستان: another pact
        if terminal.guessed:
            confidence = min(confidence, Confidence.MEDIUM)
        return candidate.linked(
            self.index.entries[entry_id].treaty,
            match=MatchKind.CONTEXT,
            confidence=confidence,
            reason=f"{reason} (shared name, group {group.id!r})",
            candidates=group.candidates,
        )

    def _direct(self, candidate: _Candidate, terminal: Terminal) -> _Candidate:
        """A name of one entry: how it matched and how sure that is."""
        treaty = self.index.entries[terminal.target].treaty
        if terminal.latin:
            match, confidence = terminal.kind, Confidence.HIGH
        elif terminal.kind is MatchKind.PATTERN:
            match, confidence = MatchKind.PATTERN, Confidence.HIGH
        elif (
            terminal.guessed
            or candidate.glued
            or candidate.cut
            or terminal.own_head != candidate.head
        ):
            match, confidence = MatchKind.VARIANT, Confidence.MEDIUM
        else:
            match, confidence = MatchKind.EXACT, Confidence.HIGH
        if terminal.latin:
            what = "acronym" if terminal.kind is MatchKind.ACRONYM else "English name"
            reason = f"{what} {terminal.alias!r}"
        elif terminal.guessed:
            reason = f"guessed alias {terminal.alias!r}"
        elif candidate.glued:
            reason = f"alias {terminal.alias!r} with glued words"
        elif candidate.cut:
            reason = f"alias {terminal.alias!r} cut short"
        else:
            reason = f"{match.value} {terminal.alias!r}"
        return candidate.linked(
            treaty,
            match=match,
            confidence=confidence,
            reason=reason,
            candidates=(treaty.id,),
        )

    # ------------------------------------------------------------------ output

    def _mention(
        self, original: str, to_original: _ToOriginal, folded: str, c: _Candidate
    ) -> TreatyMention:
        end = _close_quote(folded, c.start, c.end)
        start, stop = to_original(c.start, end)
        assert c.treaty is not None  # noqa: S101 - resolved candidates carry their treaty
        return TreatyMention(
            start=start,
            end=stop,
            text=original[start:stop],
            treaty=c.treaty,
            match=c.match,
            confidence=c.confidence,
            reason=c.reason,
            candidates=c.candidates,
        )

    def _back_references(
        self, original: str, to_original: _ToOriginal, folded: str, mentions: list[TreatyMention]
    ) -> list[TreatyMention]:
        """Definite head nouns (المعاهدة) linked to the nearest preceding mention of their kinds.

        One pass over the tokens, in linear time: *mentions* are sorted and do not
        overlap, so a pointer runs over them once, keeping the last mention of each
        kind that ends before the current word.
        """
        starts = [m.start for m in mentions]
        last_of_kind: dict[str, TreatyMention] = {}
        passed = 0  # mentions[:passed] end at or before the current word
        found: list[TreatyMention] = []
        previous_word = ""
        for token_match in WORD.finditer(folded):
            word = token_match.group()
            before, previous_word = previous_word, word
            for _key, offset, kinds in self._back_heads(word):
                if before in _NOT_BEFORE:
                    continue
                nxt = NEXT.match(folded, token_match.end())
                if nxt is not None and nxt.group("word") in _NOT_AFTER and nxt.group("gap") == " ":
                    continue
                start, end = to_original(token_match.start() + offset, token_match.end())
                inside = bisect.bisect_left(starts, end) - 1  # the last mention starting before end
                if inside >= 0 and mentions[inside].end > start:
                    continue  # inside a name
                while passed < len(mentions) and mentions[passed].end <= start:
                    last_of_kind[mentions[passed].treaty.kind.value] = mentions[passed]
                    passed += 1
                latest = [last_of_kind[kind] for kind in kinds if kind in last_of_kind]
                target = max(latest, key=lambda m: m.end, default=None)
                if target is not None and start - target.end <= _BACK_REFERENCE_REACH:
                    found.append(
                        TreatyMention(
                            start=start,
                            end=end,
                            text=original[start:end],
                            treaty=target.treaty,
                            match=MatchKind.BACK_REFERENCE,
                            confidence=Confidence.LOW,
                            reason=f"back-reference to {target.text!r} at {target.start}",
                            candidates=(target.treaty.id,),
                        )
                    )
                break
        return sorted([*mentions, *found], key=lambda m: m.start)

    def _back_heads(self, word: str) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
        """The forms of *word* that are back-reference heads, with their offsets and kinds."""
        found = self.back_memo.get(word)
        if found is None:
            found = tuple(
                (key, offset, _BACK_HEADS[key]) for key, offset in forms(word) if key in _BACK_HEADS
            )
            if len(self.back_memo) < _MEMO_SIZE:
                self.back_memo[word] = found
        return found


# ---------------------------------------------------------------------- helpers


def _by_context(title: Title | None) -> list[_Candidate]:
    """The mention a title rule made (by parties, by year), matched by context, if any."""
    if title is None:
        return []
    return [
        _Candidate.ruled(
            title.start,
            title.end,
            title.treaty,
            match=MatchKind.CONTEXT,
            confidence=Confidence.MEDIUM,
            reason=title.reason,
        )
    ]


def _signing_date(text: str, pos: int) -> tuple[int, int] | None:
    """(end, year) of a whole date written right after a head noun (اتفاقية 12/آب/أغسطس1949).

    A day number and a month name, then a year of four digits, in a few tokens and
    nothing else; ``None`` if there is none.
    """
    month = False
    for _ in range(_MAX_DATE_TOKENS):
        match = NEXT.match(text, pos)
        if match is None or not _soft(match.group("gap")):
            return None
        word = match.group("word")
        if word.isdigit() and len(word) == 4 and int(word) in _SIGNING_YEARS:  # noqa: PLR2004
            return (match.end(), int(word)) if month else None
        if word in _DATE_WORDS:
            month = True
        elif not (word.isdigit() and len(word) <= 2):  # noqa: PLR2004
            return None
        pos = match.end()
    return None


def _soft(gap: str) -> bool:
    """Whether *gap* may lie inside a name: spaces, quotes, brackets, one line break."""
    return not gap.strip(_SOFT_CHARS) or (
        gap.count("\n") == 1 and not gap.strip(_SOFT_CHARS + "\n")
    )


_BRACKET_OPEN: Final = re.compile(r"[ ]{0,2}[\"(\[][ ]?")


def _opened_at(text: str, end: int) -> list[int]:
    """Where a bracketed or quoted name right after *end* starts (none, one or two places).

    The name before may end on its own closing quote: “خطة العمل ...” (JCPOA).
    """
    found = []
    for position in (end, end + 1) if text.startswith('"', end) else (end,):
        match = _BRACKET_OPEN.match(text, position)
        if match is not None:
            found.append(match.end())
    return found


def _closed_after(text: str, end: int) -> bool:
    """Whether a closing bracket or quote follows *end* (spaces aside)."""
    return text[end : end + 3].lstrip(" ")[:1] in {'"', ")", "]"}


def _named_by(
    candidate: _Candidate, treaty: Treaty, text: str, other: _Candidate, choices: tuple[str, ...]
) -> _Candidate:
    """*candidate* linked to *treaty*, which the name *other* beside it names."""
    return candidate.linked(
        treaty,
        match=MatchKind.CONTEXT,
        confidence=Confidence.HIGH,
        reason=f"named {text[other.start : other.end]!r} beside it",
        candidates=choices or (treaty.id,),
    )


def _after_not_a_name_word(text: str, start: int, *, headed: bool = False) -> bool:
    """Whether the word before *start* makes a name a company, brand, credit or institute.

    كافة الحقوق محفوظة لـ نيو ستارت، شركة "نيو ستارت": a one-letter word (لـ)
    between them is skipped, and so is an adjective of origin after the word (المدينة
    السعودية (الطائف)); a sentence boundary in between ends the look. A name with
    its head noun is refused only after the word of an institution named after it
    (معهد اتفاقيات إبراهيم للسلام): بواسطة اتفاقية أوسلو still names the accords.
    """
    before = text[max(0, start - 48) : start]
    if "\N{COPYRIGHT SIGN}" in before[-4:]:
        return True
    words = list(WORD.finditer(before))
    conjoined = False
    while words and len(words[-1].group()) == 1:
        conjoined = conjoined or fold(words[-1].group()) == "و"
        words.pop()
    if not words or any(ch in _BOUNDARY for ch in before[words[-1].end() :]):
        return False
    table = _INSTITUTES_BEFORE if headed else _NOT_NAME_AFTER
    word = words[-1].group()
    if headed and (conjoined or strip_article(fold(word)) != fold(word)):
        return False  # ميثاق الجامعة ومعاهدة الدفاع المشترك: a list, not معهد + its name
    if not headed and len(words) > 1 and _nisba(word):
        word = words[-2].group()  # المدينة السعودية (الطائف): the place noun before its adjective
    keys = [latin_key(word)] if is_latin(word) else [key for key, _ in forms(word)]
    return any(key in table for key in keys)


def _nisba(word: str) -> bool:
    """Whether *word* is a definite adjective of origin (السعودية، اللبناني)."""
    folded = fold(word)
    return folded.startswith("ال") and folded.endswith(("ي", "يه"))  # (ة folds to ه)


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start].rstrip(" ")
    after = text[end : end + 2].lstrip(" ")
    if before.endswith(("quot;", "quot")) or text[max(0, start - 5) : start].endswith("quot;"):
        return True
    return bool(before) and before[-1] in _OPENERS and bool(after) and after[0] in _CLOSERS


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend *end* over a closing quote or bracket whose opener is inside the span."""
    inside = text[start:end]
    if end < len(text):
        closer = text[end]
        if (closer == '"' and inside.count('"') % 2 == 1) or (
            closer == ")" and inside.count("(") > inside.count(")")
        ):
            return end + 1
    return end


def _followed_by_new(text: str, end: int) -> bool:
    """A name followed by an indefinite 'new' (a hypothetical successor) or a 'supplementary'.

    ستارت جديدة، اتفاق الرياض التكميلي: another instrument than the one named.
    """
    match = NEXT.match(text, end)
    if match is None or not _soft(match.group("gap")):
        return False
    word = match.group("word")
    return word in _NEW or word in _SUPPLEMENT


def _long_before(treaty: Treaty, reference: dt.date | None) -> bool:
    """Whether a text of *reference* was written years before the agreement *treaty* was signed.

    An agreement named by its place is named so from its talks, a few months before its
    signing (the tables' earliest: three months); two years before, the same words name
    another meeting there (اتفاقيتي ستوكهولم وروتردام in 2013 are the chemicals conventions;
    اتفاق الرياض in 2014, a Gulf accord). Treaties and conventions are negotiated for years
    under their names (معاهدة تجارة الأسلحة in 2010) and keep them.
    """
    return (
        reference is not None
        and treaty.kind is TreatyKind.AGREEMENT
        and treaty.signed is not None
        and reference < treaty.signed - _NAMED_LONG_BEFORE
    )


def _sequel_after(text: str, end: int) -> bool:
    """A name followed by a lone digit from 2 to 9: its sequel, another instrument.

    اتفاق أوسلو 2 (Taba, 1995) is not the Oslo Accords; a sequel the gazetteer holds
    (مينسك 2, ستارت 2) is a longer name of its own and wins. Only with a quote, a comma or
    the end after the digit, or a word of :data:`~diplomatext.data.treaty_words.
    SEQUEL_FOLLOWERS`: any other word makes it a count or a day (اتفاق الطائف 5 مقاعد).
    """
    match = _SEQUEL.match(text, end)
    if match is None:
        return False
    word = match.group(2)
    return word is None or word in _SEQUEL_FOLLOWERS


def _a_class(text: str, head: str | None, end: int) -> bool:
    """A plural head and a name followed by words of a class (معاهدات عدم الانتشار ذات الصلة).

    The relevant treaties of a field, not the one the name stands for; after a plural name of
    one instrument the words are «concerning» and ب follows (اتفاقيات جنيف ذات الصلة بحماية
    المدنيين، اتفاقيات أوسلو المعنية بالمرحلة الانتقالية). *head* is the head's folded key.
    """
    if head not in _PLURAL_HEADS:
        return False
    after = text[end : end + _CLASS_REACH]
    for words in _CLASS_WORDS:
        if after.startswith(" " + words):
            following = NEXT.match(text, end + 1 + len(words))
            # (اتفاقيات جنيف ذات الصلة بحماية المدنيين: «concerning», one instrument's name)
            return (
                following is None
                or following.group("gap") != " "
                or not following.group("word").startswith(_BI)
            )
    return False


def _another_party_after(text: str, start: int, end: int) -> bool:
    """A name ending in a party's capital or country with another one joined by و after it.

    اتفاق الرياض وطهران, اتفاق موسكو وأنقرة: the agreement of two parties, described,
    not the instrument named after the first city.
    """
    last = text[start:end].rsplit(" ", 1)[-1]
    if last not in _PARTY_WORDS:
        return False
    match = NEXT.match(text, end)
    if match is None or match.group("gap") != " ":
        return False
    word = match.group("word")
    return word.startswith("و") and word[1:] in _PARTY_WORDS


def _terminals_below(node: Node) -> list[Terminal]:
    """The terminals of the names that go on from *node* (none if there are too many)."""
    found: list[Terminal] = []
    stack, seen = [node], 0
    while stack:
        current = stack.pop()
        seen += 1
        if seen > _MAX_BELOW:
            return []
        found += current.terminals
        stack.extend(current.children.values())
    return found


def _letter_run(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The letter names around the one at [start, end), separated by spaces, hyphens or dots."""
    run = [(start, end, text[start:end])]
    before = text[max(0, start - 8 * _MAX_SPELLED) : start]
    offset = start - len(before)
    left = list(WORD.finditer(before))
    position = len(before)
    for word in reversed(left[-_MAX_SPELLED:]):
        gap = before[word.end() : position]
        if not gap or not set(gap) <= _LETTER_GAP or word.group() not in _LETTER_NAMES:
            break
        run.insert(0, (offset + word.start(), offset + word.end(), word.group()))
        position = word.start()
    position = end
    for _ in range(_MAX_SPELLED):
        following = NEXT.match(text, position)
        if following is None:
            break
        gap = following.group("gap")
        if not gap or not set(gap) <= _LETTER_GAP or following.group("word") not in _LETTER_NAMES:
            break
        run.append((following.start("word"), following.end(), following.group("word")))
        position = following.end()
    return run


def here_index(run: Sequence[tuple[int, int, str]], start: int) -> int:
    """The position in *run* of the letter name that starts at *start*."""
    return next(i for i, (begin, _, _) in enumerate(run) if begin == start)


def _spelled_acronym(
    part: Sequence[tuple[int, int, str]], acronyms: Mapping[str, str]
) -> str | None:
    """The acronym of *acronyms* that the letter names of *part* spell, if one does."""
    if len(part) > _MAX_SPELLED:
        return None
    spellings = [""]
    for _, _, name in part:
        spellings = [done + letter for done in spellings for letter in _LETTER_NAMES[name]]
    found = [spelling for spelling in spellings if spelling in acronyms]
    return found[0] if len(found) == 1 else None


def _after_quotes(text: str, tokens: AbstractSet[str]) -> list[tuple[int, int]]:
    """Where the *tokens* occur as whole tokens right after an opening quote or bracket.

    One scan of the quotes (few in a text), never of the words: words that are
    everywhere in prose (السلام، الحد) cost nothing where no quote opens before them.
    """
    found: list[tuple[int, int]] = []
    if not tokens:
        return found
    for opener in _QUOTE_OPEN.finditer(text):
        word = WORD.match(text, opener.end())
        if word is not None and word.group() in tokens and _starts_run(text, word.start()):
            found.append(word.span())
    return found


def _occurrences(text: str, tokens: set[str]) -> list[tuple[int, int]]:
    """Where the *tokens* occur in *text* as whole tokens, in text order.

    A few tokens are found with ``str.find``; many, with one scan of every token.
    Either way the cost is linear in the text.
    """
    if len(tokens) > _FIND_LIMIT:
        return [
            match.span()
            for match in WORD.finditer(text)
            if match.group() in tokens and _starts_run(text, match.start())
        ]
    found = []
    for token in tokens:
        size = len(token)
        at = text.find(token)
        while at >= 0:
            if _is_token(text, at, at + size):
                found.append((at, at + size))
            at = text.find(token, at + size)
    found.sort()
    return found


def _starts_run(text: str, start: int) -> bool:
    """Whether *start* begins a run of letters or digits (the character before is another kind)."""
    if start == 0 or not text[start - 1].isalnum():
        return True  # after a space or punctuation: the common case, decided without a pattern
    previous = CHAR_KIND.match(text, start - 1)
    first = CHAR_KIND.match(text, start)
    return previous is None or first is None or previous.lastgroup != first.lastgroup


def _is_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a :data:`WORD` token that begins a run of its kind."""
    word = WORD.match(text, start)
    return word is not None and word.end() == end and _starts_run(text, start)


def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Leftmost-longest, non-overlapping; ties go to the surer candidate."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), -c.confidence))
    chosen: list[_Candidate] = []
    last_end = -1
    for candidate in ordered:
        if candidate.start >= last_end and candidate.end > candidate.start:
            chosen.append(candidate)
            last_end = candidate.end
    return chosen


def distinct_pieces(folded: str, stretch: int = _SPLIT_CHARS) -> set[str]:
    """``set(folded.split())``, cut a *stretch* of characters at a time.

    The list of every piece of a long text costs about 90 bytes a piece before
    the set drops the repeats (12 bytes per input byte on a page of one word a
    line); a stretch at a time, only its own. Stretches end at a whitespace
    character (the one ``str.split`` cuts at), so no piece is cut.
    """
    size = len(folded)
    if size <= stretch:
        return set(folded.split())
    pieces: set[str] = set()
    start = 0
    while start < size:
        space = _SPACE.search(folded, min(size, start + stretch))
        end = size if space is None else space.start()
        pieces.update(folded[start:end].split())
        start = end + 1
    return pieces
