"""Event extraction: triggers, actors, location, modality and the timex that dates each event.

Per sentence (dependency-free heuristics over tokens, lemmas and a coarse POS):

1. actor mentions come from one compiled scanner per resolver and language; person pronouns ("er",
   "he") stand for the last person named before them;
2. the sentence is cut into clauses at , ; : – ( ); each actor knows the preposition that governs it;
3. a trigger is a token whose lemma is in the language's lexicon (German compounds by their head);
4. roles: verbs take the last ungoverned actor before them as source, else the first after them
   (German verb-second: "drohte Kim"), and the next ungoverned actor or one after a target preposition
   as target; nouns take a genitive/possessive or "von/of/by" actor as source, else the clause subject;
   passives swap ("was received by Xi"); coordinated reciprocal subjects ("A und B begrüßen sich");
5. modality, dating and reported speech as documented in ``docs/events.md``.

After all sentences, mentions of the same event (same CAMEO root, shared actor, compatible place) lend
each other their date and missing roles (``DateSource.COREFERENCE``), and an event "bei/during" another
one in its clause takes that one's date. Then the mentions of one event (same code, modality, date and
actors, no conflicting place) become one record with all trigger spans (``merge=False``: per mention).

This module is the public surface; the work is done in small private modules:

    _pipeline    extract_events, date_spans: the document loop (orchestration)
    _segment     clause breaks, closed word classes, sentences bounded in length
    _mentions    _Actor/_Draft records, actor-scanner and role-word caches, mention helpers
    _sentence    _SentenceCore: one sentence's clauses, actors (with prepositions), reporting clauses
    _triggers    trigger pre-filter, lexicon entry and pattern code of a token, truncated conjuncts
    _roles       source, target and location; coordination, reciprocals, passives
    _modality    conditions and modality
    _reported    reported speech: speaker, outlet, date of the report
    _dating      the timex or cue that dates an event; interval values
    _view        _SentenceView: the rules combined; one draft per trigger (and conjunct)
    _coref       document level: coreference of mentions, "bei/during" dating, the report's date
    _merge       document level: the mentions of one event become one record
"""

from __future__ import annotations

from chronik.events._pipeline import date_spans, extract_events

__all__ = ["date_spans", "extract_events"]
