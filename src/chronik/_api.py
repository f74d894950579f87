"""The public entry points: ``tag`` a text, ``process`` a document, ``detect_language``."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from chronik.errors import LanguageError, UsageError
from chronik.model import DctInfo, Document, DocumentRecord, Mention, Timex
from chronik.temporal.calendar import PartialDate
from chronik.temporal.context import Reference, ReferenceContext
from chronik.temporal.dct import infer_dct
from chronik.temporal.engine.matcher import compile_grammar
from chronik.temporal.grammar.language import LanguageSpec, available_languages, load_language
from chronik.temporal.resolve import resolve
from chronik.temporal.sentences import SentenceIndex
from chronik.temporal.values import (
    Anchor,
    Direction,
    Duration,
    Fields,
    Grain,
    Modified,
    Nth,
    TimeValue,
    TimexType,
)

if TYPE_CHECKING:  # the event layer is imported only when events are asked for
    from chronik.events.analysis import Analyzer
    from chronik.events.model import Event
    from chronik.events.resolver import ActorResolver

__all__ = ["detect_language", "process", "resolve_mentions", "tag"]

_VERSION = "0.1.0"


def detect_language(text: str, candidates: Sequence[str] | None = None) -> str:
    """The language of ``text`` among the supported ones (``LanguageError`` when it cannot tell)."""
    from simplemma import langdetect  # lazy: loads dictionaries (low-memory mode, ~30 MB)

    langs = tuple(candidates or available_languages())
    sample = text[:5000]
    scores = langdetect(sample, lang=langs, low_memory=True)
    best, score = scores[0]
    if best == "unk" or score < 0.3:
        raise LanguageError(
            f"cannot detect the language (best guess {best!r} at {score:.2f}); pass it explicitly "
            f"(supported: {', '.join(langs)})"
        )
    return best


def _as_dct(dct: PartialDate | date | str | None) -> PartialDate | None:
    if dct is None or isinstance(dct, PartialDate):
        return dct
    if isinstance(dct, date):
        return PartialDate.of(dct)
    if isinstance(dct, str):
        return PartialDate.parse(dct)
    raise UsageError(f"dct must be a date, 'YYYY[-MM[-DD]]' or None, not {type(dct).__name__}")


def _default_direction(spec: LanguageSpec) -> Direction:
    raw = spec.lexicon.syntax.get("default_direction", "past")
    try:
        return Direction(raw)
    except ValueError:
        return Direction.PAST


def resolve_mentions(mentions: Sequence[Mention], dct: DctInfo, spec: LanguageSpec, text: str) -> list[Timex]:
    """Resolve mentions in text order: news expressions against the document date, narrative ones
    ("am nächsten Tag") against the last date resolved before them, clock times against the last date
    resolved before them in the same sentence, else the document date (``Anchor.LOCAL``). A date a span
    reaching the present starts from (``spec.span_start``: "30 years since … on March 3, 1989") is no
    anchor for what follows."""
    default = _default_direction(spec)
    ctx = ReferenceContext(dct.used, direction=default, dct_confidence=dct.confidence)
    sentences = SentenceIndex(text)
    ref: Reference | None = None
    day: Reference | None = None  # the last date resolved to the day or finer
    # languages that place a clock time after a coarser date on the last day named (``syntax.day_anchor``)
    day_anchor = bool(spec.lexicon.syntax.get("day_anchor", False))
    ref_sentence = -1
    # a story set in an earlier year than the document's (languages with a ``narrative`` hook only)
    story_before = datetime(dct.used.interval.start.year, 1, 1) if dct.used and spec.narrative else None
    out: list[Timex] = []
    for i, mention in enumerate(mentions, start=1):
        start, end = mention.span.start, mention.span.end
        direction = spec.direction(text, start, end) if spec.direction else None
        sentence = sentences.of(start)
        story = (ref if ref is not None and story_before is not None and ref.grain <= Grain.YEAR
                 and ref.interval.end <= story_before else None)
        local = ref if ref_sentence == sentence or (story is not None and story.grain <= Grain.DAY) else None
        rctx = dataclasses.replace(ctx, ref=ref, local=local, direction=direction or default, day=day)
        if story is not None and spec.narrative is not None and _yearless(mention.value):
            towards = spec.narrative(text, start, end)
            if towards is not None:
                rctx = rctx.with_narrative(story).with_direction(towards)
        res = resolve(mention.value, rctx)
        if (res.interval is not None and res.grain is not None and res.confidence > 0
                and res.type in (TimexType.DATE, TimexType.TIME)
                and not (spec.span_start is not None and spec.span_start(text, start, end))):
            ref = Reference(res.interval, res.grain, res.confidence)
            ref_sentence = sentence
            if day_anchor and res.grain <= Grain.DAY:
                day = ref
        elif (story_before is not None and res.point is not None and isinstance(mention.value, Duration)
              and res.type is TimexType.DURATION):
            # "vor 30 Jahren fiel die Mauer": the story is at the point the duration implies
            ref = Reference(res.point, mention.value.unit)
            ref_sentence = sentence
        out.append(Timex(f"t{i}", mention, res))
    return out


def _yearless(value: TimeValue) -> bool:
    """Calendar fields with a month or season but no year ("am 9. November", "im Sommer", "Ende Juli")."""
    while isinstance(value, Modified):
        value = value.inner
    if isinstance(value, Nth) and value.n == 0 and value.anchor is Anchor.DCT:
        value = value.of
    if not isinstance(value, Fields):
        return False
    return (value.year is None and not value.two_digit_year and value.decade is None and value.century is None
            and value.week is None and (value.month is not None or value.season is not None))


def process(document: Document, *, keep_latent: bool = False, events: bool = True,
            resolver: ActorResolver | None = None, analyzer: Analyzer | None = None,
            merge_events: bool = True) -> DocumentRecord:
    """Everything chronik finds in ``document``: a pure function of its input.

    ``events=False`` skips event extraction (what :func:`tag` does). ``resolver`` is the actor registry
    (default: the shipped one), ``analyzer`` the linguistic backend (default: simplemma + heuristics).
    Events come one record per event (all its trigger spans in ``Event.mentions``);
    ``merge_events=False`` gives one record per trigger mention.
    """
    lang = document.lang or detect_language(document.text)
    spec = load_language(lang)
    mentions = compile_grammar(lang).find(document.text)
    if not keep_latent:
        mentions = [m for m in mentions if not m.latent]
    dct = infer_dct(document.dct, mentions, document.text, spec)
    timexes = resolve_mentions(mentions, dct, spec, document.text)
    found: tuple[Event, ...] = ()
    if events:
        from chronik.events.extract import extract_events  # lazy: tagging alone must not pay for events
        from chronik.events.resolver import default_resolver

        found = extract_events(document.text, lang, timexes, dct.used, resolver or default_resolver(),
                               doc_id=document.id, analyzer=analyzer, merge=merge_events)
    return DocumentRecord(document, lang, dct, tuple(timexes), found, version=_VERSION)


def tag(text: str, lang: str | None = None, dct: PartialDate | date | str | None = None) -> list[Timex]:
    """The temporal expressions in ``text``, resolved against ``dct`` (a date, ``"2019-01"``, or None).

    >>> [t.value for t in tag("Sie trafen sich am 25. Februar 2010.", lang="de")]
    ['2010-02-25']
    """
    if not isinstance(text, str):
        raise UsageError(f"text must be str, not {type(text).__name__}")
    return list(process(Document(text, _as_dct(dct), lang), events=False).timexes)
