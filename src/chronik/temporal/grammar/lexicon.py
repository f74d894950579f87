"""Lexicons: the vocabulary of a language, loaded from ``lexicon.toml`` and validated.

A lexicon is TOML with a ``[syntax]`` table (switches the engine reads) and any number of vocabulary
tables, each a mapping from a surface form to a value::

    [syntax]
    left_attach = ["der", "die", "das", "den", "dem", "des"]   # words kept inside a timex on its left

    [month]
    januar = 1
    "jän." = 1

    [unit]
    tag = "DAY"

Every vocabulary table ``name`` becomes the rule macro ``{NAME}``: an alternation of its surface forms
(longest first, regex-escaped, spaces matching any whitespace, case-insensitive) captured in a group
named ``name``. :meth:`Lexicon.lookup` maps a matched surface back to its value.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.errors import LexiconError

__all__ = ["Lexicon", "normalize_surface", "trie_regex"]

_SPACE = re.compile(r"\s+")
_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def normalize_surface(text: str) -> str:
    """The lookup key of a surface form: lower case, single spaces, no soft hyphens."""
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip().lower()


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so matching costs the length of the word and
    not the number of words. Longest alternatives are tried first; spaces match any whitespace.
    Written compactly (regex compile time is proportional to its length): characters whose rest is
    the same share a class ("tage[ns]?"), and single optional characters need no group ("n?")."""
    return _render(_trie(words), {}) or ""


def _trie(words: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _render(node: dict[str, Any], memo: dict[int, str | None]) -> str | None:
    """The regex of the words below ``node`` (``None``: no words left there): branches by first
    character, characters whose rest renders the same share a class ("[ns]"), an optional rest when a
    word ends here."""
    groups: dict[str, list[str]] = {}
    for ch in sorted(k for k in node if k):
        sub = _render(node[ch], memo)
        if sub is None:
            continue
        groups.setdefault(sub if ch != " " else "\0" + sub, []).append(ch)
    branches = []
    for key, chars in groups.items():
        if key.startswith("\0"):
            branches.append(r"\s+" + key[1:])
        elif len(chars) == 1:
            branches.append(re.escape(chars[0]) + key)
        else:
            branches.append("[" + "".join(re.escape(c) for c in chars) + "]" + key)
    out: str | None
    if not branches:
        out = "" if "" in node else None
    elif len(branches) > 1:
        out = "(?:" + "|".join(branches) + ")"
        if "" in node:
            out += "?"
    else:
        out = branches[0]
        if "" in node:
            atomic = len(out) == 1 or (len(out) == 2 and out[0] == "\\" and out != r"\s") or (
                out.startswith("[") and out.endswith("]") and "]" not in out[1:-1].replace("\\]", ""))
            out = out + "?" if atomic else "(?:" + out + ")?"
    memo[id(node)] = out
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Validated vocabulary tables and syntax switches of one language."""

    code: str
    syntax: Mapping[str, Any]
    tables: Mapping[str, Mapping[str, Any]]
    source: str = "<memory>"
    _patterns: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_toml(cls, path: Path | str, code: str) -> Lexicon:
        path = Path(path)
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"cannot read lexicon: {exc}", source=str(path)) from exc
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"invalid TOML: {exc}", source=str(path)) from exc
        return cls.from_mapping(raw, code, source=str(path))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], code: str, source: str = "<memory>") -> Lexicon:
        syntax = raw.get("syntax", {})
        if not isinstance(syntax, Mapping):
            raise LexiconError("[syntax] must be a table", source=source)
        tables: dict[str, dict[str, Any]] = {}
        for name, table in raw.items():
            if name in ("syntax", "language"):
                continue
            if not _TABLE_NAME.match(name):
                raise LexiconError(f"table name {name!r} must be lower_snake_case", source=source)
            if not isinstance(table, Mapping) or not table:
                raise LexiconError(f"[{name}] must be a non-empty table of surface = value", source=source)
            entries: dict[str, Any] = {}
            for surface, value in table.items():
                key = normalize_surface(str(surface))
                if not key:
                    raise LexiconError(f"[{name}] has an empty surface form", source=source)
                if isinstance(value, Mapping | list) and not isinstance(value, list):
                    raise LexiconError(f"[{name}] {surface!r}: value must be a string, number or list",
                                       source=source)
                if key in entries and entries[key] != value:
                    raise LexiconError(
                        f"[{name}] {surface!r} is given twice with different values "
                        f"({entries[key]!r} and {value!r})", source=source)
                entries[key] = value
            tables[name] = entries
        return cls(code, dict(syntax), tables, source)

    def lookup(self, table: str, surface: str) -> Any:
        """The value of ``surface`` in ``table`` (``KeyError`` naming both when absent)."""
        try:
            entries = self.tables[table]
        except KeyError:
            raise KeyError(f"{self.source}: no table [{table}]") from None
        key = normalize_surface(surface)
        if key in entries:
            return entries[key]
        stripped = key.rstrip(".")
        if stripped in entries:
            return entries[stripped]
        raise KeyError(f"{self.source}: {surface!r} is not in [{table}]")

    def get(self, table: str, surface: str, default: Any = None) -> Any:
        try:
            return self.lookup(table, surface)
        except KeyError:
            return default

    def pattern(self, table: str) -> str:
        """The regex alternation of the surface forms of ``table`` (cached)."""
        cached = self._patterns.get(table)
        if cached is None:
            if table not in self.tables:
                raise LexiconError(f"rules use {{{table.upper()}}} but there is no [{table}] table",
                                   source=self.source)
            cached = trie_regex(self.tables[table])
            self._patterns[table] = cached
        return cached

    def words(self) -> set[str]:
        """Every surface form of every table."""
        return {surface for table in self.tables.values() for surface in table}
