from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.errors import DateError, TimeMLError
from chronik.io import read_timeml, write_timeml
from chronik.model import Span
from chronik.temporal.calendar import PartialDate

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n'
DCT = '<DCT><TIMEX3 tid="t0" type="DATE" value="{}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n'


def doc(body: str, dct: str = "2010-02-20", tail: str = "") -> str:
    return f"{HEAD}{DCT.format(dct)}<TEXT>{body}</TEXT>\n{tail}</TimeML>\n"


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        ("2019-01-10", PartialDate(2019, 1, 10)),
        ("19980108", PartialDate(1998, 1, 8)),
        ("1998-01-08T10:30:00", PartialDate(1998, 1, 8)),
        ("19980108T1030", PartialDate(1998, 1, 8)),
        ("2019-01", PartialDate(2019, 1)),
    ],
)
def test_timeml_dct_forms(dct: str, expected: PartialDate) -> None:
    gold = read_timeml(doc("x", dct), "a.tml")
    assert gold.dct == expected
    assert gold.dct_value == dct
    assert gold.id == "d1"


@pytest.mark.parametrize("dct", ["2019-13-45", "yesterday"])
def test_timeml_bad_dct_names_file(dct: str) -> None:
    with pytest.raises(DateError, match=r"^a\.tml: bad DCT value"):
        read_timeml(doc("x", dct), "a.tml")


@pytest.mark.parametrize(
    ("body", "text", "timexes"),
    [
        (
            'am <TIMEX3 tid="t1" type="DATE" value="2010-02-25">Donnerstag</TIMEX3> um',
            "am Donnerstag um",
            [("t1", 3, 13, "Donnerstag", "DATE", "2010-02-25")],
        ),
        (
            "um <TIMEX3 value='2010-02-25T20.30' type='TIME' tid='t4'>20.30 Uhr</TIMEX3>",
            "um 20.30 Uhr",
            [("t4", 3, 12, "20.30 Uhr", "TIME", "2010-02-25T20.30")],
        ),
        (
            'A &amp; B &lt;&#228;&#xE4;&gt; <TIMEX3 tid="t1" type="DATE" value="2014-H2 ">H2</TIMEX3>',
            "A & B <ää> H2",
            [("t1", 11, 13, "H2", "DATE", "2014-H2 ")],
        ),
        (
            '<EVENT eid="e1" class="OCCURRENCE">x <TIMEX3 tid="t1" type="DURATION" value="P1W">week'
            "</TIMEX3></EVENT> y",
            "x week y",
            [("t1", 2, 6, "week", "DURATION", "P1W")],
        ),
        (
            '<TIMEX3 tid="t1" type="DATE" value="2">the <EVENT eid="e1" class="STATE">last</EVENT>'
            " day</TIMEX3>",
            "the last day",
            [("t1", 0, 12, "the last day", "DATE", "2")],
        ),
        (
            'x<!-- note --> <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2014_07">Juli'
            "</TIMEX3>",
            "x in Juli",
            [("t1", 5, 9, "Juli", "DATE", "2014_07")],
        ),
    ],
)
def test_timeml_strips_tags_and_keeps_offsets(
    body: str, text: str, timexes: list[tuple[str, int, int, str, str, str]]
) -> None:
    gold = read_timeml(doc(body), "a.tml")
    assert gold.text == text
    got = [(t.tid, t.span.start, t.span.end, t.text, t.type, t.value) for t in gold.scored_timexes]
    assert got == timexes
    for t in gold.scored_timexes:
        assert t.span.of(gold.text) == t.text


@pytest.mark.parametrize(
    "body",
    ['Vor 5 Jahren <TIMEX3 tid="t2" type="DATE" value="2005" temporalFunction="false" /> gingen'],
)
def test_timeml_empty_timex_is_not_scored(body: str) -> None:
    tail = '<TIMEX3 tid="t9" type="DATE" value="PAST_REF" />\n'
    gold = read_timeml(doc(body, tail=tail), "a.tml")
    assert gold.scored_timexes == ()
    kinds = [(t.tid, t.consuming, t.in_text, len(t.span)) for t in gold.timexes]
    assert kinds == [("t2", False, True, 0), ("t9", False, False, 0)]


@pytest.mark.parametrize(
    "tail",
    [
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>\n'
        '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>\n'
    ],
)
def test_timeml_keeps_events_instances_and_tlinks(tail: str) -> None:
    body = (
        '<EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>'
    )
    gold = read_timeml(doc(body, tail=tail), "a.tml")
    assert [(e.eid, e.cls, e.text, e.span) for e in gold.events] == [("e1", "OCCURRENCE", "fell", Span(0, 4))]
    assert gold.instances[0]["eiid"] == "ei1"
    assert gold.tlinks[0]["relType"] == "BEFORE"


@pytest.mark.parametrize(
    ("raw", "pattern"),
    [
        (f"{HEAD}<p>no text</p></TimeML>", r"^a\.tml: no <TEXT> element"),
        (f"{HEAD}<TEXT>x\ny</TimeML>", r"^a\.tml: line 4: <TEXT> is never closed"),
        (
            doc('x\n<TIMEX3 tid="t1" type="DATE" value="2019">2019 y'),
            r"^a\.tml: line 6: <TIMEX3> is never closed",
        ),
        (doc("x </TIMEX3>"), r"^a\.tml: line 5: </TIMEX3> closes nothing"),
        (doc("x") + "<TEXT>y</TEXT>", r"a second <TEXT>"),
    ],
)
def test_timeml_malformed_raises_with_file_and_line(raw: str, pattern: str) -> None:
    with pytest.raises(TimeMLError, match=pattern):
        read_timeml(raw, "a.tml")


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([Span(0, 5), Span(2, 8)], [Span(0, 5)]),
        ([Span(2, 8), Span(0, 10)], [Span(0, 10)]),
        ([Span(0, 3), Span(3, 6)], [Span(0, 3), Span(3, 6)]),
    ],
)
def test_timeml_writer_drops_overlapping_spans(spans: list[Span], kept: list[Span]) -> None:
    text = "abcdefghijkl"
    out = write_timeml(text, timexes=[(s, {"type": "DATE", "value": "2019"}) for s in spans])
    assert [t.span for t in read_timeml(out, "w.tml").scored_timexes] == kept


@st.composite
def annotated(draw: st.DrawFn) -> tuple[str, list[tuple[Span, dict[str, str]]]]:
    alphabet = st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"
    ) | st.sampled_from("<>&\"'\n\r\t;#")
    text = draw(st.text(alphabet, max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    items: list[tuple[Span, dict[str, str]]] = []
    for n, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=False)):
        if a < b:
            value = draw(st.text(alphabet, max_size=8))
            items.append((Span(a, b), {"tid": f"t{n + 1}", "type": "DATE", "value": value, "mod": "START"}))
    return text, items


@given(annotated(), st.sampled_from([None, "2019-01", PartialDate(2019, 1, 10)]))
def test_timeml_writer_round_trips_through_reader(
    case: tuple[str, list[tuple[Span, dict[str, str]]]], dct: PartialDate | str | None
) -> None:
    text, items = case
    gold = read_timeml(write_timeml(text, doc_id="x&y", dct=dct, timexes=items), "w.tml")
    assert gold.text == text
    assert gold.id == "x&y"
    assert gold.dct == (None if dct is None else PartialDate.parse(str(dct)))
    assert [(t.span, dict(t.attrs)) for t in gold.timexes] == [(s, a) for s, a in items]
