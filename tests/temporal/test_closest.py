"""``Direction.CLOSEST``: the occurrence closest to the anchor, on either side."""

from __future__ import annotations

import pytest

from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import Direction, Fields


@pytest.mark.parametrize(
    ("month", "day", "dct", "expected"),
    [
        (12, 21, "2016-01-14", "2015-12-21"),  # last December, not this year's
        (1, 14, "2009-12-17", "2010-01-14"),  # next January
        (6, 1, "2014-05-20", "2014-06-01"),
        (3, 21, "2015-03-24", "2015-03-21"),
        (2, 29, "2021-01-10", "2020-02-29"),  # the only leap days nearby: 2020 is closer than 2024
    ],
)
def test_closest(month: int, day: int, dct: str, expected: str) -> None:
    ctx = ReferenceContext(PartialDate.parse(dct), direction=Direction.CLOSEST)
    assert resolve(Fields(month=month, day=day), ctx).value == expected
