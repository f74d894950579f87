"""German: lexicon.toml (vocabulary), rules.py (rules), tense.py (tense cues), examples.toml (the
executable spec)."""

from pathlib import Path

from chronik.temporal.grammar import LanguageSpec
from chronik.temporal.lang.de import rules, tense

SPEC = LanguageSpec(code="de", name="German", folder=Path(__file__).parent, rules=rules.RULES,
                    macros=rules.MACROS, direction=tense.direction, dct_cues=rules.DCT_CUES,
                    narrative=tense.narrative)
