"""The seed article: given only ``date 2019-01``, every gold TIMEX3 comes out right (extent, type, value).

Reads ``../shared/corpora/de/seed``; skips with a reason when the corpora are absent, fails instead when
``CHRONIK_REQUIRE_CORPORA=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import chronik
from chronik.io import read_gold
from chronik.model import Document
from chronik.temporal.calendar import PartialDate

_SEED = Path(__file__).resolve().parents[4].parent / "shared" / "corpora" / "de" / "seed"
_PREFIX = " date 2019-01 "


def _need_seed() -> None:
    if not _SEED.is_dir():
        if os.environ.get("CHRONIK_REQUIRE_CORPORA") == "1":
            pytest.fail(f"corpora required (CHRONIK_REQUIRE_CORPORA=1) but {_SEED} is absent")
        pytest.skip(f"seed corpus not found at {_SEED} (../shared absent)")


@pytest.mark.parametrize("name", ["kim-xi-2019-01"])
def test_seed_all_gold_timexes_from_month_only(name: str) -> None:
    _need_seed()
    raw = (_SEED / f"{name}.txt").read_text(encoding="utf-8")
    assert raw.startswith(_PREFIX)
    text = raw[len(_PREFIX):]
    gold = read_gold(_SEED / f"{name}.tml")
    assert text.strip() == gold.text.strip()
    offset = gold.text.index(text.strip()[:50]) - text.index(text.strip()[:50])
    record = chronik.process(Document(text, PartialDate.parse("2019-01"), "de"))
    got = [(t.span.start + offset, t.span.end + offset, str(t.type), t.value) for t in record.timexes]
    want = [(t.span.start, t.span.end, str(t.type), t.value) for t in gold.scored_timexes]
    assert got == want
    assert record.dct.inferred
    assert record.dct.used == PartialDate(2019, 1, 10)
    assert 0 < record.dct.confidence < 1
    assert record.dct.evidence
