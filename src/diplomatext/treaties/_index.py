"""Gazetteer data -> validated records -> a token index whose lookups do not grow with its size.

The data file (schema in ``docs/reference/treaties.md``) is read into frozen
records, every field checked, and every alias and pattern compiled into a trie of
folded tokens. A lookup starts from a dict keyed by the first token of a name, so
finding candidates costs the same with 60 entries or 6,000.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs
import regex

from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.errors import GazetteerError
from diplomatext.treaties._model import MatchKind, Treaty, TreatyKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

SCHEMA_VERSION: Final = 1
"""Version of the gazetteer file format this module reads."""

WORD: Final = regex.compile(
    r"""
    [\p{Arabic}&&\p{L}]{1,64}+     # an Arabic word (folded text has no marks left)
    | [\p{L}--\p{Arabic}]{1,64}+   # a Latin (or other script) word: acronyms, debris
    | [0-9]{1,12}+                 # digits, split from letters they are glued to
    """,
    regex.VERBOSE | regex.V1,
)
"""A token of folded text. Letters and digits glued together become two tokens."""

Needs = Literal["head", "head_or_quotes", "none"]
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LATIN: Final = regex.compile(r"[\p{L}--\p{Arabic}]", regex.V1)
_QUOTES: Final = frozenset("\"'«»“”()[]/")
_MAX_EXPANSIONS: Final = 5000
_KINDS: Final = {kind.value for kind in TreatyKind}
_UN_RESOLUTION_ID: Final = re.compile(
    r"^un(?P<organ>sc|ga)-resolution-(?:[0-9]+-)?(?P<number>[0-9]+)$"
)

DOCUMENT_FIELDS: Final = frozenset(
    {"schema", "schema_version", "description", "entries", "ambiguous"}
)
"""The fields a gazetteer file may have at its top level."""

ENTRY_FIELDS: Final = frozenset(
    {
        "id",
        "kind",
        "name_en",
        "name_ar",
        "names_en",
        "wikidata",
        "wikidata_source",
        "signed",
        "in_force",
        "ended",
        "parties",
        "aliases",
        "patterns",
        "acronyms",
        "heads",
        "context",
        "notes",
    }
)
"""The fields an entry may have (any other is refused: a typo would be silently lost)."""

GROUP_FIELDS: Final = frozenset(
    {
        "id",
        "candidates",
        "resolve_by",
        "default",
        "aliases",
        "heads",
        "blocked_by",
        "by_reference",
        "note",
    }
)
"""The fields an ``ambiguous`` group may have."""

ALIAS_FIELDS: Final = frozenset({"text", "pattern", "sources", "status", "needs", "head"})
"""The fields an alias or pattern object may have."""


def strip_article(token: str) -> str:
    """*token* without a leading definite article (ال)."""
    return token[2:] if token.startswith("ال") and len(token) > 3 else token  # noqa: PLR2004


_RESOLUTION_STEM: Final = fold(treaty_words.RESOLUTION_STEM)

GENERIC_HEAD_KEYS: Final = frozenset(
    strip_article(fold(word)) for word in treaty_words.GENERIC_HEADS
)


@attrs.frozen(kw_only=True)
class AliasSpec:
    """One alias or pattern of an entry or group, as read from the data."""

    text: str
    is_pattern: bool = False
    status: Literal["seen", "guessed"] = "seen"
    needs: Needs | None = None
    head_mode: Literal["any", "exact"] = "any"
    sources: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class EntrySpec:
    """One validated gazetteer entry: the public record plus what matching needs."""

    treaty: Treaty
    aliases: tuple[AliasSpec, ...]
    acronyms: tuple[str, ...]
    context: tuple[str, ...]  # folded keywords
    heads: frozenset[str] | None  # folded head keys, None = the generic heads
    notes: str = ""


@attrs.frozen(kw_only=True)
class GroupSpec:
    """A name shared by several entries, or needing context, and how to resolve it."""

    id: str
    candidates: tuple[str, ...]
    resolve_by: tuple[str, ...]
    default: str | None
    aliases: tuple[AliasSpec, ...]
    heads: frozenset[str] | None = None  # folded head keys, None = the generic heads
    blocked_by: tuple[str, ...] = ()  # folded keywords that stop every step but context
    by_reference: tuple[str, ...] | None = None  # what the date steps may choose (None: all)
    note: str = ""


_RESOLVE_STEPS: Final = frozenset(
    {"context", "year", "signed-year", "reference", "latest", "default"}
)


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

    __slots__ = ("children", "terminals")

    def __init__(self) -> None:
        """Start empty."""
        self.children: dict[str, Node] = {}
        self.terminals: list[Terminal] = []


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


# --------------------------------------------------------------------------- reading


def _fail(
    message: str, path: str, entry: str | None = None, field: str | None = None
) -> GazetteerError:
    return GazetteerError(message, path=path, entry_id=entry, field=field)


def _known_fields(
    obj: Mapping[str, Any], allowed: frozenset[str], path: str, entry: str | None, what: str
) -> None:
    """Refuse a field *obj* may not have, suggesting the closest one it may."""
    for key in sorted(set(obj) - allowed, key=str):
        close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise _fail(
            f"unknown field {key!r} in {what}{hint}; known fields: {', '.join(sorted(allowed))}",
            path,
            entry,
            str(key),
        )


def _str(
    obj: Mapping[str, Any], key: str, path: str, entry: str | None, *, required: bool = True
) -> str | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"must be a non-empty string, got {value!r}", path, entry, key)
    return value


def _str_list(obj: Mapping[str, Any], key: str, path: str, entry: str | None) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail("must be a list of non-empty strings", path, entry, key)
    return tuple(value)


def _date(obj: Mapping[str, Any], key: str, path: str, entry: str) -> dt.date | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(f"must be an ISO date YYYY-MM-DD or null, got {value!r}", path, entry, key)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(
            f"must be an ISO date YYYY-MM-DD or null, got {value!r}", path, entry, key
        ) from None


def _alias(raw: object, path: str, entry: str, field: str) -> AliasSpec:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict):
        raise _fail(f"an alias must be a string or an object, got {raw!r}", path, entry, field)
    _known_fields(raw, ALIAS_FIELDS, path, entry, f"an object of {field!r}")
    text = raw.get("text", raw.get("pattern"))
    is_pattern = "pattern" in raw
    if not isinstance(text, str) or not text.strip():
        raise _fail("an alias needs a non-empty 'text' (or 'pattern')", path, entry, field)
    status = raw.get("status", "seen")
    if status not in {"seen", "guessed"}:
        raise _fail(f"alias status must be 'seen' or 'guessed', got {status!r}", path, entry, field)
    needs = raw.get("needs")
    if needs not in {None, "head", "head_or_quotes", "none"}:
        raise _fail(
            f"alias 'needs' must be head, head_or_quotes or none, got {needs!r}", path, entry, field
        )
    head_mode = raw.get("head", "any")
    if head_mode not in {"any", "exact"}:
        raise _fail(f"alias 'head' must be 'any' or 'exact', got {head_mode!r}", path, entry, field)
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise _fail("alias 'sources' must be a list of strings", path, entry, field)
    if is_pattern and needs is None:
        raise _fail("a pattern must say what it needs ('head' or 'none')", path, entry, field)
    spec = AliasSpec(
        text=text,
        is_pattern=is_pattern,
        status=status,
        needs=needs,
        head_mode=head_mode,
        sources=tuple(sources),
    )
    try:
        _ = _alias_paths(spec)
    except ValueError as exc:
        raise _fail(f"{exc} in {text!r}", path, entry, field) from None
    return spec


def _entry(raw: object, path: str, position: int) -> EntrySpec:
    if not isinstance(raw, dict):
        raise _fail(f"entry #{position} must be an object", path)
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(
            f"entry #{position}: id must be a lowercase slug like 'new-start', got {entry_id!r}",
            path,
            entry_id if isinstance(entry_id, str) else None,
            "id",
        )
    _known_fields(raw, ENTRY_FIELDS, path, entry_id, "an entry")
    kind = raw.get("kind")
    if kind not in _KINDS:
        raise _fail(f"kind must be one of {sorted(_KINDS)}, got {kind!r}", path, entry_id, "kind")
    name_en = _str(raw, "name_en", path, entry_id)
    name_ar = _str(raw, "name_ar", path, entry_id)
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (
        isinstance(wikidata, str) and re.match(r"^Q[0-9]+$", wikidata)
    ):
        raise _fail(
            f"wikidata must be a QID like 'Q171328' or null, got {wikidata!r}",
            path,
            entry_id,
            "wikidata",
        )
    aliases_raw = raw.get("aliases", [])
    if not isinstance(aliases_raw, list):
        raise _fail("must be a list", path, entry_id, "aliases")
    patterns_raw = raw.get("patterns", [])
    if not isinstance(patterns_raw, list):
        raise _fail("must be a list", path, entry_id, "patterns")
    aliases = tuple(_alias(a, path, entry_id, "aliases") for a in aliases_raw)
    aliases += tuple(_alias(p, path, entry_id, "patterns") for p in patterns_raw)
    heads_raw = raw.get("heads")
    heads = None
    if heads_raw is not None:
        heads = frozenset(strip_article(fold(h)) for h in _str_list(raw, "heads", path, entry_id))
    acronyms = _str_list(raw, "acronyms", path, entry_id)
    for acronym in acronyms:
        if not re.match(r"^[A-Z][A-Z0-9]{1,9}$", acronym):
            raise _fail(
                f"acronyms are Latin capitals like 'NPT', got {acronym!r}",
                path,
                entry_id,
                "acronyms",
            )
    names_en = _str_list(raw, "names_en", path, entry_id)
    treaty = Treaty(
        id=entry_id,
        name_en=name_en or "",
        name_ar=name_ar or "",
        kind=TreatyKind(kind),
        wikidata=wikidata,
        signed=_date(raw, "signed", path, entry_id),
        in_force=_date(raw, "in_force", path, entry_id),
        ended=_date(raw, "ended", path, entry_id),
        parties=_str_list(raw, "parties", path, entry_id),
        aliases=tuple(a.text for a in aliases if not a.is_pattern),
        names_en=names_en + acronyms,
    )
    notes = raw.get("notes", "")
    return EntrySpec(
        treaty=treaty,
        aliases=aliases,
        acronyms=acronyms,
        context=tuple(fold(word) for word in _str_list(raw, "context", path, entry_id)),
        heads=heads,
        notes=notes if isinstance(notes, str) else "",
    )


def _group(raw: object, path: str, position: int) -> GroupSpec:
    if not isinstance(raw, dict):
        raise _fail(f"ambiguous group #{position} must be an object", path)
    group_id = raw.get("id")
    if not isinstance(group_id, str) or not _ID.match(group_id):
        raise _fail(
            f"ambiguous group #{position}: id must be a slug, got {group_id!r}", path, None, "id"
        )
    _known_fields(raw, GROUP_FIELDS, path, group_id, "an ambiguous group")
    candidates = _str_list(raw, "candidates", path, group_id)
    if not candidates:
        raise _fail("needs at least one candidate id", path, group_id, "candidates")
    resolve_by = _str_list(raw, "resolve_by", path, group_id) or ("context",)
    unknown = set(resolve_by) - _RESOLVE_STEPS
    if unknown:
        raise _fail(
            f"unknown steps {sorted(unknown)}; use {sorted(_RESOLVE_STEPS)}",
            path,
            group_id,
            "resolve_by",
        )
    default = raw.get("default")
    if default is not None and default not in candidates:
        raise _fail(f"default {default!r} is not one of the candidates", path, group_id, "default")
    aliases_raw = raw.get("aliases", [])
    if not isinstance(aliases_raw, list):
        raise _fail("must be a list", path, group_id, "aliases")
    note = raw.get("note", "")
    heads = None
    if raw.get("heads") is not None:
        heads = frozenset(strip_article(fold(h)) for h in _str_list(raw, "heads", path, group_id))
    by_reference = None
    if raw.get("by_reference") is not None:
        by_reference = _str_list(raw, "by_reference", path, group_id)
        if not set(by_reference) <= set(candidates):
            raise _fail("names an id that is not a candidate", path, group_id, "by_reference")
    return GroupSpec(
        id=group_id,
        candidates=candidates,
        resolve_by=resolve_by,
        default=default,
        aliases=tuple(_alias(a, path, group_id, "aliases") for a in aliases_raw),
        heads=heads,
        blocked_by=tuple(fold(word) for word in _str_list(raw, "blocked_by", path, group_id)),
        by_reference=by_reference,
        note=note if isinstance(note, str) else "",
    )


def read_document(document: object, path: str) -> tuple[list[EntrySpec], list[GroupSpec]]:
    """Validate a parsed gazetteer document; errors name *path*, the entry and the field."""
    if not isinstance(document, dict):
        raise _fail("the file must hold a JSON object with 'schema_version' and 'entries'", path)
    version = document.get("schema_version")
    if version != SCHEMA_VERSION:
        raise _fail(
            f"schema_version must be {SCHEMA_VERSION}, got {version!r}",
            path,
            None,
            "schema_version",
        )
    _known_fields(document, DOCUMENT_FIELDS, path, None, "the file")
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list):
        raise _fail("'entries' must be a list of entry objects", path, None, "entries")
    entries = [_entry(raw, path, i) for i, raw in enumerate(raw_entries)]
    seen: set[str] = set()
    for entry in entries:
        if entry.treaty.id in seen:
            raise _fail("the id is used twice in this file", path, entry.treaty.id, "id")
        seen.add(entry.treaty.id)
    raw_groups = document.get("ambiguous", [])
    if not isinstance(raw_groups, list):
        raise _fail("'ambiguous' must be a list of group objects", path, None, "ambiguous")
    groups = [_group(raw, path, i) for i, raw in enumerate(raw_groups)]
    return entries, groups


# --------------------------------------------------------------------------- patterns


def _pattern_tokens(pattern: str) -> list[str]:
    """Split a pattern into words and the structure characters ( ) [ ] { } |."""
    return re.findall(r"[()\[\]{}|]|[^\s()\[\]{}|]+", pattern)


class _PatternParser:
    """Recursive descent over a pattern's words and structure characters."""

    def __init__(self, pattern: str) -> None:
        self.items = _pattern_tokens(pattern)
        self.pos = 0

    def peek(self) -> str | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def expect(self, closer: str) -> None:
        if self.peek() != closer:
            msg = f"unbalanced {closer!r}"
            raise ValueError(msg)
        self.pos += 1

    def sequence(self, closers: str) -> list[tuple[str, ...]]:
        results: list[tuple[str, ...]] = [()]
        while (item := self.peek()) is not None and item not in closers:
            part = self.unit()
            results = [r + i for r in results for i in part]
            if len(results) > _MAX_EXPANSIONS:
                msg = f"pattern expands to more than {_MAX_EXPANSIONS} names"
                raise ValueError(msg)
        return results

    def alternatives(self, closer: str) -> list[tuple[str, ...]]:
        options = self.sequence("|" + closer)
        while self.peek() == "|":
            self.pos += 1
            options += self.sequence("|" + closer)
        self.expect(closer)
        return options

    def free_order(self) -> list[tuple[str, ...]]:
        parts: list[list[tuple[str, ...]]] = []
        while self.peek() not in {"}", None}:
            parts.append(self.unit())
        self.expect("}")
        found = [
            tuple(word for part in combo for word in part)
            for order in itertools.permutations(parts)
            for combo in itertools.product(*order)
        ]
        return list(dict.fromkeys(found))

    def unit(self) -> list[tuple[str, ...]]:
        item = self.items[self.pos]
        self.pos += 1
        if item == "(":
            return self.alternatives(")")
        if item == "[":
            return [(), *self.alternatives("]")]
        if item == "{":
            return self.free_order()
        if item in ")]}|":
            msg = f"unexpected {item!r}"
            raise ValueError(msg)
        return [(item,)]


def _expand(pattern: str) -> list[tuple[str, ...]]:
    """Every word sequence a pattern stands for (words in natural spelling).

    ``(a|b c)`` one of, ``[a|b]`` optionally one of, ``{x y}`` all items in any order.
    """
    parser = _PatternParser(pattern)
    expanded = parser.sequence("")
    if parser.peek() is not None:
        msg = f"unexpected {parser.peek()!r}"
        raise ValueError(msg)
    return list(dict.fromkeys(expanded))


@attrs.frozen
class _Path:
    head: str | None  # folded head key (article stripped)
    body: tuple[str, ...]
    quoted: bool
    upper: bool = False  # one Latin token written in capitals (an acronym)
    latin: bool = False  # every token Latin letters or digits


def _alias_paths(alias: AliasSpec) -> list[_Path]:
    """The folded token paths of an alias or pattern."""
    texts = [" ".join(words) for words in _expand(alias.text)] if alias.is_pattern else [alias.text]
    paths = []
    for text in texts:
        folded = _without_trailing_bracket(fold(text).strip())
        quoted = bool(folded) and folded[0] in _QUOTES and folded[-1] in _QUOTES
        written = [t for t in WORD.findall(folded) if t not in treaty_words.HTML_DEBRIS]
        if not written:
            msg = "no word"
            raise ValueError(msg)
        tokens = tuple(latin_key(t) for t in written)
        latin = all(_LATIN.match(t) or t.isdigit() for t in written)
        upper = len(written) == 1 and latin and written[0].isupper()
        head = strip_article(tokens[0])
        if head in GENERIC_HEAD_KEYS and len(tokens) > 1:
            paths.append(_Path(head, tokens[1:], quoted))
        else:
            paths.append(_Path(None, tokens, quoted, upper=upper, latin=latin))
    return paths


def latin_key(token: str) -> str:
    """*token* as the index keys it: Latin letters case-folded (New START = new start)."""
    return token.casefold() if _LATIN.match(token) else token


def is_latin(token: str) -> bool:
    """Whether *token* is a word of Latin (or another non-Arabic) script."""
    return _LATIN.match(token) is not None


_TRAILING_BRACKET: Final = re.compile(r'^(?P<name>.*\S)\s*[("](?P<inner>[^()"]+)[)"]\s*$')


def _without_trailing_bracket(folded: str) -> str:
    """A name followed by its bracketed acronym or alias is two names: keep the first.

    ``معاهدة ... الإستراتيجية «ستارت 3»`` is matched as the long name and, on its
    own, the acronym; a bracketed year (اتفاق القاهرة (1969)) stays in the name.
    """
    match = _TRAILING_BRACKET.match(folded)
    if match is None or match.group("inner").strip().isdigit():
        return folded
    name = match.group("name")
    if name.count('"') % 2:
        return folded  # the bracket closes a quote opened in the name
    tokens = WORD.findall(name)
    if len(tokens) < 2 or (len(tokens) == 2 and strip_article(tokens[0]) in GENERIC_HEAD_KEYS):  # noqa: PLR2004
        return folded  # معاهدة (ستارت 3): the bracket holds the name itself
    return name


# --------------------------------------------------------------------------- compiling


def _needs(alias: AliasSpec, path: _Path) -> Needs:
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
    alias: AliasSpec, *, target: str, is_group: bool, heads: frozenset[str] | None
) -> Iterator[tuple[tuple[str, ...], Terminal]]:
    for path in _alias_paths(alias):
        if any(token.isdigit() for token in path.body) and strip_article(path.body[0]).startswith(
            _RESOLUTION_STEM
        ):
            continue  # numbered resolutions are read by rule
        allowed = heads if heads is not None else GENERIC_HEAD_KEYS
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
        if not words or key in seen or not all(_LATIN.match(w) or w.isdigit() for w in words):
            continue
        seen.add(key)
        alone = len(words) > 1 or name in entry.acronyms
        yield AliasSpec(text=" ".join(words), needs="none" if alone else "head_or_quotes")


def _compile_entries(
    entries: Mapping[str, EntrySpec], root: dict[str, Node], path: str
) -> dict[str, str]:
    acronyms: dict[str, str] = {}
    for entry in entries.values():
        for alias in (*entry.aliases, *latin_aliases(entry)):
            for body, terminal in _terminals(
                alias, target=entry.treaty.id, is_group=False, heads=entry.heads
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
        for alias in group.aliases:
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
            alias, target=entry.treaty.id, is_group=False, heads=entry.heads
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
