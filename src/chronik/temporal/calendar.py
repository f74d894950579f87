"""Calendar arithmetic: partial dates, intervals, grains, ISO weeks, seasons, quarters, movable feasts.

Only :mod:`chronik.temporal.resolve` and :mod:`chronik.temporal.dct` call into this module; grammar rules
never do. All intervals are half-open ``[start, end)`` on naive ``datetime`` values.
"""

from __future__ import annotations

import calendar as _stdcal
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from chronik.errors import DateError
from chronik.temporal.values import Grain

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "PART_OF_DAY_HOURS",
    "SEASON_MONTHS",
    "Interval",
    "PartialDate",
    "add",
    "easter",
    "enclosing",
    "format_point",
]

MIN_YEAR = 1
MAX_YEAR = 9998  # leaves room for the end of an interval in year 9998

# TIMEX3 parts of day and the hours they cover (NI runs into the next day).
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (11, 14),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (22, 30),
    "DT": (6, 18),
}

# Meteorological seasons. Winter belongs to the year of its January: 2014-WI is Dec 2013 – Feb 2014.
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_PARTIAL = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day: ``2019``, ``2019-01``, ``2019-01-10``."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DateError(f"year {self.year} is outside {MIN_YEAR}–{MAX_YEAR}")
        if self.month is None:
            if self.day is not None:
                raise DateError("a day without a month is not a date")
            return
        if not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} does not exist in {self.year:04d}-{self.month:02d}")
        if self.day is not None:
            last = _stdcal.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateError(
                    f"day {self.day} does not exist in {self.year:04d}-{self.month:02d} (it has {last} days)"
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (also the leading part of an ISO timestamp)."""
        m = _PARTIAL.match(text)
        if not m or (m.end() != len(text) and text[m.end()] not in "T "):
            raise DateError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = m.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def grain(self) -> Grain:
        if self.day is not None:
            return Grain.DAY
        if self.month is not None:
            return Grain.MONTH
        return Grain.YEAR

    @property
    def interval(self) -> Interval:
        start = datetime(self.year, self.month or 1, self.day or 1)
        return Interval(start, add(start, self.grain, 1))

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """A half-open interval ``[start, end)``."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DateError(f"interval ends ({self.end}) before it starts ({self.start})")

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")


def _add_months(dt: datetime, months: int) -> datetime:
    total = dt.year * 12 + (dt.month - 1) + months
    year, month = divmod(total, 12)
    _check_year(year)
    day = min(dt.day, _stdcal.monthrange(year, month + 1)[1])
    return dt.replace(year=year, month=month + 1, day=day)


_MONTHS_PER = {Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF: 6, Grain.YEAR: 12,
               Grain.DECADE: 120, Grain.CENTURY: 1200, Grain.MILLENNIUM: 12000}


def add(dt: datetime, grain: Grain, n: int) -> datetime:
    """``dt`` moved by ``n`` units of ``grain`` (month ends clamp: Jan 31 + 1 month = Feb 28/29)."""
    try:
        if grain is Grain.SECOND:
            return dt + timedelta(seconds=n)
        if grain is Grain.MINUTE:
            return dt + timedelta(minutes=n)
        if grain is Grain.HOUR:
            return dt + timedelta(hours=n)
        if grain is Grain.PART_OF_DAY or grain is Grain.DAY:
            return dt + timedelta(days=n)
        if grain is Grain.WEEK or grain is Grain.WEEKEND:
            return dt + timedelta(weeks=n)
        return _add_months(dt, _MONTHS_PER[grain] * n)
    except OverflowError as exc:  # timedelta past year 9999
        raise DateError(f"{dt:%Y-%m-%d} moved by {n} {grain.name.lower()}s leaves the calendar") from exc


def enclosing(dt: datetime, grain: Grain) -> Interval:
    """The unit of ``grain`` containing ``dt``: the week (Monday–Sunday) of a day, the quarter of a month."""
    if grain is Grain.SECOND:
        start = dt.replace(microsecond=0)
    elif grain is Grain.MINUTE:
        start = dt.replace(second=0, microsecond=0)
    elif grain is Grain.HOUR:
        start = dt.replace(minute=0, second=0, microsecond=0)
    elif grain is Grain.DAY or grain is Grain.PART_OF_DAY:
        start = datetime(dt.year, dt.month, dt.day)
    elif grain is Grain.WEEK:
        day = datetime(dt.year, dt.month, dt.day)
        start = day - timedelta(days=day.weekday())
    elif grain is Grain.WEEKEND:
        day = datetime(dt.year, dt.month, dt.day)
        start = day - timedelta(days=day.weekday()) + timedelta(days=5)
        return Interval(start, start + timedelta(days=2))
    elif grain is Grain.MONTH:
        start = datetime(dt.year, dt.month, 1)
    elif grain is Grain.SEASON:
        # Winter starts in December of the previous year.
        shifted = _add_months(datetime(dt.year, dt.month, 1), 1)
        start = _add_months(datetime(shifted.year, ((shifted.month - 1) // 3) * 3 + 1, 1), -1)
    elif grain is Grain.QUARTER:
        start = datetime(dt.year, ((dt.month - 1) // 3) * 3 + 1, 1)
    elif grain is Grain.HALF:
        start = datetime(dt.year, 1 if dt.month <= 6 else 7, 1)
    elif grain is Grain.YEAR:
        start = datetime(dt.year, 1, 1)
    elif grain is Grain.DECADE:
        start = datetime(max(dt.year - dt.year % 10, MIN_YEAR), 1, 1)
    elif grain is Grain.CENTURY:
        start = datetime(max(dt.year - dt.year % 100, MIN_YEAR), 1, 1)
    else:
        start = datetime(max(dt.year - dt.year % 1000, MIN_YEAR), 1, 1)
    return Interval(start, add(start, grain, 1))


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                    6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def format_point(dt: datetime, grain: Grain, part_of_day: str | None = None) -> str:
    """The TIMEX3 value of the unit of ``grain`` starting at (or containing) ``dt``."""
    if grain is Grain.SECOND:
        return dt.strftime("%Y-%m-%dT%H:%M:%S")
    if grain is Grain.MINUTE:
        return dt.strftime("%Y-%m-%dT%H:%M")
    if grain is Grain.HOUR:
        return dt.strftime("%Y-%m-%dT%H")
    if grain is Grain.PART_OF_DAY:
        return f"{dt:%Y-%m-%d}T{part_of_day or 'DT'}"
    if grain is Grain.DAY:
        return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
    if grain is Grain.WEEK or grain is Grain.WEEKEND:
        iso_year, week, _ = dt.isocalendar()
        suffix = "-WE" if grain is Grain.WEEKEND else ""
        return f"{iso_year:04d}-W{week:02d}{suffix}"
    if grain is Grain.MONTH:
        return f"{dt.year:04d}-{dt.month:02d}"
    if grain is Grain.SEASON:
        season = _SEASON_OF_MONTH[dt.month]
        year = dt.year + 1 if dt.month == 12 else dt.year
        return f"{year:04d}-{season}"
    if grain is Grain.QUARTER:
        return f"{dt.year:04d}-Q{(dt.month - 1) // 3 + 1}"
    if grain is Grain.HALF:
        return f"{dt.year:04d}-H{1 if dt.month <= 6 else 2}"
    if grain is Grain.YEAR:
        return f"{dt.year:04d}"
    if grain is Grain.DECADE:
        return f"{dt.year // 10:03d}"
    if grain is Grain.CENTURY:
        return f"{dt.year // 100:02d}"
    return f"{dt.year // 1000:01d}"
