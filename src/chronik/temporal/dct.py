"""Inferring an under-specified document date from the text.

A document dated only ``2019-01`` that reports "am Donnerstag" as its latest event, "am Mittwoch" and
"vor einer Woche" after New Year is most likely from Thursday 2019-01-10. :func:`infer_dct` weighs such
evidence and returns a :class:`~chronik.model.DctInfo` saying which date anchoring should use, how sure
it is and why. When the text does not support a day, the given grain is kept: nothing is invented.

Evidence (language-neutral; the words come from the language's lexicon and ``LanguageSpec.dct_cues``):

* **week anchors** place the document in the month: a dated noun ("Neujahrsansprache" → 01-01) with a
  "vor einer Woche" next to it, or an explicit day of the given month reported in the past tense.
* **bare weekdays** reported in the past ("am Donnerstag", "am Mittwoch", "am Sonntag") say which weekday
  the document is from: news reports the latest of them on its day, so the document's weekday is the one
  that keeps all of them within the shortest stretch of days before it.

A day is inferred only when both kinds agree on one; otherwise ``given`` is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from chronik.model import DctInfo, Mention
from chronik.temporal.calendar import PartialDate
from chronik.temporal.grammar.language import LanguageSpec
from chronik.temporal.resolve import holiday
from chronik.temporal.values import Direction, Duration, Fields, Grain, Shift

__all__ = ["infer_dct"]

_DAYS: dict[Grain, int] = {Grain.DAY: 1, Grain.WEEK: 7, Grain.MONTH: 30, Grain.YEAR: 365}
_CUE_WINDOW = 60  # characters between a dated noun and the "vor einer Woche" that dates it


def _days_in(given: PartialDate) -> list[date]:
    iv = given.interval
    start, end = iv.start.date(), iv.end.date()
    return [start + timedelta(days=i) for i in range((end - start).days)]


def _bare_weekdays(mentions: Sequence[Mention], text: str, spec: LanguageSpec) -> list[tuple[int, str]]:
    out = []
    for m in mentions:
        v = m.value
        if isinstance(v, Fields) and v.weekday is not None and v.finest() is Grain.DAY and v.day is None \
                and v.month is None:
            tense = spec.direction(text, m.span.start, m.span.end) if spec.direction else None
            if tense is not Direction.FUTURE:
                out.append((v.weekday, m.text))
    return out


def _cue_estimates(given: PartialDate, mentions: Sequence[Mention], text: str,
                   spec: LanguageSpec) -> list[tuple[date, str]]:
    """Dates the document is likely from: a dated noun plus the "vor …" duration right after it."""
    if not spec.dct_cues:
        return []
    out: list[tuple[date, str]] = []
    pattern = re.compile("|".join(re.escape(w) for w in sorted(spec.dct_cues, key=len, reverse=True)),
                         re.IGNORECASE)
    center = given.interval.start.date()
    for cue in pattern.finditer(text):
        rule = spec.dct_cues[cue.group().lower()]
        for m in mentions:
            v = m.value
            if not (isinstance(v, Duration) and isinstance(v.point, Shift) and v.point.amount is not None
                    and v.point.amount < 0 and v.point.unit in _DAYS):
                continue
            if not 0 <= m.span.start - cue.end() <= _CUE_WINDOW:
                continue
            best: date | None = None
            for year in (center.year - 1, center.year, center.year + 1):
                f = holiday(rule, year)
                assert f.year is not None
                assert f.month is not None
                assert f.day is not None
                feast = date(f.year, f.month, f.day)
                estimate = feast + timedelta(days=round(-v.point.amount * _DAYS[v.point.unit]))
                if best is None or abs((estimate - center).days) < abs((best - center).days):
                    best = estimate
            if best is not None:
                out.append((best, f"'{cue.group()}' ({rule}) '{m.text}' before the document: about {best}"))
    return out


def _explicit_days(given: PartialDate, mentions: Sequence[Mention], text: str,
                   spec: LanguageSpec) -> list[tuple[date, str]]:
    """Days of the given month named in the past tense: the document is from on or after them."""
    out = []
    for m in mentions:
        v = m.value
        if not (isinstance(v, Fields) and v.day is not None and v.month is not None):
            continue
        if given.month is not None and v.month != given.month:
            continue
        if v.year is not None and v.year != given.year:
            continue
        tense = spec.direction(text, m.span.start, m.span.end) if spec.direction else None
        if tense is Direction.FUTURE:
            continue
        try:
            out.append((date(given.year, v.month, v.day), f"'{m.text}' reported in the past"))
        except ValueError:
            continue
    return out


def infer_dct(given: PartialDate | None, mentions: Sequence[Mention], text: str,
              spec: LanguageSpec) -> DctInfo:
    """The document date to anchor with. Without enough evidence this is ``given`` unchanged."""
    if given is None or given.day is not None or given.month is None:
        return DctInfo(given=given, used=given)
    days = _days_in(given)
    weekdays = _bare_weekdays(mentions, text, spec)
    estimates = _cue_estimates(given, mentions, text, spec)
    explicit = _explicit_days(given, mentions, text, spec)
    if not weekdays or not (estimates or explicit):
        return DctInfo(given=given, used=given)
    # the weekday of the document: all reported weekdays lie in the fewest days before it
    wds = [w for w, _ in weekdays]

    def spread(dow: int) -> tuple[int, int]:
        gaps = [(dow - w) % 7 for w in wds]
        return max(gaps), sum(gaps)

    dow = min(sorted(set(wds)), key=spread)
    evidence = [f"weekdays reported in the past ({', '.join(t for _, t in weekdays)}): the latest is "
                f"weekday {dow}"]
    candidates = [d for d in days if d.isoweekday() == dow]
    if explicit:
        latest = max(d for d, _ in explicit)
        candidates = [d for d in candidates if d >= latest] or candidates
        evidence += [e for _, e in explicit]
    if estimates:
        target = estimates[0][0]
        candidates.sort(key=lambda d: abs((d - target).days))
        evidence += [e for _, e in estimates]
        if abs((candidates[0] - target).days) > 3:
            return DctInfo(given=given, used=given, evidence=tuple(evidence))
    elif len(candidates) != 1 and explicit:
        candidates.sort()
    if not candidates:
        return DctInfo(given=given, used=given, evidence=tuple(evidence))
    chosen = candidates[0]
    confidence = 0.7 if estimates and explicit else 0.6 if estimates else 0.5
    evidence.append(f"chosen {chosen.isoformat()}")
    return DctInfo(given=given, used=PartialDate(chosen.year, chosen.month, chosen.day), inferred=True,
                   confidence=confidence, evidence=tuple(evidence))
