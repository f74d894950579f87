import importlib.util
import json
from pathlib import Path
from typing import Any

from bench import report

HAS_MPL = importlib.util.find_spec("matplotlib") is not None  # only in the bench extra


def _eval(strict: float, relaxed: float, value: float, *, system: int, gold: int) -> dict[str, Any]:
    """``chronik eval --format json`` output, as far as the report reads it."""
    def prf(f1: float) -> dict[str, float]:
        return {"precision": f1, "recall": f1, "f1": f1}

    return {"corpus": "en/tbaq/AQUAINT",
            "overall": {"gold": gold, "system": system, "strict_matches": 0, "relaxed_matches": 0,
                        "type_correct": 0, "value_correct": 0, "strict": prf(strict),
                        "relaxed": prf(relaxed), "type": prf(1.0), "value": prf(value)},
            "by_type": {"DATE": {"strict": prf(0.1), "relaxed": prf(0.1), "value": prf(0.1)}},
            "normalized": {}, "skipped": {}, "problems": [], "documents": []}


FAKE = {
    "meta": {"date": "2026-01-01 00:00 UTC", "command": "python -m bench.run --quick", "mode": "quick",
             "machine": {"cpu": "Fake CPU", "cores": 2, "ram": "1 GiB", "os": "Linux", "python": "3.11",
                         "java": "openjdk 17"}},
    "tools": {
        "dateparser": {"available": True, "version": "dateparser 9.9", "date": "d", "command": "c"},
        "chronik": {"available": False, "note": "chronik API not available"},
    },
    "quality": {"dateparser": {
        # an entry from an older harness run: no chronik eval figures, left out of the table
        "timebank": {"chronik_eval": "unavailable", "fallback": {"strict": {"f1": 0.4444}}},
        "aquaint": {"chronik_eval": _eval(0.7, 0.9, 0.6, system=8, gold=10)},
        "seed": {"error": "RuntimeError: boom"}}},
    "speed": {"dateparser": {"en": {"docs": 3, "bytes": 3072, "first_doc_s": 0.25, "warm_docs_per_s": 12.5,
                                    "warm_kb_per_s": 150.0, "peak_rss_tree_mb": 40.0,
                                    "cpu_kb_per_s": 160.0, "load_max": 3.5}}},
    "single": {
        "dateparser": {"en": {"bytes": 2048, "median_s": 0.25, "min_s": 0.2, "runs": 7, "load_max": 0.5}},
        "heideltime-py": {"en": {"bytes": 2048, "median_s": 2.5, "min_s": 2.4, "runs": 7, "load_max": 0.5},
                          "de": {"error": "exit 1: no java"}}},
    "single_floor": {"python -c pass": {"runs": 7, "median_s": 0.016, "min_s": 0.015}},
    "multicore": {"dateparser": {"en": {"cores": 2, "warm_kb_per_s": 280.0, "kb_per_s": 90.0}}},
    "scaling": {"dateparser": {"en": {"points": [{"bytes": 1024, "seconds": 0.01},
                                                 {"bytes": 16384, "seconds": 0.1},
                                                 {"bytes": 262144, "skipped": "too slow"}]}}},
}


def _run(tmp_path: Path, existing: str | None) -> str:
    res = tmp_path / "results.json"
    res.write_text(json.dumps(FAKE), encoding="utf-8")
    doc = tmp_path / "docs" / "benchmarks.md"
    if existing is not None:
        doc.parent.mkdir(parents=True, exist_ok=True)
        doc.write_text(existing, encoding="utf-8")
    plot = tmp_path / "docs" / "scaling.png"
    assert report.main(["--results", str(res), "--doc", str(doc), "--plot", str(plot)]) == 0
    assert plot.exists() == HAS_MPL
    return doc.read_text(encoding="utf-8")


def test_report_tables_from_fake_results(tmp_path: Path) -> None:
    md = _run(tmp_path, None)
    assert md.count(report.BEGIN) == 1
    assert md.count(report.END) == 1
    assert "| aquaint | dateparser | 0.700 | 0.900 | 0.600 | 8 / 10 |" in md
    assert "| seed | dateparser | error: RuntimeError: boom | | | |" in md
    assert "| timebank | dateparser |" not in md
    assert "no `chronik eval` figures (re-run `make bench`): dateparser on timebank." in md
    assert "fallback" not in md
    assert "| dateparser | en | 3 (3) | 12.50 | 150.0 | 160.0 | 0.25 | 40 | 280.0 (2) | 90.0 | 3.5 |" in md
    assert "load average up to 3.5 on 2 cores" in md
    assert "| dateparser | en | 2.0 | 0.250 | 0.200 | 7 | 10.0× | 0.5 |" in md
    assert "| heideltime-py | en | 2.0 | 2.500 | 2.400 | 7 | 1.0× | 0.5 |" in md
    assert "| heideltime-py | de | error: exit 1: no java |" in md
    assert "- `python -c pass`: 0.016 s (median of 7)" in md
    assert "| dateparser | en | 0.01 s | 0.1 s | skipped |" in md
    assert "chronik API not available" in md
    assert "Fake CPU" in md
    assert "dateparser 9.9" in md
    assert "python -m bench.run --quick" in md
    assert ("![time against document length](scaling.png)" in md) == HAS_MPL


def test_report_preserves_text_outside_markers(tmp_path: Path) -> None:
    existing = (
        f"# Title\n\nintro by the lead\n\n{report.BEGIN}\nold figures\n{report.END}\n\n## Other section\n"
    )
    md = _run(tmp_path, existing)
    assert md.startswith("# Title\n\nintro by the lead\n\n")
    assert md.endswith(f"{report.END}\n\n## Other section\n")
    assert "old figures" not in md
    again = _run(tmp_path, md)
    assert again == md
