"""The event ontology: PLOVER event types, the CAMEO codes that map to them, and modality.

The data ships in ``data/ontology.tsv`` (converted from the CAMEO code file and the CAMEO→PLOVER table,
see ``data/NOTICE.md``). One row per CAMEO code: code, CAMEO name, PLOVER type, PLOVER mode, PLOVER
context(s), and a note. A row without a PLOVER type is *explicitly unmapped*: its note gives the reason
(PLOVER drops CAMEO cue categories 01 "make public statement" and 02 "appeal").

    >>> cameo("042").plover
    <PloverType.CONSULT: 'CONSULT'>
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from importlib import resources

from chronik.errors import LexiconError

__all__ = [
    "EventType",
    "Modality",
    "PloverType",
    "all_cameo_codes",
    "cameo",
    "plover_for_cameo",
]


class PloverType(enum.StrEnum):
    """The 16 PLOVER event types (PLOVER manual, draft 0.8, 2021), cooperative to conflictual."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(enum.StrEnum):
    """Whether the text says an event happened.

    ASSERTED      the text states it happened or is happening ("Kim traf Xi").
    NEGATED       the text states it did not happen ("Kim traf Xi nicht").
    HYPOTHETICAL  conditional or possible only ("falls Kim Xi trifft", "could meet").
    FUTURE        planned or announced for later ("Kim wird Xi treffen", "is due to meet").

    Reported speech is not a modality: who said so (speaker) and where it was reported (source) are
    separate fields of an event, and combine with any modality ("Seoul said Kim would meet Xi" is
    FUTURE, reported by Seoul).
    """

    ASSERTED = "ASSERTED"
    NEGATED = "NEGATED"
    HYPOTHETICAL = "HYPOTHETICAL"
    FUTURE = "FUTURE"


@dataclass(frozen=True, slots=True)
class EventType:
    """One CAMEO code and what it means in PLOVER.

    ``plover`` is ``None`` only for codes PLOVER explicitly leaves unmapped; ``note`` then says why.
    ``context`` holds the PLOVER context tags suggested by the CAMEO→PLOVER table (may be empty).
    """

    plover: PloverType | None
    cameo: str
    name: str
    mode: str | None
    context: tuple[str, ...] = ()
    note: str | None = None


_CODE = re.compile(r"\d{3,4}")
_DATA = "ontology.tsv"


@functools.cache
def _table() -> dict[str, EventType]:
    text = resources.files("chronik.events").joinpath("data", _DATA).read_text(encoding="utf-8")
    return parse_ontology(text, source=f"chronik/events/data/{_DATA}")


def parse_ontology(text: str, *, source: str) -> dict[str, EventType]:
    """Parse and validate ontology rows (see the module docstring); raise :class:`LexiconError`."""
    table: dict[str, EventType] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        where = f"{source}:{lineno}"
        cols = raw.split("\t")
        if len(cols) != 6:
            raise LexiconError(f"expected 6 tab-separated columns, got {len(cols)}", source=where)
        code, name, plover, mode, context, note = (c.strip() for c in cols)
        if not _CODE.fullmatch(code):
            raise LexiconError(f"malformed CAMEO code {code!r}", source=where)
        if code in table:
            raise LexiconError(f"duplicate CAMEO code {code}", source=where)
        if not name:
            raise LexiconError(f"CAMEO code {code} has no name", source=where)
        ptype: PloverType | None
        if plover:
            try:
                ptype = PloverType(plover)
            except ValueError:
                raise LexiconError(f"unknown PLOVER type {plover!r}", source=where) from None
        else:
            if not note:
                raise LexiconError(f"CAMEO code {code} is unmapped without a reason", source=where)
            ptype = None
        table[code] = EventType(
            plover=ptype,
            cameo=code,
            name=name,
            mode=mode or None,
            context=tuple(c for c in context.split(";") if c),
            note=note or None,
        )
    if not table:
        raise LexiconError("no CAMEO codes", source=source)
    return table


def cameo(code: str) -> EventType:
    """The event type of a 3- or 4-digit CAMEO code ("042"); ``KeyError`` for an unknown code."""
    try:
        return _table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r} (expected a 3- or 4-digit code such as '042')") from None


def plover_for_cameo(code: str) -> PloverType | None:
    """The PLOVER type of a CAMEO code, ``None`` if PLOVER leaves it unmapped; ``KeyError`` if unknown."""
    return cameo(code).plover


def all_cameo_codes() -> tuple[str, ...]:
    """Every CAMEO code in the ontology, sorted."""
    return tuple(sorted(_table()))
