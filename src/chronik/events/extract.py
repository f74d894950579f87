"""Event extraction: triggers, actors, location, modality and the timex that dates each event.

Per sentence (dependency-free heuristics over tokens, lemmas and a coarse POS):

1. actor mentions come from one compiled scanner per resolver and language; person pronouns ("er",
   "he") stand for the last person named before them;
2. the sentence is cut into clauses at , ; : – ( ); each actor knows the preposition that governs it;
3. a trigger is a token whose lemma is in the language's lexicon (German compounds by their head);
4. roles: verbs take the last ungoverned actor before them as source, else the first after them
   (German verb-second: "drohte Kim"), and the next ungoverned actor or one after a target preposition
   as target; nouns take a genitive/possessive or "von/of/by" actor as source, else the clause subject;
   passives swap ("was received by Xi"); coordinated reciprocal subjects ("A und B begrüßen sich");
5. modality, dating and reported speech as documented in ``docs/events.md``.

After all sentences, mentions of the same event (same CAMEO root, shared actor, compatible place) lend
each other their date and missing roles (``DateSource.COREFERENCE``), and an event "bei/during" another
one in its clause takes that one's date.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from chronik.events._coref import _link
from chronik.events._dating import _ORDINAL_HINT, _ORDINAL_MARKERS, _ORDINALS, _interval_value
from chronik.events._mentions import (
    _Actor,
    _as_actor_view,
    _Draft,
    _is_modifier,
    _out,
    _role_words,
    _scanner,
    _words_back,
)
from chronik.events._segment import _BREAKS, _CLOSED_POS, _RELATIVE, _bounded
from chronik.events._triggers import _selector, _truncated
from chronik.events.analysis import Analyzer, Sentence, SimpleAnalyzer, Token
from chronik.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from chronik.events.model import DateSource, Event, EventActor, Modality, ReportedSpeech
from chronik.events.ontology_bridge import cameo_name, plover_type
from chronik.events.resolver import ActorInfo, ActorMatch, ActorResolver, _Empty
from chronik.model import Span, Timex
from chronik.temporal.calendar import Interval, PartialDate, add
from chronik.temporal.context import ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import Direction, Fields, Grain, TimexType

__all__ = ["date_spans", "extract_events"]


def extract_events(text: str, lang: str, timexes: Sequence[Timex], dct: PartialDate | None,
                   resolver: ActorResolver, *, doc_id: str = "doc",
                   analyzer: Analyzer | None = None, lexicon: Lexicon | None = None) -> tuple[Event, ...]:
    """Every event mention in ``text`` (see the module docstring); ``dct`` is the document date used.

    ``lexicon`` replaces the shipped trigger lexicon of ``lang`` (e.g. one converted from TABARI verbs).
    """
    lex = lexicon or load_lexicon(lang)
    analyzer = analyzer or SimpleAnalyzer()
    if isinstance(analyzer, SimpleAnalyzer):  # analyse only sentences with a trigger candidate
        sentences = analyzer.analyze(text, lang, _selector(lex))
    else:
        sentences = list(analyzer.analyze(text, lang))
    sentences = _bounded(sentences)
    scanner = _scanner(resolver, lang)
    on = dct.interval.start.date() if dct else None
    report = dct.interval if dct else None
    drafts: list[_Draft] = []
    last_person: ActorInfo | None = None
    matches = scanner.find(text)  # one pass over the document
    ordered = sorted(timexes, key=lambda t: t.span.start)
    starts = [t.span.start for t in ordered]
    k = 0
    for sent in sentences:
        while k < len(matches) and matches[k].start < sent.start:
            k += 1
        j = k
        while j < len(matches) and matches[j].start < sent.end:
            j += 1
        here = matches[k:j]
        if not sent.tokens or not any(t.pos not in _CLOSED_POS and lex.lookup(t.lemma, t.text)
                                      for t in sent.tokens):
            # no trigger: only keep track of the last person named (for "er"/"he" later)
            for m in reversed(here):
                info = None if m.role else resolver.resolve(m.surface, lang, on)
                if info is not None and info.kind == "person":
                    last_person = info
                    break
            continue
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end + 1)
        x = _SentenceView(text, sent, lex, resolver, here, lang, on, last_person, ordered[lo:hi], dct)
        for d in x.events(doc_id, len(drafts), report):
            drafts.append(d)
        last_person = x.last_person
    return _link(drafts, report)


def date_spans(text: str, lang: str, timexes: Sequence[Timex], dct: PartialDate | None,
               spans: Sequence[Span], *, analyzer: Analyzer | None = None
               ) -> list[tuple[str | None, DateSource]]:
    """The dating rule alone, for arbitrary event spans (e.g. gold EVENTs): per span, the id of the
    timex that would date it (``None`` with ``DateSource.REPORTED`` when the document date would).
    Coreference between mentions is not applied (it needs extracted events)."""
    lex = load_lexicon(lang)
    sentences = _bounded((analyzer or SimpleAnalyzer()).analyze(text, lang))
    sent_starts = [s.start for s in sentences]
    empty = _Empty()
    on = dct.interval.start.date() if dct else None
    probe = TriggerEntry("", "000", False)
    out: list[tuple[str | None, DateSource]] = []
    views: dict[int, _SentenceView] = {}
    for span in spans:
        n = bisect.bisect_right(sent_starts, span.start) - 1
        k = n if n >= 0 and span.start < sentences[n].end + 1 else None
        if k is None:
            out.append((None, DateSource.REPORTED))
            continue
        if k not in views:
            views[k] = _SentenceView(text, sentences[k], lex, empty, [], lang, on, None, timexes, dct)
        x = views[k]
        i = x._tok_at(span.start)
        own_verb = x.reporting.get(x.clause[i]) == i  # "said Saturday": the report's own date
        _, _, _, src, tid, _ = x._date(i, probe, x._in_reporting(i) and not own_verb)
        out.append((tid, src))
    return out


class _SentenceView:
    def __init__(self, text: str, sent: Sentence, lex: Lexicon, resolver: ActorResolver,
                 matches: Sequence[ActorMatch], lang: str, on: date | None, last_person: ActorInfo | None,
                 timexes: Sequence[Timex], dct: PartialDate | None = None) -> None:
        self.text, self.sent, self.lex, self.resolver, self.lang = text, sent, lex, resolver, lang
        self.toks = sent.tokens
        self._ends = [t.end for t in self.toks]
        self.low = [t.text.lower() for t in self.toks]
        self.clause = self._clauses()
        # token indices per clause, and the same without the break token that opens it: built once per
        # sentence, since every trigger asks about its clause several times
        self._members: dict[int, list[int]] = {}
        for j, c in enumerate(self.clause):
            self._members.setdefault(c, []).append(j)
        self._words: dict[int, list[int]] = {
            c: [j for j in idx if self.toks[j].text not in _BREAKS] for c, idx in self._members.items()}
        self.last_person = last_person
        self.on = on
        self.dct = dct
        roles = getattr(resolver, "role_forms", None)
        self._role_words = _role_words(resolver, lang) if callable(roles) else frozenset()
        self.actors = self._actors(matches)
        self._by_clause: dict[int, list[_Actor]] = {}
        for a in self.actors:
            self._by_clause.setdefault(a.clause, []).append(a)
        self.timexes = [t for t in timexes if sent.start <= t.span.start < sent.end + 1]  # pre-sliced
        self.reporting = self._reporting_clauses()
        self._ordinal_note: tuple[str, ...] | None = None
        self._has_cue: bool | None = None
        self._reporting_memo: dict[int, bool] = {}

    # -- structure -------------------------------------------------------------------------------
    def _clauses(self) -> list[int]:
        out, c = [], 0
        for t in self.toks:
            if t.text in _BREAKS:
                c += 1
            out.append(c)
        return out

    def _tok_at(self, offset: int) -> int:
        """Index of the token at (or first after) ``offset``."""
        return min(bisect.bisect_right(self._ends, offset), len(self.toks) - 1)

    def _actors(self, matches: Sequence[ActorMatch]) -> list[_Actor]:
        found: list[_Actor] = []
        on = self.on
        for m in matches:
            info = None if m.role else self.resolver.resolve(m.surface, self.lang, on)
            if m.role:  # "Nordkoreas Machthaber": try the role with up to three words before it
                info = None
                for k in (3, 2, 1, 0):
                    begin = _words_back(self.text, m.start, k, self.sent.start)
                    if begin is None:
                        continue
                    info = self.resolver.resolve(self.text[begin:m.end], self.lang, on)
                    if info is not None:
                        m = dataclasses.replace(m, start=begin, surface=self.text[begin:m.end])
                        break
                if found and m.start < found[-1].span.end:
                    found.pop()  # the modifier ("Nordkoreas") is part of the description
            if info is None:
                continue
            i, j = self._tok_at(m.start), self._tok_at(m.end - 1) + 1
            gen = _is_modifier(self.resolver, m.surface, self.lang)
            found.append(_Actor(info, i, j, Span(m.start, m.end), m.surface, None, gen, self.clause[i],
                                surface=m.surface))
        found = self._merge(found)
        for i, tok in enumerate(self.toks):
            if self.low[i] in self.lex.cues.pronouns and not any(a.start <= i < a.end for a in found):
                found.append(_Actor(None, i, i + 1, Span(tok.start, tok.end), tok.text, None,
                                    False, self.clause[i], pronoun=True))
        found.sort(key=lambda a: a.start)
        for a in found:
            a.prep = self._prep(a, found)
            if a.pronoun:
                a.info = self.last_person
            elif a.info is not None and a.info.kind == "person":
                self.last_person = a.info
        return [a for a in found if a.info is not None]

    def _merge(self, found: list[_Actor]) -> list[_Actor]:
        """Drop modifiers of a following name ("Chinas Präsident Xi", "US President Trump") and join
        adjacent mentions of the same actor ("US-Präsident Donald Trump")."""
        out: list[_Actor] = []
        for a in found:
            if out:
                prev = out[-1]
                gap = self.toks[prev.end:a.start]
                words_only = all(t.pos not in ("PUNCT", "CCONJ", "ADP", "AUX", "PRON") for t in gap)
                pi, ai = prev.info, a.info
                same = pi == ai or (not gap and pi is not None and ai is not None and (
                    pi.id.startswith(ai.id) or ai.id.startswith(pi.id)))
                if same and len(gap) <= 1 and words_only:
                    longer = pi if pi and ai and len(pi.id) >= len(ai.id) else ai
                    # "US-Präsident Donald Trump"; TABARI "Bree President Romendacil" → BREGOV
                    out[-1] = dataclasses.replace(prev, info=longer, end=a.end, surface=None,
                                                  span=Span(prev.span.start, a.span.end),
                                                  text=self.text[prev.span.start:a.span.end],
                                                  genitive=a.genitive)
                    continue
                combine = getattr(self.resolver, "combine", None)
                if not gap and callable(combine) and prev.info is not None and a.info is not None:
                    joined = combine(prev.info, a.info)  # "Russian police" → RUSCOP (TABARI agents)
                    if joined is not None:
                        out[-1] = dataclasses.replace(a, info=joined, start=prev.start,
                                                      span=Span(prev.span.start, a.span.end),
                                                      text=self.text[prev.span.start:a.span.end],
                                                      clause=prev.clause)
                        continue
                titled = bool(gap) and a.info is not None and a.info.kind == "person" and all(
                    t.text[:1].isupper() or t.lemma.lower() in self._role_words for t in gap)
                if (prev.genitive or titled) and len(gap) <= 3 and words_only and (
                        prev.info is not None and prev.info.kind in ("state", "place")):
                    # "Chinas Präsident Xi", "Chinese President Xi Jinping", "North Korean leader Kim"
                    out[-1] = dataclasses.replace(a, start=prev.start, span=Span(prev.span.start, a.span.end),
                                                  text=self.text[prev.span.start:a.span.end],
                                                  clause=prev.clause)
                    continue
            out.append(a)
        return out

    def _prep(self, a: _Actor, found: list[_Actor]) -> str | None:
        """The preposition governing ``a`` (looking back over articles and adjectives; a coordinated
        actor shares its partner's: "zwischen China und Nordkorea")."""
        attribution = self.lex.cues.reporting_phrases
        if a.end < len(self.toks) and self.low[a.end] in attribution:
            return self.low[a.end]  # "Xinhua zufolge"
        for j in range(a.start - 1, max(-1, a.start - 4), -1):
            if self.toks[j].pos == "PUNCT":
                break
            if self.low[j] in attribution:
                return "laut"  # "laut Xinhua", "nach Angaben Südkoreas", "according to Xinhua"
        i = a.start - 1
        steps = 0
        while i >= 0 and steps < 4:
            t = self.toks[i]
            if t.pos == "ADP":
                return self.low[i]
            if self.low[i] in self.lex.cues.coordination:
                partner = next((b for b in found if b.end in (i, i - 1) and b is not a), None)
                return partner.prep if partner else None
            if t.pos in ("PUNCT", "AUX", "PRON", "SCONJ", "NOUN", "PROPN", "NUM") or \
                    any(b.end == i + 1 for b in found if b is not a):
                return None
            if t.pos == "X" and self.lex.lookup(t.lemma, t.text):
                return None
            i -= 1
            steps += 1
        return None

    def _reporting_clauses(self) -> dict[int, int]:
        """clause id → token index of its reporting verb ("sagte", "zitierte", "said")."""
        out: dict[int, int] = {}
        cues = self.lex.cues
        for i, t in enumerate(self.toks):
            noun = self.lang == "en" and self._noun_reading(i, t)  # "all states", "the report"
            if t.pos not in _CLOSED_POS and t.lemma.lower() in cues.reporting and \
                    not self.lex.lookup(t.lemma, t.text) and not noun:
                out.setdefault(self.clause[i], i)
        return out

    def _in_reporting(self, i: int) -> bool:
        """Is the trigger part of the reporting clause itself (not of what is reported)? English puts
        the reported content in the same clause: "Xinhua said Xi would visit" (an actor or "that"
        between the verb and the trigger starts the content)."""
        hit = self._reporting_memo.get(i)
        if hit is None:
            hit = self._reporting_memo[i] = self._reporting_content(i)
        return hit

    def _reporting_content(self, i: int) -> bool:
        c = self.clause[i]
        if c not in self.reporting:
            return False
        v = self.reporting[c]
        content = self.lang == "en" and i > v and (
            any(v < a.start < i and a.prep is None for a in self.actors)
            or any(self.low[j] == "that" for j in range(v + 1, i)))
        return not content

    # -- events ------------------------------------------------------------------------------------
    def events(self, doc_id: str, offset: int, report: Interval | None) -> list[_Draft]:
        out: list[_Draft] = []
        used: set[int] = set()
        for i, tok in enumerate(self.toks):
            if tok.pos in ("PUNCT", "NUM", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"):
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
                    extra.event = dataclasses.replace(extra.event, id=f"{doc_id}:e{offset + len(out) + 1}")
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
                            out.append(d2)
        return out

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

    def _noun_reading(self, i: int, tok: Token) -> bool:
        if self.lang == "de":
            return tok.text[:1].isupper() and (i > 0 or tok.pos == "NOUN" or not tok.text.lower().endswith(
                ("te", "ten", "t")))
        prev = self.toks[i - 1] if i > 0 else None
        if prev is None:
            return False
        return prev.pos in ("DET", "ADP", "NUM") or prev.text.endswith(("'s", "’s")) or \
            prev.lemma.lower() in self.lex.cues.possessives or (prev.pos == "PROPN" and i >= 2 and \
            self.toks[i - 2].pos in ("DET", "ADP"))

    def _has_particle(self, i: int, particle: str) -> bool:
        c = self.clause[i]
        for j in range(i + 1, len(self.toks)):
            if self.clause[j] != c:
                break
            if self.low[j] == particle and (j + 1 == len(self.toks) or self.toks[j + 1].pos == "PUNCT"):
                return True
        return False

    def _event(self, i: int, entry: TriggerEntry, doc_id: str, eid: str, report: Interval | None,
               span: Span | None = None) -> _Draft | None:
        tok = self.toks[i]
        c = self.clause[i]
        in_reporting = self._in_reporting(i)
        code = self._pattern_code(i, entry)
        source, target, location = self._roles(i, entry)
        reciprocal = self._reciprocal(i)
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
                      distributive=reciprocal is None and not entry.symmetric, lends=not other)

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
                    if self.low[hi] in p.after[k] or self.toks[hi].lemma.lower() in p.after[k]:
                        k += 1
                    hi += 1
                if k < len(p.after):
                    continue
            return p.code
        return e.code

    # -- roles -------------------------------------------------------------------------------------
    def _role(self, a: _Actor | None) -> EventActor | None:
        """A place as source or target stands for its state ("Peking veröffentlichte" → China)."""
        if a is not None and a.info is not None and a.info.kind == "place" and a.info.country:
            state = self.resolver.get(a.info.country)
            if state is not None:
                return EventActor(state.id, state.name, a.text, a.span, state.country)
            return EventActor(a.info.country, a.info.country, a.text, a.span, a.info.country)
        return _out(a)

    def _in_clause(self, c: int) -> list[_Actor]:
        """The actors of clause ``c`` in text order (shared: do not modify)."""
        return self._by_clause.get(c, [])

    def _clause_tokens(self, c: int) -> list[int]:
        """Token indices of clause ``c`` (shared: do not modify)."""
        return self._members.get(c, [])

    def _first_free(self, start: int, end: int) -> _Actor | None:
        return next((a for a in self.actors if start <= a.start < end and a.prep is None), None)

    def _roles(self, i: int, e: TriggerEntry) -> tuple[_Actor | None, _Actor | None, _Actor | None]:
        c = self.clause[i]
        cl = self._in_clause(c)
        location = next((a for a in cl if a.prep in self.lex.cues.location_preps and a.info is not None
                         and a.info.kind in ("place", "state")), None)
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
            if source is None:
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

    def _first_of(self, c: int) -> int | None:
        words = self._words.get(c)
        return words[0] if words else None

    def _is_inserted(self, c: int) -> bool:
        """A relative clause ("der …", "who …") between commas."""
        first = self._first_of(c)
        return first is not None and first > 0 and self.low[first] in _RELATIVE

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

    # -- modality ----------------------------------------------------------------------------------
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

    def _starts_with(self, c: int, words: frozenset[str]) -> bool:
        first = self._first_of(c)
        return first is not None and self.low[first] in words

    def _modality(self, i: int, e: TriggerEntry, conditional: bool, when: Interval | None,
                  report: Interval | None, condition: tuple[int, int] | None = None) -> Modality:
        cues = self.lex.cues
        c = self.clause[i]
        skip = range(*condition) if condition is not None and not conditional else range(0)
        clause_idx = [j for j in self._clause_tokens(c) if j not in skip]
        # the words of the clause (of the few words before a noun trigger); cue tests are set operations
        clause = [self.low[j] for j in clause_idx]
        window = clause if not e.noun else [
            self.low[j] for j in range(max(0, i - 4), i) if self.clause[j] == c]
        if e.noun:
            if not cues.negation_det.isdisjoint(window[-3:]):
                return Modality.NEGATED
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

    # -- reported speech ---------------------------------------------------------------------------
    def _reported(self, i: int, report: Interval | None) -> tuple[ReportedSpeech | None, Interval | None]:
        if not self.reporting:
            phrases = self.lex.cues.reporting_phrases
            phrase = next((j for j in range(len(self.toks)) if self.low[j] in phrases), None)
            if phrase is None:
                return None, None
            said = [a for a in self.actors if a.prep in self.lex.cues.reporting_phrases or a.prep == "laut"]
            media = next((a for a in said if a.info is not None and a.info.kind == "media"), None)
            speaker = next((a for a in said if a is not media), None)
            tok = self.toks[phrase]
            outlet = _out(media) or (None if speaker else self._outlet(phrase + 1, phrase + 4))
            return ReportedSpeech(tok.text, Span(tok.start, tok.end), _out(speaker), outlet), None
        c, v = next(iter(self.reporting.items()))
        cl = self._in_clause(c)
        media = next((a for a in cl if a.info is not None and a.info.kind == "media"), None)
        speaker = next((a for a in cl if a is not media and a.info is not None and a.info.kind != "media"
                        and a.prep is None), None)
        if media is None:
            media = next((a for a in self.actors if a.info is not None and a.info.kind == "media"), None)
        on = None
        for t in self.timexes:
            j = self._tok_at(t.span.start)
            if self.clause[j] == c and t.resolution is not None and t.resolution.interval is not None:
                on = t.resolution.interval
        tok = self.toks[v]
        idx = self._clause_tokens(c)
        outlet = _out(media) or self._outlet(idx[0], idx[-1] + 1)
        rs = ReportedSpeech(tok.text, Span(tok.start, tok.end), _out(speaker), outlet)
        return rs, on

    def _outlet(self, lo: int, hi: int) -> EventActor | None:
        """A medium the registry does not know, by its name after a medium noun ("Nachrichtenagentur
        Xinhua", "news agency Xinhua") or right after an attribution ("laut Xinhua")."""
        media = self.lex.cues.media_nouns
        for j in range(max(0, lo), min(hi, len(self.toks))):
            after_noun = j > 0 and self.toks[j - 1].lemma.lower() in media
            after_phrase = j == lo and j > 0 and self.low[j - 1] in self.lex.cues.reporting_phrases
            t = self.toks[j]
            if (after_noun or after_phrase) and t.text[:1].isupper() and t.pos in ("NOUN", "PROPN", "X") \
                    and not any(a.start <= j < a.end for a in self.actors):
                return EventActor(None, t.text, t.text, Span(t.start, t.end))
        return None

    # -- dating ------------------------------------------------------------------------------------
    def _date(self, i: int, e: TriggerEntry, in_reporting: bool
              ) -> tuple[Interval | None, Grain | None, str | None, DateSource, str | None, float]:
        c = self.clause[i]
        cue = self._cue_date(i)
        if cue is not None:
            return cue[0], Grain.DAY, cue[1], DateSource.CUE, None, 0.9
        best: tuple[float, Timex, Interval, Grain] | None = None
        for t in self.timexes:
            r = t.resolution
            if r is None:
                continue
            interval = r.interval if r.type in (TimexType.DATE, TimexType.TIME) else r.point
            if interval is None or (r.grain is None and r.point is None):
                continue
            j = self._tok_at(t.span.start)
            tc = self.clause[j]
            if tc in self.reporting and tc != c:
                continue  # it dates the report, not the reported event
            if in_reporting:
                # "…, zitierte ihn Xinhua am Donnerstag nach einem Treffen": the clause's timex dates the
                # report, the other clauses' timexes the reported content, neither this event
                continue
            score = abs(j - i) + (0 if tc == c else 20)
            if best is None or score < best[0]:
                best = (score, t, interval, r.grain or Grain.DAY)
        if best is None:
            return None, None, None, DateSource.REPORTED, None, 0.8
        _, t, interval, grain = best
        value = t.value
        later = self._future_reading(i, t, interval)
        if later is not None:
            interval, grain, value = later
        interval, grain = self._aspect(i, interval, grain)
        if t.resolution is None or (interval != t.resolution.interval and later is None):
            value = _interval_value(interval, grain)
        return interval, grain, value, DateSource.TIMEX, t.tid, 1.0

    def _future_reading(self, i: int, t: Timex, interval: Interval
                        ) -> tuple[Interval, Grain, str | None] | None:
        """"Merkel wird Xi im September besuchen": a timex without a year resolved into the past by the
        news default is re-read forward when the event's clause is in the future tense."""
        if self.dct is None or not isinstance(t.mention.value, Fields) or t.mention.value.year is not None:
            return None
        if interval.end > self.dct.interval.start:
            return None
        c = self.clause[i]
        cues = self.lex.cues
        future = any(self.low[j] in cues.future for j in self._clause_tokens(c))
        if self.reporting and not self._in_reporting(i):
            future = future or any(self.low[j] in cues.reported_future
                                   for j in self._clause_tokens(c))
        if not future:
            return None
        r = resolve(t.mention.value, ReferenceContext(self.dct, direction=Direction.FUTURE))
        if r.interval is None or r.grain is None or r.interval.start < self.dct.interval.end:
            return None
        return r.interval, r.grain, r.value

    def _cue_date(self, i: int) -> tuple[Interval, str] | None:
        c = self.clause[i]
        if not self.lex.date_cues or self.on is None:
            return None
        if self._has_cue is None:
            low = self.text[self.toks[0].start:self.toks[-1].end].lower()
            self._has_cue = any(phrase.split()[0] in low for phrase in self.lex.date_cues)
        if not self._has_cue:
            return None
        text = self.text[self.toks[0].start:self.toks[-1].end].lower()
        for j in range(len(self.toks)):
            if self.clause[j] != c:
                continue
            for phrase, (month, day) in self.lex.date_cues.items():
                if self.low[j].endswith(phrase.split()[0]) and phrase in text[self.toks[j].start -
                                                                           self.toks[0].start:]:
                    on = self.on
                    year = on.year if (on.month, on.day) >= (month, day) else on.year - 1
                    start = datetime(year, month, day)
                    return Interval(start, start + timedelta(days=1)), f"{year:04d}-{month:02d}-{day:02d}"
        return None

    def _aspect(self, i: int, interval: Interval, grain: Grain) -> tuple[Interval, Grain]:
        """"am Mittwoch seinen zweitägigen Besuch beendet": the timex dates the end of an event lasting
        two days."""
        c = self.clause[i]
        if grain > Grain.DAY:
            return interval, grain
        idx = self._clause_tokens(c)
        length = self._duration(idx)
        if length is None:
            return interval, grain
        ends = any(self.toks[j].lemma.lower() in self.lex.cues.aspect_end for j in idx)
        starts = any(self.toks[j].lemma.lower() in self.lex.cues.aspect_start for j in idx)
        n, unit = length
        if ends:
            return Interval(add(interval.end, unit, -n), interval.end), Grain.DAY
        if starts:
            return Interval(interval.start, add(interval.start, unit, n)), Grain.DAY
        return interval, grain

    def _duration(self, idx: list[int]) -> tuple[int, Grain] | None:
        for j in idx:
            w = self.low[j]
            for suffix, unit in self.lex.duration_suffixes.items():
                if w.endswith(suffix):
                    head = w[: -len(suffix)].rstrip("-")
                    if head.isdigit():
                        return int(head), unit
                    if head in self.lex.duration_numbers:
                        return self.lex.duration_numbers[head], unit
            if self.lang == "en" and "-" in w:
                head, _, tail = w.partition("-")
                if tail in ("day", "week") and (head in self.lex.duration_numbers or head.isdigit()):
                    n = int(head) if head.isdigit() else self.lex.duration_numbers[head]
                    return n, Grain.DAY if tail == "day" else Grain.WEEK
        return None

    def _notes(self, i: int, when: Interval | None) -> tuple[str, ...]:
        """"den vierten innerhalb von zehn Monaten": earlier occurrences are implied."""
        if self._ordinal_note is None:
            self._ordinal_note = self._find_ordinal()
        return self._ordinal_note

    def _find_ordinal(self) -> tuple[str, ...]:
        s = self.text[self.sent.start:self.sent.end].lower()
        if _ORDINAL_HINT.search(s) is None:
            return ()  # the common case, in one scan; the loop below keeps the documented precedence
        for word, n in _ORDINALS.items():
            for marker in _ORDINAL_MARKERS:
                k = s.find(f"{word} {marker}")
                if k >= 0:
                    return (f"ordinal {n} '{s[k:k + 40].strip()}': {n - 1} earlier occurrence(s) implied",)
        return ()
