"""Grammar: the rule DSL, lexicons and language discovery."""

from chronik.temporal.grammar.language import LanguageSpec, available_languages, load_language
from chronik.temporal.grammar.lexicon import Lexicon
from chronik.temporal.grammar.rule import Rule, RuleMatch

__all__ = ["LanguageSpec", "Lexicon", "Rule", "RuleMatch", "available_languages", "load_language"]
