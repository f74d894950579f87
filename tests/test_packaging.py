"""The distribution's metadata tells the truth about what ships in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project: dict[str, object] = tomllib.load(f)["project"]
    return project


def test_licence_expression_covers_the_share_alike_ontology() -> None:
    # ontology.tsv adapts PLOVER's CC BY-SA 4.0 table: the wheel must not claim Apache-2.0 alone
    assert (ROOT / "src/chronik/events/data/ontology.tsv").is_file()
    assert _project()["license"] == "Apache-2.0 AND CC-BY-SA-4.0"


def test_licence_files_exist() -> None:
    files = _project()["license-files"]
    assert isinstance(files, list)
    assert files
    for name in files:
        assert (ROOT / name).is_file(), name
    assert "Apache License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
