"""Inferring the day of a document dated only to the month (``chronik.temporal.dct.infer_dct``)."""

from __future__ import annotations

import pytest

from chronik.temporal.calendar import PartialDate
from chronik.temporal.dct import infer_dct
from chronik.temporal.engine.matcher import compile_grammar
from chronik.temporal.grammar import load_language

_SHORT = ("Die Agentur meldete am Donnerstag das Ende des Besuchs. Kim hatte die Gespräche am Mittwoch "
          "beendet. In seiner Neujahrsansprache vor einer Woche hatte er gedroht.")


@pytest.mark.parametrize(
    ("text", "given", "used", "inferred"),
    [
        (_SHORT, "2019-01", "2019-01-10", True),
        # no week anchor: the weekday alone does not say which week
        ("Die Agentur meldete am Donnerstag das Ende des Besuchs.", "2019-01", "2019-01", False),
        # no weekday: nothing to pick a day with
        ("In seiner Neujahrsansprache vor einer Woche hatte er gedroht.", "2019-01", "2019-01", False),
        # a full date is never changed
        (_SHORT, "2019-01-20", "2019-01-20", False),
        # an explicit past date in the month anchors the week
        ("Am 14. Jänner hatte er unterschrieben, am Mittwoch war er abgereist.", "2019-01", "2019-01-16",
         True),
    ],
)
def test_infer_dct_de(text: str, given: str, used: str, inferred: bool) -> None:
    spec = load_language("de")
    mentions = compile_grammar("de").find(text)
    info = infer_dct(PartialDate.parse(given), mentions, text, spec)
    assert (str(info.used), info.inferred) == (used, inferred)
    if inferred:
        assert 0 < info.confidence < 1
        assert info.evidence
    else:
        assert info.confidence == 1.0


@pytest.mark.parametrize("given", [None])
def test_infer_dct_without_date(given: None) -> None:
    info = infer_dct(given, [], "Text", load_language("de"))
    assert info.used is None
    assert not info.inferred
