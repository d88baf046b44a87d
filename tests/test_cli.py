"""The diplomatext command, run as users run it: real subprocesses, real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplomatext.cli import main

ARTICLES = Path(__file__).parents[1] / "examples" / "articles"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
STORY = "عنوان الخبر\nدمشق - سانا\nالتقى الوزيران أمس وبحثا تمديد معاهدة نيو ستارت.\n"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 (our own module, run with our own interpreter)
        [sys.executable, "-m", "diplomatext", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=ENV,
        check=False,
    )


def _records(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder as scrapers leave them: encodings mixed, a subfolder, a corrupt file."""
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_utf8.txt").write_text(STORY, encoding="utf-8")
    (folder / "b_cp1256.txt").write_bytes(STORY.encode("cp1256"))
    (folder / "c_broken.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "sub" / "d_utf16.txt").write_bytes(STORY.encode("utf-16"))
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    (folder / ".hidden.txt").write_text(STORY, encoding="utf-8")
    return folder


def test_folder_with_a_corrupt_file(corpus: Path) -> None:
    result = _run("parse", str(corpus), "--published", "2021-01-27")
    assert result.returncode == 1
    records = _records(result.stdout)
    sources = [Path(str(record["source"])).name for record in records]
    assert sources == ["a_utf8.txt", "b_cp1256.txt", "d_utf16.txt"]
    for record in records:  # every encoding decoded to the same story
        assert record["headline"] == {"start": 0, "end": 11, "text": "عنوان الخبر"}
        dates = record["dates"]
        assert isinstance(dates, list)
        assert [date["value"] for date in dates] == ["2021-01-26"]
    errors = result.stderr.decode("utf-8")
    assert "c_broken.txt" in errors
    assert "binary" in errors
    assert "1 of 4 inputs failed" in errors
    assert "Traceback" not in errors


def test_stdin_table_missing_file_and_size_limit(tmp_path: Path) -> None:
    result = _run("parse", "-", "--format", "table", stdin=STORY.encode("utf-16"))
    assert result.returncode == 0, result.stderr
    table = result.stdout.decode("utf-8")
    assert table.splitlines()[0].split() == [
        "file",
        "published",
        "from",
        "dates",
        "treaties",
        "headline",
    ]
    assert "<stdin>" in table
    assert "new-start" in table

    big = tmp_path / "big.txt"
    big.write_text(STORY * 10, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = _run(
        "parse", str(big), str(tmp_path / "missing.txt"), "--max-bytes", "100", "-o", str(output)
    )
    assert result.returncode == 1
    errors = result.stderr.decode("utf-8")
    assert "missing.txt: no such file or folder" in errors
    assert "big.txt" in errors
    assert "max_bytes=100" in errors
    assert output.read_text(encoding="utf-8") == ""


def test_jobs_keep_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(ARTICLES.glob("*.txt"))
    for number in range(24):
        source = seeds[number % len(seeds)]
        shutil.copy(source, folder / f"{number:03d}_{source.name}")
    result = _run("parse", str(folder), "--jobs", "2", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout.decode("utf-8"))
    names = [Path(record["source"]).name for record in records]
    assert names == sorted(path.name for path in folder.iterdir())
    assert len(names) == len(set(names)) == 24


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "pipe"
    folder.mkdir()
    for number in range(40):
        shutil.copy(ARTICLES / "004_b20770630bddb0e8.txt", folder / f"{number:03d}.txt")
    with subprocess.Popen(  # noqa: S603 (our own module)
        [sys.executable, "-m", "diplomatext", "parse", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        status = process.wait(timeout=120)
    assert json.loads(first)["source"].endswith("000.txt")
    assert status == 141
    assert b"Traceback" not in errors


def test_dates_without_reference_says_it_uses_today() -> None:
    result = _run("dates", "التقى الوزيران أمس")
    assert result.returncode == 0
    assert "no --reference given" in result.stderr.decode("utf-8")
    assert result.stdout.decode("utf-8").split("\t")[1] == "أمس"


def test_quick_looks_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت"
    assert main(["dates", text, "--reference", "2021-01-27"]) == 0
    assert capsys.readouterr().out == "13-16\tأمس\t2021-01-26\n"
    assert main(["treaties", text, "--reference", "2021-01-27", "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["treaty"]["id"] == "new-start"
    assert main(["normalize", "إتفاقيّة", "--profile", "search"]) == 0
    assert capsys.readouterr().out == "اتفاقيه\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["parse", "x", "--published", "yesterday"],
        ["parse", "x", "--format", "xml"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_empty_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "no input files found" in capsys.readouterr().err
