"""``Anchor.LOCAL``: a clock time takes the date named before it in its sentence, else the document date."""

from __future__ import annotations

from datetime import datetime

import pytest

import chronik
from chronik.temporal.calendar import Interval, PartialDate
from chronik.temporal.context import Reference, ReferenceContext
from chronik.temporal.resolve import resolve
from chronik.temporal.sentences import SentenceIndex
from chronik.temporal.values import Anchor, Cycle, Fields, Grain, Intersect

_AT_20 = Intersect(Cycle(Grain.DAY, 0, Anchor.LOCAL), Fields(hour=20, minute=0))


@pytest.mark.parametrize(
    ("ref", "local", "expected"),
    [
        ("2019-01-03", None, "2019-01-10T20:00"),  # a date in an earlier sentence: the document date
        ("2019-01-03", "2019-01-03", "2019-01-03T20:00"),  # a date in the same sentence
        (None, "1990", "2019-01-10T20:00"),  # too coarse to place a clock time
    ],
)
def test_local_anchor(ref: str | None, local: str | None, expected: str) -> None:
    def r(d: str | None) -> Reference | None:
        return Reference.of(PartialDate.parse(d)) if d else None

    ctx = ReferenceContext(PartialDate.parse("2019-01-10"), r(ref), local=r(local))
    assert resolve(_AT_20, ctx).value == expected


def test_local_anchor_without_dct_uses_the_narrative() -> None:
    ctx = ReferenceContext(None, Reference.of(PartialDate.parse("2019-01-03")))
    assert resolve(_AT_20, ctx).value == "2019-01-03T20:00"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Am 25. Februar um 20 Uhr. Dann kam er.", ["Am 25. Fe", "Dann kam "]),
        ("J. Müller kam! Um 9 Uhr ging er; Danach", ["J. Müller", "Um 9 Uhr ", "Danach"]),
        ("Erster Absatz\n\nzweiter", ["Erster Ab", "zweiter"]),
    ],
)
def test_sentence_index(text: str, starts: list[str]) -> None:
    assert [text[i:i + 9] for i in SentenceIndex(text).starts] == starts


def test_pipeline_scopes_clock_times_to_the_sentence() -> None:
    text = ("Das Konzert ist am Donnerstag, 25. Februar um 20 Uhr. "
            "Die Probe beginnt um 18 Uhr im Saal.")
    values = [t.value for t in chronik.tag(text, lang="de", dct="2010-02-20")]
    assert values == ["2010-02-25", "2010-02-25T20:00", "2010-02-20T18:00"]


def test_minutes_after_a_day_are_an_unknown_time() -> None:
    from chronik.temporal.values import Shift

    ctx = ReferenceContext(PartialDate.parse("2019-01-10"), Reference.of(PartialDate.parse("2019-01-09")))
    res = resolve(Shift(3, Grain.MINUTE, Anchor.REF), ctx)
    assert (res.type, res.value) == ("TIME", "XXXX-XX-XXTXX:XX")
    at = Reference(Interval(datetime(2019, 1, 9, 20), datetime(2019, 1, 9, 20, 1)), Grain.MINUTE)
    assert resolve(Shift(10, Grain.MINUTE, Anchor.REF), ctx.with_ref(at)).value == "2019-01-09T20:10"


def test_clock_is_a_time_on_no_one_day() -> None:
    from chronik.temporal.values import Clock

    ctx = ReferenceContext(PartialDate.parse("2019-01-10"))
    res = resolve(Clock(9, 30), ctx)
    assert (res.type, res.value, res.interval) == ("TIME", "T09:30", None)
    assert resolve(Clock(25), ctx).confidence == 0.0
