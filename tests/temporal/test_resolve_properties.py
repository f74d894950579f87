"""Properties of resolve() over generated values and document dates: it never raises, and what it
returns is consistent (a point value lies in its interval; a coarse document date never yields a day)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import Cycle, Direction, Fields, Grain, Nth, Shift, TimeValue

dates = st.dates(min_value=date(2, 1, 1), max_value=date(9997, 12, 31))
grains = st.sampled_from([g for g in Grain if g not in (Grain.PART_OF_DAY, Grain.SECOND)])
fields = st.builds(
    Fields,
    year=st.none() | st.integers(-5, 12000),
    month=st.none() | st.integers(0, 13),
    day=st.none() | st.integers(0, 32),
    weekday=st.none() | st.integers(0, 8),
    hour=st.none() | st.integers(-1, 25),
)
values: st.SearchStrategy[TimeValue] = st.one_of(
    fields,
    st.builds(Cycle, grains, st.integers(-3000, 3000)),
    st.builds(Shift, st.floats(-5000, 5000, allow_nan=False), grains),
    st.builds(Nth, st.builds(Fields, weekday=st.integers(1, 7)), st.integers(-3, 3)),
)
contexts = st.builds(
    ReferenceContext,
    st.none() | dates.map(PartialDate.of) | dates.map(lambda d: PartialDate(d.year, d.month)),
    direction=st.sampled_from(list(Direction)),
)


@settings(max_examples=400, deadline=None)
@given(value=values, context=contexts)
def test_resolve_never_raises_and_is_consistent(value: TimeValue, context: ReferenceContext) -> None:
    r = resolve(value, context)
    assert r.value
    if r.interval is not None:
        assert r.interval.start <= r.interval.end
        assert 0.0 < r.confidence <= 1.0
    else:
        assert r.confidence in (0.0, 1.0)


@pytest.mark.parametrize("weekday", range(1, 8))
@settings(max_examples=50, deadline=None)
@given(month=dates.map(lambda d: PartialDate(d.year, d.month)))
def test_resolve_month_dct_never_invents_a_day(weekday: int, month: PartialDate) -> None:
    r = resolve(Fields(weekday=weekday), ReferenceContext(month))
    assert r.grain is not None
    assert r.grain >= Grain.MONTH
