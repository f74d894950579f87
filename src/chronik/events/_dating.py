"""Dating: TIMEX3-style values of the intervals that date events, and the ordinal cues
("den vierten innerhalb von zehn Monaten").
"""

from __future__ import annotations

import re
from datetime import timedelta

from chronik.temporal.calendar import Interval, add
from chronik.temporal.values import Grain

_ORDINALS = {"zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "second": 2, "third": 3, "fourth": 4,
             "fifth": 5}


_ORDINAL_MARKERS = ("innerhalb von", "within", "in den vergangenen", "in the past")


_ORDINAL_HINT = re.compile("(?:" + "|".join(map(re.escape, _ORDINALS)) + ") (?:"
                           + "|".join(map(re.escape, _ORDINAL_MARKERS)) + ")")


def _interval_value(interval: Interval, grain: Grain) -> str:
    """TIMEX3-style value of an interval: a day, a whole month or year, else ``first/last`` day."""
    start, end = interval.start, interval.end
    last = end - timedelta(days=1)
    if end - start <= timedelta(days=1):
        return start.date().isoformat()
    if start.day == 1 and end == add(start, Grain.MONTH, 1):
        return f"{start.year:04d}-{start.month:02d}"
    if (start.month, start.day) == (1, 1) and end == add(start, Grain.YEAR, 1):
        return f"{start.year:04d}"
    return f"{start.date().isoformat()}/{last.date().isoformat()}"


def _grain_of(interval: Interval) -> Grain:
    days = (interval.end - interval.start).days
    return Grain.DAY if days <= 1 else Grain.MONTH if days <= 31 else Grain.YEAR
