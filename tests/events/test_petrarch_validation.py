"""PETRARCH2's unit-test records as a functional check of the coding engine.

chronik's own engine (``extract_events``) codes the 284 English records with PETRARCH's small validation
dictionaries converted on the fly: actors and agents through ``chronik.events.actors``' TABARI loaders,
verbs, synsets and patterns through ``chronik.events.verbs.load_tabari_verbs``.
A record's expected (source, target, CAMEO) triple counts as reproduced when
chronik emits an event with exactly those three codes. PETRARCH itself gets all 359 with a constituency
parse supplied in the file; chronik reads only the text. The count is pinned: a change shows up here.

    python tests/events/test_petrarch_validation.py      # prints the count and the misses
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from chronik.events.extract import extract_events
from chronik.events.resolver import TabariResolver
from chronik.events.verbs import load_tabari_verbs
from chronik.temporal.calendar import PartialDate

HERE = Path(__file__).resolve()
DIR = HERE.parents[3] / "shared" / "events" / "petrarch2-validation"
if not DIR.exists():
    DIR = Path("/work/shared/events/petrarch2-validation")
EXPECTED_TOTAL = 359
# measured (update it honestly): 132 before the agent/coordination round; 135 with dated TABARI
# codes, 146 with coordinated lists, 157 with the library's TabariResolver, 165 with agents composed
# across prepositions and possessives, 179 with goals behind to/at after an object, 181 with the place
# of a criticised object as its target ("criticized the closure of guest houses in Bree": DATE-04, DATE-05);
# 240 with the library's verb loader and TABARI's pattern semantics (adjacent "_" words, $ + % ^ slots,
# multi-word synset entries and verbs, irregular forms, verbs coded only through patterns); 242 with literal
# pattern words ("* EFFORT" is not "efforts"), 245 with the regular -s/-ed/-ing forms ("acting")
REPRODUCED = 245


def _require() -> None:
    if not DIR.exists():
        if os.environ.get("CHRONIK_REQUIRE_CORPORA") == "1":
            pytest.fail(f"PETRARCH validation files missing: {DIR}")
        pytest.skip(f"PETRARCH validation files not available at {DIR}")


@dataclass
class Record:
    id: str
    day: date
    text: str
    triples: list[tuple[str, str, str]]


_SENT = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*')")


def read_records(path: Path) -> list[Record]:
    raw = re.sub(r"<!--.*?-->", "", path.read_text("utf-8", errors="replace"), flags=re.S)
    out = []
    for m in _SENT.finditer(raw):
        attrs = {k: v[1:-1] for k, v in _ATTR.findall(m.group(1))}
        body = m.group(2)
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        triples = []
        for ec in re.finditer(r"<EventCoding\b([^>]*)>", body):
            a = {k: v[1:-1] for k, v in _ATTR.findall(ec.group(1))}
            if {"sourcecode", "targetcode", "eventcode"} <= set(a):
                triples.append((a["sourcecode"], a["targetcode"], a["eventcode"]))
        d = attrs.get("date", "19950101")
        out.append(Record(attrs.get("id", "?"), date(int(d[:4]), int(d[4:6]), int(d[6:8])),
                          " ".join(text.group(1).split()) if text else "", triples))
    return out


def run() -> tuple[int, int, list[str]]:
    records = read_records(DIR / "PETR.UnitTest.records.xml")
    resolver = TabariResolver(DIR / "PETR.Validate.actors.txt", DIR / "PETR.Validate.agents.txt")
    lex = load_tabari_verbs(DIR / "PETR.Validate.verbs.txt")
    total = hit = 0
    misses: list[str] = []
    for r in records:
        if not r.triples:
            continue
        events = extract_events(r.text, "en", (), PartialDate.of(r.day), resolver, doc_id=r.id, lexicon=lex)
        got = {(e.source.id if e.source else "", e.target.id if e.target else "", e.cameo) for e in events}
        for t in r.triples:
            total += 1
            if t in got:
                hit += 1
            else:
                misses.append(f"{r.id}: {r.text[:90]!r}\n    expected {t}, got {sorted(got)}")
    return hit, total, misses


def test_petrarch_count() -> None:
    _require()
    hit, total, _ = run()
    print(f"PETRARCH2 validation: chronik reproduces {hit}/{total} expected triples")
    assert total == EXPECTED_TOTAL
    assert hit == REPRODUCED


if __name__ == "__main__":
    h, n, miss = run()
    if "-v" in sys.argv:
        print("\n".join(miss))
    print(f"PETRARCH2 validation: chronik reproduces {h}/{n} expected triples")
