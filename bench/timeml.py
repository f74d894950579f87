"""A minimal, tolerant TimeML reader and writer for the harness (private; chronik.io is preferred).

Reader: the TEXT content with every tag stripped and XML entities decoded, plus the DCT value.
Writer: the same TEXT with inline TIMEX3 tags, the gold's DCT, ``&``/``<``/``>`` escaped as in the gold.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from bench.types import PeerTimex

_TEXT = re.compile(r"<TEXT[^>]*>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue=\"([^\"]*)\"", re.S)
_DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.S)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str  # file name, kept for the system output
    docid: str
    text: str  # TEXT content, tags stripped, entities decoded
    dct: str | None  # the gold DCT value
    timexes: tuple[PeerTimex, ...] = ()  # gold TIMEX3 with extent, offsets into ``text``


def strip_tags(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


_ANY_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r"([\w:-]+)=\"([^\"]*)\"")


def parse_inline(fragment: str) -> tuple[str, list[PeerTimex]]:
    """Plain text (entities decoded) and the TIMEX3 extents of a TEXT element; other tags dropped,
    empty (non-consuming) TIMEX3 tags ignored."""
    plain: list[str] = []
    n = 0
    pos = 0
    stack: list[tuple[int, dict[str, str]]] = []
    out: list[PeerTimex] = []
    for m in _ANY_TAG.finditer(fragment):
        chunk = html.unescape(fragment[pos : m.start()])
        plain.append(chunk)
        n += len(chunk)
        pos = m.end()
        closing, name, attrs, empty = m.groups()
        if name != "TIMEX3" or empty:
            continue
        if closing:
            if stack:
                start, a = stack.pop()
                if n > start:
                    out.append(PeerTimex(start, n, a.get("type", ""), a.get("value", "")))
        else:
            stack.append((n, dict(_ATTR.findall(attrs))))
    plain.append(html.unescape(fragment[pos:]))
    return "".join(plain), sorted(out, key=lambda t: (t.start, t.end))


def read_gold(path: Path) -> GoldDoc:
    raw = path.read_text(encoding="utf-8")
    m = _TEXT.search(raw)
    text, timexes = parse_inline(m.group(1)) if m else ("", [])
    d = _DCT.search(raw)
    i = _DOCID.search(raw)
    return GoldDoc(
        name=path.name,
        docid=i.group(1).strip() if i else path.stem,
        text=text,
        dct=d.group(1) if d else None,
        timexes=tuple(timexes),
    )


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def render_timeml(text: str, timexes: list[PeerTimex], dct: str | None, docid: str) -> str:
    """TimeML with inline TIMEX3 tags. Overlapping or out-of-range timexes are dropped (first wins)."""
    kept: list[PeerTimex] = []
    last_end = 0
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if t.start < last_end or t.end > len(text) or t.start >= t.end:
            continue
        kept.append(t)
        last_end = t.end
    out: list[str] = []
    pos = 0
    for n, t in enumerate(kept, start=1):
        out.append(_esc(text[pos : t.start]))
        out.append(f'<TIMEX3 tid="t{n}" type="{_attr(t.type)}" value="{_attr(t.value)}">')
        out.append(_esc(text[t.start : t.end]))
        out.append("</TIMEX3>")
        pos = t.end
    out.append(_esc(text[pos:]))
    dct_xml = ""
    if dct is not None:
        dct_xml = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_attr(dct)}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{_esc(dct)}</TIMEX3></DCT>\n'
        )
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{_esc(docid)}</DOCID>\n{dct_xml}<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n"
    )


def write_timeml(
    path: Path, text: str, timexes: list[PeerTimex], dct: str | None, docid: str
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_timeml(text, timexes, dct, docid), encoding="utf-8")
