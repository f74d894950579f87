"""The annotated event set (tests/events/data/examples_*.toml): one parametrized case per sentence."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from chronik import Document, PartialDate, process
from chronik.events import TableResolver

DATA = Path(__file__).parent / "data"
RESOLVER = TableResolver.from_toml(DATA / "actors.toml")
# Known misses, pinned so that a fix shows up as an XPASS (strict): (lang, index) → reason
KNOWN: dict[str, str] = {
    line.split("#")[0].strip(): line.partition("#")[2].strip() or "known miss"
    for line in (DATA / "known_misses.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")}


def _cases() -> list[Any]:
    out = []
    for kind in ("examples", "news", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                 "heldout7"):
        for lang in ("de", "en"):
            data = tomllib.loads((DATA / f"{kind}_{lang}.toml").read_text("utf-8"))
            for i, ex in enumerate(data["example"]):
                key = f"{kind}-{lang}-{i:03d}"
                marks = [pytest.mark.xfail(reason=KNOWN[key], strict=True)] if key in KNOWN else []
                out.append(pytest.param(lang, ex, id=key, marks=marks))
    return out


@pytest.mark.parametrize(("lang", "ex"), _cases())
def test_event_example(lang: str, ex: dict[str, str]) -> None:
    doc = Document(ex["text"], PartialDate.parse(ex["dct"]), lang, "ex")
    events = process(doc, resolver=RESOLVER).events
    got = [(e.cameo, e.source.id if e.source else None, e.target.id if e.target else None, str(e.modality))
           for e in events]
    expected = (ex["cameo"], ex["source"] or None, ex["target"] or None, ex["modality"])
    assert expected in got, f"{ex['text']!r}: {got}"
    if ex["date"]:
        match = next(e for e in events if (e.cameo, e.source.id if e.source else None,
                                           e.target.id if e.target else None, str(e.modality)) == expected)
        assert match.value == ex["date"]
