"""Every gold and baseline TimeML file parses; counts are pinned (the README counts exclude the DCT and
empty TIMEX3 tags: Dolomiten's 8 + 22 empty tags all stand after </TEXT>)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.io import read_documents, read_gold
from chronik.temporal.calendar import PartialDate


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("folder", "files", "scored", "not_scored"),
    [
        ("de/krauts/Dolomiten-42/gold", 42, 186, 8),
        ("de/krauts/Dolomiten-100/gold", 100, 401, 22),
        ("en/tbaq/TimeBank", 183, 1243, 0),
        ("en/tbaq/AQUAINT", 73, 579, 0),
        ("de/krauts/Dolomiten-42/heideltime", 42, 139, 0),
        ("de/krauts/Dolomiten-100/heideltime", 100, 327, 0),
        ("en/tbaq-heideltime/TimeBank", 183, 1213, 0),
        ("en/tbaq-heideltime/AQUAINT", 73, 584, 0),
    ],
)
def test_gold_corpora_parse_with_pinned_counts(
    corpora: Path, folder: str, files: int, scored: int, not_scored: int
) -> None:
    docs = [read_gold(f) for f in sorted((corpora / folder).iterdir())]
    assert len(docs) == files
    assert sum(len(d.scored_timexes) for d in docs) == scored
    assert sum(len(d.timexes) - len(d.scored_timexes) for d in docs) == not_scored
    for d in docs:
        assert d.dct is not None
        for t in d.scored_timexes:
            assert t.span.of(d.text) == t.text


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("folder", "events", "tlinks"), [("en/tbaq/TimeBank", 6698, 5138), ("en/tbaq/AQUAINT", 4431, 5977)]
)
def test_gold_corpora_tbaq_events_and_tlinks(corpora: Path, folder: str, events: int, tlinks: int) -> None:
    docs = [read_gold(f) for f in sorted((corpora / folder).iterdir())]
    assert sum(len(d.events) for d in docs) == events
    assert sum(len(d.tlinks) for d in docs) == tlinks


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "timexes", "dct"), [("kim-xi-2019-01.tml", 13, PartialDate(2019, 1, 10))])
def test_gold_corpora_seed_timeml(corpora: Path, name: str, timexes: int, dct: PartialDate) -> None:
    gold = read_gold(corpora / "de" / "seed" / name)
    assert len(gold.scored_timexes) == timexes
    assert gold.dct == dct


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "dct", "start"), [("kim-xi-2019-01.txt", PartialDate(2019, 1), "Kim Jong Un")]
)
def test_gold_corpora_seed_text(corpora: Path, name: str, dct: PartialDate, start: str) -> None:
    [doc] = read_documents(corpora / "de" / "seed" / name)
    assert doc.dct == dct
    assert doc.text.startswith(start)
    assert doc.meta["text_offset"] == "14"
    assert doc.text == read_gold(corpora / "de" / "seed" / "kim-xi-2019-01.tml").text
