"""Document level: mentions of the same event (same CAMEO root, shared actor, compatible place) lend
each other their date and missing roles (``DateSource.COREFERENCE``); an event "bei/during" a dated
event of its clause takes that event's date; what is still undated gets the report's date.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from chronik.events._dating import _grain_of, _interval_value
from chronik.events._mentions import _Draft
from chronik.events.model import DateSource, Event, Modality, _evolve
from chronik.model import Span
from chronik.temporal.calendar import Interval
from chronik.temporal.values import Grain


def _ids(e: Event) -> frozenset[str]:
    return frozenset(a.id for a in (e.source, e.target) if a is not None and a.id)


def _place(e: Event) -> str | None:
    return e.location.id if e.location is not None else None


class _Facts(NamedTuple):
    """What coreference compares of an event, computed once per event version."""

    ids: frozenset[str]
    place: str | None


def _facts(e: Event) -> _Facts:
    return _Facts(_ids(e), _place(e))


def _compatible(a: Event, b: Event, fa: _Facts, fb: _Facts) -> bool:
    if a.cameo[:2] != b.cameo[:2] or a.modality is not Modality.ASSERTED or \
            b.modality is not Modality.ASSERTED:
        return False
    ia, ib = fa.ids, fb.ids
    shared = ia & ib
    if not shared:
        return False
    pa, pb = fa.place, fb.place
    if pa and pb and pa != pb:
        return False
    return len(shared) >= 2 or (pa is not None and pa == pb) or (
        a.cameo == b.cameo and (len(ia) == 1 or len(ib) == 1))


_WINDOW = 40  # coreference looks at the 40 mentions of the same CAMEO root before and after


def _link(drafts: list[_Draft], report: Interval | None) -> tuple[Event, ...]:
    events = [d.event for d in drafts]
    facts = [_facts(e) for e in events]  # kept in step with ``events``
    for _ in range(2):
        by_root: dict[str, list[int]] = {}
        for m, o in enumerate(events):
            by_root.setdefault(o.cameo[:2], []).append(m)
        # who may lend at all (neither changes during the loop): ``_compatible`` is only asked about these
        lender = [d.lends and o.modality is Modality.ASSERTED for d, o in zip(drafts, events, strict=True)]
        for k, e in enumerate(events):
            complete = e.date_source is not DateSource.REPORTED and e.target is not None \
                and e.location is not None
            if not drafts[k].lends or e.modality is not Modality.ASSERTED or complete:
                continue  # nothing to borrow
            group = by_root[e.cameo[:2]]
            at = bisect.bisect_left(group, k)  # only mentions nearby in the text (bounded work)
            fe = facts[k]
            ids = fe.ids
            # cheap necessary conditions first (a lender sharing an actor), then the full test
            cands = [m for m in group[max(0, at - _WINDOW):at + _WINDOW] if m != k and lender[m]
                     and not ids.isdisjoint(facts[m].ids) and _compatible(e, events[m], fe, facts[m])]
            if len({facts[m] for m in cands
                    if events[m].date_source in (DateSource.TIMEX, DateSource.CUE)}) > 1:
                cands = [m for m in cands if events[m].date_source not in (DateSource.TIMEX, DateSource.CUE)
                         or (len(facts[m].ids & fe.ids) >= 2)]
            for m in cands:
                other = events[m]
                upd: dict[str, object] = {}
                if e.target is None and other.target is not None and e.cameo == other.cameo and \
                        other.target.id not in fe.ids:
                    upd["target"] = other.target
                if e.location is None and other.location is not None:
                    upd["location"] = other.location
                if e.date_source is DateSource.REPORTED and other.date_source in (
                        DateSource.TIMEX, DateSource.CUE):
                    upd.update(when=other.when, grain=other.grain, value=other.value,
                               date_source=DateSource.COREFERENCE, timex=other.timex,
                               notes=(*e.notes, f"dated by {other.id} ({other.trigger!r})"))
                if upd:
                    events[k] = e = _evolve(e, **upd)
                    facts[k] = fe = _facts(e)
    # an event "bei/anlässlich/during" a dated event in its clause takes that event's date
    by_sentence: dict[Span, list[int]] = {}
    for m, o in enumerate(events):
        by_sentence.setdefault(o.sentence, []).append(m)
    for k, e in enumerate(events):
        if e.date_source is not DateSource.REPORTED:
            continue
        for m in by_sentence[e.sentence]:
            d, other = drafts[m], events[m]
            if m != k and d.clause_occasion and other.sentence == e.sentence and other.when is not None \
                    and other.date_source is not DateSource.REPORTED:
                events[k] = _evolve(
                    e, when=other.when, grain=other.grain, value=other.value,
                    date_source=DateSource.COREFERENCE, timex=other.timex,
                    notes=(*e.notes, f"on the occasion of {other.id} ({other.trigger!r})"))
                break
    if report is not None:
        events = [_evolve(e, when=report, grain=_grain_of(report),
                                      value=_interval_value(report, Grain.DAY))
                  if e.date_source is DateSource.REPORTED and e.when is None else e for e in events]
    return tuple(events)
