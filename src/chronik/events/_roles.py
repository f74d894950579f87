"""Role assignment: who did it (source), to whom (target), where (location), per trigger; one event per
conjunct of coordinated actors.
"""

from __future__ import annotations

import dataclasses
import itertools

from chronik.events._mentions import _Actor, _Draft, _out
from chronik.events._segment import _RELATIVE
from chronik.events._sentence import _SentenceCore
from chronik.events.lexicon import TriggerEntry
from chronik.events.model import EventActor
from chronik.temporal.calendar import Interval


class _RoleRules(_SentenceCore):
    """Source, target and location of a trigger (subjects, objects, prepositions, passives, reciprocals,
    coordination) and actors re-resolved at the event's date."""

    def _role(self, a: _Actor | None) -> EventActor | None:
        """A place as source or target stands for its state ("Peking veröffentlichte" → China)."""
        if a is not None and a.info is not None and a.info.kind == "place" and a.info.country:
            state = self.resolver.get(a.info.country)
            if state is not None:
                return EventActor(state.id, state.name, a.text, a.span, state.country)
            return EventActor(a.info.country, a.info.country, a.text, a.span, a.info.country)
        return _out(a)

    def _first_free(self, start: int, end: int) -> _Actor | None:
        return next((a for a in self.actors if start <= a.start < end and a.prep is None), None)

    def _roles(self, i: int, e: TriggerEntry) -> tuple[_Actor | None, _Actor | None, _Actor | None]:
        c = self.clause[i]
        cl = self._in_clause(c)
        # a preposition the trigger names for its target is not a place here ("beschwerte sich bei China",
        # "complained to China"), unless a place makes the target (visits: "Besuch in Peking")
        own = e.target_preps if not e.location_target else frozenset()
        location = next((a for a in cl if a.prep in self.lex.cues.location_preps and a.prep not in own
                         and a.info is not None and a.info.kind in ("place", "state")), None)
        preps = e.target_preps or (self.lex.cues.target_preps if not e.noun else frozenset())
        by_prep = next((a for a in cl if (a.start > i or (self.lang == "de" and not e.noun))
                        and a.prep in preps and a is not location), None)
        source: _Actor | None = None
        target: _Actor | None = None
        if e.noun:
            source = self._noun_source(i, cl)
            target = by_prep
            if by_prep is not None and by_prep.prep in ("zwischen", "between"):
                pair = [a for a in cl if a.prep == by_prep.prep]
                if len(pair) >= 2:
                    source, target = pair[0], pair[1]
            if source is None and not self._attribute_of_noun(i):  # not "den Inhalt der Gespräche"
                source = self._subject(i, exclude=target)
        else:
            passive = self._passive(i)
            if passive:
                source = next((a for a in cl if a.prep in self.lex.cues.passive_agent), None)
                target = self._subject(i, exclude=source)
            else:
                source = self._subject(i, exclude=None)
                if self.lang == "de":  # verb-second/verb-final: the first ungoverned actor is the subject
                    first = next((a for a in cl if a.prep is None and a.start < i and not a.genitive), None)
                    source = first or source
                target = next((a for a in cl if a.prep is None and a is not source
                               and (a.start > i or self.lang == "de")
                               and not (a.info is not None and source is not None and a.info == source.info)),
                              None) or by_prep
        if target is None and not e.noun:
            # no object: the first actor after the verb in a prepositional phrase of its clause
            # ("condemned an attack by X", "welcomed ties between A and B"), not a place or a source
            target = next((a for a in cl if a.start > i and a.prep is not None and a is not source
                           and a is not location and a.prep not in ("laut", *self.lex.cues.reporting_phrases)
                           and not (a.info is not None and a.info.kind == "place")
                           and not (source is not None and a.info == source.info)), None)
        if target is None and e.symmetric and source is not None:
            target = self._partner(source)  # "Merkel and Macron met": a symmetric act between the two
        if target is None and e.location_target and location is not None:
            target = location
        if e.location_target and target is not None:
            target = self._state_of(target)  # "Besuch in Peking", "visit to Beijing": to China
        return source, target, location

    def _at_date(self, a: _Actor | None, when: Interval) -> _Actor | None:
        if a is None or a.surface is None or a.pronoun or a.info is None or a.info.kind != "person":
            return a  # only office holders change with the date; a state stays itself
        info = self.resolver.resolve(a.surface, self.lang, when.start.date())
        return dataclasses.replace(a, info=info) if info is not None and info != a.info else a

    def _state_of(self, a: _Actor) -> _Actor:
        """The state a place or capital stands for (the actor itself when it is one, or unknown)."""
        info = a.info
        if info is None or info.kind == "person" or not info.country or info.country == info.id:
            return a
        state = self.resolver.get(info.country)
        return dataclasses.replace(a, info=state) if state is not None else a

    def _distribute(self, d: _Draft) -> list[_Draft]:
        """"China und Russland kritisierten die USA": one event per conjunct (source or target)."""
        if not d.distributive:
            return []
        out: list[_Draft] = []
        for role in ("source", "target"):
            a = d.source if role == "source" else d.target
            other = d.target if role == "source" else d.source
            partner = self._partner(a) if a is not None else None
            if partner is None or partner.info is None or (other is not None and other.info == partner.info):
                continue
            ev = dataclasses.replace(d.event, **{role: self._role(partner)})  # type: ignore[arg-type]
            out.append(_Draft(ev, d.clause_occasion, partner if role == "source" else d.source,
                              partner if role == "target" else d.target, distributive=False))
        return out

    def _partner(self, a: _Actor) -> _Actor | None:
        """The second conjunct after ``a`` ("A und (die) B")."""
        j = a.end
        if j < len(self.toks) and self.low[j] in self.lex.cues.coordination:
            j += 1
            if j < len(self.toks) and self.toks[j].pos == "DET":
                j += 1
            return next((b for b in self.actors if b.start == j and b.prep == a.prep), None)
        return None

    def _noun_source(self, i: int, cl: list[_Actor]) -> _Actor | None:
        for a in cl:
            if a.end in (i, i - 1) and a.genitive:  # "Kims Besuch", "Kim's visit"
                return a
            if a.start in (i + 1, i + 2) and a.genitive and self.lang == "de":  # "Besuch Kims"
                return a
            if a.start in (i + 1, i + 2) and a.prep in self.lex.cues.source_preps:  # "Besuch von Kim"
                return a
        if (i > 0 and self.low[i - 1] in self.lex.cues.possessives) or (
                i > 1 and self.low[i - 2] in self.lex.cues.possessives):
            return None  # "seinen Besuch": the clause subject (handled by the caller)
        return None

    def _subject(self, i: int, exclude: _Actor | None) -> _Actor | None:
        c = self.clause[i]
        ok = [a for a in self.actors if a.prep is None and a is not exclude and not a.genitive
              and (exclude is None or a.info != exclude.info)]
        before = [a for a in ok if a.clause == c and a.end <= i]
        if before:
            return self._coordinated_head(before[-1])
        first = self._first_of(c)
        after = [a for a in ok if a.clause == c and a.start > i]
        # the verb opens its clause after an inserted clause ("Putin, der … war, lobte Xi"; "Putin, who
        # arrived …, praised Xi"): the subject is before the insertion, not the object after the verb
        opens = c > 0 and first == i and self._is_inserted(c - 1)
        if after and not opens and not (self.lang == "en" and c > 0 and first == i):
            return after[0]
        # no subject in the clause: the nearest one in an earlier clause of the sentence, skipping
        # reporting clauses ("…, zitierte ihn Xinhua") and inserted relative clauses
        if first is not None and first > 0 and ((self.toks[first].pos == "SCONJ" and self.low[first] not in (
                "bevor", "before", "after", "nachdem")) or self.low[first] in _RELATIVE):
            return None  # a subordinate or relative clause has its own subject
        earlier = [a for a in ok if a.clause < c and a.clause not in self.reporting
                   and not self._is_inserted(a.clause)]
        if earlier:
            return self._coordinated_head(earlier[-1])
        return after[0] if after else None

    def _coordinated_head(self, a: _Actor) -> _Actor:
        """For "Trump und Kim" (also "Iran and the EU"), the first conjunct."""
        i = a.start - 1
        if i >= 1 and self.toks[i].pos == "DET":
            i -= 1
        if i >= 1 and self.low[i] in self.lex.cues.coordination:
            partner = next((b for b in self.actors if b.end == i and b.prep == a.prep), None)
            if partner is not None:
                return partner
        return a

    def _reciprocal(self, i: int) -> tuple[_Actor, _Actor] | None:
        c = self.clause[i]
        lo, hi = (0, len(self.toks)) if self.lang == "de" else (max(0, i - 6), min(len(self.toks), i + 4))
        near = [j for j in self._clause_tokens(c) if lo <= j < hi]
        if self.lex.cues.reciprocal.isdisjoint([self.low[j] for j in near]):
            return None
        cl = [a for a in self._in_clause(c) if a.prep is None]
        for x, y in itertools.pairwise(cl):
            between = self.low[x.end:y.start]
            if len(between) == 1 and between[0] in self.lex.cues.coordination:
                return x, y
        return None

    def _passive(self, i: int) -> bool:
        c = self.clause[i]
        aux = self.lex.cues.passive_aux
        if self.lang == "en":
            j = i - 1
            if j >= 0 and self.toks[j].pos == "X" and self.low[j].endswith("ly"):
                j -= 1
            return j >= 0 and self.low[j] in aux and self.low[i].endswith(("ed", "en"))
        return any(self.low[j] in aux for j in self._clause_tokens(c)) and \
            any(a.prep in self.lex.cues.passive_agent for a in self._in_clause(c))
