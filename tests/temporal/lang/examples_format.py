"""What the example files (``examples.toml``, the held-out sets) share: locating an annotated timex."""

from __future__ import annotations


def locate(text: str, needle: str) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text``: its first occurrence, or the N-th for ``"Mai@2"``."""
    nth = 1
    if "@" in needle:
        needle, n = needle.rsplit("@", 1)
        nth = int(n)
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            raise AssertionError(f"timex text {needle!r} (occurrence {nth}) is not in the example")
    return start, start + len(needle)
