"""``python -m diplomatext``: the same command as ``diplomatext``."""

from __future__ import annotations

import sys

from diplomatext.cli import main

if __name__ == "__main__":
    sys.exit(main())
