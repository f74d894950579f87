"""The engine and the rule DSL: start-word indexing, extents, validation, and linear-time matching."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from chronik.errors import LexiconError
from chronik.temporal.grammar.lexicon import Lexicon, trie_regex
from chronik.temporal.grammar.rule import ANY, DIGIT, Rule, compile_rule
from chronik.temporal.values import Fields

LEX = Lexicon.from_mapping(
    {"month": {"januar": 1, "jan.": 1, "juni": 6}, "weekday": {"montag": 1}, "number": {"zwei": 2}}, "xx")


def _noop(m: object) -> Fields:
    return Fields(year=2000)


@pytest.mark.parametrize(
    ("template", "keys"),
    [
        ("{MONTH} {YEAR}", {"@table:month"}),
        ("{YEAR}", {DIGIT}),
        ("{NUMBER} Tage", {DIGIT, "@table:number"}),
        ("?!etwa|rund {NUMBER} Tage", {"w:etwa", "w:rund", DIGIT, "@table:number"}),
        ("!vor {NUMBER} Jahren", {"w:vor"}),
        ("(?:Anfang|Mitte) {MONTH}", {"w:anfang", "w:mitte"}),
        (r"[A-Z]\w+ {MONTH}", {ANY}),
    ],
)
def test_rule_start_keys_are_derived(template: str, keys: set[str]) -> None:
    assert set(compile_rule(Rule("r", template, _noop), LEX, {}).keys) == keys


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{MONTH} {MONTH}", "twice"),
        ("{NOPE}", "unknown macro"),
        ("a  b", "single spaces"),
        ("(unclosed", "invalid regex"),
    ],
)
def test_rule_bad_templates_fail_at_load_with_a_clear_message(template: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        compile_rule(Rule("r", template, _noop), LEX, {})


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"month": {}}, "non-empty"),
        ({"Month": {"a": 1}}, "lower_snake_case"),
        ({"month": {" ": 1}}, "empty surface"),
        ({"month": {"mai": 5, "Mai": 6}}, "twice"),
    ],
)
def test_lexicon_validation(raw: dict[str, dict[str, int]], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_mapping(raw, "xx")


@pytest.mark.parametrize("words", [["jan", "januar", "juni", "jan."], ["a b", "ab"]])
def test_trie_regex_matches_every_word_longest_first(words: list[str]) -> None:
    import re

    rx = re.compile(f"(?:{trie_regex(words)})$")
    for w in words:
        assert rx.match(w), w


@pytest.mark.parametrize(("text", "extent"), [("vor zwei Jahren", "zwei Jahren")])
def test_rule_outside_tokens_are_kept_out_of_the_extent(text: str, extent: str) -> None:
    import chronik

    found = chronik.tag(f"Er kam {text} an.", lang="de", dct="2019-01-10")
    # the minimal grammar may not know this yet; the DSL behaviour is what is checked here
    cr = compile_rule(Rule("r", "!vor {NUMBER} Jahren", _noop), LEX, {})
    m = cr.regex.match(text)
    assert m is not None
    from chronik.temporal.engine.matcher import Grammar

    assert text[slice(*Grammar._extent(m, cr))] == extent
    assert all(t.text != "vor" for t in found)


ADVERSARIAL = [
    "'1 ' * 50000",
    "'Jahr ' * 20000",
    "'vor ' * 20000 + 'zwei Jahren'",
    "'9' * 100000",
    "'Januar Februar März ' * 10000",
    "'25. ' * 20000",
    "'am Montag, den ' * 10000",
    "('a' * 5000 + ' ') * 20",
    "'1.' * 50000",
    "'2019-' * 20000",
    "' ' * 200000",
]


@pytest.mark.parametrize("expr", ADVERSARIAL)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_engine_pathological_strings_finish(expr: str, lang: str) -> None:
    """No catastrophic backtracking: each pathological input (~100-200 KB) is tagged in a subprocess
    that must finish well within a generous bound (a hang fails instead of stalling the suite)."""
    code = textwrap.dedent(f"""
        import chronik
        text = {expr}
        chronik.tag(text, lang={lang!r}, dct="2019-01-10")
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_engine_every_shipped_rule_compiles(lang: str) -> None:
    """The engine compiles rule regexes lazily; this compiles all of them, so a broken rule fails here."""
    from chronik.temporal.grammar.language import load_language

    spec = load_language(lang)
    for rule in spec.rules:
        assert compile_rule(rule, spec.lexicon, spec.macros, eager=True).regex.pattern
