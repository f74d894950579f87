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
from chronik.events.model import EventActor, _evolve
from chronik.temporal.calendar import Interval

_NOT_HEAD = frozenset({"ADP", "AUX", "PRON", "SCONJ", "CCONJ", "PUNCT", "NUM", "DET", "PART", "VERB"})


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

    def _goal(self, i: int, a: _Actor, code: str) -> bool:
        """Is ``a`` (behind to/at after the verb) the goal of the act: a short object right between the
        verb and the preposition ("contribute a million rupees to X", "fired two shells at X"), not "arrived
        in X", "criticized the force dispatched to X" or "refused requests to go to X"?"""
        cues = self.lex.cues
        hostile = code[:2].isdigit() and 15 <= int(code[:2]) <= 20
        preps = cues.goal_preps | cues.hostile_goal_preps if hostile else cues.goal_preps
        if a.start <= i or a.prep not in preps or self._passive(i):
            return False
        between = range(i + 1, a.start - 1)
        if not 0 < len(between) <= 5 or any(self.clause[j] != self.clause[i] for j in between):
            return False
        words = [self.toks[j] for j in between]
        return any(t.pos in ("X", "NOUN") for t in words) and not any(
            t.pos in ("ADP", "PART", "PRON", "AUX", "SCONJ", "PUNCT")
            or t.text.lower().endswith(("ed", "ing", "ly")) for t in words)

    def _target_before(self, i: int, e: TriggerEntry, cl: list[_Actor]) -> _Actor | None:
        """A noun trigger's target named before it, behind one of the trigger's own prepositions, with at
        most an article, adjectives or adverbs and a preposition of means between: "hat bei Japan offiziell
        Beschwerde eingelegt", "gegen Russland neue Sanktionen", "spoke with Putin by phone"."""
        if not e.target_preps:
            return None
        before = [a for a in cl if a.end <= i and a.prep in e.target_preps]
        if not before:
            return None
        a = before[-1]
        gap = range(a.end, i)
        if len(gap) > 3 or any(b.start in gap for b in cl):
            return None
        if self.lang == "en" and not any(self.low[j] in self.lex.cues.means_preps for j in gap):
            return None  # English nouns name their target after them; "with the UN Security Council
            # agreement": the actor modifies the noun
        for j in gap:
            t = self.toks[j]
            if t.pos == "DET" or (t.pos == "ADP" and self.low[j] in self.lex.cues.means_preps):
                continue
            if t.pos == "X" and t.text[:1].islower() and not self.lex.lookup(t.lemma, t.text) and \
                    self.low[j] not in self.lex.cues.negation:
                continue  # "offiziell", "neue", "langes"
            return None
        return a

    def _nominal_source(self, i: int, cl: list[_Actor]) -> _Actor | None:
        """The source of an English verb entry read as a noun: a possessive right before it ("Kim Jong Un's
        visit") or an agent behind "by" right after it ("a visit by Macron")."""
        for a in cl:
            if a.end == i and a.genitive:
                return a
            if a.start == i + 2 and a.prep in self.lex.cues.passive_agent:
                return a
        return None

    def _object_place(self, i: int, e: TriggerEntry, place: _Actor, code: str, source: _Actor | None) -> bool:
        """Does ``place`` (behind "in" after the trigger's object) host that object, so that its state is
        the target? Only for the acts whose object is an event or a group somewhere (criticism, rejection,
        protest, boycott, arrest: ``object_place_codes``): "kritisierte die Festnahme von Journalisten in der
        Türkei", "boycott the Olympic Games in Beijing" — not "kritisierte in Peking die Lage", "criticized
        the plan on Friday in Brussels" or "Bei ihrem Besuch in China kritisierte Merkel"."""
        cues = self.lex.cues
        if place.prep not in cues.object_place_preps or \
                not any(code.startswith(p) for p in cues.object_place_codes):
            return False
        if place.info is None or place.info.kind not in ("place", "state"):
            return False
        if source is not None and source.info is not None and \
                (place.info.country or place.info.id) in (source.info.id, source.info.country):
            return False  # a state's own act at home: "Turkey arrested journalists in Istanbul"
        p = place.start - 1
        while p > i and self.toks[p].pos == "DET":
            p -= 1
        h = p - 1  # the head of the object before the preposition
        c = self.clause[i]
        after_only = self.lang == "en" or e.noun  # German verbs: the object may precede (verb-final)
        if (h <= i) if after_only else (h == i):
            return False
        if h < 0 or self.clause[h] != c or not self.toks[h].text[:1].isalpha() or self._in_timex(h):
            return False
        th = self.toks[h]
        if th.pos in _NOT_HEAD or self.low[h].endswith("ly") or \
                any(a.start <= h < a.end for a in self.actors):
            return False
        if self.lang == "de" and th.pos != "NOUN":
            return False
        # the object is a noun phrase (article, adjectives, nouns, attributes behind "von"/"of" or the
        # trigger's own prepositions) that starts right after the trigger (English, nouns) or, German verbs,
        # is not an adverbial ("auf einer Pressekonferenz in Peking", "bei ihrem Besuch in China")
        own = e.target_preps or cues.target_preps
        j, floor = h - 1, (i if h > i else -1)
        while j > floor and h - j <= 8 and self.clause[j] == c:
            t, w = self.toks[j], self.low[j]
            np_word = t.pos in ("DET", "NUM", "NOUN", "PROPN") or (t.pos == "X" and not w.endswith("ly"))
            if not np_word and not (t.pos == "ADP" and (w in cues.attribute_preps or w in own)):
                break
            j -= 1
        if after_only:
            return j == i  # "protested in Moscow", "denounce the worms who … in the US": no such object
        return j == i or j < 0 or self.toks[j].pos != "ADP"

    def _roles(self, i: int, e: TriggerEntry, code: str = "") -> tuple[_Actor | None, _Actor | None,
                                                                       _Actor | None]:
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
        # an English verb entry read as a noun ("Kim Jong Un's visit", "a meeting between A and B") keeps
        # the verb's roles but takes a possessive or "by" actor as its source and a "between" pair
        nominal = e.noun or (self.lang == "en" and self._noun_reading(i, self.toks[i]) and not (
            i > 0 and self.low[i - 1] == "to" and self.low[i] == self.toks[i].lemma.lower()))  # "to mediate"
        pair = [a for a in cl if a.prep == by_prep.prep] if nominal and by_prep is not None and \
            by_prep.prep in ("zwischen", "between") else []
        if e.noun:
            patient = self._patient(i, cl, code or e.code)
            source = self._noun_source(i, cl) if patient is None else None
            target = by_prep or patient
            if len(pair) >= 2:
                source, target = pair[0], pair[1]
            if target is None:
                target = self._target_before(i, e, cl)  # "bei Japan offiziell Beschwerde eingelegt"
            if source is None and not self._attribute_of_noun(i):  # not "den Inhalt der Gespräche"
                source = self._subject(i, exclude=target)
        else:
            passive = self._passive(i)
            agent = self._nominal_source(i, cl) if nominal else None
            patient = self._patient(i, cl, code or e.code) if nominal and agent is None else None
            if len(pair) >= 2:
                source, target = pair[0], pair[1]
            elif patient is not None:  # "A Turkish court ordered the release of the American pastor"
                source, target = self._subject(i, exclude=patient), patient
            elif agent is not None:
                source = agent
                target = next((a for a in cl if a.start > i and a.prep is None and a.info != agent.info),
                              None) or by_prep or self._target_before(i, e, cl)
            elif passive:
                source = next((a for a in cl if a.prep in self.lex.cues.passive_agent), None)
                target = self._subject(i, exclude=source)
            else:
                source = self._subject(i, exclude=None)
                if self.lang == "de":  # verb-second/verb-final: the first ungoverned actor is the subject
                    first = next((a for a in cl if a.prep is None and a.start < i and not a.genitive), None)
                    source = self._coordinated_head(first) if first is not None else source
                # the source's own conjuncts are not its object ("Russland und China verurteilten Israel")
                mine = self._conjuncts(source) if source is not None else []
                target = next((a for a in cl if a.prep is None and a is not source
                               and not any(a is o for o in mine) and (a.start > i or self.lang == "de")
                               and not (a.info is not None and source is not None and a.info == source.info)),
                              None) or by_prep or (self._target_before(i, e, cl) if nominal else None)
        if target is None and not e.noun:
            # no object: the first actor after the verb in a prepositional phrase of its clause
            # ("condemned an attack by X", "welcomed ties between A and B"), not a place or a source
            target = next((a for a in cl if a.start > i and a.prep is not None and a is not source
                           and a is not location and a.prep not in ("laut", *self.lex.cues.reporting_phrases)
                           and not (a.info is not None and a.info.kind == "place")
                           and not (source is not None and a.info == source.info)), None)
        if target is None and location is not None and not e.noun and not e.location_target and \
                self._goal(i, location, code):
            target, location = location, None  # "contribute a million rupees to Gondor"
        if target is None and location is not None and not e.location_target and \
                self._object_place(i, e, location, code, source):
            target, location = location, None  # "kritisierte die Festnahme von Journalisten in der Türkei"
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
        """"China und Russland kritisierten die USA": one event per conjunct (source or target); a
        pattern's coordination acting on itself: one event per further pair."""
        out: list[_Draft] = []
        for s, t in d.pairs:
            ev = _evolve(d.event, source=self._role(s), target=self._role(t))
            out.append(_Draft(ev, d.clause_occasion, s, t, distributive=False, lends=d.lends,
                              symmetric=d.symmetric))
        if not d.distributive:
            return out
        for role in ("source", "target"):
            a = d.source if role == "source" else d.target
            other = d.target if role == "source" else d.source
            for partner in self._conjuncts(a)[1:] if a is not None else []:
                if partner.info is None or (other is not None and other.info == partner.info) or \
                        partner.info == a.info:  # type: ignore[union-attr]
                    continue
                ev = _evolve(d.event, **{role: self._role(partner)})
                out.append(_Draft(ev, d.clause_occasion, partner if role == "source" else d.source,
                                  partner if role == "target" else d.target, distributive=False,
                                  symmetric=d.symmetric))
        return out

    def _partner(self, a: _Actor) -> _Actor | None:
        """The second conjunct after ``a`` ("A und (die) B")."""
        j = a.end
        if j < len(self.toks) and self.low[j] in self.lex.cues.coordination:
            j = self._over_modifiers(j + 1)
            return next((b for b in self.actors if b.start == j and b.prep == a.prep), None)
        return None

    def _over_modifiers(self, j: int) -> int:
        """The first token at or after ``j`` past an article and up to two lower-case adjectives ("and the
        evil awful Gondor")."""
        k = j
        if k < len(self.toks) and self.toks[k].pos == "DET":
            k += 1
        for _ in range(2):
            t = self.toks[k] if k < len(self.toks) else None
            if t is None or any(b.start == k for b in self.actors):
                return k
            if t.pos != "X" or not t.text[:1].islower() or self.lex.lookup(t.lemma, t.text):
                return k
            k += 1
        return k

    def _link_after(self, x: _Actor) -> tuple[_Actor, bool] | None:
        """The actor coordinated right after ``x`` by ",", "and" or ", and" (over an article and
        adjectives), and whether the link has the conjunction."""
        j, conj = x.end, False
        if j < len(self.toks) and self.low[j] == ",":
            j += 1
        if j < len(self.toks) and self.low[j] in self.lex.cues.coordination:
            j, conj = j + 1, True
        if j == x.end:
            return None
        k = self._over_modifiers(j)
        nxt = next((b for b in self.actors if b.start == k), None)
        if nxt is None or (conj and nxt.prep != x.prep and self.low[x.end] != ","):
            return None
        return nxt, conj

    def _conjuncts(self, a: _Actor) -> list[_Actor]:
        """All conjuncts of the coordination ``a`` belongs to, in text order: "A und B", and lists closed
        by a conjunction ("Mordor, Rohan, Fornost and Bree", "A, the awful B, and C"). Commas without a
        closing "and X" are an apposition ("Osgiliath, the state's foe"), not a list."""
        # the chain of linked mentions around ``a``, from the first mention linked to the next ones
        start = a
        while True:
            prev = next((b for b in self.actors if b.end <= start.start and b.end >= start.start - 5
                         and (hit := self._link_after(b)) is not None and hit[0] is start), None)
            if prev is None:
                break
            start = prev
        chain, conj = [start], []
        while (hit := self._link_after(chain[-1])) is not None:
            chain.append(hit[0])
            conj.append(hit[1])
        # one coordination ends after each link with a conjunction; trailing comma links are no list
        group: list[_Actor] = [chain[0]]
        for x, has_conj in zip(chain[1:], conj, strict=True):
            group.append(x)
            if has_conj:
                if any(y is a for y in group):
                    return group
                group = []
        return [a]

    def _patient(self, i: int, cl: list[_Actor], code: str) -> _Actor | None:
        """The one acted on by a noun of an act on persons (``patient_codes``): its genitive or "of" actor
        right after it ("die Freilassung des deutschen Journalisten", "Freilassung Kims", "the release of
        the American pastor"), which is its target, not its source."""
        if not any(code.startswith(p) for p in self.lex.cues.patient_codes):
            return None
        for a in cl:
            if a.start <= i or a.start > i + 3:
                continue
            of = self.lex.cues.attribute_preps
            if all(self.toks[j].pos == "DET" or self.low[j] in of for j in range(i + 1, a.start)) and (
                    a.prep is None or a.prep in of):
                return a
            return None
        return None

    def _noun_source(self, i: int, cl: list[_Actor]) -> _Actor | None:
        for a in cl:
            if a.end in (i, i - 1) and a.genitive:  # "Kims Besuch", "Kim's visit"
                return a
            if a.start in (i + 1, i + 2) and a.genitive and a.prep is None and self.lang == "de":
                # "Besuch Kims" (not an adjective behind a preposition: "Strafzölle auf chinesische Waren")
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
        """For "Trump und Kim" (also "Iran and the EU", "Mordor, Rohan, Fornost and Bree"), the first
        conjunct."""
        return self._conjuncts(a)[0]

    def _reciprocal(self, i: int) -> tuple[_Actor, _Actor] | None:
        c = self.clause[i]
        if self.lang == "de":  # the whole clause
            words = self._clause_low(c)
        else:
            lo, hi = max(0, i - 6), min(len(self.toks), i + 4)
            words = [self.low[j] for j in self._clause_tokens(c) if lo <= j < hi]
        if self.lex.cues.reciprocal.isdisjoint(words):
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
        return not aux.isdisjoint(self._clause_low(c)) and \
            any(a.prep in self.lex.cues.passive_agent for a in self._in_clause(c))
