"""Reading another system's TimeML output and aligning it with the gold text."""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from chronik.errors import ChronikError
from chronik.eval._score import Prediction
from chronik.io import GoldDocument, read_gold
from chronik.model import Span

__all__ = ["Tagger", "align_spans", "load_system", "tag_gold"]

Tagger = Callable[[GoldDocument], Sequence[tuple[Span, str, str]]]


def align_spans(system_text: str, gold_text: str, spans: Sequence[Span]) -> list[Span] | None:
    """Map spans of ``system_text`` onto ``gold_text`` when the two differ only in whitespace.

    Returns ``None`` when the texts differ in anything else.
    """
    if system_text == gold_text:
        return list(spans)
    sys_pos = [i for i, c in enumerate(system_text) if not c.isspace()]
    gold_pos = [i for i, c in enumerate(gold_text) if not c.isspace()]
    if len(sys_pos) != len(gold_pos):
        return None
    if any(system_text[a] != gold_text[b] for a, b in zip(sys_pos, gold_pos, strict=True)):
        return None

    out: list[Span] = []
    for s in spans:
        first = bisect.bisect_left(sys_pos, s.start)
        last = bisect.bisect_left(sys_pos, s.end) - 1
        if first > last:  # a span of whitespace only: nothing to map it onto
            continue
        out.append(Span(gold_pos[first], gold_pos[last] + 1))
    return out


def load_system(
    gold: Sequence[GoldDocument], system_dir: str | os.PathLike[str]
) -> tuple[dict[str, list[Prediction]], dict[str, str]]:
    """Predictions per gold document id from the TimeML files of the same name in ``system_dir``.

    Returns the predictions and the problems per document id: a missing or unreadable system file
    (scored as empty), a text that differs from the gold beyond whitespace (scored as empty), a text
    that differs only in whitespace (offsets mapped; reported as a note).
    """
    root = Path(system_dir)
    preds: dict[str, list[Prediction]] = {}
    problems: dict[str, str] = {}
    for doc in gold:
        name = Path(doc.source).name
        path = root / name
        preds[doc.id] = []
        if not path.is_file():
            problems[doc.id] = f"system file {path} is missing (scored as empty)"
            continue
        try:
            sys_doc = read_gold(path)
        except ChronikError as exc:
            problems[doc.id] = f"system file unreadable, scored as empty: {exc}"
            continue
        timexes = sys_doc.scored_timexes
        spans = align_spans(sys_doc.text, doc.text, [t.span for t in timexes])
        if spans is None:
            problems[doc.id] = f"system text in {path} differs from the gold text (scored as empty)"
            continue
        if sys_doc.text != doc.text:
            problems[doc.id] = f"system text in {path} differs from the gold in whitespace only (mapped)"
            timexes = tuple(t for t in timexes if sys_doc.text[t.span.start:t.span.end].strip())
        preds[doc.id] = [Prediction(s, t.type, t.value) for s, t in zip(spans, timexes, strict=True)]
    return preds, problems


def tag_gold(gold: Sequence[GoldDocument], tagger: Tagger) -> dict[str, list[Prediction]]:
    """Predictions per gold document id from a tagger run on the gold texts (and DCTs)."""
    return {doc.id: [Prediction(*p) for p in tagger(doc)] for doc in gold}
