from __future__ import annotations

import pytest

import chronik.eval
import chronik.io


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            chronik.io,
            [
                "DEFAULT_MAX_BYTES",
                "GoldDocument",
                "GoldEvent",
                "GoldTimex",
                "LoadError",
                "LoadResult",
                "iter_documents",
                "iter_files",
                "parse_dct_value",
                "read_documents",
                "read_gold",
                "read_json",
                "read_jsonl",
                "read_plain",
                "read_text",
                "read_timeml",
                "record_to_dict",
                "records_to_json",
                "records_to_jsonl",
                "records_to_table",
                "split_date_prefix",
                "timeml_from_record",
                "write_timeml",
            ],
        ),
        (
            chronik.eval,
            [
                "Counts",
                "DocScore",
                "ErrorItem",
                "Prediction",
                "Report",
                "Scores",
                "Tagger",
                "align_spans",
                "combine",
                "load_system",
                "normalize_value",
                "score",
                "tag_gold",
            ],
        ),
    ],
)
def test_io_exports_are_pinned(module: object, names: list[str]) -> None:
    assert sorted(module.__all__) == names  # type: ignore[attr-defined]
    assert all(hasattr(module, n) for n in names)
