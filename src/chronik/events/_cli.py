"""``chronik events PATH... [--lang] [--dct] [--format json|jsonl|csv|table]``."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from chronik.errors import ChronikError
from chronik.events.model import Event

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser(
        "events", help="extract events (who did what to whom, where, when it happened)",
        description="Extract events from documents (plain text, TimeML, JSON, JSONL): CAMEO/PLOVER codes,"
        " actors, place, modality and the date the event happened.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    p.add_argument("--lang", help="language of the documents (default: detect)")
    p.add_argument("--dct", help="document date YYYY[-MM[-DD]] for documents without one")
    p.add_argument("--format", choices=("json", "jsonl", "csv", "table"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """0 on success, 1 if some document failed, 2 on a usage error."""
    import dataclasses

    from chronik._api import process
    from chronik.events.output import events_to_csv, events_to_json, events_to_jsonl, events_to_table
    from chronik.io import LoadError, iter_documents
    from chronik.temporal.calendar import PartialDate

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        dct = PartialDate.parse(args.dct) if args.dct else None
    except ChronikError as exc:
        print(f"chronik events: {exc}", file=err)
        return 2
    found: list[Event] = []
    failed = 0
    for doc in iter_documents(args.paths, lang=args.lang):
        if isinstance(doc, LoadError):
            print(f"chronik events: {doc.message}", file=err)
            failed += 1
            continue
        if dct is not None and (doc.dct is None or args.dct):
            doc = dataclasses.replace(doc, dct=dct)
        try:
            found.extend(process(doc).events)
        except ChronikError as exc:
            print(f"chronik events: {doc.id}: {exc}", file=err)
            failed += 1
    render = {"json": events_to_json, "jsonl": events_to_jsonl, "csv": events_to_csv,
              "table": events_to_table}[args.format]
    out.write(render(found))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chronik")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
