"""The reference context a mention is resolved against, and the anchoring policy."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from chronik.temporal.calendar import Interval, PartialDate
from chronik.temporal.values import Direction, Grain

__all__ = ["Reference", "ReferenceContext"]


@dataclass(frozen=True, slots=True)
class Reference:
    """A resolved time used as an anchor: its interval and the grain it is known to."""

    interval: Interval
    grain: Grain
    confidence: float = 1.0

    @classmethod
    def of(cls, date: PartialDate, confidence: float = 1.0) -> Reference:
        return cls(date.interval, date.grain, confidence)


@dataclass(frozen=True, slots=True)
class ReferenceContext:
    """What a mention is resolved against.

    ``dct``: the document date (a day, a month or a year; ``None`` if unknown).
    ``ref``: the last date resolved before the mention in the text (narrative anchor), if any.
    ``direction``: which occurrence an under-specified expression means (news default: the past;
    tense cues of the clause override it per mention).
    ``dct_confidence``: below 1 when the document date was inferred from the text.
    ``local``: the last date resolved before the mention in the same sentence, if any (``Anchor.LOCAL``).
    ``narrative``: the date a story set in an earlier year is at; when given, calendar fields without a
    year ("am 9. November", "im Sommer") are placed from it (in ``direction``) instead of the document date.
    ``day``: the last date resolved before the mention that is known to the day or finer; a unit finer
    than a day anchored on ``ref`` ("at 3 p.m.") takes it when ``ref`` is coarser ("later this year").
    """

    dct: PartialDate | None
    ref: Reference | None = None
    direction: Direction = Direction.PAST
    dct_confidence: float = 1.0
    local: Reference | None = None
    narrative: Reference | None = None
    day: Reference | None = None

    def with_ref(self, ref: Reference | None, local: Reference | None = None) -> ReferenceContext:
        return dataclasses.replace(self, ref=ref, local=local)

    def with_narrative(self, narrative: Reference | None) -> ReferenceContext:
        return dataclasses.replace(self, narrative=narrative)

    def with_direction(self, direction: Direction) -> ReferenceContext:
        return dataclasses.replace(self, direction=direction)

    def dct_reference(self) -> Reference | None:
        return Reference.of(self.dct, self.dct_confidence) if self.dct else None
