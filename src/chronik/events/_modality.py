"""Modality: negation, conditions, modal verbs and future cues of an event's clause.
"""

from __future__ import annotations

from chronik.events._segment import _BREAKS
from chronik.events._sentence import _SentenceCore
from chronik.events.lexicon import TriggerEntry
from chronik.events.model import Modality
from chronik.temporal.calendar import Interval


class _ModalityRules(_SentenceCore):
    """Conditions ("falls", "if") and the modality of a trigger: negated, hypothetical, future or asserted."""

    def _conditional_clause(self, i: int) -> int | None:
        """The trigger's clause if it is conditional: it starts with "falls"/"if", or (English, no comma)
        a conditional word comes between the clause start and the trigger ("… if the US kept its
        sanctions")."""
        c = self.clause[i]
        first = self._clause_tokens(c)[0]
        if self.toks[first].text in _BREAKS and first + 1 < len(self.toks):
            first += 1
        if self.low[first] in self.lex.cues.conditional:
            return c
        if self.lang == "en" and any(self.low[j] in self.lex.cues.conditional for j in range(first, i)):
            return c
        return None

    def _condition(self, i: int, e: TriggerEntry) -> tuple[int, int] | None:
        """Token range of a conditional clause governing the trigger (its own, or one attached to it)."""
        own = self._conditional_clause(i)
        clauses = [own] if own is not None else []
        if e.condition_target or e.code.startswith("13"):
            clauses += [c for c in range(self.clause[i] + 1, self.clause[-1] + 1)
                        if self._starts_with(c, self.lex.cues.conditional)]
        if not clauses and (e.condition_target or e.code.startswith("13")):
            c0 = self.clause[i]
            for j in range(i + 1, len(self.toks)):  # "threatened X with sanctions if the talks fail"
                if self.clause[j] != c0:
                    break
                if self.low[j] in self.lex.cues.conditional:
                    end = j
                    while end < len(self.toks) and self.clause[end] == c0 and self.toks[end].pos != "PUNCT":
                        end += 1
                    return (j, end)
        if not clauses:
            return None
        c = clauses[0]
        idx = list(self._words.get(c, []))
        while idx and self.toks[idx[-1]].pos == "PUNCT":
            idx.pop()
        return (idx[0], idx[-1] + 1) if idx else None

    def _carrier(self, idx: list[int]) -> bool:
        """Has the clause a predicate whose negation negates the noun event it speaks of ("geplant",
        "bestätigt", "scheduled")?"""
        carriers = self.lex.cues.negation_carriers
        return any(self.low[j] in carriers or self.toks[j].lemma.lower() in carriers for j in idx)

    def _modality(self, i: int, e: TriggerEntry, conditional: bool, when: Interval | None,
                  report: Interval | None, condition: tuple[int, int] | None = None) -> Modality:
        cues = self.lex.cues
        c = self.clause[i]
        if condition is not None and not conditional:
            skip = range(*condition)
            clause_idx = [j for j in self._clause_tokens(c) if j not in skip]
            # the words of the clause (of the few words before a noun trigger); cue tests are set operations
            clause = [self.low[j] for j in clause_idx]
        else:  # the whole clause: its words are built once per sentence
            clause_idx, clause = self._clause_tokens(c), self._clause_low(c)
        window = clause if not e.noun else [
            self.low[j] for j in range(max(0, i - 4), i) if self.clause[j] == c]
        if e.noun:
            if not cues.negation_det.isdisjoint(window[-3:]):
                return Modality.NEGATED
            if not cues.negation.isdisjoint(clause) and self._carrier(clause_idx):
                return Modality.NEGATED  # "Ein Treffen … ist nicht geplant", "hat Angriffe nicht bestätigt"
        elif not cues.negation.isdisjoint(clause):
            return Modality.NEGATED
        if conditional:
            return Modality.HYPOTHETICAL
        future = not cues.future.isdisjoint(clause) or (e.noun and not cues.future_adj.isdisjoint(window))
        reported_clause = bool(self.reporting) and not self._in_reporting(i)
        if reported_clause and not cues.reported_future.isdisjoint(clause):
            future = True  # backshifted future in reported speech: "said Xi would visit", "er werde"
        if self._starts_with(c, cues.future_clause) and not clause[-1].endswith(("te", "ten")):
            future = True
        hypothetical = cues.hypothetical - (cues.reported_future if reported_clause else frozenset())
        modal = not hypothetical.isdisjoint(window if e.noun else clause)
        if modal and not e.noun:
            return Modality.HYPOTHETICAL  # "könnte … nächste Woche besuchen": possible, not planned
        if when is not None and report is not None:
            if when.start >= report.end:
                return Modality.FUTURE
            if when.end <= report.start:
                future = False  # dated in the past: the date wins over the cue
        if future:
            return Modality.FUTURE
        return Modality.HYPOTHETICAL if modal else Modality.ASSERTED
