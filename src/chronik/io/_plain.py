"""Plain-text documents with an optional ``date YYYY[-MM[-DD]]`` prefix.

The prefix may be preceded by whitespace and followed either by a line break or by whitespace with the
text continuing on the same line (the seed file reads `` date 2019-01 Kim Jong Un …``). The prefix is
removed: spans in :attr:`Document.text` are relative to the text after it, and
``meta["text_offset"]`` (a decimal string) is the number of characters removed, so that a caller can
map offsets back to the file.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from chronik.errors import DateError
from chronik.model import Document
from chronik.temporal.calendar import PartialDate

__all__ = ["read_plain", "split_date_prefix"]

_PREFIX = re.compile(r"\s*date[ \t]+(\d\S*)(?:[ \t]*(?:\r\n|\n|\r)|[ \t]+|$)")


def split_date_prefix(text: str, *, source: str | None = None) -> tuple[PartialDate | None, int]:
    """The date of a ``date …`` prefix (``None`` when there is none) and the length of the prefix."""
    m = _PREFIX.match(text)
    if not m:
        return None, 0
    try:
        return PartialDate.parse(m.group(1)), m.end()
    except DateError as exc:
        raise DateError(f"bad date in the 'date' line: {exc.message}", source=source) from None


def read_plain(text: str, source: str = "<text>", *, doc_id: str | None = None,
               lang: str | None = None, dct: PartialDate | None = None) -> Document:
    """A :class:`Document` from plain text; an explicit ``dct`` wins over the ``date`` prefix."""
    found, offset = split_date_prefix(text, source=source)
    meta = {"source": source, "format": "text", "text_offset": str(offset)}
    return Document(
        text=text[offset:],
        dct=dct or found,
        lang=lang,
        id=doc_id or source,
        meta=MappingProxyType(meta),
    )
