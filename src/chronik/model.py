"""The data model: documents in, time-anchored records out.

All types are frozen; spans always point into the ORIGINAL text of the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from chronik.errors import UsageError
from chronik.temporal.calendar import Interval, PartialDate
from chronik.temporal.values import Anchor, Grain, Mod, TimeValue, TimexType

__all__ = [
    "DctInfo",
    "Document",
    "DocumentRecord",
    "Mention",
    "Resolution",
    "Span",
    "Timex",
]

if TYPE_CHECKING:  # the event record imports Span from here
    from chronik.events.model import Event

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise UsageError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``dct`` (document creation time) may be a day, a month, a year or absent."""

    text: str
    dct: PartialDate | None = None
    lang: str | None = None
    id: str = "doc"
    meta: Mapping[str, str] = field(default_factory=lambda: _EMPTY, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found by a grammar, with its language-neutral value (no dates yet)."""

    span: Span
    text: str
    value: TimeValue
    rule: str
    lang: str
    derivation: tuple[str, ...] = ()
    latent: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention anchored in the calendar, with its TIMEX3 attributes.

    ``interval``/``grain`` are the resolved time (``None`` for durations, sets and vague references).
    ``point`` is the point a duration-style mention implies ("vor fünf Jahren": value P5Y, point 2014).
    ``anchor`` says what was used to resolve it, ``anchor_value`` its TIMEX3 value.
    ``confidence`` drops below 1 when the anchor itself was inferred or the grain had to be coarsened.
    """

    type: TimexType
    value: str
    mod: Mod | None = None
    quant: str | None = None
    freq: str | None = None
    interval: Interval | None = None
    grain: Grain | None = None
    point: Interval | None = None
    anchor: Anchor | None = None
    anchor_value: str | None = None
    alternatives: tuple[str, ...] = ()
    confidence: float = 1.0
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A mention and its resolution (``None`` when it cannot be anchored: we say so, we never guess)."""

    tid: str
    mention: Mention
    resolution: Resolution | None

    @property
    def span(self) -> Span:
        return self.mention.span

    @property
    def text(self) -> str:
        return self.mention.text

    @property
    def type(self) -> TimexType | None:
        return self.resolution.type if self.resolution else None

    @property
    def value(self) -> str | None:
        return self.resolution.value if self.resolution else None


@dataclass(frozen=True, slots=True)
class DctInfo:
    """The document date that was used, and where it came from.

    ``given`` is what the input said (possibly only a month), ``used`` what anchoring used; ``inferred``
    tells whether ``used`` is finer than ``given`` because the text supported it, with ``confidence`` and
    the ``evidence`` (human-readable reasons).
    """

    given: PartialDate | None
    used: PartialDate | None
    inferred: bool = False
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """Everything chronik found in one document; a pure function of the :class:`Document`."""

    document: Document
    lang: str
    dct: DctInfo
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...] = ()
    version: str = ""
