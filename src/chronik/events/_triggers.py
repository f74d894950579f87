"""Trigger detection: which word forms may be triggers (the pre-filter handed to the analyser) and
truncated German conjuncts ("Atom- und Raketentests").
"""

from __future__ import annotations

from chronik.events._segment import _CLOSED_POS
from chronik.events.analysis import WordTest, word_info
from chronik.events.lexicon import Lexicon, TriggerEntry

_SELECTORS: dict[int, tuple[Lexicon, WordTest]] = {}  # the lexicon is kept: its id cannot be reused


def _selector(lex: Lexicon) -> WordTest:
    """Is a word form a possible trigger? (memoised per form; closed-class words never are)"""
    held = _SELECTORS.get(id(lex))
    if held is None or held[0] is not lex:

        def possible_trigger(word: str) -> bool:
            lemma, pos, _ = word_info(word, lex.lang)
            return pos not in _CLOSED_POS and bool(lex.lookup(lemma, word))

        held = _SELECTORS[id(lex)] = (lex, WordTest(possible_trigger))
    return held[1]


def _truncated(lex: Lexicon, first: str, full: str) -> tuple[TriggerEntry, ...]:
    """"Atom-" + "Raketentests": the trigger "Atomtest" if the lexicon has one."""
    for k in range(2, len(full) - 2):
        word = first + full[k:].lower()
        for strip in ("", "s", "en", "n", "e"):
            base = word[: len(word) - len(strip)] if strip and word.endswith(strip) else word
            if strip and base == word:
                continue
            found = lex.by_lemma.get(base.lower())
            if found:
                return found
    return ()
