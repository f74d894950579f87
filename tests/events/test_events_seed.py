"""The seed article's events (the issue's list), through chronik.process with the shipped registry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import chronik
from chronik.events import DateSource, Event, Modality

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "de" / "seed" / "kim-xi-2019-01.tml"
if not SEED.exists():
    SEED = Path("/work/shared/corpora/de/seed/kim-xi-2019-01.tml")


def _events(dct: str) -> tuple[Event, ...]:
    if not SEED.exists():
        if os.environ.get("CHRONIK_REQUIRE_CORPORA") == "1":
            pytest.fail(f"seed article missing: {SEED}")
        pytest.skip(f"seed article not available at {SEED}")
    from chronik.io import read_gold

    text = read_gold(SEED).text
    return chronik.process(chronik.Document(text, chronik.PartialDate.parse(dct), "de", "seed")).events


def _names(e: Event) -> set[str]:
    return {a.name for a in (e.source, e.target) if a is not None}


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_visit_china_2019_01_08_09(dct: str) -> None:
    visits = [e for e in _events(dct) if e.cameo == "042" and e.source and e.source.name == "Kim Jong Un"]
    assert len(visits) == 1  # one event: its four "Besuch" mentions, the timex-dated one representing it
    assert len(visits[0].mentions) == 4
    assert visits[0].trigger == "Besuch"
    assert all(e.value == "2019-01-08/2019-01-09" for e in visits)
    assert any(e.date_source is DateSource.TIMEX for e in visits)
    assert any(e.location is not None and e.location.id == "CHNGOV" for e in visits)
    assert all(e.target is not None and e.target.id == "CHN" for e in visits)
    assert any("earlier occurrence" in n for e in visits for n in e.notes)


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_received_by_xi(dct: str) -> None:
    host = [e for e in _events(dct) if e.cameo == "043"]
    assert [(e.source.name if e.source else None, e.target.name if e.target else None) for e in host] == [
        ("Xi Jinping", "Kim Jong Un")]
    assert host[0].value == "2019-01-08/2019-01-09"


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_singapore_summit_june_2018(dct: str) -> None:
    pair = {"Kim Jong Un", "Donald Trump"}
    summits = [e for e in _events(dct) if e.cameo.startswith("04") and _names(e) == pair
               and e.modality is Modality.ASSERTED]
    assert summits
    assert len(summits) == 1  # "Gipfeltreffen … im Juni 2018 in Singapur" and "Bei ihrem Treffen in Singapur"
    assert len(summits[0].mentions) == 2
    assert {e.value for e in summits} == {"2018-06"}
    assert any(e.location is not None and e.location.name == "Singapore" for e in summits)


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_second_summit_is_future(dct: str) -> None:
    pair = {"Kim Jong Un", "Donald Trump"}
    future = [e for e in _events(dct) if e.cameo.startswith("04") and _names(e) == pair
              and e.modality is Modality.FUTURE]
    # the planned second summit is one event named five times ("Gipfeltreffen", "Treffen",
    # "Zusammenkunft", in either order of the pair), and the negotiations one event named twice
    summit = [e for e in future if e.cameo == "040"]
    assert len(summit) == 1
    assert len(summit[0].mentions) >= 3
    assert sum(len(e.mentions) for e in future) >= 3
    assert all(e.when is None and e.date_source is DateSource.NONE for e in future)


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_tests_2017(dct: str) -> None:
    tests = [e for e in _events(dct) if e.cameo == "150"]
    assert {e.trigger for e in tests} == {"Raketentests", "Atom-"}
    assert all(e.source and e.source.id == "PRK" and e.value == "2017" for e in tests)


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_conditional_threat_new_year(dct: str) -> None:
    threats = [e for e in _events(dct) if e.cameo.startswith("13")]
    assert len(threats) == 1
    t = threats[0]
    assert t.source is not None
    assert t.source.name == "Kim Jong Un"
    assert t.target is not None
    assert t.target.id == "USA"
    assert t.modality is Modality.HYPOTHETICAL
    assert t.condition is not None
    assert t.condition.startswith("falls die USA")
    assert t.value == "2019-01-01"
    assert t.date_source is DateSource.CUE
    assert t.reported_on is not None
    assert t.reported_on.start.date().isoformat() == "2019-01-10"


@pytest.mark.parametrize("dct", ["2019-01"])
def test_seed_month_only_dct_is_inferred(dct: str) -> None:
    """The article only says "2019-01"; the German DCT inference finds 2019-01-10 (the Thursday)."""
    threat = next(e for e in _events(dct) if e.cameo.startswith("13"))
    assert threat.reported_on is not None
    assert threat.reported_on.start.date().isoformat() == "2019-01-10"


@pytest.mark.parametrize("dct", ["2019-01-10", "2019-01"])
def test_seed_reported_speech_xinhua(dct: str) -> None:
    """"…, zitierte ihn Chinas staatliche Nachrichtenagentur Xinhua am Donnerstag nach einem Treffen mit
    Chinas Präsident Xi Jinping in Peking": speaker Kim, source Xinhua, reported on Thursday 2019-01-10;
    the meeting is not dated by the report's Thursday."""
    quoted = [e for e in _events(dct) if e.reported is not None and e.reported.verb == "zitierte"]
    assert quoted
    e = quoted[0]
    assert e.reported is not None
    assert e.reported.speaker is not None
    assert e.reported.speaker.name == "Kim Jong Un"
    assert e.reported.source is not None
    assert e.reported.source.name == "Xinhua"
    assert e.reported_on is not None
    assert e.reported_on.start.date().isoformat() == "2019-01-10"
    assert e.value == "2019-01-08/2019-01-09"
