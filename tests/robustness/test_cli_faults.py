"""A real ``diplomatext parse`` run killed half way, then finished with ``--resume``.

Each test starts the command as a user does (a subprocess writing to a file),
waits until some records are written, and stops it with SIGINT (Ctrl-C),
SIGTERM or SIGKILL. Then: the output has no half line beyond what ``--resume``
cuts back, and after ``--resume`` every article is in it exactly once. With
``--jobs 2``, the worker processes of a killed parent stop by themselves,
quietly (no BrokenPipeError tracebacks).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parents[2] / "examples" / "articles"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
COUNT = 1000  # articles: enough for a run of a few seconds, so that it is stopped half way


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults") / "corpus"
    folder.mkdir()
    seeds = sorted(ARTICLES.glob("*.txt"))
    for number in range(COUNT):
        shutil.copy(seeds[number % len(seeds)], folder / f"{number:03d}.txt")
    return folder


def _command(corpus: Path, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "diplomatext", "parse", str(corpus), "-o", str(output), *extra]


def _as_from_a_terminal() -> None:
    """In the child: SIGINT as a terminal gives it (a shell that starts a job in the
    background, as CI runners do, has it ignored, and Python then never raises
    KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_records(output: Path, process: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if output.exists() and output.read_bytes().count(b"\n") >= count:
            return
        if process.poll() is not None:
            pytest.fail(f"the run ended before it could be stopped: {process.returncode}")
        time.sleep(0.02)
    pytest.fail("no records written in 60 seconds")


@pytest.mark.parametrize(
    ("signum", "status", "jobs"),
    [
        (signal.SIGINT, 130, "1"),
        (signal.SIGTERM, 143, "2"),
        (signal.SIGKILL, -signal.SIGKILL, "2"),
    ],
    ids=["SIGINT", "SIGTERM-jobs2", "SIGKILL-jobs2"],
)
def test_a_killed_run_resumes_to_every_article_once(
    signum: signal.Signals, status: int, jobs: str, corpus: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    with subprocess.Popen(  # noqa: S603 (our own module, run with our own interpreter)
        _command(corpus, output, "--jobs", jobs),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
        preexec_fn=_as_from_a_terminal,  # noqa: PLW1509 (no threads are started before it)
    ) as process:
        _wait_for_records(output, process, 5)
        process.send_signal(signum)
        # communicate() waits for the end of stderr: every worker has exited too
        _, errors = process.communicate(timeout=60)
    assert process.returncode == status
    assert b"Traceback" not in errors, errors.decode("utf-8", "replace")
    data = output.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    written = [json.loads(line)["id"] for line in whole.splitlines()]
    assert 0 < len(written) < COUNT, "the run was not stopped half way"
    if signum != signal.SIGKILL:  # an orderly stop never leaves half a line
        assert data == whole

    resumed = subprocess.run(  # noqa: S603 (our own module)
        [*_command(corpus, output, "--jobs", "2"), "--resume"],
        capture_output=True,
        timeout=120,
        env=ENV,
        check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    lines = output.read_bytes().splitlines(keepends=True)
    assert all(line.endswith(b"\n") for line in lines)
    ids = [json.loads(line)["id"] for line in lines]
    expected = [str(corpus / f"{number:03d}.txt") for number in range(COUNT)]
    assert sorted(ids) == expected  # none lost, none twice
    assert ids[: len(written)] == written  # what was written stays as it was
