"""Trigger detection: which word forms may be triggers (the pre-filter handed to the analyser), which
lexicon entry a token triggers and with which pattern code, and truncated German conjuncts
("Atom- und Raketentests").
"""

from __future__ import annotations

from chronik.events._mentions import _Actor
from chronik.events._segment import _CLOSED_POS
from chronik.events._sentence import _SentenceCore
from chronik.events.analysis import Token, WordTest, word_info
from chronik.events.lexicon import BOTH, SKIP, Element, Lexicon, Pattern, TriggerEntry

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
        if any(e.phrase_before or e.phrase_after for e in found):
            # a multi-word verb only with its other words around it ("wire tapped", "cordoned off"), and
            # before the one-word entries of the same word
            found = tuple(sorted((e for e in found if self._phrase_here(i, e)),
                                 key=lambda e: -(len(e.phrase_before) + len(e.phrase_after))))
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

    def _phrase_here(self, i: int, e: TriggerEntry) -> bool:
        b, a = e.phrase_before, e.phrase_after
        if i - len(b) < 0 or i + len(a) >= len(self.toks):
            return False
        return all(self.low[i - len(b) + k] == w for k, w in enumerate(b)) and \
            all(self.low[i + 1 + k] == w for k, w in enumerate(a))

    def _pattern_code(self, i: int, e: TriggerEntry) -> str:
        """The code of the most specific pattern that matches around the trigger, else the entry's."""
        return self._pattern_match(i, e)[0]

    def _pattern_match(self, i: int, e: TriggerEntry) -> tuple[str, dict[str, _Actor]]:
        """The code of the most specific pattern that matches around the trigger (else the entry's) and
        the actors its slots bind (``$`` source, ``+`` target, ``%`` a coordination acting on itself)."""
        if not e.patterns:
            return e.code, {}
        memo = self._match_memo.get((i, id(e)))
        if memo is not None:
            return memo
        c = self.clause[i]
        first, last = i - len(e.phrase_before), i + len(e.phrase_after)
        found: tuple[str, dict[str, _Actor]] = (e.code, {})
        for p in e.patterns:
            bound: dict[str, _Actor] = {}
            if p.before and not self._match_before(first, c, p, bound):
                continue
            if p.after and not self._match_after(last, c, p, bound):
                continue
            if BOTH in bound and not self._compound(bound[BOTH]):
                continue  # "%": a coordination ("Gondor and Osgiliath have delayed …"), not one actor
            found = (p.code, bound)
            break
        self._match_memo[(i, id(e))] = found
        return found

    def _compound(self, a: _Actor) -> bool:
        """Is ``a`` one of several coordinated actors? (The role rules know coordinations.)"""
        return False

    def _at(self, j: int, el: Element) -> int:
        """The number of tokens element ``el`` matches starting at token ``j`` (0: no match)."""
        if self.low[j] in el.words or (not el.forms and self.toks[j].lemma.lower() in el.words):
            return 1
        for phrase in el.phrases:
            n = len(phrase)
            if j + n <= len(self.toks) and all(
                    self.low[j + k] == w or (not el.forms and self.toks[j + k].lemma.lower() == w)
                    for k, w in enumerate(phrase)):
                return n
        return 0

    def _ending_at(self, j: int, el: Element) -> int:
        """The number of tokens element ``el`` matches ending at token ``j`` (0: no match)."""
        if self.low[j] in el.words or (not el.forms and self.toks[j].lemma.lower() in el.words):
            return 1
        for phrase in el.phrases:
            n = len(phrase)
            if j - n + 1 >= 0 and self._at(j - n + 1, Element(phrases=(phrase,), forms=el.forms)) == n:
                return n
        return 0

    def _match_before(self, first: int, c: int, p: Pattern, bound: dict[str, _Actor]) -> bool:
        """The elements before the trigger, matched backwards from it (the last within ``window``
        tokens of the trigger, adjacent ones right next to their neighbour)."""
        lo = first - 1  # the next token to look at, going left
        limit = first - p.window - len(p.before)
        for k in range(len(p.before) - 1, -1, -1):
            el = p.before[k]
            while True:
                if lo < 0 or lo <= limit or self.clause[lo] != c:
                    return False
                if el.slot is not None:
                    a = next((a for a in reversed(self._in_clause(c)) if a.end - 1 <= lo), None)
                    if a is None or (el.adjacent and a.end - 1 != lo) or a.start <= limit:
                        return False
                    if el.slot != SKIP:
                        bound.setdefault(el.slot, a)
                    lo = a.start - 1
                    break
                n = self._ending_at(lo, el)
                if n:
                    lo -= n
                    break
                if el.adjacent:
                    return False
                lo -= 1
        return True

    def _match_after(self, last: int, c: int, p: Pattern, bound: dict[str, _Actor]) -> bool:
        """The elements after the trigger, matched forwards from it within its clause (and its
        complement); a timex and its preposition are no context ("called on Friday for talks")."""
        hi, skipped = last + 1, 0
        reach = self._complement_clause(c)  # "aufgerufen, an den Verhandlungstisch zurückzukehren"
        for k, el in enumerate(p.after):
            while True:
                if hi >= len(self.toks) or not c <= self.clause[hi] <= reach:
                    return False
                if self.timexes and not el.adjacent and (self._in_timex(hi) or (
                        self.toks[hi].pos == "ADP" and self._before_timex(hi))):
                    hi, skipped = hi + 1, skipped + 1  # "called on Friday for talks": a timex is no
                    continue  # context word and does not count for the window
                if k == 0 and p.after_window is not None and hi - last - skipped > p.after_window:
                    return False
                if el.slot is not None:
                    a = next((a for a in self.actors if a.start >= hi and c <= a.clause <= reach), None)
                    if a is None or (el.adjacent and not self._next_to(hi, a.start)):
                        return False
                    if el.slot != SKIP:
                        bound.setdefault(el.slot, a)
                    hi = a.end
                    break
                n = self._at(hi, el)
                if n:
                    hi += n
                    break
                if el.adjacent:
                    return False
                hi += 1
        return True

    def _next_to(self, j: int, start: int) -> bool:
        """Is ``start`` at ``j`` or only an article away ("to the Gondor")?"""
        return start == j or (start == j + 1 and self.toks[j].pos == "DET")

    def _intent_code(self, i: int, e: TriggerEntry, code: str) -> str:
        """A cooperative act governed by a word of readiness is an intent (03x): "Der Iran ist zu
        Verhandlungen mit den USA bereit", "said it was ready for new talks", "willing to meet" (the word
        up to four tokens before the trigger, in German also after it in its clause)."""
        intent = self.lex.cues.intent
        if not intent and not self.lex.cues.offer:
            return code
        new = next((v for k, v in _INTENT if code.startswith(k)), None)
        if new is None:
            return code
        c = self.clause[i]
        near = [j for j in range(max(0, i - 4), i) if self.clause[j] == c]
        if self.lang == "de":
            near += [j for j in self._clause_tokens(c) if j > i]
        if any(self.low[j] in intent for j in near):
            return new
        # an offer to act: "offered to mediate", "bot an, … zu vermitteln"
        offer = self.lex.cues.offer
        return new if not offer.isdisjoint(self.low) and not offer.isdisjoint(self._governor(i)) else code

    def _governor(self, i: int) -> list[str]:
        """The words (lower case) of the verb that takes the trigger as its to-/zu-infinitive: "offered"
        of "offered to mediate", the clause "Frankreich bot an" of "…, zwischen … zu vermitteln", "weigert
        sich" of "weigert sich zu verhandeln"; empty when the trigger is no such infinitive."""
        if i < 1:
            return []
        if self.lang == "en":
            return [self.low[i - 2]] if i >= 2 and self.low[i - 1] == "to" else []
        c = self.clause[i]
        if c > 0 and self._complement_clause(c - 1) == c:
            return [self.low[j] for j in self._words.get(c - 1, [])]
        if self.low[i - 1] == "zu":
            return [self.low[j] for j in self._clause_tokens(c) if j < i - 1]
        return []

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
