"""Engine: a template whose first tokens are optional still matches from the first token present."""

from __future__ import annotations

import pytest

from chronik.temporal.grammar import Lexicon, Rule
from chronik.temporal.grammar.rule import compile_rule
from chronik.temporal.values import Duration, Grain

_LEX = Lexicon.from_mapping({"approx": {"etwa": "APPROX"}, "unit": {"jahre": "YEAR"}}, "xx")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("etwa 10 jahre", "etwa 10 jahre"), ("10 jahre", "10 jahre"), ("etwa10 jahre", None)],
)
def test_rule_optional_leading_token_matches_without_it(text: str, expected: str | None) -> None:
    rule = Rule("d", "?{APPROX} {INT} {UNIT}", lambda m: Duration(1, Grain.YEAR))
    cr = compile_rule(rule, _LEX, {})
    m = cr.regex.match(text)
    assert (m.group() if m else None) == expected


@pytest.mark.parametrize(
    ("template", "keys"),
    [("(?:nicht|sehr) Zukunft", {"w:nicht", "w:sehr"}), ("(?i:am|gegen) {UNIT}", {"w:am", "w:gegen"}),
     ("(am|um) {UNIT}", {"w:am", "w:um"})],
)
def test_rule_start_keys_of_groups(template: str, keys: set[str]) -> None:
    rule = Rule("k", template, lambda m: Duration(1, Grain.YEAR))
    assert compile_rule(rule, _LEX, {}).keys == frozenset(keys)


@pytest.mark.parametrize(("left_attach", "expected"), [(True, "den zweitägigen"), (False, "zweitägigen")])
def test_rule_left_attach_can_be_switched_off(left_attach: bool, expected: str) -> None:
    from chronik.temporal.engine.matcher import Grammar
    from chronik.temporal.grammar import LanguageSpec, load_language

    de = load_language("de")
    rule = Rule("adj", "{NUMBER} +tägigen", lambda m: Duration(2, Grain.DAY), left_attach=left_attach)
    spec = LanguageSpec("xx", "X", de.folder, [rule])
    assert [m.text for m in Grammar(spec).find("für den zweitägigen Besuch")] == [expected]


def test_rule_starting_with_an_optional_mark_is_tried_where_its_words_start() -> None:
    from chronik.temporal.engine.matcher import Grammar
    from chronik.temporal.grammar import LanguageSpec, load_language

    de = load_language("de")
    rule = Rule("m", "?~, {MONTH} {YEAR}", lambda m: Duration(1, Grain.YEAR))
    grammar = Grammar(LanguageSpec("xx", "X", de.folder, [rule]))
    assert [m.text for m in grammar.find("Wien, März 2019")] == ["März 2019"]


def test_digit_rule_is_tried_at_a_trigger_word_that_starts_with_a_digit() -> None:
    from chronik.temporal.engine.matcher import Grammar
    from chronik.temporal.grammar import LanguageSpec, load_language

    en = load_language("en")  # its [ordinal] table has "1st": a trigger word starting with a digit
    rules = [Rule("q", "{ORDINAL} quarter", lambda m: Duration(1, Grain.QUARTER)),
             Rule("day", "{DAY}(?:st|nd) {MONTH}", lambda m: Duration(2, Grain.DAY))]
    grammar = Grammar(LanguageSpec("xx", "X", en.folder, rules))
    assert [m.rule for m in grammar.find("on 1st March")] == ["day"]
