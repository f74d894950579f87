from pathlib import Path

from bench.corpora import file_name
from bench.run import system_timeml
from bench.types import PeerTimex, day_of

from chronik.io import read_gold, read_timeml

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
A &amp; B &lt;met&gt; on <TIMEX3 tid="t1" type="DATE" value="1998-11-19">Thursday</TIMEX3>, 3 May 2014.
</TEXT>
</TimeML>
"""


def _at(text: str, s: str, typ: str, value: str) -> PeerTimex:
    i = text.index(s)
    return PeerTimex(i, i + len(s), typ, value)


def test_system_output_roundtrips_through_chronik_io(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold" / "d1.tml"
    gold_path.parent.mkdir()
    gold_path.write_text(GOLD, encoding="utf-8")
    gold = read_gold(gold_path)
    assert file_name(gold) == "d1.tml"
    assert gold.text == "\nA & B <met> on Thursday, 3 May 2014.\n"
    text = gold.text
    found = [
        _at(text, "Thursday", "DATE", "1998-11-19"),
        _at(text, "3 May 2014", "DATE", "2014-05-03"),
        _at(text, "May 2014", "DATE", "2014-05"),  # overlaps the one before: dropped
        PeerTimex(3, 3, "DATE", "empty"),  # empty span: dropped
        PeerTimex(len(text) - 2, len(text) + 5, "DATE", "out of range"),  # dropped
    ]
    raw = system_timeml(gold, found)
    assert "A &amp; B &lt;met&gt; on" in raw
    out = tmp_path / "sys" / file_name(gold)
    out.parent.mkdir()
    out.write_text(raw, encoding="utf-8")
    back = read_gold(out)
    assert back.text == text
    assert back.id == "d1"
    assert back.dct_value == "1998-11-20T19:30"
    assert [(t.span.start, t.span.end, t.type, t.value) for t in back.timexes] == [
        (t.start, t.end, t.type, t.value) for t in found[:2]
    ]
    assert read_timeml(raw).timexes == back.timexes


def test_day_of() -> None:
    assert day_of("2019-01") == "2019-01-01"
    assert day_of("2019") == "2019-01-01"
    assert day_of("2019-01-10") == "2019-01-10"
    assert day_of("1998-11-20T19:30") == "1998-11-20"
    assert day_of(None) is None
