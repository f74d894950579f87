"""PETRARCH2's unit-test records as a functional check of the coding engine.

chronik's own engine (``extract_events``) codes the 284 English records with PETRARCH's small validation
dictionaries converted on the fly: actors and agents through ``chronik.events.actors``' TABARI loaders,
verbs (``--- VERB [code] ---`` blocks, their ``+`` synonyms and ``- before * after [code]`` patterns)
into a trigger lexicon. A record's expected (source, target, CAMEO) triple counts as reproduced when
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
from typing import Any

import pytest

from chronik.events.extract import extract_events
from chronik.events.lexicon import Lexicon, parse_lexicon
from chronik.events.resolver import TabariResolver
from chronik.temporal.calendar import PartialDate

HERE = Path(__file__).resolve()
DIR = HERE.parents[3] / "shared" / "events" / "petrarch2-validation"
if not DIR.exists():
    DIR = Path("/work/shared/events/petrarch2-validation")
EXPECTED_TOTAL = 359
# measured (update it honestly): 132 before the agent/coordination round; 135 with dated TABARI
# codes, 146 with coordinated lists, 157 with the library's TabariResolver, 165 with agents composed
# across prepositions and possessives, 179 with goals behind to/at after an object, 181 with the place
# of a criticised object as its target ("criticized the closure of guest houses in Bree": DATE-04, DATE-05)
REPRODUCED = 181


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


_BLOCK = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]\s*---", re.M)


def read_verbs(path: Path) -> dict[str, Any]:
    """The verbs dictionary as a trigger-lexicon table (on top of the English cues)."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text("utf-8", errors="replace"), flags=re.S)
    synsets: dict[str, list[str]] = {}
    for m in re.finditer(r"^&(\w+)\s*(?:#.*)?\n((?:\+.*\n?)+)", raw, re.M):
        synsets[m.group(1)] = [ln[1:].split("#")[0].strip().replace("_", " ")
                               for ln in m.group(2).splitlines() if ln.strip()]
    triggers: list[dict[str, Any]] = []
    blocks = list(_BLOCK.finditer(raw))
    for k, b in enumerate(blocks):
        default = b.group(2).split(":")[0].strip()
        body = raw[b.end(): blocks[k + 1].start() if k + 1 < len(blocks) else len(raw)]
        words: dict[str, str] = {}
        patterns: list[dict[str, str]] = []
        for line in body.splitlines():
            line = line.split("#")[0].rstrip()
            if not line.strip() or line.startswith("&"):
                continue
            m = re.match(r"^\s*(-?)\s*(.*?)\s*(?:\[([^\]]*)\])?\s*$", line)
            if not m:
                continue
            dash, text, code = m.group(1), m.group(2), (m.group(3) or "").split(":")[0].strip()
            if dash:
                if "*" not in text or not code or not code[:3].isdigit():
                    continue
                before, _, after = text.partition("*")
                clean = [_words(before, synsets), _words(after, synsets)]
                if clean[0] is None or clean[1] is None or not (clean[0] or clean[1]):
                    continue
                patterns.append({"code": code[:4] if code[:4].isdigit() else code[:3],
                                 "before": clean[0], "after": clean[1]})
            else:
                word = text.lstrip("+").replace("_", " ").strip().lower()
                if word and " " not in word and word.isalpha():
                    words[word] = code if code[:3].isdigit() else default
        for word, code in words.items():
            if not code or not code[:3].isdigit():
                continue
            entry: dict[str, Any] = {"lemmas": [word], "code": code[:4] if code[:4].isdigit() else code[:3]}
            if patterns:
                entry["patterns"] = patterns
            triggers.append(entry)
    return {"trigger": triggers}


def _words(part: str, synsets: dict[str, list[str]]) -> str | None:
    out = []
    for w in part.replace("_", " ").split():
        if w in ("$", "+", "%", "^") or w.startswith(("$", "%", "^")):
            continue
        if w.startswith("&"):
            alts = synsets.get(w[1:], [])
            if not alts:
                return None
            w = "|".join(a.split()[0] for a in alts)
        w = w.strip("+").lower()
        if w:
            out.append(w)
    return " ".join(out)


def petrarch_lexicon(verbs: dict[str, Any]) -> Lexicon:
    import tomllib
    from importlib import resources

    base = tomllib.loads(resources.files("chronik.events").joinpath("lang", "en", "triggers.toml")
                         .read_text("utf-8"))
    return parse_lexicon({"cues": base["cues"], "durations": base.get("durations", {}), **verbs}, "en")


def run() -> tuple[int, int, list[str]]:
    records = read_records(DIR / "PETR.UnitTest.records.xml")
    resolver = TabariResolver(DIR / "PETR.Validate.actors.txt", DIR / "PETR.Validate.agents.txt")
    lex = petrarch_lexicon(read_verbs(DIR / "PETR.Validate.verbs.txt"))
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
