"""TABARI/PETRARCH verb dictionaries as a trigger lexicon: users bring their own verbs and patterns.

    lex = load_tabari_verbs("my.verbs.txt")                 # English cues, the dictionary's triggers
    extract_events(text, "en", timexes, dct, TabariResolver(actors, agents), lexicon=lex)

The format (read from PETRARCH's own dictionaries):

* ``--- VERB [code] ---`` opens a block; ``[---]`` is no default code (the verbs are coded only through
  patterns), ``[032:033]`` a paired code (the first is used). Lines in a block are verbs (``+`` before a
  synonym is optional) with an optional own ``[code]`` and their irregular forms in braces
  (``BREAK {BROKE BROKEN}``; without braces the regular -s/-ed/-ing forms); a multi-word verb joins its
  words with ``_`` or spaces and marks the inflected word with ``+`` (``WIRE_+TAP``; unmarked: the
  first, ``+CORDON_OFF``).
* ``- upper * lower [code]`` is a pattern: words before (``upper``) and after (``lower``) the verb; words
  separated by spaces may have other words between them, words joined by ``_`` are adjacent (so are
  ``IN_*`` and ``*_ON`` to the verb); ``$`` is the source, ``+`` the target, ``%`` a coordination whose
  members act on each other, ``^`` an actor skipped over; ``&NAME`` any entry of a synset. The pattern
  with the most elements wins. ``[---]`` says "not an event here".
* ``&NAME`` on a line of its own starts a synset; its ``+ENTRY`` lines follow (several words in a row,
  other synsets by ``&NAME``). TreeBank contractions (``DID N'T``) are joined to the text's form.
* ``#`` starts a comment, ``<!-- … -->`` is one.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from chronik.errors import LexiconError
from chronik.events.lexicon import (
    NO_EVENT,
    SLOTS,
    Element,
    Lexicon,
    Pattern,
    TriggerEntry,
    load_lexicon,
    side_words,
    sort_patterns,
)

__all__ = ["load_tabari_verbs"]

_BLOCK = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\].*?---", re.M)
_LINE = re.compile(r"^\s*(-?)\s*(.*?)\s*(?:\[([^\]]*)\])?\s*$")


def load_tabari_verbs(path: str | os.PathLike[str], *, base: Lexicon | None = None,
                      window: int = 8) -> Lexicon:
    """A trigger lexicon from a TABARI/PETRARCH verb dictionary: the cues (modality, roles, dating) of
    ``base`` (default: chronik's English lexicon), the dictionary's verbs as triggers with their patterns
    (the part of a pattern before the verb ends within ``window`` tokens of it, over its gaps)."""
    p = Path(path)
    try:
        raw = p.read_text("utf-8", errors="replace")
    except OSError as exc:
        raise LexiconError(f"cannot read: {exc.strerror}", source=str(p)) from None
    base = base or load_lexicon("en")
    lines = [ln.split("#")[0].rstrip() for ln in re.sub(r"<!--.*?-->", "", raw, flags=re.S).splitlines()]
    synsets = _synsets(lines)
    by_lemma: dict[str, list[TriggerEntry]] = {}
    block: tuple[str, list[tuple[str, str]], list[Pattern]] | None = None

    def flush() -> None:
        if block is None:
            return
        default, verbs, patterns = block
        ordered = sort_patterns(patterns)
        for form, code in verbs:
            code = code or default
            if code == NO_EVENT and not ordered:
                continue
            entry = TriggerEntry(form, code, False, patterns=ordered)
            key = form
            if " " in form:
                entry, key = _phrase(entry)
            same = by_lemma.setdefault(key, [])
            k = next((k for k, e in enumerate(same) if e.lemma == entry.lemma), None)
            if k is None:
                same.append(entry)
            else:  # a verb in two blocks ("SHOT"): one entry, the first default code, all patterns
                old = same[k]
                same[k] = dataclasses.replace(old, code=old.code if old.code != NO_EVENT else entry.code,
                                              patterns=sort_patterns([*old.patterns, *entry.patterns]))

    in_synset = False
    for n, line in enumerate(lines, 1):
        head = _BLOCK.match(line)
        if head:
            flush()
            block = (_code(head.group(2)) or NO_EVENT, [], [])
            in_synset = False
            continue
        if not line.strip():
            in_synset = False
            continue
        if line.startswith("&"):
            in_synset = True
            continue
        if in_synset and line.lstrip().startswith("+"):
            continue
        in_synset = False
        if block is None:
            continue
        m = _LINE.match(line)
        if not m or not m.group(2):
            continue
        dash, text, code = m.group(1), m.group(2), _code(m.group(3) or "")
        if dash:
            if "*" not in text or code is None:
                continue  # not a pattern, or a code that is none ("[def]")
            before, _, after = text.partition("*")
            try:
                pattern = Pattern(code, _side(before, "before", synsets), _side(after, "after", synsets),
                                  window)
            except KeyError as exc:
                raise LexiconError(f"unknown synset &{exc.args[0]}", source=f"{p}:{n}") from None
            if pattern.before or pattern.after:
                block[2].append(pattern)
            continue
        forms = re.search(r"\{([^}]*)\}", text)
        word = _verb(text[: forms.start()] if forms else text)
        if not word:
            continue
        own = code if m.group(3) else ""
        block[1].append((word, own or ""))
        if forms:  # irregular: the forms given
            block[1].extend((_verb(f), own or "") for f in forms.group(1).split() if _verb(f))
        else:  # regular: -s, -ed, -ing as PETRARCH conjugates them ("acting", "deplored")
            block[1].extend((f, own or "") for f in _regular(word))
    flush()
    return Lexicon(base.lang, base.cues, {k: tuple(v) for k, v in by_lemma.items()},
                   (), base.duration_suffixes, base.duration_numbers, base.date_cues)


def _code(raw: str) -> str | None:
    """The code of ``[code]``: the first of a pair, ``none`` for ``---``, ``None`` if it is no code."""
    code = raw.split(":")[0].strip()
    if code == "---":
        return NO_EVENT
    m = re.match(r"\d{3,4}[A-Za-z]?", code)  # "174K" a user's sub-code; "025?" uncertain: 025
    return m.group(0) if m else None


def _verb(text: str) -> str:
    """A verb or its form in lower case; the words of a multi-word verb separated by spaces, "+" kept on
    the inflected one ("wire +tap"); "" if it is no verb."""
    words = text.replace("_", " ").lower().split()
    if len(words) == 1:
        words[0] = words[0].lstrip("+")
    out = " ".join(words)
    return out if re.fullmatch(r"\+?[a-z'-]+(?: \+?[a-z'-]+)*", out) else ""


def _regular(verb: str) -> list[str]:
    """The regular forms of a verb (its inflected word, for a multi-word verb): "act" → "acts", "acted",
    "acting"; "deplore" → "deplores", "deplored", "deploring"; "try" → "tries", "tried"."""
    words = verb.split()
    head = next((k for k, w in enumerate(words) if w.startswith("+")), 0)
    w = words[head].lstrip("+")
    if len(w) < 3:
        return []
    if w.endswith("e"):
        forms = [w + "s", w + "d", w[:-1] + "ing"]
    elif w.endswith("y") and w[-2] not in "aeiou":
        forms = [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        forms = [w + "es", w + "ed", w + "ing"]
    else:
        forms = [w + "s", w + "ed", w + "ing"]
    mark = "+" if words[head].startswith("+") else ""
    return [" ".join([*words[:head], mark + f, *words[head + 1:]]) for f in forms]


def _phrase(entry: TriggerEntry) -> tuple[TriggerEntry, str]:
    words = entry.lemma.split()
    head = next((k for k, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    return dataclasses.replace(entry, lemma=" ".join(words), phrase_before=tuple(words[:head]),
                               phrase_after=tuple(words[head + 1:])), words[head]


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    """Synset name → its entries (lower case, words separated by spaces, nested ``&NAME`` kept)."""
    out: dict[str, list[str]] = {}
    name: str | None = None
    for line in lines:
        if line.startswith("&"):
            name = line[1:].split()[0].rstrip("_").upper()
            out[name] = []
        elif name is not None and line.lstrip().startswith("+"):
            out[name].append(" ".join(line.strip()[1:].replace("_", " ").split()).lower())
        else:
            name = None
    return out


def _alternatives(name: str, synsets: dict[str, list[str]], seen: frozenset[str] = frozenset()
                  ) -> list[tuple[str, ...]]:
    """The word sequences a synset stands for (nested synsets expanded)."""
    key = name.rstrip("_").upper()
    if key in seen:
        return []
    out: list[tuple[str, ...]] = []
    for entry in synsets[key]:
        seqs: list[tuple[str, ...]] = [()]
        for w in entry.split():
            if w.startswith("&"):
                alts = _alternatives(w[1:], synsets, seen | {key})
                seqs = [s + a for s in seqs for a in alts]
            else:
                seqs = [(*s, w) for s in seqs]
        out += [_contract(s) for s in seqs if s]
    return out


def _contract(words: tuple[str, ...]) -> tuple[str, ...]:
    """TreeBank splits contractions ("did n't", "wo n't"); the text has them as one word ("didn't")."""
    out: list[str] = []
    for w in words:
        if (w.startswith("'") or w == "n't") and out:
            out[-1] += w
            continue
        out.append(w)
    return tuple(out)


def _side(text: str, side: str, synsets: dict[str, list[str]]) -> tuple[Element, ...]:
    """One side of a pattern: its words, synsets and slots with their connectors (``_`` adjacent)."""
    out: list[Element] = []
    for w, adjacent in side_words(text, side):
        if w in SLOTS:
            out.append(Element(slot=w, adjacent=adjacent))
        elif w.startswith("&"):
            alts = _alternatives(w[1:], synsets)
            out.append(Element(frozenset(a[0] for a in alts if len(a) == 1),
                               tuple(a for a in alts if len(a) > 1), adjacent=adjacent, forms=True))
        else:
            out.append(Element(frozenset({w.lower()}), adjacent=adjacent, forms=True))
    return tuple(out)
