"""The command line: formats, directories, stdin, exit codes, and bad input that never tracebacks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from chronik.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, main

SEED_LIKE = "date 2019-01-10\nKim hatte bereits am Mittwoch seinen Besuch beendet, am 25. Februar 2010.\n"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table", "timeml"])
def test_cli_tag_formats(article: Path, fmt: str) -> None:
    code, out, err = _run("tag", str(article), "--lang", "de", "--format", fmt)
    assert code == EXIT_OK, err
    assert "2019-01-09" in out


@pytest.mark.parametrize("fmt", ["jsonl"])
def test_cli_tag_jsonl_is_one_record_per_line(article: Path, fmt: str) -> None:
    code, out, _ = _run("tag", str(article), "--lang", "de", "--format", fmt)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_OK
    assert [t["value"] for t in records[0]["timexes"]] == ["2019-01-09", "2010-02-25"]


@pytest.mark.parametrize("dct", ["2019-01-17"])
def test_cli_tag_dct_overrides_input(article: Path, dct: str) -> None:
    _, out, _ = _run("tag", str(article), "--lang", "de", "--dct", dct, "--format", "jsonl")
    assert json.loads(out)["timexes"][0]["value"] == "2019-01-16"


@pytest.mark.parametrize("name", ["b.tml"])
def test_cli_tag_timeml_directory_keeps_names_text_and_dct(tmp_path: Path, name: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_text(
        '<?xml version="1.0"?>\n<TimeML><DOCID>b</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2019-01-10"'
        ' functionInDocument="CREATION_TIME">2019-01-10</TIMEX3></DCT>\n<TEXT>Er kam am Mittwoch &amp; ging.'
        '</TEXT></TimeML>\n', encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, err = _run("tag", str(src), "--lang", "de", "--format", "timeml", "--out", str(out_dir))
    assert code == EXIT_OK, err
    from chronik.io import read_timeml

    written = read_timeml((out_dir / name).read_text(encoding="utf-8"), name)
    assert written.text == "Er kam am Mittwoch & ging."
    assert str(written.dct) == "2019-01-10"
    assert [(t.text, t.value) for t in written.timexes] == [("Mittwoch", "2019-01-09")]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Grüße am Mittwoch".encode("latin-1"), "UTF-8"),
        (b"", "empty"),
        (b"date 2019-13-45\nText", "month 13"),
        (b"<TimeML><TEXT>unclosed <TIMEX3 tid='t1'>x</TEXT></TimeML>", "TIMEX3"),
    ],
)
def test_cli_tag_bad_file_is_reported_and_batch_goes_on(tmp_path: Path, content: bytes, needle: str) -> None:
    (tmp_path / "good.txt").write_text(SEED_LIKE, encoding="utf-8")
    bad = tmp_path / ("bad.tml" if content.startswith(b"<") else "bad.txt")
    bad.write_bytes(content)
    code, out, err = _run("tag", str(tmp_path), "--lang", "de", "--format", "jsonl")
    assert code == EXIT_BAD_INPUT
    assert "bad." in err
    assert needle.lower() in err.lower()
    assert "Traceback" not in err
    assert len(out.splitlines()) == 1  # the good document is still there


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["tag", "/no/such/path"], EXIT_USAGE),
        (["tag", "--lang", "xx", "-"], EXIT_USAGE),
        (["tag", "--dct", "2019-13-45", "-"], EXIT_BAD_INPUT),
        (["frobnicate"], EXIT_USAGE),
    ],
)
def test_cli_exit_codes(argv: list[str], code: int) -> None:
    got, _, err = _run(*argv)
    assert got == code
    assert "Traceback" not in err


@pytest.mark.parametrize("text", ["Er kam am Mittwoch."])
def test_cli_explain_shows_rule_and_anchor(text: str) -> None:
    code, out, _ = _run("explain", text, "--lang", "de", "--dct", "2019-01-10")
    assert code == EXIT_OK
    assert "rule      weekday" in out
    assert "anchor    DCT = 2019-01-10" in out


@pytest.mark.parametrize("text", ["Zzzxq vbnm qwrt."])
def test_cli_undetectable_language_is_a_clear_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    code, _, err = _run("tag", str(path))
    assert code == EXIT_BAD_INPUT
    assert "language" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("text", "meaning"), [
    ("Gestern Abend kam er.", "Intersect(a=Cycle(grain=DAY, offset=-1), b=Fields(part_of_day='EV'))"),
])
def test_cli_explain_meaning_shows_only_set_fields(text: str, meaning: str) -> None:
    _, out, _ = _run("explain", text, "--lang", "de", "--dct", "2019-01-10")
    assert f"meaning   {meaning}" in out
