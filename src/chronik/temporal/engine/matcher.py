"""Finding mentions: scan once, try rules at candidates, resolve overlaps.

1. One compiled scanner per language (a trie-shaped alternation of every word a rule can start with,
   plus digits) finds candidate positions in a single regex pass over the text.
2. At each candidate only the rules whose first token can match there are tried, anchored
   (``pattern.match(text, pos)``), never scanning.
3. Overlapping matches are resolved by a named, swappable policy (default: longest, then priority,
   then earliest).

Work per candidate is bounded by the number of rules and :data:`MAX_MATCH` (no rule may match more
than that many characters), so time grows linearly with the length of the text; rule regexes are
anchored and run on a window of at most ``MAX_MATCH`` characters, so no rule can backtrack over more
than that window whatever its shape.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chronik.model import Mention, Span
from chronik.temporal.grammar.language import LanguageSpec, load_language
from chronik.temporal.grammar.lexicon import trie_regex
from chronik.temporal.grammar.rule import ANY, DIGIT, PUNCT, CompiledRule, RuleMatch, compile_rule

__all__ = ["MAX_MATCH", "Candidate", "Grammar", "compile_grammar", "find_mentions", "longest_then_priority"]

MAX_MATCH = 120  # characters: the longest a single temporal expression may be
_WHITESPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    extent: tuple[int, int]
    rule: CompiledRule
    mention: Mention


OverlapPolicy = Callable[[list[Candidate]], list[Candidate]]
_Match = Callable[[str, int, int], "re.Match[str] | None"]  # a compiled rule's bound ``match``


def longest_then_priority(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping extents: the longest extent first (words matched outside it, such as the
    preposition of "zwischen Juni", do not count), then the longest match, then higher priority, then
    earlier."""
    ranked = sorted(candidates, key=lambda c: (-(c.extent[1] - c.extent[0]), -(c.end - c.start),
                                               -c.rule.rule.priority, c.start))
    taken: list[Candidate] = []
    # the kept extents are disjoint, so sorted by start their ends are sorted too: a new extent can only
    # overlap its neighbours in that order (a bisection, not a scan of everything kept so far)
    starts: list[int] = []
    ends: list[int] = []
    for c in ranked:
        start, end = c.extent
        i = bisect.bisect_right(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


class Grammar:
    """The compiled grammar of one language: scanner, rules indexed by start key, left attachment."""

    def __init__(self, spec: LanguageSpec) -> None:
        self.spec = spec
        lex = spec.lexicon
        self.rules = [compile_rule(r, lex, spec.macros, eager=False) for r in spec.rules]
        self._index = {id(cr): i for i, cr in enumerate(self.rules)}
        self._by_key: dict[str, list[CompiledRule]] = {}
        for cr in self.rules:
            for key in cr.keys:
                self._by_key.setdefault(key, []).append(cr)
        # the words that can start a rule: literal first words and every surface of a start table
        trigger_words: set[str] = set()
        self._tables_of: dict[str, set[str]] = {}
        for key in self._by_key:
            if key.startswith("w:"):
                trigger_words.add(key[2:])
            elif key.startswith("@table:"):
                table = key[len("@table:") :]
                for surface in lex.tables[table]:
                    trigger_words.add(surface)
                    self._tables_of.setdefault(surface, set()).add(table)
        self._trigger_words = trigger_words
        # a rule that may start with a punctuation mark is tried at every candidate only if a trigger word
        # starts with that mark (candidates start with a trigger word or a digit)
        marks = {key for key in self._by_key if key.startswith(PUNCT)}
        for key in marks:
            if any(w.startswith(key[len(PUNCT):]) for w in trigger_words):
                for cr in self._by_key[key]:
                    if cr not in self._by_key.setdefault(ANY, []):
                        self._by_key[ANY].append(cr)
        words = trie_regex(sorted(trigger_words)) if trigger_words else "(?!)"
        self.scanner = re.compile(rf"(?<!\w)(?:(?P<w>{words})|(?P<d>\d))", re.IGNORECASE)
        attach = lex.syntax.get("left_attach", [])
        self._attach = (
            re.compile(r"(?:^|(?<=\W))(?:" + "|".join(re.escape(w) for w in attach) + r")\s+$", re.IGNORECASE)
            if attach else None
        )

    @functools.lru_cache(maxsize=4096)  # noqa: B019  # one Grammar per language, lives for the process
    def rules_for(self, word: str) -> tuple[CompiledRule, ...]:
        """Rules that can start at a candidate whose longest trigger is ``word`` (in definition order)."""
        keys = {ANY}
        if word == DIGIT:
            keys.add(DIGIT)
        else:
            if word[0].isdecimal():  # a trigger word that starts with a digit ("21st")
                keys.add(DIGIT)
            for i in range(1, len(word) + 1):
                prefix = word[:i]
                if prefix in self._trigger_words:
                    keys.add("w:" + prefix)
                    keys.update("@table:" + t for t in self._tables_of.get(prefix, ()))
        seen: dict[int, CompiledRule] = {}
        for key in keys:
            for cr in self._by_key.get(key, ()):
                seen[id(cr)] = cr
        return tuple(sorted(seen.values(), key=lambda cr: self._index[id(cr)]))

    @functools.lru_cache(maxsize=4096)  # noqa: B019  # as above
    def _matchers(self, word: str) -> tuple[tuple[_Match, CompiledRule], ...]:
        """:meth:`rules_for` with each rule's bound ``match`` (compiling the rules on first use: they are
        about to be tried anyway)."""
        return tuple((cr.regex.match, cr) for cr in self.rules_for(word))

    def candidates(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        lex = self.spec.lexicon
        code = self.spec.code
        search = self.scanner.search
        matchers = self._matchers
        n = len(text)
        m = search(text, 0)
        while m is not None:
            pos = m.start()
            surface = m.group("w")
            if surface is None:
                word = DIGIT
                m_next = search(text, m.end())
            else:
                # a trigger of several words ("the late") may hide a rule that starts at its second word
                # ("the late-November trip"): scan on from the end of its first word
                gap = _WHITESPACE.search(surface)
                m_next = search(text, pos + gap.start() if gap else m.end())
                word = " ".join(surface.lower().split())
            window_end = min(n, pos + MAX_MATCH)
            for match, cr in matchers(word):
                rm = match(text, pos, window_end)
                if rm is None or rm.end() == pos:
                    continue
                rule = cr.rule
                try:
                    value = rule.action(RuleMatch(rm, lex, self.spec))
                except (KeyError, ValueError):
                    value = None
                if value is None:
                    continue
                start, end = self._extent(rm, cr)
                if start >= end:
                    continue
                if rule.left_attach:
                    start = self._left_attach(text, start)
                mention = Mention(Span(start, end), text[start:end], value, rule.name, code,
                                  (rule.name,), rule.latent)
                out.append(Candidate(rm.start(), rm.end(), (start, end), cr, mention))
            m = m_next
        return out

    @staticmethod
    def _extent(rm: re.Match[str], cr: CompiledRule) -> tuple[int, int]:
        if not cr.outside:
            return rm.start(), rm.end()
        inside = [rm.span(f"_t{i}") for i in range(cr.n_tokens) if i not in cr.outside]
        inside = [s for s in inside if s[0] >= 0]
        if not inside:
            return rm.start(), rm.start()
        return min(s for s, _ in inside), max(e for _, e in inside)

    def _left_attach(self, text: str, start: int) -> int:
        if self._attach is None:
            return start
        m = self._attach.search(text, max(0, start - 12), start)
        return m.start() if m else start

    def find(self, text: str, policy: OverlapPolicy = longest_then_priority) -> list[Mention]:
        return [c.mention for c in policy(self.candidates(text))]


@functools.cache
def compile_grammar(code: str) -> Grammar:
    return Grammar(load_language(code))


def find_mentions(text: str, lang: str, policy: OverlapPolicy = longest_then_priority) -> Sequence[Mention]:
    """All temporal mentions in ``text`` (no dates yet: values only)."""
    return compile_grammar(lang).find(text, policy)
