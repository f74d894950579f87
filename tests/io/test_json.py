from __future__ import annotations

import json

import pytest

from chronik.errors import DateError, InputError
from chronik.io import read_json, read_jsonl
from chronik.temporal.calendar import PartialDate


@pytest.mark.parametrize(
    ("raw", "ids", "dcts"),
    [
        ('{"id": "a", "text": "Heute", "date": "2019-01", "lang": "de"}', ["a"], [PartialDate(2019, 1)]),
        (
            '[{"id": "a", "text": "x"}, {"text": "y", "date": "2019-01-10"}]',
            ["a", "f.json:2"],
            [None, PartialDate(2019, 1, 10)],
        ),
    ],
)
def test_json_reads_object_or_list(raw: str, ids: list[str], dcts: list[PartialDate | None]) -> None:
    docs = read_json(raw, "f.json")
    assert [d.id for d in docs] == ids
    assert [d.dct for d in docs] == dcts


@pytest.mark.parametrize(
    ("raw", "error", "pattern"),
    [
        ('{"id": "a",\n "text": }', InputError, r"f\.json: invalid JSON at line 2"),
        ('[{"id": "a", "txt": "x"}]', InputError, r"record 1 \(id 'a'\) has no 'text'"),
        ('{"text": "x", "date": "2019-13-45"}', DateError, r"record 1: month 13"),
        ("[1]", InputError, "must be a JSON object"),
    ],
)
def test_json_bad_input(raw: str, error: type[Exception], pattern: str) -> None:
    with pytest.raises(error, match=pattern):
        read_json(raw, "f.json")


@pytest.mark.parametrize(
    ("lines", "pattern"),
    [
        (['{"text": "a"}', "", '{"text": '], r"invalid JSON at line 3"),
        (['{"text": "a"}', '{"id": 7}'], r"record at line 2 \(id 7\) has no 'text'"),
    ],
)
def test_jsonl_bad_input_names_line(lines: list[str], pattern: str) -> None:
    with pytest.raises(InputError, match=pattern):
        read_jsonl("\n".join(lines), "f.jsonl")


@pytest.mark.parametrize("records", [[{"id": "a", "text": "x"}, {"id": "b", "text": "y", "lang": "en"}]])
def test_jsonl_reads_lines(records: list[dict[str, str]]) -> None:
    docs = read_jsonl("\n".join(json.dumps(r) for r in records) + "\n\n", "f.jsonl")
    assert [(d.id, d.text, d.lang) for d in docs] == [("a", "x", None), ("b", "y", "en")]
