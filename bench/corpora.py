"""The gold corpora (../shared/corpora, see its README) and the documents made from them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bench.types import Doc
from chronik.io import GoldDocument, read_gold

REPO = Path(__file__).resolve().parent.parent


def corpora_root() -> Path:
    env = os.environ.get("CHRONIK_CORPORA")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared" / "corpora",
                                                Path("/work/shared/corpora")]:
        if cand.is_dir():
            return cand
    raise FileNotFoundError("gold corpora not found: set CHRONIK_CORPORA or put shared/ beside the repo")


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    lang: str
    path: str  # relative to the corpora root
    dct_override: str | None = None  # the DCT given to taggers, when the gold's is not the input's

    @property
    def gold_dir(self) -> Path:
        return corpora_root() / self.path

    def gold(self) -> list[GoldDocument]:
        return [read_gold(p) for p in sorted(self.gold_dir.glob("*.tml"))]

    def docs(self) -> list[Doc]:
        # the raw DCT value: TBAQ's may carry a time of day, which the peers are given as such
        return [Doc(file_name(g), g.text, self.lang, self.dct_override or g.dct_value)
                for g in self.gold()]


def file_name(gold: GoldDocument) -> str:
    """The gold file's name, which the system output for that document takes."""
    return Path(gold.source).name


CORPORA: dict[str, Corpus] = {
    c.name: c
    for c in [
        Corpus("dolomiten-42", "de", "de/krauts/Dolomiten-42/gold"),
        Corpus("dolomiten-100", "de", "de/krauts/Dolomiten-100/gold"),
        # the seed article's input carries only "date 2019-01": tag with the month, score against the day
        Corpus("seed", "de", "de/seed", dct_override="2019-01"),
        Corpus("timebank", "en", "en/tbaq/TimeBank"),
        Corpus("aquaint", "en", "en/tbaq/AQUAINT"),
    ]
}

# the documents timed for speed, per language
SPEED_CORPUS = {"de": "dolomiten-100", "en": "timebank"}


def concatenated(texts: list[str], size: int) -> str:
    """About ``size`` UTF-8 bytes of news text: corpus texts joined by blank lines, repeated as needed,
    cut at the last whitespace before the limit."""
    parts: list[str] = []
    n = 0
    k = 0
    while n < size:
        t = texts[k % len(texts)].strip()
        parts.append(t)
        n += len(t.encode("utf-8")) + 2
        k += 1
    text = "\n\n".join(parts)
    raw = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    cut = max(raw.rfind(" "), raw.rfind("\n"))
    return raw[:cut] if cut > size // 2 else raw
