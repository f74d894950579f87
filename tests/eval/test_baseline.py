"""HeidelTime's own output scored by chronik eval: the baseline figures, pinned (docs/benchmarks.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.eval import load_system, score
from chronik.eval._cli import main
from chronik.io import read_gold


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("gold_dir", "system_dir", "strict", "relaxed", "type_f1", "value"),
    [
        ("en/tbaq/TimeBank", "en/tbaq-heideltime/TimeBank", 0.853, 0.919, 0.897, 0.795),
        ("en/tbaq/AQUAINT", "en/tbaq-heideltime/AQUAINT", 0.813, 0.925, 0.846, 0.729),
        ("de/krauts/Dolomiten-42/gold", "de/krauts/Dolomiten-42/heideltime", 0.794, 0.831, 0.825, 0.800),
        ("de/krauts/Dolomiten-100/gold", "de/krauts/Dolomiten-100/heideltime", 0.714, 0.813, 0.769, 0.668),
    ],
)
def test_baseline_heideltime_figures(
    corpora: Path, gold_dir: str, system_dir: str, strict: float, relaxed: float, type_f1: float, value: float
) -> None:
    gold = [read_gold(f) for f in sorted((corpora / gold_dir).iterdir())]
    preds, problems = load_system(gold, corpora / system_dir)
    assert problems == {}
    c = score(gold, preds, problems=problems).counts
    got = tuple(round(s.f1, 3) for s in (c.strict_scores, c.relaxed_scores, c.type_scores, c.value_scores))
    assert got == (strict, relaxed, type_f1, value)


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", ["json"])
def test_baseline_cli_json(corpora: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    gold = corpora / "de/krauts/Dolomiten-42/gold"
    system = corpora / "de/krauts/Dolomiten-42/heideltime"
    assert main([str(gold), "--system", str(system), "--format", fmt, "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["relaxed"]["f1"] == pytest.approx(0.8308, abs=1e-4)
    assert data["skipped"] == {"empty TIMEX3 outside TEXT": 8}
    assert {e["kind"] for e in data["errors"]} == {"miss", "spurious", "value", "type"}
