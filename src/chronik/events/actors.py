"""The actor registry: countries, their governments, international organizations, office holders.

Everything is data under ``data/actors/`` (tab-separated, one header line starting with ``#``):

    countries.tsv       one row per state: CAMEO and ISO codes, English and German names, adjectives,
                        demonyms, and the capital/metonyms that stand for its government
    organizations.tsv   international organizations (and a few NGOs) with their CAMEO codes
    people.tsv          office holders with their English and German spellings and surname aliases
    offices.tsv         who held which role of which country/organization from when until when
    roles.tsv           role nouns per language ("Machthaber", "US-Präsident" → LEADER/PRESIDENT)

Dates in ``offices.tsv`` are half-open: a person holds the office from ``start`` (inclusive) until
``end`` (exclusive: the day the successor took over); an empty ``end`` means "still in office".

    >>> reg = load_registry()
    >>> reg.resolve_description("Nordkoreas Machthaber", "de", date(2019, 1, 10)).id
    'person:kim-jong-un'

The module also reads TABARI dictionaries (the format of the Phoenix/PETRARCH actor and agent files):
:func:`load_tabari_actors`, :func:`load_tabari_agents`.
"""

from __future__ import annotations

import enum
import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from chronik.errors import LanguageError, LexiconError

__all__ = [
    "Actor",
    "ActorKind",
    "Office",
    "Registry",
    "Role",
    "TabariActor",
    "TabariAgent",
    "TabariCode",
    "default_files",
    "load_registry",
    "load_tabari_actors",
    "load_tabari_agents",
]

LANGS = ("de", "en")


class ActorKind(enum.StrEnum):
    """What an actor is."""

    COUNTRY = "COUNTRY"
    GOVERNMENT = "GOVERNMENT"  # a state's government as an actor ("Washington", "the Kremlin")
    IGO = "IGO"
    PERSON = "PERSON"
    GROUP = "GROUP"  # non-state groups and NGOs


class Role(enum.StrEnum):
    """An office. One person can hold several at once (the US president is PRESIDENT, HEAD_OF_STATE and
    HEAD_OF_GOVERNMENT); every (role, country/organization) has at most one holder on a given day."""

    HEAD_OF_STATE = "HEAD_OF_STATE"
    HEAD_OF_GOVERNMENT = "HEAD_OF_GOVERNMENT"
    PRESIDENT = "PRESIDENT"  # the office titled "president" (of a state or an organization)
    LEADER = "LEADER"  # paramount leader: party chief, supreme leader, de facto ruler
    MONARCH = "MONARCH"
    FOREIGN_MINISTER = "FOREIGN_MINISTER"
    SECRETARY_GENERAL = "SECRETARY_GENERAL"


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor. ``names`` maps a language to its proper names, canonical name first.

    ``code`` is CAMEO-style ("PRK", "USAGOV", "IGOUNO"); several actors may share one (the EU's bodies
    are all ``IGOEUREEC``), ``id`` is unique ("PRK", "PRKGOV", "org:un", "person:kim-jong-un").
    ``country`` is the CAMEO code of the state an actor belongs to (its own code for a country).
    """

    id: str
    kind: ActorKind
    code: str
    names: Mapping[str, tuple[str, ...]] = field(compare=False)
    country: str | None = None
    iso2: str | None = None
    iso3: str | None = None

    def __hash__(self) -> int:
        return hash(self.id)

    def name(self, lang: str = "en") -> str:
        """The canonical name in ``lang`` (falls back to English, then to the id)."""
        for key in (lang, "en"):
            if self.names.get(key):
                return self.names[key][0]
        return self.id


@dataclass(frozen=True, slots=True)
class Office:
    """``person_id`` held ``role`` of ``code`` (an actor id: "USA", "org:un") from ``start`` until
    ``end`` (exclusive; ``None`` = still in office)."""

    person_id: str
    role: Role
    code: str
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class _RoleNoun:
    role: Role
    fixed: str | None  # the noun itself names the country/organization ("Kremlchef")
    default: str | None  # used when no country is given ("Kanzlerin" → Germany)


_CAMEO_CODE = re.compile(r"(?:[A-Z]{3})+")
_ISO2 = re.compile(r"[A-Z]{2}")
_ISO3 = re.compile(r"[A-Z]{3}")
_ID = re.compile(r"[A-Za-z0-9:._-]+")
_ARTICLES = {
    "de": ("der ", "die ", "das ", "des ", "dem ", "den "),
    "en": ("the ", "The "),
}
_POST = {"de": ("der ", "des ", "von ", "vom "), "en": ("of the ", "of ")}


def _split(cell: str) -> tuple[str, ...]:
    if cell in ("", "-"):
        return ()
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _de_adjective_forms(stem: str) -> list[str]:
    if stem.startswith("="):
        return [stem[1:]]
    forms = [stem + e for e in ("", "e", "en", "er", "es", "em")]
    return forms + [_cap(f) for f in forms]


def _de_person_forms(noun: str) -> list[str]:
    if noun.startswith("="):
        return [noun[1:]]
    if noun.endswith("er"):
        return [noun, noun + "n", noun + "s", noun + "in", noun + "innen"]
    if noun.endswith("e"):
        return [noun, noun + "n", noun[:-1] + "in", noun[:-1] + "innen"]
    return [noun]


def _de_genitives(name: str, gender: str) -> list[str]:
    if gender in ("f", "pl"):
        return [f"der {name}"]  # "der USA", "der Schweiz", "der Türkei"
    if gender == "m":
        return [f"des {name}"] + ([f"des {name}s"] if name[-1] not in "sßxz" else [])
    if gender != "n" or " " in name or name.isupper() or name[-1] in "sßxzS":
        return []
    return [name + "s"]


def _en_possessives(name: str) -> list[str]:
    return [name + "'" if name.endswith("s") else name + "'s"]


def _en_plural(adj: str) -> list[str]:
    return [adj, adj + "s"] if adj[-1] in "nirt" else [adj]


def _read(path: str | os.PathLike[str] | Traversable) -> tuple[str, str]:
    if isinstance(path, (str, os.PathLike)):
        p = Path(path)
        try:
            return p.read_text(encoding="utf-8"), str(p)
        except OSError as exc:
            raise LexiconError(f"cannot read: {exc.strerror}", source=str(p)) from None
    return path.read_text(encoding="utf-8"), f"chronik/events/data/actors/{path.name}"


def _rows(text: str, source: str, ncols: int) -> Iterator[tuple[str, list[str]]]:
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        where = f"{source}:{lineno}"
        if len(cols) != ncols:
            raise LexiconError(f"expected {ncols} tab-separated columns, got {len(cols)}", source=where)
        yield where, cols


def _date(cell: str, where: str) -> date:
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise LexiconError(f"not an ISO date: {cell!r}", source=where) from None


_HEADERS = {
    "cameo": "countries",
    "id": "organizations",
    "person": "offices",
    "lang": "roles",
    "person_id": "people",
}


class Registry:
    """Actors, offices and role nouns, indexed for lookup. Build with :func:`load_registry` or
    :meth:`from_files`; the data is immutable once built."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._surface: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGS}
        self._offices: dict[tuple[Role, str], list[Office]] = {}
        self._executive: dict[str, Role] = {}
        self._roles: dict[str, list[tuple[str, _RoleNoun]]] = {lang: [] for lang in LANGS}
        self._iso: dict[str, str] = {}
        self._where: dict[str, str] = {}

    # ------------------------------------------------------------------ building

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike[str] | Traversable]) -> Registry:
        """Build a registry from data files in the formats of ``data/actors/*.tsv``.

        The kind of each file is read from its header line, so users can add their own files (extra
        people, offices, organizations) next to :func:`default_files`, or replace them. Files are
        loaded in dependency order (countries and organizations, then people, offices, roles).
        """
        texts: dict[str, list[tuple[str, str]]] = {k: [] for k in (*_HEADERS.values(), "people")}
        for path in paths:
            text, source = _read(path)
            header = text.split("\n", 1)[0]
            cols = header.lstrip("#").strip().split("\t")
            kind = _HEADERS.get(cols[0])
            if kind is None or not header.startswith("#"):
                raise LexiconError(
                    "unknown data file: the first line must be a '#' header naming the columns",
                    source=source,
                )
            texts[kind].append((text, source))
        reg = cls()
        for text, source in texts["countries"]:
            reg._load_countries(text, source)
        for text, source in texts["organizations"]:
            reg._load_organizations(text, source)
        for text, source in texts["people"]:
            reg._load_people(text, source)
        for text, source in texts["offices"]:
            reg._load_offices(text, source)
        for text, source in texts["roles"]:
            reg._load_roles(text, source)
        reg._finish()
        return reg

    def _add(self, actor: Actor, where: str) -> None:
        if actor.id in self._actors:
            raise LexiconError(
                f"duplicate actor id {actor.id!r} (first defined at {self._where[actor.id]})", source=where
            )
        if not _ID.fullmatch(actor.id):
            raise LexiconError(f"malformed actor id {actor.id!r}", source=where)
        if not _CAMEO_CODE.fullmatch(actor.code):
            raise LexiconError(f"malformed CAMEO code {actor.code!r} for {actor.id}", source=where)
        if not actor.names.get("en") or not actor.names.get("de"):
            raise LexiconError(f"{actor.id} needs at least one English and one German name", source=where)
        self._actors[actor.id] = actor
        self._where[actor.id] = where
        for lang, names in actor.names.items():
            for name in names:
                self._index(lang, name, actor.id)

    def _index(self, lang: str, surface: str, actor_id: str) -> None:
        ids = self._surface[lang].setdefault(surface, [])
        if actor_id not in ids:
            ids.append(actor_id)

    def _load_countries(self, text: str, source: str) -> None:
        for where, c in _rows(text, source, 12):
            cameo, iso2, iso3, gender, executive = c[0], c[1], c[2], c[3], c[4]
            if not _ISO2.fullmatch(iso2) or not _ISO3.fullmatch(iso3):
                raise LexiconError(f"malformed ISO codes {iso2!r}/{iso3!r}", source=where)
            if gender not in ("n", "m", "f", "pl", "x"):
                raise LexiconError(f"German gender must be n, m, f, pl or x, not {gender!r}", source=where)
            if executive not in ("HOS", "HOG"):
                raise LexiconError(f"executive must be HOS or HOG, not {executive!r}", source=where)
            for iso in (iso2, iso3):
                if iso in self._iso:
                    raise LexiconError(f"ISO code {iso} already used by {self._iso[iso]}", source=where)
                self._iso[iso] = cameo
            en, de = _split(c[5]), _split(c[7])
            if not en or not de:
                raise LexiconError(f"country {cameo} needs English and German names", source=where)
            names = MappingProxyType({"en": en, "de": de})
            self._add(Actor(cameo, ActorKind.COUNTRY, cameo, names, cameo, iso2, iso3), where)
            self._executive[cameo] = Role.HEAD_OF_GOVERNMENT if executive == "HOG" else Role.PRESIDENT
            for name in en:
                for form in _en_possessives(name):
                    self._index("en", form, cameo)
            for adj in _split(c[6]):
                for form in _en_plural(adj):
                    self._index("en", form, cameo)
            for name in de:
                for form in _de_genitives(name, gender):
                    self._index("de", form, cameo)
            for stem in _split(c[8]):
                for form in _de_adjective_forms(stem):
                    self._index("de", form, cameo)
            for noun in _split(c[9]):
                for form in _de_person_forms(noun):
                    self._index("de", form, cameo)
            country_names = set(en) | set(de)
            gov_en = tuple(n for n in _split(c[10]) if n not in country_names)
            gov_de = tuple(n for n in _split(c[11]) if n not in country_names)
            if gov_en and gov_de:
                gov = Actor(
                    f"{cameo}GOV",
                    ActorKind.GOVERNMENT,
                    f"{cameo}GOV",
                    MappingProxyType({"en": gov_en, "de": gov_de}),
                    cameo,
                )
                self._add(gov, where)

    def _load_organizations(self, text: str, source: str) -> None:
        for where, c in _rows(text, source, 7):
            ident, code, kind, country, _code_source, en, de = c
            try:
                akind = ActorKind(kind)
            except ValueError:
                raise LexiconError(f"unknown actor kind {kind!r}", source=where) from None
            names = MappingProxyType({"en": _split(en), "de": _split(de)})
            self._add(Actor(ident, akind, code, names, None if country == "-" else country), where)

    def _load_people(self, text: str, source: str) -> None:
        for where, c in _rows(text, source, 5):
            ident, code, country, en, de = c
            names = MappingProxyType({"en": _split(en), "de": _split(de)})
            cty = None if country == "-" else country
            if cty is not None and cty not in self._actors:
                raise LexiconError(f"{ident}: unknown country {cty!r}", source=where)
            self._add(Actor(ident, ActorKind.PERSON, code, names, cty), where)

    def _load_offices(self, text: str, source: str) -> None:
        for where, c in _rows(text, source, 5):
            person, roles, of, start, end = c
            if self._actors.get(person, None) is None or self._actors[person].kind is not ActorKind.PERSON:
                raise LexiconError(f"unknown person {person!r}", source=where)
            if of not in self._actors:
                raise LexiconError(f"unknown country or organization {of!r}", source=where)
            begin = _date(start, where)
            until = _date(end, where) if end else None
            if until is not None and until <= begin:
                raise LexiconError(f"office ends ({until}) before it starts ({begin})", source=where)
            for name in roles.split("|"):
                try:
                    role = Role(name)
                except ValueError:
                    raise LexiconError(f"unknown role {name!r}", source=where) from None
                office = Office(person, role, of, begin, until)
                held = self._offices.setdefault((role, of), [])
                for other in held:
                    if other.start < (until or date.max) and begin < (other.end or date.max):
                        raise LexiconError(
                            f"{role} of {of}: {person} from {begin} overlaps {other.person_id} "
                            f"({other.start} – {other.end or 'open'})",
                            source=where,
                        )
                held.append(office)

    def _load_roles(self, text: str, source: str) -> None:
        for where, c in _rows(text, source, 5):
            lang, role, fixed, default, forms = c
            if lang not in LANGS:
                raise LexiconError(f"unsupported language {lang!r}", source=where)
            try:
                noun = _RoleNoun(
                    Role(role), None if fixed == "-" else fixed, None if default == "-" else default
                )
            except ValueError:
                raise LexiconError(f"unknown role {role!r}", source=where) from None
            for code in (noun.fixed, noun.default):
                if code is not None and code not in self._actors:
                    raise LexiconError(f"unknown country or organization {code!r}", source=where)
            for form in _split(forms):
                self._roles[lang].append((form, noun))

    def _finish(self) -> None:
        for held in self._offices.values():
            held.sort(key=lambda o: o.start)
        for lang in LANGS:
            self._roles[lang].sort(key=lambda fn: -len(fn[0]))

    # ------------------------------------------------------------------ queries

    @property
    def actors(self) -> Mapping[str, Actor]:
        """Every actor by id."""
        return MappingProxyType(self._actors)

    def offices(self) -> Iterator[Office]:
        """Every office record, grouped by (role, code), in date order."""
        for held in self._offices.values():
            yield from held

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; ``KeyError`` if there is none."""
        try:
            return self._actors[actor_id]
        except KeyError:
            raise KeyError(f"unknown actor id {actor_id!r}") from None

    def lookup(self, surface: str, lang: str) -> list[Actor]:
        """Actors a surface string can name, exactly as written ("Nordkoreas", "nordkoreanischen",
        "Pjöngjang", "North Korea's"). Proper names are case-sensitive; German adjectives are indexed in
        all their inflected forms (lower case, and capitalized for the start of a sentence)."""
        return [self._actors[i] for i in self._surface[_check_lang(lang)].get(surface, ())]

    def surface_forms(self, lang: str) -> Mapping[str, tuple[str, ...]]:
        """Every surface string of ``lang`` → the actor ids it can name, longest string first (ready to
        join into one scanner regex, so that "Nordkoreas" wins over "Nordkorea")."""
        index = self._surface[_check_lang(lang)]
        ordered = sorted(index, key=lambda s: (-len(s), s))
        return MappingProxyType({s: tuple(index[s]) for s in ordered})

    def role_forms(self, lang: str) -> tuple[str, ...]:
        """The role nouns of ``lang`` ("Machthaber", "Kanzlerin", "secretary of state"), longest first."""
        return tuple(form for form, _ in self._roles[_check_lang(lang)])

    def _code(self, code: str) -> str:
        return self._iso.get(code, code) if code not in self._actors else code

    def holder(self, role: Role | str, code: str, on: date) -> Actor | None:
        """Who held ``role`` of ``code`` on ``on`` (``None`` if nobody, or no data).

        ``code`` is an actor id: a country's CAMEO code ("USA"; ISO codes work too) or an organization id
        ("org:un", "org:nato", "org:eucommission").
        """
        for office in self._offices.get((Role(role), self._code(code)), ()):
            if office.covers(on):
                return self._actors[office.person_id]
        return None

    def holdings(self, person_id: str) -> list[Office]:
        """Every office a person held, in date order."""
        return sorted((o for o in self.offices() if o.person_id == person_id), key=lambda o: o.start)

    def _leader(self, role: Role, code: str, on: date) -> Actor | None:
        chain: list[Role] = [role]
        if role is Role.PRESIDENT:
            chain.append(Role.HEAD_OF_STATE)
        elif role is Role.HEAD_OF_STATE:
            chain += [Role.PRESIDENT, Role.LEADER]  # "Nordkoreas Staatschef" is Kim Jong Un
        elif role is Role.LEADER:
            executive = self._executive.get(code)
            if executive is Role.HEAD_OF_GOVERNMENT:
                chain += [Role.HEAD_OF_GOVERNMENT]
            elif executive is not None:
                chain += [Role.PRESIDENT, Role.HEAD_OF_STATE]
            else:
                chain += [Role.SECRETARY_GENERAL, Role.PRESIDENT]
        for r in chain:
            found = self.holder(r, code, on)
            if found is not None:
                return found
        return None

    def _modifier(self, text: str, lang: str) -> str | None:
        """The country or organization a modifier names ("Nordkoreas", "amerikanische", "US")."""
        text = text.strip()
        for article in _ARTICLES[lang]:
            if text.startswith(article):
                text = text[len(article) :]
        codes = set()
        for actor in self.lookup(text, lang):
            if actor.kind in (ActorKind.COUNTRY, ActorKind.IGO):
                codes.add(actor.id)
            elif actor.kind is ActorKind.GOVERNMENT and actor.country:
                codes.add(actor.country)
        return codes.pop() if len(codes) == 1 else None

    def resolve_description(self, text: str, lang: str, on: date) -> Actor | None:
        """The actor a role description names on a date.

        "Nordkoreas Machthaber" (2019-01-10) → Kim Jong Un; "der US-Präsident" → the US president on
        that day; "Präsident der USA", "the president of France", "Kremlchef", "North Korea's leader".
        A description that is itself a name or metonym ("der Kreml", "the White House") resolves to that
        actor. ``None`` when the text is not understood, is ambiguous, or nobody held the office.
        """
        lang = _check_lang(lang)
        t = " ".join(text.split())
        for article in _ARTICLES[lang]:
            if t.startswith(article):
                t = t[len(article) :]
                break
        fold = lang == "en"  # English role nouns are matched case-insensitively
        ft = t.lower() if fold else t
        for form, noun in self._roles[lang]:
            ff = form.lower() if fold else form
            code: str | None
            if ft.endswith(ff):
                head = t[: len(t) - len(form)]
                if head and not head.endswith((" ", "-")):
                    continue
                mod = head.strip().rstrip("-")
                code = self._modifier(mod, lang) if mod else None
                if mod and code is None and noun.fixed is None:
                    continue
            elif ft.startswith(ff + " "):
                rest = t[len(form) + 1 :]
                for post in _POST[lang]:
                    if rest.startswith(post):
                        rest = rest[len(post) :]
                        break
                code = self._modifier(rest, lang)
                if code is None:
                    continue
            else:
                continue
            target = noun.fixed or code or noun.default
            if target is None:
                return None
            return self._leader(noun.role, target, on)
        found = self.lookup(t, lang)
        return found[0] if len(found) == 1 else None


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise LanguageError(f"unsupported language {lang!r} (the actor registry has {', '.join(LANGS)})")
    return lang


def default_files() -> list[Traversable]:
    """The shipped data files, for :meth:`Registry.from_files` (add your own to extend them)."""
    base = resources.files("chronik.events").joinpath("data", "actors")
    names = ("countries.tsv", "organizations.tsv", "people.tsv", "offices.tsv", "roles.tsv")
    return [base.joinpath(n) for n in names]


@functools.cache
def load_registry() -> Registry:
    """The shipped registry, built once."""
    return Registry.from_files(default_files())


# ---------------------------------------------------------------------- TABARI dictionaries


@dataclass(frozen=True, slots=True)
class TabariCode:
    """A code of a TABARI actor, valid from ``start`` to ``end`` (both inclusive, ``None`` = open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class TabariActor:
    """One entry of a TABARI ``.actors`` file: the phrase, its ``+`` synonyms, and its (dated) codes.

    Phrases are given with spaces for the file's ``_``; ``line`` is where the entry starts.
    """

    phrase: str
    synonyms: tuple[str, ...]
    codes: tuple[TabariCode, ...]
    line: int

    def code_on(self, on: date) -> str | None:
        """The code valid on a date: the first date-restricted code that covers it, else the first
        unrestricted one (TABARI: an undated code is the default the restrictions override,
        ``SAM_GAMGEE [HOB]`` followed by ``[HOBCIV <20080120]``)."""
        default = None
        for c in self.codes:
            if c.start is None and c.end is None:
                default = default or c.code
            elif c.covers(on):
                return c.code
        return default

    def as_actor(self) -> Actor:
        """This entry as an :class:`Actor` (English names, the undated or first code)."""
        undated = [c.code for c in self.codes if c.start is None and c.end is None]
        code = undated[0] if undated else (self.codes[0].code if self.codes else "---")
        kind = (
            ActorKind.COUNTRY
            if len(code) == 3 and code.isalpha()
            else ActorKind.IGO
            if code.startswith("IGO")
            else ActorKind.GROUP
        )
        names = MappingProxyType({"en": (self.phrase, *self.synonyms)})
        country = code[:3] if kind is ActorKind.COUNTRY else None
        return Actor(f"tabari:{self.line}", kind, code, names, country)


@dataclass(frozen=True, slots=True)
class TabariAgent:
    """One entry of a TABARI ``.agents`` file.

    ``code`` is the agent code without the ``~``; ``prefix`` is true for ``[NGO~]`` (the agent code goes
    before the actor's) and false for ``[~GOV]`` (after). ``plurals`` is ``None`` when the file leaves
    plurals to the coder, ``()`` for ``{}`` (no plural).
    """

    phrase: str
    plurals: tuple[str, ...] | None
    code: str
    prefix: bool
    line: int


_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_BRACKET = re.compile(r"\[([^\]]*)\]")


def _tabari_text(path: str | os.PathLike[str]) -> tuple[list[str], str]:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise LexiconError(f"cannot read: {exc.strerror}", source=str(p)) from None
    # keep line numbers: blank out comment blocks but keep their newlines
    text = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), raw)
    return text.split("\n"), str(p)


def _tabari_phrase(s: str) -> str:
    return " ".join(s.replace("_", " ").split())


def _tabari_date(s: str, where: str, pivot: int) -> date:
    s = s.strip()
    try:
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if len(s) == 6:
            yy = int(s[:2])
            return date((2000 if yy < pivot else 1900) + yy, int(s[2:4]), int(s[4:]))
    except ValueError:
        pass
    raise LexiconError(f"malformed TABARI date {s!r}", source=where)


def _tabari_code(body: str, where: str, pivot: int) -> TabariCode:
    parts = body.split(None, 1)
    if not parts:
        raise LexiconError("empty code block []", source=where)
    code = parts[0]
    if len(parts) == 1:
        return TabariCode(code)
    restriction = parts[1].replace(" ", "")
    if restriction.startswith("<"):
        return TabariCode(code, None, _tabari_date(restriction[1:], where, pivot) - timedelta(days=1))
    if restriction.startswith(">"):
        return TabariCode(code, _tabari_date(restriction[1:], where, pivot), None)
    if "-" in restriction:
        a, b = restriction.split("-", 1)
        return TabariCode(code, _tabari_date(a, where, pivot), _tabari_date(b, where, pivot))
    raise LexiconError(f"malformed date restriction {parts[1]!r}", source=where)


def load_tabari_actors(
    path: str | os.PathLike[str], *, century_pivot: int = 30, problems: list[LexiconError] | None = None
) -> list[TabariActor]:
    """Parse a TABARI/PETRARCH actor dictionary.

    Entries start at column 0 (``PHRASE [CODE]``, codes may follow on the same line); ``+PHRASE`` lines add
    synonyms; indented ``[CODE date-restriction]`` lines add codes. Restrictions: ``<date`` (until the day
    before), ``>date`` (from), ``date-date`` (inclusive range); dates are ``YYMMDD`` or ``YYYYMMDD``,
    two-digit years below ``century_pivot`` are 20xx. ``#`` and ``<!-- -->`` are comments.
    """
    lines, source = _tabari_text(path)
    out: list[TabariActor] = []
    cur: tuple[str, list[str], list[TabariCode], int] | None = None

    def flush() -> None:
        if cur is not None:
            out.append(TabariActor(cur[0], tuple(cur[1]), tuple(cur[2]), cur[3]))

    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        codes = []
        for m in _BRACKET.finditer(line):
            try:
                codes.append(_tabari_code(m.group(1), where, century_pivot))
            except LexiconError as exc:
                if problems is None:
                    raise
                problems.append(exc)
        phrase = _BRACKET.sub("", line).strip()
        if line[0] in " \t" and not phrase:
            if cur is None:
                raise LexiconError("code line before the first entry", source=where)
            cur[2].extend(codes)
        elif line.startswith("+"):
            if cur is None:
                raise LexiconError("synonym before the first entry", source=where)
            cur[1].append(_tabari_phrase(phrase[1:]))
            cur[2].extend(codes)
        else:
            flush()
            cur = (_tabari_phrase(phrase), [], codes, lineno)
    flush()
    return out


_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")


def load_tabari_agents(
    path: str | os.PathLike[str], *, problems: list[LexiconError] | None = None
) -> list[TabariAgent]:
    """Parse a TABARI/PETRARCH agents dictionary: ``PHRASE {PLURALS} [~CODE]`` lines, with
    ``!NAME! = A, B`` substitution sets expanded into one entry per alternative. ``problems`` as in
    :func:`load_tabari_actors`."""
    lines, source = _tabari_text(path)
    macros: dict[str, list[str]] = {}
    out: list[TabariAgent] = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{source}:{lineno}"
        m = _MACRO.match(line)
        if m:
            macros[m.group(1)] = [a.strip() for a in m.group(2).split(",") if a.strip()]
            continue
        m = _AGENT.match(line)
        if m is None or "~" not in m.group("code"):
            problem = LexiconError(f"not an agent entry ``PHRASE [~CODE]``: {line!r}", source=where)
            if problems is None:
                raise problem
            problems.append(problem)
            continue
        code = m.group("code").strip()
        prefix = code.endswith("~")
        code = code.strip("~").strip()
        plural = m.group("plural")
        plurals = None if plural is None else tuple(_tabari_phrase(p) for p in plural.split() if p)
        for phrase in _expand(m.group("phrase"), macros, where):
            out.append(TabariAgent(_tabari_phrase(phrase), plurals, code, prefix, lineno))
    return out


def _expand(phrase: str, macros: Mapping[str, list[str]], where: str) -> list[str]:
    m = re.search(r"![A-Z]+!", phrase)
    if not m:
        return [phrase]
    if m.group(0) not in macros:
        raise LexiconError(f"undefined substitution {m.group(0)}", source=where)
    out: list[str] = []
    for alt in macros[m.group(0)]:
        out += _expand(phrase[: m.start()] + alt + phrase[m.end() :], macros, where)
    return out
