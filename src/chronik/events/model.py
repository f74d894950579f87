"""The event record: who did what to whom, where, and when it happened (not when it was reported).

Every span points into the ORIGINAL text of the document. ``when`` is the interval the event happened
in (``None`` when nothing in the text dates it and it is not real yet); ``date_source`` says where that
interval came from, so a consumer can tell a dated event from one that only carries the report date.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from chronik.events.ontology import Modality  # ASSERTED, NEGATED, HYPOTHETICAL (incl. conditional), FUTURE
from chronik.model import Span
from chronik.temporal.calendar import Interval
from chronik.temporal.values import Grain

__all__ = ["DateSource", "Event", "EventActor", "Modality", "ReportedSpeech"]


class DateSource(enum.StrEnum):
    """Where an event's date comes from (best first)."""

    TIMEX = "timex"  # a temporal expression governing the trigger in its clause/sentence
    CUE = "cue"  # a date-bearing noun ("Neujahrsansprache" → New Year's Day)
    COREFERENCE = "coreference"  # another mention of the same event in the document that is dated
    REPORTED = "reported"  # nothing dates it: the document date, i.e. when it was reported
    NONE = "none"  # not real yet and undated (a plan "in the coming weeks")


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor mention: registry id (``None`` if unknown), canonical name, and where it was found."""

    id: str | None
    name: str
    text: str
    span: Span | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    """The event is told by someone: ``speaker`` said it, ``source`` (a medium) carried it."""

    verb: str
    span: Span
    speaker: EventActor | None = None
    source: EventActor | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One event: by default all its mentions in the document (``mentions``, the trigger spans in text
    order); ``extract_events(..., merge=False)`` gives one record per mention instead.

    ``span``/``trigger`` the trigger word of the representative mention (the one a timex or cue dates,
    else the first), ``sentence`` its sentence (``evidence`` its text).
    ``cameo``/``cameo_name``/``plover`` the codes. ``when``/``grain``/``value``: the interval the event
    happened in, its grain and a TIMEX3-style value; ``timex`` the id of the dating timex.
    ``reported_on``: when it was reported (a reporting verb's own date, else the document date).
    ``condition``: the conditional clause for HYPOTHETICAL events.
    """

    id: str
    doc_id: str
    span: Span
    trigger: str
    lemma: str
    cameo: str
    cameo_name: str
    plover: str
    sentence: Span
    evidence: str
    source: EventActor | None = None
    target: EventActor | None = None
    location: EventActor | None = None
    modality: Modality = Modality.ASSERTED
    condition: str | None = None
    reported: ReportedSpeech | None = None
    when: Interval | None = None
    grain: Grain | None = None
    value: str | None = None
    date_source: DateSource = DateSource.REPORTED
    timex: str | None = None
    reported_on: Interval | None = None
    confidence: float = 1.0
    notes: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()  # every trigger span of the event; ``(span,)`` when not given

    def __post_init__(self) -> None:
        if not self.mentions:
            object.__setattr__(self, "mentions", (self.span,))


_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


def _evolve(e: Event, **changes: object) -> Event:
    """``dataclasses.replace(e, **changes)`` without the ``__init__`` round trip (extraction replaces
    events often); ``mentions`` is kept non-empty as ``Event.__post_init__`` does."""
    new = object.__new__(Event)
    put = object.__setattr__
    for name in _EVENT_FIELDS:
        put(new, name, changes[name] if name in changes else getattr(e, name))
    if not new.mentions:
        put(new, "mentions", (new.span,))
    return new
