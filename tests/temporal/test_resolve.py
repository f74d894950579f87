"""resolve() on values alone, language-neutral: a table of (value, context) -> TIMEX3 value."""

from __future__ import annotations

import pytest

from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import Reference, ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import (
    Anchor,
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
    VagueRef,
)


def ctx(dct: str | None, direction: Direction = Direction.PAST, ref: str | None = None) -> ReferenceContext:
    r = Reference.of(PartialDate.parse(ref)) if ref else None
    return ReferenceContext(PartialDate.parse(dct) if dct else None, r, direction)


P, F, N = Direction.PAST, Direction.FUTURE, Direction.NEAREST

CASES: list[tuple[str, TimeValue, ReferenceContext, str, str]] = [
    # explicit fields
    ("full date", Fields(2010, 2, 25), ctx("2019-01-10"), "DATE", "2010-02-25"),
    ("leap day", Fields(2020, 2, 29), ctx("2019-01-10"), "DATE", "2020-02-29"),
    ("not a leap day", Fields(2019, 2, 29), ctx("2019-01-10"), "DATE", "2019-02-29"),
    ("year", Fields(year=2017), ctx("2019-01-10"), "DATE", "2017"),
    ("decade", Fields(decade=199), ctx("2019-01-10"), "DATE", "199"),
    ("century", Fields(century=18), ctx("2019-01-10"), "DATE", "18"),
    ("quarter", Fields(year=2018, quarter=3), ctx("2019-01-10"), "DATE", "2018-Q3"),
    ("half-year", Fields(year=2014, half=2), ctx("2019-01-10"), "DATE", "2014-H2"),
    ("winter", Fields(year=2014, season="WI"), ctx("2019-01-10"), "DATE", "2014-WI"),
    ("time", Fields(2010, 2, 25, hour=20, minute=30), ctx("2019-01-10"), "TIME", "2010-02-25T20:30"),
    ("iso week 53", Fields(year=2020, week=53), ctx("2021-01-05"), "DATE", "2020-W53"),
    ("two-digit year", Fields(year=98, two_digit_year=True), ctx("2001-05-01"), "DATE", "1998"),
    # the year from the anchor, by direction
    ("month, past", Fields(month=6), ctx("2019-01-10"), "DATE", "2018-06"),
    ("month, future", Fields(month=6), ctx("2019-01-10", F), "DATE", "2019-06"),
    ("month, nearest", Fields(month=6), ctx("2019-01-10", N), "DATE", "2019-06"),
    ("current month, past", Fields(month=1), ctx("2019-01-10"), "DATE", "2019-01"),
    # a comparison keeps the narrative anchor's grain (no finer than a quarter); an anchor that is already
    # the earlier period is named again
    ("year earlier, quarter", Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER),
     ctx("1989-10-26", ref="1989-03"), "DATE", "1988-Q1"),
    ("year earlier, day anchor", Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER),
     ctx("1989-10-26", ref="1989-09-30"), "DATE", "1988-Q3"),
    ("year earlier, year anchor", Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER),
     ctx("1989-10-26", ref="1989"), "DATE", "1988"),
    ("year earlier, anchor earlier", Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER),
     ctx("1989-10-26", ref="1988-08"), "DATE", "1988-Q3"),
    ("year earlier, no anchor", Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER),
     ctx("1989-10-26"), "DATE", "1988"),
    # a quarter or half without a year in a future clause: the closest one
    ("quarter, future tense, just past", Fields(quarter=3), ctx("1989-11-02", F), "DATE", "1989-Q3"),
    ("quarter, future tense, next year", Fields(quarter=1), ctx("1989-11-02", F), "DATE", "1990-Q1"),
    ("quarter, past tense, current", Fields(quarter=4), ctx("1989-11-02"), "DATE", "1989-Q4"),
    ("half, future tense", Fields(half=2), ctx("2019-08-10", F), "DATE", "2019-H2"),
    ("day-month across new year", Fields(month=12, day=28), ctx("2019-01-03"), "DATE", "2018-12-28"),
    ("day-month future across new year", Fields(month=1, day=3), ctx("2018-12-28", F), "DATE", "2019-01-03"),
    ("weekday, past, same day", Fields(weekday=4), ctx("2019-01-10"), "DATE", "2019-01-10"),
    ("weekday, past", Fields(weekday=3), ctx("2019-01-10"), "DATE", "2019-01-09"),
    ("weekday, past, last week", Fields(weekday=5), ctx("2019-01-10"), "DATE", "2019-01-04"),
    ("weekday, future", Fields(weekday=5), ctx("2019-01-10", F), "DATE", "2019-01-11"),
    ("weekday with date picks the year", Fields(month=2, day=25, weekday=4), ctx("2011-01-10"), "DATE",
     "2010-02-25"),
    ("season, past", Fields(season="SU"), ctx("2019-01-10"), "DATE", "2018-SU"),
    ("part of day alone", Fields(part_of_day="EV"), ctx("2019-01-10"), "TIME", "2019-01-10TEV"),
    # cycles
    ("yesterday", Cycle(Grain.DAY, -1), ctx("2019-01-01"), "DATE", "2018-12-31"),
    ("tomorrow leap", Cycle(Grain.DAY, 1), ctx("2020-02-28"), "DATE", "2020-02-29"),
    ("last week over new year", Cycle(Grain.WEEK, -1), ctx("2021-01-05"), "DATE", "2020-W53"),
    ("this week", Cycle(Grain.WEEK, 0), ctx("2019-12-30"), "DATE", "2020-W01"),
    ("last month", Cycle(Grain.MONTH, -1), ctx("2019-01-10"), "DATE", "2018-12"),
    ("next year", Cycle(Grain.YEAR, 1), ctx("2019-01-10"), "DATE", "2020"),
    ("last quarter", Cycle(Grain.QUARTER, -1), ctx("2019-01-10"), "DATE", "2018-Q4"),
    ("this half-year", Cycle(Grain.HALF, 0), ctx("2019-08-10"), "DATE", "2019-H2"),
    ("this weekend", Cycle(Grain.WEEKEND, 0), ctx("2019-01-10"), "DATE", "2019-W02-WE"),
    ("last decade", Cycle(Grain.DECADE, -1), ctx("2019-01-10"), "DATE", "200"),
    ("this century", Cycle(Grain.CENTURY, 0), ctx("2019-01-10"), "DATE", "20"),
    ("next day (narrative)", Cycle(Grain.DAY, 1, Anchor.REF), ctx("2019-01-10", ref="2019-01-09"), "DATE",
     "2019-01-10"),
    ("same year (narrative)", Cycle(Grain.YEAR, 0, Anchor.REF), ctx("2019-01-10", ref="2017-05"), "DATE",
     "2017"),
    ("REF falls back to DCT", Cycle(Grain.DAY, 1, Anchor.REF), ctx("2019-01-10"), "DATE", "2019-01-11"),
    # nth
    ("next Friday said on a Friday", Nth(Fields(weekday=5), 1), ctx("2019-01-11"), "DATE", "2019-01-18"),
    ("last Friday said on a Friday", Nth(Fields(weekday=5), -1), ctx("2019-01-11"), "DATE", "2019-01-04"),
    ("this Friday", Nth(Fields(weekday=5), 0), ctx("2019-01-08"), "DATE", "2019-01-11"),
    ("last June", Nth(Fields(month=6), -1), ctx("2019-06-15"), "DATE", "2018-06"),
    # shifts
    ("two weeks ago", Shift(-2, Grain.WEEK), ctx("2019-01-10"), "DATE", "2018-W52"),
    ("three days later", Shift(3, Grain.DAY, Anchor.REF), ctx("2019-01-10", ref="2019-02-27"), "DATE",
     "2019-03-02"),
    ("eighteen months ago (1.5 years)", Shift(-1.5, Grain.YEAR), ctx("2019-01-10"), "DATE", "2017"),
    ("five years ago", Shift(-5, Grain.YEAR), ctx("2019-01-10"), "DATE", "2014"),
    # intersections
    ("yesterday evening", Intersect(Cycle(Grain.DAY, -1), Fields(part_of_day="EV")), ctx("2014-02-21"),
     "TIME", "2014-02-20TEV"),
    ("tomorrow at 8", Intersect(Cycle(Grain.DAY, 1), Fields(hour=8)), ctx("2019-01-10"), "TIME",
     "2019-01-11T08"),
    ("next week Tuesday", Intersect(Cycle(Grain.WEEK, 1), Fields(weekday=2)), ctx("2019-01-10"), "DATE",
     "2019-01-15"),
    # feasts
    ("Easter 2019", Feast("easter", 2019), ctx("2019-01-10"), "DATE", "2019-04-21"),
    ("Pentecost, past", Feast("easter+49"), ctx("2019-01-10"), "DATE", "2018-05-20"),
    ("Corpus Christi, future", Feast("easter+60"), ctx("2019-01-10", F), "DATE", "2019-06-20"),
    ("Christmas, past", Feast("12-25"), ctx("2019-01-10"), "DATE", "2018-12-25"),
    # modifiers, ranges
    ("early 2018", Modified(Fields(year=2018), Mod.START), ctx("2019-01-10"), "DATE", "2018"),
    ("range", Range(Fields(2019, 3, 3), Fields(2019, 3, 5)), ctx("2019-01-10"), "DATE", "2019-03-03"),
    # durations, sets, vague, unknown
    ("ten months", Duration(10, Grain.MONTH), ctx("2019-01-10"), "DURATION", "P10M"),
    ("one and a half years", Duration(1.5, Grain.YEAR), ctx("2019-01-10"), "DURATION", "P18M"),
    ("two and a half years, mixed", Duration(2.5, Grain.YEAR, mixed=True), ctx("2019-01-10"), "DURATION",
     "P2Y6M"),
    ("5 1/2 hours, mixed", Duration(5.5, Grain.HOUR, mixed=True), ctx("2019-01-10"), "DURATION", "PT5H30M"),
    ("a day and a half, mixed", Duration(1.5, Grain.DAY, mixed=True), ctx("2019-01-10"), "DURATION",
     "P1DT12H"),
    ("half a year, mixed", Duration(0.5, Grain.YEAR, mixed=True), ctx("2019-01-10"), "DURATION", "P6M"),
    ("half a day", Duration(0.5, Grain.DAY), ctx("2019-01-10"), "DURATION", "PT12H"),
    ("years (unknown amount)", Duration(None, Grain.YEAR), ctx("2019-01-10"), "DURATION", "PXY"),
    ("200 hours", Duration(200, Grain.HOUR), ctx("2019-01-10"), "DURATION", "PT200H"),
    ("two decades", Duration(2, Grain.DECADE), ctx("2019-01-10"), "DURATION", "P2DE"),
    ("every Monday", Recurrence(Fields(weekday=1), quant="EACH"), ctx("2019-01-10"), "SET", "XXXX-WXX-1"),
    ("daily", Recurrence(Duration(1, Grain.DAY)), ctx("2019-01-10"), "SET", "P1D"),
    ("every Monday evening", Recurrence(Fields(weekday=1, part_of_day="EV")), ctx(None), "SET",
     "XXXX-WXX-1TEV"),
    ("in future", Vague(VagueRef.FUTURE), ctx("2019-01-10"), "DATE", "FUTURE_REF"),
    ("formerly", Vague(VagueRef.PAST), ctx(None), "DATE", "PAST_REF"),
    ("currently", Vague(VagueRef.PRESENT), ctx("2019-01-10"), "DATE", "PRESENT_REF"),
    ("one day (unknown)", Unknown(), ctx("2019-01-10"), "DATE", "XXXX-XX-XX"),
    # a document date known only to the month: values at the known grain, not invented days
    ("weekday, month-only dct", Fields(weekday=4), ctx("2019-01"), "DATE", "2019-01"),
    ("yesterday, month-only dct", Cycle(Grain.DAY, -1), ctx("2019-01"), "DATE", "2019-01"),
    ("last year, month-only dct", Cycle(Grain.YEAR, -1), ctx("2019-01"), "DATE", "2018"),
    ("June, month-only dct", Fields(month=6), ctx("2019-01"), "DATE", "2018-06"),
    ("last month, month-only dct", Cycle(Grain.MONTH, -1), ctx("2019-01"), "DATE", "2018-12"),
    ("weekday, year-only dct", Fields(weekday=4), ctx("2019"), "DATE", "2019"),
    # no anchor at all: said, not guessed
    ("June without dct", Fields(month=6), ctx(None), "DATE", "XXXX-06"),
    ("yesterday without dct", Cycle(Grain.DAY, -1), ctx(None), "DATE", "XXXX-XX-XX"),
]


@pytest.mark.parametrize(("name", "value", "context", "ttype", "expected"), CASES, ids=[c[0] for c in CASES])
def test_resolve_table(name: str, value: TimeValue, context: ReferenceContext, ttype: str,
                       expected: str) -> None:
    r = resolve(value, context)
    assert (r.type, r.value) == (TimexType(ttype), expected)


@pytest.mark.parametrize(("value", "dct"), [(Cycle(Grain.DAY, -1), "2019-01"),
                                            (Fields(weekday=4), "2019-01")])
def test_resolve_coarse_dct_lowers_confidence_keeps_possible_days(value: TimeValue, dct: str) -> None:
    r = resolve(value, ctx(dct))
    assert r.confidence < 1.0
    assert r.note
    assert r.interval is not None
    assert (r.interval.end - r.interval.start).days >= 28


@pytest.mark.parametrize(("value", "why"), [(Fields(month=6), "no document date"),
                                            (Cycle(Grain.DAY, -1), "no document date")])
def test_resolve_unanchored_says_so(value: TimeValue, why: str) -> None:
    r = resolve(value, ctx(None))
    assert r.interval is None
    assert r.confidence == 0.0
    assert r.note
    assert why in r.note


@pytest.mark.parametrize("value", [Fields(2019, 2, 29), Fields(2019, 13), Fields(year=99999),
                                   Shift(-5000, Grain.YEAR), Cycle(Grain.CENTURY, 100)])
def test_resolve_absurd_dates_are_unresolved_not_raised(value: TimeValue) -> None:
    r = resolve(value, ctx("2019-01-10"))
    assert r.interval is None
    assert r.confidence == 0.0


@pytest.mark.parametrize(("value", "point"), [
    (Duration(5, Grain.YEAR, point=Shift(-5, Grain.YEAR)), ("2014-01-01T00:00:00", "2015-01-01T00:00:00")),
    (Duration(1, Grain.WEEK, point=Shift(-1, Grain.WEEK)), ("2018-12-31T00:00:00", "2019-01-07T00:00:00")),
])
def test_resolve_duration_keeps_implied_point(value: TimeValue, point: tuple[str, str]) -> None:
    r = resolve(value, ctx("2019-01-10"))
    assert r.type is TimexType.DURATION
    assert r.point is not None
    assert r.point.iso() == point
