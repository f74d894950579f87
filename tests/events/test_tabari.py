"""TABARI dictionary loaders, on the PETRARCH2 validation dictionaries (fictional actors)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronik.errors import LexiconError
from chronik.events.actors import ActorKind, TabariCode, load_tabari_actors, load_tabari_agents

pytestmark = pytest.mark.corpus

ACTORS = "petrarch2-validation/PETR.Validate.actors.txt"
AGENTS = "petrarch2-validation/PETR.Validate.agents.txt"


@pytest.mark.parametrize(
    ("phrase", "synonyms", "codes"),
    [
        ("NORTH KOREA", ("PYONGYANG", "THE HERMIT KINGDOM"), ("PRK",)),
        ("DENMARK", ("DANISH", "ZEALAND"), ("DNK",)),
        ("INTERNATIONAL CRIMINAL POLICE ORGANIZATION", ("INTERPOL",), ("IGOCOPITP",)),
        ("ENT", (), ("ENT",)),
        ("HAMAS WING", (), ("PSEHMSBRD",)),
        ("GOLLUM", ("SMEAGOL", "SLINKER", "STINKER"), ("HOB", "HOBGOV", "HOBREB")),
    ],
)
def test_tabari_actors_entries(
    shared_events: Path, phrase: str, synonyms: tuple[str, ...], codes: tuple[str, ...]
) -> None:
    entries = {e.phrase: e for e in load_tabari_actors(shared_events / ACTORS)}
    entry = entries[phrase]
    assert entry.synonyms == synonyms
    assert tuple(c.code for c in entry.codes) == codes


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(1995, 5, 31), "HOB"),
        (date(1995, 6, 1), "HOBGOV"),
        (date(1999, 8, 15), "HOBGOV"),
        (date(2000, 1, 1), "HOBREB"),
    ],
)
def test_tabari_actors_dated_codes(shared_events: Path, on: date, code: str) -> None:
    entries = {e.phrase: e for e in load_tabari_actors(shared_events / ACTORS)}
    assert entries["GOLLUM"].code_on(on) == code


@pytest.mark.parametrize("minimum", [120])
def test_tabari_actors_whole_file(shared_events: Path, minimum: int) -> None:
    entries = load_tabari_actors(shared_events / ACTORS)
    assert len(entries) >= minimum
    assert all(e.phrase and "_" not in e.phrase for e in entries)
    north_korea = next(e for e in entries if e.phrase == "NORTH KOREA").as_actor()
    assert (north_korea.kind, north_korea.code) == (ActorKind.COUNTRY, "PRK")


@pytest.mark.parametrize(
    ("phrase", "code", "prefix", "plurals"),
    [
        ("FOREIGN MINISTER", "GOVFRM", False, None),
        ("PARLIAMENTARY OPPOSITION", "OPP", False, ()),
        ("ATTORNEY GENERAL", "GOV", False, ("ATTORNEYS GENERAL",)),
        ("HUMAN RIGHTS BODY", "NGO", True, None),
        ("POLICE", "COP", False, ()),
        ("CONGRESSWOMAN", "LEG", False, None),
        ("MINISTRY OF SILLY WALKS", "GOV", False, None),
        ("GOLDEN GOOSE", "GGS", False, ("GOLDEN GEESE",)),
    ],
)
def test_tabari_agents_entries(
    shared_events: Path, phrase: str, code: str, prefix: bool, plurals: tuple[str, ...] | None
) -> None:
    agents = {a.phrase: a for a in load_tabari_agents(shared_events / AGENTS)}
    agent = agents[phrase]
    assert (agent.code, agent.prefix, agent.plurals) == (code, prefix, plurals)


@pytest.mark.parametrize(
    ("text", "message"),
    [("NAME [ABC 2019xx01]\n", "malformed date"), ("   [ABC]\n", "before the first entry")],
)
def test_tabari_actors_malformed_raises_with_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        load_tabari_actors(path)
    assert str(info.value).startswith(f"{path}:1")


@pytest.mark.parametrize("text", ["THING [~GOV}\nOTHER [~MIL]\n"])
def test_tabari_agents_collects_problems_when_asked(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.agents.txt"
    path.write_text(text, encoding="utf-8")
    problems: list[LexiconError] = []
    agents = load_tabari_agents(path, problems=problems)
    assert [a.phrase for a in agents] == ["OTHER"]
    assert len(problems) == 1
    with pytest.raises(LexiconError):
        load_tabari_agents(path)


@pytest.mark.parametrize(
    ("code", "on", "covered"),
    [
        (TabariCode("X", date(2000, 1, 1), None), date(1999, 12, 31), False),
        (TabariCode("X"), date(1, 1, 1), True),
    ],
)
def test_tabari_code_covers(code: TabariCode, on: date, covered: bool) -> None:
    assert code.covers(on) is covered


@pytest.mark.parametrize(
    ("on", "code"),
    [(date(2008, 1, 19), "HOBCIV"), (date(2010, 1, 10), "ORCHOB"), (date(2011, 1, 1), "HOBMIL"),
     (date(2014, 1, 1), "HOB")],
)
def test_tabari_undated_code_is_the_default(tmp_path: Path, on: date, code: str) -> None:
    path = tmp_path / "dated.actors.txt"
    path.write_text("SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n"
                    "\t[HOBMIL 20080120-20121109]\n", encoding="utf-8")
    (entry,) = load_tabari_actors(path)
    assert entry.code_on(on) == code


def _coded(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    from chronik.events import TabariResolver, extract_events
    from chronik.temporal.calendar import PartialDate

    actors = tmp_path / "a.actors.txt"
    actors.write_text("RUSSIA [RUS]\n+RUSSIAN\nGONDOR [GON]\nARNOR [ARN]\nWHITE_HOUSE [USAGOV]\n", "utf-8")
    agents = tmp_path / "a.agents.txt"
    agents.write_text("POLICE {} [~COP]\nOFFICIAL [~GOV]\nLAWMAKER [~LEG]\nMINISTER [~GOV]\nMSF {} [NGO~]\n",
                      "utf-8")
    resolver = TabariResolver(actors, agents)
    events = extract_events(text, "en", (), PartialDate.parse("2019-05-15"), resolver)
    return {(e.source.id if e.source else "", e.target.id if e.target else "", e.cameo) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian police arrested Gondor lawmakers.", ("RUSCOP", "GONLEG", "173")),
    ("Officials in the White House criticized Gondor.", ("USAGOV", "GON", "111")),
    ("White House officials criticized Gondor.", ("USAGOV", "GON", "111")),
    ("MSF Arnor criticized Gondor.", ("NGOARN", "GON", "111")),
    ("Gondor's new prime minister criticized Arnor.", ("GONGOV", "ARN", "111")),
    ("Lawmakers in Gondor and Arnor criticized Russia.", ("ARNLEG", "RUS", "111")),
])
def test_tabari_agents_compose_with_their_actor(tmp_path: Path, text: str,
                                                expected: tuple[str, str, str]) -> None:
    assert expected in _coded(tmp_path, text)
