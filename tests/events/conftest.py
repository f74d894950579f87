"""Fixtures for the event-data tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.events.actors import Registry, load_registry

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "events"
_FALLBACK = Path("/work/shared/events")


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="session")
def shared_events() -> Path:
    for base in (SHARED, _FALLBACK):
        if (base / "petrarch2-validation").is_dir():
            return base
    pytest.skip("../shared/events (PETRARCH validation dictionaries) is not available")
