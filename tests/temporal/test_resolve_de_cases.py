"""Resolver regressions found with the German grammar (table-driven, values only)."""

from __future__ import annotations

import pytest

from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import Reference, ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import Anchor, Cycle, Fields, Grain, Intersect, TimeValue


def _ref(date: str) -> Reference:
    return Reference.of(PartialDate.parse(date))




@pytest.mark.parametrize(
    ("value", "dct", "ref", "expected"),
    [
        # "um 20 Uhr" after a decade was mentioned: a coarse narrative anchor falls back to the DCT
        (Intersect(Cycle(Grain.DAY, 0, Anchor.REF), Fields(hour=20, minute=0)), "2019-01-10", "1990",
         "2019-01-10T20:00"),
        # ... but a day-level narrative anchor is used
        (Intersect(Cycle(Grain.DAY, 0, Anchor.REF), Fields(hour=20, minute=0)), "2019-01-10", "2019-01-03",
         "2019-01-03T20:00"),
        # "am nächsten Tag" after "am Mittwoch"
        (Cycle(Grain.DAY, 1, Anchor.REF), "2019-01-10", "2019-01-09", "2019-01-10"),
        # "im selben Jahr" after a year
        (Cycle(Grain.YEAR, 0, Anchor.REF), "2019-01-10", "2017", "2017"),
        # year boundary: "nächste Woche" on 2020-12-31 is ISO week 53 of 2020 + 1
        (Cycle(Grain.WEEK, 1), "2020-12-31", None, "2021-W01"),
        (Cycle(Grain.WEEK, 0), "2021-01-01", None, "2020-W53"),
        # leap day
        (Cycle(Grain.DAY, 1), "2020-02-28", None, "2020-02-29"),
        (Cycle(Grain.YEAR, -1), "2020-02-29", None, "2019"),
    ],
)
def test_resolve_de_cases(value: TimeValue, dct: str, ref: str | None, expected: str) -> None:
    ctx = ReferenceContext(PartialDate.parse(dct), ref=_ref(ref) if ref else None)
    assert resolve(value, ctx).value == expected
