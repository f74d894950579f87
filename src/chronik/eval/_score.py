"""TempEval-3 scoring of TIMEX3 extents, types and values (DESIGN.md §8, ``docs/eval.md``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from chronik.io import GoldDocument
from chronik.model import Span

__all__ = [
    "Counts",
    "DocScore",
    "ErrorItem",
    "Prediction",
    "Report",
    "Scores",
    "combine",
    "normalize_value",
    "score",
]


class Prediction(NamedTuple):
    """One system TIMEX3: extent, type and value."""

    span: Span
    type: str
    value: str


class Scores(NamedTuple):
    precision: float
    recall: float
    f1: float


def _prf(correct: int, system: int, gold: int) -> Scores:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f)


@dataclass(slots=True)
class Counts:
    """Raw counts; every figure of the report derives from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_correct += other.type_correct
        self.value_correct += other.value_correct

    @property
    def strict_scores(self) -> Scores:
        return _prf(self.strict, self.system, self.gold)

    @property
    def relaxed_scores(self) -> Scores:
        return _prf(self.relaxed, self.system, self.gold)

    @property
    def type_scores(self) -> Scores:
        return _prf(self.type_correct, self.system, self.gold)

    @property
    def value_scores(self) -> Scores:
        return _prf(self.value_correct, self.system, self.gold)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold": self.gold, "system": self.system, "strict_matches": self.strict,
            "relaxed_matches": self.relaxed, "type_correct": self.type_correct,
            "value_correct": self.value_correct,
        }
        for name in ("strict", "relaxed", "type", "value"):
            s: Scores = getattr(self, f"{name}_scores")
            out[name] = {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                         "f1": round(s.f1, 4)}
        return out


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """A miss (gold without match), spurious (system without match), or wrong ``type``/``value``."""

    kind: str
    doc_id: str
    gold_span: Span | None
    system_span: Span | None
    gold_type: str | None
    system_type: str | None
    gold_value: str | None
    system_value: str | None
    context: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "doc": self.doc_id,
            "gold": None if self.gold_span is None else
            {"start": self.gold_span.start, "end": self.gold_span.end, "type": self.gold_type,
             "value": self.gold_value},
            "system": None if self.system_span is None else
            {"start": self.system_span.start, "end": self.system_span.end, "type": self.system_type,
             "value": self.system_value},
            "context": self.context,
        }


@dataclass(slots=True)
class DocScore:
    doc_id: str
    counts: Counts
    problem: str | None = None


@dataclass(slots=True)
class Report:
    """Scores per corpus, per document, per gold TIMEX3 type, and overall, with the errors."""

    corpus: str
    counts: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    docs: list[DocScore] = field(default_factory=list)
    errors: list[ErrorItem] = field(default_factory=list)
    normalized: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    parts: list[Report] = field(default_factory=list)

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "corpus": self.corpus,
            "overall": self.counts.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "normalized": dict(sorted(self.normalized.items())),
            "skipped": dict(sorted(self.skipped.items())),
            "problems": list(self.problems),
        }
        if self.parts:
            out["corpora"] = [p.as_dict(errors=errors) for p in self.parts]
        else:
            out["documents"] = [{"id": d.doc_id, **d.counts.as_dict(), "problem": d.problem}
                                for d in self.docs]
        if errors:
            out["errors"] = [e.as_dict() for e in self.errors]
        return out


_CLOCK_DOT = re.compile(r"T(\d{2})\.(\d{2})")


def normalize_value(value: str) -> tuple[str, list[str]]:
    """The value with known gold quirks normalized, and the names of the normalizations applied.

    Only two: surrounding/inner whitespace is removed (``"2014-H2 "``) and a dotted clock time
    ``T20.30`` becomes ``T20:30``. Nothing else is loosened.
    """
    applied: list[str] = []
    v = re.sub(r"\s+", "", value)
    if v != value:
        applied.append("whitespace stripped")
    w = _CLOCK_DOT.sub(r"T\1:\2", v)
    if w != v:
        applied.append("T20.30 -> T20:30")
    return w, applied


def _context(text: str, spans: Sequence[Span], width: int = 40) -> str:
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s", " ", f"{left}[{text[start:end]}]{right}")


def _match(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: pairs with the largest overlap first, ties by text position."""
    pairs: list[tuple[int, int, int, int, int]] = []
    for j, s in enumerate(system):
        for i, g in enumerate(gold):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, g.start, s.start, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, _, _, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            out.append((i, j))
    return sorted(out)


def _as_prediction(p: Prediction | tuple[Span, str, str]) -> Prediction:
    return p if isinstance(p, Prediction) else Prediction(*p)


def score(
    gold: Iterable[GoldDocument],
    system: Mapping[str, Sequence[Prediction | tuple[Span, str, str]]],
    *,
    corpus: str = "corpus",
    problems: Mapping[str, str] | None = None,
) -> Report:
    """Score ``system`` (predictions per gold document id) against ``gold``.

    A document missing from ``system`` counts as having no predictions and is reported as a problem.
    ``problems`` lets the caller attach what went wrong with a document's system output (missing file,
    different text); those documents are scored with whatever predictions ``system`` holds for them.
    """
    report = Report(corpus)
    problems = dict(problems or {})
    for doc in gold:
        if doc.id not in system and doc.id not in problems:
            problems[doc.id] = "no system output (scored as empty)"
        preds = [_as_prediction(p) for p in system.get(doc.id, ())]
        counts = _score_doc(doc, preds, report)
        problem = problems.get(doc.id)
        if problem:
            report.problems.append(f"{doc.id}: {problem}")
        report.docs.append(DocScore(doc.id, counts, problem))
        report.counts.add(counts)
    return report


def _score_doc(doc: GoldDocument, preds: list[Prediction], report: Report) -> Counts:
    for t in doc.timexes:
        if not t.scored:
            reason = "empty TIMEX3 outside TEXT" if not t.in_text else "non-consuming TIMEX3"
            report.skipped[reason] += 1
    golds = sorted(doc.scored_timexes, key=lambda t: (t.span.start, t.span.end))
    preds = sorted(preds, key=lambda p: (p.span.start, p.span.end))
    counts = Counts(gold=len(golds), system=len(preds))
    by_type = report.by_type
    first_error = len(report.errors)

    def bucket(kind: str) -> Counts:
        return by_type.setdefault(kind.strip().upper() or "?", Counts())

    for t in golds:
        bucket(t.type).gold += 1
    exact_gold = Counter(t.span for t in golds)
    exact_sys = Counter(p.span for p in preds)
    counts.strict = sum(min(n, exact_sys[s]) for s, n in exact_gold.items())
    matches = _match([t.span for t in golds], [p.span for p in preds])
    matched_g = {i for i, _ in matches}
    matched_s = {j for _, j in matches}
    for i, j in matches:
        g, p = golds[i], preds[j]
        b = bucket(g.type)
        b.system += 1
        b.relaxed += 1
        if g.span == p.span:
            b.strict += 1
        counts.relaxed += 1
        gv, applied = normalize_value(g.value)
        for a in applied:
            report.normalized[f"gold: {a}"] += 1
        sv, applied = normalize_value(p.value)
        for a in applied:
            report.normalized[f"system: {a}"] += 1
        type_ok = g.type.strip().upper() == p.type.strip().upper()
        value_ok = gv == sv
        if type_ok:
            counts.type_correct += 1
            b.type_correct += 1
        else:
            report.errors.append(_error("type", doc, g.span, p, g.type, g.value))
        if value_ok:
            counts.value_correct += 1
            b.value_correct += 1
        else:
            report.errors.append(_error("value", doc, g.span, p, g.type, g.value))
    for i, g in enumerate(golds):
        if i not in matched_g:
            report.errors.append(_error("miss", doc, g.span, None, g.type, g.value))
    for j, p in enumerate(preds):
        if j not in matched_s:
            bucket(p.type).system += 1
            report.errors.append(_error("spurious", doc, None, p, None, None))
    report.errors[first_error:] = sorted(report.errors[first_error:], key=_error_position)
    return counts


def _error_position(e: ErrorItem) -> tuple[int, int]:
    span = e.gold_span or e.system_span
    assert span is not None
    return span.start, span.end


def _error(kind: str, doc: GoldDocument, gold_span: Span | None, pred: Prediction | None,
           gold_type: str | None, gold_value: str | None) -> ErrorItem:
    spans = [s for s in (gold_span, pred.span if pred else None) if s is not None]
    return ErrorItem(
        kind=kind, doc_id=doc.id, gold_span=gold_span, system_span=pred.span if pred else None,
        gold_type=gold_type, system_type=pred.type if pred else None, gold_value=gold_value,
        system_value=pred.value if pred else None, context=_context(doc.text, spans),
    )


def combine(reports: Sequence[Report], corpus: str = "overall") -> Report:
    """The overall report of several corpora (counts summed: micro-averaged)."""
    out = Report(corpus, parts=list(reports))
    for r in reports:
        out.counts.add(r.counts)
        for k, c in r.by_type.items():
            out.by_type.setdefault(k, Counts()).add(c)
        out.docs.extend(r.docs)
        out.errors.extend(r.errors)
        out.normalized.update(r.normalized)
        out.skipped.update(r.skipped)
        out.problems.extend(f"{r.corpus}: {p}" for p in r.problems)
    return out
