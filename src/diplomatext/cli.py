"""The ``diplomatext`` command: whole corpora in, JSON Lines out.

``diplomatext parse PATH...`` parses files, folders (recursively) or ``-``
(standard input) into one JSON record per article, in input order, with
``--jobs N`` processes. A file that fails is reported on standard error with
its path and reason, and the run goes on; the exit status then says that some
failed. ``diplomatext dates``, ``treaties`` and ``normalize`` are quick looks
at one text. Run ``diplomatext --help`` for the options, or see the command
line reference in the documentation.

Exit status: 0 when every input was parsed, 1 when some failed (or none was
found), 2 for a usage error, 130 when interrupted (Ctrl-C), 141 when the
reader of the output went away (``diplomatext parse ... | head``).

>>> main(["normalize", "إتفاقيّة"])
اتفاقية
0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import signal
import sys
import unicodedata
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple

from diplomatext.articles import parse_article
from diplomatext.dates import Granularity, find_dates
from diplomatext.errors import DiplomatextError
from diplomatext.normalize import normalize
from diplomatext.reading import MAX_BYTES, read_article
from diplomatext.treaties import find_treaties

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["main"]

PROGRAM: Final = "diplomatext"
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE: Final = 141  # 128 + SIGPIPE
_HEADLINE_WIDTH: Final = 60
_STDIN: Final = "-"
# what the date of today decides when --reference is not given
_DATES_NOTE: Final = "resolving relative dates (أمس, الشهر الماضي)"
_TREATIES_NOTE: Final = (
    "deciding names that depend on the date (a name shared by treaties of different years)"
)


# --------------------------------------------------------------------------
# parsing one article (runs in worker processes: module level, picklable)
# --------------------------------------------------------------------------


class _Task(NamedTuple):
    source: str  # what the user sees: the path, or "-"
    data: bytes | None  # standard input, already read
    published: dt.date | None
    encoding: str | None
    max_bytes: int | None


class _Summary(NamedTuple):
    published: str
    origin: str
    headline: str
    dates: int
    treaties: tuple[str, ...]
    treaty_mentions: int


class _Result(NamedTuple):
    source: str
    line: str | None  # the JSON record
    summary: _Summary | None
    error: str | None


def _work(task: _Task) -> _Result:
    """Read and parse one article; any failure becomes the result's *error*."""
    try:
        text = read_article(
            task.data if task.data is not None else task.source,
            encoding=task.encoding,
            max_bytes=task.max_bytes,
        )
        article = parse_article(text, published=task.published, source=task.source, max_chars=None)
        line = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    except DiplomatextError as exc:
        return _Result(task.source, None, None, _reason(exc, task.source))
    except OSError as exc:
        return _Result(task.source, None, None, exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001 (one bad file must not stop a corpus run)
        return _Result(
            task.source,
            None,
            None,
            f"internal error, please report it: {type(exc).__name__}: {exc}",
        )
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
    return _Result(task.source, line, summary, None)


def _reason(exc: Exception, source: str) -> str:
    message = str(exc)
    prefix = f"{source}: "
    return message.removeprefix(prefix)


def _quiet_worker() -> None:  # pragma: no cover - runs in the worker processes
    # Ctrl-C reaches the whole process group: the parent alone decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------


class _Output:
    """Writes records: each one with a single write and a flush, never half a line."""

    def __init__(self, stream: IO[str], form: str) -> None:
        self.stream = stream
        self.form = form
        self.count = 0
        self.rows: list[tuple[str, _Summary]] = []

    def add(self, result: _Result) -> None:
        assert result.line is not None  # noqa: S101 (only called for parsed articles)
        assert result.summary is not None  # noqa: S101
        if self.form == "table":
            self.rows.append((result.source, result.summary))
        elif self.form == "json":
            self._write(("[\n" if self.count == 0 else ",\n") + result.line)
        else:
            self._write(result.line + "\n")
        self.count += 1

    def close(self) -> None:
        if self.form == "json":
            self._write("[]\n" if self.count == 0 else "\n]\n")
        elif self.form == "table":
            self._write(_table(self.rows))

    def _write(self, chunk: str) -> None:
        self.stream.write(chunk)
        self.stream.flush()


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
# commands
# --------------------------------------------------------------------------


def _collect(paths: Sequence[str], pattern: str) -> tuple[list[str], list[str]]:
    """Files to parse (folders expanded recursively, duplicates dropped) and missing paths."""
    found: list[str] = []
    missing: list[str] = []
    seen: set[str] = set()

    def add(name: str, key: str) -> None:
        if key not in seen:
            seen.add(key)
            found.append(name)

    for name in paths:
        if name == _STDIN:
            add(name, name)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob(pattern)):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    add(str(child), str(child.resolve()))
        elif path.exists():
            add(name, str(path.resolve()))
        else:
            missing.append(name)
    return found, missing


def _progress(total: int, *, enabled: bool) -> Any:  # noqa: ANN401 (tqdm, or a null context)
    if not enabled:
        return contextlib.nullcontext(None)
    from tqdm import tqdm  # noqa: PLC0415 (only imported for a terminal)

    return tqdm(total=total, unit="article", file=sys.stderr, delay=0.5, dynamic_ncols=True)


def _results(tasks: list[_Task], jobs: int) -> Iterator[_Result]:
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _work(task)
        return
    context = multiprocessing.get_context()
    chunksize = max(1, min(16, len(tasks) // (jobs * 8)))
    pool = context.Pool(jobs, initializer=_quiet_worker)
    try:
        yield from pool.imap(_work, tasks, chunksize=chunksize)
    except BaseException:  # interrupted, or the consumer stopped: stop the workers now
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _parse_command(args: argparse.Namespace) -> int:
    files, missing = _collect(args.paths, args.glob)
    failed = 0
    for name in missing:
        _error(f"{name}: no such file or folder")
        failed += 1
    data = sys.stdin.buffer.read() if _STDIN in files else None
    tasks = [
        _Task(
            source=name,
            data=data if name == _STDIN else None,
            published=args.published,
            encoding=args.encoding,
            max_bytes=args.max_bytes,
        )
        for name in files
    ]
    if not tasks:
        _error(
            "no input files found" + (f" (matching {args.glob!r} in folders)" if args.paths else "")
        )
        return EXIT_FAILED
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    show_progress = not args.no_progress and sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        stream: IO[str] = sys.stdout
        if args.output:
            stream = stack.enter_context(
                Path(args.output).open("w", encoding="utf-8", newline="\n")
            )
        output = _Output(stream, args.format)
        bar = stack.enter_context(_progress(len(tasks), enabled=show_progress))
        for result in _results(tasks, jobs):
            if result.error is not None:
                failed += 1
                message = f"{PROGRAM}: error: {result.source}: {result.error}"
                if bar is not None:
                    bar.write(message, file=sys.stderr)
                else:
                    sys.stderr.write(message + "\n")
            else:
                output.add(result)
            if bar is not None:
                bar.update()
        output.close()
    if failed:
        _error(f"{failed} of {len(tasks) + len(missing)} inputs failed")
        return EXIT_FAILED
    return EXIT_OK


def _text_argument(value: str) -> str:
    return sys.stdin.read() if value == _STDIN else value


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
    for mention in find_dates(text, reference=_reference(args)):
        if args.format == "jsonl":
            _say(json.dumps(mention.to_dict(), ensure_ascii=False))
        else:
            mod = "" if mention.mod is None else f"\t{mention.mod.value}"
            _say(f"{mention.start}-{mention.end}\t{mention.text}\t{mention.value}{mod}")
    return EXIT_OK


def _treaties_command(args: argparse.Namespace) -> int:
    text = _text_argument(args.text)
    for mention in find_treaties(text, reference=_reference(args)):
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
    sys.stdout.write(line + "\n")


def _error(message: str) -> None:
    sys.stderr.write(f"{PROGRAM}: {message}\n")


# --------------------------------------------------------------------------
# arguments
# --------------------------------------------------------------------------


def _max_bytes(value: str) -> int | None:
    """A --max-bytes value: a number of bytes, or ``None`` (no limit) for 0."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"not a number of bytes (0 for no limit): {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number or None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


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
        help="parse article files or folders into one record per article",
        description=(
            "Parse scraped articles (files, folders searched recursively, or - for standard "
            "input) into one JSON record per article, in input order. Without --published, "
            "each article's dates are resolved against the publication date found in its "
            "dateline or footer; relative dates stay unresolved when none is found."
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
        choices=("jsonl", "json", "table"),
        default="jsonl",
        help="jsonl: one JSON record a line (default); json: one array; table: for reading",
    )
    parse.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse with N processes, keeping input order (0: one per CPU; default 1)",
    )
    parse.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parse.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="the files to take from folders (default: *.txt); files named are always read",
    )
    parse.add_argument(
        "--encoding", metavar="CODEC", help="decode every input with CODEC instead of detecting"
    )
    parse.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=MAX_BYTES,
        metavar="N",
        help=f"fail inputs larger than N bytes (default {MAX_BYTES:,}; 0: no limit)",
    )
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``diplomatext`` command with *argv* (default: ``sys.argv[1:]``).

    Returns:
        The exit status (0 all parsed, or ``--help``; 1 some inputs failed;
        2 usage error, after printing the usage on stderr; 130 interrupted;
        141 output closed). A usage error is returned, not raised as
        :class:`SystemExit`.

    >>> main(["dates", "التقى الوزيران في 5 فبراير 2021", "--reference", "2021-02-06"])
    18-31	5 فبراير 2021	2021-02-05
    0

    .. versionadded:: 0.1.0
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse printed the usage and the error, or --help
        return EXIT_OK if exc.code in {0, None} else EXIT_USAGE
    try:
        status: int = args.handler(args)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (| head): say nothing, and keep Python from
        # complaining when it flushes stdout at exit
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return status
