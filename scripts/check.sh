#!/usr/bin/env bash
# Install the test dependencies into .venv and run every check of the project:
# ruff (lint and format), mypy --strict, the Sphinx build with warnings as errors,
# and pytest (unit tests, hypothesis properties, doctests of the package and of
# the docs, and every script in examples/). CI runs exactly this (.ci/run).
set -uo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv || exit 1
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]' || exit 1

failed=()
step() {
    echo "::: $*"
    "$@" || failed+=("$1 $2 $3")
}
step .venv/bin/python -m ruff check .
step .venv/bin/python -m ruff format --check .
step .venv/bin/python -m mypy
step .venv/bin/python -m sphinx -W --keep-going -q -b html docs docs/_build/html
step .venv/bin/python -m pytest

if [ ${#failed[@]} -gt 0 ]; then
    printf 'FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "all checks passed"
