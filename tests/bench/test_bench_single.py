"""The single-article commands are what a user runs, and they run."""

import subprocess
import sys
from pathlib import Path

import pytest
from bench.types import Doc, Unavailable

from bench import single

DOC = Doc("a.txt", "Kim reiste am Dienstag nach Peking.", "de", "2019-01")


def test_python_tools_run_a_few_user_lines_with_the_article_language_and_dates(tmp_path: Path) -> None:
    cmd = single.command("chronik", tmp_path / "a.txt", DOC)
    assert cmd[:2] == [sys.executable, "-c"]
    assert "chronik.tag(" in cmd[2]
    assert "bench" not in cmd[2]  # no harness code in the measured process
    assert cmd[3:] == [str(tmp_path / "a.txt"), "de", "2019-01", "2019-01-01"]


def test_cli_command_passes_language_and_dct(tmp_path: Path) -> None:
    cmd = single.command("chronik-cli", tmp_path / "a.txt", DOC)
    assert cmd[-8:] == ["tag", str(tmp_path / "a.txt"), "--lang", "de", "--dct", "2019-01",
                        "--format", "json"]


def test_unknown_tool_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(Unavailable):
        single.command("nonesuch", tmp_path / "a.txt", DOC)


@pytest.mark.parametrize("tool", ["chronik", "chronik-cli"])
def test_chronik_single_article_commands_succeed(tool: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DOC.text, encoding="utf-8")
    proc = subprocess.run(single.command(tool, path, DOC), capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()


def test_measure_reports_runs_and_median() -> None:
    r = single.measure("chronik", DOC, runs=2)
    assert r["runs"] == 2
    assert len(r["walls"]) == 2
    assert r["min_s"] <= r["median_s"]
    assert r["bytes"] == len(DOC.text.encode("utf-8"))


def test_floor_rows_measure_bare_interpreters() -> None:
    floor = single.measure_floor(runs=1)
    assert set(floor) == set(single.FLOOR)
    assert all(r["median_s"] > 0 for r in floor.values())
