"""Trigger detection: which word forms may be triggers (the pre-filter handed to the analyser), which
lexicon entry a token triggers and with which pattern code, and truncated German conjuncts
("Atom- und Raketentests").
"""

from __future__ import annotations

from chronik.events._segment import _CLOSED_POS
from chronik.events._sentence import _SentenceCore
from chronik.events.analysis import Token, WordTest, word_info
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


class _TriggerRules(_SentenceCore):
    """Which lexicon entry a token triggers (particle verbs, noun/verb readings) and the code of the most
    specific pattern around it."""

    def _entries(self, i: int, tok: Token) -> tuple[TriggerEntry, ...]:
        found = self.lex.lookup(tok.lemma, tok.text)
        if not found:
            return ()
        noun_reading = self._noun_reading(i, tok)
        out = []
        for e in found:
            if e.particle is not None and not self._has_particle(i, e.particle) and \
                    not tok.text.lower().startswith(e.particle):
                continue
            if self.lang == "de" and e.noun != noun_reading:
                continue
            if self.lang == "en" and len(found) > 1 and e.noun != noun_reading:
                continue
            out.append(e)
        if self.lang == "en" and not out and found:
            out = list(found)
        return tuple(out)

    def _pattern_code(self, i: int, e: TriggerEntry) -> str:
        """The code of the most specific pattern that matches around the trigger, else the entry's."""
        c = self.clause[i]
        for p in e.patterns:
            if p.before:
                lo = i - 1
                k = len(p.before) - 1
                limit = i - p.window - len(p.before)
                while lo >= 0 and lo > limit and k >= 0 and self.clause[lo] == c:
                    if self.low[lo] in p.before[k] or self.toks[lo].lemma.lower() in p.before[k]:
                        k -= 1
                    lo -= 1
                if k >= 0:
                    continue
            if p.after:
                hi, k = i + 1, 0
                while hi < len(self.toks) and k < len(p.after) and self.clause[hi] == c:
                    if k == 0 and p.after_window is not None and hi - i > p.after_window:
                        break
                    if self.low[hi] in p.after[k] or self.toks[hi].lemma.lower() in p.after[k]:
                        k += 1
                    hi += 1
                if k < len(p.after):
                    continue
            return p.code
        return e.code
