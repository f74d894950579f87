"""chronik: time-anchored records of what happened, from dated news articles."""

from chronik.errors import ChronikError

__all__ = ["ChronikError"]
__version__ = "0.1.0"
