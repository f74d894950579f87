"""Every language's ``examples.toml`` is an executable spec: each example is one test case.

Format::

    [[example]]
    text = "Kim hatte bereits am Mittwoch seinen Besuch beendet."
    dct = "2019-01-10"                      # optional: "YYYY", "YYYY-MM", "YYYY-MM-DD" or absent
    timexes = [["Mittwoch", "DATE", "2019-01-09"]]   # [text, type, value] or [text, type, value, mod]
                                                    # text is located by its first occurrence, or add
                                                    # "@N" (e.g. "Mai@2") for the N-th occurrence

    [[negative]]                             # must produce no timex at all
    text = "Guten Morgen, Herr Mai!"

The tagger must find exactly the listed timexes: same extents, types, values (and mods when given).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from examples_format import locate  # beside this file: pytest puts the directory on sys.path

import chronik
from chronik.temporal.grammar import available_languages, load_language


def _load(lang: str) -> dict[str, Any]:
    path: Path = load_language(lang).examples_path
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _cases(kind: str) -> list[Any]:
    cases = []
    for lang in available_languages():
        for i, ex in enumerate(_load(lang).get(kind, [])):
            cases.append(pytest.param(lang, ex, id=f"{lang}-{i}-{ex['text'][:40]}"))
    return cases


@pytest.mark.parametrize(("lang", "example"), _cases("example"))
def test_examples_found_and_resolved(lang: str, example: dict[str, Any]) -> None:
    text = example["text"]
    expected = []
    for row in example["timexes"]:
        start, end = locate(text, row[0])
        mod = row[3] if len(row) > 3 else None
        expected.append((start, end, text[start:end], row[1], row[2], mod))
    found = chronik.tag(text, lang=lang, dct=example.get("dct"))
    got = []
    for t in found:
        mod = t.resolution.mod if t.resolution else None
        got.append((t.span.start, t.span.end, t.text, t.type, t.value,
                    str(mod) if mod and any(len(r) > 3 for r in example["timexes"]) else None))
    if not any(len(r) > 3 for r in example["timexes"]):
        expected = [(*e[:5], None) for e in expected]
    assert got == expected


@pytest.mark.parametrize(("lang", "example"), _cases("negative"))
def test_examples_negative_produce_nothing(lang: str, example: dict[str, Any]) -> None:
    found = chronik.tag(example["text"], lang=lang, dct=example.get("dct", "2019-01-10"))
    assert [(t.text, t.value) for t in found] == []
