"""A language is a folder: ``lexicon.toml`` + ``rules.py`` + ``examples.toml``, wired by a ``SPEC``.

Languages are found by import path (``chronik.temporal.lang.<code>``) or, for codes chronik does not
ship, through the entry point group ``chronik.languages`` (a third-party package registers
``xx = "mypkg.lang_xx:SPEC"``); the engine never lists or branches on language codes.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.errors import LanguageError
from chronik.temporal.grammar.lexicon import Lexicon
from chronik.temporal.grammar.rule import Rule
from chronik.temporal.values import Direction

__all__ = ["LanguageSpec", "available_languages", "load_language"]

_CODE = re.compile(r"^[a-z]{2,3}$")
ENTRY_POINT_GROUP = "chronik.languages"


def _no_number(text: str, lexicon: Lexicon) -> float | None:
    value = lexicon.get("number", text)
    return float(value) if isinstance(value, int | float) else None


@dataclass(frozen=True)
class LanguageSpec:
    """Everything the engine needs to know about one language.

    ``direction(text, start, end)`` reads tense cues around a mention and returns which occurrence an
    under-specified expression means (``None``: the language's default, ``syntax.default_direction``).
    ``parse_number(text, lexicon)`` turns number words into a value ("dreiundzwanzig", "anderthalb").
    ``dct_cues`` maps words that date something without being a timex ("Neujahrsansprache") to a feast
    rule (``"01-01"``); the document-date inference uses them.
    ``narrative(text, start, end)``: for a date without a year ("am 9. November") told while the story is
    in an earlier year than the document's ("Im Herbst 1989 …"), which way from the story's date it lies
    (ONWARD: the story moves on; PAST: a pluperfect looks back), or ``None`` when the clause is about the
    present (a future tense). Languages without it date such expressions from the document date only.
    ``span_start(text, start, end)``: the date is where a span reaching the present starts ("since June",
    "20 years since … on April 20, 1999"), so it is no anchor for the narrative after it.
    """

    code: str
    name: str
    folder: Path
    rules: Sequence[Rule]
    macros: Mapping[str, str] = field(default_factory=dict)
    direction: Callable[[str, int, int], Direction | None] | None = None
    parse_number: Callable[[str, Lexicon], float | None] = _no_number
    dct_cues: Mapping[str, str] = field(default_factory=dict)
    narrative: Callable[[str, int, int], Direction | None] | None = None
    span_start: Callable[[str, int, int], bool] | None = None

    @functools.cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.from_toml(self.folder / "lexicon.toml", self.code)

    @property
    def examples_path(self) -> Path:
        return self.folder / "examples.toml"


def _entry_points() -> list[Any]:
    from importlib.metadata import entry_points  # lazy: costs ~40 ms of start-up, needed only here

    return list(entry_points(group=ENTRY_POINT_GROUP))


def _builtin_codes() -> set[str]:
    from chronik.temporal import lang

    return {m.name for m in pkgutil.iter_modules(lang.__path__) if m.ispkg and _CODE.match(m.name)}


def available_languages() -> list[str]:
    """Codes of every language that can be loaded: built-in folders and entry points."""
    codes = _builtin_codes()
    codes |= {ep.name for ep in _entry_points()}
    return sorted(codes)


@functools.cache
def load_language(code: str) -> LanguageSpec:
    """The :class:`LanguageSpec` for ``code`` (``LanguageError`` naming the known ones otherwise).

    Built-in languages come first; entry points add languages chronik does not ship (looking them up
    costs start-up time, so it happens only for codes that are not built in).
    """
    if not isinstance(code, str) or not _CODE.match(code):
        raise LanguageError(f"{code!r} is not a language code (expected e.g. 'de' or 'en')")
    if code not in _builtin_codes():
        for ep in _entry_points():
            if ep.name == code:
                spec = ep.load()
                if not isinstance(spec, LanguageSpec):
                    raise LanguageError(f"entry point {ep.value!r} for {code!r} is not a LanguageSpec")
                return spec
        known = ", ".join(available_languages()) or "none"
        raise LanguageError(f"unsupported language {code!r} (available: {known})")
    module = importlib.import_module(f"chronik.temporal.lang.{code}")
    spec = getattr(module, "SPEC", None)
    if not isinstance(spec, LanguageSpec):
        raise LanguageError(f"chronik.temporal.lang.{code} has no SPEC")
    return spec
