"""TimeML reading and writing.

The reader is a tolerant scanner over tags (regular expressions, not an XML DOM): offsets are exact,
entities are unescaped with offsets relative to the unescaped text, and the quirks of real corpora
survive (empty TIMEX3 tags, TIMEX3 after ``</TEXT>``, nested EVENT/TIMEX3, single or double quotes,
attributes in any order, odd values kept raw).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from chronik.errors import DateError, TimeMLError
from chronik.io._gold import GoldDocument, GoldEvent, GoldTimex
from chronik.model import DocumentRecord, Span
from chronik.temporal.calendar import PartialDate
from chronik.temporal.values import Duration, Recurrence

__all__ = ["parse_dct_value", "read_timeml", "timeml_from_record", "write_timeml"]

_TAG = re.compile(
    r"<!--.*?-->"  # comment
    r"|<!\[CDATA\[.*?\]\]>"  # CDATA (kept as text)
    r"|<[?!][^>]*>"  # declaration, doctype
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]*)(?P<attrs>(?:\s+[^<>]*?)?)\s*(?P<empty>/)?>",
    re.DOTALL,
)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|amp|lt|gt|quot|apos);")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?=$|T|\s)")

_LINK_NAMES = frozenset({"TLINK", "SLINK", "ALINK", "MLINK"})


def _unescape(raw: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), raw)


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def parse_dct_value(value: str, *, source: str | None = None) -> PartialDate:
    """The date part of a DCT value: ``2019-01-10``, ``19980108``, ``2019-01-10T08:00`` or ``2019-01``."""
    v = value.strip()
    m = _COMPACT_DATE.match(v)
    if m:
        v = f"{m.group(1)}-{m.group(2)}-{m.group(3)}{v[m.end():]}"
    try:
        return PartialDate.parse(v)
    except DateError as exc:
        raise DateError(f"bad DCT value {value!r}: {exc.message}", source=source) from None


@dataclass(slots=True)
class _Open:
    name: str
    attrs: dict[str, str]
    start: int  # offset in the output text
    line: int


@dataclass(slots=True)
class _Scan:
    raw: str
    source: str
    newlines: list[int] = field(default_factory=list)

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self.newlines, pos - 1) + 1 if pos else 1

    def error(self, message: str, pos: int) -> TimeMLError:
        return TimeMLError(f"line {self.line(pos)}: {message}", source=self.source)


def read_timeml(text: str, source: str = "<timeml>") -> GoldDocument:
    """Parse TimeML text into a :class:`GoldDocument` (see the module docstring for what survives).

    Raises :class:`TimeMLError` (file and line) for a missing, unclosed or repeated ``<TEXT>`` and for
    unbalanced tags inside it, :class:`DateError` for a DCT value that is not a date.
    """
    scan = _Scan(text, source, [m.start() for m in re.finditer("\n", text)])
    tags = list(_TAG.finditer(text))

    text_open: re.Match[str] | None = None
    text_close: re.Match[str] | None = None
    for m in tags:
        if m.group("name") == "TEXT":
            if m.group("empty"):
                raise scan.error("empty <TEXT/> element", m.start())
            if m.group("close"):
                if text_open is None:
                    raise scan.error("</TEXT> without <TEXT>", m.start())
                if text_close is not None:
                    raise scan.error("a second </TEXT>", m.start())
                text_close = m
            else:
                if text_open is not None:
                    raise scan.error("a second <TEXT> (only one is allowed)", m.start())
                text_open = m
    if text_open is None:
        raise TimeMLError("no <TEXT> element", source=source)
    if text_close is None:
        raise scan.error("<TEXT> is never closed", text_open.start())

    doc_id = _element_text(text, "DOCID") or Path(source).name
    dct_value, dct = _read_dct(text, tags, source)

    out: list[str] = []
    length = 0
    stack: list[_Open] = []
    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    closed: list[tuple[_Open, int]] = []
    pos = text_open.end()
    inner = [m for m in tags if text_open.end() <= m.start() < text_close.start()]
    for m in inner:
        chunk = _unescape(text[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        token = m.group(0)
        if token.startswith("<![CDATA["):
            chunk = token[9:-3]
            out.append(chunk)
            length += len(chunk)
            continue
        name = m.group("name")
        if name is None:
            continue
        if m.group("close"):
            for i in range(len(stack) - 1, -1, -1):
                if stack[i].name == name:
                    opened = stack.pop(i)
                    break
            else:
                raise scan.error(f"</{name}> closes nothing", m.start())
            closed.append((opened, length))
        elif m.group("empty"):
            if name == "TIMEX3":
                attrs = _attrs(m.group("attrs"))
                timexes.append(_timex(attrs, Span(length, length), "", consuming=False, in_text=True,
                                      line=scan.line(m.start())))
        else:
            stack.append(_Open(name, _attrs(m.group("attrs")), length, scan.line(m.start())))
    chunk = _unescape(text[pos : text_close.start()])
    out.append(chunk)
    length += len(chunk)
    if stack:
        top = stack[-1]
        raise TimeMLError(f"line {top.line}: <{top.name}> is never closed inside <TEXT>", source=source)
    body = "".join(out)
    for opened, end in closed:
        _record(opened, end, body, timexes, events)
    timexes.sort(key=lambda t: (t.span.start, -t.span.end))
    events.sort(key=lambda e: (e.span.start, -e.span.end))

    instances: list[Mapping[str, str]] = []
    tlinks: list[Mapping[str, str]] = []
    links: list[Mapping[str, str]] = []
    dct_span = _element_span(text, "DCT")
    for m in tags:
        name = m.group("name")
        if name is None or m.group("close") or text_open.start() <= m.start() < text_close.end():
            continue
        if dct_span and dct_span[0] <= m.start() < dct_span[1]:
            continue
        if name == "TIMEX3":
            attrs = _attrs(m.group("attrs"))
            timexes.append(_timex(attrs, Span(length, length), "", consuming=False, in_text=False,
                                  line=scan.line(m.start())))
        elif name == "MAKEINSTANCE":
            instances.append(MappingProxyType(_attrs(m.group("attrs"))))
        elif name == "TLINK":
            tlinks.append(MappingProxyType(_attrs(m.group("attrs"))))
        elif name in _LINK_NAMES:
            links.append(MappingProxyType({"element": name, **_attrs(m.group("attrs"))}))

    return GoldDocument(
        id=doc_id,
        text=body,
        dct=dct,
        timexes=tuple(timexes),
        events=tuple(events),
        tlinks=tuple(tlinks),
        source=source,
        dct_value=dct_value,
        instances=tuple(instances),
        links=tuple(links),
    )


def _record(opened: _Open, end: int, body: str, timexes: list[GoldTimex], events: list[GoldEvent]) -> None:
    if opened.name not in ("TIMEX3", "EVENT"):
        return
    span = Span(opened.start, end)
    if opened.name == "TIMEX3":
        timexes.append(_timex(opened.attrs, span, span.of(body), consuming=True, in_text=True,
                              line=opened.line))
    else:
        events.append(GoldEvent(opened.attrs.get("eid", ""), opened.attrs.get("class", ""), span,
                                span.of(body), MappingProxyType(opened.attrs)))


def _timex(attrs: dict[str, str], span: Span, text: str, *, consuming: bool, in_text: bool,
           line: int) -> GoldTimex:
    return GoldTimex(
        tid=attrs.get("tid", ""),
        span=span,
        text=text,
        type=attrs.get("type", ""),
        value=attrs.get("value", ""),
        attrs=MappingProxyType(attrs),
        consuming=consuming,
        in_text=in_text,
        line=line,
    )


def _element_text(text: str, name: str) -> str | None:
    m = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}\s*>", text, re.DOTALL)
    return _unescape(re.sub(r"<[^>]*>", "", m.group(1))).strip() or None if m else None


def _element_span(text: str, name: str) -> tuple[int, int] | None:
    m = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}\s*>", text, re.DOTALL)
    return (m.start(), m.end()) if m else None


def _read_dct(text: str, tags: list[re.Match[str]], source: str) -> tuple[str | None, PartialDate | None]:
    span = _element_span(text, "DCT")
    if span is None:
        return None, None
    for m in tags:
        if span[0] <= m.start() < span[1] and m.group("name") == "TIMEX3" and not m.group("close"):
            attrs = _attrs(m.group("attrs"))
            value = attrs.get("value")
            if value is None:
                value = _element_text(text[span[0] : span[1]], "TIMEX3") or ""
            return value, parse_dct_value(value, source=source)
    content = _element_text(text, "DCT")
    if not content:
        return None, None
    return content, parse_dct_value(content, source=source)


# --------------------------------------------------------------------------------------------- writer

_KEY_ORDER = ("tid", "type", "value", "mod", "quant", "freq")


def _escape_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(s: str) -> str:
    return _escape_text(s).replace('"', "&quot;")


def _attr_string(attrs: Mapping[str, str]) -> str:
    keys = [k for k in _KEY_ORDER if k in attrs] + [k for k in attrs if k not in _KEY_ORDER]
    return "".join(f' {k}="{_escape_attr(str(attrs[k]))}"' for k in keys if attrs[k] is not None)


_Item = tuple[Span, Mapping[str, str]]


def _non_overlapping(timexes: Iterable[_Item]) -> list[_Item]:
    """Keep spans in text order, longest first at the same start; drop any that overlaps a kept one."""
    kept: list[_Item] = []
    last_end = -1
    last_start = -1
    for span, attrs in sorted(timexes, key=lambda t: (t[0].start, -t[0].end)):
        if len(span) == 0:
            if span.start >= last_end or span.start == last_start:
                kept.append((span, attrs))
            continue
        if span.start >= last_end:
            kept.append((span, attrs))
            last_end, last_start = span.end, span.start
    return kept


def write_timeml(
    text: str,
    *,
    doc_id: str = "doc",
    dct: PartialDate | str | None = None,
    timexes: Iterable[tuple[Span, Mapping[str, str]]] = (),
) -> str:
    """TimeML with inline TIMEX3 tags for ``timexes`` (``(span, attributes)`` pairs) in ``text``.

    Missing ``tid`` attributes are numbered ``t1``, ``t2``, …; a span overlapping an earlier (or a
    longer) one is dropped rather than emitting invalid XML; a zero-length span becomes an empty tag.
    """
    parts: list[str] = []
    pos = 0
    for n, (span, attrs) in enumerate(_non_overlapping(timexes), start=1):
        if span.end > len(text):
            continue
        full = {"tid": f"t{n}", **attrs}
        parts.append(_escape_text(text[pos : span.start]))
        if len(span) == 0:
            parts.append(f"<TIMEX3{_attr_string(full)}/>")
        else:
            parts.append(f"<TIMEX3{_attr_string(full)}>{_escape_text(span.of(text))}</TIMEX3>")
        pos = span.end
    parts.append(_escape_text(text[pos:]))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{_escape_text(doc_id)}</DOCID>"]
    if dct is not None:
        value = str(dct)
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_escape_attr(value)}" temporalFunction="false"'
            f' functionInDocument="CREATION_TIME">{_escape_text(value)}</TIMEX3></DCT>'
        )
    lines.append(f"<TEXT>{''.join(parts)}</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def timeml_from_record(record: DocumentRecord) -> str:
    """TimeML for a :class:`DocumentRecord` (DCT: the date anchoring used, else the given one).

    A timex without resolution keeps its extent; its type is guessed from the mention's value kind
    (DURATION, SET, else DATE) and no ``value`` is written.
    """
    doc = record.document
    items: list[tuple[Span, Mapping[str, str]]] = []
    for t in record.timexes:
        attrs: dict[str, str] = {"tid": t.tid}
        r = t.resolution
        if r is None:
            v = t.mention.value
            kind = "DURATION" if isinstance(v, Duration) else "SET" if isinstance(v, Recurrence) else "DATE"
            attrs["type"] = kind
        else:
            attrs["type"] = str(r.type)
            attrs["value"] = r.value
            for key, val in (("mod", r.mod), ("quant", r.quant), ("freq", r.freq)):
                if val is not None:
                    attrs[key] = str(val)
        items.append((t.span, attrs))
    dct = record.dct.used or record.dct.given or doc.dct
    return write_timeml(doc.text, doc_id=doc.id, dct=dct, timexes=items)
