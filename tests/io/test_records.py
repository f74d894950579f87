from __future__ import annotations

import json
from datetime import datetime

import pytest

from chronik.io import read_timeml, records_to_json, records_to_jsonl, records_to_table, timeml_from_record
from chronik.model import DctInfo, Document, DocumentRecord, Mention, Resolution, Span, Timex
from chronik.temporal.calendar import Interval, PartialDate
from chronik.temporal.values import Anchor, Duration, Fields, Grain, Mod, TimexType

TEXT = "Anfang 2018 & zehn Monate <später>."


def _record() -> DocumentRecord:
    doc = Document(TEXT, PartialDate(2019, 1), "de", "kim")
    t1 = Timex(
        "t1",
        Mention(Span(0, 11), "Anfang 2018", Fields(year=2018), "de.year", "de"),
        Resolution(
            TimexType.DATE,
            "2018",
            mod=Mod.START,
            interval=Interval(datetime(2018, 1, 1), datetime(2019, 1, 1)),
            grain=Grain.YEAR,
            anchor=Anchor.DCT,
        ),
    )
    t2 = Timex("t2", Mention(Span(14, 25), "zehn Monate", Duration(10, Grain.MONTH), "de.dur", "de"), None)
    dct = DctInfo(
        PartialDate(2019, 1),
        PartialDate(2019, 1, 10),
        inferred=True,
        confidence=0.8,
        evidence=("Donnerstag",),
    )
    return DocumentRecord(doc, "de", dct, (t1, t2))


@pytest.mark.parametrize("record", [_record()])
def test_records_json_schema(record: DocumentRecord) -> None:
    [obj] = json.loads(records_to_json([record]))
    assert obj["id"] == "kim"
    assert obj["dct"] == {
        "given": "2019-01",
        "used": "2019-01-10",
        "inferred": True,
        "confidence": 0.8,
        "evidence": ["Donnerstag"],
    }
    first, second = obj["timexes"]
    assert first["interval"] == ["2018-01-01T00:00:00", "2019-01-01T00:00:00"]
    assert (first["type"], first["value"], first["mod"], first["grain"], first["anchor"]) == (
        "DATE",
        "2018",
        "START",
        "year",
        "DCT",
    )
    assert second["value"] is None
    assert second["interval"] is None
    lines = records_to_jsonl([record, record]).splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == obj


@pytest.mark.parametrize("record", [_record()])
def test_records_table_lists_timexes(record: DocumentRecord) -> None:
    table = records_to_table([record])
    assert "kim [de] dct given 2019-01, used 2019-01-10 (inferred)" in table
    assert "Anfang 2018" in table


@pytest.mark.parametrize("record", [_record()])
def test_records_timeml_round_trips(record: DocumentRecord) -> None:
    gold = read_timeml(timeml_from_record(record), "r.tml")
    assert gold.text == TEXT
    assert gold.dct == PartialDate(2019, 1, 10)
    got = [(t.tid, t.text, t.type, t.value, t.mod) for t in gold.timexes]
    assert got == [
        ("t1", "Anfang 2018", "DATE", "2018", "START"),
        ("t2", "zehn Monate", "DURATION", "", None),
    ]


def test_records_json_carries_events_when_they_were_extracted() -> None:
    # regression: process(doc, events=True) then records_to_json dropped the events
    import chronik
    from chronik.events.output import event_to_dict

    doc = chronik.Document("Am Dienstag besuchte Kim Jong Un Peking.", PartialDate(2019, 1, 10), "de", "k")
    record = chronik.process(doc, events=True)
    assert record.events
    [obj] = json.loads(records_to_json([record]))
    assert obj["events"] == [event_to_dict(e) for e in record.events]
    assert json.loads(records_to_jsonl([record])) == obj
    assert "events" not in json.loads(records_to_json([chronik.process(doc, events=False)]))[0]
