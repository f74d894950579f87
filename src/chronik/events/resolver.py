"""How the extractor finds and names actors: a small Protocol over any registry, a table implementation
(TOML, used by tests and by users with their own lists), and one compiled scanner per resolver and language.

An actor resolver answers two questions: which surface forms to look for in ``lang`` (names, adjectives,
role descriptions such as "US-Präsident"), and who a surface form denotes on a given day (descriptions
resolve to the office holder *at the event's date*).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from chronik.errors import LexiconError

__all__ = ["ActorInfo", "ActorResolver", "ActorScanner", "TabariResolver", "TableResolver"]


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """``kind``: person, state, org, media or place. ``country``: the state it belongs to (a place's
    country is what a capital stands for as a metonym: "Peking" → CHN)."""

    id: str
    name: str
    kind: str
    country: str | None = None


class ActorResolver(Protocol):
    def surface_forms(self, lang: str) -> Iterable[str]: ...

    def resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None: ...

    def get(self, actor_id: str) -> ActorInfo | None: ...


@dataclass(frozen=True, slots=True)
class _Form:
    actor: ActorInfo
    start: date | None
    end: date | None
    modifier: bool  # a genitive or adjective form that may modify a following name ("Chinas Präsident Xi")


class TableResolver:
    """Actors from a TOML table::

        [[actor]]
        id = "CHN"; name = "China"; kind = "state"
        de = ["China", "Volksrepublik China"]; de_adj = ["chinesische", "chinesischen"]
        en = ["China"]; en_adj = ["Chinese"]

        [[actor]]
        id = "XI"; name = "Xi Jinping"; kind = "person"; country = "CHN"
        de = ["Xi Jinping", "Xi"]
        roles = [{ de = ["Chinas Präsident"], en = ["Chinese President"], from = "2013-03-14" }]

    German genitives ("Chinas", "Kims") are generated for names not ending in s, x, z or ß.
    """

    def __init__(self, actors: Iterable[Mapping[str, object]]) -> None:
        self._by_id: dict[str, ActorInfo] = {}
        self._forms: dict[tuple[str, str], list[_Form]] = {}
        for a in actors:
            try:
                info = ActorInfo(str(a["id"]), str(a["name"]), str(a.get("kind", "state")),
                                 str(a["country"]) if a.get("country") else None)
            except KeyError as exc:
                raise LexiconError(f"actor table: an actor lacks {exc}") from exc
            self._by_id[info.id] = info
            for lang in ("de", "en"):
                self._add(info, lang, _strs(a.get(lang)), None, None, False)
                self._add(info, lang, _strs(a.get(f"{lang}_adj")), None, None, True)
            roles = a.get("roles", [])
            for role in roles if isinstance(roles, list) else []:
                start = date.fromisoformat(role["from"]) if role.get("from") else None
                end = date.fromisoformat(role["to"]) if role.get("to") else None
                for lang in ("de", "en"):
                    self._add(info, lang, _strs(role.get(lang)), start, end, False)

    @classmethod
    def from_toml(cls, path: str | Path) -> TableResolver:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        return cls(data.get("actor", []))

    def _add(self, info: ActorInfo, lang: str, forms: list[str], start: date | None, end: date | None,
             modifier: bool) -> None:
        for f in forms:
            self._forms.setdefault((lang, f), []).append(_Form(info, start, end, modifier))
            if modifier and f[:1].islower():  # an adjective opening a sentence: "Russische Truppen"
                self._forms.setdefault((lang, f[:1].upper() + f[1:]), []).append(
                    _Form(info, start, end, modifier))
            if lang == "de" and not modifier and f[-1] not in "sxzß" and info.kind != "place":
                self._forms.setdefault((lang, f + "s"), []).append(_Form(info, start, end, True))
            if lang == "en" and not modifier:
                for g in ("'s", "’s"):
                    self._forms.setdefault((lang, f + g), []).append(_Form(info, start, end, True))

    def surface_forms(self, lang: str) -> list[str]:
        return [f for (lg, f) in self._forms if lg == lang]

    def is_modifier(self, surface: str, lang: str) -> bool:
        return any(f.modifier for f in self._forms.get((lang, surface), ()))

    def resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None:
        forms = self._forms.get((lang, surface), [])
        for f in forms:
            if on is None or ((f.start is None or f.start <= on) and (f.end is None or on < f.end)):
                return f.actor
        return None

    def get(self, actor_id: str) -> ActorInfo | None:
        return self._by_id.get(actor_id)


def _strs(raw: object) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(s, str) and s for s in raw):
        raise LexiconError(f"actor table: expected a list of names, got {raw!r}")
    return list(raw)


class TabariResolver:
    """TABARI/PETRARCH dictionaries behind the resolver Protocol: ``.actors`` entries resolve to their
    code on the date (kind ``state``; date restrictions as in ``TabariActor.code_on``), ``.agents`` entries
    ("POLICE [~COP]", "MSF [NGO~]") to kind ``org``. ``combine`` composes an actor and an agent the TABARI
    way, which the extractor applies to "Russian police" (RUSCOP), "MSF Arnor" (NGOARN), "officials in
    the White House" and "Gondor's prime minister" (an agent code already in the actor's is not
    repeated: "White House security officials" stays USAGOV)."""

    ignore_case = True

    def __init__(self, actors_path: str | Path, agents_path: str | Path) -> None:
        from chronik.events.actors import TabariActor, load_tabari_actors, load_tabari_agents

        self._actors: dict[str, TabariActor] = {}
        for a in load_tabari_actors(actors_path, problems=[]):
            for form in (a.phrase, *a.synonyms):
                self._actors.setdefault(form.upper(), a)
        self._agents: dict[str, str] = {}
        self._prefix: dict[str, bool] = {}  # agent code → goes before the actor's code ("NGO~")
        for g in load_tabari_agents(agents_path, problems=[]):
            self._agents.setdefault(g.phrase.upper(), g.code)
            self._prefix.setdefault(g.code, g.prefix)
            for p in g.plurals if g.plurals is not None else (g.phrase + "S",):
                self._agents.setdefault(p.upper(), g.code)

    def surface_forms(self, lang: str) -> list[str]:
        return [*self._actors, *self._agents]

    def resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None:
        key = " ".join(surface.upper().split())
        a = self._actors.get(key)
        if a is not None:
            code = a.code_on(on) if on else (a.codes[0].code if a.codes else None)
            return ActorInfo(code, key.title(), "state") if code else None
        agent = self._agents.get(key)
        return ActorInfo(agent, key.title(), "org") if agent else None

    def get(self, actor_id: str) -> ActorInfo | None:
        return None

    def combine(self, modifier: ActorInfo, head: ActorInfo) -> ActorInfo | None:
        """An actor and an agent in either order ("Russian police", "MSF Arnor"), or a composed actor
        and a further agent ("Danish Islamist media"); None for two actors or two bare agents."""
        if modifier.kind == "state" and head.kind == "org":
            actor, agent = modifier, head
        elif modifier.kind == "org" and head.kind == "state":
            actor, agent = head, modifier
        else:
            return None
        chunks = {actor.id[k:k + 3] for k in range(0, len(actor.id), 3)}
        if all(agent.id[k:k + 3] in chunks for k in range(0, len(agent.id), 3)):
            return ActorInfo(actor.id, f"{modifier.name} {head.name}", "state")  # USAGOV + GOV
        code = agent.id + actor.id if self._prefix.get(agent.id) else actor.id + agent.id
        return ActorInfo(code, f"{modifier.name} {head.name}", "state")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    surface: str
    role: bool = False  # a role noun ("Machthaber", "US-Präsident"): resolve with the words before it


class ActorScanner:
    """One compiled alternation of every surface form and role noun (longest first, word-bounded,
    case-sensitive)."""

    def __init__(self, forms: Iterable[str], roles: Iterable[str] = (), *, ignore_case: bool = False) -> None:
        names = {f for f in forms if f.strip()}
        self._roles = {r for r in roles if r.strip()} - names
        body = _trie_pattern(names | self._roles, ignore_case) or r"(?!x)x"
        self._re = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE if ignore_case else 0)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
        end = len(text) if end is None else end
        return [ActorMatch(m.start(), m.end(), m.group(), m.group() in self._roles)
                for m in self._re.finditer(text, start, end)]


def _trie_pattern(words: Iterable[str], ignore_case: bool) -> str:
    """One regular expression for many literals, factored as a prefix trie ("Kim(?: Jong(?:-un| Un))?")
    so that matching does not try thousands of alternatives at every position. Longer continuations are
    tried first, and a word only ends where the trie has an end marker, so the match is the longest
    surface form that ends at a word boundary (the caller's lookahead)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in (w.lower() if ignore_case else w):
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            # end here only if no longer form continues to a boundary: alternatives first, then empty
            return "(?:" + body + "(?![\\w])|)" if len(alts) else ""
        return body

    return build(trie)


class _Empty:
    """No registry installed: no actors are recognised (pronouns stay unresolved)."""

    def surface_forms(self, lang: str) -> list[str]:
        return []

    def resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None:
        return None

    def get(self, actor_id: str) -> ActorInfo | None:
        return None


_DEFAULT: list[ActorResolver] = []


def default_resolver() -> ActorResolver:
    """The shipped actor registry (``chronik.events.actors``) behind the resolver Protocol, when it is
    installed; an empty resolver otherwise. Loaded once per process."""
    if not _DEFAULT:
        import importlib

        try:
            actors = importlib.import_module("chronik.events.actors")
            _DEFAULT.append(_RegistryAdapter(actors.load_registry()))
        except (ImportError, AttributeError):
            _DEFAULT.append(_Empty())
    return _DEFAULT[0]


class _RegistryAdapter:
    """Adapts ``chronik.events.actors.Registry`` (``surface_forms``, ``lookup``, ``resolve_description``)."""

    def __init__(self, registry: object) -> None:
        self._r = registry
        self._memo: dict[tuple[str, str, date | None], ActorInfo | None] = {}

    def surface_forms(self, lang: str) -> list[str]:
        return [str(f) for f in getattr(self._r, "surface_forms")(lang)]  # noqa: B009

    def role_forms(self, lang: str) -> list[str]:
        forms = getattr(self._r, "role_forms", None)
        return [str(f) for f in forms(lang)] if callable(forms) else []

    def resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None:
        key = (surface, lang, on)
        if key not in self._memo:
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[key] = self._resolve(surface, lang, on)
        return self._memo[key]

    def _resolve(self, surface: str, lang: str, on: date | None) -> ActorInfo | None:
        found = getattr(self._r, "lookup")(surface, lang)  # noqa: B009
        if isinstance(found, (list, tuple)):
            found = found[0] if found else None
        if found is None and on is not None and hasattr(self._r, "resolve_description"):
            found = self._r.resolve_description(surface, lang, on)
        return _info(found) if found is not None else None

    def get(self, actor_id: str) -> ActorInfo | None:
        getter = getattr(self._r, "actor", None)
        try:
            found = getter(actor_id) if callable(getter) else None
        except Exception:  # an unknown id: the registry raises
            found = None
        return _info(found) if found is not None else None


_KINDS = {"PERSON": "person", "COUNTRY": "state", "GOVERNMENT": "state", "IGO": "org", "GROUP": "org"}


def _info(actor: object) -> ActorInfo:
    actor_id = str(getattr(actor, "id", "") or getattr(actor, "code", ""))
    name_of = getattr(actor, "name", None)
    name = str(name_of("en") if callable(name_of) else name_of or actor_id)
    kind = _KINDS.get(str(getattr(actor, "kind", "")), "state")
    country = getattr(actor, "country", None)
    return ActorInfo(actor_id, name, kind, str(country) if country else None)
