"""Event dating against TimeML gold (TimeBank + AQUAINT, English): does chronik date an event with the
timex the gold anchors it to?

Gold: an EVENT (through its MAKEINSTANCE) with an anchoring TLINK (IS_INCLUDED, INCLUDES, DURING,
SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY, IDENTITY) to a TIMEX3; links to the document creation
time count as "dated by the document date". chronik tags the text itself (with the file's DCT), then

* ``extracted``: for the events chronik extracts whose trigger overlaps such a gold EVENT, agreement
  = chronik's dating timex overlaps the gold timex (or both say: the document date);
* ``rule``: the dating rule alone (``date_spans``) applied to every such gold EVENT;
* ``baseline_dct``: every gold EVENT dated by the document date (what report-date coders do).

    python tests/events/test_tbaq_dating.py      # prints both figures
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from chronik import process
from chronik.events import DateSource
from chronik.events.extract import date_spans
from chronik.io import GoldDocument, read_gold
from chronik.model import Span

HERE = Path(__file__).resolve()
TBAQ = HERE.parents[3] / "shared" / "corpora" / "en" / "tbaq"
if not TBAQ.exists():
    TBAQ = Path("/work/shared/corpora/en/tbaq")
ANCHORING = {"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "BEGINS", "ENDS",
             "BEGUN_BY", "ENDED_BY", "IDENTITY"}
# (agree, total); update honestly when the grammar or rules change. Last change: a noun trigger's own
# timex ("a bombing in 1995") no longer dates a verb in another clause (gold: "who worked in Oklahoma
# City, where … killed in a bombing in 1995" links "worked" to 1995: -1 rule), and an event in a genitive
# attribute ("in connection of the bombing") no longer takes the clause subject as source (one event with
# a wrong source, LBY, is not coded any more: -2 extracted, both had agreed).
# Recall round (widened trigger lexicons: appeals, promises, cooperation, investigation, release, ease,
# mobilise, reduce relations, boycott, seize, abduct, "fighting"/"clashes"): chronik extracts 10 more
# events that overlap anchored gold events, 6 of them dated right (71/108 → 77/118); the rule and the
# baseline do not depend on the lexicon and stay.
# Dating round: a PRESENT_REF timex ("now", "currently") dates its clause's event with the document date
# (gold links "Iraq now controls" to "now"): rule 2082 → 2097, extracted unchanged. An event inside a
# reporting clause no longer loses every timex, only the report's own one (next to the verb over names,
# pronouns, prepositions, the medium: "said Monday", "zitierte ihn … Xinhua am Donnerstag"): "reported a
# third-quarter loss", "said the company told customers Monday": rule 2097 → 2188, extracted 77 → 84.
# A past event (past auxiliary or ending, `past`/`past_suffixes` cues) in a sentence without a timex takes
# the last timex of the previous sentence in its paragraph (confidence 0.7): rule 2188 → 2224, extracted
# 84 → 87. Without the paragraph limit 2205; present-tense events stay on the document date (gold mostly
# links "shows", "remains", "bring" there).
# Agent and lexicon round (sixth held-out set): two more trigger mentions on gold events, both dated right
# ("The Canadian warrant … charged Kopp with attempted murder" → 112 via "charge … with"; "celebrated …
# with rallies calling for" → 141): extracted 87/118 → 89/120, rule unchanged.
# The vocabulary round (lexicons widened across CAMEO 01x-19x): two new correct mentions, "Cuba kept up its
# condemnation" (111, dated by another timex than gold's) and "South Africa deplored Friday" (111, agrees);
# "launched cruise missile strikes" is 190 instead of 150, dated as before: extracted 89/120 → 90/122.
PINNED = {"extracted": (90, 122), "rule": (2224, 3276), "baseline_dct": (1107, 3276)}


def _require() -> None:
    if not TBAQ.exists():
        if os.environ.get("CHRONIK_REQUIRE_CORPORA") == "1":
            pytest.fail(f"TBAQ corpus missing: {TBAQ}")
        pytest.skip(f"TBAQ corpus not available at {TBAQ}")


def gold_anchors(g: GoldDocument) -> Iterator[tuple[Span, Span | None]]:
    """(event span, anchoring timex span or None for the DCT) for each anchored gold event."""
    # the DCT's TIMEX3 sits outside <TEXT> (the reader keeps only its value): t0 by TimeML convention
    dct_ids = {t.tid for t in g.timexes if t.attrs.get("functionInDocument") == "CREATION_TIME"} | {"t0"}
    timex = {t.tid: t for t in g.timexes}
    inst = {i.get("eiid"): i.get("eventID") for i in g.instances}
    events = {e.eid: e for e in g.events}
    seen: set[tuple[str, str]] = set()
    for link in g.tlinks:
        if link.get("relType") not in ANCHORING:
            continue
        eiid = link.get("eventInstanceID") or link.get("relatedToEventInstance")
        tid = link.get("relatedToTime") if link.get("eventInstanceID") else link.get("timeID")
        if not eiid or not tid or (link.get("eventInstanceID") and link.get("relatedToEventInstance")):
            continue
        ev = events.get(inst.get(eiid, ""))
        if ev is None or (ev.eid, tid) in seen:
            continue
        seen.add((ev.eid, tid))
        if tid in dct_ids:
            yield ev.span, None
        elif tid in timex and timex[tid].scored:
            yield ev.span, timex[tid].span


def measure() -> dict[str, tuple[int, int]]:
    agree = {"extracted": 0, "rule": 0, "baseline_dct": 0}
    total = {"extracted": 0, "rule": 0, "baseline_dct": 0}
    for path in sorted(TBAQ.glob("*/*.tml")):
        g = read_gold(path)
        anchors: dict[Span, list[Span | None]] = {}
        for ev, tx in gold_anchors(g):
            anchors.setdefault(ev, []).append(tx)
        if not anchors:
            continue
        record = process(g.as_document("en"))
        spans = {t.tid: t.span for t in record.timexes}
        for e, m in ((ev, m) for ev in record.events for m in ev.mentions):  # per trigger mention
            gold = next((v for k, v in anchors.items() if k.overlaps(m)), None)
            if gold is None:
                continue
            total["extracted"] += 1
            agree["extracted"] += _agrees(gold, e.timex and spans.get(e.timex), e.date_source)
        keys = list(anchors)
        for k, (tid, src) in zip(keys, date_spans(g.text, "en", record.timexes, record.dct.used, keys),
                                 strict=True):
            total["rule"] += 1
            agree["rule"] += _agrees(anchors[k], spans.get(tid) if tid else None, src)
            total["baseline_dct"] += 1  # what report-date coders do: every event on the document date
            agree["baseline_dct"] += _agrees(anchors[k], None, DateSource.REPORTED)
    return {k: (agree[k], total[k]) for k in agree}


def _agrees(gold: list[Span | None], got: Span | None, src: DateSource) -> int:
    if got is None:
        return int(None in gold and src in (DateSource.REPORTED, DateSource.COREFERENCE))
    return int(any(g is not None and g.overlaps(got) for g in gold))


@pytest.mark.corpus
def test_tbaq_dating_agreement() -> None:
    _require()
    got = measure()
    for k, (a, n) in got.items():
        print(f"TBAQ event dating ({k}): {a}/{n} = {a / max(n, 1):.1%}")
    assert got == PINNED


if __name__ == "__main__":
    for key, (a, n) in measure().items():
        print(f"TBAQ event dating ({key}): {a}/{n} = {a / max(n, 1):.1%}")
