from pathlib import Path

from bench.timeml import read_gold, render_timeml, write_timeml
from bench.types import PeerTimex, day_of

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
A &amp; B <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2010-02-25">Thursday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_gold(tmp_path: Path) -> None:
    p = tmp_path / "d1.tml"
    p.write_text(GOLD, encoding="utf-8")
    g = read_gold(p)
    assert g.text == "\nA & B met on Thursday.\n"
    assert g.dct == "2010-02-20"
    assert g.docid == "d1"
    assert g.name == "d1.tml"


def test_writer_roundtrips_text_and_dct(tmp_path: Path) -> None:
    text = "\nA & B <met> on Thursday.\n"
    t = PeerTimex(text.index("Thursday"), text.index("Thursday") + 8, "DATE", "2010-02-25")
    out = tmp_path / "o" / "d1.tml"
    write_timeml(out, text, [t], "2010-02-20", "d1")
    raw = out.read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2010-02-25">Thursday</TIMEX3>' in raw
    assert "A &amp; B &lt;met&gt;" in raw
    back = read_gold(out)
    assert back.text == text
    assert back.dct == "2010-02-20"


def test_writer_drops_overlaps_and_bad_spans() -> None:
    text = "on 3 May 2014 ok"
    ts = [
        PeerTimex(3, 13, "DATE", "2014-05-03"),
        PeerTimex(5, 13, "DATE", "2014-05"),
        PeerTimex(14, 99, "DATE", "x"),
        PeerTimex(2, 2, "DATE", "y"),
    ]
    raw = render_timeml(text, ts, None, "d")
    assert raw.count("<TIMEX3") == 1
    assert "<DCT>" not in raw


def test_day_of() -> None:
    assert day_of("2019-01") == "2019-01-01"
    assert day_of("2019") == "2019-01-01"
    assert day_of("2019-01-10") == "2019-01-10"
    assert day_of("1998-11-20T19:30") == "1998-11-20"
    assert day_of(None) is None
