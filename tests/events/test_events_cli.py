"""The ``chronik events`` subcommand and the output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from chronik import Document, PartialDate, process
from chronik.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, main
from chronik.events import Event, TableResolver
from chronik.events.output import events_to_csv, events_to_json, events_to_jsonl, events_to_table

DATA = Path(__file__).parent / "data"
TEXT = "Merkel hat am Montag Putin in Berlin empfangen. Putin warf der Nato am Dienstag Aggression vor."


def _events() -> tuple[Event, ...]:
    doc = Document(TEXT, PartialDate.parse("2019-05-15"), "de", "d1")
    return process(doc, resolver=TableResolver.from_toml(DATA / "actors.toml")).events


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(["events", *argv], out=out, err=err)
    return rc, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_cli_formats(tmp_path: Path, fmt: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Trump criticized China on Monday.", encoding="utf-8")
    rc, text, err = _run(str(f), "--lang", "en", "--dct", "2019-05-15", "--format", fmt)
    assert rc == EXIT_OK, err
    if fmt == "json":
        rows = json.loads(text)
        assert rows[0]["cameo"] == "111"
        assert rows[0]["value"] == "2019-05-13"
    elif fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["trigger"] == "criticized"
    elif fmt == "csv":
        assert next(csv.DictReader(io.StringIO(text)))["modality"] == "ASSERTED"
    else:
        assert "criticized" in text


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_cli_streams_one_header_over_many_documents(tmp_path: Path, fmt: str) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("Trump criticized China on Monday.", encoding="utf-8")
    rc, text, err = _run(str(tmp_path), "--lang", "en", "--dct", "2019-05-15", "--format", fmt)
    assert rc == EXIT_OK, err
    lines = text.splitlines()
    assert len(lines) == 4
    assert sum(1 for line in lines if line.startswith(("doc_id", "when"))) == 1


@pytest.mark.parametrize("bad", ["2019-13-45"])
def test_cli_bad_dct(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    rc, _, err = _run(str(f), "--dct", bad)
    assert rc == EXIT_BAD_INPUT
    assert "month 13" in err


@pytest.mark.parametrize("missing", ["does-not-exist.txt"])
def test_cli_missing_file_is_a_usage_error_as_for_tag(tmp_path: Path, missing: str) -> None:
    rc, _, err = _run(str(tmp_path / missing), "--lang", "en")
    assert rc == EXIT_USAGE
    assert missing in err


def test_cli_bad_file_is_reported_and_the_others_go_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trump criticized China on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    rc, text, err = _run(str(tmp_path), "--lang", "en", "--dct", "2019-05-15", "--format", "jsonl")
    assert rc == EXIT_BAD_INPUT
    assert "chronik events: skipped" in err
    assert "b.txt" in err
    assert json.loads(text.splitlines()[0])["cameo"] == "111"


def test_cli_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Merkel criticized Putin on Monday."), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    rc, text, err = _run("-", "--lang", "en", "--dct", "2019-05-15", "--format", "jsonl")
    assert rc == EXIT_OK, err
    assert json.loads(text.splitlines()[0])["value"] == "2019-05-13"


@pytest.mark.parametrize("render", [events_to_json, events_to_jsonl, events_to_csv, events_to_table])
def test_output_round_trip(render: object) -> None:
    events = _events()
    assert len(events) == 2
    text = render(events)  # type: ignore[operator]
    assert "Putin" in text


@pytest.mark.parametrize("field", ["id", "doc_id", "start", "end", "cameo", "plover", "source", "target",
                                   "modality", "when", "grain", "value", "date_source", "reported_on",
                                   "confidence", "evidence"])
def test_output_schema(field: str) -> None:
    row = json.loads(events_to_json(_events()))[0]
    assert field in row
    assert TEXT[row["start"]:row["end"]] == row["trigger"]


@pytest.mark.parametrize("text", ["Kim besuchte China.", ""])
def test_tag_does_not_extract_events(text: str) -> None:
    import chronik

    doc = Document(text or " ", PartialDate.parse("2019-01-10"), "de")
    assert chronik.process(doc, events=False).events == ()


@pytest.mark.parametrize(("argv", "code"), [(["--format", "jsonl"], 0), (["--dct", "nope"], 3)])
def test_chronik_events_subcommand(tmp_path: Path, argv: list[str], code: int) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Merkel criticized Putin on Monday.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["events", str(f), "--lang", "en", *argv], out=out, err=err) == code
    if code == 0:
        assert json.loads(out.getvalue().splitlines()[0])["cameo"] == "111"


@pytest.mark.parametrize("call", ["chronik.tag('Kim reiste am Mittwoch ab.', lang='de', dct='2019-01-10')"])
def test_tag_loads_no_event_module(call: str) -> None:
    import subprocess
    import sys

    code = (f"import sys, chronik; {call}; "
            "print(sorted(m for m in sys.modules if m.startswith('chronik.events')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
