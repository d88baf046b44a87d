"""Every script in examples/ runs to completion and prints what it promises."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.py"))

# A key line of each script's output, as a pattern: a result of the library,
# not a caption the script prints anyway. A new example needs a row here.
EXPECTED = {
    "contacts_timeline.py": [
        r"(?m)^2021-01-26\s+clause\s+phone\s+held\s+joe-biden \+ vladimir-putin\s.*\s2$",
        r"joe-biden\+vladimir-putin\|meeting\|2021-06-16: \S+ \(planned\), \S+ \(held\)",
    ],
    "dask_corpus.py": [
        r"(?m)^102_riyadh_hijri\.txt\t2022-01-18\t\d+ dates\tjcpoa$",
        r"\d+ articles parsed with dask\.bag",
    ],
    "dates_in_text.py": [
        r"'أمس'\s+2022-01-17\s",
        r"'أمس'\s+XXXX-XX-XX",
    ],
    "hijri_dates.py": [
        r"1445-09-01 AH = 2024-03-11 \(umm-al-qura\)",
        r"2022-01-18 = 1443-06-15 AH",
    ],
    "parse_corpus.py": [
        r"(?m)^article,published,from,treaty,mention,dates_in_paragraph$",
        r"(?m)^102_riyadh_hijri\.txt,2022-01-18,dateline,jcpoa,",
    ],
    "treaties_in_text.py": [
        r"'نيوستارت'\s+-> new-start",
        r"'اتفاقية تعاون'\s+-> None",
    ],
}


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(  # noqa: S603 (our own scripts, run with our own interpreter)
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=script.parent.parent,
        env=env,
        check=False,
    )


def test_there_are_examples() -> None:
    assert EXAMPLES, "examples/ holds no script"


@pytest.mark.parametrize("script", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_runs(script: Path) -> None:
    result = _run(script)
    assert result.returncode == 0, f"{script.name} failed:\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{script.name} printed nothing"
    assert script.name in EXPECTED, f"add the key lines of {script.name}'s output to EXPECTED"
    for pattern in EXPECTED[script.name]:
        assert re.search(pattern, result.stdout), (
            f"{script.name}: no {pattern!r} in\n{result.stdout}"
        )


def test_parse_corpus_on_a_folder_without_treaties(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("الرباط - و م ع\nالتقى الوزيران أمس.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    script = next(path for path in EXAMPLES if path.name == "parse_corpus.py")
    result = _run(script, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "no treaty mention found" in result.stdout
    assert "2 *.txt articles read" in result.stdout
