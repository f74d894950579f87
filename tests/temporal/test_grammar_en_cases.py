"""Engine and resolver behaviour the English grammar relies on (general, language-neutral)."""

from __future__ import annotations

import pytest

import chronik
from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import ReferenceContext
from chronik.temporal.grammar import Lexicon, Rule
from chronik.temporal.grammar.rule import DIGIT, RuleMatch, compile_rule
from chronik.temporal.resolve import holiday, resolve
from chronik.temporal.values import Direction, Fields, TimeValue

_LEX = Lexicon.from_mapping({"ordinal": {"third": 3}, "month": {"june": 6}}, "xx")


def _none(m: RuleMatch) -> TimeValue | None:
    return None


@pytest.mark.parametrize(("template", "text", "matched"), [
    ("?the {ORDINAL} quarter", "third quarter", "third quarter"),
    ("?the {ORDINAL} quarter", "the third quarter", "the third quarter"),
    ("?the ?fiscal {ORDINAL} quarter", "fiscal third quarter", "fiscal third quarter"),
    ("?the ?~, {ORDINAL}", "third", "third"),
    ("?the ?~, {ORDINAL}", "the, third", "the, third"),
])
def test_rule_leading_optional_tokens_may_be_absent(template: str, text: str, matched: str) -> None:
    cr = compile_rule(Rule("r", template, _none), _LEX, {})
    m = cr.regex.match(text)
    assert m is not None
    assert m.group() == matched


@pytest.mark.parametrize(("template", "keys"), [
    ("(?:early|late) {MONTH}", {"w:early", "w:late"}),
    ("{M2}", {DIGIT}),
    ("?the {ORDINAL}", {"w:the", "@table:ordinal"}),
])
def test_rule_start_keys_of_groups(template: str, keys: set[str]) -> None:
    cr = compile_rule(Rule("r", template, _none), _LEX, {"M2": r"(?:\d{1,2}|{ORDINAL})"})
    assert set(cr.keys) >= keys
    assert "@any" not in cr.keys


@pytest.mark.parametrize(("text", "before", "after"), [("in June now", "in ", " now")])
def test_rule_match_sees_its_surroundings(text: str, before: str, after: str) -> None:
    cr = compile_rule(Rule("r", "{MONTH}", _none), _LEX, {})
    m = cr.regex.match(text, 3)
    assert m is not None
    rm = RuleMatch(m, _LEX, None)  # type: ignore[arg-type]
    assert rm.around(10, 10) == (before, after)
    assert (rm.start, rm.end) == (3, 7)


@pytest.mark.parametrize(("rule", "year", "expected"), [
    ("11/4/4", 1999, Fields(year=1999, month=11, day=25)),   # Thanksgiving: fourth Thursday of November
    ("05/-1/1", 2019, Fields(year=2019, month=5, day=27)),   # Memorial Day: last Monday of May
    ("09/1/1", 2020, Fields(year=2020, month=9, day=7)),     # Labor Day: first Monday of September
])
def test_holiday_nth_weekday_of_month(rule: str, year: int, expected: Fields) -> None:
    assert holiday(rule, year) == expected


@pytest.mark.parametrize(("value", "dct", "direction", "expected"), [
    (Fields(month=1), "1989-11-02", Direction.CLOSEST, "1990-01"),        # "in January" said in November
    (Fields(month=9), "1989-11-02", Direction.CLOSEST, "1989-09"),
    (Fields(month=12, day=15), "1989-10-27", Direction.CLOSEST, "1989-12-15"),
    (Fields(weekday=4, part_of_day="EV"), "1998-02-12", Direction.PAST, "1998-02-12TEV"),  # same day
    (Fields(weekday=4), "1998-02-12", Direction.PAST, "1998-02-12"),
])
def test_resolve_direction_closest_and_same_day(value: Fields, dct: str, direction: Direction,
                                                expected: str) -> None:
    ctx = ReferenceContext(PartialDate.parse(dct), direction=direction)
    assert resolve(value, ctx).value == expected


@pytest.mark.parametrize("text", [
    "1" * 5000, "1 " * 5000, "the " * 5000, "the past " * 3000, "Monday, " * 2000, "12/" * 3000,
    "twenty-" * 2000, "at least " * 2000, "1998-" * 2000, "early next " * 2000,
])
def test_english_adversarial_text_is_tagged_in_linear_time(text: str) -> None:
    import time

    import chronik

    t0 = time.perf_counter()
    chronik.tag(text, lang="en", dct="2019-01-10")
    assert time.perf_counter() - t0 < 5.0


@pytest.mark.parametrize(("text", "extent", "point"), [
    ("The dam was finished in 1962. Six years later it cracked.", "Six years",
     ("1968-01-01T00:00:00", "1969-01-01T00:00:00")),
    ("The treaty was ratified in 1990; two years earlier a draft had failed.", "two years",
     ("1988-01-01T00:00:00", "1989-01-01T00:00:00")),
])
def test_units_later_is_a_duration_with_the_point_it_implies(text: str, extent: str,
                                                             point: tuple[str, str]) -> None:
    found = [t for t in chronik.tag(text, lang="en", dct="2019-01-10") if t.text == extent]
    assert len(found) == 1
    assert found[0].type == "DURATION"
    resolution = found[0].resolution
    assert resolution is not None
    assert resolution.point is not None
    assert resolution.point.iso() == point
