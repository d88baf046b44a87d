"""The diplomatext command, run as users run it: real subprocesses, real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplomatext import articles
from diplomatext.cli import main
from diplomatext.dates import find_dates
from diplomatext.treaties import find_treaties

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
    assert "more than --max-bytes 100;" in errors
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
    assert main(argv) == 2  # returned, as documented, not raised
    assert "usage:" in capsys.readouterr().err


def test_usage_error_through_the_command() -> None:
    result = _run("bogus")
    assert result.returncode == 2
    errors = result.stderr.decode("utf-8")
    assert "usage: diplomatext" in errors
    assert "invalid choice: 'bogus'" in errors
    assert "Traceback" not in errors


def test_help_and_version_return_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "usage: diplomatext" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("diplomatext ")


def test_max_bytes_0_means_no_limit_and_negative_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(STORY * 200, encoding="utf-8")  # more than 10 kB
    assert main(["parse", str(big), "--max-bytes", "0", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert main(["parse", str(big), "--max-bytes", "10000"]) == 1
    assert "more than --max-bytes 10,000" in capsys.readouterr().err
    for value in ("-1", "ten"):
        assert main(["parse", str(big), "--max-bytes", value]) == 2
        assert "not a number of bytes" in capsys.readouterr().err


def test_the_note_on_today_says_what_today_decides() -> None:
    dates = _run("dates", "التقى الوزيران أمس").stderr.decode("utf-8")
    treaties = _run("treaties", "معاهدة نيو ستارت").stderr.decode("utf-8")
    assert "relative dates" in dates
    assert "relative dates" not in treaties
    assert "names that depend on the date" in treaties
    for note in (dates, treaties):
        assert "no --reference given" in note
        assert dt.date.today().isoformat()[:4] in note  # noqa: DTZ011 (what the CLI uses)


def test_jsonl_mentions_are_the_mentions_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت"
    reference = dt.date(2021, 1, 27)
    assert main(["dates", text, "--reference", "2021-01-27", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        m.to_dict() for m in find_dates(text, reference=reference)
    ]
    assert main(["treaties", text, "--reference", "2021-01-27", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        m.to_dict() for m in find_treaties(text, reference=reference)
    ]


def test_a_pattern_timeout_fails_the_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    slow = tmp_path / "a_slow.txt"
    slow.write_text("ا " * 200_000, encoding="utf-8")
    fine = tmp_path / "b_fine.txt"
    fine.write_text(STORY, encoding="utf-8")
    real = articles._timeout  # noqa: SLF001
    # only the huge line runs out of time (jobs=1: parsed in this process)
    monkeypatch.setattr(
        articles, "_timeout", lambda subject: 1e-9 if len(subject) > 100_000 else real(subject)
    )
    assert main(["parse", str(slow), str(fine), "--published", "2021-01-27"]) == 1
    captured = capsys.readouterr()
    assert [Path(r["source"]).name for r in map(json.loads, captured.out.splitlines())] == [
        "b_fine.txt"
    ]
    assert "a_slow.txt: reading the boilerplate" in captured.err
    assert "internal error" not in captured.err
    assert "1 of 2 inputs failed" in captured.err


def test_empty_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "no input files found" in capsys.readouterr().err
