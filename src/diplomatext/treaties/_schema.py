"""The gazetteer file: its schema, its validation, and the records it is read into.

A gazetteer file (schema in ``docs/reference/treaties.md``) is read into frozen
records, every field checked; an error names the file, the entry and the field.
Aliases and patterns are folded into the token paths the index is built from
(:func:`alias_paths`); a pattern's expansions are counted before any is made.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import json
import re
import reprlib
from typing import TYPE_CHECKING, Any, Final, Literal, Union, cast

import attrs

from diplomatext._lexical import fold
from diplomatext.data import treaty_words
from diplomatext.errors import GazetteerError
from diplomatext.treaties._model import Treaty, TreatyKind
from diplomatext.treaties._tokens import GENERIC_HEAD_KEYS, WORD, is_latin, latin_key, strip_article

if TYPE_CHECKING:
    from collections.abc import Mapping

SCHEMA_VERSION: Final = 1
"""Version of the gazetteer file format this module reads."""

Needs = Literal["head", "head_or_quotes", "none"]
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QUOTES: Final = frozenset("\"'«»“”()[]/")
_MAX_EXPANSIONS: Final = 5000
_MAX_NESTING: Final = 8
_NEEDS: Final = frozenset({None, "head", "head_or_quotes", "none"})

MAX_FILE_BYTES: Final = 20_000_000
"""The largest gazetteer file read: 20 MB, about 125 times the shipped data."""
_KINDS: Final = {kind.value for kind in TreatyKind}

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
        "blocked_after",
        "stopped_after",
        "requires",
        "by_reference",
        "note",
    }
)
"""The fields an ``ambiguous`` group may have."""

ALIAS_FIELDS: Final = frozenset({"text", "pattern", "sources", "status", "needs", "head"})
"""The fields an alias or pattern object may have."""


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
    blocked_after: tuple[str, ...] = ()  # folded words right after the name that do the same
    stopped_after: tuple[str, ...] = ()  # folded words right after the name that stop every step
    requires: tuple[str, ...] = ()  # folded keywords one of which must be near, or no link at all
    by_reference: tuple[str, ...] | None = None  # what the date steps may choose (None: all)
    note: str = ""


_RESOLVE_STEPS: Final = frozenset(
    {"context", "year", "signed-year", "reference", "latest", "default"}
)


# --------------------------------------------------------------------------- reading

_REPR: Final = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = 80
_REPR.maxother = 80


def _show(value: object) -> str:
    """*value* for an error message: short and safe, however big or deep it is."""
    return _REPR.repr(value)


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
    obj: Mapping[str, Any],
    key: str,
    path: str,
    entry: str | None,
    *,
    required: bool = True,
    empty: bool = False,
) -> str | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if isinstance(value, str) and empty:
        return value
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"must be a non-empty string, got {_show(value)}", path, entry, key)
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
        raise _fail(f"must be an ISO date YYYY-MM-DD or null, got {_show(value)}", path, entry, key)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(
            f"must be an ISO date YYYY-MM-DD or null, got {_show(value)}", path, entry, key
        ) from None


def _alias(raw: object, path: str, entry: str, field: str) -> AliasSpec:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict):
        raise _fail(f"an alias must be a string or an object, got {_show(raw)}", path, entry, field)
    _known_fields(raw, ALIAS_FIELDS, path, entry, f"an object of {field!r}")
    text = raw.get("text", raw.get("pattern"))
    is_pattern = "pattern" in raw
    if not isinstance(text, str) or not text.strip():
        raise _fail("an alias needs a non-empty 'text' (or 'pattern')", path, entry, field)
    status = raw.get("status", "seen")
    if not isinstance(status, str) or status not in {"seen", "guessed"}:
        raise _fail(
            f"alias status must be 'seen' or 'guessed', got {_show(status)}", path, entry, field
        )
    needs = raw.get("needs")
    if not (needs is None or isinstance(needs, str)) or needs not in _NEEDS:
        raise _fail(
            f"alias 'needs' must be head, head_or_quotes or none, got {_show(needs)}",
            path,
            entry,
            field,
        )
    head_mode = raw.get("head", "any")
    if not isinstance(head_mode, str) or head_mode not in {"any", "exact"}:
        raise _fail(
            f"alias 'head' must be 'any' or 'exact', got {_show(head_mode)}", path, entry, field
        )
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise _fail("alias 'sources' must be a list of strings", path, entry, field)
    if is_pattern and needs is None:
        raise _fail("a pattern must say what it needs ('head' or 'none')", path, entry, field)
    spec = AliasSpec(
        text=text,
        is_pattern=is_pattern,
        status=cast("Literal['seen', 'guessed']", status),
        needs=cast("Needs | None", needs),
        head_mode=cast("Literal['any', 'exact']", head_mode),
        sources=tuple(sources),
    )
    try:
        _ = alias_paths(spec)
    except (ValueError, RecursionError) as exc:
        raise _fail(f"{exc} in {_show(text)}", path, entry, field) from None
    return spec


def _wikidata(raw: Mapping[str, Any], path: str, entry_id: str) -> str | None:
    """The entry's QID, or ``None``; its source must be a string when given."""
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (
        isinstance(wikidata, str) and re.match(r"^Q[0-9]+$", wikidata)
    ):
        raise _fail(
            f"wikidata must be a QID like 'Q171328' or null, got {_show(wikidata)}",
            path,
            entry_id,
            "wikidata",
        )
    _str(raw, "wikidata_source", path, entry_id, required=False)
    return wikidata


def _name_ar(raw: Mapping[str, Any], path: str, entry_id: str) -> str:
    """The canonical Arabic name: matched as a name, so it must hold a word."""
    name_ar = _str(raw, "name_ar", path, entry_id) or ""
    try:
        _ = alias_paths(AliasSpec(text=name_ar))
    except ValueError as exc:
        raise _fail(f"{exc} in {_show(name_ar)}", path, entry_id, "name_ar") from None
    return name_ar


def _entry(raw: object, path: str, position: int) -> EntrySpec:
    if not isinstance(raw, dict):
        raise _fail(f"entry #{position} must be an object", path)
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(
            f"entry #{position}: id must be a lowercase slug like 'new-start', "
            f"got {_show(entry_id)}",
            path,
            entry_id if isinstance(entry_id, str) else None,
            "id",
        )
    _known_fields(raw, ENTRY_FIELDS, path, entry_id, "an entry")
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise _fail(
            f"kind must be one of {sorted(_KINDS)}, got {_show(kind)}", path, entry_id, "kind"
        )
    name_en = _str(raw, "name_en", path, entry_id)
    name_ar = _name_ar(raw, path, entry_id)
    wikidata = _wikidata(raw, path, entry_id)
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
                f"acronyms are Latin capitals like 'NPT', got {_show(acronym)}",
                path,
                entry_id,
                "acronyms",
            )
    names_en = _str_list(raw, "names_en", path, entry_id)
    treaty = Treaty(
        id=entry_id,
        name_en=name_en or "",
        name_ar=name_ar,
        kind=TreatyKind(kind),
        wikidata=wikidata,
        signed=_date(raw, "signed", path, entry_id),
        in_force=_date(raw, "in_force", path, entry_id),
        ended=_date(raw, "ended", path, entry_id),
        parties=_str_list(raw, "parties", path, entry_id),
        aliases=tuple(a.text for a in aliases if not a.is_pattern),
        names_en=names_en + acronyms,
    )
    notes = _str(raw, "notes", path, entry_id, required=False, empty=True) or ""
    return EntrySpec(
        treaty=treaty,
        aliases=aliases,
        acronyms=acronyms,
        context=tuple(fold(word) for word in _str_list(raw, "context", path, entry_id)),
        heads=heads,
        notes=notes,
    )


def _group(raw: object, path: str, position: int) -> GroupSpec:
    if not isinstance(raw, dict):
        raise _fail(f"ambiguous group #{position} must be an object", path)
    group_id = raw.get("id")
    if not isinstance(group_id, str) or not _ID.match(group_id):
        raise _fail(
            f"ambiguous group #{position}: id must be a slug, got {_show(group_id)}",
            path,
            None,
            "id",
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
        raise _fail(
            f"default {_show(default)} is not one of the candidates", path, group_id, "default"
        )
    aliases_raw = raw.get("aliases", [])
    if not isinstance(aliases_raw, list):
        raise _fail("must be a list", path, group_id, "aliases")
    note = _str(raw, "note", path, group_id, required=False, empty=True) or ""
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
        blocked_after=tuple(fold(word) for word in _str_list(raw, "blocked_after", path, group_id)),
        stopped_after=tuple(fold(word) for word in _str_list(raw, "stopped_after", path, group_id)),
        requires=tuple(fold(word) for word in _str_list(raw, "requires", path, group_id)),
        by_reference=by_reference,
        note=note,
    )


def read_document(document: object, path: str) -> tuple[list[EntrySpec], list[GroupSpec]]:
    """Validate a parsed gazetteer document; errors name *path*, the entry and the field."""
    if not isinstance(document, dict):
        raise _fail("the file must hold a JSON object with 'schema_version' and 'entries'", path)
    version = document.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise _fail(
            f"schema_version must be {SCHEMA_VERSION}, got {_show(version)}",
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


_Unit = Union[str, "_Choice", "_FreeOrder"]
_Sequence = tuple[_Unit, ...]


@attrs.frozen
class _Choice:
    """``(a|b c)``: one of the options; ``[a|b]``: optionally one of them."""

    options: tuple[_Sequence, ...]
    optional: bool


@attrs.frozen
class _FreeOrder:
    """``{x y z}``: every item, in any order."""

    items: tuple[_Unit, ...]


class _PatternParser:
    """Recursive descent over a pattern's words and structure characters, into a tree.

    Brackets may nest :data:`_MAX_NESTING` deep, so that no pattern exhausts the stack.
    """

    def __init__(self, pattern: str) -> None:
        self.items = _pattern_tokens(pattern)
        self.pos = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def expect(self, closer: str) -> None:
        if self.peek() != closer:
            msg = f"unbalanced {closer!r}"
            raise ValueError(msg)
        self.pos += 1

    def sequence(self, closers: str) -> _Sequence:
        units: list[_Unit] = []
        while (item := self.peek()) is not None and item not in closers:
            units.append(self.unit())
        return tuple(units)

    def alternatives(self, closer: str) -> tuple[_Sequence, ...]:
        options = [self.sequence("|" + closer)]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence("|" + closer))
        self.expect(closer)
        return tuple(options)

    def free_order(self) -> _FreeOrder:
        parts: list[_Unit] = []
        while self.peek() not in {"}", None}:
            parts.append(self.unit())
        self.expect("}")
        return _FreeOrder(tuple(parts))

    def unit(self) -> _Unit:
        item = self.items[self.pos]
        self.pos += 1
        if item in ")]}|":
            msg = f"unexpected {item!r}"
            raise ValueError(msg)
        if item not in "([{":
            return item
        self.depth += 1
        if self.depth > _MAX_NESTING:
            msg = f"brackets nested more than {_MAX_NESTING} deep"
            raise ValueError(msg)
        found: _Unit
        if item == "(":
            found = _Choice(self.alternatives(")"), optional=False)
        elif item == "[":
            found = _Choice(self.alternatives("]"), optional=True)
        else:
            found = self.free_order()
        self.depth -= 1
        return found


def _count(unit: _Unit | _Sequence, cap: int) -> int:
    """How many word sequences *unit* stands for (duplicates included), at most *cap* + 1."""
    if isinstance(unit, str):
        return 1
    if isinstance(unit, tuple):
        total = 1
        for part in unit:
            total = min(total * _count(part, cap), cap + 1)
        return total
    if isinstance(unit, _Choice):
        total = int(unit.optional)
        for option in unit.options:
            total = min(total + _count(option, cap), cap + 1)
        return total
    total = 1
    for orders, part in enumerate(unit.items, start=1):  # k! orders times each item's count
        total = min(total * orders * _count(part, cap), cap + 1)
    return total


def _expand_unit(unit: _Unit | _Sequence) -> list[tuple[str, ...]]:
    if isinstance(unit, str):
        return [(unit,)]
    if isinstance(unit, tuple):
        results: list[tuple[str, ...]] = [()]
        for part in unit:
            expanded = _expand_unit(part)
            results = [r + i for r in results for i in expanded]
        return results
    if isinstance(unit, _Choice):
        options = [words for option in unit.options for words in _expand_unit(option)]
        return [(), *options] if unit.optional else options
    parts = [_expand_unit(part) for part in unit.items]
    found = [
        tuple(word for part in combo for word in part)
        for order in itertools.permutations(parts)
        for combo in itertools.product(*order)
    ]
    return list(dict.fromkeys(found))


def _expand(pattern: str) -> list[tuple[str, ...]]:
    """Every word sequence a pattern stands for (words in natural spelling).

    ``(a|b c)`` one of, ``[a|b]`` optionally one of, ``{x y}`` all items in any order.
    The names are counted on the parsed pattern before any is made: a free order
    of eleven words stands for 11! (about 40 million) names, refused at once.
    """
    parser = _PatternParser(pattern)
    tree = parser.sequence("")
    if parser.peek() is not None:
        msg = f"unexpected {parser.peek()!r}"
        raise ValueError(msg)
    if _count(tree, _MAX_EXPANSIONS) > _MAX_EXPANSIONS:
        msg = (
            f"pattern stands for more than {_MAX_EXPANSIONS:,} names (a free order of n items "
            "stands for n! orders); split it into several patterns"
        )
        raise ValueError(msg)
    return list(dict.fromkeys(_expand_unit(tree)))


@attrs.frozen
class TokenPath:
    """One name of an alias or pattern as folded tokens: an optional head, then the body."""

    head: str | None  # folded head key (article stripped)
    body: tuple[str, ...]
    quoted: bool
    upper: bool = False  # one Latin token written in capitals (an acronym)
    latin: bool = False  # every token Latin letters or digits


def alias_paths(alias: AliasSpec) -> list[TokenPath]:
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
        latin = all(is_latin(t) or t.isdigit() for t in written)
        upper = len(written) == 1 and latin and written[0].isupper()
        head = strip_article(tokens[0])
        if head in GENERIC_HEAD_KEYS and len(tokens) > 1:
            paths.append(TokenPath(head, tokens[1:], quoted))
        else:
            paths.append(TokenPath(None, tokens, quoted, upper=upper, latin=latin))
    return paths


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


def read_specs(text: str, source: str) -> tuple[list[EntrySpec], list[GroupSpec], str]:
    """The validated entries, groups and description of gazetteer JSON *text*, not compiled.

    Raises:
        GazetteerError: the text is larger than :data:`MAX_FILE_BYTES`, is not
            JSON (or nests too deep to read), or breaks the schema.
    """
    if len(text) > MAX_FILE_BYTES:  # characters: at least that many bytes
        raise too_large(len(text), source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"not valid JSON: {exc}", path=source) from None
    except RecursionError:
        msg = "not a gazetteer: its JSON nests too deep to read"
        raise GazetteerError(msg, path=source) from None
    entries, groups = read_document(document, source)
    description = _str(document, "description", source, None, required=False, empty=True)
    return entries, groups, description or ""


def too_large(size: int, source: str) -> GazetteerError:
    """The error for a gazetteer file of *size* bytes (or characters) over the limit."""
    return GazetteerError(
        f"the file has {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} "
        "(diplomatext.treaties.MAX_GAZETTEER_BYTES); split it into several files",
        path=source,
    )
