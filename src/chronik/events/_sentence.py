"""One sentence as the extraction rules see it: clauses (cut at , ; : – ( )), actor mentions and the
preposition governing each, reporting clauses. The rules are mixins over ``_SentenceCore``
(``_triggers``, ``_roles``, ``_modality``, ``_reported``, ``_dating``); ``_SentenceView`` combines them.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Sequence
from datetime import date
from typing import Any

from chronik.events._mentions import _Actor, _is_modifier, _role_words, _words_back
from chronik.events._segment import _BREAKS, _CLOSED_POS, _RELATIVE
from chronik.events.analysis import Sentence, Token
from chronik.events.lexicon import Lexicon
from chronik.events.resolver import ActorInfo, ActorMatch, ActorResolver
from chronik.model import Span, Timex
from chronik.temporal.calendar import Interval, PartialDate


@functools.cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a cue list's phrases ("border" of "border guards"), to test a sentence at once."""
    return frozenset(p.split()[0] for p in phrases)


class _SentenceCore:
    """One sentence prepared for the rules: tokens, clauses, the actors named in it (each with the
    preposition governing it; person pronouns stand for the last person named) and its reporting clauses."""

    def __init__(self, text: str, sent: Sentence, lex: Lexicon, resolver: ActorResolver,
                 matches: Sequence[ActorMatch], lang: str, on: date | None, last_person: ActorInfo | None,
                 timexes: Sequence[Timex], dct: PartialDate | None = None,
                 before: Sequence[Timex] = ()) -> None:
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
        self.before = before  # the timexes of the previous sentence in the same paragraph
        self.reporting = self._reporting_clauses()
        self._ordinal_note: tuple[str, ...] | None = None
        self._has_cue: bool | None = None
        self._reporting_memo: dict[int, bool] = {}
        self._timex_toks: tuple[frozenset[int], frozenset[int]] | None = None
        self._match_memo: dict[tuple[int, int], tuple[str, dict[str, _Actor]]] = {}
        self._low_memo: dict[int, list[str]] = {}
        self._past_memo: dict[int, bool] = {}  # per clause (dating)
        self._cue_memo: dict[int, tuple[Interval, str] | None] = {}  # per clause (dating)

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
        if found and not _first_words(self.lex.cues.agent_nouns).isdisjoint(self.low):
            found = self._agents(found)  # before the merge: "Ukrainian troops" is no modifier of what follows
        found = self._merge(found)
        pronouns = self.lex.cues.pronouns
        if not pronouns.isdisjoint(self.low):  # most sentences have none: no scan over their tokens
            for i, tok in enumerate(self.toks):
                if self.low[i] in pronouns and not any(a.start <= i < a.end for a in found):
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
                if callable(combine) and prev.info is not None and a.info is not None:
                    composed = self._compose(prev, a, gap, combine)
                    if composed is not None:
                        out[-1] = composed
                        continue
                    if prev.agent is not None and gap and all(
                            t.text == "," or t.pos == "DET" or t.text.lower() in self.lex.cues.coordination
                            for t in gap):
                        joined = combine(a.info, prev.agent)  # "lawmakers in Fornost and Gondor": Gondor's
                        if joined is not None:
                            a = dataclasses.replace(a, info=joined, agent=prev.agent)
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

    def _agent_noun(self, j: int, local: bool = False) -> int:
        """Tokens of an agent noun at ``j`` ("forces", "border guards", "Behörden"), 0 if there is none."""
        nouns = self.lex.cues.local_agent_nouns if local else self.lex.cues.agent_nouns
        if j >= len(self.toks):
            return 0
        if j + 1 < len(self.toks) and f"{self.low[j]} {self.low[j + 1]}" in nouns:
            return 2
        return 1 if self.low[j] in nouns else 0

    def _agents(self, found: list[_Actor]) -> list[_Actor]:
        """A state's adjective or name before an agent noun ("Russian forces", "die iranischen Behörden",
        "A Moscow court", "Russian and Ukrainian negotiators"), or a local agent noun before "in" and a
        state or its capital ("Police in Tehran", "Ein Gericht in Ankara"), is that state as an actor —
        a registry whose resolver composes agents (``combine``) has already joined the nouns it knows."""
        taken = {k for a in found for k in range(a.start, a.end)}
        out: list[_Actor] = []
        for a in found:
            info = a.info
            if info is None or info.kind not in ("state", "place"):
                out.append(a)
                continue
            j = a.end
            if j < len(self.toks) and self.toks[j].pos == "X" and self.toks[j].text[:1].islower() and \
                    not self._agent_noun(j) and not self.lex.lookup(self.toks[j].lemma, self.toks[j].text):
                j += 1  # one adjective between: "Russian special forces"
            n = self._agent_noun(j) if j not in taken else 0
            if n and self.clause[j] == a.clause:
                end = j + n
                state = self._country(info)
                a = dataclasses.replace(a, info=state, end=end, genitive=False, surface=None,
                                        span=Span(a.span.start, self.toks[end - 1].end),
                                        text=self.text[a.span.start:self.toks[end - 1].end])
                prev = out[-1] if out else None
                if prev is not None and prev.genitive and prev.info is not None and \
                        prev.info.kind in ("state", "place") and prev.end + 1 == a.start and \
                        self.low[prev.end] in self.lex.cues.coordination:
                    out[-1] = dataclasses.replace(prev, info=self._country(prev.info), genitive=False)
                out.append(a)
                continue
            k = a.start - 1
            while k > 0 and self.toks[k].pos == "DET":
                k -= 1
            if k >= 1 and self.low[k] in self.lex.cues.member_preps and not a.genitive:
                for m in (2, 1):
                    h = k - m
                    if h >= 0 and self._agent_noun(h, local=True) == m and h not in taken and \
                            self.clause[h] == a.clause:
                        state = self._country(info)
                        a = dataclasses.replace(a, info=state, start=h, surface=None,
                                                span=Span(self.toks[h].start, a.span.end),
                                                text=self.text[self.toks[h].start:a.span.end])
                        break
            out.append(a)
        return out

    def _country(self, info: ActorInfo) -> ActorInfo:
        """The state a capital or place stands for (the actor itself if it is a state or unknown)."""
        if info.kind == "place" and info.country and info.country != info.id:
            return self.resolver.get(info.country) or info
        return info

    def _compose(self, prev: _Actor, a: _Actor, gap: Sequence[Token], combine: Any) -> _Actor | None:
        """An agent noun and its actor across a preposition or a possessive, for resolvers that compose
        them (``combine``, TABARI agents): "officials in the White House", "the government of Gondor",
        "Gondor's first deputy prime minister"; a name right after such a phrase is its apposition
        ("Ithilen's minister Calimehtar" stays Ithilen's government)."""
        if prev.info is None or a.info is None:
            return None
        low = [t.text.lower() for t in gap]
        if not gap and prev.agent is not None:
            return dataclasses.replace(prev, end=a.end, span=Span(prev.span.start, a.span.end),
                                       text=self.text[prev.span.start:a.span.end], genitive=a.genitive)
        if low and low[0] in self.lex.cues.member_preps and not prev.genitive and \
                all(t.pos == "DET" for t in gap[1:]) and len(gap) <= 2:
            joined = combine(a.info, prev.info)
            if joined is not None:
                return dataclasses.replace(prev, info=joined, end=a.end, surface=None,
                                           span=Span(prev.span.start, a.span.end),
                                           text=self.text[prev.span.start:a.span.end],
                                           genitive=a.genitive, agent=prev.info)
        possessive = prev.genitive or self.text.startswith(("'s", "’s"), prev.span.end)  # "Ithilen" + 's
        if possessive and 0 < len(gap) <= 3 and all(
                (t.pos == "X" and (t.text[:1].isupper() or not self.lex.lookup(t.lemma, t.text)))
                or (t.pos == "CCONJ" and 0 < k < len(gap) - 1) for k, t in enumerate(gap)):
            joined = combine(prev.info, a.info)  # "Dagolath's first Deputy Prime Minister"
            if joined is not None:
                return dataclasses.replace(a, info=joined, start=prev.start,
                                           span=Span(prev.span.start, a.span.end),
                                           text=self.text[prev.span.start:a.span.end],
                                           clause=prev.clause, agent=a.info)
        return None

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
                    not self._triggers_here(i, t) and not noun:
                out.setdefault(self.clause[i], i)
        return out

    def _triggers_here(self, i: int, t: Token) -> bool:
        """Is the token a trigger here? A separable verb counts only with its particle: "sagte … zu"
        (zusagen) is a pledge, "sagte" alone stays a reporting verb."""
        low = t.text.lower()
        return any(e.particle is None or self._has_particle(i, e.particle) or low.startswith(e.particle)
                   for e in self.lex.lookup(t.lemma, t.text))

    def _has_particle(self, i: int, particle: str) -> bool:
        c = self.clause[i]
        for j in range(i + 1, len(self.toks)):
            if self.clause[j] != c:
                break
            if self.low[j] == particle and (j + 1 == len(self.toks) or self.toks[j + 1].pos == "PUNCT"):
                return True
        return False

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

    def _attribute_of_noun(self, i: int) -> bool:
        """Is the noun trigger ``i`` the genitive attribute of another noun ("den Inhalt der Gespräche",
        "details of the talks")? It then names an event the clause speaks about, not the clause's own
        act: the clause's subject and its other timexes are not its own. Aspect heads ("Ende der
        Gespräche", "the end of the talks") and trigger heads ("Ergebnis des Treffens" is no trigger;
        "Vorbereitung des Besuchs" may be) do not count."""
        j = i - 1
        if self.lang == "de" and j >= 1 and self.toks[j].pos == "X" and self.toks[j].text[:1].islower():
            j -= 1  # one adjective: "der geheimen Gespräche"
        if self.lang == "de":
            if j < 1 or self.low[j] not in ("der", "des"):
                return False
            head = j - 1
            if self.toks[head].pos != "NOUN":
                return False
        else:
            if j < 2 or self.low[j] != "the" or self.low[j - 1] != "of":
                return False
            head = j - 2
            if not self.toks[head].text[:1].islower() or self.toks[head].pos not in ("X", "NOUN"):
                return False
        if self.clause[head] != self.clause[i]:
            return False
        ht = self.toks[head]
        lemma = ht.lemma.lower()
        cues = self.lex.cues
        return lemma not in cues.aspect_end and lemma not in cues.aspect_start and \
            not self.lex.lookup(ht.lemma, ht.text)

    def _noun_timex(self, j: int) -> int | None:
        """The noun trigger a timex at token ``j`` directly follows ("des Gipfeltreffens am Freitag",
        "the summit with Xi on Friday"), if any: that timex is the noun's own."""
        k = j - 1
        if k >= 0 and self.toks[k].pos == "ADP":
            k -= 1
        for _ in range(2):  # over the noun's own actors: "Gipfeltreffens mit Xi (in Peking) am Freitag"
            a = next((a for a in self.actors if a.end == k + 1 and a.prep is not None), None)
            if a is None:
                break
            k = a.start - 1
            while k >= 0 and self.toks[k].pos in ("DET", "ADP"):
                k -= 1
        if k < 0 or self.clause[k] != self.clause[j]:
            return None
        t = self.toks[k]
        if t.pos in _CLOSED_POS or not t.text[:1].isalpha():
            return None
        found = self.lex.lookup(t.lemma, t.text)
        return k if found and any(e.noun for e in found) else None

    def _timex_tokens(self) -> tuple[frozenset[int], frozenset[int]]:
        """Token indices inside a timex, and those that start one (computed once per sentence)."""
        if self._timex_toks is None:
            inside: set[int] = set()
            starts: set[int] = set()
            for t in self.timexes:
                a = self._tok_at(t.span.start)
                starts.add(a)
                b = a
                while b < len(self.toks) and self.toks[b].start < t.span.end:
                    inside.add(b)
                    b += 1
            self._timex_toks = (frozenset(inside), frozenset(starts))
        return self._timex_toks

    def _in_timex(self, j: int) -> bool:
        return j in self._timex_tokens()[0]

    def _before_timex(self, j: int) -> bool:
        """Does a timex start right after token ``j`` ("on Sunday", "am Montag")?"""
        return j + 1 in self._timex_tokens()[1]

    def _in_clause(self, c: int) -> list[_Actor]:
        """The actors of clause ``c`` in text order (shared: do not modify)."""
        return self._by_clause.get(c, [])

    def _clause_tokens(self, c: int) -> list[int]:
        """Token indices of clause ``c`` (shared: do not modify)."""
        return self._members.get(c, [])

    def _clause_low(self, c: int) -> list[str]:
        """The words (lower case) of clause ``c``, break token included (shared: do not modify)."""
        words = self._low_memo.get(c)
        if words is None:
            low = self.low
            words = self._low_memo[c] = [low[j] for j in self._members.get(c, [])]
        return words

    def _first_of(self, c: int) -> int | None:
        words = self._words.get(c)
        return words[0] if words else None

    def _is_inserted(self, c: int) -> bool:
        """A relative clause ("der …", "who …") between commas."""
        first = self._first_of(c)
        return first is not None and first > 0 and self.low[first] in _RELATIVE

    def _starts_with(self, c: int, words: frozenset[str]) -> bool:
        first = self._first_of(c)
        return first is not None and self.low[first] in words
