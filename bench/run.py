"""Run the benchmark: ``python -m bench.run [--quick] [--tools a,b] [--corpora x,y] [--tasks ...]``.

Quality: every tool tags every corpus; its output is written as TimeML to
``bench/results/<tool>/<corpus>/`` (:func:`chronik.io.write_timeml`) and scored by ``chronik eval``.
Speed, scaling and multi-core throughput: one fresh process per tool, language and task
(:mod:`bench.measure`), pinned to one core except for the multi-core figure. Single article: one
article tagged as a user runs the tool, start-up included, a fresh process per run (:mod:`bench.single`).
Raw figures go to ``bench/results/results.json`` (merged with earlier runs of other tools), then
``docs/benchmarks.md`` and ``docs/scaling.png`` are regenerated (:mod:`bench.report`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import single
from bench.corpora import CORPORA, REPO, SPEED_CORPUS, concatenated, file_name
from bench.peers import TOOLS, make, version
from bench.score import chronik_eval
from bench.types import Doc, PeerTimex, Unavailable
from chronik.io import GoldDocument, write_timeml
from chronik.model import Span

RESULTS = REPO / "bench" / "results"
RESULTS_JSON = RESULTS / "results.json"
TASKS = ("quality", "speed", "single", "scaling", "multicore")
# too slow to tag whole corpora one JVM per document; its output is HeidelTime's, as heideltime-batch
QUALITY_OPT_IN = {"heideltime-py", "chronik-events"}  # chronik-events: chronik's timexes, for speed
SCALING_SKIP = {"heideltime-py"}  # cuts texts into 30,000-character chunks: not one document any more
WARMUP_CORPUS = {"de": "dolomiten-42", "en": "aquaint"}
KB = 1024
SHOW = ("warm_kb_per_s", "first_doc_s", "peak_rss_tree_mb")


def machine() -> dict[str, Any]:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
        cpu = m.group(1).strip() if m else platform.processor()
    with open("/proc/meminfo", encoding="utf-8") as f:
        m = re.search(r"^MemTotal:\s*(\d+) kB", f.read(), re.M)
        ram = f"{int(m.group(1)) / 2**20:.1f} GiB" if m else "?"
    os_name = platform.platform()
    if Path("/etc/os-release").exists():
        m = re.search(r'^PRETTY_NAME="?([^"\n]+)', Path("/etc/os-release").read_text(), re.M)
        if m:
            os_name = f"{m.group(1)} ({platform.release()})"
    java = "-"
    if shutil.which("java"):
        proc = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
        java = (proc.stderr or proc.stdout).splitlines()[0] if (proc.stderr or proc.stdout) else "?"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": os_name,
        "python": platform.python_version(),
        "java": java,
    }


def _docs_json(docs: list[Doc]) -> list[dict[str, Any]]:
    return [asdict(d) for d in docs]


def _measure(spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    raw = RESULTS / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=raw) as tmp:
        spec_path, out_path = Path(tmp) / "spec.json", Path(tmp) / "out.json"
        spec["spawn_ts"] = time.time()
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        try:
            subprocess.run([sys.executable, "-m", "bench.measure", str(spec_path), str(out_path)],
                           cwd=REPO, env=env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout:.0f} s"}
        if not out_path.exists():
            return {"error": "the measuring process died without a result"}
        result: dict[str, Any] = json.loads(out_path.read_text(encoding="utf-8"))
        return result


def system_timeml(gold: GoldDocument, timexes: list[PeerTimex]) -> str:
    """A tool's timexes on a gold text as TimeML, with the gold's id and raw DCT value. Empty and
    out-of-range spans are dropped here; ``write_timeml`` drops overlaps (first wins in text order,
    the longest at the same start)."""
    n = len(gold.text)
    items = [(Span(t.start, t.end), {"type": t.type, "value": t.value})
             for t in timexes if 0 <= t.start < t.end <= n]
    return write_timeml(gold.text, doc_id=gold.id, dct=gold.dct_value, timexes=items)


def run_quality(tool: str, corpora: list[str], out: dict[str, Any]) -> None:
    tagger = make(tool)
    for name in corpora:
        corpus = CORPORA[name]
        gold = corpus.gold()
        docs = corpus.docs()
        t = time.perf_counter()
        try:
            found = tagger.tag_many(docs)
        except Exception as e:  # one tool failing on one corpus must not stop the run
            out[name] = {"error": f"{type(e).__name__}: {e}"}
            print(f"  quality {tool} {name}: {out[name]['error']}")
            continue
        seconds = time.perf_counter() - t
        sysdir = RESULTS / tool / name
        shutil.rmtree(sysdir, ignore_errors=True)
        sysdir.mkdir(parents=True)
        for g, timexes in zip(gold, found, strict=True):
            (sysdir / file_name(g)).write_text(system_timeml(g, timexes), encoding="utf-8")
        entry: dict[str, Any] = {"docs": len(docs), "tag_seconds": round(seconds, 2),
                                 "system_dir": str(sysdir.relative_to(REPO))}
        scored = chronik_eval(corpus.gold_dir, sysdir)
        if isinstance(scored, str):
            print(f"  {scored}")
        entry["chronik_eval"] = scored
        out[name] = entry
        print(f"  quality {tool} {name}: {len(docs)} docs in {seconds:.1f} s")


def speed_docs(lang: str, quick: bool, tool: str) -> list[Doc]:
    warm = CORPORA[WARMUP_CORPUS[lang]].docs()[0]
    docs = CORPORA[SPEED_CORPUS[lang]].docs()
    cap = (5 if quick else 15) if tool == "heideltime-py" else (20 if quick else len(docs))
    return [warm, *docs[:cap]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer documents and sizes, one repetition")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated, from {','.join(TOOLS)}")
    ap.add_argument("--corpora", default=",".join(CORPORA), help=f"from {','.join(CORPORA)}")
    ap.add_argument("--tasks", default=",".join(TASKS), help=f"from {','.join(TASKS)}")
    ap.add_argument("--langs", default="de,en")
    ap.add_argument("--no-report", action="store_true", help="do not regenerate docs/benchmarks.md")
    args = ap.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    corpora = [c for c in args.corpora.split(",") if c]
    tasks = [t for t in args.tasks.split(",") if t]
    langs = [lang for lang in args.langs.split(",") if lang]
    for bad in [t for t in tools if t not in TOOLS] + [c for c in corpora if c not in CORPORA]:
        ap.error(f"unknown tool or corpus: {bad}")
    explicit_tools = "--tools" in (argv if argv is not None else sys.argv[1:])

    results: dict[str, Any] = {}
    if RESULTS_JSON.exists():
        results = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
    for key in ("tools", "quality", "speed", "single", "scaling", "multicore"):
        results.setdefault(key, {})
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    results["meta"] = {"machine": machine(), "date": now, "command": command.strip(),
                       "mode": "quick" if args.quick else "full"}
    cores = os.cpu_count() or 1
    sizes = [1 * KB, 16 * KB, 256 * KB, 1024 * KB] if args.quick else [
        1 * KB, 4 * KB, 16 * KB, 64 * KB, 256 * KB, 1024 * KB]
    limit = 120.0 if args.quick else 1200.0
    reps = 1 if args.quick else 3

    if any(t.startswith("chronik") for t in tools):
        single.compile_chronik()  # .pyc files, as pip leaves a package: no compiling in first-doc figures

    def save() -> None:
        RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
        RESULTS_JSON.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    for tool in tools:
        print(f"== {tool}")
        try:
            make(tool)
        except Unavailable as e:
            print(f"  {e}")
            results["tools"][tool] = {"available": False, "note": str(e), "date": now}
            for key in ("quality", "speed", "single", "scaling", "multicore"):
                results[key].pop(tool, None)
            save()
            continue
        prev = results["tools"].get(tool, {})
        runs = [r for r in prev.get("runs", []) if r.get("tasks") != tasks] if prev.get("available") else []
        runs.append({"date": now, "command": command.strip(), "tasks": tasks})
        results["tools"][tool] = {"available": True, "version": version(tool), "date": now,
                                  "command": command.strip(), "mode": results["meta"]["mode"], "runs": runs}
        if "quality" in tasks and (tool not in QUALITY_OPT_IN or explicit_tools):
            run_quality(tool, corpora, results["quality"].setdefault(tool, {}))
            save()
        for lang in langs:
            if "speed" in tasks:
                docs = speed_docs(lang, args.quick, tool)
                r = _measure({"task": "speed", "tool": tool, "cores": 1, "reps": reps,
                              "docs": _docs_json(docs)}, timeout=3600)
                r["corpus"] = SPEED_CORPUS[lang]
                results["speed"].setdefault(tool, {})[lang] = r
                print(f"  speed {lang}: {r.get('error') or {k: r[k] for k in SHOW}}")
                save()
            if "single" in tasks:
                r = single.measure(tool, single_article(lang), runs=3 if args.quick else 7)
                results["single"].setdefault(tool, {})[lang] = r
                print(f"  single article {lang}: {r.get('error') or r['median_s']} s")
                save()
            if "scaling" in tasks and tool not in SCALING_SKIP:
                texts = [d.text for d in CORPORA[SPEED_CORPUS[lang]].docs()]
                warm = CORPORA[WARMUP_CORPUS[lang]].docs()[0]
                size_specs = [{"bytes": s, "doc": asdict(Doc(f"{s}B", concatenated(texts, s), lang,
                                                                   docs_dct(lang)))} for s in sizes]
                r = _measure({"task": "scaling", "tool": tool, "cores": 1, "reps": reps, "limit_s": limit,
                              "warmup": asdict(warm), "sizes": size_specs}, timeout=limit * 6 + 600)
                results["scaling"].setdefault(tool, {})[lang] = r
                print(f"  scaling {lang}: {r.get('error') or r['points']}")
                save()
            if "multicore" in tasks and cores > 1:
                docs = speed_docs(lang, args.quick, tool)
                r = _measure({"task": "multicore", "tool": tool, "cores": cores, "warmup": asdict(docs[0]),
                              "docs": _docs_json(docs[1:])}, timeout=3600)
                results["multicore"].setdefault(tool, {})[lang] = r
                print(f"  multicore {lang}: {r.get('error') or r['warm_kb_per_s']} KB/s warm")
                save()
    if "single" in tasks:
        results["single_floor"] = single.measure_floor(runs=3 if args.quick else 7)
        print(f"  single-article floor: { {k: v['median_s'] for k, v in results['single_floor'].items()} }")
    save()
    print(f"raw results: {RESULTS_JSON.relative_to(REPO)}")
    if not args.no_report:
        from bench import report

        report.main([])
    return 0


def single_article(lang: str) -> Doc:
    """The article of the single-article figure: the seed (German; its DCT is the month it carries) and
    the English speed corpus's first document (2.2 KB, about the seed's size)."""
    return CORPORA["seed"].docs()[0] if lang == "de" else CORPORA[SPEED_CORPUS[lang]].docs()[0]


def docs_dct(lang: str) -> str | None:
    return CORPORA[SPEED_CORPUS[lang]].docs()[0].dct


if __name__ == "__main__":
    sys.exit(main())
