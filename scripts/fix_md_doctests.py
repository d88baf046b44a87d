"""Put a blank line before the closing fence of code blocks that hold doctests.

pytest collects the ``>>>`` examples of the Markdown docs (``--doctest-glob=*.md``);
without a blank line, the closing fence would be read as expected output.
Run: ``python scripts/fix_md_doctests.py docs/**/*.md README.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def fix(text: str) -> str:
    """Return *text* with a blank line before every fence that closes a doctest block."""
    lines = text.split("\n")
    out: list[str] = []
    in_block = has_doctest = False
    for line in lines:
        if line.startswith("```"):
            if in_block and has_doctest and out and out[-1].strip():
                out.append("")
            in_block = not in_block if line.strip() == "```" or not in_block else in_block
            has_doctest = False
        elif in_block and line.startswith(">>>"):
            has_doctest = True
        out.append(line)
    return "\n".join(out)


def main(paths: list[str]) -> int:
    """Fix the files in *paths* in place; print the ones changed."""
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        fixed = fix(text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
            print(f"fixed {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
