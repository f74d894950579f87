from __future__ import annotations

import time
from pathlib import Path

import pytest

from chronik.errors import BinaryInputError, EmptyInputError, EncodingError, InputError, InputTooLargeError
from chronik.io import DEFAULT_MAX_BYTES, read_text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Grüße aus Bozen\r\n".encode(), "Grüße aus Bozen\r\n"),
        (b"\xef\xbb\xbf" + "Grüße".encode(), "Grüße"),
        ("Grüße\n".encode("utf-16"), "Grüße\n"),
        ("Grüße".encode("utf-16-be").join([b"\xfe\xff", b""]), "Grüße"),
    ],
)
def test_text_decodes_utf8_bom_and_utf16(data: bytes, expected: str) -> None:
    assert read_text(data) == expected


@pytest.mark.parametrize(
    ("data", "error", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, "NUL byte at offset"),
        (bytes(range(1, 32)) * 20, BinaryInputError, "control characters"),
        ("Grüße aus Südtirol".encode("latin-1"), EncodingError, "not valid UTF-8 at byte 2"),
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\r\n ", EmptyInputError, "empty"),
    ],
)
def test_text_rejects_bad_input(data: bytes, error: type[InputError], fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read_text(path)
    assert fragment in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("size", [DEFAULT_MAX_BYTES + 1])
def test_text_rejects_too_large_file_fast(size: int, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(size)  # sparse file of NUL bytes: the size check must come before any content check
    began = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="larger than the limit"):
        read_text(path)
    assert time.perf_counter() - began < 5


@pytest.mark.parametrize("max_bytes", [10])
def test_text_size_limit_is_a_parameter(max_bytes: int, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x" * (max_bytes + 1), encoding="utf-8")
    with pytest.raises(InputTooLargeError):
        read_text(path, max_bytes=max_bytes)
    path.write_text("x" * max_bytes, encoding="utf-8")
    assert read_text(path, max_bytes=max_bytes) == "x" * max_bytes


@pytest.mark.parametrize("name", ["missing.txt"])
def test_text_missing_file_is_input_error(name: str, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / name)
