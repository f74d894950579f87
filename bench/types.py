"""The small adapter every peer sits behind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class PeerTimex:
    """One temporal expression: half-open character offsets into the tagged text."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Doc:
    """One input document. ``dct`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None)."""

    name: str
    text: str
    lang: str
    dct: str | None


class Unavailable(RuntimeError):
    """The tool cannot run here (not installed, API missing); the harness reports it and goes on."""


@runtime_checkable
class Tagger(Protocol):
    name: str

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]: ...

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]: ...


def day_of(dct: str | None) -> str | None:
    """A day-grain DCT for tools that need one: a month or year DCT becomes its first day, a time
    of day (TBAQ has DCTs such as ``1998-11-20T19:30``) is dropped."""
    if dct is None:
        return None
    parts = dct.split("T")[0].split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])
