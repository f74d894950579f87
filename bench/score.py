"""Scoring: ``chronik eval GOLD --system OUT --format json`` when chronik has it; otherwise a small
fallback with the TempEval-3 definitions (DESIGN §8), labelled as such in the results.

Strict extent: exact offsets. Relaxed extent: any overlap, one-to-one (greedy, in text order).
Value: over relaxed matches, P = correct values / system timexes, R = correct values / gold timexes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.timeml import read_gold


def _prf(correct: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def fallback_score(gold_dir: Path, system_dir: Path, files: list[str]) -> dict[str, Any]:
    n_gold = n_sys = strict = relaxed = value = typ = 0
    for name in files:
        gold = read_gold(gold_dir / name).timexes
        sysp = system_dir / name
        system = read_gold(sysp).timexes if sysp.exists() else ()
        n_gold += len(gold)
        n_sys += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        strict += sum((s.start, s.end) in gold_spans for s in system)
        used: set[int] = set()
        for s in system:
            for k, g in enumerate(gold):
                if k not in used and s.start < g.end and g.start < s.end:
                    used.add(k)
                    relaxed += 1
                    value += s.value == g.value
                    typ += s.type == g.type
                    break
    return {
        "scorer": "bench fallback (TempEval-3 definitions)",
        "gold_timexes": n_gold,
        "system_timexes": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "value": _prf(value, n_sys, n_gold),
        "type_accuracy": round(typ / relaxed, 4) if relaxed else 0.0,
    }


def chronik_eval(gold_dir: Path, system_dir: Path) -> dict[str, Any] | str:
    """The parsed JSON of ``chronik eval``, or a message saying why it is unavailable."""
    cmd = [sys.executable, "-m", "chronik", "eval", str(gold_dir), "--system", str(system_dir),
           "--format", "json"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"chronik eval unavailable: {e}"
    if proc.returncode != 0:
        return f"chronik eval unavailable (exit {proc.returncode}): {proc.stderr.strip()[-300:]}"
    try:
        data: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        return f"chronik eval printed no JSON: {e}"
    return data


def _find_f1(data: Any, *keys: str) -> float | None:
    """Find a figure such as strict F1 in chronik eval's JSON without fixing its schema: the first dict
    (breadth-first, so the overall figures win over per-type ones) under a key containing all ``keys``
    and holding an ``f1``/``F1`` number."""
    queue: list[Any] = [data]
    while queue:
        node = queue.pop(0)
        if isinstance(node, dict):
            for k, v in node.items():
                lk = str(k).lower()
                if all(key in lk for key in keys):
                    if isinstance(v, dict):
                        for fk in ("f1", "F1", "f"):
                            if isinstance(v.get(fk), int | float):
                                return float(v[fk])
                    if isinstance(v, int | float) and "f1" in lk:
                        return float(v)
                queue.append(v)
        elif isinstance(node, list):
            queue.extend(node)
    return None


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    """strict/relaxed/value F1 from either scorer's output."""
    if str(data.get("scorer", "")).startswith("bench fallback"):
        return {k: data[k]["f1"] for k in ("strict", "relaxed", "value")}
    return {k: _find_f1(data, k) for k in ("strict", "relaxed", "value")}
