from bench.align import align, locate_in_order, map_span, parse_tagged


def test_parse_tagged_keeps_other_markup_literal() -> None:
    tagged = 'On <TIMEX3 tid="t1" type="DATE" value="2014-03-03">Monday</TIMEX3> <her> & me'
    plain, spans = parse_tagged(tagged)
    assert plain == "On Monday <her> & me"
    assert [(s.start, s.end, s.attrs["value"]) for s in spans] == [(3, 9, "2014-03-03")]


def test_parse_tagged_ignores_empty_tags() -> None:
    plain, spans = parse_tagged('a <TIMEX3 tid="t2" type="DATE" value="X" /> b')
    assert plain == "a  b"
    assert spans == []


def _roundtrip(original: str, reprinted_tagged: str) -> list[str]:
    plain, spans = parse_tagged(reprinted_tagged)
    mapping = align(plain, original)
    out = []
    for s in spans:
        span = map_span(mapping, s.start, s.end)
        assert span is not None
        out.append(original[span[0] : span[1]])
    return out


def test_align_identical() -> None:
    text = "Yesterday it rained. Today too."
    tagged = '<TIMEX3 value="a">Yesterday</TIMEX3> it rained. <TIMEX3 value="b">Today</TIMEX3> too.'
    assert _roundtrip(text, tagged) == ["Yesterday", "Today"]


def test_align_changed_whitespace_and_trimmed_edges() -> None:
    text = "\n\n  Am  Montag,\r\n dem 3. März 2014\ttraf er sie.\n\n"
    tagged = 'Am Montag,\n dem <TIMEX3 value="x">3. März 2014</TIMEX3> traf er sie.'
    assert _roundtrip(text, tagged) == ["3. März 2014"]


def test_align_replaced_and_dropped_characters() -> None:
    text = "Party 🎉🎉 on Friday, and 😀 again on Saturday."
    tagged = (
        'Party    on <TIMEX3 value="x">Friday</TIMEX3>, and again on <TIMEX3 value="y">Saturday</TIMEX3>.'
    )
    assert _roundtrip(text, tagged) == ["Friday", "Saturday"]


def test_align_repeated_words_map_in_order() -> None:
    text = "Monday, Monday, Monday."
    tagged = 'Monday, <TIMEX3 value="x">Monday</TIMEX3>, Monday.'
    plain, spans = parse_tagged(tagged)
    assert map_span(align(plain, text), spans[0].start, spans[0].end) == (8, 14)


def test_locate_in_order_repeats_and_fallbacks() -> None:
    text = "On Monday we met. On  monday\nagain. Then on Monday."
    spans = locate_in_order(text, ["Monday", "On monday again", "on Monday", "Monday"])
    assert spans[0] == (3, 9)
    assert spans[1] is not None
    assert text[spans[1][0] : spans[1][1]] == "On  monday\nagain"
    assert spans[2] is not None
    assert text[spans[2][0] : spans[2][1]] == "on Monday"
    assert spans[3] == (44, 50)
    assert locate_in_order(text, ["Tuesday", "  "]) == [None, None]


def test_locate_in_order_falls_back_to_earlier_text() -> None:
    text = "Friday and Monday"
    assert locate_in_order(text, ["Monday", "Friday"]) == [(11, 17), (0, 6)]
