"""One record per event: the mentions of one event in a document (same code, modality, date, actors — in
either order for symmetric acts — and no conflicting place) become one record with all trigger spans."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from chronik import Document, PartialDate, process
from chronik.cli import EXIT_OK, main
from chronik.events import Event, TableResolver, extract_events
from chronik.events.output import events_to_csv, events_to_table
from chronik.model import Span

RESOLVER = TableResolver.from_toml(Path(__file__).parent / "data" / "actors.toml")

DE = ("Kim Jong Un besuchte am 8. Januar China. Xi lobte den Besuch von Kim in China. "
      "Kims Besuch in China war sein vierter.")
EN = ("Merkel met Putin in Geneva on Monday. The meeting between Merkel and Putin lasted three hours. "
      "Putin said the meeting with Merkel was useful.")


def _run(text: str, lang: str, dct: str = "2019-05-15") -> tuple[Event, ...]:
    return process(Document(text, PartialDate.parse(dct), lang, "t"), resolver=RESOLVER).events


def _spans(text: str, *words: str) -> tuple[Span, ...]:
    out, at = [], 0
    for w in words:
        at = text.index(w, at)
        out.append(Span(at, at + len(w)))
        at += len(w)
    return tuple(out)


def test_german_visit_mentions_are_one_event() -> None:
    visits = [e for e in _run(DE, "de", "2019-01-10") if e.cameo == "042"]
    assert len(visits) == 1
    v = visits[0]
    assert v.mentions == _spans(DE, "besuchte", "Besuch", "Besuch")
    assert v.trigger == "besuchte"
    assert v.span == v.mentions[0]
    assert v.value == "2019-01-08"
    assert v.date_source.value == "timex"
    assert v.source is not None
    assert v.source.id == "PRKGOV.KIM_JONG_UN"
    assert v.target is not None
    assert v.target.id == "CHN"
    assert not any("dated by" in n for n in v.notes)  # no note pointing at the event itself


def test_english_meeting_mentions_are_one_event_in_either_order() -> None:
    """"met Putin", "the meeting between Merkel and Putin", "the meeting with Merkel" (Putin → Merkel):
    meeting is symmetric, so the reversed pair is the same event."""
    meetings = [e for e in _run(EN, "en") if e.cameo == "040"]
    assert len(meetings) == 1
    m = meetings[0]
    assert m.mentions == _spans(EN, "met", "meeting", "meeting")
    assert m.trigger == "met"
    assert (m.source and m.source.id, m.target and m.target.id) == ("DEUGOV.MERKEL", "RUSGOV.PUTIN")
    assert m.location is not None
    assert m.location.id == "CHE.GENEVA"
    assert m.value == "2019-05-13"


def test_merged_record_keeps_the_best_confidence_and_renumbers_ids() -> None:
    mentions = extract_events(DE, "de", process(Document(DE, PartialDate.parse("2019-01-10"), "de", "t"),
                                                events=False).timexes,
                              PartialDate.parse("2019-01-10"), RESOLVER, doc_id="t", merge=False)
    events = _run(DE, "de", "2019-01-10")
    assert len(mentions) == 4
    assert len(events) == 2
    assert [e.id for e in events] == ["t:e1", "t:e2"]
    visit = next(e for e in events if e.cameo == "042")
    assert visit.confidence == max(e.confidence for e in mentions if e.cameo == "042")
    assert all(e.mentions == (e.span,) for e in mentions)
    praise = next(e for e in events if e.cameo == "051")
    assert praise.mentions == (praise.span,)


@pytest.mark.parametrize(("text", "lang", "dct"), [
    ("Trump traf Kim am 12. Juni in Singapur. Kim traf Trump am 12. Juni zum ersten Mal.", "de",
     "2019-07-01"),
    ("Trump met Kim in Singapore on June 12. Kim met Trump on June 12 for the first time.", "en",
     "2019-07-01"),
])
def test_symmetric_pair_merges(text: str, lang: str, dct: str) -> None:
    meetings = [e for e in _run(text, lang, dct) if e.cameo == "040"]
    assert len(meetings) == 1, meetings
    assert len(meetings[0].mentions) == 2
    assert meetings[0].source is not None
    assert meetings[0].source.id == "USAGOV.TRUMP"


@pytest.mark.parametrize(("text", "lang"), [
    ("Merkel kritisierte Putin am Montag. Merkel kritisierte Putin am Mittwoch erneut.", "de"),  # dates
    ("Merkel criticized Putin on Monday. Macron criticized Putin on Monday too.", "en"),  # actors
    ("Merkel criticized Putin on Monday. Putin criticized Merkel on Monday.", "en"),  # not symmetric
])
def test_different_events_do_not_merge(text: str, lang: str) -> None:
    events = [e for e in _run(text, lang) if e.cameo == "111"]
    assert len(events) == 2
    assert all(e.mentions == (e.span,) for e in events)


def test_coordinated_conjuncts_stay_apart() -> None:
    """"Atom- und Raketentests": two events of the same code, date and actor, named by one coordination."""
    text = "Nordkorea hatte 2017 mehrere Atom- und Raketentests unternommen."
    tests = [e for e in _run(text, "de") if e.cameo == "150"]
    assert sorted(e.trigger for e in tests) == ["Atom-", "Raketentests"]


def test_output_formats_carry_the_mentions() -> None:
    events = _run(DE, "de", "2019-01-10")
    visit = next(e for e in events if e.cameo == "042")
    from chronik.events.output import event_to_dict

    assert event_to_dict(visit)["mentions"] == [[s.start, s.end] for s in visit.mentions]
    row = events_to_csv([visit]).splitlines()
    header = row[0].split(",")
    assert "mentions" in header
    assert ";".join(f"{s.start}-{s.end}" for s in visit.mentions) in row[1]
    table = events_to_table(events).splitlines()
    assert table[0].rstrip().endswith("n")
    assert any(line.rstrip().endswith("3") and "besuchte" in line for line in table)


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(["events", *argv], out=out, err=err)
    assert rc == EXIT_OK, err.getvalue()
    return rc, out.getvalue()


def test_cli_mentions_gives_one_record_per_mention(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Merkel met Putin in Berlin on Monday. The meeting between Merkel and Putin lasted an hour.",
                 encoding="utf-8")
    _, merged = _cli(str(f), "--lang", "en", "--dct", "2019-05-15", "--format", "jsonl")
    _, per_mention = _cli(str(f), "--lang", "en", "--dct", "2019-05-15", "--format", "jsonl", "--mentions")
    events = [json.loads(line) for line in merged.splitlines()]
    mentions = [json.loads(line) for line in per_mention.splitlines()]
    assert len(events) == 1
    assert len(events[0]["mentions"]) == 2
    assert [m["trigger"] for m in mentions] == ["met", "meeting"]
    assert all(m["mentions"] == [[m["start"], m["end"]]] for m in mentions)
    # dated like the first mention (by coreference, or, since the dating round, by the previous
    # sentence's timex in the same paragraph)
    assert mentions[1]["value"] == mentions[0]["value"] == "2019-05-13"
    assert mentions[1]["date_source"] in ("coreference", "timex")
