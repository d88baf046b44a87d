"""Validated gazetteer records -> a token index whose lookups do not grow with its size.

Every alias and pattern is compiled into a trie of folded tokens. A lookup starts
from a dict keyed by the first token of a name, so finding candidates costs the
same with 60 entries or 6,000. Aliases that would name two entries are refused.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.errors import GazetteerError
from diplomatext.treaties._model import MatchKind, TreatyKind
from diplomatext.treaties._schema import AliasSpec, TokenPath, alias_paths
from diplomatext.treaties._tokens import (
    DECLARATION_HEAD_KEYS,
    GENERIC_HEAD_KEYS,
    HEAD_LEMMAS,
    PROTOCOL_HEAD_KEYS,
    WORD,
    is_latin,
    latin_key,
    strip_article,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from diplomatext.treaties._schema import EntrySpec, GroupSpec, Needs

_RESOLUTION_STEM: Final = fold(treaty_words.RESOLUTION_STEM)
_UN_RESOLUTION_ID: Final = re.compile(
    r"^un(?P<organ>sc|ga)-resolution-(?:[0-9]+-)?(?P<number>[0-9]+)$"
)


def _fail(
    message: str, path: str, entry: str | None = None, field: str | None = None
) -> GazetteerError:
    return GazetteerError(message, path=path, entry_id=entry, field=field)


@attrs.define
class Terminal:
    """What a trie node means when a name ends there."""

    target: str  # entry id or group id
    is_group: bool
    needs: Needs
    head_mode: Literal["any", "exact"]
    own_head: str | None
    allowed_heads: frozenset[str]
    kind: MatchKind
    guessed: bool
    alias: str
    upper: bool = False  # a lone Latin acronym: written in capitals unless quoted or headed
    latin: bool = False  # an English name or a Latin acronym


class Node:
    """A trie node: children by folded token, and the names that end here."""

    __slots__ = ("_by_first", "children", "terminals")

    def __init__(self) -> None:
        """Start empty."""
        self.children: dict[str, Node] = {}
        self.terminals: list[Terminal] = []
        self._by_first: dict[str, tuple[tuple[str, Node], ...]] | None = None

    def starting_with(self, char: str) -> tuple[tuple[str, Node], ...]:
        """The children whose token starts with *char*, in the order they were added.

        For the glued-word checks of the matcher (a word that is a child's token
        plus more): only these children can match, so the others are not tried.
        Built on first use, once the trie is complete.
        """
        if self._by_first is None:
            by_first: dict[str, list[tuple[str, Node]]] = {}
            for token, child in self.children.items():
                by_first.setdefault(token[0], []).append((token, child))
            self._by_first = {first: tuple(items) for first, items in by_first.items()}
        return self._by_first.get(char, ())


@attrs.frozen(kw_only=True)
class Index:
    """Everything the matcher needs, built once per gazetteer."""

    entries: Mapping[str, EntrySpec]
    groups: Mapping[str, GroupSpec]
    root: dict[str, Node]
    bare_root: dict[str, Node]  # first tokens of names that may stand without a head noun
    glued_root: dict[str, Node]
    acronyms: Mapping[str, str]
    resolutions: Mapping[tuple[str, int], tuple[str, ...]]
    """UN resolution entries by organ (``"sc"``, ``"ga"``) and number, ids sorted."""


# --------------------------------------------------------------------------- compiling


_UN_NAMED_HEADS: Final = frozenset(treaty_words.UN_NAMED_HEADS)
_WORD_VARIANTS: Final = treaty_words.WORD_VARIANTS
_PROTOCOL_PARENTS: Final = frozenset(
    TreatyKind(kind) for kind in treaty_words.PROTOCOL_PARENT_KINDS
)
_UN_NAMES: Final = treaty_words.UN_NAMES


def _needs(alias: AliasSpec, path: TokenPath) -> Needs:
    if alias.needs is not None:
        return alias.needs
    if path.head is not None:
        return "head"
    return "head_or_quotes" if path.quoted else "none"


def _insert(root: dict[str, Node], body: Sequence[str], terminal: Terminal) -> None:
    node = root.setdefault(body[0], Node())
    for token in body[1:]:
        node = node.children.setdefault(token, Node())
    node.terminals.append(terminal)


def _terminals(
    alias: AliasSpec,
    *,
    target: str,
    is_group: bool,
    heads: frozenset[str] | None,
    entry_kind: TreatyKind | None = None,
) -> Iterator[tuple[tuple[str, ...], Terminal]]:
    # a protocol's head names a protocol, not a convention's own name (برتوكول مناهضة التعذيب),
    # and a declaration's a declaration (إعلان حقوق الطفل is not the Convention)
    generic = (
        GENERIC_HEAD_KEYS - PROTOCOL_HEAD_KEYS - DECLARATION_HEAD_KEYS
        if entry_kind in _PROTOCOL_PARENTS
        else GENERIC_HEAD_KEYS
    )
    for path in alias_paths(alias):
        if any(token.isdigit() for token in path.body) and strip_article(path.body[0]).startswith(
            _RESOLUTION_STEM
        ):
            continue  # numbered resolutions are read by rule
        allowed = heads if heads is not None else generic
        if path.head is not None:
            allowed |= {path.head}
        elif is_group and _needs(alias, path) != "head":
            allowed = frozenset()  # a group's headless alias guards the bare name only
        kind = MatchKind.PATTERN if alias.is_pattern else MatchKind.EXACT
        if path.latin:
            kind = MatchKind.ACRONYM if len(path.body) == 1 else MatchKind.EXACT
        yield (
            path.body,
            Terminal(
                target=target,
                is_group=is_group,
                needs=_needs(alias, path),
                head_mode=alias.head_mode,
                own_head=path.head,
                allowed_heads=frozenset(allowed),
                kind=kind,
                guessed=alias.status == "guessed",
                alias=alias.text,
                upper=path.upper,
                latin=path.latin,
            ),
        )


def accepts(terminal: Terminal, head: str | None, *, quoted: bool) -> bool:
    """Whether *terminal* accepts a name after *head* (``None``: no head), *quoted* or not."""
    if head is None:
        return terminal.needs == "none" or (terminal.needs == "head_or_quotes" and quoted)
    if terminal.head_mode == "exact":
        return head == terminal.own_head
    return head in terminal.allowed_heads


def accepts_in_other_number(terminal: Terminal, head: str | None) -> bool:
    """Whether *terminal*, whose head must be its own, takes *head* as that head in another number.

    اتفاقيات كامب ديفيد for the alias اتفاقية كامب ديفيد. Asked only when no alias of the
    name takes *head* as written: اتفاقيات جنيف and اتفاقية جنيف are names of their own.
    """
    own = terminal.own_head
    return (
        terminal.head_mode == "exact"
        and head is not None
        and own is not None
        and head in HEAD_LEMMAS
        and HEAD_LEMMAS[head] == HEAD_LEMMAS.get(own)
    )


def _situations(terminal: Terminal, heads: frozenset[str]) -> set[tuple[str | None, bool]]:
    return {
        (head, quoted)
        for head in (None, *heads)
        for quoted in (False, True)
        if accepts(terminal, head, quoted=quoted)
    }


def _clashes(a: Terminal, b: Terminal) -> bool:
    """Two entries accepting one text, or an entry that fully bypasses a group's guard."""
    heads = a.allowed_heads | b.allowed_heads | {h for h in (a.own_head, b.own_head) if h}
    seen_a, seen_b = _situations(a, heads), _situations(b, heads)
    if a.is_group == b.is_group:
        return bool(seen_a & seen_b)
    group, direct = (seen_a, seen_b) if a.is_group else (seen_b, seen_a)
    return bool(group) and group <= direct


def _walk_nodes(root: Mapping[str, Node]) -> Iterator[tuple[tuple[str, ...], Node]]:
    stack: list[tuple[tuple[str, ...], Node]] = [((token,), node) for token, node in root.items()]
    while stack:
        path, node = stack.pop()
        yield path, node
        stack.extend(((*path, token), child) for token, child in node.children.items())


def _has_bare(node: Node) -> bool:
    """Whether a name below *node* may be matched without a head noun."""
    stack = [node]
    while stack:
        current = stack.pop()
        if any(t.needs != "head" for t in current.terminals):
            return True
        stack.extend(current.children.values())
    return False


def conflicts(root: Mapping[str, Node]) -> Iterator[tuple[tuple[str, ...], Terminal, Terminal]]:
    """Pairs of terminals that accept the same text for different targets."""
    for tokens, node in _walk_nodes(root):
        for a, b in itertools.combinations(node.terminals, 2):
            if a.target == b.target or not _clashes(a, b):
                continue
            owner = a if a.is_group else b
            yield tokens, owner, (b if owner is a else a)


def latin_aliases(entry: EntrySpec) -> Iterator[AliasSpec]:
    """The entry's English names and acronyms, as aliases of the Latin script.

    A name of several words and an acronym of the ``acronyms`` list stand on
    their own (New START, NPT: an acronym alone must be written in capitals);
    a one-word English name (ATT, CAT) needs a head noun or brackets, since such
    short words are often something else.
    """
    treaty = entry.treaty
    seen: set[tuple[str, ...]] = set()
    for name in (treaty.name_en, *treaty.names_en):
        folded = fold(name)
        words = WORD.findall(folded)
        key = tuple(latin_key(w) for w in words)
        if not words or key in seen or not all(is_latin(w) or w.isdigit() for w in words):
            continue
        seen.add(key)
        alone = len(words) > 1 or name in entry.acronyms
        yield AliasSpec(text=" ".join(words), needs="none" if alone else "head_or_quotes")


def variant_aliases(entry: EntrySpec) -> Iterator[AliasSpec]:
    """The entry's aliases with the variants of ``WORD_VARIANTS``, and with the UN named.

    Each alias, as written or so varied, is also written with the United Nations named
    (:func:`un_named_aliases`).
    """
    varied = list(varied_aliases(entry.aliases))
    yield from varied
    yield from un_named_aliases((*entry.aliases, *varied))


def _pattern_word(word: str) -> re.Pattern[str]:
    """*word* as a whole word of a pattern (between spaces and brackets)."""
    return re.compile(rf"(?<![^\s(\[{{|]){re.escape(word)}(?![^\s)\]}}|])")


_VARIANT_WORDS: Final = {
    written: (_pattern_word(written), f"({'|'.join((written, *others))})")
    for written, others in _WORD_VARIANTS.items()
}


def varied_aliases(aliases: Iterable[AliasSpec]) -> Iterator[AliasSpec]:
    """Each alias with a word of ``WORD_VARIANTS`` written as each of its variants.

    An alias gives one alias per variant (اتفاقية القضاء على كافة أشكال التمييز for جميع); a
    pattern gives one pattern where the word is a choice of its forms (``[(حظر|حضر)]``).
    """
    for alias in aliases:
        if alias.is_pattern:
            text = alias.text
            for pattern, choice in _VARIANT_WORDS.values():
                text = pattern.sub(choice, text)
            if text != alias.text:
                yield attrs.evolve(alias, text=text)
            continue
        words = alias.text.split(" ")
        for written, others in _WORD_VARIANTS.items():
            if written in words:
                for other in others:
                    yield attrs.evolve(
                        alias, text=" ".join(other if word == written else word for word in words)
                    )


def un_named_aliases(aliases: Iterable[AliasSpec]) -> Iterator[AliasSpec]:
    """Each alias headed by one of ``UN_NAMED_HEADS`` with the United Nations named after it.

    اتفاقية مناهضة التعذيب -> اتفاقية الأمم المتحدة لمناهضة التعذيب and (الـ)اتفاقية الدولية
    لمناهضة التعذيب; اتفاقية القضاء على ... -> اتفاقية الأمم المتحدة للقضاء على ... (ل + ال is
    لل). Patterns and names that already hold one of ``UN_NAMES`` are left as they are.
    """
    for alias in aliases:
        head, _, rest = alias.text.partition(" ")
        if (
            alias.is_pattern
            or head not in _UN_NAMED_HEADS
            or not rest[:1].isalpha()  # «كامب ديفيد»: a name in quotes takes no ل
            or any(name in rest for name in _UN_NAMES)
        ):
            continue
        joined = "لل" + rest[2:] if rest.startswith("ال") else "ل" + rest
        for name in _UN_NAMES:
            yield attrs.evolve(alias, text=f"{head} {name} {joined}")


def _compile_entries(
    entries: Mapping[str, EntrySpec], root: dict[str, Node], path: str
) -> dict[str, str]:
    acronyms: dict[str, str] = {}
    for entry in entries.values():
        for alias in (*entry.aliases, *latin_aliases(entry), *variant_aliases(entry)):
            for body, terminal in _terminals(
                alias,
                target=entry.treaty.id,
                is_group=False,
                heads=entry.heads,
                entry_kind=entry.treaty.kind,
            ):
                _insert(root, body, terminal)
        for acronym in entry.acronyms:
            user = acronyms.setdefault(acronym, entry.treaty.id)
            if user != entry.treaty.id:
                raise _fail(
                    f"acronym {acronym!r} is also used by {user!r}",
                    path,
                    entry.treaty.id,
                    "acronyms",
                )
    return acronyms


def _compile_groups(
    groups: Mapping[str, GroupSpec],
    entries: Mapping[str, EntrySpec],
    root: dict[str, Node],
    path: str,
) -> None:
    for group in groups.values():
        for candidate in group.candidates:
            if candidate not in entries:
                raise _fail(
                    f"candidate {candidate!r} is not an entry id", path, group.id, "candidates"
                )
        for alias in (*group.aliases, *varied_aliases(group.aliases)):
            for body, terminal in _terminals(
                alias, target=group.id, is_group=True, heads=group.heads
            ):
                _insert(root, body, terminal)


def _compile_canonical_names(entries: Mapping[str, EntrySpec], root: dict[str, Node]) -> None:
    """Each entry's canonical Arabic name is one of its names, unless a group or entry owns it.

    ``name_ar`` is the form the press writes most, so it is matched even when the
    data lists it under no alias; a name that another entry or a group already
    holds (اتفاق الدوحة: a group that needs context) is left to them.
    """
    for entry in entries.values():
        alias = AliasSpec(text=entry.treaty.name_ar)
        for body, terminal in _terminals(
            alias,
            target=entry.treaty.id,
            is_group=False,
            heads=entry.heads,
            entry_kind=entry.treaty.kind,
        ):
            node = _find(root, body)
            if node is not None and node.terminals:
                continue  # an alias already (its own, another entry's, or a group's)
            _insert(root, body, terminal)


def _find(root: Mapping[str, Node], body: Sequence[str]) -> Node | None:
    node = root.get(body[0])
    for token in body[1:]:
        if node is None:
            return None
        node = node.children.get(token)
    return node


def build_index(entries: Iterable[EntrySpec], groups: Iterable[GroupSpec], path: str) -> Index:
    """Compile entries and groups into an :class:`Index`; refuse aliases that clash."""
    by_id = {entry.treaty.id: entry for entry in entries}
    group_map = {group.id: group for group in groups}
    root: dict[str, Node] = {}
    acronyms = _compile_entries(by_id, root, path)
    _compile_groups(group_map, by_id, root, path)
    _compile_canonical_names(by_id, root)
    for tokens, owner, clash in conflicts(root):
        raise _fail(
            f"alias {clash.alias!r} ({' '.join(tokens)}) also names {owner.target!r}: "
            "move it into an 'ambiguous' group with both, or give one of them "
            '"head": "exact"',
            path,
            clash.target,
            "aliases",
        )
    glued: dict[str, Node] = {}
    for first, node in root.items():
        for second, child in node.children.items():
            glued.setdefault(first + second, child)
    return Index(
        entries=by_id,
        groups=group_map,
        root=root,
        bare_root={key: node for key, node in root.items() if _has_bare(node)},
        glued_root=glued,
        acronyms=acronyms,
        resolutions=_resolutions_by_number(by_id),
    )


def _resolutions_by_number(
    entries: Mapping[str, EntrySpec],
) -> dict[tuple[str, int], tuple[str, ...]]:
    """The UN resolution entries by organ and number, so a lookup never scans them all."""
    found: dict[tuple[str, int], list[str]] = {}
    for entry_id, entry in entries.items():
        match = _UN_RESOLUTION_ID.match(entry_id)
        if match is not None and entry.treaty.kind is TreatyKind.RESOLUTION:
            key = (match.group("organ"), int(match.group("number")))
            found.setdefault(key, []).append(entry_id)
    return {key: tuple(sorted(ids)) for key, ids in found.items()}
