"""Events: who did what to whom, where, and when it happened (not when it was reported).

    extract_events(text, lang, timexes, dct, resolver)   the engine (``chronik.process`` calls it)
    Event, EventActor, ReportedSpeech, Modality, DateSource   the record
    TableResolver, ActorResolver                        actor look-up (any registry behind a Protocol)
    TabariResolver                                      TABARI/PETRARCH .actors and .agents dictionaries
    load_tabari_verbs                                   TABARI/PETRARCH verb dictionaries → trigger lexicon
    Analyzer, SimpleAnalyzer, SpacyAnalyzer             the linguistic backend
"""

from chronik.events.analysis import Analyzer, Sentence, SimpleAnalyzer, SpacyAnalyzer, Token
from chronik.events.extract import extract_events
from chronik.events.model import DateSource, Event, EventActor, Modality, ReportedSpeech
from chronik.events.resolver import ActorInfo, ActorResolver, TabariResolver, TableResolver, default_resolver
from chronik.events.verbs import load_tabari_verbs

__all__ = [
    "ActorInfo",
    "ActorResolver",
    "Analyzer",
    "DateSource",
    "Event",
    "EventActor",
    "Modality",
    "ReportedSpeech",
    "Sentence",
    "SimpleAnalyzer",
    "SpacyAnalyzer",
    "TabariResolver",
    "TableResolver",
    "Token",
    "default_resolver",
    "extract_events",
    "load_tabari_verbs",
]
