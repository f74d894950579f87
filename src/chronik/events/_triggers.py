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


# the intent (03x) to perform a cooperative act of a CAMEO class (longest prefix first): "zu Gesprächen
# bereit" → 036, "ready to cooperate" → 031
_INTENT = (("045", "039"), ("04", "036"), ("05", "032"), ("06", "031"), ("07", "033"), ("08", "035"))


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
                hi, k, skipped = i + 1, 0, 0
                reach = self._complement_clause(c)  # "aufgerufen, an den Verhandlungstisch zurückzukehren"
                while hi < len(self.toks) and k < len(p.after) and c <= self.clause[hi] <= reach:
                    if self.timexes and (self._in_timex(hi) or (
                            self.toks[hi].pos == "ADP" and self._before_timex(hi))):
                        hi, skipped = hi + 1, skipped + 1  # "called on Friday for talks": a timex is no
                        continue  # context word and does not count for the window
                    if k == 0 and p.after_window is not None and hi - i - skipped > p.after_window:
                        break
                    if self.low[hi] in p.after[k] or self.toks[hi].lemma.lower() in p.after[k]:
                        k += 1
                    hi += 1
                if k < len(p.after):
                    continue
            return p.code
        return e.code

    def _intent_code(self, i: int, e: TriggerEntry, code: str) -> str:
        """A cooperative act governed by a word of readiness is an intent (03x): "Der Iran ist zu
        Verhandlungen mit den USA bereit", "said it was ready for new talks", "willing to meet" (the word
        up to four tokens before the trigger, in German also after it in its clause)."""
        intent = self.lex.cues.intent
        if not intent:
            return code
        new = next((v for k, v in _INTENT if code.startswith(k)), None)
        if new is None:
            return code
        c = self.clause[i]
        near = [j for j in range(max(0, i - 4), i) if self.clause[j] == c]
        if self.lang == "de":
            near += [j for j in self._clause_tokens(c) if j > i]
        return new if any(self.low[j] in intent for j in near) else code

    def _complement_clause(self, c: int) -> int:
        """The last clause a verb's pattern context reaches: its own, or (German) the zu-infinitive right
        after it, which is the verb's complement ("rief Nordkorea auf, an den Verhandlungstisch
        zurückzukehren", "versprach, Kiew Hilfe zu leisten"); not a purpose clause ("um … zu")."""
        if self.lang != "de":
            return c
        words = self._words.get(c + 1)
        if not words or self.low[words[0]] in ("um", "ohne", "statt", "anstatt"):
            return c
        idx = [j for j in words if self.toks[j].pos != "PUNCT"]
        if not idx or self.toks[idx[-1]].start >= self.sent.end:
            return c
        last, t = self.low[idx[-1]], self.toks[idx[-1]]
        if not t.text[:1].islower() or not last.endswith("n"):
            return c
        # "zu leisten", "zurückzukehren"
        zu = (len(idx) >= 2 and self.low[idx[-2]] == "zu") or "zu" in last[2:-4]
        return c + 1 if zu else c
