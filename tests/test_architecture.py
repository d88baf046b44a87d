"""The import rules of docs/explanation/architecture.md, checked on the source.

Every ``import diplomatext...`` statement of the package, at module level or inside
a function, is read with :mod:`ast`; each module belongs to a component (its first
name under ``diplomatext``), and a component may import only the components below
it. A private module may not import its own package's ``__init__`` (the public face
imports the private modules, never the other way round).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import diplomatext

PACKAGE = Path(diplomatext.__file__).parent

_BASE = frozenset({"data", "errors", "_records", "_packed"})
_TOOLS = _BASE | {"_spans", "normalize", "_lexical", "calendars"}
#: What each component may import (besides itself). Arrows point down only.
ALLOWED: dict[str, frozenset[str]] = {
    "data": frozenset(),
    "errors": frozenset(),
    "_records": frozenset(),
    "_packed": frozenset(),
    "_spans": frozenset({"errors"}),
    "calendars": frozenset({"errors", "_records"}),
    "normalize": _BASE | {"_spans"},
    "_lexical": _BASE | {"normalize"},
    "reading": _TOOLS,
    "dates": _TOOLS,
    "treaties": _TOOLS,
    "events": _TOOLS | {"dates", "treaties"},
    "articles": _TOOLS | {"dates", "treaties", "events", "reading"},
    # corpora: above articles, below cli; it may import everything but cli
    "corpora": _TOOLS | {"dates", "treaties", "events", "reading", "articles"},
    "cli": _TOOLS | {"dates", "treaties", "events", "reading", "articles", "corpora", "__init__"},
    "__main__": frozenset({"cli"}),
}


def _module_name(path: Path) -> str:
    if not path.is_relative_to(PACKAGE):
        return "diplomatext.dates.probe"  # a probe file of the checker's own test
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _component(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every ``diplomatext...`` module that *path* imports, with its line."""
    module = _module_name(path)
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if path.name != "__init__.py":
                    base.pop()
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target != "diplomatext":
                found.append((node.lineno, target))
                continue
            # ``from diplomatext import dates`` imports the submodule ``dates``;
            # ``from diplomatext import find_dates`` imports the package's face.
            for alias in node.names:
                submodule = (PACKAGE / alias.name).is_dir() or (
                    PACKAGE / f"{alias.name}.py"
                ).is_file()
                found.append((node.lineno, f"diplomatext.{alias.name}" if submodule else target))
    return [(line, name) for line, name in found if name.split(".")[0] == "diplomatext"]


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_component_has_a_rule() -> None:
    components = {_component(_module_name(path)) for path in SOURCES}
    assert components - {"__init__"} <= set(ALLOWED)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    module = _module_name(path)
    component = _component(module)
    if component == "__init__":
        return  # the package's face re-exports everything
    wrong = []
    for line, target in _imports(path):
        other = _component(target)
        if other != component and other not in ALLOWED[component]:
            wrong.append(f"line {line}: {module} imports {target}")
        # diplomatext.data.x may import only other tables; pure tables import nothing
        if component == "data" and other != "data":
            wrong.append(f"line {line}: a table imports logic ({target})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if p.name != "__init__.py" and p.parent != PACKAGE],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_private_modules_do_not_import_their_package_face(path: Path) -> None:
    package = _module_name(path.parent)
    assert all(target != package for _, target in _imports(path))


def test_the_rules_catch_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: an import of articles from dates is found."""
    fake = PACKAGE / "dates" / "__init__.py"
    source = tmp_path / "x.py"
    source.write_text("from diplomatext.articles import parse_article\n", encoding="utf-8")
    targets = [target for _, target in _imports(source)]
    assert targets == ["diplomatext.articles"]
    assert _component(targets[0]) not in ALLOWED[_component(_module_name(fake))]


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of *graph* (a path that comes back to its start), or ``[]``."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (found := visit(other)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_private_modules_of_a_package_import_each_other_without_a_circle() -> None:
    """Inside a package too, arrows point one way (also under ``TYPE_CHECKING``)."""
    graph: dict[str, set[str]] = {}
    for path in SOURCES:
        module = _module_name(path)
        if path.name == "__init__.py" or path.parent == PACKAGE:
            continue
        package = _module_name(path.parent)
        graph[module] = {
            target
            for _, target in _imports(path)
            if target.rpartition(".")[0] == package and target != module
        }
    assert _cycle(graph) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) == []
