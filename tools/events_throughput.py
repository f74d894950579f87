"""Throughput of event extraction next to tagging alone (best of three warm rounds, one core).

    .venv/bin/python tools/events_throughput.py [SHARED_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import chronik
from chronik.io import read_gold


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared"
    if not shared.exists():
        shared = Path("/work/shared")
    english = [read_gold(p).as_document("en") for p in sorted((shared / "corpora/en/tbaq").glob("*/*.tml"))]
    krauts = sorted((shared / "corpora/de/krauts").glob("*/gold/*.tml"))
    german = [read_gold(p).as_document("de") for p in krauts]
    seed = read_gold(shared / "corpora/de/seed/kim-xi-2019-01.tml").as_document("de")
    runs = (("English TBAQ", english), ("German KRAUTS", german), ("German seed x200", [seed] * 200))
    for name, docs in runs:
        size = sum(len(d.text) for d in docs)
        best = {False: float("inf"), True: float("inf")}
        for _ in range(3):
            for events in (False, True):
                t = time.perf_counter()
                for d in docs:
                    chronik.process(d, events=events)
                best[events] = min(best[events], time.perf_counter() - t)
        print(f"{name}: {size / 1e3:.0f} KB; tag {size / best[False] / 1e6:.2f} MB/s; "
              f"tag+events {size / best[True] / 1e6:.2f} MB/s; ratio {best[True] / best[False]:.1f}x")


if __name__ == "__main__":
    main()
