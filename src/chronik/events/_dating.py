"""Dating: the timex (or date cue) that governs an event, read forward in future clauses and stretched
over a stated duration ("seinen zweitägigen Besuch beendet"); TIMEX3-style values of the intervals;
ordinal cues ("den vierten innerhalb von zehn Monaten").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from chronik.events._sentence import _SentenceCore
from chronik.events.lexicon import TriggerEntry
from chronik.events.model import DateSource
from chronik.model import Timex
from chronik.temporal.calendar import Interval, add
from chronik.temporal.context import ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.values import Direction, Fields, Grain, TimexType

_ORDINALS = {"zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "second": 2, "third": 3, "fourth": 4,
             "fifth": 5}
# what may stand between a reporting verb and its own timex: "zitierte ihn Xinhua am Donnerstag"
_LINK_POS = frozenset({"PRON", "PROPN", "ADP"})
_ORDINAL_MARKERS = ("innerhalb von", "within", "in den vergangenen", "in the past")
_ORDINAL_HINT = re.compile("(?:" + "|".join(map(re.escape, _ORDINALS)) + ") (?:"
                           + "|".join(map(re.escape, _ORDINAL_MARKERS)) + ")")


def _interval_value(interval: Interval, grain: Grain) -> str:
    """TIMEX3-style value of an interval: a day, a whole month or year, else ``first/last`` day."""
    start, end = interval.start, interval.end
    last = end - timedelta(days=1)
    if end - start <= timedelta(days=1):
        return start.date().isoformat()
    if start.day == 1 and end == add(start, Grain.MONTH, 1):
        return f"{start.year:04d}-{start.month:02d}"
    if (start.month, start.day) == (1, 1) and end == add(start, Grain.YEAR, 1):
        return f"{start.year:04d}"
    return f"{start.date().isoformat()}/{last.date().isoformat()}"


def _grain_of(interval: Interval) -> Grain:
    days = (interval.end - interval.start).days
    return Grain.DAY if days <= 1 else Grain.MONTH if days <= 31 else Grain.YEAR


class _DatingRules(_SentenceCore):
    """The timex (or date cue) that dates a trigger, read forward for future clauses and stretched over a
    stated duration; ordinal notes."""

    def _date(self, i: int, e: TriggerEntry, in_reporting: bool
              ) -> tuple[Interval | None, Grain | None, str | None, DateSource, str | None, float]:
        c = self.clause[i]
        cue = self._cue_date(i)
        if cue is not None:
            return cue[0], Grain.DAY, cue[1], DateSource.CUE, None, 0.9
        best: tuple[float, Timex, Interval, Grain] | None = None
        embedded = e.noun and self._attribute_of_noun(i)
        for t in self.timexes:
            r = t.resolution
            if r is None:
                continue
            interval = r.interval if r.type in (TimexType.DATE, TimexType.TIME) else r.point
            grain = r.grain
            if interval is None and r.value == "PRESENT_REF" and self.dct is not None:
                # "Iraq now controls", "derzeit kontrolliert": the present is the document date
                interval, grain = self.dct.interval, _grain_of(self.dct.interval)
            elif interval is None or (r.grain is None and r.point is None):
                continue
            j = self._tok_at(t.span.start)
            tc = self.clause[j]
            owner = self._noun_timex(j)
            if (embedded and owner != i) or (owner is not None and owner != i and tc != c):
                # "den Inhalt der Gespräche … am Mittwoch veröffentlicht": the clause's timex is not the
                # talks'; "Ahead of the summit on Friday, X praised Y": the summit's timex is not the praise's
                continue
            if tc in self.reporting and tc != c:
                continue  # it dates the report, not the reported event
            if in_reporting and (tc != c or j == self._report_timex(c)):
                # "…, zitierte ihn Xinhua am Donnerstag nach einem Treffen": the reporting verb's timex
                # dates the report, the other clauses' timexes the reported content, neither this event
                continue
            score = abs(j - i) + (0 if tc == c else 20)
            if best is None or score < best[0]:
                best = (score, t, interval, grain or Grain.DAY)
        conf = 1.0
        if best is None and not in_reporting and self.reporting.get(c) != i and self._past(c):
            best, conf = self._previous(), 0.7  # a guess: the narrative goes on at the last time named
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
        return interval, grain, value, DateSource.TIMEX, t.tid, conf

    def _previous(self) -> tuple[float, Timex, Interval, Grain] | None:
        """The last dated timex of the previous sentence in the paragraph, for a past event in a sentence
        without one ("On Sept. 2, police raided two homes. They arrested a suspect.")."""
        for t in reversed(self.before):
            r = t.resolution
            if r is not None and r.type in (TimexType.DATE, TimexType.TIME) and r.interval is not None \
                    and r.grain is not None:
                return 0.0, t, r.interval, r.grain
        return None

    def _past(self, c: int) -> bool:
        """Is clause ``c`` in the past: a past auxiliary, or a word form with a past ending that is not
        its lemma ("raided", "sagte")? Once per clause."""
        hit = self._past_memo.get(c)
        if hit is None:
            hit = self._past_memo[c] = self._past_clause(c)
        return hit

    def _past_clause(self, c: int) -> bool:
        cues = self.lex.cues
        for j in self._clause_tokens(c):
            w = self.low[j]
            if w in cues.past:
                return True
            if w != self.toks[j].lemma.lower() and any(
                    w.endswith(s) and len(w) > len(s) + 2 for s in cues.past_suffixes):
                return True
        return False

    def _report_timex(self, c: int) -> int | None:
        """The token starting the report's own timex in reporting clause ``c``: one next to the reporting
        verb, over names, pronouns and prepositions only ("sagte am Sonntag", "zitierte ihn Xinhua am
        Donnerstag", "said Monday", "on Monday said"). The clause's other timexes date what it reports
        ("reported a third-quarter loss", "said the company told customers Monday")."""
        v = self.reporting.get(c)
        if v is None:
            return None
        for t in self.timexes:
            a = self._tok_at(t.span.start)
            if self.clause[a] != c:
                continue
            b = a
            while b + 1 < len(self.toks) and self.toks[b + 1].start < t.span.end:
                b += 1
            gap = range(v + 1, a) if a > v else range(b + 1, v)
            if all(self._of_speaker(k) for k in gap):
                return a
        return None

    def _of_speaker(self, k: int) -> bool:
        """Can token ``k`` stand between a reporting verb and its timex: a name, pronoun or preposition,
        an actor, or the medium's description ("Chinas staatliche Nachrichtenagentur Xinhua")?"""
        media = self.lex.cues.media_nouns
        return self.toks[k].pos in _LINK_POS or any(a.start <= k < a.end for a in self.actors) or any(
            0 <= n < len(self.toks) and self.toks[n].lemma.lower() in media for n in (k - 1, k, k + 1))

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
        words = self._clause_low(c)
        future = not cues.future.isdisjoint(words)
        if self.reporting and not self._in_reporting(i):
            future = future or not cues.reported_future.isdisjoint(words)
        if not future:
            return None
        r = resolve(t.mention.value, ReferenceContext(self.dct, direction=Direction.FUTURE))
        if r.interval is None or r.grain is None or r.interval.start < self.dct.interval.end:
            return None
        return r.interval, r.grain, r.value

    def _cue_date(self, i: int) -> tuple[Interval, str] | None:
        """The day a date cue of the lexicon names in the trigger's clause (the same for all its triggers)."""
        c = self.clause[i]
        if c not in self._cue_memo:
            self._cue_memo[c] = self._clause_cue_date(c)
        return self._cue_memo[c]

    def _clause_cue_date(self, c: int) -> tuple[Interval, str] | None:
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
