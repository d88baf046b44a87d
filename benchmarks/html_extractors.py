"""Main-text extractors measured on the Arabic page fixtures of tests/fixtures/html.

For each extractor and page: the share of the story's paragraphs found in the
extracted text (recall), the share of the page's noise strings (menus, related
stories, comments, footers) that leaked into it, and the CPU time per page.
Run: ``python benchmarks/html_extractors.py``. Extractors that do not import are skipped.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatext.reading._decode import decode
from diplomatext.reading._html import declared_charset

if TYPE_CHECKING:
    from collections.abc import Callable

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "html"


def _trafilatura(html: str) -> str:
    import trafilatura  # noqa: PLC0415

    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""


def _trafilatura_tables(html: str) -> str:
    import trafilatura  # noqa: PLC0415

    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def _diplomatext(html: str) -> str:
    from diplomatext.reading import page_from_text  # noqa: PLC0415

    return page_from_text(html).text


def _justext(html: str) -> str:
    import justext  # noqa: PLC0415

    # jusText has no Arabic stop list of its own: the stop words of all its languages
    stop = justext.get_stoplist("Arabic") if "Arabic" in justext.get_stoplists() else frozenset()
    paragraphs = justext.justext(html.encode("utf-8"), stop, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _readability(html: str) -> str:
    from lxml import html as lxml_html  # noqa: PLC0415
    from readability import Document  # noqa: PLC0415

    summary = Document(html).summary(html_partial=True)
    return str(lxml_html.fromstring(summary).text_content())


def _selectolax(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, nav, header, footer, aside, form"):
        node.decompose()
    # the node with most text in <p> children: the common heuristic of a custom extractor
    best = max(
        tree.css("div, article, td, main"),
        key=lambda n: len(n.text(deep=False) or "") + sum(len(p.text()) for p in n.css("p")),
        default=None,
    )
    return "" if best is None else best.text(separator="\n")


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": _trafilatura,
    "trafilatura, tables kept": _trafilatura_tables,
    "diplomatext.read_page": _diplomatext,
    "justext": _justext,
    "readability-lxml": _readability,
    "selectolax (densest node)": _selectolax,
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\N{RIGHT-TO-LEFT MARK}", ""))


def main() -> None:
    gold = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))
    pages = {}
    for name in sorted(k for k in gold if not k.startswith("_")):
        data = (FIXTURES / name).read_bytes()
        pages[name] = decode(data, name, None, declared=declared_charset(data)).text
    print(f"{'extractor':28} {'page':18} {'story':>7} {'noise':>7} {'ms/page':>8}")
    for label, extract in EXTRACTORS.items():
        try:
            extract("<html><body><p>x</p></body></html>")
        except ImportError:
            print(f"{label:28} not installed")
            continue
        found = leaked = stories = noises = 0
        for name, html in pages.items():
            # one round on a fresh copy: some extractors cache results by content
            start = time.process_time()
            text = _flat(extract(html + f"<!-- {label} -->"))
            elapsed = (time.process_time() - start) * 1000
            story = sum(1 for s in gold[name]["story"] if s in text)
            noise = sum(1 for s in gold[name]["noise"] if s in text)
            found, stories = found + story, stories + len(gold[name]["story"])
            leaked, noises = leaked + noise, noises + len(gold[name]["noise"])
            print(
                f"{label:28} {name:18} {story:>3}/{len(gold[name]['story'])}"
                f" {noise:>4}/{len(gold[name]['noise'])} {elapsed:8.1f}"
            )
        print(f"{label:28} {'ALL':18} {found / stories:7.0%} {leaked / noises:7.0%}")


if __name__ == "__main__":
    main()
