"""The language-neutral temporal algebra.

Grammar rules produce these values and never compute dates; :func:`chronik.temporal.resolve.resolve` is
the one place that turns a value into a calendar interval and TIMEX3 attributes.

    Fields(year=2018, month=6)                    "Juni 2018"
    Cycle(Grain.WEEK, -1)                         "letzte Woche" / "last week"
    Nth(Fields(weekday=4), -1)                    "am vergangenen Donnerstag"
    Shift(-2, Grain.WEEK)                         "two weeks ago"
    Intersect(Cycle(Grain.DAY, -1), Fields(part_of_day="EV"))   "gestern Abend"
    Range(a, b)                                   "vom 3. bis 5. März"
    Modified(Fields(year=2018), Mod.START)        "Anfang 2018"
    Duration(10, Grain.MONTH)                     "zehn Monate"
    Recurrence(Fields(weekday=1), quant="EACH")   "jeden Montag"
    Vague(VagueRef.FUTURE)                        "in Zukunft"
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TypeAlias

__all__ = [
    "Anchor",
    "Cycle",
    "Direction",
    "Duration",
    "Feast",
    "Fields",
    "Grain",
    "Intersect",
    "Mod",
    "Modified",
    "Nth",
    "Range",
    "Recurrence",
    "Shift",
    "TimeValue",
    "TimexType",
    "Unknown",
    "Vague",
    "VagueRef",
]


class Grain(enum.IntEnum):
    """Calendar units, ordered from finest to coarsest."""

    SECOND = 1
    MINUTE = 2
    HOUR = 3
    PART_OF_DAY = 4
    DAY = 5
    WEEKEND = 6
    WEEK = 7
    MONTH = 8
    SEASON = 9
    QUARTER = 10
    HALF = 11
    YEAR = 12
    DECADE = 13
    CENTURY = 14
    MILLENNIUM = 15


class TimexType(enum.StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(enum.StrEnum):
    """TIMEX3 ``mod`` values."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"


class VagueRef(enum.StrEnum):
    PAST = "PAST_REF"
    PRESENT = "PRESENT_REF"
    FUTURE = "FUTURE_REF"


class Anchor(enum.StrEnum):
    """What a relative expression is anchored to.

    ``DCT``: the document date (news: "gestern", "letzte Woche").
    ``REF``: the last date resolved before it in the text (narrative: "am nächsten Tag", "im selben Jahr").
    ``LOCAL``: the last date resolved before it in the same sentence, else the document date (a clock time:
    "am Donnerstag um 20 Uhr" is Thursday's, a "20 Uhr" in a later sentence the document day's).
    """

    DCT = "DCT"
    REF = "REF"
    LOCAL = "LOCAL"


class Direction(enum.StrEnum):
    """Which occurrence an under-specified expression means ("Donnerstag", "im Juni")."""

    PAST = "past"  # the latest one on or before the anchor
    FUTURE = "future"  # the earliest one on or after the anchor
    NEAREST = "nearest"  # within the anchor's enclosing cycle (same week for weekdays, same year for months)
    CLOSEST = "closest"  # the occurrence closest to the anchor, either side ("January" said in November)
    # the closest one, a step back counting double: a story moves on ("Im Dezember 1989 … am 2. Januar" is
    # 1990's), but rather back a little than ahead a year ("im Dezember 1973 … am 25. November" is 1973's)
    ONWARD = "onward"


@dataclass(frozen=True, slots=True)
class Fields:
    """Absolute calendar fields; missing coarser fields are taken from the anchor.

    ``part_of_day`` is a TIMEX3 code (MO, MI, AF, EV, NI, DT), ``season`` one of SP, SU, FA, WI.
    ``decade`` is e.g. 199 for the 1990s, ``century`` is e.g. 19 for the 1900s (i.e. the 20th century).
    ``two_digit_year`` marks "'98": the century comes from the anchor.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: Monday = 1 … Sunday = 7
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    week: int | None = None  # ISO week number
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    part_of_day: str | None = None
    weekend: bool = False
    workdays: bool = False  # Monday to Friday, only in SETs ("on weekdays": XXXX-WXX-WD)
    decade: int | None = None
    century: int | None = None
    two_digit_year: bool = False
    timezone: str | None = None

    def finest(self) -> Grain | None:
        """The finest grain this value names."""
        order: list[tuple[object, Grain]] = [
            (self.second, Grain.SECOND),
            (self.minute, Grain.MINUTE),
            (self.hour, Grain.HOUR),
            (self.part_of_day, Grain.PART_OF_DAY),
            (self.day, Grain.DAY),
            (self.weekday, Grain.DAY),
            (self.weekend or None, Grain.WEEKEND),
            (self.week, Grain.WEEK),
            (self.month, Grain.MONTH),
            (self.season, Grain.SEASON),
            (self.quarter, Grain.QUARTER),
            (self.half, Grain.HALF),
            (self.year, Grain.YEAR),
            (self.decade, Grain.DECADE),
            (self.century, Grain.CENTURY),
        ]
        for value, grain in order:
            if value is not None:
                return grain
        return None

    def coarsest_given(self) -> Grain | None:
        """The coarsest grain this value names (year for "25.2.2010", month for "25. Februar")."""
        order: list[tuple[object, Grain]] = [
            (self.century, Grain.CENTURY),
            (self.decade, Grain.DECADE),
            (None if self.two_digit_year else self.year, Grain.YEAR),
            (self.half, Grain.HALF),
            (self.quarter, Grain.QUARTER),
            (self.season, Grain.SEASON),
            (self.month, Grain.MONTH),
            (self.week, Grain.WEEK),
            (self.weekend or None, Grain.WEEKEND),
            (self.day, Grain.DAY),
            (self.weekday, Grain.DAY),
            (self.part_of_day, Grain.PART_OF_DAY),
            (self.hour, Grain.HOUR),
            (self.minute, Grain.MINUTE),
        ]
        for value, grain in order:
            if value is not None:
                return grain
        return None


@dataclass(frozen=True, slots=True)
class Cycle:
    """The calendar unit ``offset`` units from the anchor's: "diese Woche" (0), "letztes Jahr" (-1)."""

    grain: Grain
    offset: int
    anchor: Anchor = Anchor.DCT


@dataclass(frozen=True, slots=True)
class Nth:
    """The ``n``-th occurrence of ``of`` counted from the anchor: -1 the last one strictly before it,
    +1 the next one strictly after it, 0 the one in the anchor's current enclosing cycle ("diesen Freitag").
    """

    of: Fields
    n: int
    anchor: Anchor = Anchor.DCT


@dataclass(frozen=True, slots=True)
class Shift:
    """The anchor moved by ``amount`` units, kept at the unit's grain: "vor zwei Wochen" (-2 weeks).

    ``amount`` is ``None`` when unspecified ("vor einigen Jahren").
    """

    amount: float | None
    unit: Grain
    anchor: Anchor = Anchor.DCT
    base: TimeValue | None = None  # shift from this value instead of the anchor ("zwei Tage nach dem 3. Mai")
    # a comparison ("a year earlier" after "the third quarter": that quarter a year before, TimeBank):
    # keep a narrative anchor's own grain, but no finer than this one (``None``: the unit's grain)
    keep_anchor_grain: Grain | None = None


@dataclass(frozen=True, slots=True)
class Intersect:
    """Both at once, the finer one inside the coarser one: "gestern Abend", "Donnerstag, 25. Februar"."""

    a: TimeValue
    b: TimeValue


@dataclass(frozen=True, slots=True)
class Range:
    """From ``start`` to ``end``: "vom 3. bis 5. März"."""

    start: TimeValue
    end: TimeValue


@dataclass(frozen=True, slots=True)
class Modified:
    """A value with a TIMEX3 ``mod``: "Anfang 2018" (START), "etwa zehn Jahre" (APPROX)."""

    inner: TimeValue
    mod: Mod


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of time: "zehn Monate" (10, MONTH). ``amount=None`` is unspecified ("jahrelang": PXY).

    ``point`` is set when the phrase also denotes a point in time ("vor fünf Jahren": the corpus value is
    P5Y, the point is ``Shift(-5, YEAR)``), so timelines can place it.
    """

    amount: float | None
    unit: Grain
    point: TimeValue | None = None
    # a fractional amount as whole units plus the rest in finer ones ("2 1/2 years": P2Y6M, TimeBank)
    # rather than in the finer unit alone (P30M, KRAUTS)
    mixed: bool = False


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A TIMEX3 SET: "jeden Montag" (Fields(weekday=1), quant EACH), "täglich" (Duration(1, DAY))."""

    of: TimeValue
    quant: str | None = None
    freq: str | None = None


@dataclass(frozen=True, slots=True)
class Feast:
    """A named day: ``rule`` is ``MM-DD`` for fixed feasts ("12-25") or ``easter±N`` for movable ones
    ("easter+49" is Pentecost). ``year`` given or taken from the anchor by direction. ``days`` > 1 for
    """

    rule: str
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Vague:
    """PAST_REF, PRESENT_REF or FUTURE_REF: "früher", "derzeit", "in Zukunft"."""

    ref: VagueRef


@dataclass(frozen=True, slots=True)
class Unknown:
    """A temporal expression whose value cannot be known: "einen Tag" (XXXX-XX-XX) in KRAUTS."""

    grain: Grain = Grain.DAY
    timex_type: TimexType = TimexType.DATE


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day on no one day: "jeweils 20 Uhr" after a list of dates, "wochentags von 14 bis 18 Uhr"
    (TIMEX3 ``T20:00``)."""

    hour: int
    minute: int = 0


TimeValue: TypeAlias = (
    Fields | Cycle | Nth | Shift | Intersect | Range | Modified | Duration | Recurrence | Vague | Unknown
    | Feast | Clock
)
