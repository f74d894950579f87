"""Reading and writing documents: safe text loading, TimeML, plain text, JSON/JSONL, tables.

Spans always point into the text as read: line ends are never normalized, only a byte-order mark and
(plain text) a ``date …`` prefix are removed (see :func:`read_plain`).
"""

from chronik.io._batch import LoadError, LoadResult, iter_documents, iter_files, read_documents, read_gold
from chronik.io._gold import GoldDocument, GoldEvent, GoldTimex
from chronik.io._json import (
    read_json,
    read_jsonl,
    record_to_dict,
    records_to_json,
    records_to_jsonl,
    records_to_table,
)
from chronik.io._plain import read_plain, split_date_prefix
from chronik.io._text import DEFAULT_MAX_BYTES, read_text
from chronik.io._timeml import parse_dct_value, read_timeml, timeml_from_record, write_timeml

__all__ = [
    "DEFAULT_MAX_BYTES",
    "GoldDocument",
    "GoldEvent",
    "GoldTimex",
    "LoadError",
    "LoadResult",
    "iter_documents",
    "iter_files",
    "parse_dct_value",
    "read_documents",
    "read_gold",
    "read_json",
    "read_jsonl",
    "read_plain",
    "read_text",
    "read_timeml",
    "record_to_dict",
    "records_to_json",
    "records_to_jsonl",
    "records_to_table",
    "split_date_prefix",
    "timeml_from_record",
    "write_timeml",
]
