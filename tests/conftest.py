"""Shared fixtures and helpers (fixtures live only here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_corpora() -> Path:
    """``../shared/corpora`` next to the repository.

    Skips the calling test with a visible reason when the corpora are absent, unless
    ``CHRONIK_REQUIRE_CORPORA=1``, in which case the test fails instead.
    """
    for root in (REPO_ROOT, *REPO_ROOT.parents):
        candidate = root.parent / "shared" / "corpora"
        if (root / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    candidate = REPO_ROOT.parent / "shared" / "corpora"
    if candidate.is_dir():
        return candidate
    message = f"gold corpora not found at {candidate}"
    if os.environ.get("CHRONIK_REQUIRE_CORPORA") == "1":
        pytest.fail(f"{message} (CHRONIK_REQUIRE_CORPORA=1)")
    pytest.skip(f"{message}; set CHRONIK_REQUIRE_CORPORA=1 to make this a failure")


@pytest.fixture
def corpora() -> Path:
    """The shared gold corpora (see :func:`shared_corpora`)."""
    return shared_corpora()
