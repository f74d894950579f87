"""Held-out check: news paragraphs written and annotated BEFORE the tagger ever ran on them (docs/heldout.md).

``heldout_de.toml`` / ``heldout_en.toml`` (and the second German set ``heldout2_de.toml``, written
after the German fix rounds on the first, set "de2") use the format of ``examples.toml`` (see
test_examples.py). Unlike the examples, they are not a spec that must pass: they are measured, per timex,
in the TempEval-3 way —

* strict: same extent (start and end);
* relaxed: overlapping extents, matched one to one (exact matches first, then the largest overlap);
* value / type: relaxed matches with the right value / type, over all system and all gold timexes
  (TempEval-3 "value F1"); mod is reported too (relaxed matches whose mod agrees, no mod = no mod).

The test asserts the measured counts equal PINNED, not that they are good: a change that moves them
shows up, and must update PINNED (and docs/heldout.md) honestly. Do NOT tune the grammar on these texts;
once they have been looked at to fix something, they are no longer held out.

    .venv/bin/pytest -q tests/temporal/lang/test_heldout.py -s      # the summary (de, en, de2)
    CHRONIK_HELDOUT_ERRORS=1 .venv/bin/pytest -q tests/temporal/lang/test_heldout.py -s   # + every error
"""

from __future__ import annotations

import itertools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from examples_format import locate  # beside this file: pytest puts the directory on sys.path

import chronik

HERE = Path(__file__).resolve().parent
# set -> (file, language). "de2" and "en2" are the second sets, written after the fix rounds on "de"/"en".
SETS: dict[str, tuple[str, str]] = {
    "de": ("heldout_de.toml", "de"),
    "en": ("heldout_en.toml", "en"),
    "de2": ("heldout2_de.toml", "de"),
    "en2": ("heldout2_en.toml", "en"),
}
LANGS = tuple(SETS)

# (gold, system, strict, relaxed, value, type, mod) per language; measured once, the first time the tagger
# ran on the set (commit "held-out set written before measuring" precedes it). Update honestly.
# de: after a fix round on its error classes (no longer held out; measured once: 154, 153, 148, 151, 136,
# 148, 151 — that is the held-out estimate), see docs/heldout.md.
PINNED: dict[str, tuple[int, int, int, int, int, int, int]] = {
    "de": (154, 152, 150, 152, 143, 150, 152),  # 142 before the de2 direction round
    # en after a fix round (no longer held-out; measured once: (154, 150, 139, 146, 133, 144, 141))
    # (after the first round: (154, 152, 145, 149, 139, 148, 145); the second round on en2's classes removed
    # the spurious rate "hours a day")
    "en": (154, 151, 145, 149, 139, 148, 145),
    # de2 after a fix round on its direction classes (no longer held-out; measured once, the first time
    # the tagger ran on it: (150, 144, 143, 144, 127, 144, 143) — that is the held-out estimate)
    "de2": (150, 145, 145, 145, 137, 145, 145),
    # en2 after a fix round (no longer held-out; measured once after the English fix rounds: (156, 157, 154,
    # 155, 146, 155, 152) — that is the held-out estimate), see docs/heldout.md.
    "en2": (156, 157, 156, 156, 153, 156, 153),
}


@dataclass(frozen=True)
class T:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


def load(name: str) -> list[dict[str, Any]]:
    data = tomllib.loads((HERE / SETS[name][0]).read_text(encoding="utf-8"))
    examples: list[dict[str, Any]] = data["example"]
    return examples


def gold_of(example: dict[str, Any]) -> list[T]:
    text = example["text"]
    out = []
    for row in example["timexes"]:
        s, e = locate(text, row[0])
        out.append(T(s, e, text[s:e], row[1], row[2], row[3] if len(row) > 3 else None))
    return out


def system_of(example: dict[str, Any], lang: str) -> list[T]:
    out = []
    for t in chronik.tag(example["text"], lang=lang, dct=example.get("dct")):
        mod = t.resolution.mod if t.resolution else None
        out.append(T(t.span.start, t.span.end, t.text, str(t.type), str(t.value), str(mod) if mod else None))
    return out


def match(gold: list[T], system: list[T]) -> list[tuple[T, T]]:
    """One-to-one relaxed matching: exact extents first, then the largest overlap."""
    pairs: list[tuple[T, T]] = []
    free_g, free_s = list(gold), list(system)
    for g in list(free_g):
        for s in free_s:
            if (s.start, s.end) == (g.start, g.end):
                pairs.append((g, s))
                free_g.remove(g)
                free_s.remove(s)
                break
    for g in list(free_g):
        best, overlap = None, 0
        for s in free_s:
            o = min(g.end, s.end) - max(g.start, s.start)
            if o > overlap:
                best, overlap = s, o
        if best is not None:
            pairs.append((g, best))
            free_g.remove(g)
            free_s.remove(best)
    return pairs


def measure(name: str, errors: list[str] | None = None) -> tuple[int, int, int, int, int, int, int]:
    n_gold = n_sys = strict = relaxed = value = typ = mod = 0
    lang = SETS[name][1]
    for i, ex in enumerate(load(name)):
        gold, system = gold_of(ex), system_of(ex, lang)
        pairs = match(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        relaxed += len(pairs)
        for g, s in pairs:
            strict += (g.start, g.end) == (s.start, s.end)
            value += g.value == s.value
            typ += g.type == s.type
            mod += g.mod == s.mod
            if errors is not None:
                what = []
                if (g.start, g.end) != (s.start, s.end):
                    what.append(f"extent {s.text!r}")
                if g.type != s.type:
                    what.append(f"type {s.type}")
                if g.value != s.value:
                    what.append(f"value {s.value}")
                if g.mod != s.mod:
                    what.append(f"mod {s.mod}")
                if what:
                    errors.append(f"{name}-{i:02d} {g.text!r} {g.type} {g.value}: " + ", ".join(what))
        if errors is not None:
            matched_g = {id(g) for g, _ in pairs}
            matched_s = {id(s) for _, s in pairs}
            errors += [f"{name}-{i:02d} MISSED {g.text!r} {g.type} {g.value}" for g in gold
                       if id(g) not in matched_g]
            errors += [f"{name}-{i:02d} SPURIOUS {s.text!r} {s.type} {s.value}" for s in system
                       if id(s) not in matched_s]
    return n_gold, n_sys, strict, relaxed, value, typ, mod


def prf(correct: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(lang: str, counts: tuple[int, int, int, int, int, int, int]) -> str:
    n_gold, n_sys, strict, relaxed, value, typ, mod = counts
    lines = [f"held-out {lang}: {n_gold} gold timexes, {n_sys} system timexes"]
    for name, c in (("strict", strict), ("relaxed", relaxed), ("value", value), ("type", typ), ("mod", mod)):
        p, r, f = prf(c, n_sys, n_gold)
        lines.append(f"  {name:8s} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}   ({c})")
    return "\n".join(lines)


def test_heldout_files_are_well_formed() -> None:
    for lang in LANGS:
        examples = load(lang)
        assert len(examples) == 15
        for ex in examples:
            spans = sorted((g.start, g.end) for g in gold_of(ex))
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), ex["text"][:40]


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_figures_are_pinned(lang: str) -> None:
    errors: list[str] | None = [] if os.environ.get("CHRONIK_HELDOUT_ERRORS") == "1" else None
    counts = measure(lang, errors)
    print("\n" + summary(lang, counts))
    if errors:
        print("\n".join(errors))
    assert counts == PINNED[lang]


if __name__ == "__main__":
    for lang in LANGS:
        errs: list[str] = []
        print(summary(lang, measure(lang, errs)))
        print("\n".join(errs))
