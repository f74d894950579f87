from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from chronik.eval import align_spans, load_system
from chronik.eval._cli import register, run
from chronik.io import GoldDocument, read_gold, write_timeml
from chronik.model import Span

TEXT = "Am Donnerstag kam er."
ITEMS = [(Span(3, 13), {"type": "DATE", "value": "2019-01-10"})]


@pytest.mark.parametrize(
    ("system_text", "gold_text", "spans", "expected"),
    [
        ("a  bc d", "a bc d", [Span(3, 5)], [Span(2, 4)]),
        ("a bc d", "a bc d", [Span(2, 4)], [Span(2, 4)]),
        ("a bX d", "a bc d", [Span(2, 4)], None),
    ],
)
def test_system_align_spans(
    system_text: str, gold_text: str, spans: list[Span], expected: list[Span] | None
) -> None:
    assert align_spans(system_text, gold_text, spans) == expected


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(write_timeml(text, doc_id=name, dct="2019-01-10", timexes=ITEMS), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("system_text", "problem", "relaxed"),
    [
        (TEXT, None, 1),
        ("Am  Donnerstag kam er.", "whitespace only", 0),  # tag now covers " Donnerst": still overlaps
        ("Am Freitag kam er.", "differs from the gold text", 0),
        (None, "is missing", 0),
    ],
)
def test_system_load_reports_problems(
    tmp_path: Path, system_text: str | None, problem: str | None, relaxed: int
) -> None:
    gold = [read_gold(_write(tmp_path / "gold", "a.tml", TEXT))]
    if system_text is not None:
        _write(tmp_path / "sys", "a.tml", system_text)
    preds, problems = load_system(gold, tmp_path / "sys")
    if problem is None:
        assert problems == {}
        assert preds["a.tml"][0].span == Span(3, 13)
    else:
        assert problem in problems["a.tml"]


@pytest.mark.parametrize("fmt", ["text"])
def test_system_cli_uses_tagger_without_system(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "gold", "a.tml", TEXT)
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["eval", str(tmp_path / "gold"), "--format", fmt, "--errors"])

    def tagger(doc: GoldDocument) -> list[tuple[Span, str, str]]:
        return [(Span(3, 13), "DATE", "2019-01-09")]

    assert run(args, tagger) == 0
    out = capsys.readouterr().out
    assert "relaxed 1.000 1.000 1.000" in " ".join(out.split())
    assert "value    a.tml 3–13: gold DATE '2019-01-10' vs system DATE '2019-01-09'" in out
    assert "Am [Donnerstag] kam er." in out
    assert run(args, None) == 2
