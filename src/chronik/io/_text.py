"""Safe loading of text: size limit, binary detection, encodings, empty input.

The text is returned exactly as decoded (only a byte-order mark is stripped): line ends are NOT
normalized, because every span chronik reports must point into the original text.
"""

from __future__ import annotations

import os
from pathlib import Path

from chronik.errors import BinaryInputError, EmptyInputError, EncodingError, InputError, InputTooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "read_bytes", "read_text"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters that do not occur in text (everything below 0x20 except \t \n \v \f \r, and DEL).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D} | {0x7F}
_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.05


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path``; reads at most ``max_bytes + 1`` bytes and raises if there are more."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from None
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"larger than the limit of {max_bytes} bytes (raise max_bytes to read it)", source=source
        )
    return data


def read_text(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Read a file (or decode bytes) as text, rejecting what is not text.

    Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Raises :class:`InputTooLargeError`,
    :class:`BinaryInputError`, :class:`EncodingError` (naming the byte offset) or
    :class:`EmptyInputError`; every message names ``source`` (default: the path, or ``"<bytes>"``).
    """
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
        source = source or "<bytes>"
        if len(data) > max_bytes:
            raise InputTooLargeError(f"larger than the limit of {max_bytes} bytes", source=source)
    else:
        source = source or str(Path(path_or_bytes))
        data = read_bytes(path_or_bytes, max_bytes=max_bytes)
    text = decode(data, source=source)
    if not text.strip():
        raise EmptyInputError("the input is empty (no text)", source=source)
    return text


def decode(data: bytes, *, source: str) -> str:
    """Decode bytes as UTF-8 (BOM optional) or BOM-marked UTF-16; see :func:`read_text`."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 at byte {exc.start}",
                source=source,
            ) from None
    _check_binary(data, source)
    offset = 0
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        offset = len(_UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise EncodingError(
            f"not valid UTF-8 at byte {exc.start + offset} (0x{bad}); save the file as UTF-8"
            " (latin-1/cp1252 files must be converted first)",
            source=source,
        ) from None


def _check_binary(data: bytes, source: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError(f"looks like a binary file (NUL byte at offset {nul})", source=source)
    sample = data[:_SAMPLE]
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL)
        if controls / len(sample) > _MAX_CONTROL_RATIO:
            raise BinaryInputError(
                f"looks like a binary file ({controls} control characters in the first {len(sample)} bytes)",
                source=source,
            )
