"""Reading many files: dispatch on extension, deterministic order, one result per document or error."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from chronik.errors import ChronikError, InputError
from chronik.io._gold import GoldDocument
from chronik.io._json import read_json, read_jsonl
from chronik.io._plain import read_plain
from chronik.io._text import DEFAULT_MAX_BYTES, read_text
from chronik.io._timeml import read_timeml
from chronik.model import Document

__all__ = ["LoadError", "LoadResult", "iter_documents", "iter_files", "read_documents", "read_gold"]

TIMEML_SUFFIXES = frozenset({".tml", ".xml", ".timeml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be read; batch callers report it and go on."""

    path: Path
    error: ChronikError

    @property
    def message(self) -> str:
        return str(self.error)


LoadResult: TypeAlias = Document | LoadError


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | LoadError]:
    """Files under ``paths`` (directories recursively, hidden entries skipped), sorted per argument."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                (f for f in path.rglob("*")
                 if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts)),
                key=lambda f: f.relative_to(path).as_posix(),
            )
            yield from found
        elif path.is_file():
            yield path
        else:
            yield LoadError(path, InputError("no such file or directory", source=str(path)))


def read_gold(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> GoldDocument:
    """One TimeML file as a :class:`GoldDocument`."""
    return read_timeml(read_text(path, max_bytes=max_bytes), source=str(path))


def read_documents(path: str | os.PathLike[str], *, lang: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """The documents of one file: TimeML (``.tml``/``.xml``), JSON, JSONL, else plain text."""
    path = Path(path)
    source = str(path)
    text = read_text(path, max_bytes=max_bytes)
    suffix = path.suffix.lower()
    if suffix in TIMEML_SUFFIXES:
        return [read_timeml(text, source).as_document(lang)]
    if suffix in JSON_SUFFIXES:
        docs = read_json(text, source)
    elif suffix in JSONL_SUFFIXES:
        docs = read_jsonl(text, source)
    else:
        return [read_plain(text, source, doc_id=path.stem, lang=lang)]
    if lang is not None:
        docs = [d if d.lang else Document(d.text, d.dct, lang, d.id, d.meta) for d in docs]
    return docs


def iter_documents(paths: Iterable[str | os.PathLike[str]], *, lang: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[LoadResult]:
    """Every document under ``paths``, or a :class:`LoadError` per file that failed (never dropped)."""
    for item in iter_files(paths):
        if isinstance(item, LoadError):
            yield item
            continue
        try:
            docs = read_documents(item, lang=lang, max_bytes=max_bytes)
        except ChronikError as exc:
            yield LoadError(item, exc)
            continue
        yield from docs
