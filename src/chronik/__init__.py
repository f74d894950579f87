"""chronik: time-anchored records of what happened, from dated news articles.

    >>> import chronik
    >>> [(t.text, t.value) for t in chronik.tag("Kim reiste am Mittwoch ab.", lang="de", dct="2019-01-10")]
    [('Mittwoch', '2019-01-09')]
"""

from chronik._api import detect_language, process, tag
from chronik.errors import (
    BinaryInputError,
    ChronikError,
    DateError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    LanguageError,
    LexiconError,
    TimeMLError,
    UsageError,
)
from chronik.model import DctInfo, Document, DocumentRecord, Mention, Resolution, Span, Timex
from chronik.temporal.calendar import Interval, PartialDate
from chronik.temporal.context import ReferenceContext
from chronik.temporal.grammar.language import available_languages
from chronik.temporal.resolve import resolve

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError",
    "ChronikError",
    "DateError",
    "DctInfo",
    "Document",
    "DocumentRecord",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "InputTooLargeError",
    "Interval",
    "LanguageError",
    "LexiconError",
    "Mention",
    "PartialDate",
    "ReferenceContext",
    "Resolution",
    "Span",
    "TimeMLError",
    "Timex",
    "UsageError",
    "__version__",
    "available_languages",
    "detect_language",
    "process",
    "resolve",
    "tag",
]
