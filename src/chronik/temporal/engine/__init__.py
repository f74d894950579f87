"""The matching engine: one scan for candidate words, rules tried only where they can start."""

from chronik.temporal.engine.matcher import Grammar, compile_grammar, find_mentions

__all__ = ["Grammar", "compile_grammar", "find_mentions"]
