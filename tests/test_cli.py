"""The diplomatext command, run as users run it: real subprocesses, real files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplomatext.articles import _boilerplate as article_boilerplate
from diplomatext.articles import _lines as article_lines
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


def test_parse_numeric_calendar_reaches_every_worker(tmp_path: Path) -> None:
    corpus = tmp_path / "gulf.jsonl"
    row = {"text": "صدر القرار بتاريخ 14-07-44 في الرياض.", "date": "2023-02-10"}
    lines = [json.dumps({**row, "id": f"r{number}"}, ensure_ascii=False) for number in range(4)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for calendar, values in (("numeric", []), ("hijri", ["2023-02-05"])):
        result = _run("parse", str(corpus), "--jobs", "2", "--numeric-calendar", calendar)
        assert result.returncode == 0, result.stderr
        records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        assert [record["id"] for record in records] == ["r0", "r1", "r2", "r3"]
        assert all([d["value"] for d in record["dates"]] == values for record in records)


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


def test_dates_numeric_calendar_option(capsys: pytest.CaptureFixture[str]) -> None:
    text = "صدر القرار بتاريخ 14-07-44"
    assert main(["dates", text, "--reference", "2023-02-10"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["dates", text, "--reference", "2023-02-10", "--numeric-calendar", "hijri"]) == 0
    assert capsys.readouterr().out == "18-26\t14-07-44\t2023-02-05\n"


def test_quick_looks_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    text = "رحب الوزيران أمس بتمديد معاهدة نيو ستارت"
    assert main(["dates", text, "--reference", "2021-01-27"]) == 0
    assert capsys.readouterr().out == "13-16\tأمس\t2021-01-26\n"
    assert main(["treaties", text, "--reference", "2021-01-27", "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["treaty"]["id"] == "new-start"
    assert main(["normalize", "إتفاقيّة", "--profile", "search"]) == 0
    assert capsys.readouterr().out == "اتفاقيه\n"


@pytest.mark.parametrize("command", ["dates", "treaties", "normalize"])
def test_quick_looks_read_stdin_as_files_are_read_and_fail_clearly(command: str) -> None:
    reference = [] if command == "normalize" else ["--reference", "2021-01-27"]
    text = "قال الوزير أمس إن معاهدة نيو ستارت مهمة"
    done = _run(command, "-", *reference, stdin=text.encode("cp1256"))
    assert (done.returncode, done.stderr) == (0, b"")
    found = {"dates": "أمس", "treaties": "new-start", "normalize": "الوزير"}[command]
    assert found in done.stdout.decode("utf-8")
    binary = _run(command, "-", *reference, stdin=bytes(range(256)) * 4)
    assert binary.returncode == 1
    assert binary.stderr.decode("utf-8").startswith("diplomatext: error: <stdin>: ")
    assert b"Traceback" not in binary.stderr
    unencodable = _run(command, "\udcff", *reference)  # an argument that is not UTF-8
    assert unencodable.returncode == 0
    assert b"Traceback" not in unencodable.stderr


def test_a_quick_look_at_a_text_too_long_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 10_000_001)))
    assert main(["dates", "-", "--reference", "2021-01-27"]) == 1
    assert "more than max_chars" in capsys.readouterr().err


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


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_jobs_that_are_no_number_of_processes_are_usage_errors(
    value: str, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(story), "--jobs", value]) == 2
    assert "not a number of processes (0 for one per CPU)" in capsys.readouterr().err


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
    # one huge line with an ASCII run that may start a tracking token: the token
    # pattern reads all of it
    slow.write_text("ا " * 199_992 + "x" * 16, encoding="utf-8")
    fine = tmp_path / "b_fine.txt"
    fine.write_text(STORY, encoding="utf-8")
    real = article_lines.time_limit
    # only the huge line runs out of time (jobs=1: parsed in this process)
    monkeypatch.setattr(
        article_lines,
        "time_limit",
        lambda subject: 1e-9 if len(subject) > 100_000 else real(subject),
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


# --------------------------------------------------------------------------
# corpora of records, HTML, CSV output (issue 11)
# --------------------------------------------------------------------------

HTML = Path(__file__).parent / "fixtures" / "html"
GAZETTEER = Path(__file__).parent / "cases" / "fixture_gazetteer.json"


def _jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def test_a_jsonl_corpus_with_dates_ids_urls_and_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(
        _jsonl(
            [
                {"id": "w1", "date": "2021-01-27", "url": "https://a.example/1", "text": STORY},
                {"published": "Fri, 05 Feb 2021 10:00:00 +0300", "text": STORY},
                {"id": 7, "text": (HTML / "drupal.html").read_text(encoding="utf-8")},
            ]
        )
        + "not json\n",
        encoding="utf-8",
    )
    assert main(["parse", str(corpus)]) == 1  # the bad line fails, the others are parsed
    captured = capsys.readouterr()
    first, second, third = map(json.loads, captured.out.splitlines())
    assert (first["id"], first["url"], first["source"]) == ("w1", "https://a.example/1", "w1")
    assert [d["value"] for d in first["dates"]] == ["2021-01-26"]  # the record's date
    assert first["page_dates"][0]["origin"] == "record:date"
    assert second["id"] == f"{corpus}:2"  # no id: where it is
    assert [d["value"] for d in second["dates"]] == ["2021-02-04"]
    assert third["id"] == "7"
    assert third["html"] is True
    assert third["url"].startswith("https://khaleej-gate.example/")
    assert third["headline"]["text"] == "مجلس الأمن يعقد جلسة طارئة بشأن الوضع الإنساني"
    assert f"{corpus}:4: not a JSON line" in captured.err


def test_field_options_csv_input_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "scrape.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "body", "day", "link"])
        writer.writerow(["k1", STORY, "2021-01-27T23:30:00+03:00", "https://b.example/k1"])
    argv = ["parse", str(table), "--text-field", "body", "--date-field", "day"]
    assert main([*argv, "--id-field", "key", "--url-field", "link"]) == 0
    (record,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert (record["id"], record["url"]) == ("k1", "https://b.example/k1")
    assert [d["value"] for d in record["dates"]] == ["2021-01-26"]
    assert main(["parse", str(table)]) == 1  # no "text" field: said, with the fields it has
    err = capsys.readouterr().err
    assert f"{table}:2: no text in field 'text' (its fields: body, day, key, link)" in err
    assert "--text-field" in err

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(table.read_bytes())))
    assert main(["parse", "-", "--input-format", "csv", "--text-field", "body"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "<stdin>:2"


def test_a_record_whose_text_is_no_string_says_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "scrape.jsonl"
    corpus.write_text('{"id": "n", "text": 42}\n{"id": "e", "text": ""}\n', encoding="utf-8")
    assert main(["parse", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{corpus}:1: an int (42) in field 'text', not the article's text" in err
    assert f"{corpus}:2: empty text in field 'text'" in err


@pytest.mark.parametrize("codec", ["cp1256", "utf-16", "utf-8-sig"])
def test_a_corpus_file_is_decoded_as_an_article_file_is(
    codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "scrape.csv"
    table.write_bytes(f"id,text\nk1,{STORY.splitlines()[2]}\n".encode(codec))
    assert main(["parse", str(table)]) == 0
    (record,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert record["text"] == STORY.splitlines()[2]
    assert record["warnings"] == []


def test_encoding_applies_to_corpus_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "scrape.jsonl"
    corpus.write_bytes(_jsonl([{"id": "k1", "text": STORY}]).encode("cp1256"))
    assert main(["parse", str(corpus), "--encoding", "cp1256"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == STORY
    assert main(["parse", str(corpus), "--encoding", "utf-8"]) == 1
    err = capsys.readouterr().err
    assert f"{corpus}: not valid utf-8" in err
    assert "encoding=" not in err


def test_csv_output_one_row_per_mention(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["parse", str(story), "--format", "csv", "--published", "2021-01-27"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["id"], r["mention"], r["text"], r["value"], r["treaty_id"]) for r in rows] == [
        (str(story), "date", "أمس", "2021-01-26", ""),
        (str(story), "treaty", "معاهدة نيو ستارت", "", "new-start"),
    ]
    assert STORY[int(rows[1]["start"]) : int(rows[1]["end"])] == rows[1]["text"]


def test_html_files_are_read_from_folders_by_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(HTML / "wordpress.html", tmp_path / "a.html")
    shutil.copy(HTML / "amp.html", tmp_path / "b.txt")  # an HTML page saved as .txt
    assert main(["parse", str(tmp_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["html"], r["published"]["date"]) for r in records] == [
        (True, "2021-02-05"),
        (True, "2021-01-27"),
    ]
    for record in records:  # spans point into the extracted text the record carries
        for date in record["dates"]:
            assert record["text"][date["start"] : date["end"]] == date["text"]


def test_a_users_gazetteer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "a.txt"
    story.write_text("عنوان\nبحث الوزيران تمديد معاهدة ألفا الجديدة.\n", encoding="utf-8")
    assert main(["parse", str(story), "--gazetteer", str(GAZETTEER)]) == 0
    (record,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert [t["treaty"]["id"] for t in record["treaties"]] == ["alpha-ii"]
    assert main(["parse", str(story), "--gazetteer", str(tmp_path / "none.json")]) == 2
    err = capsys.readouterr().err
    assert "--gazetteer" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------
# the output file (issue 13.6, issue 11)
# --------------------------------------------------------------------------


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "in.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_output_onto_an_input_is_refused_and_the_input_kept(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--force"], ["--resume"]):
        assert main(["parse", str(story), "-o", str(story), *extra]) == 2
        assert "is also an input" in capsys.readouterr().err
        assert story.read_text(encoding="utf-8") == STORY


def test_an_existing_output_needs_force_or_resume(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text("precious\n", encoding="utf-8")
    assert main(["parse", str(story), "-o", str(output)]) == 2
    assert "exists; --force overwrites it" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "precious\n"
    assert main(["parse", str(story), "-o", str(output), "--force"]) == 0
    assert json.loads(output.read_text(encoding="utf-8"))["id"] == str(story)


def test_the_output_is_never_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    output = tmp_path / "out.txt"  # inside the corpus, matching its pattern
    argv = ["parse", str(tmp_path), "--format", "table", "-o", str(output)]
    assert main(argv) == 0
    assert main([*argv, "--force"]) == 0
    assert "1 articles" in output.read_text(encoding="utf-8")
    capsys.readouterr()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing-folder/out.jsonl", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_output_errors_exit_2_before_reading(
    target: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path / "not-read.txt"), "-o", str(tmp_path / target)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "not-read.txt" not in err  # refused before any input was looked at


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_one_clear_error() -> None:
    result = _run("parse", str(ARTICLES), "-o", "/dev/full")
    errors = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert errors.count("No space left on device") == 1
    assert "Traceback" not in errors


# --------------------------------------------------------------------------
# resume (issue 11): a torn line cut back, each article once
# --------------------------------------------------------------------------


def _corpus_of(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    seeds = sorted(ARTICLES.glob("*.txt"))
    paths = []
    for number in range(count):
        path = folder / f"{number:03d}.txt"
        shutil.copy(seeds[number % len(seeds)], path)
        paths.append(path)
    return paths


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_resume_cuts_a_torn_line_and_writes_each_article_once(
    form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _corpus_of(tmp_path / "corpus", 6)
    full = tmp_path / f"full.{form}"
    assert main(["parse", str(tmp_path / "corpus"), "--format", form, "-o", str(full)]) == 0
    data = full.read_bytes()
    lines = data.splitlines(keepends=True)
    # a run stopped in the middle of the last line but one
    output = tmp_path / f"out.{form}"
    output.write_bytes(b"".join(lines[:-2]) + lines[-2][: len(lines[-2]) // 2])
    argv = ["parse", str(tmp_path / "corpus"), "--format", form, "-o", str(output), "--resume"]
    assert main(argv) == 0
    assert "already in" in capsys.readouterr().err
    assert output.read_bytes() == data  # the same file as one uninterrupted run
    assert main(argv) == 0  # resuming a finished run adds nothing
    assert output.read_bytes() == data
    assert len(paths) == 6


def test_resume_reads_records_holding_line_separators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # JSON writes U+2028 and U+0085 raw: a record holding them is still one line
    corpus = tmp_path / "corpus.jsonl"
    records: list[dict[str, object]] = [
        {"id": f"r{number}", "text": f"التقى الوزيران أمس.\N{LINE SEPARATOR}قال الوزير{mark}"}
        for number, mark in enumerate(["\N{NEL}", "", "\N{PARAGRAPH SEPARATOR}"])
    ]
    corpus.write_text(_jsonl(records), encoding="utf-8")
    full = tmp_path / "full.jsonl"
    assert main(["parse", str(corpus), "-o", str(full)]) == 0
    data = full.read_bytes()
    output = tmp_path / "out.jsonl"
    output.write_bytes(data[: data.index(b"\n") + 1] + data[data.index(b"\n") + 1 :][:40])
    assert main(["parse", str(corpus), "-o", str(output), "--resume"]) == 0
    assert "1 articles already in" in capsys.readouterr().err
    assert output.read_bytes() == data


def test_resume_of_a_csv_output_skips_blank_lines(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "full.csv"
    assert main(["parse", str(story), "--format", "csv", "-o", str(full)]) == 0
    output = tmp_path / "out.csv"
    output.write_bytes(full.read_bytes() + b"\n")
    argv = ["parse", str(story), "--format", "csv", "-o", str(output), "--resume"]
    assert main(argv) == 0
    capsys.readouterr()
    assert output.read_bytes() == full.read_bytes()


def test_resume_refuses_another_file_and_other_formats(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.jsonl"
    other.write_text("hello\n", encoding="utf-8")
    assert main(["parse", str(story), "-o", str(other), "--resume"]) == 2
    assert "not a record of diplomatext parse" in capsys.readouterr().err
    assert main(["parse", str(story), "--format", "json", "-o", str(other), "--resume"]) == 2
    assert main(["parse", str(story), "--resume"]) == 2
    assert "--resume needs --output" in capsys.readouterr().err


# --------------------------------------------------------------------------
# rough edges (issues 11, 13.1, 13.9, 13.12)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["bogus", "rot13", "base64", "hex", "zlib", "undefined"])
def test_encodings_that_are_no_text_encoding_are_usage_errors(
    codec: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path / "never-read.txt"), "--encoding", codec]) == 2
    err = capsys.readouterr().err
    assert "--encoding" in err
    assert "encoding=" not in err
    assert "never-read" not in err


def test_a_wrong_encoding_speaks_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(STORY.encode("cp1256"))
    assert main(["parse", str(path), "--encoding", "utf-8"]) == 1
    assert "not valid utf-8" in capsys.readouterr().err


def test_damaged_utf8_is_utf8_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(STORY.rstrip().encode("utf-8") + "ة".encode()[:1])
    assert main(["parse", str(path)]) == 0
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["headline"]["text"] == "عنوان الخبر"
    assert "not valid UTF-8" in record["warnings"][0]
    assert f"warning: {path}: not valid UTF-8" in captured.err


def test_an_empty_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n")
    assert main(["parse", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("an empty file: nothing to parse") == 2
    assert "2 of 2 inputs failed" in err


@pytest.mark.parametrize("name", ["bad\x00name.txt", "lone\udc00surrogate.txt", "\ud800.txt"])
def test_unusable_paths_are_errors_not_tracebacks(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", name]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "internal error" not in err


@pytest.mark.parametrize("name", ["out\x00.jsonl", "out\ud800.jsonl"])
def test_an_unusable_output_path_is_a_usage_error(
    name: str, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(story), "-o", str(story.parent / name)]) == 2
    err = capsys.readouterr().err
    assert "--output" in err
    assert "Traceback" not in err


def test_an_absolute_glob_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ".", "--glob", "/etc/*"]) == 2
    assert "is a path, not a file name pattern" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlinks_loops_said_and_outside_links_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "s.txt").write_text(STORY, encoding="utf-8")
    (corpus / "out").symlink_to(outside, target_is_directory=True)
    assert main(["parse", str(corpus)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == [str(corpus / "a.txt")]
    assert "a loop of symbolic links" in captured.err
    assert "--follow-symlinks follows it" in captured.err
    assert main(["parse", str(corpus), "--follow-symlinks"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [str(corpus / "a.txt"), str(corpus / "out" / "s.txt")]


def test_output_is_utf8_whatever_the_locale(story: Path) -> None:
    result = subprocess.run(  # noqa: S603 (our own module)
        [sys.executable, "-m", "diplomatext", "parse", str(story), "--format", "table"],
        capture_output=True,
        timeout=120,
        env={**ENV, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "عنوان الخبر" in result.stdout.decode("utf-8")


def test_workers_fork_from_a_parent_with_the_tables_built() -> None:
    """Issue 9: the tables are built once, in the parent, before the workers fork."""
    from diplomatext import cli  # noqa: PLC0415

    if "fork" in multiprocessing.get_all_start_methods():
        assert cli._context().get_start_method() == "fork"  # noqa: SLF001
    article_boilerplate.compiled_tables.cache_clear()
    config = cli._Config(  # noqa: SLF001
        form="jsonl",
        published=None,
        encoding=None,
        max_bytes=None,
        text_field="text",
        date_field=None,
        id_field="id",
        url_field="url",
        gazetteer=None,
        numeric_calendar="numeric",
    )
    cli._warm(config)  # noqa: SLF001
    assert article_boilerplate.compiled_tables.cache_info().currsize == 1
