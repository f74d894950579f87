"""JSON / JSONL documents in, and JSON / JSONL / terminal tables out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from chronik.errors import DateError, InputError
from chronik.model import Document, DocumentRecord, Timex
from chronik.temporal.calendar import PartialDate

__all__ = ["read_json", "read_jsonl", "record_to_dict", "records_to_json", "records_to_jsonl",
           "records_to_table"]


def _document(obj: object, where: str, source: str, default_id: str) -> Document:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a record must be a JSON object, not {type(obj).__name__}", source=source)
    rid = obj.get("id", default_id)
    name = f"{where} (id {rid!r})" if "id" in obj else where
    text = obj.get("text")
    if not isinstance(text, str):
        problem = "has no 'text'" if text is None else "has a 'text' that is not a string"
        raise InputError(f"{name} {problem}", source=source)
    dct: PartialDate | None = None
    date = obj.get("date")
    if date is not None:
        if not isinstance(date, str):
            raise DateError(f"{name}: 'date' must be a string YYYY[-MM[-DD]]", source=source)
        try:
            dct = PartialDate.parse(date)
        except DateError as exc:
            raise DateError(f"{name}: {exc.message}", source=source) from None
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputError(f"{name}: 'lang' must be a string", source=source)
    meta = {"source": source, "format": "json"}
    return Document(text=text, dct=dct, lang=lang, id=str(rid), meta=MappingProxyType(meta))


def read_json(text: str, source: str = "<json>") -> list[Document]:
    """Documents from a JSON object or a list of them: ``text``, optional ``id``, ``date``, ``lang``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                         source=source) from None
    stem = source.rsplit("/", 1)[-1]
    if isinstance(data, list):
        return [_document(obj, f"record {i + 1}", source, f"{stem}:{i + 1}") for i, obj in enumerate(data)]
    return [_document(data, "record 1", source, stem)]


def read_jsonl(text: str, source: str = "<jsonl>") -> list[Document]:
    """Documents from JSON lines (blank lines are skipped); errors name the line."""
    docs: list[Document] = []
    stem = source.rsplit("/", 1)[-1]
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"invalid JSON at line {n}, column {exc.colno}: {exc.msg}"
            raise InputError(message, source=source) from None
        docs.append(_document(obj, f"record at line {n}", source, f"{stem}:{n}"))
    return docs


# --------------------------------------------------------------------------------------------- writers


def _timex_dict(t: Timex) -> dict[str, Any]:
    r = t.resolution
    return {
        "tid": t.tid,
        "start": t.span.start,
        "end": t.span.end,
        "text": t.text,
        "type": str(r.type) if r else None,
        "value": r.value if r else None,
        "mod": str(r.mod) if r and r.mod else None,
        "quant": r.quant if r else None,
        "freq": r.freq if r else None,
        "rule": t.mention.rule,
        "interval": list(r.interval.iso()) if r and r.interval else None,
        "grain": r.grain.name.lower() if r and r.grain else None,
        "point": list(r.point.iso()) if r and r.point else None,
        "confidence": r.confidence if r else None,
        "anchor": str(r.anchor) if r and r.anchor else None,
    }


def record_to_dict(record: DocumentRecord) -> dict[str, Any]:
    """The JSON-ready form of a record (the schema is documented in ``docs/io.md``); with an
    ``events`` list when the record has events (``process(doc, events=True)``)."""
    d = record.dct
    out: dict[str, Any] = {
        "id": record.document.id,
        "lang": record.lang,
        "dct": {
            "given": str(d.given) if d.given else None,
            "used": str(d.used) if d.used else None,
            "inferred": d.inferred,
            "confidence": d.confidence,
            "evidence": list(d.evidence),
        },
        "timexes": [_timex_dict(t) for t in record.timexes],
    }
    if record.events:
        from chronik.events.output import event_to_dict  # lazy: tagging alone does not load the event layer

        out["events"] = [event_to_dict(e) for e in record.events]
    return out


def records_to_json(records: Iterable[DocumentRecord], *, indent: int | None = 2) -> str:
    """A JSON array with one object per document."""
    return json.dumps([record_to_dict(r) for r in records], ensure_ascii=False, indent=indent) + "\n"


def records_to_jsonl(records: Iterable[DocumentRecord]) -> str:
    """One JSON object per line and document."""
    return "".join(json.dumps(record_to_dict(r), ensure_ascii=False) + "\n" for r in records)


def _cell(value: object, width: int) -> str:
    s = "" if value is None else str(value).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


_COLUMNS: tuple[tuple[str, int], ...] = (
    ("tid", 5), ("start", 6), ("end", 6), ("text", 30), ("type", 8), ("value", 20), ("mod", 8), ("rule", 24),
)


def records_to_table(records: Iterable[DocumentRecord]) -> str:
    """A fixed-width plain-text table per document, for the terminal."""
    out: list[str] = []
    for record in records:
        d = record.dct
        dct = f"dct given {d.given or '-'}, used {d.used or '-'}" + (" (inferred)" if d.inferred else "")
        out.append(f"{record.document.id} [{record.lang}] {dct}")
        out.append("  ".join(name.ljust(w) for name, w in _COLUMNS).rstrip())
        for t in record.timexes:
            row: Mapping[str, Any] = _timex_dict(t)
            out.append("  ".join(_cell(row[name], w).ljust(w) for name, w in _COLUMNS).rstrip())
        if not record.timexes:
            out.append("(no temporal expressions)")
        out.append("")
    return "\n".join(out)
