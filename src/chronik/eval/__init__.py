"""Evaluation of TIMEX3 annotation against TimeML gold with TempEval-3 definitions (``docs/eval.md``)."""

from chronik.eval._score import (
    Counts,
    DocScore,
    ErrorItem,
    Prediction,
    Report,
    Scores,
    combine,
    normalize_value,
    score,
)
from chronik.eval._system import Tagger, align_spans, load_system, tag_gold

__all__ = [
    "Counts",
    "DocScore",
    "ErrorItem",
    "Prediction",
    "Report",
    "Scores",
    "Tagger",
    "align_spans",
    "combine",
    "load_system",
    "normalize_value",
    "score",
    "tag_gold",
]
