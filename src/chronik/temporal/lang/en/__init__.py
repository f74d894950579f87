"""English: lexicon.toml (vocabulary), rules.py (rules), examples.toml (the executable spec)."""

from pathlib import Path

from chronik.temporal.grammar import LanguageSpec
from chronik.temporal.lang.en import rules

SPEC = LanguageSpec(code="en", name="English", folder=Path(__file__).parent, rules=rules.RULES,
                    macros=rules.MACROS, direction=rules.direction,
                    parse_number=rules.parse_number, narrative=rules.narrative)
