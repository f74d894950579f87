"""The ``chronik eval`` subcommand (wired into ``chronik.cli``; also ``python -m chronik.eval``)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from chronik.errors import ChronikError
from chronik.eval._score import Counts, Report, combine, score
from chronik.eval._system import Tagger, load_system, tag_gold
from chronik.io import GoldDocument, LoadError, iter_files, read_gold
from chronik.temporal.calendar import PartialDate

__all__ = ["format_report", "register", "run"]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``eval GOLD_DIR [GOLD_DIR ...] [--system DIR] [--errors] [--format text|json]``."""
    p = subparsers.add_parser(
        "eval",
        help="score TIMEX3 extents, types and values against TimeML gold (TempEval-3 definitions)",
        description="Score TIMEX3 annotation against TimeML gold with TempEval-3 definitions. Without"
        " --system, chronik tags the gold texts itself (with each document's DCT).",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD_DIR", help="directory of gold TimeML files (a corpus)")
    p.add_argument("--system", action="append", metavar="DIR",
                   help="another system's TimeML output, same file names as the gold; give it once, or"
                   " once per GOLD_DIR in the same order")
    p.add_argument("--errors", action="store_true", help="list every miss, spurious and wrong type/value")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--dct-grain", choices=("day", "month", "year"), default="day",
                   help="give the tagger each document date only to this grain (the seed is dated only"
                   " '2019-01': --dct-grain month scores what a user with such input gets)")


def _coarsen_dct(doc: GoldDocument, grain: str) -> GoldDocument:
    d = doc.dct
    if d is None or grain == "day":
        return doc
    coarse = PartialDate(d.year, d.month if grain == "month" else None)
    return dataclasses.replace(doc, dct=coarse)


def _corpus_name(path: Path) -> str:
    parts = path.resolve().parts
    return "/".join(parts[-2:]) if len(parts) >= 2 else str(path)


def run(args: argparse.Namespace, tagger: Tagger | None, *, out: TextIO | None = None,
        err: TextIO | None = None) -> int:
    """Run the evaluation; 0 on success, 1 if some gold file could not be read, 2 on a usage error."""
    out = out or sys.stdout
    err = err or sys.stderr
    gold_dirs = [Path(g) for g in args.gold]
    systems = [Path(s) for s in (args.system or [])]
    if systems and len(systems) not in (1, len(gold_dirs)):
        print(f"chronik eval: give --system once or once per GOLD_DIR ({len(gold_dirs)})", file=err)
        return 2
    if not systems and tagger is None:
        print("chronik eval: no tagger available here; pass --system DIR", file=err)
        return 2
    for path in [*gold_dirs, *systems]:
        if not path.is_dir():
            print(f"chronik eval: {path}: not a directory", file=err)
            return 2
    status = 0
    reports: list[Report] = []
    for n, gold_dir in enumerate(gold_dirs):
        gold: list[GoldDocument] = []
        for item in iter_files([gold_dir]):
            if not isinstance(item, LoadError) and item.suffix.lower() not in (".tml", ".xml"):
                continue  # a gold directory may hold the raw texts beside the TimeML (the seed does)
            if isinstance(item, LoadError):
                print(f"chronik eval: {item.message}", file=err)
                status = 1
                continue
            try:
                gold.append(read_gold(item))
            except ChronikError as exc:  # report the bad gold file and go on
                print(f"chronik eval: {exc}", file=err)
                status = 1
        name = _corpus_name(gold_dir)
        if systems:
            system_dir = systems[n] if len(systems) == len(gold_dirs) else systems[0]
            preds, problems = load_system(gold, system_dir)
            reports.append(score(gold, preds, corpus=name, problems=problems))
        else:
            assert tagger is not None
            inputs = [_coarsen_dct(doc, getattr(args, "dct_grain", "day")) for doc in gold]
            reports.append(score(gold, tag_gold(inputs, tagger), corpus=name))
    total = combine(reports) if len(reports) > 1 else reports[0]
    if args.format == "json":
        json.dump(total.as_dict(errors=args.errors), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_report(total, errors=args.errors))
    return status


def _table(title: str, c: Counts) -> list[str]:
    lines = [title, f"  {'':8} {'P':>6} {'R':>6} {'F1':>6}"]
    for row in ("strict", "relaxed", "type", "value"):
        s = getattr(c, f"{row}_scores")
        lines.append(f"  {row:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    lines.append(f"  gold {c.gold}, system {c.system}, strict matches {c.strict},"
                 f" relaxed matches {c.relaxed}, type correct {c.type_correct},"
                 f" value correct {c.value_correct}")
    return lines


def _by_type(r: Report) -> list[str]:
    lines = [f"  {'type':9} {'gold':>5} {'sys':>5} {'rel F1':>7} {'type F1':>7} {'val F1':>7}"]
    for kind, c in sorted(r.by_type.items()):
        lines.append(f"  {kind:9} {c.gold:5d} {c.system:5d} {c.relaxed_scores.f1:7.3f}"
                     f" {c.type_scores.f1:7.3f} {c.value_scores.f1:7.3f}")
    return lines


def _report_lines(r: Report) -> list[str]:
    lines = _table(f"== {r.corpus} ({len(r.docs)} documents)", r.counts)
    lines.append("  per gold TIMEX3 type (spurious timexes counted under their own type):")
    lines += _by_type(r)
    return lines


def format_report(r: Report, *, errors: bool = False) -> str:
    """The human-readable report: a table per corpus, per type, notes on quirks and problems."""
    lines: list[str] = []
    for part in r.parts or [r]:
        lines += _report_lines(part)
        lines.append("")
    if r.parts:
        lines += _report_lines(r)
        lines.append("")
    if r.normalized:
        lines.append("values normalized before comparison: "
                     + ", ".join(f"{k} ×{n}" for k, n in sorted(r.normalized.items())))
    if r.skipped:
        skipped = ", ".join(f"{k} ×{n}" for k, n in sorted(r.skipped.items()))
        lines.append(f"gold timexes not scored: {skipped}")
    if r.problems:
        lines.append(f"problems ({len(r.problems)}):")
        lines += [f"  {p}" for p in r.problems]
    if errors:
        lines.append(f"errors ({len(r.errors)}):")
        for e in r.errors:
            where = e.gold_span or e.system_span
            assert where is not None
            if e.kind == "miss":
                what = f"gold {e.gold_type} {e.gold_value!r}"
            elif e.kind == "spurious":
                what = f"system {e.system_type} {e.system_value!r}"
            else:
                what = (f"gold {e.gold_type} {e.gold_value!r} vs system {e.system_type} {e.system_value!r}"
                        f" (system span {e.system_span.start if e.system_span else '?'}–"
                        f"{e.system_span.end if e.system_span else '?'})")
            lines.append(f"  {e.kind:8} {e.doc_id} {where.start}–{where.end}: {what}")
            lines.append(f"           {e.context}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m chronik.eval GOLD_DIR ... --system DIR`` (scoring another system's output only)."""
    parser = argparse.ArgumentParser(prog="python -m chronik.eval")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(["eval", *(sys.argv[1:] if argv is None else argv)])
    return run(args, None)
