"""German rules: only what the lexicon and templates cannot say on their own."""

from __future__ import annotations

from chronik.temporal.grammar import Rule, RuleMatch
from chronik.temporal.values import Cycle, Fields, Grain, TimeValue

MACROS: dict[str, str] = {}


def _date(m: RuleMatch) -> TimeValue | None:
    year = m.int("year") if m.has("year") else None
    return Fields(year=year, month=m.month(), day=m.int("day"))


def _numeric(m: RuleMatch) -> TimeValue | None:
    return Fields(year=m.int("year"), month=m.int("monthnum"), day=m.int("day"))


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
    Rule("date_dmy", "{DAY}. {MONTH} ?{YEAR}", _date),
    Rule("date_numeric", r"{DAY}+\.{MONTHNUM}+\.{YEAR}", _numeric, priority=1),
    Rule("date_iso", r"{YEAR}+-{MONTHNUM}+-{DAY}", _iso, priority=1),
    Rule("weekday", "{WEEKDAY}", _weekday),
    Rule("month_year", "{MONTH} {YEAR}", _month),
    Rule("in_month", "!im|seit|bis|ab|Anfang|Mitte|Ende {MONTH}", _month),
    Rule("year", "!im|seit|bis|ab|Jahr|Jahre|Jahres {YEAR}", _year),
    Rule("year_bare", r"{YEAR}(?!\s*(?:Teilnehmer|Euro|Menschen|Mal|Prozent))", _year, priority=-1),
    Rule("relday", "{RELDAYS}", _relday, case_sensitive=True),
]
