"""Scoring: ``chronik eval GOLD --system OUT --format json`` (TempEval-3 definitions, DESIGN §8).

Strict extent: exact offsets. Relaxed extent: any overlap. Value: over relaxed matches,
P = correct values / system timexes, R = correct values / gold timexes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


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


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    """Strict/relaxed/value F1 and the system/gold timex counts from ``chronik eval``'s JSON: its
    top-level ``overall`` section (the combined figures when several gold directories were scored)."""
    overall = data["overall"]
    out: dict[str, Any] = {k: overall[k]["f1"] for k in ("strict", "relaxed", "value")}
    out["system"], out["gold"] = overall["system"], overall["gold"]
    return out
