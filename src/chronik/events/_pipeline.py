"""Orchestration: ``extract_events`` runs the sentences of a document through ``_view._SentenceView``,
links the drafts (``_coref``) and merges the mentions of one event (``_merge``); ``date_spans`` applies
the dating rule alone to given spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from chronik.events._coref import _link
from chronik.events._mentions import _Draft, _scanner
from chronik.events._merge import _merge
from chronik.events._segment import _CLOSED_POS, _bounded
from chronik.events._triggers import _selector
from chronik.events._view import _SentenceView
from chronik.events.analysis import Analyzer, Sentence, SimpleAnalyzer
from chronik.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from chronik.events.model import DateSource, Event
from chronik.events.resolver import ActorInfo, ActorResolver, _Empty
from chronik.model import Span, Timex
from chronik.temporal.calendar import PartialDate

__all__ = ["date_spans", "extract_events"]


def extract_events(text: str, lang: str, timexes: Sequence[Timex], dct: PartialDate | None,
                   resolver: ActorResolver, *, doc_id: str = "doc",
                   analyzer: Analyzer | None = None, lexicon: Lexicon | None = None,
                   merge: bool = True) -> tuple[Event, ...]:
    """The events in ``text`` (see ``chronik.events.extract``); ``dct`` is the document date used.

    One record per event, its trigger spans in ``Event.mentions``; ``merge=False`` gives one record per
    trigger mention instead. ``lexicon`` replaces the shipped trigger lexicon of ``lang`` (e.g. one
    converted from TABARI verbs).
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
    for n, sent in enumerate(sentences):
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
        x = _SentenceView(text, sent, lex, resolver, here, lang, on, last_person, ordered[lo:hi], dct,
                          _before(text, sentences, n, ordered, starts))
        for d in x.events(doc_id, len(drafts), report):
            drafts.append(d)
        last_person = x.last_person
    events = _link(drafts, report)
    return _merge(drafts, events) if merge else events


def _before(text: str, sentences: Sequence[Sentence], n: int, ordered: Sequence[Timex],
            starts: Sequence[int]) -> Sequence[Timex]:
    """The timexes of the sentence before ``sentences[n]`` if it is in the same paragraph (no line break
    between them)."""
    if n == 0:
        return ()
    prev, sent = sentences[n - 1], sentences[n]
    if "\n" in text[prev.end:sent.start]:
        return ()
    lo = bisect.bisect_left(starts, prev.start)
    hi = bisect.bisect_left(starts, sent.start)
    return ordered[lo:hi]


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
    ordered = sorted(timexes, key=lambda t: t.span.start)
    starts = [t.span.start for t in ordered]
    out: list[tuple[str | None, DateSource]] = []
    views: dict[int, _SentenceView] = {}
    for span in spans:
        n = bisect.bisect_right(sent_starts, span.start) - 1
        k = n if n >= 0 and span.start < sentences[n].end + 1 else None
        if k is None:
            out.append((None, DateSource.REPORTED))
            continue
        if k not in views:
            views[k] = _SentenceView(text, sentences[k], lex, empty, [], lang, on, None, timexes, dct,
                                     _before(text, sentences, k, ordered, starts))
        x = views[k]
        i = x._tok_at(span.start)
        own_verb = x.reporting.get(x.clause[i]) == i  # "said Saturday": the report's own date
        _, _, _, src, tid, _ = x._date(i, probe, x._in_reporting(i) and not own_verb)
        out.append((tid, src))
    return out
