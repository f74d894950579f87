"""English rules: only what the lexicon and templates cannot say on their own."""

from __future__ import annotations

from chronik.temporal.grammar import Rule, RuleMatch
from chronik.temporal.values import Cycle, Fields, Grain, TimeValue

MACROS: dict[str, str] = {}


def _mdy(m: RuleMatch) -> TimeValue | None:
    year = m.int("year") if m.has("year") else None
    return Fields(year=year, month=m.month(), day=m.int("day"))


def _iso(m: RuleMatch) -> TimeValue | None:
    return Fields(year=m.int("year"), month=m.int("monthnum"), day=m.int("day"))


def _weekday(m: RuleMatch) -> TimeValue | None:
    return Fields(weekday=m.weekday())


def _month(m: RuleMatch) -> TimeValue | None:
    year = m.int("year") if m.has("year") else None
    return Fields(year=year, month=m.month())


def _year(m: RuleMatch) -> TimeValue | None:
    return Fields(year=m.int("year"))


def _relday(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, int(m.lookup("reldays")))


RULES: list[Rule] = [
    Rule("date_mdy", "{MONTH} {DAY} ?~, {YEAR}", _mdy),
    Rule("date_iso", r"{YEAR}+-{MONTHNUM}+-{DAY}", _iso, priority=1),
    Rule("weekday", "{WEEKDAY}", _weekday),
    Rule("month_year", "{MONTH} ?~, {YEAR}", _month),
    Rule("in_month", "!in|since|until|by|early|late {MONTH}", _month),
    Rule("year", "!in|since|until|by {YEAR}", _year),
    Rule("relday", "{RELDAYS}", _relday),
]
