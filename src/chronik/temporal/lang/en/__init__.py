"""English: lexicon.toml (vocabulary), rules.py (rules), tense.py (tense cues), examples.toml (the
executable spec)."""

from pathlib import Path

from chronik.temporal.grammar import LanguageSpec
from chronik.temporal.lang.en import rules, tense

SPEC = LanguageSpec(code="en", name="English", folder=Path(__file__).parent, rules=rules.RULES,
                    macros=rules.MACROS, direction=tense.direction,
                    parse_number=rules.parse_number, narrative=tense.narrative,
                    span_start=tense.span_start)
