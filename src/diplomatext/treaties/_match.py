"""The treaty matcher: one pass over the folded text, trie walks from tokens that start a name.

Every token of the folded text is looked up once (a dict, memoised per token
string) for what it can start: a head noun (معاهدة, with its clitics), the first
word of a name, a Latin acronym, or a UN resolution. Only from those tokens does
the matcher walk the trie of the gazetteer's names, so the cost per character does
not depend on how many entries the gazetteer has.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs
import regex

from diplomatext._lexical import fold, trie_pattern
from diplomatext.data import treaty_words
from diplomatext.normalize import MATCHING, normalize_with_map
from diplomatext.treaties._index import (
    GENERIC_HEAD_KEYS,
    WORD,
    Index,
    Node,
    Terminal,
    accepts,
    is_latin,
    latin_key,
    strip_article,
)
from diplomatext.treaties._model import Confidence, MatchKind, Treaty, TreatyKind, TreatyMention

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import TypeAlias

    from diplomatext.treaties._index import GroupSpec

    _ToOriginal: TypeAlias = Callable[[int, int], tuple[int, int]]

_F_HEAD = 1
_F_ROOT = 2
_F_GLUED = 4
_F_RESOLUTION = 8

_MAX_DEPTH: Final = 24
_MAX_CHILDREN_FOR_GLUE: Final = 16
_WINDOW: Final = 600
_TIMEOUT: Final = 5.0

_NEXT: Final = regex.compile(
    r"(?P<gap>[^\p{L}0-9]{0,12}+)(?P<word>" + WORD.pattern + ")", regex.VERBOSE | regex.V1
)
_SOFT_GAP: Final = frozenset(" \"'()[]/-#_,")
_OPENERS: Final = frozenset("\"'(/[")
_CLOSERS: Final = frozenset("\"')/]")
_BOUNDARY: Final = ".!?;\n"
_CHAR_CLASS: Final = regex.compile(
    r"(?P<arabic>[\p{Arabic}&&\p{L}])|(?P<other>[\p{L}--\p{Arabic}])|(?P<digit>[0-9])", regex.V1
)
_YEAR: Final = regex.compile(r"(?<![0-9])(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_CONJUNCTIONS: Final = frozenset(treaty_words.CONJUNCTIONS)
_PREPOSITIONS: Final = frozenset(treaty_words.PREPOSITIONS)
_NEW: Final = frozenset(fold(word) for word in treaty_words.NEW_ADJECTIVES)
_RES_HEADS: Final = frozenset(fold(word) for word in treaty_words.RESOLUTION_HEADS)
_NOT_BEFORE: Final = frozenset(fold(word) for word in treaty_words.NOT_BACK_REFERENCE_BEFORE)
_NOT_AFTER: Final = frozenset(fold(word) for word in treaty_words.NOT_BACK_REFERENCE_AFTER)
_NOT_NAME_AFTER: Final = frozenset(fold(word) for word in treaty_words.NOT_A_NAME_AFTER)
_BACK_HEADS: Final = {
    fold(word): kinds for word, kinds in treaty_words.BACK_REFERENCE_HEADS.items()
}
_TRAILING_GLUE_STARTS: Final = tuple(fold(word) for word in treaty_words.TRAILING_GLUE_STARTS)
_RES_STEM: Final = fold(treaty_words.RESOLUTION_STEM)


def _alternation(words: Iterable[str]) -> str:
    folded = sorted({regex.escape(fold(word)) for word in words}, key=len, reverse=True)
    return "|".join(w.replace("\\ ", "[ ]{1,2}") for w in folded)


_SC = _alternation(treaty_words.RESOLUTION_SC_WORDS)
_GA = _alternation(treaty_words.RESOLUTION_GA_WORDS)
_UN = _alternation(treaty_words.RESOLUTION_UN_WORDS)
_NUMBER_WORDS = _alternation(treaty_words.RESOLUTION_NUMBER_WORDS)
_ORDINALS: Final = {fold(word): n for n, word in enumerate(treaty_words.SESSION_ORDINALS, start=1)}
_SESSION = _alternation(treaty_words.SESSION_WORDS)
_ARTICLE: Final = "ال"
_RES_HEAD_FORMS = _alternation(
    {*treaty_words.RESOLUTION_HEADS, *(_ARTICLE + word for word in treaty_words.RESOLUTION_HEADS)}
)
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}

_RESOLUTION: Final = regex.compile(
    rf"""
    (?P<head>(?>{_RES_HEAD_FORMS}))            # قرار، القرار، قراري، القرارين ...
    (?P<quals>(?:[ "'(]{{0,3}}(?:{_SC}|{_GA}|{_UN}|{_NUMBER_WORDS})){{0,6}}+)
    [ "'(]{{0,3}}+
    (?P<num>[0-9]{{1,4}}+)(?![0-9])
    (?:/(?P<num2>[0-9]{{1,4}}+)(?![0-9]))?
    (?P<session>[ ]{{0,2}}\((?:
        (?:{_SESSION})[ ]{{0,2}}-?[ ]{{0,2}}(?P<sess>[0-9]{{1,2}})
      | (?:{_SESSION})[ ](?P<ordinal>{"|".join(_ORDINALS)})
      | (?P<roman>[IVXL]{{1,6}})
      | (?P<bare>[0-9]{{1,2}})
    )\))?
    """,
    regex.VERBOSE | regex.V1,
)
_COORDINATED: Final = regex.compile(
    rf"""
    [ ]{{0,2}}(?:,|و)[ ]{{0,2}}            # "," or "و" between numbers
    (?:(?:{_NUMBER_WORDS})[ ]{{0,2}})?     # an optional رقم
    ["(]?(?P<num>[0-9]{{3,4}}+)(?![0-9])   # three or four digits""",
    regex.VERBOSE | regex.V1,
)
_DECREE: Final = regex.compile(
    rf"[ ]{{0,2}}(?:{_alternation(treaty_words.DECREE_YEAR_WORDS)})[ ]{{0,2}}[0-9]{{4}}"
)
_SC_WORDS = regex.compile(_SC)
_GA_WORDS = regex.compile(_GA)
_UN_WORDS = regex.compile(_UN)
_UN_CONTEXT: Final = tuple(fold(word) for word in treaty_words.UN_CONTEXT_WORDS)


def _forms(token: str) -> list[tuple[str, int]]:
    """The keys *token* may stand for once clitics are removed, with the span offset of each.

    و/ف then ب/ك/ل may precede the word; the article ال stays inside the span; for
    لل (ل + ال) the span starts after both lams.
    """
    forms = [(token, 0)]
    bases = [(token, 0)]
    if len(token) > 2 and token[0] in _CONJUNCTIONS:  # noqa: PLR2004
        bases.append((token[1:], 1))
    for base, offset in list(bases):
        if len(base) > 3 and base.startswith("لل"):  # noqa: PLR2004
            forms += [("ال" + base[2:], offset + 2), (base[2:], offset + 2)]
        elif len(base) > 2 and base[0] in _PREPOSITIONS:  # noqa: PLR2004
            bases.append((base[1:], offset + 1))
    for base, offset in bases[1:]:
        forms.append((base, offset))
    for base, offset in list(forms):
        stripped = strip_article(base)
        if stripped != base:
            forms.append((stripped, offset))
    return list(dict.fromkeys(forms))


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

    # ------------------------------------------------------------------ lookups

    def _lookup(self, token: str) -> tuple[tuple[str, int, int], ...]:
        found = self.memo.get(token)
        if found is not None:
            return found
        hits = []
        forms = _forms(token)
        if is_latin(token):  # an English name or a Latin acronym: no clitics, any case
            forms = [(latin_key(token), 0)]
        for key, offset in forms:
            flags = 0
            if key in self.head_keys:
                flags |= _F_HEAD
            if key in self.index.bare_root:
                flags |= _F_ROOT
            if key in self.index.glued_root:
                flags |= _F_GLUED
            if strip_article(key) in _RES_HEADS or key.startswith(_RES_STEM):
                flags |= _F_RESOLUTION
            if flags:
                hits.append((key, offset, flags))
        result = tuple(hits)
        if len(self.memo) < 200_000:  # noqa: PLR2004
            self.memo[token] = result
        return result

    # ------------------------------------------------------------------ walking

    def _glued_child(self, node: Node, word: str) -> Node | None:
        """Two name tokens glued into one (الأممالمتحدة)."""
        if len(node.children) > _MAX_CHILDREN_FOR_GLUE:
            return None
        for token, child in node.children.items():
            if word.startswith(token) and len(word) > len(token):
                deeper = child.children.get(word[len(token) :])
                if deeper is not None:
                    return deeper
        return None

    def _trailing_glue(self, node: Node, word: str) -> tuple[Node, int] | None:
        """A name's last token glued to the next word (كيوتولاتشمل)."""
        if len(node.children) > _MAX_CHILDREN_FOR_GLUE:
            return None
        for token, child in node.children.items():
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
            match = _NEXT.match(text, pos)
            if match is None or not _soft(match.group("gap")):
                break
            word = match.group("word")
            if word in treaty_words.HTML_DEBRIS and text.startswith(";", match.end()):
                pos = match.end() + 1
                continue
            child = node.children.get(word) or node.children.get(latin_key(word))
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
        accepted = [t for t in terminals if accepts(t, head, quoted=quoted)]
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
            if terminal is None or _followed_by_new(text, end):
                continue
            if head is None and _after_not_a_name_word(text, start):
                continue
            found.append(_Candidate(start, end, terminal, head, was_glued))
        return found

    def _from_head(self, text: str, start: int, head_end: int, head: str) -> list[_Candidate]:
        pos = head_end
        match = _NEXT.match(text, pos)
        while (
            match is not None
            and match.group("word") in treaty_words.HTML_DEBRIS
            and text.startswith(";", match.end())
        ):
            match = _NEXT.match(text, match.end() + 1)  # quot;ستارتquot;
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
        return found

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
        self, text: str, *, reference: dt.date | None, back_references: bool
    ) -> list[TreatyMention]:
        """Every treaty mention in *text*, in text order, non-overlapping."""
        normalized = normalize_with_map(text, MATCHING)
        folded = normalized.text
        resolved = self._resolve_all(folded, self._candidates(folded), reference)
        chosen = _select(resolved)
        mentions = [
            self._mention(normalized.original, normalized.to_original, folded, c) for c in chosen
        ]
        if back_references:
            mentions = self._back_references(
                normalized.original, normalized.to_original, folded, mentions
            )
        return mentions

    def _candidates(self, folded: str) -> list[_Candidate]:
        candidates: list[_Candidate] = []
        for token_match in self._interesting(folded):
            hits = self._lookup(token_match.group())
            token_start, token_end = token_match.span()
            for key, offset, flags in hits:
                start = token_start + offset
                if flags & _F_HEAD:
                    candidates += self._from_head(folded, start, token_end, strip_article(key))
                if flags & _F_ROOT:
                    node = self.index.bare_root[key]
                    candidates += self._names_from(
                        folded, start, node, token_end, None, glued=False
                    )
                if flags & _F_GLUED:
                    node = self.index.glued_root[key]
                    candidates += self._names_from(folded, start, node, token_end, None, glued=True)
                if flags & _F_RESOLUTION:
                    candidates += self._resolutions(folded, start)
        return candidates

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

    def _interesting(self, folded: str) -> Iterator[re.Match[str]]:
        """The tokens of *folded* that can start a name, found without a Python loop per token.

        The distinct tokens are collected in C (findall), looked up once each, and
        the few that matter are found again with one alternation whose boundaries
        are those of :data:`WORD` tokens.
        """
        # WORD is a few possessive character classes: it cannot backtrack, and a
        # timeout would triple its cost on a megabyte, so none is passed here.
        wanted = sorted(token for token in set(WORD.findall(folded)) if self._lookup(token))
        if not wanted:
            return iter(())
        return (
            match
            for match in _token_finder(tuple(wanted)).finditer(folded)
            if _is_token(folded, match.start(), match.end())
        )

    # ------------------------------------------------------------------ resolving names

    def _resolve(
        self, text: str, candidate: _Candidate, reference: dt.date | None
    ) -> _Candidate | None:
        terminal = candidate.target
        if terminal is None:
            return candidate
        if not terminal.is_group:
            return self._direct(candidate, terminal)
        group = self.index.groups[terminal.target]
        decision = self._decide(text, candidate, group, reference)
        if decision is None:
            return None
        entry_id, confidence, reason = decision
        if terminal.guessed:
            confidence = min(confidence, Confidence.MEDIUM)
        return attrs.evolve(
            candidate,
            treaty=self.index.entries[entry_id].treaty,
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
        elif terminal.guessed or candidate.glued or terminal.own_head != candidate.head:
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
        else:
            reason = f"{match.value} {terminal.alias!r}"
        return attrs.evolve(
            candidate,
            treaty=treaty,
            match=match,
            confidence=confidence,
            reason=reason,
            candidates=(treaty.id,),
        )

    def _decide(
        self, text: str, candidate: _Candidate, group: GroupSpec, reference: dt.date | None
    ) -> tuple[str, Confidence, str] | None:
        entries = self.index.entries
        names = [c for c in group.candidates if _exists(entries[c].treaty, reference)]
        if not names:
            return None
        sentence, previous = _sentences(text, candidate.start, candidate.end)
        blocked = any(word in sentence or word in previous for word in group.blocked_by)
        for step in group.resolve_by:
            decided: tuple[str, Confidence, str] | None = None
            if step == "context":
                decided = _by_context(names, sentence, previous, self.index)
            elif blocked:
                return None  # a homonym outside the candidates is named nearby
            elif step in {"year", "signed-year"}:
                decided = _by_year(names, sentence, self.index, signed_only=step == "signed-year")
                if decided is None and _years_exclude(names, sentence, self.index):
                    return None  # the years in the sentence fit no candidate
            elif step in {"reference", "latest"} and reference is not None:
                decided = self._by_date(names, group, reference, latest=step == "latest")
            elif step == "default" and group.default in names:
                decided = (group.default, Confidence.LOW, "the usual sense of this name")
            if decided is not None:
                return decided
        return None

    def _by_date(
        self, names: Sequence[str], group: GroupSpec, reference: dt.date, *, latest: bool
    ) -> tuple[str, Confidence, str] | None:
        """The reference-date steps, among the candidates the group lets them choose."""
        if group.by_reference is None:
            return self._by_reference(names, reference, latest=latest)
        dated = [name for name in names if name in group.by_reference]
        decided = self._by_reference(dated, reference, latest=latest)
        if decided is None:
            return None
        return decided[0], Confidence.LOW, decided[2]  # the other candidates stay possible

    def _by_reference(
        self, names: Sequence[str], reference: dt.date, *, latest: bool
    ) -> tuple[str, Confidence, str] | None:
        treaties = [self.index.entries[n].treaty for n in names]
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

    # ------------------------------------------------------------------ UN resolutions

    def _resolutions(self, text: str, start: int) -> list[_Candidate]:
        match = _RESOLUTION.match(text, start, timeout=_TIMEOUT)
        if match is None:
            return []
        quals = match.group("quals")
        slash = match.group("num2")
        after = match.end("num2") if slash else match.end("num")
        organ = "sc" if _SC_WORDS.search(quals) else "ga" if _GA_WORDS.search(quals) else None
        named_un = organ is not None or _UN_WORDS.search(quals) is not None
        more = [] if slash else _coordinated(text, match.end())
        how = "organ named"
        if not named_un:
            how = self._unnamed_is_un(text, start, after, match, [n for _, _, n in more])
            if not how:
                return []
        session = _session(match)
        number = int(match.group("num"))
        if slash:
            session, number = number, int(slash)
            organ = organ or "ga"
        if organ is None:
            organ = "ga" if self._known_resolution(number, organ="ga") else "sc"
        numbers = [(match.start("head"), after, number), *more]
        sure = organ == "sc" and _SC_WORDS.search(quals) is not None
        organ_name = "Security Council" if organ == "sc" else "General Assembly"
        found = []
        for index, (begin, end, value) in enumerate(numbers):
            treaty = self._resolution_treaty(organ, value, session if index == 0 else None)
            if treaty is not None:
                found.append(
                    _Candidate(
                        begin,
                        end,
                        None,
                        None,
                        glued=False,
                        treaty=treaty,
                        match=MatchKind.NUMBERED,
                        confidence=Confidence.HIGH if sure else Confidence.MEDIUM,
                        reason=f"UN resolution {value} ({organ_name}; {how})",
                        candidates=(treaty.id,),
                    )
                )
        return found

    def _unnamed_is_un(
        self, text: str, start: int, after: int, match: regex.Match[str], more: Sequence[int]
    ) -> str:
        """قرار 2254 / القرارين 1559 و1680: a UN resolution only with evidence; says which.

        *more* are the numbers coordinated after the first; one of them known is
        evidence for all, a decree year after the last one is evidence against.
        """
        number = int(match.group("num"))
        if number < 100 or _DECREE.match(text, after):  # noqa: PLR2004
            return ""  # القرار رقم 45 لسنة 2020 is a national decree
        if more and _DECREE.match(text, _coordinated_end(text, match.end())):
            return ""  # القرارين 45 و46 لسنة 2020
        if match.group("num2"):
            return "session/number form"
        known = next((n for n in (number, *more) if self._known_resolution(n)), None)
        if known is not None:
            return "a resolution of the gazetteer" if known == number else f"with {known}"
        sentence, previous = _sentences(text, start, after)
        found = next((w for w in _UN_CONTEXT if w in sentence or w in previous), "")
        return f"context: {found!r}" if found else ""

    def _known_resolution(self, number: int, organ: str | None = None) -> bool:
        resolutions = self.index.resolutions
        if organ is not None:
            return (organ, number) in resolutions
        return ("sc", number) in resolutions or ("ga", number) in resolutions

    def _resolution_treaty(self, organ: str, number: int, session: int | None) -> Treaty | None:
        """The gazetteer's entry for this resolution, else one made by rule.

        ``None`` for a General Assembly resolution whose session is unknown.
        """
        if organ == "ga" and session is None:
            session = treaty_words.GA_SESSION_OF.get(number)
        if organ == "ga" and session is None:
            known = self.index.resolutions.get(("ga", number), ())
            # one session known for this number: that one; several: not guessed
            return self.index.entries[known[0]].treaty if len(known) == 1 else None
        made = resolution_treaty(organ, number, session)
        entry = self.index.entries.get(made.id)
        return entry.treaty if entry is not None else made

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
        taken = sorted((m.start, m.end) for m in mentions)
        found: list[TreatyMention] = []
        previous_word = ""
        for token_match in WORD.finditer(folded, timeout=_TIMEOUT + len(folded) / 100_000):
            word = token_match.group()
            before, previous_word = previous_word, word
            for key, offset in _forms(word):
                kinds = _BACK_HEADS.get(key)
                if kinds is None or before in _NOT_BEFORE:
                    continue
                nxt = _NEXT.match(folded, token_match.end())
                if nxt is not None and nxt.group("word") in _NOT_AFTER and nxt.group("gap") == " ":
                    continue
                start, end = to_original(token_match.start() + offset, token_match.end())
                if any(s < end and start < e for s, e in taken):
                    continue
                target = next(
                    (
                        m
                        for m in reversed(mentions)
                        if m.end <= start and m.treaty.kind.value in kinds and start - m.end <= 3000  # noqa: PLR2004
                    ),
                    None,
                )
                if target is not None:
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


# ---------------------------------------------------------------------- helpers


def resolution_treaty(organ: str, number: int, session: int | None = None) -> Treaty:
    """The record of a UN resolution read by rule: Security Council (``"sc"``) or General Assembly.

    A General Assembly resolution needs its *session* (its id holds it).
    """
    if organ == "sc":
        return Treaty(
            id=f"unsc-resolution-{number}",
            name_en=f"UN Security Council Resolution {number}",
            name_ar=treaty_words.SC_RESOLUTION_NAME_AR.format(number=number),
            kind=TreatyKind.RESOLUTION,
            parties=("UN Security Council",),
        )
    return Treaty(
        id=f"unga-resolution-{session}-{number}",
        name_en=f"UN General Assembly Resolution {number} (session {session})",
        name_ar=treaty_words.GA_RESOLUTION_NAME_AR.format(number=number),
        kind=TreatyKind.RESOLUTION,
        parties=("UN General Assembly",),
    )


def _soft(gap: str) -> bool:
    return all(ch in _SOFT_GAP for ch in gap)


_BRACKET_OPEN: Final = regex.compile(r"[ ]{0,2}[\"(\[][ ]?")


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
    return attrs.evolve(
        candidate,
        treaty=treaty,
        match=MatchKind.CONTEXT,
        confidence=Confidence.HIGH,
        reason=f"named {text[other.start : other.end]!r} beside it",
        candidates=choices or (treaty.id,),
    )


def _after_not_a_name_word(text: str, start: int) -> bool:
    """Whether the word before *start* makes a headless name a company, brand or credit.

    كافة الحقوق محفوظة لـ نيو ستارت، شركة "نيو ستارت": a one-letter word (لـ)
    between them is skipped; a sentence boundary in between ends the look.
    """
    before = text[max(0, start - 48) : start]
    if "\N{COPYRIGHT SIGN}" in before[-4:]:
        return True
    words = list(WORD.finditer(before))
    while words and len(words[-1].group()) == 1:
        words.pop()
    if not words or any(ch in _BOUNDARY for ch in before[words[-1].end() :]):
        return False
    word = words[-1].group()
    keys = [latin_key(word)] if is_latin(word) else [key for key, _ in _forms(word)]
    return any(key in _NOT_NAME_AFTER for key in keys)


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
    """A name followed by an indefinite 'new' is a hypothetical successor."""
    match = _NEXT.match(text, end)
    return match is not None and _soft(match.group("gap")) and match.group("word") in _NEW


def _sentences(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence around [start, end) without the span itself, and the sentence before it."""
    low = max(0, start - _WINDOW)
    head = text[low:start]
    cut = max(head.rfind(ch) for ch in _BOUNDARY)
    sentence_start = low + cut + 1 if cut >= 0 else low
    tail = text[end : end + _WINDOW]
    cuts = [i for i in (tail.find(ch) for ch in _BOUNDARY) if i >= 0]
    sentence_end = end + (min(cuts) if cuts else len(tail))
    sentence = text[sentence_start:start] + " " + text[end:sentence_end]
    before = text[max(0, sentence_start - 1 - _WINDOW) : max(0, sentence_start - 1)]
    cut = max(before.rfind(ch) for ch in _BOUNDARY)
    previous = before[cut + 1 :] if cut >= 0 else before
    return sentence, previous


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


def _by_context(
    names: Sequence[str], sentence: str, previous: str, index: Index
) -> tuple[str, Confidence, str] | None:
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
) -> tuple[str, Confidence, str] | None:
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


@functools.lru_cache(maxsize=512)
def _token_finder(tokens: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of literal tokens, longest first.

    The standard :mod:`re` module is used on purpose: an alternation of literals,
    factored as a trie, cannot backtrack catastrophically, and ``re`` scans it
    several times faster than ``regex`` does. Matches are checked against
    :data:`WORD` boundaries by :func:`_is_token`.
    """
    return re.compile(trie_pattern(tokens))


def _is_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole :data:`WORD` token (not part of a longer one)."""
    word = WORD.match(text, start)
    if word is None or word.end() != end:
        return False
    if start == 0:
        return True
    previous = _CHAR_CLASS.match(text, start - 1)
    first = _CHAR_CLASS.match(text, start)
    return previous is None or first is None or previous.lastgroup != first.lastgroup


def _coordinated(text: str, pos: int) -> list[tuple[int, int, int]]:
    """Numbers coordinated after the first (القرارين 1559 و1680): one mention each."""
    found = []
    for _ in range(8):
        more = _COORDINATED.match(text, pos)
        if more is None:
            break
        found.append((more.start("num"), more.end("num"), int(more.group("num"))))
        pos = more.end()
    return found


def _coordinated_end(text: str, pos: int) -> int:
    """Where the list of numbers coordinated after *pos* ends."""
    for _ in range(8):
        more = _COORDINATED.match(text, pos)
        if more is None:
            break
        pos = more.end()
    return pos


def _session(match: regex.Match[str]) -> int | None:
    if match.group("sess"):
        return int(match.group("sess"))
    if match.group("bare"):
        return int(match.group("bare"))
    if match.group("ordinal"):
        return _ORDINALS.get(match.group("ordinal"))
    roman = match.group("roman")
    if roman:
        values = [_ROMAN[ch] for ch in roman]
        return sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
    return None


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
