"""The public surface is pinned: adding or removing a name is a deliberate change."""

import pytest

import chronik

EXPECTED = {
    "BinaryInputError", "ChronikError", "DateError", "DctInfo", "Document", "DocumentRecord",
    "EmptyInputError", "EncodingError", "InputError", "InputTooLargeError", "Interval", "LanguageError",
    "LexiconError", "Mention", "PartialDate", "ReferenceContext", "Resolution", "Span", "Timex",
    "TimeMLError", "UsageError", "__version__", "available_languages", "detect_language", "process",
    "resolve", "tag",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exported_members_present(name: str) -> None:
    assert hasattr(chronik, name)


def test_exported_members_exact() -> None:
    assert set(chronik.__all__) == EXPECTED
