"""Reported speech: the reporting verb or attribution ("sagte", "laut Xinhua", "according to"), its speaker
and outlet, and the date of the report.
"""

from __future__ import annotations

from chronik.events._mentions import _out
from chronik.events._sentence import _SentenceCore
from chronik.events.model import EventActor, ReportedSpeech
from chronik.model import Span
from chronik.temporal.calendar import Interval


class _ReportedRules(_SentenceCore):
    """Who said it (speaker, outlet) and when the report was made."""

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
