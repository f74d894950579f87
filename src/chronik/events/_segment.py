"""Sentence and clause segmentation for event extraction: the clause breaks, the closed word classes,
the words that open a relative clause, and the bound on a sentence's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronik.events.analysis import Sentence

_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "(", ")"})


_CLOSED_POS = frozenset({"PUNCT", "NUM", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})


_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher", "which", "who", "whom"})


MAX_TOKENS = 120  # a longer "sentence" (lists, missing punctuation) is cut at clause breaks


def _bounded(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences of at most ``MAX_TOKENS`` tokens, so that the per-sentence work is bounded and the
    whole document is processed in linear time; over-long ones are cut at the last clause break
    (, ; : – …) before the limit, or at the limit."""
    out: list[Sentence] = []
    for sent in sentences:
        toks = sent.tokens
        while len(toks) > MAX_TOKENS:
            cut = next((k + 1 for k in range(MAX_TOKENS - 1, MAX_TOKENS // 2, -1) if toks[k].text in _BREAKS),
                       MAX_TOKENS)
            out.append(Sentence(toks[0].start, toks[cut - 1].end, toks[:cut]))
            toks = toks[cut:]
        if toks or not sent.tokens:
            out.append(Sentence(toks[0].start, toks[-1].end, toks) if toks else sent)
    return out
