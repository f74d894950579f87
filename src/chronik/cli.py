"""The ``chronik`` command line: ``tag``, ``events``, ``eval``, ``explain``, ``languages``.

Exit codes (the same for every subcommand):

    0  everything was processed
    2  bad usage (unknown option, missing path, impossible combination)
    3  bad input: at least one document could not be read or processed (the others were)
    4  internal error (a bug: please report it with the input that caused it)
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from chronik import _api
from chronik.errors import ChronikError, LanguageError, UsageError
from chronik.io import (
    GoldDocument,
    LoadError,
    iter_documents,
    iter_files,
    read_plain,
    records_to_json,
    records_to_jsonl,
    records_to_table,
    timeml_from_record,
)
from chronik.model import Document, DocumentRecord, Span
from chronik.temporal.calendar import PartialDate
from chronik.temporal.grammar.language import available_languages, load_language

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_INTERNAL = 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors: keep that, say it well
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", help="language code (de, en); detected per document when not given")
    p.add_argument("--dct", help="document date YYYY[-MM[-DD]]; overrides the date found in the input")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chronik", description="Time-anchored records of what happened, from dated news.")
    parser.add_argument("--version", action="version", version=f"chronik {_api._VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    tag = sub.add_parser("tag", help="find and resolve temporal expressions")
    tag.add_argument("paths", nargs="*", metavar="PATH",
                     help="files or directories (.txt with optional 'date YYYY-MM-DD' first line, .tml/.xml"
                     " TimeML, .json/.jsonl records); '-' or nothing reads standard input")
    _add_input_options(tag)
    tag.add_argument("--format", choices=("table", "json", "jsonl", "timeml"), default=None,
                     help="output format (default: table on a terminal, jsonl otherwise)")
    tag.add_argument("--out", metavar="DIR", help="write one output file per input file into DIR")
    tag.add_argument("--no-progress", action="store_true", help="no progress bar on directories")

    explain = sub.add_parser("explain", help="show how each expression in a text was found and resolved")
    explain.add_argument("text", nargs="?", help="the text (default: standard input)")
    _add_input_options(explain)

    sub.add_parser("languages", help="list the supported languages")

    from chronik.eval import _cli as eval_cli

    eval_cli.register(sub)

    from chronik.events import _cli as events_cli

    events_cli.register(sub)
    return parser


# --------------------------------------------------------------------------------------------------
# tag


def _override(doc: Document, lang: str | None, dct: PartialDate | None) -> Document:
    if lang is None and dct is None:
        return doc
    return Document(doc.text, dct if dct is not None else doc.dct, lang or doc.lang, doc.id, doc.meta)


def _stdin_documents(lang: str | None) -> Iterator[Document | LoadError]:
    data = sys.stdin.buffer.read()
    from chronik.io import read_text

    try:
        text = read_text(data, source="<stdin>")
        yield read_plain(text, "<stdin>", doc_id="stdin", lang=lang)
    except ChronikError as exc:
        yield LoadError(Path("<stdin>"), exc)


def _output_name(doc: Document, root_inputs: Sequence[Path]) -> Path:
    source = doc.meta.get("source")
    fmt = doc.meta.get("format")
    if source and fmt in ("text", "timeml"):
        path = Path(source)
        for root in root_inputs:
            if root.is_dir():
                try:
                    return path.relative_to(root)
                except ValueError:
                    continue
        return Path(path.name)
    return Path(f"{doc.id}.tml")


def _render(records: list[DocumentRecord], fmt: str) -> str:
    if fmt == "json":
        return records_to_json(records)
    if fmt == "jsonl":
        return records_to_jsonl(records)
    if fmt == "timeml":
        return "".join(timeml_from_record(r) for r in records)
    return records_to_table(records)


def _progress(total: int, enabled: bool, label: str) -> Any:
    if not enabled or total <= 1:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=None, transient=True)
    progress.start()
    return progress


class _Batch:
    """The documents a command reads (PATHs, or standard input for ``-`` or none), each processed once.

    A progress bar runs on stderr over the input files when there are several and stderr is a terminal;
    a file that cannot be read and a document that cannot be processed are reported by name and skipped,
    the others go on; :attr:`status` keeps the worst exit code (bad input 3, internal error 4)."""

    def __init__(self, command: str, args: argparse.Namespace, err: TextIO) -> None:
        self.command, self.err = command, err
        self.lang: str | None = args.lang
        self.dct = PartialDate.parse(args.dct) if args.dct else None
        if self.lang:
            load_language(self.lang)  # an unknown --lang is a usage error before anything is read
        self.paths = [p for p in args.paths if p != "-"]
        for p in self.paths:
            if not Path(p).exists():
                raise UsageError(f"{p}: no such file or directory")
        self.show_progress = not getattr(args, "no_progress", False) and err.isatty()
        self.status = EXIT_OK

    def _skip(self, what: str, exc: BaseException, status: int, prefix: str = "skipped") -> None:
        print(f"chronik {self.command}: {prefix} {what}{exc}", file=self.err)
        self.status = max(self.status, status)

    def records(self, *, events: bool, merge: bool = True) -> Iterator[tuple[Document, DocumentRecord]]:
        if self.paths:
            n_files = sum(1 for _ in iter_files(self.paths))
            source: Iterator[Document | LoadError] = iter_documents(self.paths, lang=self.lang)
        else:
            n_files = 1
            source = _stdin_documents(self.lang)
        progress = _progress(n_files, self.show_progress, "tagging" if not events else "events")
        task = progress.add_task(self.command, total=n_files) if progress else None
        last_source: str | None = None
        try:
            for item in source:
                if isinstance(item, LoadError):
                    where = "" if str(item.path) in str(item.error) else f"{item.path}: "
                    self._skip(where, item.error, EXIT_BAD_INPUT)
                    if progress is not None and task is not None:
                        progress.advance(task)
                    continue
                doc = _override(item, self.lang, self.dct)
                name = f"{doc.meta.get('source', doc.id)} ({doc.id}): "
                try:
                    # tagging alone does not pay for events
                    record = _api.process(doc, events=events, merge_events=merge)
                except ChronikError as exc:
                    self._skip(name, exc, EXIT_BAD_INPUT)
                    continue
                except Exception as exc:  # a bug: report it for this document and go on with the others
                    self._skip(f"{name}{type(exc).__name__}: ", exc, EXIT_INTERNAL, "internal error on")
                    continue
                src = doc.meta.get("source")
                if progress is not None and task is not None and src != last_source:
                    progress.advance(task)
                    last_source = src
                yield doc, record
        finally:
            if progress is not None:
                progress.stop()


def _cmd_tag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = args.format or ("table" if out.isatty() and not args.out else "jsonl")
    if args.out and fmt == "table":
        raise UsageError("--out writes files: choose --format json, jsonl or timeml")
    batch = _Batch("tag", args, err)
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    records: list[DocumentRecord] = []
    for doc, record in batch.records(events=False):
        if out_dir is None:
            records.append(record)
            if fmt in ("jsonl", "timeml"):  # streamed, one document at a time
                out.write(_render(records, fmt))
                records.clear()
            continue
        target = out_dir / _output_name(doc, [Path(p) for p in batch.paths])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_render([record], fmt), encoding="utf-8")
    if records:
        out.write(_render(records, fmt))
    return batch.status


def _cmd_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronik.events.output import events_to_csv, events_to_json, events_to_jsonl, events_to_table

    batch = _Batch("events", args, err)
    found: list[Any] = []
    first = True
    for _doc, record in batch.records(events=True, merge=not args.mentions):
        if args.format in ("json",):
            found.extend(record.events)  # one JSON array: written at the end
            continue
        if args.format == "jsonl":  # the others are streamed, one document at a time
            out.write(events_to_jsonl(record.events))
        elif args.format == "csv":
            out.write(events_to_csv(record.events, header=first))
        else:
            out.write(events_to_table(record.events, header=first))
        first = False
    if args.format == "json":
        out.write(events_to_json(found))
    elif first and args.format in ("csv", "table"):  # no document: still the header
        out.write(events_to_csv([]) if args.format == "csv" else events_to_table([]))
    return batch.status


# --------------------------------------------------------------------------------------------------
# explain, languages, eval


def _describe(value: object) -> str:
    """A value with only the fields that are set: ``Fields(weekday=3)``, ``Cycle(grain=DAY, offset=-1)``."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return repr(value)
    parts = []
    for f in dataclasses.fields(value):
        v = getattr(value, f.name)
        if f.default is not dataclasses.MISSING and v == f.default:
            continue
        shown = v.name if isinstance(v, enum.Enum) else _describe(v)
        parts.append(f"{f.name}={shown}")
    return f"{type(value).__name__}({', '.join(parts)})"


def _cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    text = args.text if args.text is not None else sys.stdin.read()
    doc = read_plain(text, "<argument>", doc_id="text", lang=args.lang)
    doc = _override(doc, args.lang, PartialDate.parse(args.dct) if args.dct else None)
    record = _api.process(doc, events=False)
    d = record.dct
    print(f"language {record.lang}; document date given {d.given or '-'}, used {d.used or '-'}"
          + (f" (inferred, confidence {d.confidence:.2f})" if d.inferred else ""), file=out)
    for reason in d.evidence:
        print(f"  evidence: {reason}", file=out)
    if not record.timexes:
        print("no temporal expression found", file=out)
    for t in record.timexes:
        r = t.resolution
        print(f"\n{t.tid} [{t.span.start}:{t.span.end}] {t.text!r}", file=out)
        print(f"  rule      {' > '.join(t.mention.derivation) or t.mention.rule}", file=out)
        print(f"  meaning   {_describe(t.mention.value)}", file=out)
        if r is None:
            print("  resolved  (not resolved)", file=out)
            continue
        attrs = " ".join(f"{k}={v}" for k, v in (("mod", r.mod), ("quant", r.quant), ("freq", r.freq)) if v)
        print(f"  TIMEX3    type={r.type} value={r.value} {attrs}".rstrip(), file=out)
        if r.interval:
            print(f"  interval  [{r.interval.start.isoformat()}, {r.interval.end.isoformat()}) "
                  f"grain {r.grain.name.lower() if r.grain else '-'}", file=out)
        if r.point:
            print(f"  point     [{r.point.start.isoformat()}, {r.point.end.isoformat()})", file=out)
        if r.anchor:
            print(f"  anchor    {r.anchor} = {r.anchor_value}", file=out)
        print(f"  confidence {r.confidence:.2f}" + (f" ({r.note})" if r.note else ""), file=out)
    return EXIT_OK


def _cmd_languages(out: TextIO) -> int:
    for code in available_languages():
        print(f"{code}  {load_language(code).name}", file=out)
    return EXIT_OK


def _eval_tagger(doc: GoldDocument) -> list[tuple[Span, str, str]]:
    record = _api.process(doc.as_document(), events=False)
    return [(t.span, str(t.type), t.value or "") for t in record.timexes if t.resolution is not None]


def _cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronik.eval import _cli as eval_cli

    code = eval_cli.run(args, _eval_tagger, out=out, err=err)
    return {0: EXIT_OK, 1: EXIT_BAD_INPUT, 2: EXIT_USAGE}.get(code, EXIT_INTERNAL)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "tag":
            return _cmd_tag(args, out, err)
        if args.command == "explain":
            return _cmd_explain(args, out, err)
        if args.command == "languages":
            return _cmd_languages(out)
        if args.command == "eval":
            return _cmd_eval(args, out, err)
        if args.command == "events":
            return _cmd_events(args, out, err)
        raise UsageError(f"unknown command {args.command!r}")
    except UsageError as exc:
        print(f"chronik: {exc}", file=err)
        return EXIT_USAGE
    except LanguageError as exc:
        print(f"chronik: {exc}", file=err)
        return EXIT_USAGE if getattr(args, "lang", None) else EXIT_BAD_INPUT
    except ChronikError as exc:
        print(f"chronik: {exc}", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("chronik: interrupted", file=err)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("CHRONIK_DEBUG"):
            raise
        print(f"chronik: internal error: {type(exc).__name__}: {exc} (set CHRONIK_DEBUG=1 for a traceback;"
              " please report it)", file=err)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
