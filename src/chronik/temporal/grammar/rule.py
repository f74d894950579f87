"""The rule DSL: a rule is a name, a token template and an action returning a :class:`TimeValue`.

A template is a sequence of tokens separated by single spaces; consecutive tokens match with whitespace
between them. Each token is a regex fragment that may use macros:

``{MONTH}``, ``{WEEKDAY:wd2}``
    a lexicon table (``[month]``) as a case-insensitive alternation captured in the group ``month``
    (or the alias after the colon), or a language macro from the rules module, or a built-in:
    ``{YEAR}`` (4 digits, 1000–2999), ``{DAY}`` (1–31), ``{MONTHNUM}`` (1–12), ``{HOUR}`` (0–24),
    ``{MINUTE}`` (00–59), ``{INT}`` (1–9 digits), ``{NUMBER}`` (digits, decimals, number words).

Token prefixes, in this order:

``?``  the token is optional;  ``!``  the token is matched but kept outside the extent ("vor" in
"vor fünf Jahren" for KRAUTS);  ``~``  glued with optional whitespace (", 25."), ``+``  glued with none.

Example::

    Rule("weekday_date", "{WEEKDAY} ?~,?~den {DAY}. {MONTH} ?{YEAR}", weekday_date)

The engine derives from the first token(s) which words can start a rule, so each rule is only tried
where one of them occurs. A template whose first required token it cannot analyse (starting with a
character class, say) is tried at every candidate position: keep those rare.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from chronik.errors import LexiconError
from chronik.temporal.grammar.lexicon import Lexicon
from chronik.temporal.values import Grain, Mod, TimeValue, VagueRef

if TYPE_CHECKING:
    from chronik.temporal.grammar.language import LanguageSpec

__all__ = ["ANY", "BUILTIN_MACROS", "DIGIT", "PUNCT", "CompiledRule", "Rule", "RuleMatch", "compile_rule"]

ANY = "@any"
DIGIT = "@digit"
PUNCT = "p:"  # key prefix: the rule may start with this punctuation mark ("p:,")

BUILTIN_MACROS: dict[str, str] = {
    "YEAR": r"[12]\d{3}(?!\d)(?!-\d)",
    "DAY": r"(?:0?[1-9]|[12]\d|3[01])(?!\d)",
    "MONTHNUM": r"(?:0?[1-9]|1[0-2])(?!\d)",
    "HOUR": r"(?:[01]?\d|2[0-4])(?!\d)",
    "MINUTE": r"[0-5]\d(?!\d)",
    "INT": r"\d{1,9}(?!\d)",
}
_DIGIT_MACROS = frozenset(BUILTIN_MACROS)
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z][a-z0-9_]*))?\}")
_GROUP_NAME = re.compile(r"\(\?P<([a-zA-Z_][a-zA-Z0-9_]*)>")
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]*(?:-[imsx]+)?:")
_DIGIT_CLASS = re.compile(r"\[[0-9][0-9-]*\]")
_PUNCT = re.compile(r"[^\w\s\\()\[\]{}|.^$?*+](?![?*{+])")

Action = Callable[["RuleMatch"], "TimeValue | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A grammar rule. ``action`` returns the value, or ``None`` to reject this match.

    ``priority`` breaks ties between overlapping matches of equal length (higher wins).
    ``left_attach=False`` keeps the language's left-attaching words (articles) out of the extent: an
    adjective such as "zweitägigen" in "den zweitägigen Besuch" is a timex without the noun's article.
    ``case_sensitive`` makes the whole rule case-sensitive, its lexicon macros included ("morgen" but
    not the noun "Morgen"); lexicon surfaces are lower case, so such a rule lists capitalized forms itself.
    """

    name: str
    template: str
    action: Action
    priority: int = 0
    case_sensitive: bool = False
    latent: bool = False
    left_attach: bool = True


@dataclass(frozen=True, slots=True)
class _Token:
    body: str
    optional: bool
    outside: bool
    glue: str  # "space", "opt", "none"


def _tokens(template: str, rule: str) -> list[_Token]:
    if not template.strip() or "  " in template:
        raise LexiconError(f"rule {rule!r}: template must be tokens separated by single spaces")
    out = []
    for raw in template.split(" "):
        body, optional, outside, glue = raw, False, False, "space"
        if body.startswith("?"):
            optional, body = True, body[1:]
        if body.startswith("!"):
            outside, body = True, body[1:]
        if body.startswith("~"):
            glue, body = "opt", body[1:]
        elif body.startswith("+"):
            glue, body = "none", body[1:]
        if not body:
            raise LexiconError(f"rule {rule!r}: empty token in {template!r}")
        out.append(_Token(body, optional, outside, glue))
    return out


def _matching_paren(s: str, i: int) -> int:
    depth = 0
    k = i
    while k < len(s):
        c = s[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = s.index("]", k + 2) if "]" in s[k + 2 :] else len(s)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _split_top(s: str) -> list[str]:
    parts, depth, start, k = [], 0, 0, 0
    while k < len(s):
        c = s[k]
        if c == "\\":
            k += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(s[start:k])
            start = k + 1
        k += 1
    parts.append(s[start:])
    return parts


def _zero_width(branch: str) -> bool:
    """Whether ``branch`` is nothing but lookaround assertions ("(?<=^)", "(?<=[.!?]\\s)")."""
    while branch.startswith(_LOOKAROUND):
        end = _matching_paren(branch, 0)
        if end < 0:
            return False
        branch = branch[end + 1 :]
    return branch == ""


class _Expander:
    """Expands macros in templates and derives the start keys of a rule."""

    def __init__(self, lexicon: Lexicon, macros: Mapping[str, str], rule: str, case: bool = False) -> None:
        self.case = case  # case-sensitive rule: lexicon macros are case-sensitive too
        self.lexicon = lexicon
        self.macros = macros
        self.rule = rule
        self.depth = 0

    def expand(self, fragment: str, prefix: str = "") -> str:
        self.depth += 1
        if self.depth > 20:
            raise LexiconError(f"rule {self.rule!r}: macros nest too deep (recursive macro?)")

        def repl(m: re.Match[str]) -> str:
            name, alias = m.group(1), m.group(2)
            group = prefix + (alias or name.lower())
            if name in self.macros:
                inner = self.expand(self.macros[name], prefix=(prefix + alias + "_") if alias else prefix)
                return f"(?P<{group}>{inner})"
            table = name.lower()
            if table in self.lexicon.tables:
                words = self.lexicon.pattern(table)
                if not self.case:
                    words = f"(?i:{words})"
                if name == "NUMBER":
                    words = rf"\d+(?:[.,]\d+)?(?!\d)|{words}"
                return f"(?P<{group}>{words})"
            if name == "NUMBER":
                return rf"(?P<{group}>\d+(?:[.,]\d+)?(?!\d))"
            if name in BUILTIN_MACROS:
                return f"(?P<{group}>{BUILTIN_MACROS[name]})"
            raise LexiconError(f"rule {self.rule!r}: unknown macro {{{name}}} (no [{table}] table in "
                               f"{self.lexicon.source}, no language macro, no built-in)")

        out = _MACRO.sub(repl, fragment)
        self.depth -= 1
        return out

    def keys(self, body: str) -> set[str] | None:
        """The start keys of a token body; ``None`` when it may start with anything."""
        body = body.strip()
        if not body:
            return None
        m = _MACRO.match(body)
        if m:
            name = m.group(1)
            if name in self.macros:
                first = self.macros[name].split(" ")[0]
                return self.keys(first.lstrip("?!~+"))
            if name == "NUMBER":
                return {DIGIT} | ({"@table:number"} if "number" in self.lexicon.tables else set())
            if name in _DIGIT_MACROS:
                return {DIGIT}
            return {f"@table:{name.lower()}"}
        if body.startswith(_LOOKAROUND):
            # zero-width: the token starts with what follows the assertion ("(?<!-)Vorabend")
            end = _matching_paren(body, 0)
            rest = body[end + 1 :] if end >= 0 else ""
            return self.keys(rest) if rest and rest[0] not in "?*+{" else None
        if body.startswith("("):
            end = _matching_paren(body, 0)
            if end < 0:
                return None
            after = body[end + 1 : end + 2]
            if after in ("?", "*"):
                return None
            flags = _INLINE_FLAGS.match(body)
            opener = flags.end() if flags else 3 if body.startswith("(?:") else 1
            inner = body[opener:end]
            if inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1 :]
            keys: set[str] = set()
            for branch in _split_top(inner):
                # a branch of assertions only ("(?:(?<=^)|(?<=\n))Morgen") starts with what follows the group
                k = self.keys(body[end + 1 :] if _zero_width(branch) else branch)
                if k is None:
                    return None
                keys |= k
            return keys
        if "|" in body and len(_split_top(body)) > 1:
            keys = set()
            for branch in _split_top(body):
                k = self.keys(branch)
                if k is None:
                    return None
                keys |= k
            return keys
        if body.startswith((r"\d", "[0-9]")) or body[0].isdigit():
            return {DIGIT}
        digits = _DIGIT_CLASS.match(body)
        if digits:  # "[01]\d", "[12]?\d"
            if body[digits.end() : digits.end() + 1] in ("?", "*"):
                tail = self.keys(body[digits.end() + 1 :])
                return None if tail is None else {DIGIT} | tail
            return {DIGIT}
        if _PUNCT.match(body):
            # a punctuation mark (", " of "Monday, March 3") never starts a candidate: the engine keeps
            # the rule where its words start, unless a trigger word starts with the mark
            return {PUNCT + body[0]}
        w = _WORD.match(body)
        if w:
            word = w.group().rstrip(".-'’")
            rest = body[len(word) : len(word) + 1]
            if rest in ("?", "*", "{"):
                word = word[:-1]
            if word and not any(c in word for c in "\\[]"):
                return {"w:" + word.lower()}
        return None


def _compile(rule: Rule, pattern: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, 0 if rule.case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"rule {rule.name!r}: invalid regex ({exc}) from template {rule.template!r}",
                           source=source) from exc


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to match: its expanded pattern, the words it can start with, its extent tokens.

    The regex is compiled on first use, so a process that tags one article compiles only the rules
    that article's words can trigger (start-up is most of the cost of tagging a single article).
    """

    rule: Rule
    pattern: str
    keys: frozenset[str]
    outside: tuple[int, ...]  # token group indices kept outside the extent
    n_tokens: int
    source: str = "<memory>"
    _regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @property
    def regex(self) -> re.Pattern[str]:
        rx = self._regex
        if rx is None:
            rx = _compile(self.rule, self.pattern, self.source)
            object.__setattr__(self, "_regex", rx)  # a cache: the rule's meaning is unchanged
        return rx


def compile_rule(rule: Rule, lexicon: Lexicon, macros: Mapping[str, str], *,
                 eager: bool = True) -> CompiledRule:
    """Expand ``rule`` against ``lexicon``; ``eager`` also compiles (and so validates) its regex now."""
    tokens = _tokens(rule.template, rule.name)
    ex = _Expander(lexicon, macros, rule.name, rule.case_sensitive)
    parts: list[str] = []
    seps = [{"space": r"\s+", "opt": r"\s*", "none": ""}[tok.glue] for tok in tokens]
    leading = True  # every token so far was optional: the match may start at the next one
    for i, tok in enumerate(tokens):
        body = f"(?P<_t{i}>{ex.expand(tok.body)})"
        if leading and tok.optional:
            # a leading optional token carries the separator after it, so that the rule still matches
            # from the first token that is present ("?{APPROX} {NUMBER} {UNIT}" on "zehn Monate")
            after = seps[i + 1] if i + 1 < len(tokens) else ""
            parts.append(f"(?:{body}{after})?")
            continue
        sep = "" if i == 0 or leading else seps[i]
        parts.append(f"(?:{sep}{body})?" if tok.optional else f"{sep}{body}")
        leading = False
    pattern = "".join(parts) + r"(?!\w)"
    names = _GROUP_NAME.findall(pattern)
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise LexiconError(f"rule {rule.name!r} uses the group(s) {sorted(dupes)} twice: give macros an "
                           "alias, as in {MONTH:month2}")
    keys: set[str] = set()
    for tok in tokens:
        k = ex.keys(tok.body)
        if k is None:
            keys = {ANY}
            break
        keys |= k
        if not tok.optional:
            break
    else:
        keys = {ANY}
    outside = tuple(i for i, tok in enumerate(tokens) if tok.outside)
    compiled = CompiledRule(rule, pattern, frozenset(keys), outside, len(tokens), lexicon.source)
    if eager:
        _ = compiled.regex
    return compiled


class RuleMatch:
    """What an action sees: the match, with typed look-ups into the lexicon."""

    __slots__ = ("_m", "lang", "lexicon")

    def __init__(self, m: re.Match[str], lexicon: Lexicon, lang: LanguageSpec) -> None:
        self._m = m
        self.lexicon = lexicon
        self.lang = lang

    @property
    def text(self) -> str:
        return self._m.group()

    @property
    def start(self) -> builtins.int:
        return self._m.start()

    @property
    def end(self) -> builtins.int:
        return self._m.end()

    def before(self, n: builtins.int) -> str:
        """Up to ``n`` characters of the text just before the match (for cues outside the extent)."""
        start = self._m.start()
        return self._m.string[max(0, start - n):start]

    def after(self, n: builtins.int) -> str:
        """Up to ``n`` characters of the text just after the match."""
        end = self._m.end()
        return self._m.string[end:end + n]

    def around(self, before: builtins.int = 200, after: builtins.int = 200) -> tuple[str, str]:
        """The document text just before and just after the match (at most ``before``/``after`` characters),
        for actions whose value depends on the clause ("a year ago" next to "quarter")."""
        return self.before(before), self.after(after)

    def g(self, name: str) -> str | None:
        """The text of group ``name``, or ``None`` when it did not take part in the match."""
        try:
            return self._m.group(name)
        except IndexError:
            return None

    def has(self, name: str) -> bool:
        return self.g(name) is not None

    def _need(self, name: str) -> str:
        text = self.g(name)
        if text is None:
            raise KeyError(f"group {name!r} did not match")
        return text

    def lookup(self, table: str, name: str | None = None) -> Any:
        return self.lexicon.lookup(table, self._need(name or table))

    def int(self, name: str) -> builtins.int:
        return builtins.int(self._need(name))

    def number(self, name: str = "number") -> float | None:
        """Digits ("3", "2,5") or number words via the language's number parser ("anderthalb")."""
        text = self._need(name)
        digits = text.replace(",", ".")
        try:
            return float(digits)
        except ValueError:
            return self.lang.parse_number(text, self.lexicon)

    def month(self, name: str = "month") -> builtins.int:
        text = self._need(name)
        return builtins.int(text) if text.isdigit() else builtins.int(self.lexicon.lookup("month", text))

    def weekday(self, name: str = "weekday") -> builtins.int:
        return builtins.int(self.lexicon.lookup("weekday", self._need(name)))

    def unit(self, name: str = "unit") -> Grain:
        return Grain[str(self.lexicon.lookup("unit", self._need(name)))]

    def mod(self, name: str = "mod") -> Mod:
        return Mod(str(self.lexicon.lookup("mod", self._need(name))))

    def vague(self, name: str = "vague") -> VagueRef:
        return VagueRef(str(self.lexicon.lookup("vague", self._need(name))))

    def span(self, name: str) -> tuple[builtins.int, builtins.int]:
        return self._m.span(name)
