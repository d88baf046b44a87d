"""examples/contacts_timeline.py on folders of its own: merging, undated files, no matplotlib.

tests/test_examples.py runs it on the bundled sample; these run it on tiny invented
folders, so that what they check does not depend on the sample's wording.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType

SCRIPT = Path(__file__).parents[1] / "examples" / "contacts_timeline.py"

# the same call, reported on the day and the day after; a third file with no date
SAME_CALL = {
    "a.txt": "تاريخ النشر: 26.01.2021\n"
    "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن.\n",
    "b.txt": "تاريخ النشر: 27.01.2021\n"
    "تحدث الرئيس الأمريكي جو بايدن أمس هاتفيا مع الرئيس الروسي فلاديمير بوتين.\n",
    "c.txt": "تحدث الرئيس الأمريكي جو بايدن أمس هاتفيا مع الرئيس الروسي فلاديمير بوتين.\n",
}

# importing matplotlib fails in the child, as on a machine without the plot extra
_WITHOUT_MATPLOTLIB = (
    "import runpy, sys; sys.modules['matplotlib'] = None; "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(*args: str, without_matplotlib: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    prefix = ["-c", _WITHOUT_MATPLOTLIB] if without_matplotlib else []
    return subprocess.run(  # noqa: S603 (our own script, run with our own interpreter)
        [sys.executable, *prefix, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=env,
        check=False,
    )


def _module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("contacts_timeline", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_two_reports_of_one_call_are_one_row(tmp_path: Path) -> None:
    folder = _folder(tmp_path, SAME_CALL)
    output = tmp_path / "out" / "timeline.png"
    result = _run(str(output), "--articles", str(folder))
    assert result.returncode == 0, result.stderr
    assert "3 articles, 2 contacts found, 2 between USA and RUS, 1 after merging" in result.stdout
    assert "joe-biden+vladimir-putin|phone|2021-01-26: a.txt (held), b.txt (held)" in result.stdout
    assert "no publication date found in c.txt" in result.stdout
    assert output.read_bytes().startswith(b"\x89PNG")


def test_without_matplotlib_the_table_is_printed_and_the_exit_is_clean(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")  # the child must fail to import what is installed
    folder = _folder(tmp_path, SAME_CALL)
    output = tmp_path / "timeline.png"
    result = _run(str(output), "--articles", str(folder), without_matplotlib=True)
    assert result.returncode == 0, result.stderr
    assert "joe-biden + vladimir-putin" in result.stdout
    assert "pip install 'diplomatext[plot]'" in result.stdout
    assert not output.exists()


def test_a_folder_without_contacts(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "تاريخ النشر: 26.01.2021\nارتفعت أسعار النفط اليوم.\n"})
    output = tmp_path / "timeline.png"
    result = _run(str(output), "--articles", str(folder))
    assert result.returncode == 0, result.stderr
    assert "1 articles, 0 contacts found" in result.stdout
    assert not output.exists()


def test_a_contact_without_a_date_is_in_the_table_not_on_the_timeline(tmp_path: Path) -> None:
    planned = "سيلتقي الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي جو بايدن قريبا."
    folder = _folder(tmp_path, {"a.txt": f"تاريخ النشر: 26.01.2021\nقال المتحدث إن {planned}\n"})
    output = tmp_path / "timeline.png"
    result = _run(str(output), "--articles", str(folder))
    assert result.returncode == 0, result.stderr
    assert "contacts with no date (in the table, not on the timeline): 1" in result.stdout
    assert "no dated contact: no timeline drawn" in result.stdout
    assert not output.exists()


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2021-06-16", dt.date(2021, 6, 16), dt.date(2021, 6, 16)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("2022-01-10/2022-01-12", dt.date(2022, 1, 10), dt.date(2022, 1, 12)),
    ],
)
def test_bounds_never_invent_a_day(
    value: str, first: dt.date, last: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _module(monkeypatch).bounds(value) == (first, last)
