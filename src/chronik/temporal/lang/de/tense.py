"""German tense cues: which occurrence a date without a year means ("am Samstag", "im März").

``direction(text, start, end)`` reads the clause around a mention (future and Präteritum forms, "ab"/
"bis", a weekday opening a present-tense sentence) and says which way from the anchor the occurrence
lies; ``narrative`` does the same for a story told in an earlier year. Both are wired into the
language's ``LanguageSpec`` (``__init__.py``); the rules in ``rules.py`` produce values only.
"""

from __future__ import annotations

import re

from chronik.temporal.lang.de._shared import _AGE_FROM, _DAY_SEP
from chronik.temporal.sentences import sentence_around
from chronik.temporal.values import Direction

__all__ = ["direction", "narrative"]




_FUTURE_CUES = re.compile(
    r"\b(?:wird|werden|werde|wirst|soll|sollen|findet|finden|stattfinden|beginnt|beginnen|startet|starten|"
    r"geplant|plant|planen|lädt|laden|bevorstehend\w*|kommt|kommen|erwartet|geht|gehen|folgt|steht|stehen|"
    r"will|wollen|möchte|treffen|trifft|eröffnet)\b")
_PAST_CUES = re.compile(
    r"\b(?:hatte|hatten|hat|haben|war|waren|wurde|wurden|worden|gewesen|sagte|sagten|erklärte|erklärten|"
    r"berichtete|berichteten|teilte|teilten|fand|fanden|begann|begannen|gab|kam|kamen|ging|gingen|stand|"
    r"standen|stattgefunden|beendet|bekannt|meldete|meldeten|zitierte|traf|trafen|starb|verstarb|ereignete|"
    r"endete|lag|lagen|ist|sind|"
    # Präteritum of common strong and reporting verbs ("sprach sich am Samstag dafür aus")
    r"sprach|sprachen|hielt|hielten|trat|traten|zog|zogen|fiel|fielen|lief|liefen|sah|sahen|rief|riefen|"
    r"gewann|gewannen|verlor|verloren|bekam|bekamen|blieb|blieben|schien|fuhr|fuhren|flog|schrieb|"
    r"schrieben|entschied|entschieden|beschloss|beschlossen|stieg|stiegen|brachte|brachten|dachte|wusste|"
    r"stimmte|stimmten|wählte|wählten|siegte|siegten|setzte|setzten|legte|legten|stellte|stellten|"
    r"zeigte|zeigten|machte|machten|führte|führten|spielte|spielten|feierte|feierten|eröffnete|"
    r"besuchte|besuchten|präsentierte|präsentierten|empfing|empfingen|unterzeichnete|verkündete|"
    # ... and of the verbs of economic and political news ("Von Januar bis März sank die Zahl")
    r"sank|sanken|wuchs|wuchsen|nahm|nahmen|übernahm|übernahmen|hieß|galt|galten|gelang|brach|brachen|"
    r"schloss|schlossen|verließ|verließen|erlitt|ergab|erreichte|erreichten|verzeichnete|verzeichneten|"
    r"erhöhte|erhöhten|senkte|senkten|kündigte|kündigten|warnte|warnten|forderte|forderten|kritisierte|"
    r"kritisierten|betonte|betonten|lebte|lebten|arbeitete|arbeiteten|regierte|regierten|kostete|kosteten|"
    r"dauerte|dauerten|verdoppelte|kehrte|kehrten)\b")
_EXPLICIT_DATE = re.compile(r"(?:\w+,?\s+)?(?:den\s+|dem\s+|des\s+|vom\s+)?\d{1,2}\.\s*"
                            r"(?:\d{1,2}\.|[^\W\d]{3,})(?!\s*\d)")
_RANGE_DAY = re.compile(r"\d{1,2}\.(?=" + _DAY_SEP + r"\d{1,2}\.)")
_SINCE_PAST = re.compile(r"(?:^|\W)(?:seit|Seit)\s+$")
_SINCE = re.compile(r"(?:^|\W)(?:ab|Ab|bis|Bis)\s+$")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÄÖÜ\"„])|\n\s*\n")


# a weekday opening its sentence, followed by a present-tense verb in second place: the coming day
_WEEKDAY_WORD = re.compile(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)")
_VORFELD = re.compile(r"[\s\"„]*(?:(?:am|Am|in|In|der|Nacht|auf|zum|zu|den|ab|Ab|bis|Bis|kommenden|"
                      r"nächsten)\s+)*")
_V2_PRESENT = re.compile(r"\s+(?P<v>(?!ge)[a-zäöüß]{2,}(?<!te)(?:t|en)(?<!ten))\b")
_STRONG_PAST_T = re.compile(r"[a-zäöüß]*(?:bat|bot|trat|hielt|galt|riet|tat|schnitt|stritt|litt|ritt|glitt)|"
                            r"gegen|zwischen|wegen|seit|jeweils|erst|nicht|oft|meist|bereits|zunächst|"
                            r"[a-zäöüß]*(?:weit|mittag|abend|nacht|morgen)")


def direction(text: str, start: int, end: int) -> Direction | None:
    """Tense of the clause around a mention: "wird … stattfinden" → FUTURE, "hatte … beendet" → PAST.

    Looks at the sentence holding the mention and takes the verb cue nearest to it; ``None`` when there is
    none (the news default, the past, applies).
    """
    if _SINCE_PAST.search(text, max(0, start - 6), start):
        return Direction.PAST  # "seit dem 1. Januar gilt", "seit Oktober": behind, whatever the tense
    if _EXPLICIT_DATE.match(text, start, end) or _RANGE_DAY.match(text, start):
        # "am 21. Dezember": the closest one, whatever the tense; but not a future one for what a
        # Präteritum or pluperfect tells ("hatte am 12. Mai … aufgehebelt", "sah am 20. April")
        return Direction.PAST if _told_in_past(text, start, end) else Direction.CLOSEST
    lo = max(0, start - 200)
    hi = min(len(text), end + 200)
    left = text[lo:start]
    ends = list(_SENTENCE_END.finditer(left))
    if ends:
        lo += ends[-1].end()
    right = _SENTENCE_END.search(text, end, hi)
    if right:
        hi = right.start() + 1
    since = _SINCE.search(text, max(0, start - 5), start)
    # after "ab"/"bis", "ist"/"sind" mostly begin a present ("ist ab Freitag zu sehen", "ist bis Ende November
    # gesperrt"), and after "ab" "hat"/"haben" too ("hat ab Montag geöffnet")
    present: tuple[str, ...] = (() if not since else ("ist", "sind", "hat", "haben")
                                if since.group().strip().lower() == "ab" else ("ist", "sind"))
    if _STATE_PRESENT.search(text, lo, hi):
        present = ("ist", "sind", "hat", "haben")  # opening hours: "hat an Heiligabend bis 12 Uhr geöffnet"
    # the mention's own comma clause first: "Am Dienstag landet die Mannschaft, ab 10 Uhr ist … geplant"
    c_lo, c_hi = _clause(text, lo, hi, start, end)
    weekday = _WEEKDAY_WORD.search(text, start, end) is not None
    best = _nearest_cue(text, c_lo, c_hi, start, end, present)
    if best is None or best[1] is Direction.PAST:
        announced = _ANNOUNCE.search(text, lo, start)
        zu_plan = best is None and _ZU_INFINITIVE.search(text, c_lo, c_hi) is not None
        until_announced = (since is not None and since.group().strip().lower() == "bis" and best is not None
                           and _ANNOUNCE.fullmatch(text, *_cue_span(text, c_lo, c_hi, start, end, present))
                           is not None)
        if announced and (zu_plan or until_announced):
            # "kündigte an, ihn am Dienstag wieder aufzunehmen", "kündigte seinen Rücktritt bis Oktober an"
            return Direction.FUTURE
    if best is None:
        verb = _PRESENT_BEFORE.search(text, max(c_lo, start - 60), start)
        v = verb.group("v") if verb else ""
        if verb and _present_form(v) and (weekday or not _STATE_VERB.fullmatch(v)):
            return Direction.FUTURE  # "erscheint am Mittwoch", "erscheint im Oktober"
        if weekday and not since and _VORFELD.fullmatch(text, lo, start):
            verb = _V2_PRESENT.match(text, end)
            if verb and not _STRONG_PAST_T.fullmatch(verb.group("v")):
                return Direction.FUTURE  # "Am Samstag spielt Bayern", "In der Nacht auf Sonntag sinken …"
        if weekday and not since:
            verb = _V2_OPENING.match(text, lo, start)
            if verb and _present_form(verb.group("v")):
                return Direction.FUTURE  # "Heuer wählen noch Salzburg im April und Kärnten schon am Sonntag"
        best = _nearest_cue(text, lo, hi, start, end, present)
    if since and (best is None or best[1] is not Direction.PAST):
        return Direction.FUTURE  # "ab Juli übernimmt sie", "bis Freitag müssen": the coming one
    if best is None and _CLOSEST_WITHOUT_CUE.fullmatch(text, start, end):
        return Direction.CLOSEST  # "tagt im November", "nach Weihnachten sinken die Preise"
    return best[1] if best else None


def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The comma clause of a mention inside its sentence ``lo:hi``."""
    breaks = list(_CLAUSE_BREAK.finditer(text, max(lo, start - 160), start))
    c_lo = breaks[-1].end() if breaks else lo
    after = _CLAUSE_BREAK.search(text, end, hi)
    return max(lo, c_lo), after.start() if after else hi


def _cue_span(text: str, lo: int, hi: int, start: int, end: int,
              present: tuple[str, ...]) -> tuple[int, int]:
    """Where the verb cue nearest to a mention is (``lo, lo`` when none)."""
    best: tuple[int, int, int] | None = None
    for pattern in (_FUTURE_CUES, _PAST_CUES):
        for m in pattern.finditer(text, lo, hi):
            if m.group() in present:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0]:
                best = (dist, m.start(), m.end())
    return (best[1], best[2]) if best else (lo, lo)


def _nearest_cue(text: str, lo: int, hi: int, start: int, end: int,
                 present: tuple[str, ...]) -> tuple[int, Direction] | None:
    """The tense cue nearest to a mention in ``lo:hi`` (a past one on a tie)."""
    best: tuple[int, Direction] | None = None
    for pattern, dirn in ((_FUTURE_CUES, Direction.FUTURE), (_PAST_CUES, Direction.PAST)):
        for m in pattern.finditer(text, lo, hi):
            if m.group() in present:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0] or (dist == best[0] and dirn is Direction.PAST):
                best = (dist, dirn)
    return best


def _present_form(verb: str) -> bool:
    """A present-tense finite form ("erscheint", "wählen"), not a Präteritum, participle or function word."""
    return (not _STRONG_PAST_T.fullmatch(verb) and not _NOT_A_VERB.fullmatch(verb)
            and _V2_PRESENT.fullmatch(" " + verb) is not None)


# verbs announcing or calling for something: what follows in a zu-infinitive or after "bis" lies ahead
_ANNOUNCE = re.compile(
    r"\b(?:kündigte|kündigten|kündigt|angekündigt|ankündigen|aufgerufen|rief|riefen|aufgefordert|forderte|"
    r"forderten|versprach|versprachen|versprochen|beschloss|beschlossen|plante|planten|vereinbarte|"
    r"vereinbarten|vereinbart|appellierte|appellierten|empfahl|empfahlen|empfohlen|drohte|drohten|gedroht|"
    r"zugesagt|angeboten|beabsichtigt|erwägt)\b")
# a present verb right before the mention's preposition: "erscheint am Mittwoch", "wählt schon am Sonntag"
_PRESENT_BEFORE = re.compile(
    r"\b(?P<v>[a-zäöüß]{2,})\s+(?:(?:schon|bereits|erst|noch|dann|nun|wieder|voraussichtlich|frühestens|"
    r"spätestens|erneut|ebenfalls|auch|wohl|erstmals|jeweils)\s+){0,2}(?:am|im|an|Anfang|Mitte|Ende)\s+\Z")
_NOT_A_VERB = re.compile(r"[a-zäöüß]*(?:ern|eln)|einen|keinen|meinen|seinen|ihren|unseren|den|denen|allen|"
                         r"beiden|vielen|anderen|neuen|ersten|letzten|nächsten|kommenden|vergangenen|"
                         r"mit|nicht|jetzt|selbst|zuletzt|insgesamt|meist|erst|bisweilen|unten|oben|"
                         r"hinten|vorn|morgen|heute|gestern|eben|wenigstens|mindestens|spätestens|frühestens")
# present verbs of a state, not a schedule: "liegt im September bei"
_STATE_VERB = re.compile(r"liegt|liegen|beträgt|betragen|bleibt|bleiben|gilt|gelten|zählt|zählen|sinkt|"
                         r"sinken|steigt|steigen|fällt|fallen|wächst|wachsen|herrscht|herrschen|gibt")
# the verb in second place of a sentence opened by one word: "Heuer wählen noch …", "Dann spielt …"
_V2_OPENING = re.compile(r"[\s\"„]*[A-ZÄÖÜ][\w-]*\s+(?P<v>[a-zäöüß]{2,})\b")


# a state, not a perfect: "ist … geöffnet", "sind … gesperrt", "hat … geöffnet" (not "ist … geöffnet worden")
_STATE_PRESENT = re.compile(r"\b(?:ist|sind|hat|haben)\b[^.;!?,]{0,80}?"
                            r"\b(?:geöffnet|geschlossen|gesperrt|offen|zu\s+sehen)\b(?!\s+(?:worden|hat|haben|war|waren|wurde|wurden)\b)")
# the comma clause around a mention; a "zu" infinitive in it is a plan ("kündigte an, am 20. April … zu
# eröffnen")
_NAMING_DATE = re.compile(r"(?:^|\W)(?:vom|des|der|dem|den)\s+(?:\d{1,2}\.\s*(?:und|bis|[-–/])\s*)?\Z")
_CLAUSE_BREAK = re.compile(r"[,;:.!?–()]")
_ZU_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b")


def _told_in_past(text: str, start: int, end: int) -> bool:
    """A Präteritum or pluperfect verb in the mention's own comma clause, and no future or plan in it; for a
    date naming an event only a pluperfect ("Die Spiele vom 20. Dezember wurden verschoben": maybe ahead)."""
    naming = _NAMING_DATE.search(text, max(0, start - 20), start) is not None
    lo = max(0, start - 120)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    # "am 3. April, gegen 2 Uhr, …": skip the first break right after the mention
    after = _CLAUSE_BREAK.search(text, end, min(len(text), end + 160))
    hi = after.start() if after else min(len(text), end + 160)
    clause = text[lo:start] + "DATUM" + text[end:hi]  # the date's own dots end no sentence
    if _FUTURE_CUES.search(clause) or _ZU_INFINITIVE.search(clause) or _STATE_PRESENT.search(clause):
        return False
    if naming:  # only a pluperfect looks back from an event's date ("die Stichwahl vom 14. Oktober hatte")
        return _PLUPERFECT.search(clause) is not None
    if any(m.group() not in ("ist", "sind", "hat", "haben") for m in _PAST_CUES.finditer(clause)):
        return True
    return _STORY_PAST.search(clause) is not None


# "hatten … niedergelegt" (not "dass sie Kassen hatte")
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten)\b[^.;!?]{0,80}?\b(?:ge[a-zäöüß]{2,}(?:t|en)|"
                         r"[a-zäöüß]+ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\b")
_PRESENT_YEAR = re.compile(r"\b(?:heuer|dieses\s+Jahres|diesen\s+Jahres|in\s+diesem\s+Jahr)\b")
_YEAR_WORD = re.compile(r"\b(?:1\d|20)\d\d\b")
# a year compared with ("1970 sogar", "mehr als 2013", "noch 1999"), not the time a story is set in
_COMPARED_BEFORE = re.compile(r"\b(?:als|wie|gegenüber|sogar|noch)\s+(?:(?:im|in)\s+)?(?:Jahr\s+)?\Z")
_COMPARED_AFTER = re.compile(r"\s+(?:sogar|noch|erst|gar)\b")
_SPAN_SINCE = re.compile(r"(?:^|\W)[Ss]eit\s+(?:\S+\s+){0,2}\Z")
# the past of a story: the Präteritum cues above ("ist", "sind" also begin a present), and the
# Präteritum of verbs of history and crime reports ("kapitulierte", "besetzten", "tagten")
_STORY_PAST = re.compile(
    r"\b(?:hatte|hatten|war|waren|wurde|wurden|worden|gewesen|"
    r"kapitulierte|kapitulierten|besetzte|besetzten|tagte|tagten|marschierte|marschierten|erklärte|"
    r"unterschrieb|unterschrieben|demonstrierte|demonstrierten|protestierte|protestierten|streikte|"
    r"streikten|floh|flohen|landete|landeten|griff|griffen|überfiel|überfielen|eroberte|eroberten|"
    r"stürzte|stürzten|ermordete|ermordeten|tötete|töteten|erschoss|erschossen|verhaftete|verhafteten|"
    r"verurteilte|verurteilten|heiratete|heirateten|zog|zogen|gründete|gründeten|starb|starben|"
    r"ernannte|ernannten|öffnete|öffneten|baute|bauten|erlebte|erlebten|erhielt|erhielten|"
    r"verkündete|verkündeten|brannte|brannten|feierte|feierten|begann|begannen|endete|endeten)\b")


def narrative(text: str, start: int, end: int) -> Direction | None:
    """A date without a year in a story set in an earlier year ("Im Herbst 1989 … Am 9. November"):
    onward from the story's date in a past-tense clause, back from it in a pluperfect ("Am 16. Juni
    hatten Bauarbeiter"); not the story's in a present or future clause ("Am 12. Dezember wird das
    Jubiläum gefeiert", "ab 15. Mai erhältlich ist", "gibt es Anfang Juni") or when the clause names the
    current year."""
    lo, hi = sentence_around(text, start, end, _SENTENCE_END)
    clause = text[lo:hi]
    if _PRESENT_YEAR.search(clause):
        return None
    years = list(_YEAR_WORD.finditer(text, max(0, start - 600), start))
    if years and _SPAN_SINCE.search(text, max(0, years[-1].start() - 30), years[-1].start()):
        return None  # "die seit November 2005 regiert": a span reaching the present sets no story
    if years and years[-1].start() < lo and (
            _COMPARED_BEFORE.search(text, max(0, years[-1].start() - 30), years[-1].start())
            or _COMPARED_AFTER.match(text, years[-1].end())):
        return None  # "…, 1954 sogar 8,10 Meter. Die Stadt hatte …": a comparison tells no story
    tense = direction(text, start, end)
    if tense is Direction.FUTURE:
        return None
    # "ist", "sind" also begin a present; after "ab" only a Präteritum tells a story ("ab 15. Mai
    # erhältlich ist", "wer gewonnen hat" vs "Ab Ende des Jahres stand sie")
    after_from = _AGE_FROM.search(text[max(0, start - 4):start])
    present = ("ist", "sind", "hat", "haben") if after_from else ("ist", "sind")
    past = [m for m in _PAST_CUES.finditer(clause) if m.group().lower() not in present]
    if not past and not _STORY_PAST.search(clause):
        return None
    return Direction.PAST if _PLUPERFECT.search(clause) else Direction.ONWARD


# months and feasts without a year: with no tense cue, the closest occurrence
_CLOSEST_WITHOUT_CUE = re.compile(
    r"(?:(?:Anfang|Mitte|Ende)\s+)?(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|"
    r"Oktober|November|Dezember)|"
    r"(?:Ostern|Weihnachten|Pfingsten|Silvester|Neujahr|Heiligabend|Karfreitag|Ostersonntag|Ostermontag|"
    r"Pfingstmontag|Allerheiligen|Fronleichnam|Himmelfahrt|Christi\s+Himmelfahrt)")
