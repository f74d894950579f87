"""The ``chronik events`` subcommand's arguments (the command itself runs in :mod:`chronik.cli`, through
the same batch reader as ``chronik tag``)."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser(
        "events", help="extract events (who did what to whom, where, when it happened)",
        description="Extract events from documents (plain text, TimeML, JSON, JSONL): CAMEO/PLOVER codes,"
        " actors, place, modality and the date the event happened. jsonl, csv and table are written"
        " document by document; json as one array at the end.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories; '-' or nothing reads standard input")
    p.add_argument("--lang", help="language code (de, en); detected per document when not given")
    p.add_argument("--dct", help="document date YYYY[-MM[-DD]]; overrides the date found in the input")
    p.add_argument("--format", choices=("json", "jsonl", "csv", "table"), default="table")
    p.add_argument("--mentions", action="store_true",
                   help="one record per trigger mention instead of one per event (mentions of the same"
                   " event are merged by default)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on directories")
