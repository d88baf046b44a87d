"""The ``diplomatext`` command: whole corpora in, JSON Lines or CSV out.

``diplomatext parse PATH...`` parses article files (plain text or HTML), folders
(recursively), corpus files of records (JSON Lines, CSV) or ``-`` (standard
input) into one record per article, in input order, with ``--jobs N``
processes. An input that fails is reported on standard error with its path and
reason, and the run goes on; the exit status then says that some failed. A run
stopped half way is finished with ``--resume``. ``diplomatext dates``,
``treaties`` and ``normalize`` are quick looks at one text. Run ``diplomatext
--help`` for the options, or see the command line reference in the documentation.

Exit status: 0 when every input was parsed, 1 when some failed (or none was
found, or the text of a quick look cannot be read), 2 for a usage error or an
output that cannot be written, 130 when interrupted (Ctrl-C), 143 when
terminated (SIGTERM), 141 when the reader of the output went away
(``diplomatext parse ... | head``).

>>> main(["normalize", "إتفاقيّة"])
اتفاقية
0
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import errno
import fnmatch
import io
import json
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
import unicodedata
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple

import attrs

from diplomatext.articles import parse_article
from diplomatext.corpora import MENTION_COLUMNS, ParsedRecord, parse_records
from diplomatext.corpora._files import corpus_format, corpus_records, corpus_text
from diplomatext.corpora._frame import rows
from diplomatext.corpora._record import no_text
from diplomatext.dates import Granularity, find_dates
from diplomatext.errors import DiplomatextError, FileTooLargeError, GazetteerError
from diplomatext.events import to_plover
from diplomatext.normalize import normalize
from diplomatext.reading import MAX_BYTES, PageDate, PageDateKind, check_encoding, read_page
from diplomatext.reading._decode import decode
from diplomatext.treaties import Gazetteer, find_treaties, load_gazetteer

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["main"]

PROGRAM: Final = "diplomatext"
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE: Final = 141  # 128 + SIGPIPE
EXIT_TERMINATED: Final = 143  # 128 + SIGTERM
_HEADLINE_WIDTH: Final = 60
_STDIN: Final = "-"
_GLOBS: Final = ("*.txt", "*.html", "*.htm")
_RESUMABLE: Final = ("jsonl", "csv")
# what the date of today decides when --reference is not given
_DATES_NOTE: Final = "resolving relative dates (أمس, الشهر الماضي)"
_TREATIES_NOTE: Final = (
    "deciding names that depend on the date (a name shared by treaties of different years)"
)


class _UsageError(Exception):
    """A mistake in the command: said in one line, exit status 2, nothing read or written."""


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread like Ctrl-C's KeyboardInterrupt."""


# --------------------------------------------------------------------------
# parsing one article (runs in worker processes: module level, picklable)
# --------------------------------------------------------------------------


class _Config(NamedTuple):
    """What every task shares: sent once to each worker, not with every task."""

    form: str
    published: dt.date | None
    encoding: str | None
    max_bytes: int | None
    text_field: str
    date_field: str | None
    id_field: str
    url_field: str
    gazetteer: Gazetteer | None
    numeric_calendar: str


class _Task(NamedTuple):
    id: str  # the record's key in the output: the path, or the record's id
    source: str  # what the user sees in errors: the path, or "corpus.jsonl:12"
    path: str | None  # a file to read
    data: bytes | None  # standard input, already read
    record: dict[str, Any] | None  # a corpus record


class _Summary(NamedTuple):
    published: str
    origin: str
    headline: str
    dates: int
    treaties: tuple[str, ...]
    treaty_mentions: int


class _Result(NamedTuple):
    id: str
    source: str
    chunk: str | None  # the output of the article: a JSON line, CSV rows
    summary: _Summary | None
    error: str | None
    warnings: tuple[str, ...] = ()


_CONFIG: _Config | None = None  # set in the parent before the workers fork, or by _init_worker


def _work(task: _Task) -> _Result:
    """Read and parse one article; any failure becomes the result's *error*."""
    assert _CONFIG is not None  # noqa: S101 (set before any task runs)
    config = _CONFIG
    try:
        record = _parse_task(task, config)
        chunk = _format(record, config.form)
    except FileTooLargeError as exc:
        return _Result(task.id, task.source, None, None, _too_large(exc.length, exc.limit))
    except DiplomatextError as exc:
        return _Result(task.id, task.source, None, None, _reason(exc, task.source))
    except OSError as exc:
        return _Result(task.id, task.source, None, None, exc.strerror or str(exc))
    except _Empty as exc:
        return _Result(task.id, task.source, None, None, str(exc))
    except Exception as exc:  # noqa: BLE001 (one bad file must not stop a corpus run)
        return _Result(
            task.id,
            task.source,
            None,
            None,
            f"internal error, please report it: {type(exc).__name__}: {exc}",
        )
    article = record.article
    treaty_ids = tuple(dict.fromkeys(mention.treaty.id for mention in article.treaties))
    summary = _Summary(
        published=""
        if article.published is None or article.published.date is None
        else article.published.date.isoformat(),
        origin="" if article.published is None else article.published.origin.value,
        headline="" if article.headline is None else article.headline.text,
        dates=sum(1 for mention in article.dates if mention.granularity is not Granularity.VAGUE),
        treaties=treaty_ids,
        treaty_mentions=len(article.treaties),
    )
    return _Result(task.id, task.source, chunk, summary, None, record.warnings)


class _Empty(Exception):  # noqa: N818 (a reason, said as is)
    """An input with no text: an error of its own (see the command line reference)."""


def _parse_task(task: _Task, config: _Config) -> ParsedRecord:
    given = (
        ()
        if config.published is None
        else (
            PageDate(
                value=config.published,
                kind=PageDateKind.PUBLISHED,
                origin="option:--published",
                raw=config.published.isoformat(),
            ),
        )
    )
    if task.record is not None:
        fields = {**task.record, config.id_field: task.id}
        date_field = config.date_field
        if config.published is not None:  # it wins over the record's own date
            date_field = "--published"
            fields[date_field] = config.published.isoformat()
        text = task.record.get(config.text_field)
        if not isinstance(text, str):
            msg = (
                f"{no_text(task.record, config.text_field)}; "
                "name the field that holds the article with --text-field"
            )
            raise _Empty(msg)
        size = len(text.encode("utf-8", errors="replace"))
        if config.max_bytes is not None and size > config.max_bytes:
            raise FileTooLargeError(size, config.max_bytes)
        if not text.strip():
            msg = f"empty text in field {config.text_field!r}: nothing to parse"
            raise _Empty(msg)
        return next(
            parse_records(
                [fields],
                text_field=config.text_field,
                date_field=date_field,
                id_field=config.id_field,
                url_field=config.url_field,
                gazetteer=config.gazetteer,
                numeric_calendar=config.numeric_calendar,
            )
        )
    source = task.data if task.data is not None else task.path
    assert source is not None  # noqa: S101 (a file task has a path or data)
    page = read_page(source, encoding=config.encoding, max_bytes=config.max_bytes)
    if not page.text.strip():
        what = "an HTML page with no text" if page.html else "an empty file"
        msg = f"{what}: nothing to parse (a failed download?)"
        raise _Empty(msg)
    if given:
        page = attrs.evolve(page, dates=(*given, *page.dates))
    return ParsedRecord.from_page(
        page, id=task.id, gazetteer=config.gazetteer, numeric_calendar=config.numeric_calendar
    )


def _format(record: ParsedRecord, form: str) -> str:
    """The output of one article: a JSON line, its CSV rows, or its PLOVER lines."""
    if form == "plover":
        published = record.article.published
        day = None if published is None or published.date is None else published.date.isoformat()
        return "".join(
            json.dumps(
                to_plover(event, doc_id=record.id, index=index, source=record.url, published=day),
                ensure_ascii=False,
                separators=(",", ":"),
            )
            + "\n"
            for index, event in enumerate(record.article.events)
        )
    if form == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in rows(record, "mentions"):
            writer.writerow([_cell(row[column]) for column in MENTION_COLUMNS])
        return buffer.getvalue()
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _cell(value: object) -> str:
    """A CSV cell on one line: a line break inside a mention is written as a space."""
    if value is None:
        return ""
    return " ".join(str(value).splitlines()) if isinstance(value, str) else str(value)


def _too_large(length: int, limit: int) -> str:
    return (
        f"{length:,} bytes, more than --max-bytes {limit:,}; a news article is a few kilobytes: "
        "split it into articles, or raise --max-bytes (0: no limit)"
    )


def _reason(exc: Exception, source: str) -> str:
    message = str(exc)
    prefix = f"{source}: "
    return message.removeprefix(prefix).replace("encoding=", "--encoding ")


def _init_worker(config: _Config) -> None:  # pragma: no cover - runs in the worker processes
    global _CONFIG  # noqa: PLW0603 (one configuration per worker process)
    if _CONFIG is None:  # forked workers have it already, with the tables built
        _CONFIG = config
    # Ctrl-C and SIGTERM reach the whole process group: the parent alone decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    sys.stderr = _OrphanQuiet(sys.stderr, parent)

    def watch() -> None:
        # a parent killed outright (SIGKILL) cannot stop its workers: they stop
        # themselves, quietly, instead of writing into a closed pipe
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)

    threading.Thread(target=watch, name="diplomatext-orphan-watch", daemon=True).start()


class _OrphanQuiet(io.TextIOBase):
    """A worker's standard error that says nothing once the parent is gone.

    A parent killed outright closes the pipe of results: a worker then fails
    to send its last result, and multiprocessing prints that failure. Workers
    write nothing else to standard error (errors travel in the results), so a
    write waits a moment to see whether the parent died, and is dropped if so.
    """

    def __init__(self, stream: IO[str], parent: int) -> None:
        super().__init__()
        self.stream = stream
        self.parent = parent
        self.alive_at = -1.0  # when the parent was last seen alive after a wait

    def write(self, text: str) -> int:  # pragma: no cover - runs in the worker processes
        now = time.monotonic()
        if now - self.alive_at > 1.0:  # one wait for all the lines of one message
            deadline = now + 0.5
            while os.getppid() == self.parent and time.monotonic() < deadline:
                time.sleep(0.02)
            if os.getppid() != self.parent:
                return len(text)
            self.alive_at = time.monotonic()
        return self.stream.write(text)

    def flush(self) -> None:  # pragma: no cover - runs in the worker processes
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()


def _warm(config: _Config) -> None:
    """Build the tables (lexicon, gazetteer, boilerplate) once, here.

    Forked workers then share them instead of each building its own.
    """
    text = "عنوان الخبر\nدمشق - سانا\nالتقى الوزيران أمس في 5 شباط 2021 وبحثا معاهدة نيو ستارت.\n"
    parse_article(text, gazetteer=config.gazetteer)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------


class _OutputError(Exception):
    """The output cannot be written (a full disk, a closed device): exit status 2."""


class _Sink:
    """UTF-8 bytes to a file descriptor or stream, each chunk whole or not at all.

    Each chunk goes out with signals blocked, so that Ctrl-C or SIGTERM cannot
    stop it half way: an interrupted run leaves only whole lines.
    """

    def __init__(self, name: str, fd: int | None, stream: IO[str] | None) -> None:
        self.name = name
        self.fd = fd
        self.stream = stream

    def write(self, text: str) -> None:
        data = text.encode("utf-8", errors="replace")  # a lone surrogate of a record: "?"
        block = hasattr(signal, "pthread_sigmask")
        if block:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            self._write(data, text)
        finally:
            if block:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})

    def _write(self, data: bytes, text: str) -> None:
        try:
            if self.fd is not None:
                view = memoryview(data)
                while view:
                    written = os.write(self.fd, view)
                    view = view[written:]
            elif self.stream is not None:
                buffer = getattr(self.stream, "buffer", None)
                if buffer is not None:
                    self.stream.flush()  # what was written as text goes first
                    buffer.write(data)
                else:
                    self.stream.write(text)
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            reason = exc.strerror or str(exc)
            msg = f"cannot write to {self.name}: {reason}"
            if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
                msg += "; free some space and run again with --resume"
            raise _OutputError(msg) from None


class _Output:
    """Writes records: each article with a single write, never half a line."""

    def __init__(self, sink: _Sink, form: str, *, header: bool) -> None:
        self.sink = sink
        self.form = form
        self.count = 0
        self.rows: list[tuple[str, _Summary]] = []
        if form == "csv" and header:
            sink.write(",".join(MENTION_COLUMNS) + "\n")

    def add(self, result: _Result) -> None:
        assert result.chunk is not None  # noqa: S101 (only called for parsed articles)
        assert result.summary is not None  # noqa: S101
        if self.form == "table":
            self.rows.append((result.source, result.summary))
        elif self.form == "json":
            self.sink.write(("[\n" if self.count == 0 else ",\n") + result.chunk)
        elif self.form in {"csv", "plover"}:
            if result.chunk:  # an article with no mention or no contact writes nothing
                self.sink.write(result.chunk)
        else:
            self.sink.write(result.chunk + "\n")
        self.count += 1

    def close(self) -> None:
        if self.form == "json":
            self.sink.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.form == "table":
            self.sink.write(_table(self.rows))


def _width(text: str) -> int:
    """Columns *text* takes in a terminal (combining marks and format characters take none)."""
    return sum(
        0 if unicodedata.combining(char) or unicodedata.category(char) == "Cf" else 1
        for char in text
    )


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    kept: list[str] = []
    used = 0
    for char in text:
        used += _width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def _table(rows: list[tuple[str, _Summary]]) -> str:
    """A table a person can read; the headline (right-to-left text) comes last."""
    header = ("file", "published", "from", "dates", "treaties", "headline")
    cells = [
        (
            Path(source).name if source != _STDIN else "<stdin>",
            summary.published or "-",
            summary.origin or "-",
            str(summary.dates),
            ", ".join(summary.treaties) or "-",
            _shorten(summary.headline, _HEADLINE_WIDTH) if summary.headline else "-",
        )
        for source, summary in rows
    ]
    widths = [max([_width(header[i])] + [_width(row[i]) for row in cells]) for i in range(5)]
    lines = []
    for row in [header, (*("-" * w for w in widths), "-" * 8), *cells]:
        padded = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row[:5])]
        lines.append("  ".join([*padded, row[5]]).rstrip())
    dated = sum(1 for _, summary in rows if summary.published)
    mentions = sum(summary.dates for _, summary in rows)
    treaties = sum(summary.treaty_mentions for _, summary in rows)
    lines.append("")
    lines.append(
        f"{len(rows)} articles, {dated} with a publication date, "
        f"{mentions} dates and {treaties} treaty mentions in their stories"
    )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# the output file: checks, and what a resumed run finds in it
# --------------------------------------------------------------------------


def _check_output(  # noqa: C901 (one check after the other)
    args: argparse.Namespace, inputs: list[Path]
) -> Path | None:
    """The output file, checked before any input is read; ``None`` for standard output."""
    if not args.output or args.output == _STDIN:
        if args.resume:
            msg = "--resume needs --output FILE: the file of the run to finish"
            raise _UsageError(msg)
        return None
    name = _shown(args.output)
    path = Path(args.output)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
        if not path.parent.is_dir():
            msg = f"--output {name}: the folder {_shown(str(path.parent))} does not exist"
            raise _UsageError(msg) from None
        if args.resume:
            return path  # nothing to resume: a first run
    except (OSError, ValueError) as exc:
        msg = f"--output {name}: {getattr(exc, 'strerror', None) or exc}"
        raise _UsageError(msg) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            msg = f"--output {name} is a folder; give a file name, such as {name}/articles.jsonl"
            raise _UsageError(msg)
        if any(_same(path, given) for given in inputs):
            msg = f"--output {name} is also an input: it would be overwritten while read"
            raise _UsageError(msg)
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size and not (args.force or args.resume):
            msg = (
                f"--output {name} exists; --force overwrites it, "
                "--resume finishes the run that wrote it"
            )
            raise _UsageError(msg)
    return path


def _first_cell(line: bytes) -> str | None:
    """The first cell (the id) of a CSV line of the output; ``None`` for a blank line."""
    row = next(csv.reader([line.decode("utf-8", errors="replace")]), [])
    return row[0] if row else None


def _same(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except (OSError, ValueError):
        return False


def _resume(path: Path, form: str) -> set[str]:
    """The ids already in the output of an interrupted run; the file is made whole first.

    A torn last line (a run killed inside a write, a full disk) is cut off. For
    CSV, whose article may span several lines, the rows of the last article
    are cut too and that article is parsed again: it may have been cut between
    two of its rows. The file is read line by line: the output of a long run
    may be larger than memory.
    """
    if not path.exists() or path.stat().st_size == 0:
        return set()
    done: set[str] = set()
    with path.open("rb") as handle:
        # lines of bytes end at line feeds only: a record may hold U+2028 or
        # U+0085, which JSON writes raw and str.splitlines() would split at;
        # a last line without its line feed is torn
        lines = (line for line in handle if line.endswith(b"\n"))
        keep = (
            _resume_jsonl(lines, done, path) if form == "jsonl" else _resume_csv(lines, done, path)
        )
    if keep != path.stat().st_size:
        with path.open("r+b") as handle:
            handle.truncate(keep)
    return done


def _resume_jsonl(lines: Iterator[bytes], done: set[str], path: Path) -> int:
    """Add the ids of the JSON lines to *done*; return the end of the last whole line."""
    keep = 0
    for number, line in enumerate(lines, start=1):
        keep += len(line)
        if not line.strip():
            continue
        try:
            done.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            msg = (
                f"--resume: line {number} of {_shown(str(path))} is not a record of "
                "diplomatext parse --format jsonl; is it the right file?"
            )
            raise _UsageError(msg) from None
    return keep


def _resume_csv(lines: Iterator[bytes], done: set[str], path: Path) -> int:
    """Add the ids of the whole articles of CSV rows to *done*; return where the last one starts."""
    header = next(lines, None)
    if header is None:
        return 0
    if header.rstrip(b"\n") != ",".join(MENTION_COLUMNS).encode():
        msg = (
            f"--resume: {_shown(str(path))} does not start with the header of "
            "diplomatext parse --format csv; is it the right file?"
        )
        raise _UsageError(msg)
    keep = len(header)
    article, start = None, keep  # the article whose rows are being read, and where they start
    for line in lines:
        key = _first_cell(line)
        if key is not None and key != article:
            if article is not None:
                done.add(article)
            article, start = key, keep
        keep += len(line)
    return len(header) if article is None else start


# --------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------


class _Inputs(NamedTuple):
    files: list[str]
    missing: list[str]  # error lines: missing or unusable paths
    notes: list[str]  # what was skipped, and why


def _shown(name: str) -> str:
    r"""*name* as it can be printed: bytes that are not UTF-8 as ``\\xff`` escapes."""
    try:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    except UnicodeError:
        return name.encode("utf-8", errors="backslashreplace").decode("utf-8")


def _collect(
    paths: Sequence[str], patterns: Sequence[str], *, follow: bool, output: Path | None
) -> _Inputs:
    """Files to parse (folders walked, duplicates and the output dropped), and what went wrong."""
    found: list[str] = []
    missing: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()
    skip = None if output is None else _real(output)

    def add(name: str, key: str) -> None:
        if key not in seen and key != skip:
            seen.add(key)
            found.append(name)

    for name in paths:
        if name == _STDIN:
            add(name, name)
            continue
        try:
            os.fsencode(name)
            path = Path(name)
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except (ValueError, UnicodeError):
            missing.append(f"{_shown(name)}: not a usable path (a NUL or an unencodable character)")
            continue
        if is_dir:
            for child in _walk(path, patterns, follow=follow, notes=notes):
                add(str(child), _real(child))
        elif exists:
            add(name, _real(path))
        else:
            missing.append(f"{_shown(name)}: no such file or folder")
    return _Inputs(found, missing, notes)


def _real(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _walk(  # noqa: C901 (links, loops, hidden files: each a rule)
    root: Path, patterns: Sequence[str], *, follow: bool, notes: list[str]
) -> list[Path]:
    """The files under *root* matching *patterns*, in sorted path order.

    Hidden files and folders are skipped. A symbolic link is followed when it
    stays inside *root* (or always, with *follow*); a folder reached twice (a
    loop of links) is read once, and every skip is said in *notes*.
    """
    top = Path(_real(root))
    visited: set[tuple[int, int]] = set()
    found: list[Path] = []

    def visit(folder: Path) -> None:  # noqa: C901 (the rules of _walk)
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            notes.append(f"skipped {_shown(str(folder))}: {exc.strerror or exc}")
            return
        key = (info.st_dev, info.st_ino)
        if key in visited:
            notes.append(
                f"skipped {_shown(str(folder))}: a folder already read (a loop of symbolic links)"
            )
            return
        visited.add(key)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                target = Path(_real(path))
                if not target.exists():
                    notes.append(f"skipped {_shown(str(path))}: a broken symbolic link")
                    continue
                if not follow and not target.is_relative_to(top):
                    notes.append(
                        f"skipped {_shown(str(path))}: a symbolic link out of "
                        f"{_shown(str(root))} (--follow-symlinks follows it)"
                    )
                    continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                visit(path)
            elif _matches(path.relative_to(root), patterns):
                found.append(path)

    visit(root)
    return found


def _matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    return any(
        relative.match(pattern) if "/" in pattern else fnmatch.fnmatch(relative.name, pattern)
        for pattern in patterns
    )


def _tasks(files: list[str], args: argparse.Namespace, errors: list[str]) -> list[_Task]:
    """One task per article file, and one per record of each corpus file."""
    tasks: list[_Task] = []
    for name in files:
        shown = _shown(name)
        form = args.input_format if args.input_format != "auto" else None
        if form is None and name != _STDIN:
            form = corpus_format(name)
        if form in {None, "text"}:
            data = sys.stdin.buffer.read() if name == _STDIN else None
            tasks.append(_Task(shown, shown, None if name == _STDIN else name, data, None))
            continue
        label = "<stdin>" if name == _STDIN else shown
        try:
            data = sys.stdin.buffer.read() if name == _STDIN else Path(name).read_bytes()
            decoded = corpus_text(data, label, args.encoding)
        except OSError as exc:
            errors.append(f"{shown}: {exc.strerror or exc}")
            continue
        except DiplomatextError as exc:
            errors.append(f"{label}: {_reason(exc, label)}")
            continue
        for warning in decoded.warnings:
            _error(f"warning: {label}: {warning}")
        assert form is not None  # noqa: S101 (jsonl or csv here)
        for where, record, error in corpus_records(decoded.text, form, label):
            if record is None:
                errors.append(f"{where}: {error}")
                continue
            identifier = record.get(args.id_field)
            key = where if identifier in {None, ""} else _shown(str(identifier))
            tasks.append(_Task(key, where, None, None, record))
    return tasks


# --------------------------------------------------------------------------
# the parse command
# --------------------------------------------------------------------------


def _progress(total: int, *, enabled: bool) -> Any:  # noqa: ANN401 (tqdm, or a null context)
    if not enabled:
        return contextlib.nullcontext(None)
    from tqdm import tqdm  # noqa: PLC0415 (only imported for a terminal)

    return tqdm(total=total, unit="article", file=sys.stderr, delay=0.5, dynamic_ncols=True)


def _context() -> Any:  # noqa: ANN401 (a multiprocessing context)
    """Fork where there is fork: the workers share the tables the parent built."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _results(tasks: list[_Task], jobs: int, config: _Config) -> Iterator[_Result]:
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _work(task)
        return
    chunksize = max(1, min(16, len(tasks) // (jobs * 8)))
    pool = _context().Pool(jobs, initializer=_init_worker, initargs=(config,))
    try:
        yield from pool.imap(_work, tasks, chunksize=chunksize)
    except BaseException:  # interrupted, or the consumer stopped: stop the workers now
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _open_output(path: Path | None, *, append: bool) -> _Sink:
    if path is None:
        return _Sink("standard output", None, sys.stdout)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        msg = f"--output {_shown(str(path))}: {exc.strerror or exc}"
        raise _UsageError(msg) from None
    return _Sink(_shown(str(path)), fd, None)


def _parse_command(args: argparse.Namespace) -> int:  # noqa: C901, PLR0912, PLR0915 (the run, step by step)
    global _CONFIG  # noqa: PLW0603 (the workers fork from this process with it)
    if args.resume and args.format not in _RESUMABLE:
        msg = "--resume works with --format jsonl or csv (a JSON array or a table is written once)"
        raise _UsageError(msg)
    named = [Path(name) for name in args.paths if name != _STDIN and _usable(name)]
    output = _check_output(args, named)
    gazetteer = _gazetteer(args.gazetteer)
    inputs = _collect(args.paths, args.glob or _GLOBS, follow=args.follow_symlinks, output=output)
    for note in inputs.notes:
        _error(f"note: {note}")
    failed = 0
    for line in inputs.missing:
        _error(f"error: {line}")
        failed += 1
    errors: list[str] = []
    tasks = _tasks(inputs.files, args, errors)
    for line in errors:
        _error(f"error: {line}")
    failed += len(errors)
    total = len(tasks) + failed
    if not tasks and not failed:
        patterns = ", ".join(args.glob or _GLOBS)
        _error(f"no input files found (matching {patterns} in folders)")
        return EXIT_FAILED
    done = _resume(output, args.format) if args.resume and output is not None else set()
    if done:
        before = len(tasks)
        tasks = [task for task in tasks if task.id not in done]
        _error(f"--resume: {before - len(tasks)} articles already in {_shown(str(output))}")
    config = _Config(
        form=args.format,
        published=args.published,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
        text_field=args.text_field,
        date_field=args.date_field,
        id_field=args.id_field,
        url_field=args.url_field,
        gazetteer=gazetteer,
        numeric_calendar=args.numeric_calendar,
    )
    _CONFIG = config
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if jobs > 1 and len(tasks) > 1:
        _warm(config)
    show_progress = not args.no_progress and sys.stderr.isatty()
    append = bool(args.resume and output is not None and output.exists())
    sink = _open_output(output, append=append)
    try:
        header = not (append and output is not None and output.stat().st_size > 0)
        out = _Output(sink, args.format, header=header)
        with _progress(len(tasks), enabled=show_progress) as bar:
            for result in _results(tasks, jobs, config):
                for warning in result.warnings:
                    _say_error(bar, f"{PROGRAM}: warning: {result.source}: {warning}")
                if result.error is not None:
                    failed += 1
                    _say_error(bar, f"{PROGRAM}: error: {result.source}: {result.error}")
                else:
                    out.add(result)
                if bar is not None:
                    bar.update()
        out.close()
    finally:
        if sink.fd is not None:
            os.close(sink.fd)
    if failed:
        _error(f"{failed} of {total} inputs failed")
        return EXIT_FAILED
    return EXIT_OK


def _usable(name: str) -> bool:
    try:
        os.fsencode(name)
    except UnicodeError:
        return False
    return "\x00" not in name


def _say_error(bar: Any, message: str) -> None:  # noqa: ANN401 (tqdm, or None)
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        sys.stderr.write(message + "\n")


def _gazetteer(path: str | None) -> Gazetteer | None:
    if path is None:
        return None
    try:
        return load_gazetteer(path)
    except GazetteerError as exc:
        msg = f"--gazetteer {_shown(path)}: {exc}"
        raise _UsageError(msg) from None
    except (OSError, ValueError) as exc:
        msg = f"--gazetteer {_shown(path)}: {getattr(exc, 'strerror', None) or exc}"
        raise _UsageError(msg) from None


# --------------------------------------------------------------------------
# quick looks
# --------------------------------------------------------------------------


def _text_argument(value: str) -> str:
    """TEXT, or for ``-`` standard input decoded as an article file is (any encoding)."""
    if value != _STDIN:
        return value
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes under it (a test's StringIO)
        return sys.stdin.read()
    decoded = decode(buffer.read(), "<stdin>", None)
    for warning in decoded.warnings:
        _error(f"warning: <stdin>: {warning}")
    return decoded.text


def _reference(args: argparse.Namespace) -> dt.date:
    """The --reference date, or today's, saying on stderr what today then decides."""
    if args.reference is not None:
        reference: dt.date = args.reference
        return reference
    today = dt.date.today()  # noqa: DTZ011 (the one place allowed to read the clock)
    _error(f"no --reference given: {args.note} against today, {today.isoformat()}")
    return today


def _dates_command(args: argparse.Namespace) -> int:
    text = _text_argument(args.text)
    found = find_dates(text, reference=_reference(args), numeric_calendar=args.numeric_calendar)
    for mention in found:
        if args.format == "jsonl":
            _say(json.dumps(mention.to_dict(), ensure_ascii=False))
        else:
            mod = "" if mention.mod is None else f"\t{mention.mod.value}"
            _say(f"{mention.start}-{mention.end}\t{mention.text}\t{mention.value}{mod}")
    return EXIT_OK


def _treaties_command(args: argparse.Namespace) -> int:
    text = _text_argument(args.text)
    gazetteer = _gazetteer(args.gazetteer)
    for mention in find_treaties(text, reference=_reference(args), gazetteer=gazetteer):
        if args.format == "jsonl":
            _say(json.dumps(mention.to_dict(), ensure_ascii=False))
        else:
            treaty = mention.treaty
            _say(f"{mention.start}-{mention.end}\t{mention.text}\t{treaty.id}\t{treaty.name_en}")
    return EXIT_OK


def _normalize_command(args: argparse.Namespace) -> int:
    _say(normalize(_text_argument(args.text), args.profile))
    return EXIT_OK


def _say(line: str) -> None:
    # a lone surrogate (an argument that is not UTF-8) is written "?", as in parse
    sys.stdout.write(line.encode("utf-8", errors="replace").decode("utf-8") + "\n")


def _error(message: str) -> None:
    sys.stderr.write(f"{PROGRAM}: {message}\n")


# --------------------------------------------------------------------------
# arguments
# --------------------------------------------------------------------------


def _count(value: str, what: str) -> int:
    """A whole number of 0 or more, or the usage error that says *what* it counts."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"not a number of {what}: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _add_numeric_calendar(command: argparse.ArgumentParser) -> None:
    """The --numeric-calendar option, the same for ``dates`` and ``parse``."""
    command.add_argument(
        "--numeric-calendar",
        choices=("numeric", "hijri"),
        default="numeric",
        help="hijri: a numeric date without an era mark is Hijri when its year can be"
        " (30-02-33, 1/1/1250); default numeric: Gregorian, save years 1300-1499",
    )


def _max_bytes(value: str) -> int | None:
    """A --max-bytes value: a number of bytes, or ``None`` (no limit) for 0."""
    return _count(value, "bytes (0 for no limit)") or None


def _jobs(value: str) -> int:
    """A --jobs value: a number of processes, 0 for one per CPU."""
    return _count(value, "processes (0 for one per CPU)")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _encoding(value: str) -> str:
    """An --encoding value, refused before any file is read when it is no text encoding."""
    try:
        return check_encoding(value, option="")
    except DiplomatextError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _pattern(value: str) -> str:
    """A --glob value: a pattern of file names under the folders given, not a path."""
    if not value or "\x00" in value:
        msg = f"not a file name pattern: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    if PurePath(value).is_absolute() or ".." in PurePath(value).parts:
        msg = (
            f"{value!r} is a path, not a file name pattern: name the folder as a PATH "
            "and the files with --glob, such as: diplomatext parse /data --glob '*.txt'"
        )
        raise argparse.ArgumentTypeError(msg)
    return value


def _field(value: str) -> str:
    if not value:
        msg = "a field name cannot be empty"
        raise argparse.ArgumentTypeError(msg)
    return value


def _parser() -> argparse.ArgumentParser:
    from diplomatext import __version__  # noqa: PLC0415 (the package imports this module's peers)

    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Turn Arabic diplomatic news into structured, dated, canonical records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse article files, folders or corpus files into one record per article",
        description=(
            "Parse scraped articles (plain text or HTML files, folders searched recursively, "
            "JSON Lines or CSV corpus files of one article a record, or - for standard "
            "input) into one record per article, in input order. Without --published, "
            "each article's dates are resolved against its record's or page's date, or "
            "the publication date found in its dateline or footer; relative dates stay "
            "unresolved when none is found."
        ),
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    parse.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="the publication date of every input (YYYY-MM-DD), instead of the one found",
    )
    parse.add_argument(
        "--format",
        choices=("jsonl", "json", "csv", "plover", "table"),
        default="jsonl",
        help="jsonl: one JSON record a line (default); json: one array; "
        "csv: one row per date or treaty mention; plover: one PLOVER JSON line per "
        "diplomatic contact; table: for reading",
    )
    parse.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse with N processes, keeping input order (0: one per CPU; default 1)",
    )
    parse.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    again = parse.add_mutually_exclusive_group()
    again.add_argument("--force", action="store_true", help="overwrite an existing --output FILE")
    again.add_argument(
        "--resume",
        action="store_true",
        help="finish an interrupted run: keep the records of --output FILE, parse the rest",
    )
    parse.add_argument(
        "--glob",
        action="append",
        type=_pattern,
        metavar="PATTERN",
        help="the files to take from folders (repeatable; default: *.txt, *.html, *.htm); "
        "files named are always read",
    )
    parse.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links that lead out of the folders given (default: skip them)",
    )
    parse.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", "csv"),
        default="auto",
        help="auto (default): .jsonl/.ndjson and .csv files are corpora of records, other "
        "files one article each (plain text or HTML), - one article; or say which for all",
    )
    for name, default, what in (
        ("text", "text", "the article (plain text or HTML)"),
        ("date", None, "its publication date (default: date, else published)"),
        ("id", "id", "its id, written in the output and used by --resume"),
        ("url", "url", "its address"),
    ):
        parse.add_argument(
            f"--{name}-field",
            type=_field,
            default=default,
            metavar="NAME",
            help=f"the field of a corpus record that holds {what}"
            + ("" if default is None else f" (default: {default})"),
        )
    parse.add_argument(
        "--encoding",
        type=_encoding,
        metavar="CODEC",
        help="decode every article file with CODEC instead of detecting",
    )
    parse.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=MAX_BYTES,
        metavar="N",
        help=f"fail articles larger than N bytes (default {MAX_BYTES:,}; 0: no limit)",
    )
    parse.add_argument(
        "--gazetteer",
        metavar="FILE",
        help="a JSON file of your own treaties, added to the shipped gazetteer",
    )
    _add_numeric_calendar(parse)
    parse.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    parse.set_defaults(handler=_parse_command)

    for name, handler, what, note, reference_help in (
        (
            "dates",
            _dates_command,
            "date expressions",
            _DATES_NOTE,
            "resolve relative dates (أمس, الشهر الماضي) against DATE",
        ),
        (
            "treaties",
            _treaties_command,
            "treaty names",
            _TREATIES_NOTE,
            "decide names that depend on the date (shared by treaties of different years) by DATE",
        ),
    ):
        command = commands.add_parser(
            name,
            help=f"list the {what} of a text",
            description=f"List the {what} of TEXT (- reads standard input), one a line.",
        )
        command.add_argument("text", metavar="TEXT", help="the text, or - for standard input")
        command.add_argument(
            "--reference",
            type=_date,
            metavar="DATE",
            help=f"{reference_help} (YYYY-MM-DD; default: today, said on stderr)",
        )
        command.add_argument(
            "--format",
            choices=("text", "jsonl"),
            default="text",
            help="text: start-end, text and value, tab-separated (default); jsonl: JSON records",
        )
        if name == "dates":
            _add_numeric_calendar(command)
        if name == "treaties":
            command.add_argument(
                "--gazetteer",
                metavar="FILE",
                help="a JSON file of your own treaties, added to the shipped gazetteer",
            )
        command.set_defaults(handler=handler, note=note)

    norm = commands.add_parser(
        "normalize", help="print the normalized form of a text", description="Normalize TEXT."
    )
    norm.add_argument("text", metavar="TEXT", help="the text, or - for standard input")
    norm.add_argument(
        "--profile",
        choices=("light", "standard", "search", "matching"),
        default="standard",
        help="the normalization profile (default: standard)",
    )
    norm.set_defaults(handler=_normalize_command)
    return parser


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise _Terminated


def _utf8_streams() -> None:
    """Standard output in UTF-8 whatever the locale; errors never fail on a strange name."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
                reconfigure(encoding="utf-8", errors=errors)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 (one status per outcome)
    """Run the ``diplomatext`` command with *argv* (default: ``sys.argv[1:]``).

    Returns:
        The exit status (0 all parsed, or ``--help``; 1 some inputs failed,
        or the text of a quick look cannot be read;
        2 usage error, after printing the usage on stderr, or an output that
        cannot be written; 130 interrupted; 143 terminated; 141 output closed).
        A usage error is returned, not raised as :class:`SystemExit`.

    >>> main(["dates", "التقى الوزيران في 5 فبراير 2021", "--reference", "2021-02-06"])
    18-31	5 فبراير 2021	2021-02-05
    0

    .. versionadded:: 0.1.0
    """
    _utf8_streams()
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse printed the usage and the error, or --help
        return EXIT_OK if exc.code in {0, None} else EXIT_USAGE
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        status: int = args.handler(args)
    except _UsageError as exc:
        _error(f"error: {exc}")
        return EXIT_USAGE
    except _OutputError as exc:
        _error(f"error: {exc}")
        return EXIT_USAGE
    except DiplomatextError as exc:  # the text of a quick look: undecodable, too long
        _error(f"error: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except _Terminated:
        _error("terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        # the reader went away (| head): say nothing, and keep Python from
        # complaining when it flushes stdout at exit
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return status


if __name__ == "__main__":  # python -m diplomatext.cli, as python -m diplomatext
    sys.exit(main())
