"""Errors raised by chronik.

Every message names the document (or file) and the problem, so that a batch run can report it and go on.

    ChronikError
    ├── InputError                 the input cannot be read as a document
    │   ├── EncodingError          not valid text in the declared/expected encoding
    │   ├── BinaryInputError       looks like a binary file (NUL bytes, control characters)
    │   ├── InputTooLargeError     larger than the configured limit
    │   ├── EmptyInputError        no text at all
    │   └── TimeMLError            malformed TimeML (unbalanced tags, bad attributes, no TEXT)
    ├── DateError                  a document date or reference date that is not a real date ("2019-13-45")
    ├── LanguageError              unknown or unsupported language, or one that cannot be detected
    ├── LexiconError               a language resource failed validation when loading
    └── UsageError                 the caller asked for something impossible (bad option, missing path)
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "ChronikError",
    "DateError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "InputTooLargeError",
    "LanguageError",
    "LexiconError",
    "TimeMLError",
    "UsageError",
]


class ChronikError(Exception):
    """Base class of every error chronik raises on purpose.

    ``source`` names the document or file the problem belongs to (``None`` when there is none).
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(ChronikError):
    """The input cannot be read as a document."""


class EncodingError(InputError):
    """The bytes are not valid text in the expected encoding."""


class BinaryInputError(InputError):
    """The input looks like a binary file, not text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class EmptyInputError(InputError):
    """The input holds no text."""


class TimeMLError(InputError):
    """The input is not well-formed TimeML."""


class DateError(ChronikError):
    """A document or reference date that is not a real calendar date."""


class LanguageError(ChronikError):
    """An unknown or unsupported language, or one that cannot be detected."""


class LexiconError(ChronikError):
    """A language resource (lexicon, rules) failed validation."""


class UsageError(ChronikError):
    """The caller asked for something that cannot be done."""
