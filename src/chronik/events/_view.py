"""One sentence's event drafts: the trigger loop over its tokens and the assembly of each ``Event``
from the rule mixins (triggers, roles, modality, reported speech, dating).
"""

from __future__ import annotations

from chronik.events._dating import _DatingRules
from chronik.events._mentions import _Actor, _as_actor_view, _Draft, _out
from chronik.events._modality import _ModalityRules
from chronik.events._reported import _ReportedRules
from chronik.events._roles import _RoleRules
from chronik.events._triggers import _TriggerRules, _truncated
from chronik.events.lexicon import BOTH, NO_EVENT, SOURCE, TARGET, TriggerEntry
from chronik.events.model import DateSource, Event, Modality, _evolve
from chronik.events.ontology_bridge import cameo_name, plover_type
from chronik.model import Span
from chronik.temporal.calendar import Interval

_NO_TRIGGER_POS = frozenset(("PUNCT", "NUM", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"))


class _SentenceView(_TriggerRules, _RoleRules, _ModalityRules, _ReportedRules, _DatingRules):
    """A sentence with all rules: its event drafts, one per trigger (and per conjunct)."""

    def events(self, doc_id: str, offset: int, report: Interval | None) -> list[_Draft]:
        out: list[_Draft] = []
        used: set[int] = set()
        for i, tok in enumerate(self.toks):
            if tok.pos in _NO_TRIGGER_POS:
                continue
            entries = self._entries(i, tok)
            if not entries or i in used:
                continue
            entry = entries[0]
            d = self._event(i, entry, doc_id, f"{doc_id}:e{offset + len(out) + 1}", report)
            if d is not None:
                out.append(d)
                used.add(i)
                for extra in self._distribute(d):
                    extra.event = _evolve(extra.event, id=f"{doc_id}:e{offset + len(out) + 1}")
                    out.append(extra)
                if tok.text.endswith("-") is False and i >= 2 and self.toks[i - 2].text.endswith("-") and \
                        self.low[i - 1] in self.lex.cues.coordination:
                    # "Atom- und Raketentests": the truncated first conjunct is an event of its own
                    trunc = self.toks[i - 2]
                    more = _truncated(self.lex, trunc.text[:-1], tok.text)
                    if more:
                        d2 = self._event(i, more[0], doc_id, f"{doc_id}:e{offset + len(out) + 1}", report,
                                         span=Span(trunc.start, trunc.end))
                        if d2 is not None:
                            d2.origin = Span(tok.start, tok.end)  # a conjunct of the same trigger
                            out.append(d2)
        return out


    def _event(self, i: int, entry: TriggerEntry, doc_id: str, eid: str, report: Interval | None,
               span: Span | None = None) -> _Draft | None:
        tok = self.toks[i]
        c = self.clause[i]
        in_reporting = self._in_reporting(i)
        code, slots = self._pattern_match(i, entry)
        if code == NO_EVENT:  # a pattern that says "not this sense" ("released a statement")
            return None
        code = self._intent_code(i, entry, code)  # "zu Gesprächen bereit": intent to meet (036)
        source, target, location = self._roles(i, entry, code)
        pairs: list[tuple[_Actor, _Actor]] = []
        if slots:  # the pattern says where the source and the target are
            source, target, pairs = self._slot_roles(i, slots, source, target)
            if location is not None and any(location is a for a in (source, target)):
                location = None
        reciprocal = self._reciprocal(i) if not slots else None
        if reciprocal is not None:
            source, target = reciprocal
            if entry.reciprocal_code:
                code = entry.reciprocal_code
                home = location.info.country or location.info.id if location and location.info else None
                if home is not None and target is not None and target.info is not None and \
                        (target.info.country or target.info.id) == home:
                    source, target = target, source  # the one at home is the host
        condition = self._condition(i, entry)
        conditional = condition is not None and self._conditional_clause(i) is not None
        if condition is None and c > 0 and self._starts_with(0, self.lex.cues.conditional) and \
                self.clause[i] == 1:
            # "Falls Iran …, wird Israel Iran angreifen": the consequent of a leading condition
            idx = self._words[0]
            condition, conditional = (idx[0], idx[-1] + 1), True
        if entry.condition_target and target is None and condition is not None:
            target = self._first_free(condition[0], condition[1])
        if source is None and target is None:
            return None
        if source is not None and target is not None and source.info == target.info:
            target = None
        when, grain, value, dsrc, tid, dconf = self._date(i, entry, in_reporting)
        if when is not None and self.on is not None and not (when.start.date() <= self.on < when.end.date()):
            # "der US-Präsident besuchte im Jahr 2016 Japan": who held the office then, not today
            source, target = self._at_date(source, when), self._at_date(target, when)
        modality = self._modality(i, entry, conditional, when, report, condition)
        refusal = self.lex.cues.refusal
        if not entry.noun and not refusal.isdisjoint(self.low) and not refusal.isdisjoint(self._governor(i)):
            modality = Modality.NEGATED  # "refused to recognize", "weigerte sich, … zu verhandeln"
        if condition is not None and entry.condition_target:
            modality = Modality.HYPOTHETICAL if modality is Modality.ASSERTED else modality
        if modality is Modality.FUTURE and dsrc is DateSource.REPORTED:
            when, grain, value, dsrc = None, None, None, DateSource.NONE
        reported, reported_on = self._reported(i, report)
        cond_text = None
        if condition is not None and modality is Modality.HYPOTHETICAL:
            a, b = condition
            cond_text = self.text[self.toks[a].start:self.toks[b - 1].end]
        if in_reporting and reported is not None and (source is None or (
                source.info is not None and source.info.kind == "media")):
            source = _as_actor_view(reported.speaker)  # "zitierte ihn Xinhua nach einem Treffen": his
        notes = self._notes(i, when)
        conf = (0.9 if not entry.noun else 0.8) - (0.2 if source is None else 0) - (
            0.1 if target is None else 0)
        trig_span = span or Span(tok.start, tok.end)
        ev = Event(
            id=eid, doc_id=doc_id, span=trig_span, trigger=self.text[trig_span.start:trig_span.end],
            lemma=entry.lemma, cameo=code, cameo_name=cameo_name(code), plover=plover_type(code),
            sentence=Span(self.sent.start, self.sent.end), evidence=self.text[self.sent.start:self.sent.end],
            source=self._role(source), target=self._role(target), location=_out(location), modality=modality,
            condition=cond_text, reported=reported, when=when, grain=grain, value=value, date_source=dsrc,
            timex=tid, reported_on=reported_on or report, confidence=round(max(0.1, conf * dconf), 2),
            notes=notes)
        occasion = entry.noun and any(self.low[j] in self.lex.cues.occasion_preps and self.clause[j] == c
                                      for j in range(max(0, i - 3), i))
        other = entry.noun and any(self.low[j] in self.lex.cues.other_instance
                                   for j in range(max(0, i - 3), i))
        return _Draft(ev, occasion, source, target,
                      distributive=reciprocal is None and not entry.symmetric and not pairs, lends=not other,
                      pairs=pairs, symmetric=entry.symmetric)

    def _slot_roles(self, i: int, slots: dict[str, _Actor], source: _Actor | None, target: _Actor | None
                    ) -> tuple[_Actor | None, _Actor | None, list[tuple[_Actor, _Actor]]]:
        """Source and target from a pattern's slots: ``$`` and ``+`` name them (a role the other slot took
        goes to the actor it displaced: "+ * FROM $"), ``%`` a coordination whose members act on each
        other, every ordered pair an event ("Gondor and Osgiliath have delayed their meeting")."""
        if BOTH in slots:
            both = slots[BOTH]
            members = [a for a in self._conjuncts(both) if a.info is not None]
            # before the verb the members act on each other ("Gondor and Osgiliath have delayed their
            # meeting"); after it they are each the target of the source ("agrees with the Philippines and
            # France"), or of each other when there is none
            if both.start > i and source is not None and \
                    not any(source is m or source.info == m.info for m in members):
                pairs = [(source, m) for m in members]
            else:
                pairs = [(x, y) for x in members for y in members if x is not y and x.info != y.info]
            if pairs:
                return pairs[0][0], pairs[0][1], pairs[1:]
        new_source, new_target = slots.get(SOURCE), slots.get(TARGET)
        if new_source is not None and new_target is None:
            new_target = source if target is new_source or target is None else target
        elif new_target is not None and new_source is None:
            new_source = target if source is new_target or source is None else source
        if new_source is None:
            new_source = source
        if new_target is None:
            new_target = target
        if new_source is new_target:
            new_target = None
        return new_source, new_target, []

    def _compound(self, a: _Actor) -> bool:
        return len(self._conjuncts(a)) >= 2
