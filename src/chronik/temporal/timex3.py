"""TIMEX3 value strings for durations and sets (points are formatted by :func:`calendar.format_point`)."""

from __future__ import annotations

from fractions import Fraction

from chronik.temporal.values import Fields, Grain

__all__ = ["duration_value", "fields_pattern"]

_DATE_UNITS: dict[Grain, str] = {
    Grain.YEAR: "Y", Grain.MONTH: "M", Grain.WEEK: "W", Grain.DAY: "D",
    Grain.DECADE: "DE", Grain.CENTURY: "CE", Grain.MILLENNIUM: "ML", Grain.QUARTER: "Q",
    Grain.WEEKEND: "WE", Grain.SEASON: "S", Grain.HALF: "H",
}
_TIME_UNITS: dict[Grain, str] = {Grain.HOUR: "H", Grain.MINUTE: "M", Grain.SECOND: "S"}

# A fractional amount is expressed in the next finer unit when that makes it whole: 1.5 years = P18M.
_FINER: dict[Grain, tuple[Grain, int]] = {
    Grain.CENTURY: (Grain.YEAR, 100), Grain.DECADE: (Grain.YEAR, 10), Grain.YEAR: (Grain.MONTH, 12),
    Grain.HALF: (Grain.MONTH, 6), Grain.QUARTER: (Grain.MONTH, 3), Grain.MONTH: (Grain.DAY, 30),
    Grain.WEEK: (Grain.DAY, 7), Grain.DAY: (Grain.HOUR, 24), Grain.PART_OF_DAY: (Grain.HOUR, 6),
    Grain.HOUR: (Grain.MINUTE, 60), Grain.MINUTE: (Grain.SECOND, 60),
}


# units whose fraction ``mixed`` writes in the next finer unit after the whole ones (P2Y6M, P1DT12H)
_MIXED: dict[Grain, tuple[Grain, str]] = {
    Grain.YEAR: (Grain.MONTH, "M"), Grain.MONTH: (Grain.DAY, "D"), Grain.DAY: (Grain.HOUR, "H"),
    Grain.HOUR: (Grain.MINUTE, "M"), Grain.MINUTE: (Grain.SECOND, "S"),
}


def _number(amount: float) -> str:
    text = f"{amount:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def duration_value(amount: float | None, unit: Grain, mixed: bool = False) -> str:
    """``P10M``, ``P2D``, ``PT20H``, ``PXY`` (amount unknown), ``P18M`` for 1.5 years (``mixed``:
    ``P1Y6M``, whole units first; ``PT5H30M``)."""
    if mixed and amount is not None and amount > 1 and amount != int(amount) and unit in _MIXED:
        whole = int(amount)
        finer, designator = _MIXED[unit]
        rest = Fraction(amount - whole).limit_denominator(1000) * _FINER[unit][1]
        if rest.denominator == 1:
            head = duration_value(whole, unit)
            time_mark = "T" if finer in _TIME_UNITS and unit not in _TIME_UNITS else ""
            return f"{head}{time_mark}{rest}{designator}"
    if unit is Grain.HALF and amount is not None:
        amount, unit = amount * 6, Grain.MONTH
    if unit is Grain.PART_OF_DAY:
        unit = Grain.DAY if amount is None else Grain.HOUR
        amount = None if amount is None else amount * 6
    if amount is not None:
        frac = Fraction(amount).limit_denominator(1000)
        while frac.denominator != 1 and unit in _FINER:
            finer, factor = _FINER[unit]
            if (frac * factor).denominator != 1 and finer not in _FINER:
                break
            frac, unit = frac * factor, finer
        amount = float(frac)
    number = "X" if amount is None else _number(amount)
    if unit in _TIME_UNITS:
        return f"PT{number}{_TIME_UNITS[unit]}"
    return f"P{number}{_DATE_UNITS[unit]}"


def fields_pattern(f: Fields) -> str:
    """The TIMEX3 SET/underspecified value of fields with no year: ``XXXX-WXX-1``, ``XXXX-03-15``,
    ``XXXX-XX-XXT20:00``."""
    time = ""
    if f.hour is not None:
        time = f"T{f.hour:02d}:{(f.minute or 0):02d}"
    elif f.part_of_day:
        time = f"T{f.part_of_day}"
    year = f"{f.year:04d}" if f.year is not None and not f.two_digit_year else "XXXX"
    if f.weekday is not None and f.day is None:
        return f"{year}-WXX-{f.weekday}{time}"
    if f.weekend:
        return f"{year}-WXX-WE"
    if f.workdays:
        return f"{year}-WXX-WD"
    if f.week is not None:
        return f"{year}-W{f.week:02d}"
    if f.season:
        return f"{year}-{f.season}"
    if f.quarter is not None:
        return f"{year}-Q{f.quarter}"
    if f.half is not None:
        return f"{year}-H{f.half}"
    month = f"{f.month:02d}" if f.month is not None else "XX"
    if f.day is not None:
        return f"{year}-{month}-{f.day:02d}{time}"
    if time:
        return f"{year}-{month}-XX{time}"
    if f.month is not None:
        return f"{year}-{month}"
    return year
