"""``resolve(value, context)``: the only place that does date arithmetic.

A :class:`~chronik.temporal.values.TimeValue` (what the grammar understood) and a
:class:`~chronik.temporal.context.ReferenceContext` (document date, last resolved date, direction) give a
:class:`~chronik.model.Resolution`: TIMEX3 attributes plus the resolved interval and grain.

When the anchor is known only to a coarser grain than the expression needs ("gestern" in a document
dated only ``2019-01``), the value is given at the grain that *is* known, the interval covers every day
the expression could mean, and ``confidence`` says so. Nothing is ever resolved against "now".
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from chronik.errors import DateError
from chronik.model import Resolution
from chronik.temporal.calendar import (
    MAX_YEAR,
    MIN_YEAR,
    PART_OF_DAY_HOURS,
    SEASON_MONTHS,
    Interval,
    add,
    easter,
    enclosing,
    format_point,
)
from chronik.temporal.context import Reference, ReferenceContext
from chronik.temporal.timex3 import duration_value, fields_pattern
from chronik.temporal.values import (
    Anchor,
    Clock,
    Cycle,
    Direction,
    Duration,
    Feast,
    Fields,
    Grain,
    Intersect,
    Mod,
    Modified,
    Nth,
    Range,
    Recurrence,
    Shift,
    TimeValue,
    TimexType,
    Unknown,
    Vague,
)

__all__ = ["Unresolvable", "holiday", "resolve"]

_COARSENED = 0.5  # confidence factor when the value had to be given at a coarser grain than meant


class Unresolvable(Exception):
    """Internal: the value cannot be anchored with what the context knows."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Point:
    interval: Interval
    grain: Grain
    part_of_day: str | None = None
    confidence: float = 1.0
    anchor: Anchor | None = None
    anchor_value: str | None = None
    value_at: datetime | None = None  # where the value's unit starts, when not at interval.start
    unknown: Grain | None = None  # the value names a unit of this grain inside it, not known which

    def _at(self, start: datetime) -> _Point:
        return dataclasses.replace(self, value_at=start)

    @property
    def value(self) -> str:
        text = format_point(self.value_at or self.interval.start, self.grain, self.part_of_day)
        if self.unknown is Grain.DAY:
            return text + ("-XX-XX" if self.grain is Grain.YEAR else "-XX")
        if self.unknown is Grain.MONTH:
            return text + "-XX"
        if self.unknown is Grain.WEEK:
            return text[:4] + "-WXX"
        return text

    @property
    def timex_type(self) -> TimexType:
        return TimexType.TIME if self.grain <= Grain.PART_OF_DAY else TimexType.DATE


def resolve(value: TimeValue, context: ReferenceContext) -> Resolution:
    """Resolve ``value`` against ``context``.

    Always returns a :class:`Resolution`. When the value cannot be anchored (no document date for a
    relative expression), the TIMEX3 value is left underspecified (``XXXX-06``), ``interval`` is
    ``None``, ``confidence`` is 0 and ``note`` says why.
    """
    try:
        return _resolve(value, context)
    except Unresolvable as exc:
        return _underspecified(value, str(exc))
    except DateError as exc:
        return _underspecified(value, f"not a calendar date: {exc.message}")


# --------------------------------------------------------------------------------------------------
# dispatch


def _resolve(value: TimeValue, ctx: ReferenceContext) -> Resolution:
    if isinstance(value, Duration):
        point = None
        if value.point is not None:
            try:
                point = _point(value.point, ctx).interval
            except (Unresolvable, DateError):
                point = None
        return Resolution(TimexType.DURATION, duration_value(value.amount, value.unit, value.mixed),
                          point=point)
    if isinstance(value, Recurrence):
        return _recurrence(value, ctx)
    if isinstance(value, Vague):
        return Resolution(TimexType.DATE, value.ref.value)
    if isinstance(value, Unknown):
        return Resolution(value.timex_type, _unknown_value(value.grain))
    if isinstance(value, Clock):
        if not (0 <= value.hour <= 24 and 0 <= value.minute <= 59):
            raise DateError(f"{value.hour}:{value.minute:02d} is not a time of day")
        return Resolution(TimexType.TIME, f"T{value.hour:02d}:{value.minute:02d}")
    if isinstance(value, Modified):
        inner = _resolve(value.inner, ctx)
        interval = inner.interval
        if interval is not None and value.mod in (Mod.START, Mod.MID, Mod.END):
            interval = _part_of(interval, value.mod)
        return dataclasses.replace(inner, mod=value.mod, interval=interval)
    if isinstance(value, Range):
        start, end = _point(value.start, ctx), _point(value.end, ctx)
        if end.interval.end < start.interval.start:
            raise Unresolvable("range ends before it starts")
        return Resolution(
            start.timex_type,
            start.value,
            interval=Interval(start.interval.start, end.interval.end),
            grain=start.grain,
            anchor=start.anchor,
            anchor_value=start.anchor_value,
            alternatives=(f"{start.value}/{end.value}",),
            confidence=min(start.confidence, end.confidence),
            note="range",
        )
    p = _point(value, ctx)
    note = None if p.confidence >= 1.0 else "anchor known only to a coarser grain, or inferred"
    return Resolution(
        p.timex_type,
        p.value,
        interval=p.interval,
        grain=p.grain,
        anchor=p.anchor,
        anchor_value=p.anchor_value,
        confidence=p.confidence,
        note=note,
    )


def _point(value: TimeValue, ctx: ReferenceContext) -> _Point:
    if isinstance(value, Fields):
        return _fields(value, ctx)
    if isinstance(value, Cycle):
        return _cycle(value, ctx)
    if isinstance(value, Nth):
        return _nth(value, ctx)
    if isinstance(value, Shift):
        return _shift(value, ctx)
    if isinstance(value, Intersect):
        return _intersect(value, ctx)
    if isinstance(value, Feast):
        return _feast(value, ctx)
    if isinstance(value, Modified):
        return _point(value.inner, ctx)
    if isinstance(value, Range):
        return _point(value.start, ctx)
    if isinstance(value, Duration) and value.point is not None:
        return _point(value.point, ctx)
    raise Unresolvable(f"{type(value).__name__} does not denote a point in time")


# --------------------------------------------------------------------------------------------------
# anchors


def _anchor(ctx: ReferenceContext, which: Anchor, grain: Grain | None = None) -> tuple[Reference, Anchor]:
    """The reference to anchor to. A narrative anchor coarser than a day cannot place a finer unit
    ("um 20 Uhr" after "in den 90er Jahren"): then the last day named before it (``ctx.day``, for
    ``Anchor.REF``), else the document date when it is known."""
    narrative = ctx.ref if which is Anchor.REF else ctx.local if which is Anchor.LOCAL else None
    if narrative is not None:
        too_coarse = grain is not None and narrative.grain > max(grain, Grain.DAY)
        if not (too_coarse and ctx.dct is not None):
            return narrative, Anchor.REF
        if which is Anchor.REF and grain is not None and grain <= Grain.DAY and ctx.day is not None:
            # "on Tuesday … later this year … at 3 p.m.": the last day named, not the document's
            return ctx.day, Anchor.REF
    ref = ctx.dct_reference()
    if ref is None:
        if ctx.ref is not None:
            return ctx.ref, Anchor.REF
        raise Unresolvable("no document date to anchor to")
    return ref, Anchor.DCT


def _at(ref: Reference, grain: Grain, kind: Anchor, interval: Interval, pod: str | None = None) -> _Point:
    """A point computed from ``ref`` at ``grain``; coarsened to what ``ref`` knows when needed."""
    value = format_point(ref.interval.start, ref.grain)
    if grain >= ref.grain or ref.grain <= Grain.DAY:
        return _Point(interval, grain, pod, ref.confidence, kind, value)
    return _coarsen(interval, ref, kind)


def _coarsen(possible: Interval, ref: Reference, kind: Anchor) -> _Point:
    """The expression means some unit inside ``possible`` but the anchor is known only to ``ref.grain``:
    the value is the unit of that grain holding the middle of ``possible`` (so "gestern" in a document
    dated ``2019-01`` is ``2019-01``), the interval stays exactly what is possible."""
    middle = possible.start + (possible.end - possible.start) / 2
    unit = enclosing(middle, ref.grain)
    value = format_point(ref.interval.start, ref.grain)
    return _Point(possible, ref.grain, None, ref.confidence * _COARSENED, kind, value)._at(unit.start)


# --------------------------------------------------------------------------------------------------
# fields


def _fields(f: Fields, ctx: ReferenceContext) -> _Point:
    grain = f.finest()
    if grain is None:
        raise Unresolvable("no calendar field given")
    if f.century is not None and f.year is None and f.decade is None:
        start = datetime(max(f.century * 100, MIN_YEAR), 1, 1)
        return _Point(Interval(start, add(start, Grain.CENTURY, 1)), Grain.CENTURY)
    if f.decade is not None and f.year is None:
        start = datetime(max(f.decade * 10, MIN_YEAR), 1, 1)
        return _Point(Interval(start, add(start, Grain.DECADE, 1)), Grain.DECADE)
    if f.year is not None and not f.two_digit_year:
        interval = _within_year(f, f.year)
        return _Point(interval, grain, f.part_of_day)
    # The year (and maybe more) comes from the anchor: the story's date, else the document date.
    if ctx.narrative is not None and not f.two_digit_year:
        ref, kind = ctx.narrative, Anchor.REF
    else:
        ref, kind = _anchor(ctx, Anchor.DCT)
    anchor_value = format_point(ref.interval.start, ref.grain)
    if f.two_digit_year and f.year is not None:
        base = ref.interval.start.year
        candidates = [c * 100 + f.year for c in (base // 100 - 1, base // 100, base // 100 + 1)]
        year = min(candidates, key=lambda y: (abs(y - base), -y))
        return _Point(_within_year(f, year), grain, f.part_of_day, anchor=kind, anchor_value=anchor_value)
    coarsest = f.coarsest_given()
    assert coarsest is not None
    if coarsest == Grain.WEEKEND:
        cycle = Grain.WEEK
    elif coarsest >= Grain.WEEK:
        # week-of-year, month, season, quarter, half: pick the year by direction
        cycle = Grain.YEAR
    elif coarsest == Grain.DAY and f.weekday is not None and f.day is None:
        cycle = Grain.WEEK
    elif coarsest == Grain.DAY:
        cycle = Grain.MONTH
    else:
        cycle = Grain.DAY
    candidates_ = _candidates(f, ref, cycle)
    if not candidates_:
        raise Unresolvable("no such date near the anchor")
    # a time of day alone ("um 20 Uhr", "am Abend") means the anchor's day, whatever the tense
    direction = Direction.NEAREST if cycle is Grain.DAY else ctx.direction
    if direction is Direction.FUTURE and coarsest in (Grain.QUARTER, Grain.HALF):
        # "expects to report third-quarter results" in November: the future is the report, not the
        # quarter; a quarter or half is the closest one ("the first quarter" in November is next year's)
        direction = Direction.CLOSEST
    chosen = _choose(candidates_, ref, direction, cycle)
    if ref.grain > Grain.DAY and grain < ref.grain and cycle < ref.grain:
        # e.g. a weekday when the document date is only a month: every candidate inside it is possible
        inside = [c for c in candidates_ if ref.interval.overlaps(c)]
        if len(inside) != 1:
            span = Interval(min(c.start for c in inside or [chosen]), max(c.end for c in inside or [chosen]))
            return _coarsen(span, ref, kind)
    return _Point(chosen, grain, f.part_of_day, ref.confidence, kind, anchor_value)


def _candidates(f: Fields, ref: Reference, cycle: Grain) -> list[Interval]:
    """Occurrences of ``f`` in the cycles around the anchor (three on each side)."""
    out: list[Interval] = []
    base = enclosing(ref.interval.start, cycle).start
    inside = 0  # cycles inside a coarse anchor (the weeks of a month-only document date)
    while inside < 600 and add(base, cycle, inside + 1) < ref.interval.end:
        inside += 1
    for k in range(-3, inside + 4):
        try:
            start = add(base, cycle, k)
        except DateError:
            continue
        try:
            if cycle is Grain.YEAR:
                iv = _within_year(f, start.year)
            elif cycle is Grain.MONTH:
                iv = _within_year(dataclasses.replace(f, month=start.month), start.year)
            elif cycle is Grain.WEEK:
                iv = _in_week(f, start)
            else:
                iv = _in_day(f, start)
        except (DateError, ValueError):
            continue
        if f.weekday is not None and f.day is not None and iv.start.isoweekday() != f.weekday:
            continue
        out.append(iv)
    if not out and f.weekday is not None and f.day is not None:
        # "Donnerstag, 25. Februar" where no nearby year has that weekday: trust the date
        return _candidates(dataclasses.replace(f, weekday=None), ref, cycle)
    return sorted(set(out))


def _choose(candidates: list[Interval], ref: Reference, direction: Direction, cycle: Grain) -> Interval:
    anchor = ref.interval
    if direction is Direction.PAST:
        # on or before the anchor's day: "Thursday evening" said on that Thursday is that evening
        past = [c for c in candidates if c.start < anchor.end and c.start.date() <= anchor.start.date()]
        if not past:
            past = [c for c in candidates if c.start < anchor.end]
        if past:
            return past[-1]
    elif direction is Direction.FUTURE:
        future = [c for c in candidates if c.end > anchor.start]
        if future:
            return future[0]
    elif direction is Direction.ONWARD:
        def onward(c: Interval) -> float:
            if c.overlaps(anchor):
                return 0.0
            if c.start >= anchor.end:
                return (c.start - anchor.end).total_seconds()
            return 2 * (anchor.start - c.start).total_seconds()
        return min(candidates, key=onward)
    elif direction is Direction.CLOSEST:
        def distance(c: Interval) -> tuple[float, float]:
            # the gap to the anchor (0 when they overlap), then how far their starts lie apart
            if c.overlaps(anchor):
                gap = 0.0
            else:
                gap = abs((c.start - anchor.end if c.start >= anchor.end else anchor.start - c.end)
                          .total_seconds())
            return gap, abs((c.start - anchor.start).total_seconds())
        return min(candidates, key=distance)
    current = enclosing(anchor.start, cycle)
    same = [c for c in candidates if current.overlaps(c)]
    if same:
        return same[0]
    return min(candidates, key=lambda c: abs((c.start - anchor.start).total_seconds()))


def _within_year(f: Fields, year: int) -> Interval:
    """The interval ``f`` names inside ``year`` (fields finer than the coarsest given must be consistent)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")
    if f.week is not None:
        try:
            monday = datetime.fromisocalendar(year, f.week, 1)
        except ValueError as exc:
            raise DateError(f"week {f.week} does not exist in {year}") from exc
        if f.weekday is not None:
            return _in_day(f, monday + timedelta(days=f.weekday - 1))
        if f.weekend:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=7))
        return Interval(monday, monday + timedelta(days=7))
    if f.month is None:
        if f.season is not None:
            month = SEASON_MONTHS[f.season]
            start = datetime(year - 1 if f.season == "WI" else year, month, 1)
            return Interval(start, add(start, Grain.SEASON, 1))
        if f.quarter is not None:
            if not 1 <= f.quarter <= 4:
                raise DateError(f"quarter {f.quarter} does not exist")
            start = datetime(year, 3 * f.quarter - 2, 1)
            return Interval(start, add(start, Grain.QUARTER, 1))
        if f.half is not None:
            if f.half not in (1, 2):
                raise DateError(f"half-year {f.half} does not exist")
            start = datetime(year, 1 if f.half == 1 else 7, 1)
            return Interval(start, add(start, Grain.HALF, 1))
        if f.day is not None or f.weekday is not None or f.hour is not None or f.part_of_day:
            raise Unresolvable("a day or time without a month")
        start = datetime(year, 1, 1)
        return Interval(start, add(start, Grain.YEAR, 1))
    if not 1 <= f.month <= 12:
        raise DateError(f"month {f.month} does not exist")
    if f.day is None:
        start = datetime(year, f.month, 1)
        return Interval(start, add(start, Grain.MONTH, 1))
    try:
        day = datetime(year, f.month, f.day)
    except ValueError as exc:
        raise DateError(f"{year:04d}-{f.month:02d}-{f.day:02d} does not exist") from exc
    return _in_day(f, day)


def _in_week(f: Fields, monday: datetime) -> Interval:
    if f.weekend:
        start = monday + timedelta(days=5)
        return Interval(start, start + timedelta(days=2))
    if f.weekday is None:
        return Interval(monday, monday + timedelta(days=7))
    if not 1 <= f.weekday <= 7:
        raise DateError(f"weekday {f.weekday} does not exist")
    return _in_day(f, monday + timedelta(days=f.weekday - 1))


def _in_day(f: Fields, day: datetime) -> Interval:
    day = datetime(day.year, day.month, day.day)
    if f.hour is not None:
        if not 0 <= f.hour <= 24 or not 0 <= (f.minute or 0) <= 59 or not 0 <= (f.second or 0) <= 59:
            raise DateError(f"{f.hour}:{f.minute or 0:02d} is not a time of day")
        start = day + timedelta(hours=f.hour, minutes=f.minute or 0, seconds=f.second or 0)
        unit = Grain.SECOND if f.second is not None else Grain.MINUTE if f.minute is not None else Grain.HOUR
        return Interval(start, add(start, unit, 1))
    if f.part_of_day:
        lo, hi = PART_OF_DAY_HOURS.get(f.part_of_day, (0, 24))
        return Interval(day + timedelta(hours=lo), day + timedelta(hours=hi))
    return Interval(day, day + timedelta(days=1))


def _in_unit(f: Fields, unit: _Point) -> _Point:
    """``f`` placed inside an already resolved point: "gestern Abend", "nächste Woche Dienstag"."""
    start = unit.interval.start
    grain = f.finest() or unit.grain
    merged_year = dataclasses.replace(
        f,
        year=f.year if f.year is not None else start.year,
        month=f.month if f.month is not None or unit.grain > Grain.MONTH else start.month,
        day=f.day if f.day is not None or unit.grain > Grain.DAY or f.weekday is not None else start.day,
        two_digit_year=False,
    )
    if unit.grain in (Grain.WEEK, Grain.WEEKEND) and f.weekday is not None:
        interval = _in_day(f, enclosing(start, Grain.WEEK).start + timedelta(days=f.weekday - 1))
    elif unit.grain <= Grain.DAY:
        interval = _in_day(f, start)
    else:
        interval = _within_year(merged_year, merged_year.year or start.year)
    return _Point(interval, grain, f.part_of_day or unit.part_of_day, unit.confidence, unit.anchor,
                  unit.anchor_value)


# --------------------------------------------------------------------------------------------------
# relative values


def _cycle(c: Cycle, ctx: ReferenceContext, unknown_inside: bool = True) -> _Point:
    narrative = ctx.ref
    if (unknown_inside and c.anchor is Anchor.REF and c.offset == 0 and narrative is not None
            and narrative.grain in (Grain.MONTH, Grain.YEAR)
            and c.grain in (Grain.DAY, Grain.WEEK, Grain.MONTH) and narrative.grain > c.grain):
        # "that same day" after "last October": a day inside the narrative's month, not known which
        # ("1998-10-XX", TimeBank), rather than a day of the document date (a clock time on that day,
        # "at 10 p.m.", is not placed so: see _intersect)
        point = _coarsen(narrative.interval, narrative, Anchor.REF)
        return dataclasses.replace(point, unknown=c.grain)
    ref, kind = _anchor(ctx, c.anchor, c.grain)
    unit = enclosing(ref.interval.start, c.grain)
    start = add(unit.start, c.grain, c.offset)
    if c.grain is Grain.WEEKEND:
        interval = Interval(start, start + timedelta(days=2))
    else:
        interval = Interval(start, add(start, c.grain, 1))
    if ref.grain > c.grain and ref.grain > Grain.DAY:
        last = add(enclosing(ref.interval.end - timedelta(microseconds=1), c.grain).start, c.grain, c.offset)
        return _coarsen(Interval(start, add(last, c.grain, 1)), ref, kind)
    return _at(ref, c.grain, kind, interval)


def _nth(n: Nth, ctx: ReferenceContext) -> _Point:
    if n.n == 0 and ctx.narrative is not None and n.anchor is Anchor.DCT:
        return _fields(n.of, ctx)  # "im Sommer" of a story set in 1945: that year's
    ref, kind = _anchor(ctx, n.anchor)
    f = n.of
    coarsest = f.coarsest_given() or Grain.DAY
    cycle = {Grain.DAY: Grain.WEEK if f.day is None else Grain.YEAR, Grain.WEEKEND: Grain.WEEK,
             Grain.PART_OF_DAY: Grain.DAY, Grain.HOUR: Grain.DAY, Grain.MINUTE: Grain.DAY}.get(
        coarsest, Grain.YEAR)
    if coarsest == Grain.DAY and f.weekday is not None and f.day is None:
        cycle = Grain.WEEK
    candidates = _candidates(f, ref, cycle)
    anchor = ref.interval
    grain = f.finest() or cycle
    if ref.grain > grain and ref.grain > Grain.DAY:
        # "am vergangenen Donnerstag" when the document date is only a month
        possible = [c for c in candidates if c.start < anchor.end] if n.n < 0 else [
            c for c in candidates if c.end > anchor.start]
        if not possible:
            raise Unresolvable("no such date near the anchor")
        return _coarsen(Interval(possible[0].start, possible[-1].end), ref, kind)
    if n.n == 0:
        current = enclosing(anchor.start, cycle)
        inside = [c for c in candidates if current.overlaps(c)]
        if not inside:
            raise Unresolvable("no such date in the current cycle")
        chosen = inside[0]
    elif n.n < 0:
        before = [c for c in candidates if c.end <= anchor.start]
        if len(before) < -n.n:
            raise Unresolvable("not enough occurrences before the anchor")
        chosen = before[n.n]
        if (n.n == -1 and f.coarsest_given() is Grain.MONTH and f.finest() is Grain.MONTH and len(before) > 1
                and chosen.end == enclosing(anchor.start, Grain.MONTH).start):
            # "last February" said in March: the month just ended would be "last month"; the one a year
            # before is meant
            chosen = before[-2]
    else:
        after = [c for c in candidates if c.start >= anchor.end]
        if len(after) < n.n:
            raise Unresolvable("not enough occurrences after the anchor")
        chosen = after[n.n - 1]
    return _Point(chosen, grain, f.part_of_day, ref.confidence, kind,
                  format_point(ref.interval.start, ref.grain))


def _shift(s: Shift, ctx: ReferenceContext) -> _Point:
    if s.base is not None:
        base = _point(s.base, ctx)
        ref = Reference(base.interval, base.grain, base.confidence)
        kind = base.anchor or Anchor.DCT
    else:
        ref, kind = _anchor(ctx, s.anchor, s.unit)
    amount, unit = s.amount, s.unit
    if amount is None:
        raise Unresolvable("shift by an unknown amount")
    if unit < Grain.DAY and ref.grain >= Grain.DAY:
        # "drei Minuten später" after "am Montag": the clock time is not known
        raise Unresolvable("shift by hours or minutes from an anchor without a time of day")
    whole = int(amount)
    if whole != amount:
        # "vor anderthalb Jahren": move in a finer unit
        finer = {Grain.YEAR: (Grain.MONTH, 12), Grain.MONTH: (Grain.DAY, 30), Grain.WEEK: (Grain.DAY, 7),
                 Grain.DAY: (Grain.HOUR, 24), Grain.HOUR: (Grain.MINUTE, 60),
                 Grain.DECADE: (Grain.YEAR, 10), Grain.CENTURY: (Grain.YEAR, 100)}
        if unit not in finer:
            raise Unresolvable("fractional shift in this unit")
        unit, factor = finer[unit]
        whole = round(amount * factor)
    grain = s.unit
    floor = s.keep_anchor_grain
    if floor is not None and kind is Anchor.REF and ref.grain <= s.unit:
        grain = max(ref.grain, floor)
        dct = ctx.dct_reference()
        if dct is not None and dct.grain <= Grain.DAY and ref.interval.start >= dct.interval.end:
            # the narrative's period is a forecast ("losses through the third quarter of 1990"): the
            # comparison is with the period reported on, the last one complete before the document date
            last = enclosing(add(enclosing(dct.interval.start, grain).start, grain, -1), grain)
            ref = Reference(last, grain, ref.confidence)
        if dct is not None and whole < 0 and ref.interval.end <= add(dct.interval.start, Grain.MONTH, -9):
            # the anchor is itself the earlier period (a report's second "a year earlier"): name it again
            return _at(ref, grain, kind, enclosing(ref.interval.start, grain))
    moved = add(ref.interval.start, unit, whole)
    interval = enclosing(moved, grain)
    if ref.grain > grain and ref.grain > Grain.DAY:
        moved_end = add(ref.interval.end - timedelta(microseconds=1), unit, whole)
        return _coarsen(Interval(interval.start, enclosing(moved_end, grain).end), ref, kind)
    return _at(ref, grain, kind, interval)


def _intersect(i: Intersect, ctx: ReferenceContext) -> _Point:
    a, b = i.a, i.b
    if isinstance(a, Fields) and isinstance(b, Fields):
        return _fields(_merge(a, b), ctx)
    if isinstance(a, Fields) and not isinstance(b, Fields):
        a, b = b, a
    if not isinstance(b, Fields):
        # two relative values: the finer one wins, anchored at the coarser one
        outer = _point(a, ctx)
        inner = _point(b, ReferenceContext(None, Reference(outer.interval, outer.grain), ctx.direction))
        return dataclasses.replace(inner, anchor=outer.anchor, anchor_value=outer.anchor_value)
    # a time of day on the narrative's day when that is known only coarsely: the document's day
    outer = _cycle(a, ctx, unknown_inside=False) if isinstance(a, Cycle) else _point(a, ctx)
    if outer.confidence < 1.0 and outer.grain > Grain.DAY and (b.finest() or Grain.DAY) < outer.grain:
        return outer  # the outer unit itself is only known coarsely
    return _in_unit(b, outer)


def _merge(a: Fields, b: Fields) -> Fields:
    values = {}
    for fld in dataclasses.fields(Fields):
        va, vb = getattr(a, fld.name), getattr(b, fld.name)
        values[fld.name] = vb if vb not in (None, False) else va
    return Fields(**values)


def _part_of(interval: Interval, mod: Mod) -> Interval:
    third = (interval.end - interval.start) / 3
    if mod is Mod.START:
        return Interval(interval.start, interval.start + third)
    if mod is Mod.END:
        return Interval(interval.end - third, interval.end)
    return Interval(interval.start + third, interval.end - third)


# --------------------------------------------------------------------------------------------------
# sets, underspecified values


def _recurrence(r: Recurrence, ctx: ReferenceContext) -> Resolution:
    inner = r.of
    if isinstance(inner, Duration):
        value = duration_value(inner.amount, inner.unit)
    elif isinstance(inner, Fields):
        value = fields_pattern(inner)
    elif isinstance(inner, Intersect) and isinstance(inner.a, Fields) and isinstance(inner.b, Fields):
        value = fields_pattern(_merge(inner.a, inner.b))
    else:
        value = _resolve(inner, ctx).value
    return Resolution(TimexType.SET, value, quant=r.quant, freq=r.freq)


def _unknown_value(grain: Grain) -> str:
    return {
        Grain.YEAR: "XXXX", Grain.MONTH: "XXXX-XX", Grain.WEEK: "XXXX-WXX", Grain.DECADE: "XXX",
        Grain.CENTURY: "XX", Grain.HOUR: "XXXX-XX-XXTXX", Grain.MINUTE: "XXXX-XX-XXTXX:XX",
    }.get(grain, "XXXX-XX-XX")


def _underspecified(value: TimeValue, why: str) -> Resolution:
    """What can be said without an anchor: ``XXXX-06`` for "im Juni", ``XXXX-XX-XX`` for "gestern"."""
    inner = value
    mod = None
    while isinstance(inner, Modified):
        mod = mod or inner.mod
        inner = inner.inner
    if isinstance(inner, Fields):
        text = fields_pattern(inner)
        ttype = TimexType.TIME if inner.hour is not None or inner.part_of_day else TimexType.DATE
    elif isinstance(inner, Intersect) and isinstance(inner.a, Fields) and isinstance(inner.b, Fields):
        merged = _merge(inner.a, inner.b)
        text = fields_pattern(merged)
        ttype = TimexType.TIME if merged.hour is not None or merged.part_of_day else TimexType.DATE
    else:
        grain = getattr(inner, "grain", None) or getattr(inner, "unit", None) or Grain.DAY
        grain = grain if isinstance(grain, Grain) else Grain.DAY
        text = _unknown_value(grain)
        ttype = TimexType.TIME if grain <= Grain.HOUR else TimexType.DATE
    return Resolution(ttype, text, mod=mod, confidence=0.0, note=why)


def _feast(f: Feast, ctx: ReferenceContext) -> _Point:
    if f.year is not None:
        return _fields(holiday(f.rule, f.year), ctx)
    ref, kind = _anchor(ctx, Anchor.DCT)
    candidates = []
    for year in range(ref.interval.start.year - 1, ref.interval.start.year + 2):
        try:
            candidates.append(_within_year(holiday(f.rule, year), year))
        except DateError:
            continue
    if not candidates:
        raise Unresolvable("feast outside the calendar")
    chosen = _choose(candidates, ref, ctx.direction, Grain.YEAR)
    return _at(ref, Grain.WEEK if f.rule.endswith(_WEEK_OF) else Grain.DAY, kind, chosen)


_WEEK_OF = "@week"


def holiday(name: str, year: int) -> Fields:
    """Fields of a named (movable or fixed) feast in ``year``.

    Movable feasts are given relative to Easter: ``easter+49`` is Pentecost Sunday, ``easter+60``
    Corpus Christi; fixed ones as ``MM-DD``; the ``n``-th ISO weekday of a month as ``MM/n/WD``
    (``11/4/4``: the fourth Thursday of November; ``05/-1/1``: the last Monday of May), optionally
    followed by a day offset (``11/4/4+1``: the Friday after it). A rule ending in ``@week`` is the ISO
    week holding the day (``easter@week``: Easter week).
    """
    if name.endswith(_WEEK_OF):
        feast = holiday(name[: -len(_WEEK_OF)], year)
        iso = datetime(feast.year or year, feast.month or 1, feast.day or 1).isocalendar()
        return Fields(year=iso.year, week=iso.week)
    if "/" in name:
        month_s, n_s, wd_s = name.split("/")
        wd_s, _, shift_s = wd_s.partition("+")
        month, n, weekday = int(month_s), int(n_s), int(wd_s)
        first = datetime(year, month, 1)
        days = [first + timedelta(days=k) for k in range(31)]
        hits = [day for day in days if day.month == month and day.isoweekday() == weekday]
        hit = (hits[n - 1] if n > 0 else hits[n]) + timedelta(days=int(shift_s or 0))
        return Fields(year=year, month=hit.month, day=hit.day)
    if name.startswith("easter"):
        offset = int(name[len("easter"):] or 0)
        d = easter(year) + timedelta(days=offset)
        return Fields(year=year, month=d.month, day=d.day)
    month, day = (int(x) for x in name.split("-"))
    return Fields(year=year, month=month, day=day)
