"""Pluggable linguistic analysis: sentences and tokens with lemma, part of speech and offsets.

The default :class:`SimpleAnalyzer` needs nothing beyond simplemma (lemmas; data ships in its wheel):
sentences and tokens come from two compiled regular expressions, the part of speech from closed-class
word lists and capitalisation (coarse, Universal POS names). :class:`SpacyAnalyzer` wraps a spaCy
pipeline the user has installed (spaCy is imported lazily, never required).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

__all__ = ["Analyzer", "Sentence", "SimpleAnalyzer", "SpacyAnalyzer", "Token", "WordTest", "word_info"]


class Token(NamedTuple):
    """A token: text, half-open offsets into the original text, lemma and coarse POS (UPOS).
    (A named tuple: documents have hundreds of thousands of them, and tuples are cheap to make.)"""

    text: str
    start: int
    end: int
    lemma: str
    pos: str


class Sentence(NamedTuple):
    start: int
    end: int
    tokens: tuple[Token, ...]


class Analyzer(Protocol):
    """What the event extractor needs from a linguistic backend."""

    def analyze(self, text: str, lang: str) -> Sequence[Sentence]: ...


_WORD = re.compile(r"\w+(?:[-'’.]\w+)*-?")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*-?|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? (optionally followed by closing quotes) before whitespace and an upper-case
# letter, a digit or an opening quote; a blank line always ends one. Ordinals ("am 9. Januar") and
# single-letter initials do not end a sentence. (The punctuation comes first and the look-behinds look
# back over it: the same matches as checking them before it, without three look-behinds at every
# position of the text.)
_SENT_END = re.compile(r"[.!?](?<!\b\d[.!?])(?<!\b\d\d[.!?])(?<!\b[A-Z][.!?])[\"”“'»«]?"
                       r"(?=\s+[\"„“«»(]?[A-ZÄÖÜ0-9])|\n\s*\n")

_CLOSED: dict[str, dict[str, str]] = {
    "de": {w: p for p, ws in {
        "DET": "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
               "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dieser diese dieses diesen",
        "ADP": "in im ins nach von vom zu zum zur mit bei beim an am auf aus für gegen über unter vor "
               "zwischen durch um ohne seit bis laut trotz wegen während zufolge anlässlich",
        "PRON": "er sie es ihn ihm wir ihr man sich",
        "CCONJ": "und oder aber doch sondern",
        "SCONJ": "dass daß weil wenn falls ob als bevor nachdem obwohl sofern damit",
        "AUX": "ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien soll sollen "
               "will wollen wolle kann können könnte könnten würde würden",
        "PART": "nicht nie niemals",
    }.items() for w in ws.split()},
    "en": {w: p for p, ws in {
        "DET": "the a an his her its their this that these those no all some many several any each every",
        "ADP": "in on at to from by with of for against after before during since until into over "
               "between among about",
        "PRON": "he she it they him them we i you",
        "CCONJ": "and or but",
        "SCONJ": "that because if unless whether when while although",
        "AUX": "is are was were be been being has have had will would shall should can could may might "
               "must do does did",
        "PART": "not never n't",
    }.items() for w in ws.split()},
}


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    from simplemma import lemmatize  # imported lazily: tagging alone must not load it

    try:
        return str(lemmatize(word, lang=lang))
    except ValueError:  # a language simplemma does not know: the word is its own lemma
        return word


class WordTest:
    """A pure test on word forms, memoised per form (bounded). :meth:`any_of` asks about all the words
    of a sentence with set operations, so that forms seen before cost no Python call each."""

    LIMIT = 200_000

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def __call__(self, word: str) -> bool:
        if word in self._yes:
            return True
        if word in self._no:
            return False
        if len(self._yes) + len(self._no) > self.LIMIT:
            self._yes.clear()
            self._no.clear()
        hit = self._test(word)
        (self._yes if hit else self._no).add(word)
        return hit

    def any_of(self, words: list[str]) -> bool:
        """``any(map(self, words))``, in bulk."""
        if not self._yes.isdisjoint(words):
            return True
        return any(map(self, set(words).difference(self._no)))


class SimpleAnalyzer:
    """Regex sentences and tokens, simplemma lemmas, closed-class/capitalisation POS."""

    def analyze(self, text: str, lang: str, select: Callable[[str], bool] | None = None) -> list[Sentence]:
        """Sentences with their tokens. With ``select`` (a test on word forms), sentences in which no
        word passes keep their offsets but get no tokens: callers that only look at some sentences do
        not pay for analysing the others."""
        out: list[Sentence] = []
        start = 0
        bounds = [m.end() if m.group().strip() else m.start() for m in _SENT_END.finditer(text)]
        for end in [*bounds, len(text)]:
            if select is not None and not (select.any_of if isinstance(select, WordTest) else _any(select))(
                    _WORD.findall(text, start, end)):
                stripped = text[start:end].strip()
                if stripped:
                    lead = start + text[start:end].index(stripped[0])
                    out.append(Sentence(lead, lead + len(stripped), ()))
                start = end
                continue
            tokens = self._tokens(text, start, end, lang)
            if tokens:
                out.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
            start = end
        return out

    @staticmethod
    def _tokens(text: str, start: int, end: int, lang: str) -> tuple[Token, ...]:
        out: list[Token] = []
        append, make, info = out.append, tuple.__new__, word_info  # tuple.__new__: Token._make, inlined
        first = True
        for m in _TOKEN.finditer(text, start, end):
            word = m.group()
            lemma, inner, initial = info(word, lang)
            append(make(Token, (word, m.start(), m.end(), lemma, initial if first else inner)))
            first = False
        return tuple(out)


def _any(test: Callable[[str], bool]) -> Callable[[list[str]], bool]:
    return lambda words: any(map(test, words))


@lru_cache(maxsize=200_000)
def word_info(word: str, lang: str) -> tuple[str, str, str]:
    """(lemma, POS inside a sentence, POS at its start) of a word form, computed once per form."""
    low = word.lower()
    if not word[0].isalnum():
        return word, "PUNCT", "PUNCT"
    if word[0].isdigit():
        return word, "NUM", "NUM"
    closed = _CLOSED.get(lang, {})
    if low in closed:
        return low, closed[low], closed[low]
    lemma = _lemma(word, lang)
    # capitalised inside a sentence: a noun (German) or a name (English); else open class, undecided
    upper = ("NOUN" if lang == "de" else "PROPN") if word[0].isupper() else "X"
    return lemma, upper, "X"


class SpacyAnalyzer:
    """Adapter for an installed spaCy pipeline (``SpacyAnalyzer("de_core_news_sm")`` or a loaded nlp)."""

    def __init__(self, nlp: str | Callable[[str], Any]) -> None:
        if isinstance(nlp, str):
            import importlib  # lazy: spaCy is an optional dependency the user brings

            spacy = importlib.import_module("spacy")
            self._nlp: Callable[[str], Any] = spacy.load(nlp)
        else:
            self._nlp = nlp

    def analyze(self, text: str, lang: str) -> list[Sentence]:
        doc = self._nlp(text)
        out: list[Sentence] = []
        for sent in doc.sents:
            tokens = tuple(Token(t.text, t.idx, t.idx + len(t.text), t.lemma_ or t.text, t.pos_ or "X")
                           for t in sent if not t.is_space)
            if tokens:
                out.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
        return out
