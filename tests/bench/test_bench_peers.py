from types import SimpleNamespace

import pytest
from bench.peers import Chronik, timexes_from_tagged
from bench.types import Unavailable

import chronik


def test_chronik_adapter_is_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(chronik, "tag", raising=False)
    with pytest.raises(Unavailable, match="chronik API not available"):
        Chronik()


def test_chronik_adapter_converts_timexes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_tag(text: str, lang: str, dct: str | None) -> list[SimpleNamespace]:
        assert (lang, dct) == ("de", "2019-01")
        start = text.index("Donnerstag")
        kind = SimpleNamespace(value="DATE")  # an enum-like type is turned into its string
        return [SimpleNamespace(span=SimpleNamespace(start=start, end=start + 10), type=kind,
                                value="2019-01-10")]

    monkeypatch.setattr(chronik, "tag", fake_tag, raising=False)
    (t,) = Chronik().tag("am Donnerstag", "de", "2019-01")
    assert (t.start, t.end, t.type, t.value) == (3, 13, "DATE", "2019-01-10")


def test_timexes_from_heideltime_output() -> None:
    text = "Gestern & <heute>: am 3. März 2014."
    tagged = ('<TIMEX3 tid="t1" type="DATE" value="2014-03-04">Gestern</TIMEX3> & <heute>: am '
              '<TIMEX3 tid="t2" type="DATE" value="2014-03-03">3. März 2014</TIMEX3>.\n')
    got = [(text[t.start : t.end], t.type, t.value) for t in timexes_from_tagged(text, tagged)]
    assert got == [("Gestern", "DATE", "2014-03-04"), ("3. März 2014", "DATE", "2014-03-03")]


def test_chronik_events_adapter_returns_chronik_timexes() -> None:
    from bench.peers import TOOLS, ChronikEvents, version

    assert "chronik-events" in TOOLS
    assert version("chronik-events").startswith("chronik")
    text = "Kim Jong Un traf Xi Jinping am Dienstag in Peking."
    assert ChronikEvents().tag(text, "de", "2019-01-10") == Chronik().tag(text, "de", "2019-01-10")
