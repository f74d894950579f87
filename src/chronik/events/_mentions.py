"""Actor mentions and event drafts, the working records of extraction, with the per-resolver caches
(compiled actor scanner, role words) and the small helpers that turn a mention into an ``EventActor``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.events.model import Event, EventActor
from chronik.events.resolver import ActorInfo, ActorResolver, ActorScanner
from chronik.model import Span


@dataclass(slots=True)
class _Actor:
    info: ActorInfo | None
    start: int  # token index
    end: int  # token index (exclusive)
    span: Span
    text: str
    prep: str | None
    genitive: bool
    clause: int
    pronoun: bool = False
    surface: str | None = None  # the form that was resolved, to resolve again at the event's date
    agent: ActorInfo | None = None  # the agent composed into ``info`` ("officials in X"), for X's conjuncts


@dataclass(slots=True)
class _Draft:
    event: Event
    clause_occasion: bool  # the trigger is a noun governed by bei/during/anlässlich: it dates its clause
    source: _Actor | None = None
    target: _Actor | None = None
    distributive: bool = False  # roles may be distributed over coordinated actors
    lends: bool = True  # may date other mentions ("Ähnliche Beratungen" is another instance: no)
    # further (source, target) pairs of the same act: a pattern's "%" coordination acting on itself
    pairs: list[tuple[_Actor, _Actor]] = field(default_factory=list)
    symmetric: bool = False  # an act between equals: source and target may be named in either order
    # the trigger this draft was read from when it is not its own span: "Atom-" of "Atom- und
    # Raketentests"; drafts of one trigger are distinct events and never merge
    origin: Span | None = None


_SCANNERS: dict[tuple[int, str], ActorScanner] = {}


def _scanner(resolver: ActorResolver, lang: str) -> ActorScanner:
    key = (id(resolver), lang)
    if key not in _SCANNERS:
        roles = getattr(resolver, "role_forms", None)
        extra: list[str] = roles(lang) if callable(roles) else []
        extra += [r[:1].upper() + r[1:] for r in extra if r[:1].islower()]  # "President" in titles
        _SCANNERS[key] = ActorScanner(resolver.surface_forms(lang), extra,
                                      ignore_case=bool(getattr(resolver, "ignore_case", False)))
    return _SCANNERS[key]


_ROLE_WORDS: dict[tuple[int, str], frozenset[str]] = {}


def _role_words(resolver: ActorResolver, lang: str) -> frozenset[str]:
    """Lower-case single words of the registry's role nouns ("president", "leader"), once per resolver."""
    key = (id(resolver), lang)
    if key not in _ROLE_WORDS:
        forms = getattr(resolver, "role_forms")(lang)  # noqa: B009
        _ROLE_WORDS[key] = frozenset(w.lower() for f in forms for w in f.split())
    return _ROLE_WORDS[key]


def _words_back(text: str, start: int, k: int, floor: int) -> int | None:
    """The offset ``k`` words before ``start`` (not crossing ``floor``), or None."""
    pos = start
    for _ in range(k):
        j = pos - 1
        while j > floor and text[j] == " ":
            j -= 1
        if j <= floor or not (text[j].isalnum() or text[j] == "-"):
            return None
        while j > floor and (text[j - 1].isalnum() or text[j - 1] in "-."):
            j -= 1
        pos = j
    return pos


def _is_modifier(resolver: ActorResolver, surface: str, lang: str) -> bool:
    check = getattr(resolver, "is_modifier", None)
    if callable(check):
        return bool(check(surface, lang))
    return surface.endswith(("'s", "’s")) or (lang == "de" and surface.endswith("s"))


def _out(a: _Actor | None) -> EventActor | None:
    if a is None or a.info is None:
        return None
    return EventActor(a.info.id, a.info.name, a.text, a.span, a.info.country)


def _as_actor_view(a: EventActor | None) -> _Actor | None:
    if a is None:
        return None
    info = ActorInfo(a.id or "", a.name, "person", a.country)
    return _Actor(info, 0, 0, a.span or Span(0, 0), a.text, None, False, -1)
