from __future__ import annotations

import pytest

from chronik.eval import Prediction, normalize_value, score
from chronik.io import GoldDocument, GoldTimex
from chronik.model import Span

TEXT = "Am Donnerstag, 25. Februar um 20.30 Uhr und nächstes Jahr."


def gold_doc(*timexes: tuple[int, int, str, str]) -> GoldDocument:
    return GoldDocument(
        "d",
        TEXT,
        None,
        tuple(GoldTimex(f"t{i}", Span(a, b), TEXT[a:b], ty, v) for i, (a, b, ty, v) in enumerate(timexes)),
    )


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        # exact match, right type and value
        ([(3, 26, "DATE", "2010-02-25")], [(3, 26, "DATE", "2010-02-25")], (1, 1, 1, 1, 1, 1)),
        # partial overlap: relaxed only; wrong value, right type
        ([(3, 26, "DATE", "2010-02-25")], [(15, 26, "DATE", "2010-02")], (1, 1, 0, 1, 1, 0)),
        # no overlap: a miss and a spurious
        ([(3, 13, "DATE", "2010-02-25")], [(44, 57, "DATE", "2011")], (1, 1, 0, 0, 0, 0)),
        # one-to-one: two system timexes inside one gold, only the larger overlap (11 > 10) matches
        (
            [(3, 26, "DATE", "2010-02-25")],
            [(3, 13, "DATE", "2010-02-25"), (15, 26, "DATE", "2010-02")],
            (1, 2, 0, 1, 1, 0),
        ),
        # value quirk: T20.30 in gold equals T20:30
        ([(30, 39, "TIME", "2010-02-25T20.30")], [(30, 39, "TIME", "2010-02-25T20:30")], (1, 1, 1, 1, 1, 1)),
        # whitespace in the gold value
        ([(44, 57, "DATE", " 2011 ")], [(44, 57, "date", "2011")], (1, 1, 1, 1, 1, 1)),
    ],
)
def test_score_counts(
    gold: list[tuple[int, int, str, str]],
    system: list[tuple[int, int, str, str]],
    expected: tuple[int, int, int, int, int, int],
) -> None:
    doc = gold_doc(*gold)
    preds = [Prediction(Span(a, b), ty, v) for a, b, ty, v in system]
    c = score([doc], {"d": preds}).counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_correct, c.value_correct) == expected


@pytest.mark.parametrize(
    ("gold", "system", "relaxed", "value"),
    [
        # gold 2, system 4: relaxed 2 -> P .5 R 1 F .667; one value right -> P .25 R .5 F .333
        (
            [(3, 13, "DATE", "a"), (44, 57, "DATE", "b")],
            [(3, 13, "DATE", "a"), (44, 57, "DATE", "x"), (30, 35, "TIME", "c"), (0, 2, "DATE", "d")],
            (0.5, 1.0, 2 / 3),
            (0.25, 0.5, 1 / 3),
        ),
    ],
)
def test_score_p_r_f1(
    gold: list[tuple[int, int, str, str]],
    system: list[tuple[int, int, str, str]],
    relaxed: tuple[float, float, float],
    value: tuple[float, float, float],
) -> None:
    report = score([gold_doc(*gold)], {"d": [(Span(a, b), ty, v) for a, b, ty, v in system]})
    assert report.counts.relaxed_scores == pytest.approx(relaxed)
    assert report.counts.value_scores == pytest.approx(value)
    assert report.by_type["TIME"].system == 1
    assert report.by_type["DATE"].gold == 2


@pytest.mark.parametrize(
    ("value", "normalized", "applied"),
    [
        ("2010-02-25T20.30", "2010-02-25T20:30", ["T20.30 -> T20:30"]),
        ("2014-H2 ", "2014-H2", ["whitespace stripped"]),
        ("2014_07", "2014_07", []),
        ("20.30", "20.30", []),
    ],
)
def test_score_normalize_value(value: str, normalized: str, applied: list[str]) -> None:
    assert normalize_value(value) == (normalized, applied)


@pytest.mark.parametrize("kinds", [["value", "miss", "spurious"]])
def test_score_errors_have_context(kinds: list[str]) -> None:
    doc = gold_doc((3, 26, "DATE", "2010-02-25"), (30, 39, "TIME", "T20:30"))
    report = score([doc], {"d": [(Span(3, 13), "DATE", "2010-02"), (Span(44, 57), "DATE", "2011")]})
    assert [e.kind for e in report.errors] == kinds  # in text order
    assert report.errors[0].context == "Am [Donnerstag, 25. Februar] um 20.30 Uhr und nächstes Jahr."


@pytest.mark.parametrize("doc_id", ["d"])
def test_score_missing_system_doc_is_reported(doc_id: str) -> None:
    report = score([gold_doc((3, 13, "DATE", "x"))], {})
    assert report.counts.system == 0
    assert report.problems == [f"{doc_id}: no system output (scored as empty)"]
