"""Event records as dicts, JSON, JSONL, CSV and a terminal table (one record per event, or per mention
when extracted with ``merge=False``; ``mentions`` lists the trigger spans either way)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from chronik.events.model import Event, EventActor

__all__ = ["event_to_dict", "events_to_csv", "events_to_json", "events_to_jsonl", "events_to_table"]


def _actor(a: EventActor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"id": a.id, "name": a.name, "text": a.text, "start": a.span.start if a.span else None,
            "end": a.span.end if a.span else None, "country": a.country}


def event_to_dict(e: Event) -> dict[str, Any]:
    """The JSON-ready form of one event (schema in ``docs/events.md``)."""
    r = e.reported
    return {
        "id": e.id, "doc_id": e.doc_id, "start": e.span.start, "end": e.span.end, "trigger": e.trigger,
        "lemma": e.lemma, "cameo": e.cameo, "cameo_name": e.cameo_name, "plover": e.plover,
        "source": _actor(e.source), "target": _actor(e.target), "location": _actor(e.location),
        "modality": str(e.modality), "condition": e.condition,
        "reported": None if r is None else {"verb": r.verb, "start": r.span.start, "end": r.span.end,
                                            "speaker": _actor(r.speaker), "source": _actor(r.source)},
        "when": list(e.when.iso()) if e.when else None, "grain": e.grain.name.lower() if e.grain else None,
        "value": e.value, "date_source": str(e.date_source), "timex": e.timex,
        "reported_on": list(e.reported_on.iso()) if e.reported_on else None,
        "confidence": e.confidence, "sentence": [e.sentence.start, e.sentence.end], "evidence": e.evidence,
        "notes": list(e.notes), "mentions": [[m.start, m.end] for m in e.mentions],
    }


def events_to_json(events: Iterable[Event], *, indent: int | None = 2) -> str:
    return json.dumps([event_to_dict(e) for e in events], ensure_ascii=False, indent=indent) + "\n"


def events_to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n" for e in events)


_CSV = ("doc_id", "id", "start", "end", "trigger", "cameo", "plover", "source_id", "source", "target_id",
        "target", "location", "modality", "value", "grain", "date_source", "reported_on", "confidence",
        "condition", "evidence", "mentions")


def _row(e: Event) -> list[object]:
    return [e.doc_id, e.id, e.span.start, e.span.end, e.trigger, e.cameo, e.plover,
            e.source.id if e.source else "", e.source.name if e.source else "",
            e.target.id if e.target else "", e.target.name if e.target else "",
            e.location.name if e.location else "", str(e.modality), e.value or "",
            e.grain.name.lower() if e.grain else "", str(e.date_source),
            e.reported_on.start.date().isoformat() if e.reported_on else "", e.confidence, e.condition or "",
            e.evidence, ";".join(f"{m.start}-{m.end}" for m in e.mentions)]


def events_to_csv(events: Iterable[Event], *, header: bool = True) -> str:
    """CSV rows (columns in ``_CSV``); ``header=False`` for the rows of a later document of a stream."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(_CSV)
    for e in events:
        w.writerow(_row(e))
    return buf.getvalue()


def _cell(value: object, width: int) -> str:
    s = "" if value is None else str(value).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def events_to_table(events: Iterable[Event], *, header: bool = True) -> str:
    """A fixed-width, readable view: when, who, what, whom, where, modality, the representative trigger
    and the number of mentions ``n`` (``header=False``: the rows only, for a later document of a
    stream)."""
    cols = (("when", 36), ("src", 8), ("source", 16), ("code", 5), ("what", 18), ("target", 16),
            ("where", 10), ("modality", 12), ("trigger", 14), ("n", 2))
    lines = ["  ".join(name.ljust(w) for name, w in cols)] if header else []
    for e in events:
        when = e.value or "?"
        if e.date_source.value not in ("timex",):
            when = f"{when} ({e.date_source.value})"
        vals = (when, e.plover, e.source.name if e.source else "", e.cameo, e.cameo_name,
                e.target.name if e.target else "", e.location.name if e.location else "",
                str(e.modality), e.trigger, len(e.mentions))
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(vals, cols, strict=True)))
    return "".join(line + "\n" for line in lines)
