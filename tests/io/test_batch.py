from __future__ import annotations

from pathlib import Path

import pytest

from chronik.errors import BinaryInputError, EncodingError, InputError
from chronik.io import LoadError, iter_documents
from chronik.model import Document


@pytest.mark.parametrize("lang", ["de"])
def test_batch_dispatches_and_reports_bad_files(lang: str, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("date 2019-01 Heute.", encoding="utf-8")
    (tmp_path / "a.tml").write_text("<TimeML><TEXT>Gestern.</TEXT></TimeML>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        '{"id": "j1", "text": "x"}\n{"id": "j2", "text": "y"}\n', encoding="utf-8"
    )
    (tmp_path / "sub" / "d.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "sub" / "e.txt").write_bytes("Grüße".encode("latin-1"))
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    results = list(iter_documents([tmp_path, tmp_path / "nope.txt"], lang=lang))
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, LoadError)]
    assert [d.id for d in docs] == ["a.tml", "b", "j1", "j2"]
    assert all(d.lang == lang for d in docs)
    assert [(e.path.name, type(e.error)) for e in errors] == [
        ("d.bin", BinaryInputError),
        ("e.txt", EncodingError),
        ("nope.txt", InputError),
    ]
    assert all(e.path.name in e.message for e in errors)
