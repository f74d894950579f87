"""``python -m chronik.events PATH... [--lang] [--dct] [--format]`` (same as ``chronik events``)."""

from __future__ import annotations

import sys

from chronik.cli import main

raise SystemExit(main(["events", *sys.argv[1:]]))
