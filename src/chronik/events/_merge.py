"""Document level, after coreference: the mentions of one event become one record.

Mentions merge when they agree on the CAMEO code, the modality, the date (value and grain), the source
and the target (in either order for symmetric acts: "Trump traf Kim" and "Kim traf Trump") and their
places do not conflict. A mention marked as another instance ("Ähnliche Beratungen") stays alone, and
the drafts read from one trigger (the conjuncts "China und Russland kritisierten", "Atom- und
Raketentests") are distinct events by construction. Mentions are grouped by that key in one pass; a
group splits only over conflicting places, so the work is linear in the mentions (times the few events
of one key).

The record is its representative mention (the first dated by a timex or a cue, else the first) with all
trigger spans in ``mentions``, the highest confidence, the notes of all mentions (ids rewritten to the
merged records, notes about the event itself dropped), and a place or a report borrowed from another
mention when the representative has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from chronik.events._mentions import _Draft
from chronik.events.model import DateSource, Event, EventActor, _evolve
from chronik.model import Span

_DATED = (DateSource.TIMEX, DateSource.CUE)


def _who(a: EventActor | None) -> str:
    if a is None:
        return ""
    return a.id or f"name:{a.name}"


def _key(d: _Draft, e: Event) -> tuple[Any, ...] | None:
    s, t = _who(e.source), _who(e.target)
    if not d.lends or not (s or t):
        return None  # another instance, or no actor in common with anything: never merged
    pair = ("sym", *sorted((s, t))) if d.symmetric else ("dir", s, t)
    return (e.cameo, e.modality, e.value, e.grain, pair)


class _Group:
    __slots__ = ("members", "origins", "place")

    def __init__(self, k: int, origin: Span, place: str | None) -> None:
        self.members = [k]
        self.origins = {origin}
        self.place = place


def _merge(drafts: Sequence[_Draft], events: Sequence[Event]) -> tuple[Event, ...]:
    """One record per event (``events`` are the linked drafts' events, in draft order)."""
    groups: list[_Group] = []
    by_key: dict[tuple[Any, ...], list[_Group]] = {}
    for k, (d, e) in enumerate(zip(drafts, events, strict=True)):
        origin = d.origin or e.span
        place = _who(e.location) or None
        key = _key(d, e)
        home = None
        if key is not None:
            for g in by_key.setdefault(key, []):
                if origin not in g.origins and (place is None or g.place is None or place == g.place):
                    home = g
                    break
        if home is None:
            home = _Group(k, origin, place)
            groups.append(home)
            if key is not None:
                by_key[key].append(home)
        else:
            home.members.append(k)
            home.origins.add(origin)
            home.place = home.place or place
    if all(len(g.members) == 1 for g in groups):
        return tuple(events)
    renamed: dict[str, str] = {}
    ids: list[str] = []
    for n, g in enumerate(groups, 1):
        new = f"{events[g.members[0]].doc_id}:e{n}"
        ids.append(new)
        for k in g.members:
            renamed[events[k].id] = new
    ref = re.compile(re.escape(events[0].doc_id) + r":e\d+")
    return tuple(_record([events[k] for k in g.members], eid, renamed, ref)
                 for g, eid in zip(groups, ids, strict=True))


def _record(members: list[Event], eid: str, renamed: dict[str, str], ref: re.Pattern[str]) -> Event:
    rep = next((e for e in members if e.date_source in _DATED), members[0])
    notes: dict[str, None] = {}
    for e in [rep, *(m for m in members if m is not rep)]:
        for note in e.notes:
            refs = [renamed.get(r, r) for r in ref.findall(note)]
            if eid in refs:
                continue  # "dated by <a mention of this very event>"
            notes[ref.sub(lambda m: renamed.get(m.group(0), m.group(0)), note)] = None
    upd: dict[str, Any] = {
        "id": eid, "notes": tuple(notes), "confidence": max(e.confidence for e in members),
        "mentions": tuple(sorted({e.span for e in members}, key=lambda s: (s.start, s.end))),
    }
    if rep.location is None:
        upd["location"] = next((e.location for e in members if e.location is not None), None)
    if rep.condition is None:
        upd["condition"] = next((e.condition for e in members if e.condition is not None), None)
    if rep.reported is None:
        told = next((e for e in members if e.reported is not None), None)
        if told is not None:
            upd.update(reported=told.reported, reported_on=told.reported_on)
    return _evolve(rep, **upd)
