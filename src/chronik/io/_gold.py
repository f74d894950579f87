"""Gold annotation read from TimeML: timexes, events and links with exact character spans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from chronik.model import Document, Span
from chronik.temporal.calendar import PartialDate

__all__ = ["GoldDocument", "GoldEvent", "GoldTimex"]

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One TIMEX3 element of a TimeML file, with all its attributes kept raw.

    ``span`` points into :attr:`GoldDocument.text` (the tag-free, entity-unescaped text). Empty tags
    (``<TIMEX3 .../>``) are ``consuming=False`` with a zero-length span where they stand; tags outside
    ``<TEXT>`` (Dolomiten puts some after ``</TEXT>``) have ``in_text=False`` and a zero-length span at
    the end of the text. Only :attr:`scored` timexes take part in evaluation.
    """

    tid: str
    span: Span
    text: str
    type: str
    value: str
    attrs: Mapping[str, str] = field(default_factory=lambda: _EMPTY, compare=False, hash=False)
    consuming: bool = True
    in_text: bool = True
    line: int = 0

    @property
    def scored(self) -> bool:
        return self.consuming and self.in_text and len(self.span) > 0

    @property
    def mod(self) -> str | None:
        return self.attrs.get("mod")

    @property
    def quant(self) -> str | None:
        return self.attrs.get("quant")

    @property
    def freq(self) -> str | None:
        return self.attrs.get("freq")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One EVENT element inside ``<TEXT>`` (``cls`` is the TimeML ``class`` attribute)."""

    eid: str
    cls: str
    span: Span
    text: str
    attrs: Mapping[str, str] = field(default_factory=lambda: _EMPTY, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A TimeML document: its text without markup, its DCT and its annotation.

    ``dct`` is the date part of the DCT value (``None`` without a DCT); ``dct_value`` the raw value.
    ``instances`` and ``tlinks`` are the MAKEINSTANCE and TLINK elements as raw attribute dicts, and
    ``links`` any other ``*LINK`` elements (SLINK, ALINK).
    """

    id: str
    text: str
    dct: PartialDate | None
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[Mapping[str, str], ...] = ()
    source: str = ""
    dct_value: str | None = None
    instances: tuple[Mapping[str, str], ...] = ()
    links: tuple[Mapping[str, str], ...] = ()

    @property
    def scored_timexes(self) -> tuple[GoldTimex, ...]:
        """The timexes evaluation counts: consuming, inside ``<TEXT>``, non-empty."""
        return tuple(t for t in self.timexes if t.scored)

    def as_document(self, lang: str | None = None) -> Document:
        """The text and DCT as a :class:`Document` to (re-)tag; the annotation is dropped."""
        meta = {"format": "timeml"}
        if self.source:
            meta["source"] = self.source
        return Document(text=self.text, dct=self.dct, lang=lang, id=self.id, meta=MappingProxyType(meta))
