"""Trigger lexicons shipped as data (``lang/<code>/triggers.toml``), validated and compiled once."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from chronik.errors import LanguageError, LexiconError
from chronik.temporal.values import Grain

__all__ = ["NO_EVENT", "SLOTS", "Cues", "Element", "Lexicon", "Pattern", "TriggerEntry", "load_lexicon",
           "parse_lexicon"]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    code: str
    noun: bool
    target_preps: frozenset[str] = frozenset()
    location_target: bool = False
    reciprocal_code: str | None = None
    condition_target: bool = False
    particle: str | None = None  # separable German verb: "vorwerfen" = "werfen" … "vor"
    patterns: tuple[Pattern, ...] = ()  # more specific codes by context ("restore … ties" → 064)
    symmetric: bool = False  # an act between equals: "A und B trafen sich", "A and B signed"
    # the other words of a multi-word verb, right before/after the trigger word ("wire tap", "cordon off")
    phrase_before: tuple[str, ...] = ()
    phrase_after: tuple[str, ...] = ()


# the pattern code that says "this context is not the trigger's event sense" ("released a statement")
NO_EVENT = "none"


# actor slots of a pattern (TABARI's): the source, the target, a coordination whose members act on each
# other ("Gondor and Osgiliath have delayed …": both directions), an actor that is skipped over
SOURCE, TARGET, BOTH, SKIP = "$", "+", "%", "^"
SLOTS = frozenset({SOURCE, TARGET, BOTH, SKIP})


@dataclass(frozen=True, slots=True)
class Element:
    """One position of a pattern: a word (its alternatives, each one word or several in a row) or an actor
    slot; ``adjacent`` (TABARI's ``_`` connector): nothing between it and its neighbour toward the trigger
    (the previous element after the trigger, the next one before it, or the trigger itself)."""

    words: frozenset[str] = frozenset()  # one-word alternatives (word forms or lemmas, lower case)
    phrases: tuple[tuple[str, ...], ...] = ()  # alternatives of several words in a row ("swiss francs")
    slot: str | None = None  # SOURCE, TARGET, BOTH or SKIP: an actor mention at this position
    adjacent: bool = False
    forms: bool = False  # word forms only, not lemmas (TABARI patterns are literal: "effort" ≠ "efforts")


@dataclass(frozen=True, slots=True)
class Pattern:
    """Words (lower case, in order, gaps allowed unless ``adjacent``) and actor slots before/after the
    trigger within its clause that select another code (or ``NO_EVENT``) and, through the slots, the
    source and target; ``before`` must end within ``window`` tokens of the trigger, ``after`` must start
    within ``after_window`` tokens when that is set ("called on X", not "called X on Friday")."""

    code: str
    before: tuple[Element, ...] = ()
    after: tuple[Element, ...] = ()
    window: int = 4
    after_window: int | None = None


@dataclass(frozen=True, slots=True)
class Cues:
    """Closed word lists that decide modality, roles and dating (all compared in lower case)."""

    negation: frozenset[str]
    negation_det: frozenset[str]
    conditional: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]
    future_adj: frozenset[str]
    reported_future: frozenset[str]
    future_clause: frozenset[str]
    passive_aux: frozenset[str]
    reporting: frozenset[str]
    reporting_phrases: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    reciprocal: frozenset[str]
    coordination: frozenset[str]
    location_preps: frozenset[str]
    source_preps: frozenset[str]
    occasion_preps: frozenset[str]
    passive_agent: frozenset[str]
    target_preps: frozenset[str]
    other_instance: frozenset[str]
    media_nouns: frozenset[str]
    aspect_end: frozenset[str]
    aspect_start: frozenset[str]
    member_preps: frozenset[str] = frozenset()  # "officials in the White House": an agent of the actor
    goal_preps: frozenset[str] = frozenset()  # "contribute money to X": after an object, X is the target
    hostile_goal_preps: frozenset[str] = frozenset()  # "fired shells at X": the same for conflictual codes
    # predicates whose negation negates the noun event they speak of ("ein Treffen ist nicht geplant",
    # "hat Angriffe nicht bestätigt"); compared with word forms and lemmas
    negation_carriers: frozenset[str] = frozenset()
    # prepositions naming the means of the clause's act ("spoke with Putin by phone"): a noun trigger behind
    # one takes its target from before it
    means_preps: frozenset[str] = frozenset()
    # "kritisierte die Festnahme von Journalisten in der Türkei": a place behind these after the object of
    # a trigger of ``object_place_codes`` (CAMEO code prefixes) hosts the object, its state is the target
    object_place_preps: frozenset[str] = frozenset()
    object_place_codes: frozenset[str] = frozenset()
    attribute_preps: frozenset[str] = frozenset()  # "die Festnahme von Journalisten": inside the object
    # adjectives and nouns of readiness: a cooperative act they govern is an intent (03x): "zu Gesprächen
    # bereit", "ready for talks"
    intent: frozenset[str] = frozenset()
    # the clause is in the past: auxiliaries and word-form endings (of a form that is not its lemma);
    # such an event in a sentence without a timex takes the previous sentence's ("On Sept. 2, police
    # raided two homes. They arrested ...")
    past: frozenset[str] = frozenset()
    past_suffixes: frozenset[str] = frozenset()
    # agent nouns: a state's adjective or name right before one is that state as an actor ("Russian forces",
    # "die iranischen Behörden", "A Moscow court"); the local ones also behind "in" ("Police in Tehran")
    agent_nouns: frozenset[str] = frozenset()
    local_agent_nouns: frozenset[str] = frozenset()
    # CAMEO code prefixes of acts on persons: the genitive or "of" actor of such a noun is the one acted on,
    # the target ("die Freilassung des Journalisten", "the release of the pastor"), not the source
    patient_codes: frozenset[str] = frozenset()
    # verbs of refusal: the act of their to-/zu-infinitive is negated ("refused to recognize", "weigerte
    # sich, … zu verhandeln"); of offering: the cooperative act of the infinitive is an intent (03x)
    refusal: frozenset[str] = frozenset()
    offer: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    cues: Cues
    by_lemma: dict[str, tuple[TriggerEntry, ...]]  # key: lemma in lower case (separable verbs: the base)
    compound_heads: tuple[str, ...]  # noun lemmas (lower case) that may end a German compound
    duration_suffixes: dict[str, Grain]
    duration_numbers: dict[str, int]
    date_cues: dict[str, tuple[int, int]]  # lower-case noun or phrase → (month, day)
    _memo: dict[tuple[str, str], tuple[TriggerEntry, ...]] = field(default_factory=dict, compare=False)
    _heads: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_heads", frozenset(self.compound_heads))

    def lookup(self, lemma: str, surface: str) -> tuple[TriggerEntry, ...]:
        """Entries for a token; German nouns also by the head of a compound ("Staatsbesuch")."""
        key = (lemma, surface)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > _MEMO_LIMIT:  # bounded: a long-running process sees unbounded vocabulary
                self._memo.clear()
            found = self._memo[key] = self._lookup(lemma, surface)
        return found

    def _lookup(self, lemma: str, surface: str) -> tuple[TriggerEntry, ...]:
        low = lemma.lower()
        found = self.by_lemma.get(low) or self.by_lemma.get(surface.lower())
        if found:
            return found
        if self._heads and surface[:1].isupper():
            # the longest head that ends the word and leaves at least three letters before it: the
            # word's suffixes, longest first, looked up in a set (not every head tried with endswith)
            heads = self._heads
            for k in range(3, len(low)):
                head = low[k:]
                if head in heads:
                    return tuple(e for e in self.by_lemma[head] if e.noun)
        return ()


_MEMO_LIMIT = 200_000


_CUE_KEYS = {
    "negation": "negation", "negation_det": "negation_det", "conditional": "conditional",
    "hypothetical": "hypothetical", "future": "future", "future_adj": "future_adj",
    "reported_future": "reported_future",
    "future_clause": "future_clause",
    "passive_aux": "past_participle_aux", "reporting": "reporting", "reporting_phrases": "reporting_phrases",
    "pronouns": "pronouns", "possessives": "possessives", "reciprocal": "reciprocal",
    "coordination": "coordination", "location_preps": "location_preps", "source_preps": "source_preps",
    "occasion_preps": "occasion_preps", "passive_agent": "passive_agent",
    "target_preps": "target_preps", "other_instance": "other_instance",
    "media_nouns": "media_nouns", "aspect_end": "aspect_end",
    "aspect_start": "aspect_start", "member_preps": "member_preps",
    "goal_preps": "goal_preps", "hostile_goal_preps": "hostile_goal_preps",
    "negation_carriers": "negation_carriers", "means_preps": "means_preps",
    "object_place_preps": "object_place_preps", "object_place_codes": "object_place_codes",
    "attribute_preps": "attribute_preps", "intent": "intent",
    "past": "past", "past_suffixes": "past_suffixes",
    "agent_nouns": "agent_nouns", "local_agent_nouns": "local_agent_nouns", "patient_codes": "patient_codes",
    "refusal": "refusal", "offer": "offer",
}


def _words(raw: object, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return frozenset(w.lower() for w in raw)


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The validated trigger lexicon of ``lang`` (cached; ``LanguageError`` if there is none)."""
    try:
        raw = resources.files("chronik.events").joinpath("lang", lang, "triggers.toml").read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise LanguageError(f"no event trigger lexicon for language {lang!r}") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"events/lang/{lang}/triggers.toml: {exc}") from exc
    return parse_lexicon(data, lang)


def parse_lexicon(data: dict[str, object], lang: str) -> Lexicon:
    where = f"events/lang/{lang}/triggers.toml"
    cues_raw = data.get("cues")
    if not isinstance(cues_raw, dict):
        raise LexiconError(f"{where}: missing [cues]")
    cues = Cues(**{k: _words(cues_raw.get(v, []), f"{where} [cues] {v}") for k, v in _CUE_KEYS.items()})
    particles = sorted(_words(cues_raw.get("particles", []), f"{where} particles"), key=len, reverse=True)
    extra_nouns = _words(cues_raw.get("nouns", []), f"{where} nouns")  # English: lemmas read as nouns
    by_lemma: dict[str, list[TriggerEntry]] = {}
    heads: set[str] = set()
    triggers = data.get("trigger")
    if not isinstance(triggers, list) or not triggers:
        raise LexiconError(f"{where}: no [[trigger]] entries")
    for i, t in enumerate(triggers):
        if not isinstance(t, dict) or not isinstance(t.get("code"), str) or not (
                str(t["code"]).isdigit() or (t["code"] == NO_EVENT and t.get("patterns"))):
            # "none" only with patterns: a trigger in some contexts only ("recall … ambassador")
            raise LexiconError(f"{where}: trigger #{i + 1} needs a numeric CAMEO code")
        unknown = set(t) - {"lemmas", "code", "target_preps", "location_target", "reciprocal_code",
                            "condition_target", "patterns", "symmetric"}
        if unknown:
            raise LexiconError(f"{where}: trigger #{i + 1} has unknown keys {sorted(unknown)}")
        _words(t.get("lemmas"), f"{where} trigger #{i + 1} lemmas")  # validates
        for original in t["lemmas"]:
            lemma = original.lower()
            if lang == "de":
                noun = original[:1].isupper()
            else:
                noun = lemma in extra_nouns or not _looks_verbal(lemma)
            key, particle = lemma, None
            if lang == "de" and not noun:
                for p in particles:
                    if lemma.startswith(p) and len(lemma) - len(p) >= 5:
                        key, particle = lemma[len(p):], p
                        break
            entry = TriggerEntry(lemma, str(t["code"]), noun,
                                 _words(t.get("target_preps", []), f"{where} target_preps"),
                                 bool(t.get("location_target", False)),
                                 str(t["reciprocal_code"]) if t.get("reciprocal_code") else None,
                                 bool(t.get("condition_target", False)), particle,
                                 _patterns(t.get("patterns", []), f"{where} trigger #{i + 1} patterns"),
                                 bool(t.get("symmetric", False)))
            if " " in lemma:  # a multi-word verb ("cordon off", "wire +tap": "+" marks the inflected word)
                entry, key = _phrase_entry(entry)
            by_lemma.setdefault(key, []).append(entry)
            if particle:  # the unseparated form ("vorwerfen", "vorgeworfen" lemmatised) finds it too
                by_lemma.setdefault(lemma, []).append(entry)
            if lang == "de" and noun and len(lemma) >= 4 and " " not in lemma:
                heads.add(lemma)
    dur = data.get("durations", {})
    if not isinstance(dur, dict):
        raise LexiconError(f"{where}: [durations] must be a table")
    suffixes = {str(k): Grain[str(v)] for k, v in dict(dur.get("suffixes", {})).items()}
    numbers = {str(k): int(v) for k, v in dict(dur.get("numbers", {})).items()}
    cues_dates: dict[str, tuple[int, int]] = {}
    for k, v in dict(data.get("date_cues", {})).items():  # type: ignore[call-overload]
        month, day = (int(x) for x in str(v).split("-"))
        cues_dates[str(k).lower()] = (month, day)
    return Lexicon(lang, cues, {k: tuple(v) for k, v in by_lemma.items()},
                   tuple(sorted(heads, key=len, reverse=True)), suffixes, numbers, cues_dates)


def _patterns(raw: object, where: str) -> tuple[Pattern, ...]:
    if not isinstance(raw, list):
        raise LexiconError(f"{where}: expected a list of tables")
    out = []
    for p in raw:
        if not isinstance(p, dict) or not str(p.get("code", "")).strip() or \
                not (p.get("before") or p.get("after")):
            raise LexiconError(f"{where}: a pattern needs a code and before/after words")
        code = str(p["code"]).strip()
        after_window = p.get("after_window")
        out.append(Pattern(code, parse_side(p.get("before", ""), "before"),
                           parse_side(p.get("after", ""), "after"), int(p.get("window", 4)),
                           int(after_window) if after_window is not None else None))
    return sort_patterns(out)


def sort_patterns(patterns: list[Pattern]) -> tuple[Pattern, ...]:
    """Most specific first: more elements, then (stable) the given order."""
    return tuple(sorted(patterns, key=lambda q: len(q.before) + len(q.after), reverse=True))


def side_words(text: str, side: str) -> list[tuple[str, bool]]:
    """The words of one pattern side, each with whether it is adjacent (``_``) to its neighbour toward
    the trigger; a ``_`` at the trigger's end of the side binds to the trigger ("in_" before it, "_on"
    after it). Words are separated by spaces (gaps allowed) or ``_``."""
    text = text.strip()
    toward_trigger = text.startswith("_") if side == "after" else text.endswith("_")
    words: list[str] = []
    joined: list[bool] = []  # joined[k]: "_" between words[k] and words[k + 1]
    for t in re.findall(r"[^\s_]+|_|\s+", text.strip("_ ")):
        if t == "_" or t.isspace():
            if words and len(joined) < len(words):
                joined.append(t == "_")
            continue
        words.append(t)
    joined += [False] * (len(words) - len(joined))
    if side == "after":
        return [(w, toward_trigger if k == 0 else joined[k - 1]) for k, w in enumerate(words)]
    return [(w, toward_trigger if k == len(words) - 1 else joined[k]) for k, w in enumerate(words)]


def parse_side(raw: object, side: str) -> tuple[Element, ...]:
    """A pattern side written in TOML (``side_words``), each word with alternatives ``a|b``; ``$ + % ^``
    are actor slots (source, target, both, skipped)."""
    return tuple(Element(slot=w, adjacent=adjacent) if w in SLOTS else
                 Element(words=frozenset(w.split("|")), adjacent=adjacent)
                 for w, adjacent in side_words(str(raw).lower(), side))


def _phrase_entry(entry: TriggerEntry) -> tuple[TriggerEntry, str]:
    """A multi-word verb lemma ("cordon off", "wire +tap"): the entry under its inflected word (marked
    with "+", else the first) with the other words around it."""
    words = entry.lemma.split()
    head = next((k for k, w in enumerate(words) if w.startswith("+")), 0)
    key = words[head].lstrip("+")
    lemma = " ".join(w.lstrip("+") for w in words)
    return dataclasses.replace(entry, lemma=lemma, phrase_before=tuple(words[:head]),
                               phrase_after=tuple(words[head + 1:])), key


# English lemma lists mix verbs and nouns; nouns are the ones that cannot be verbs in the list's own terms.
_EN_NOUNS = {"meeting", "summit", "talks", "consultation", "negotiation", "negotiations", "mediation",
             "apology", "agreement", "criticism", "accusation", "rejection", "warning", "threat", "tests",
             "sanctions", "embargo", "expulsion", "arrests", "assassination", "offensive", "airstrike",
             "airstrikes", "bombing", "shelling", "invasion", "trip", "aid"}


def _looks_verbal(lemma: str) -> bool:
    return lemma not in _EN_NOUNS
