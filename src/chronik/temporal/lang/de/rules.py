"""German rules: only what the lexicon and templates cannot say on their own.

Conventions (KRAUTS / It-TimeML, see docs/conventions.md): prepositions stay outside the extent (``!im``),
articles inside (the lexicon's ``left_attach``), modifiers such as "rund" or "Anfang" inside; "vor fünf
Jahren" is the DURATION "fünf Jahren" (P5Y) whose implied point is kept.
"""

from __future__ import annotations

import re

from chronik.temporal.grammar import Rule, RuleMatch
from chronik.temporal.lang.de._shared import _AGE_FROM, _DAY_SEP
from chronik.temporal.lang.de.tense import narrative
from chronik.temporal.values import (
    Anchor,
    Clock,
    Cycle,
    Duration,
    Feast,
    Fields,
    Grain,
    Intersect,
    Mod,
    Modified,
    Nth,
    Recurrence,
    Shift,
    TimeValue,
    Unknown,
    Vague,
    VagueRef,
)

# A year in running text: 1000–2099, not part of a longer number.
MACROS: dict[str, str] = {
    "YR": r"(?:1\d|20)\d{2}(?!\d|,\d)(?!\.\d)",
}

# Words after a bare number that make it a count, not a year ("2017 Teilnehmer", "2017 Euro").
_NOT_YEAR_AFTER = (r"(?!\s*(?:%|€|\$|Euro|Franken|Dollar|Prozent|Meter|Kilo|km|kg|m\b|t\b|Mal\b|mal\b|"
                   r"-?mal\b|x\b|Stück|Punkte|Einwohner|Mitglieder)|\s+\d(?![\d.,]*\s*(?:Prozent|%))|"
                   r"\s+(?-i:[A-ZÄÖÜ])\w*(?<!Uhr))")
# The first number of a range of counts: "von 2000 bis 3000 Grad" (the second is no year), "zwischen 1500
# und 2000 Euro" (the second is a count).
_NOT_YEAR_RANGE = (r"(?!\s*(?:bis|-|–)\s*(?!(?:1\d|20)\d{2}(?!\d))\d{3,}(?![\d.,])|"
                   r"\s*(?:bis|-|–|und|oder)\s*\d+\s*(?:%|€|\$|Euro|Franken|Dollar|Prozent|Meter|Kilo|km|kg|Grad))")
# ... and before it ("Seite 2017", "Nr. 2017", a phone number)
_NOT_YEAR_BEFORE = (r"(?:(?<=\d{4}[-–/]\d{4})(?<=(?:1\d|20)\d{2}[-–/]\d{4})|(?<![-/:.]\d{4}))"
                    # "waren es noch 1800", "sind es 1600": a count
                    r"(?<!\bes\s\d{4})(?<!\bes\snoch\s\d{4})(?<!\bes\snur\s\d{4})(?<!\bes\sgut\s\d{4})"
                    r"(?<!\bes\srund\s\d{4})(?<!\bes\sknapp\s\d{4})(?<!\bes\setwa\s\d{4})"
                    # "sollen weitere 1200 folgen": a count
                    r"(?<!weitere\s\d{4})(?<!weiteren\s\d{4})(?<!zusätzliche\s\d{4})"
                    r"(?<!Seite\s\d{4})(?<!(?-i:\bS)\.\s\d{4})(?<!Nr\.\s\d{4})(?<!Tel\.\s\d{4})(?<!\d\s\d{4})"
                    r"(?<!Nummer\s\d{4})(?<!straße\s\d{4})(?<!strasse\s\d{4})(?<!gasse\s\d{4})"
                    r"(?<!weg\s\d{4})(?<!Platz\s\d{4})(?<!Rang\s\d{4})(?<!Zimmer\s\d{4})")

# "davon 2000 im Jahr 2011 und 1700 im vergangenen Jahr": counts happening in a year
_NOT_YEAR_IN_YEAR = r"(?!\s+(?:im|in\s+diesem|in\s+jenem)\s+(?:\w+\s+)?(?:Jahr|Jahre)\b)"

_PREP = ("(?:im|seit|bis|ab|von|vom|zum|nach|vor|in|zwischen|und|um|für|Im|Seit|Bis|Ab|Von|Nach|Vor|In|"
         "Zwischen|Um)")


def _fields(**kw: int | str | None) -> Fields:
    return Fields(**{k: v for k, v in kw.items() if v is not None})  # type: ignore[arg-type]


def _year(m: RuleMatch, name: str = "yr") -> int | None:
    return int(m.g(name) or 0) or None


def _num(m: RuleMatch, name: str = "number") -> float | None:
    """The amount of a number group; ``None`` for unspecified ones ("einige", "mehrere")."""
    value = m.number(name)
    if value is None or value < 0:
        return None
    return value


def _approx(m: RuleMatch, value: TimeValue) -> TimeValue:
    if m.has("approx"):
        mod = str(m.lookup("approx"))
        if mod != "EQUAL":
            return Modified(value, Mod(mod))
    return value


def _today_ref() -> Cycle:
    """The day a clock time or part of the day belongs to: a date named before it in the same sentence
    ("am Donnerstag, 25. Februar um 20.30 Uhr"), else the document date."""
    return Cycle(Grain.DAY, 0, Anchor.LOCAL)


# --------------------------------------------------------------------------------------------------
# dates


def _dmy(m: RuleMatch) -> TimeValue | None:
    year = _year(m)
    return Fields(year=year, month=m.month(), day=m.int("day"))


def _dm_range_start(m: RuleMatch) -> TimeValue | None:
    """ "3." in "vom 3. bis 5. März": the month (and year) come from the second date."""
    return Fields(year=_year(m), month=m.month(), day=m.int("day"))


def _weekday_dmy(m: RuleMatch) -> TimeValue | None:
    month = m.month() if m.has("month") else m.int("monthnum")
    return Fields(year=_year(m), month=month, day=m.int("day"), weekday=m.weekday())


def _numeric(m: RuleMatch) -> TimeValue | None:
    return Fields(year=_year(m), month=m.int("monthnum"), day=m.int("day"))


def _numeric_yy(m: RuleMatch) -> TimeValue | None:
    return Fields(year=int(m._need("yy")), month=m.int("monthnum"), day=m.int("day"), two_digit_year=True)


def _numeric_noyear(m: RuleMatch) -> TimeValue | None:
    return Fields(month=m.int("monthnum"), day=m.int("day"))


def _iso(m: RuleMatch) -> TimeValue | None:
    return Fields(year=int(m._need("isoyear")), month=m.int("monthnum"), day=m.int("day"))


def _month(m: RuleMatch) -> TimeValue | None:
    return Fields(year=_year(m), month=m.month())


def _month_rel_year(m: RuleMatch) -> TimeValue | None:
    off = int(m.lookup("rel")) if m.has("rel") else 0
    return Intersect(Cycle(Grain.YEAR, off), Fields(month=m.month()))


def _month_prev_year(m: RuleMatch) -> TimeValue | None:
    """ "im Oktober des Vorjahres": that month of the year before the document's."""
    return Intersect(Cycle(Grain.YEAR, -1), Fields(month=m.month()))


def _yearv(m: RuleMatch) -> TimeValue | None:
    return Fields(year=_year(m))


_BRACKET_DATE = re.compile(r"\s*\(\s*(?P<d>\d{1,2})\.\s*(?:(?P<mn>\d{1,2})\.|(?P<mw>[^\W\d_]+\.?))")


def _weekday(m: RuleMatch) -> TimeValue | None:
    """ "am Samstag (12. Oktober)": agency copy gives the date in brackets; the weekday is that day."""
    b = _BRACKET_DATE.match(m.after(25))
    if b:
        month: int | None = int(b.group("mn")) if b.group("mn") else None
        if month is None:
            try:
                month = int(m.lexicon.lookup("month", b.group("mw")))
            except (KeyError, LookupError, ValueError):
                month = None
        day = int(b.group("d"))
        if month is not None and 1 <= month <= 12 and 1 <= day <= 31:
            return Fields(month=month, day=day, weekday=m.weekday())
    return Fields(weekday=m.weekday())


def _relday_weekday(m: RuleMatch) -> TimeValue | None:
    """ "am gestrigen Mittwoch", "am heutigen Donnerstag": that day."""
    word = (m.g("rdadj") or "").lower()
    off = {"vorgestrigen": -2, "gestrigen": -1, "heutigen": 0}[word]
    return Cycle(Grain.DAY, off)


def _weekend(m: RuleMatch) -> TimeValue | None:
    """ "am Wochenende": KRAUTS dates it in the document's ISO week (``2014-W08-WE`` for a text of
    Tuesday 2014-02-18, even "waren am Wochenende"), as HeidelTime does."""
    return Cycle(Grain.WEEKEND, 0)


def _weekday_pod(m: RuleMatch) -> TimeValue | None:
    wd, pod = m.lookup("weekday_pod")
    return Fields(weekday=int(wd), part_of_day=str(pod))


def _weekday_plus_pod(m: RuleMatch) -> TimeValue | None:
    return Fields(weekday=m.weekday(), part_of_day=str(m.lookup("pod")))


def _rel_weekday(m: RuleMatch) -> TimeValue | None:
    off = int(m.lookup("rel"))
    if m.has("weekday_pod"):
        wd, pod = m.lookup("weekday_pod")
        of = Fields(weekday=int(wd), part_of_day=str(pod))
    else:
        of = Fields(weekday=m.weekday())
    return Nth(of, off)


def _weekday_rel_week(m: RuleMatch) -> TimeValue | None:
    return Intersect(Cycle(Grain.WEEK, int(m.lookup("rel"))), Fields(weekday=m.weekday()))


def _relday(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, int(m.lookup("reldays")))


def _tomorrow(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, 1)


def _relday_pod(m: RuleMatch) -> TimeValue | None:
    off = 1 if m.has("tomorrow") else int(m.lookup("reldays"))
    return Intersect(Cycle(Grain.DAY, off), Fields(part_of_day=str(m.lookup("pod"))))


def _pod_of_date(m: RuleMatch) -> TimeValue | None:
    """ "Nacht des 14. August": that date's night."""
    return Fields(year=_year(m), month=m.month(), day=m.int("day"), part_of_day=str(m.lookup("pod")))


def _pod(m: RuleMatch) -> TimeValue | None:
    """ "am Nachmittag": of the day the narrative is at (unlike clock times, across sentences)."""
    return Intersect(Cycle(Grain.DAY, 0, Anchor.REF), Fields(part_of_day=str(m.lookup("pod"))))


# --------------------------------------------------------------------------------------------------
# relative cycles


def _rel_unit(m: RuleMatch) -> TimeValue | None:
    off = int(m.lookup("rel"))
    unit = Grain[str(m.lookup("unit1"))]
    if unit is Grain.DAY:
        if off == 0:
            return Cycle(Grain.DAY, 0, Anchor.REF)  # "an diesem Tag"
        return Cycle(Grain.DAY, off, Anchor.REF)  # "am nächsten Tag": narrative
    if unit in (Grain.HOUR, Grain.MINUTE):
        return None
    if unit is Grain.WEEKEND:
        return Nth(Fields(weekend=True), off) if off else Cycle(Grain.WEEKEND, 0)
    return Cycle(unit, off)


def _relref_unit(m: RuleMatch) -> TimeValue | None:
    unit = Grain[str(m.lookup("unit1"))]
    if unit in (Grain.HOUR, Grain.MINUTE):
        return None
    return Cycle(unit, int(m.lookup("relref")), Anchor.REF)


def _relword(m: RuleMatch) -> TimeValue | None:
    """ "heuer", "im Vorjahr" (of the document date); "im Folgejahr" (after the year the story is at)."""
    unit, off = m.lookup("relword")
    anchor = Anchor.REF if m.text.lower().startswith("folge") else Anchor.DCT
    return Cycle(Grain[str(unit)], int(off), anchor)


def _relword_mod(m: RuleMatch) -> TimeValue | None:
    """ "seit Jahresbeginn", "zum Monatsende", "zur Wochenmitte": of the current year, month, week."""
    unit, mod = m.lookup("relword_mod")
    return Modified(Cycle(Grain[str(unit)], 0), Mod(str(mod)))


def _year_before(m: RuleMatch) -> TimeValue | None:
    """ "im Vorjahresquartal", "gegenüber dem Vorjahresmonat": the period just reported on (the last one
    resolved), a year before, as KRAUTS dates "dem gleichen Zeitraum des Vorjahres"; "das Vorquartal" is
    the quarter before it."""
    unit, floor = m.lookup("year_before") if m.has("year_before") else ("YEAR", "MONTH")
    return Shift(-1, Grain[str(unit)], Anchor.REF, keep_anchor_grain=Grain[str(floor)])


def _relrefword(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, int(m.lookup("relrefword")), Anchor.REF)


def _unit_after(m: RuleMatch) -> TimeValue | None:
    """ "Tag zuvor", "Woche darauf", "tags darauf": one unit from the narrative anchor."""
    word = (m.g("dir") or "").lower()
    off = -1 if word in ("zuvor", "davor", "vorher") else 1
    unit = Grain[str(m.lookup("unit1"))] if m.has("unit1") else Grain.DAY  # "tags darauf"
    return Cycle(unit, off, Anchor.REF)


# --------------------------------------------------------------------------------------------------
# durations


_NOT_AGE_AFTER = r"(?!\s+(?:(?:alt|alte|alter|altes|alten|jung)\b|jünger|älter))"  # "16 Jahre jünger"
_AGE_AT = re.compile(r"\bAlter\s+von\s+(?:\w+\s+)?$")
# "Kinder zwischen sechs und elf Jahren", "Jugendliche von 12 bis 16 Jahren": the ages of people
_AGE_RANGE = re.compile(r"\b(?:Kinder|Kindern|Jugendliche|Jugendlichen|Schüler|Schülerinnen|Mädchen|Buben|"
                        r"Jungen|Teilnehmer|Teilnehmerinnen|Personen|Menschen|Frauen|Männer|Alter)\b[^.;:!?]{0,40}?"
                        r"\b(?:zwischen|von)\s+(?:\w+\s+(?:und|bis)\s+(?:zu\s+)?)?$")
_AGE_WITH = re.compile(r"(?:^|\W)(?:mit|Mit)\s+$")
_NOT_AGE_WITH = re.compile(r"\s+(?:Verspätung|Haft|Gefängnis|Abstand|Verzögerung|Laufzeit|Erfahrung|Dauer)\b")


_ACROSS_END = re.compile(r"\s+hinweg\b")


def _duration(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    unit = m.unit()
    if unit is Grain.YEAR and _AGE_FROM.search(m.before(4)):
        return None  # "ab 16 Jahren": an age
    if m.before(1) in ("+", ":"):
        return None  # "in der 90.+3 Minute": stoppage time; "2:01:39 Stunden" (rule clock_duration)
    if (m.g("number") or "").lower() == "eines" and (m.g("unit") or "").lower() == "tages":
        return None  # "eines Tages": some day
    if unit is Grain.YEAR and _AGE_AT.search(m.before(20)):
        return None  # "im Alter von 84 Jahren": an age
    if unit is Grain.YEAR and _AGE_RANGE.search(m.before(80)):
        return None  # "Kinder zwischen sechs und elf Jahren": ages
    if (m.g("approx") or "").lower() == "über" and _ACROSS_END.match(m.after(8)):
        return None  # "über zwei Jahre hinweg": across, not more than (rule duration_across)
    if (unit is Grain.YEAR and not m.has("approx") and _AGE_WITH.search(m.before(5))
            and (m.g("number") or "").isdigit() and not _NOT_AGE_WITH.match(m.after(14))):
        return None  # "mit 18 Jahren ging sie in den Westen": an age
    return _approx(m, Duration(n, unit))


_NEXT_FINER = {Grain.YEAR: (Grain.MONTH, 12), Grain.MONTH: (Grain.DAY, 30), Grain.WEEK: (Grain.DAY, 7),
               Grain.DAY: (Grain.HOUR, 24), Grain.HOUR: (Grain.MINUTE, 60), Grain.MINUTE: (Grain.SECOND, 60)}


def _duration_compound_sum(m: RuleMatch) -> TimeValue | None:
    """ "drei Jahren und sechs Monaten" (P3Y6M), "zwei Stunden und 15 Minuten" (PT2H15M): one measure."""
    first = _duration(m)
    n1, n2 = _num(m), _num(m, "number2")
    unit, unit2 = m.unit(), m.unit("unit2")
    finer = _NEXT_FINER.get(unit)
    if first is None or n1 is None or n2 is None or finer is None or finer[0] is not unit2 or n2 >= finer[1]:
        return None
    return _approx(m, Duration(n1 + n2 / finer[1], unit, mixed=True))


def _clock_duration(m: RuleMatch) -> TimeValue | None:
    """ "in 2:01:39 Stunden" (PT7299S), "in 1:05 Stunden" (PT1H5M): a race time."""
    hours, minutes = m.int("ch"), m.int("cm")
    if m.has("cs"):
        return Duration(hours * 3600 + minutes * 60 + m.int("cs"), Grain.SECOND)
    return Duration(hours + minutes / 60, Grain.HOUR, mixed=True)


def _duration_adj_between(m: RuleMatch) -> TimeValue | None:
    if (m.g("number") or "").lower().startswith("ein"):
        return None  # "eine schöne Woche"
    return _duration(m)


def _duration_ago(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    unit = m.unit()
    point = Shift(-n, unit) if n is not None else None
    return _approx(m, Duration(n, unit, point=point))


def _duration_in(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    unit = m.unit()
    point = Shift(n, unit) if n is not None else None
    return _approx(m, Duration(n, unit, point=point))


_FRACTION = {"viertelstunde": (15, Grain.MINUTE), "viertelstunden": (15, Grain.MINUTE),
             "dreiviertelstunde": (45, Grain.MINUTE), "vierteljahr": (3, Grain.MONTH),
             "vierteljahre": (3, Grain.MONTH), "vierteljahres": (3, Grain.MONTH),
             "dreivierteljahr": (9, Grain.MONTH), "vierteljahrhundert": (25, Grain.YEAR),
             "vierteljahrhunderts": (25, Grain.YEAR), "halbjahrhundert": (50, Grain.YEAR)}


def _fraction(m: RuleMatch) -> TimeValue | None:
    """ "eine Viertelstunde" (PT15M), "ein Vierteljahrhundert" (P25Y), "zwei Vierteljahre" (P6M)."""
    n = _num(m)
    if n is None:
        return None
    amount, unit = _FRACTION[(m.g("frac") or "").lower()]
    return _approx(m, Duration(n * amount, unit))


def _shift_ref(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    if n is None:
        return None
    sign = -1 if (m.g("dir") or "").lower() in ("zuvor", "vorher", "davor", "früher") else 1
    return Shift(sign * n, m.unit(), Anchor.REF)


def _duration_unspec(m: RuleMatch) -> TimeValue | None:
    return Duration(None, Grain[str(m.lookup("unitpl"))])


_PERSON_ARTICLE = re.compile(r"(?:^|\W)(?:der|den|dem|die|Der|Den|Dem|Die)\s+$")
_NOUN_AFTER = re.compile(r"\s+[\"„]?[A-ZÄÖÜ]")


def _is_age(m: RuleMatch) -> bool:
    """ "der 47-jährige Mann", "den 55-jährigen Luigi": an age, which KRAUTS does not annotate (unlike
    "das 100-jährige Bestehen" or "ein zehnjähriger Rechtsstreit")."""
    if str(m.lookup("adjunit")) != "YEAR" or m.has("approx"):
        return False
    return bool(_PERSON_ARTICLE.search(m.before(5))) and bool(_NOUN_AFTER.match(m.after(3)))


def _adj_duration(m: RuleMatch) -> TimeValue | None:
    if not (m.g("adjunit") or "x")[0].islower() or m.text[:1].isupper():
        return None  # "der 50-Jährige" is a person
    if _is_age(m):
        return None
    n = _num(m)
    return _approx(m, Duration(n, Grain[str(m.lookup("adjunit"))]))


# a person noun: "Präsident", "Obmann", "Mitarbeiterin", "Mitglied", "Sponsor" (not "Engagement", "Einsatz")
_PERSON_NOUN_AFTER = re.compile(r"\s+(?-i:[A-ZÄÖÜ])\w*(?:er|erin|in|innen|(?<!m)ent|entin|enten|or|orin|"
                                r"ist|istin|glied|mann|frau|chef|chefin|kollege|kollegin)\b")


def _lang_adj(m: RuleMatch) -> TimeValue | None:
    if m.text.lower().startswith("langjährig") and _PERSON_NOUN_AFTER.match(m.after(40)):
        return None  # "langjähriger Präsident": a long-time role, not a timex (KRAUTS)
    return Duration(None, Grain[str(m.lookup("lang_adj"))])


def _rel_plural(m: RuleMatch) -> TimeValue | None:
    """ "den vergangenen fünf Jahren" (P5Y), "den vergangenen Tagen" (PXD), "den kommenden Wochen"."""
    off = int(m.lookup("rel"))
    if off < 0 and _GENITIVE_AFTER.match(m.after(10)):
        return None  # "die letzten Tage der Menschheit": the end of something else
    unit = Grain[str(m.lookup("unitpl"))]
    n = _num(m) if m.has("number") else None
    if off > 0 and n is None:
        return Vague(VagueRef.FUTURE)
    if off > 0:
        return Duration(n, unit, point=Shift(n, unit))
    return Duration(n, unit)


def _first_n(m: RuleMatch) -> TimeValue | None:
    """ "die ersten hundert Tage" (of a government): a duration."""
    n = _num(m)
    if n is None:
        return None
    return Duration(n, Grain[str(m.lookup("unitpl"))])


# --------------------------------------------------------------------------------------------------
# sets


def _each_weekday(m: RuleMatch) -> TimeValue | None:
    if m.has("monthly"):
        return Recurrence(Duration(1, Grain.MONTH), quant="EACH")
    if m.has("weekday_pod"):
        wd, pod = m.lookup("weekday_pod")
        return Recurrence(Fields(weekday=int(wd), part_of_day=str(pod)), quant="EACH")
    return Recurrence(Fields(weekday=m.weekday()), quant="EACH")


def _each_season(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Fields(season=str(m.lookup("season"))), quant="EACH")


def _each_pod(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Fields(part_of_day=str(m.lookup("pod"))), quant="EACH")


def _each_unit(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Duration(1, Grain[str(m.lookup("unit1"))]), quant="EACH")


def _weekday_adv(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Fields(weekday=int(m.lookup("weekday_adv"))))


def _freq_adv(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Duration(1, Grain[str(m.lookup("freq_adv"))]))


_QUANTITY_BEFORE = re.compile(r"\d[\d.,]*\s+(?:[A-ZÄÖÜ]\w*|Mal|mal)\s+$")


def _per_unit(m: RuleMatch) -> TimeValue | None:
    """ "400 Euro im Monat", "200 Patienten am Tag", "pro Woche": a rate, so a SET (P1M, P1D, P1W)."""
    if not _QUANTITY_BEFORE.search(m.before(30)):
        return None
    unit = {"monat": Grain.MONTH, "tag": Grain.DAY, "woche": Grain.WEEK, "jahr": Grain.YEAR,
            "stunde": Grain.HOUR}[(m.g("perunit") or "").lower()]
    return Recurrence(Duration(1, unit))


def _every_n(m: RuleMatch) -> TimeValue | None:
    n = _num(m) if m.has("number") else 1
    if n is None:
        return None
    return Recurrence(Duration(n, m.unit()), quant="EACH")


_TIMES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
          "neun": 9, "zehn": 10, "mehr": 0}


def _times_per(m: RuleMatch) -> TimeValue | None:
    word = (m.g("times") or "").lower()
    n = int(word) if word.isdigit() else _TIMES.get(word)
    freq = f"{n}X" if n else None
    return Recurrence(Duration(1, Grain[str(m.lookup("unit1"))]), freq=freq)


# --------------------------------------------------------------------------------------------------
# times


# a time that holds on several days: "jeweils 20 Uhr", "wochentags von 14 bis 18 Uhr", "am 25. und 26. August
# von 10 bis 18 Uhr"
_ON_SEVERAL_DAYS = re.compile(
    r"(?:\bjeweils|\b\w+tags|\bmittwochs|\btäglich|\d{1,2}\.\s*(?:,|und|bis|-|–)\s*\d{1,2}\.\s*[A-ZÄÖÜ]\w+|"
    # "Di–So 10–18 Uhr", "Mo.-Fr. 9-17 Uhr"
    r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?\s*(?:-|–|bis)\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?)"
    r"\s*,?\s*(?:(?:von|ab|bis|um|zwischen)\s+)?(?:\d{1,2}(?:[.:]\d{2})?(?:\s*Uhr)?\s*(?:-|–|bis|und)\s*)?$")


_PM_AFTER = re.compile(r"\s+(?:(?P<pm>abends|nachmittags)|(?P<night>nachts))\b")


def _time(m: RuleMatch) -> TimeValue | None:
    hour = m.int("hour")
    minute = m.int("minute") if m.has("minute") else 0
    if hour == 24 and minute:
        return None
    pm = _PM_AFTER.match(m.after(16))
    if pm and ((pm.group("pm") and 1 <= hour < 12) or (pm.group("night") and 7 <= hour < 12)):
        hour += 12  # "um 9 Uhr abends" (KRAUTS keeps the adverb outside: "gegen [3 Uhr] morgens")
    if _ON_SEVERAL_DAYS.search(m.before(45)):
        return Clock(hour, minute)
    return Intersect(_today_ref(), Fields(hour=hour, minute=minute))


def _midnight(m: RuleMatch) -> TimeValue | None:
    return Intersect(_today_ref(), Fields(hour=0, minute=0))


def _half_hour(m: RuleMatch) -> TimeValue | None:
    hour = int(m.lookup("hourword"))
    kind = (m.g("qual") or "").lower()
    if kind == "halb":
        h, mnt = hour - 1, 30
    elif kind.startswith("viertel nach"):
        h, mnt = hour, 15
    elif kind.startswith("viertel vor") or kind.startswith("dreiviertel"):
        h, mnt = hour - 1, 45
    elif kind == "viertel":
        h, mnt = hour - 1, 15  # "viertel acht" (Austrian, eastern German): 7:15
    else:
        h, mnt = hour, 0
    return Intersect(_today_ref(), Fields(hour=h % 24, minute=mnt))


# --------------------------------------------------------------------------------------------------
# seasons, quarters, decades, centuries, feasts, mods, vague


def _season(m: RuleMatch) -> TimeValue | None:
    """A season without a year is the one of the document's year, whatever the tense (as in the gold:
    "im Frühjahr beginnen können", "im Frühling feierte er", "nach diesem strengen Winter")."""
    season = str(m.lookup("season"))
    year = _year(m)
    if m.has("rel"):
        off = int(m.lookup("rel"))
        return Nth(Fields(season=season), off)
    if year is None:
        return Nth(Fields(season=season), 0)
    return Fields(year=year, season=season)


def _season_rel_year(m: RuleMatch) -> TimeValue | None:
    """ "im Herbst vergangenen Jahres", "im Sommer kommenden Jahres", "im Frühjahr dieses Jahres"."""
    off = int(m.lookup("rel")) if m.has("rel") else 0
    return Intersect(Cycle(Grain.YEAR, off), Fields(season=str(m.lookup("season"))))


def _in_story_year(m: RuleMatch) -> TimeValue | None:
    """ "im Sommer jenes Jahres", "im September desselben Jahres": in the year the story is at."""
    f = Fields(season=str(m.lookup("season"))) if m.has("season") else Fields(month=m.month())
    return Intersect(Cycle(Grain.YEAR, 0, Anchor.REF), f)


_POD_WORD = {"nacht": "NI", "abend": "EV", "morgen": "MO", "vormittag": "MO", "nachmittag": "AF"}


def _story_pod_word(m: RuleMatch) -> TimeValue | None:
    word = m.text.rsplit(None, 1)[-1].lower()
    return Intersect(Cycle(Grain.DAY, 0, Anchor.REF), Fields(part_of_day=_POD_WORD[word]))


def _rel_night(m: RuleMatch) -> TimeValue | None:
    off = int(m.lookup("rel"))
    return Intersect(Cycle(Grain.DAY, -1 if off < 0 else 0), Fields(part_of_day="NI"))


_CRIME_POD = {"abend": "EV", "nacht": "NI", "morgen": "MO"}


def _crime_day(m: RuleMatch) -> TimeValue | None:
    word = (m.g("crime") or "").lower()[3:].rstrip("s")
    day = Cycle(Grain.DAY, 0, Anchor.REF)
    if word.startswith("tag"):
        return day
    return Intersect(day, Fields(part_of_day=_CRIME_POD[word]))


def _eve(m: RuleMatch) -> TimeValue | None:
    """ "am Vorabend": the evening before the day the story is at."""
    return Intersect(Cycle(Grain.DAY, -1, Anchor.REF), Fields(part_of_day="EV"))


def _season_mod(m: RuleMatch) -> TimeValue | None:
    """ "im Spätsommer" (the document year's summer, END), "im Frühsommer 2020" (START)."""
    season, mod = m.lookup("season_mod")
    year = _year(m)
    inner: TimeValue = Fields(year=year, season=str(season)) if year else Nth(Fields(season=str(season)), 0)
    return Modified(inner, Mod(str(mod)))


def _quarter(m: RuleMatch) -> TimeValue | None:
    n = int(m.lookup("ordinal"))
    kind = str(m.lookup("quarter_word"))
    year = _year(m)
    if n < 1:
        return None
    if kind == "Q":
        return Fields(year=year, quarter=n) if n <= 4 else None
    return Fields(year=year, half=n) if n <= 2 else None


def _rel_year_offset(m: RuleMatch) -> int:
    """The year named after a quarter: "des Vorjahres" (-1), "vergangenen Jahres", "dieses Jahres"."""
    if m.has("prevyear"):
        return -1
    return int(m.lookup("rel")) if m.has("rel") else 0


def _quarter_rel_year(m: RuleMatch) -> TimeValue | None:
    """ "im dritten Quartal des Vorjahres" (2018-Q3 in 2019), "im ersten Halbjahr dieses Jahres"."""
    inner = _quarter(m)
    if not isinstance(inner, Fields):
        return None
    return Intersect(Cycle(Grain.YEAR, _rel_year_offset(m)), inner)


def _mod_quarter(m: RuleMatch) -> TimeValue | None:
    """ "Ende des dritten Quartals", "Beginn des zweiten Halbjahres 2018"."""
    inner = _quarter(m)
    return Modified(inner, m.mod()) if inner is not None else None


_QUARTER_CODE_BEFORE = re.compile(r"\b(?:im|ins|fürs|für|das|dem|des|Im|Das|Für)\s+$")


def _quarter_code(m: RuleMatch) -> TimeValue | None:
    """ "im Q3", "Q1 2020", "Q4/2018"; not the car "Audi Q3"."""
    if not m.has("yr") and not _QUARTER_CODE_BEFORE.search(m.before(6)):
        return None
    return Fields(year=_year(m), quarter=int(m._need("qn")))


def _fiscal_year(m: RuleMatch) -> TimeValue | None:
    """ "im laufenden Geschäftsjahr" (the current year), "im abgelaufenen Geschäftsjahr" (the year before),
    "im Gesamtjahr": business news date fiscal years by the calendar year they mostly fall in."""
    return Cycle(Grain.YEAR, int(m.lookup("rel")) if m.has("rel") else 0)


def _year_term(m: RuleMatch) -> TimeValue | None:
    """ "binnen Jahresfrist" (P1Y); "vor Jahresfrist": a year back, a duration with its point (as "vor einem
    Jahr")."""
    if (m.g("jfprep") or "").lower() == "vor":
        return Duration(1, Grain.YEAR, point=Shift(-1, Grain.YEAR))
    return Duration(1, Grain.YEAR)


def _decade(m: RuleMatch) -> TimeValue | None:
    if m.has("decade_word"):
        return Fields(decade=190 + int(m.lookup("decade_word")))
    digits = m._need("dec")
    if len(digits) == 2:
        if int(digits) % 10:
            return None
        return Fields(decade=190 + int(digits) // 10)
    if int(digits) % 10:
        return None
    return Fields(decade=int(digits) // 10)


def _decade_bare(m: RuleMatch) -> TimeValue | None:
    """ "in den Sechzigern", "die 90er"; but "Der Sechziger trat zurück" is a man of sixty."""
    if m.text.startswith("Der "):
        return None
    return _decade(m)


def _decade_early_late(m: RuleMatch) -> TimeValue | None:
    """ "in den frühen Achtzigerjahren" (START), "in den späten Sechzigern" (END)."""
    inner = _decade(m)
    if inner is None:
        return None
    return Modified(inner, Mod.START if (m.g("el") or "").lower() == "frühen" else Mod.END)


def _century(m: RuleMatch) -> TimeValue | None:
    n = m.int("cent")
    if not 1 <= n <= 21:
        return None
    return Fields(century=n - 1)


def _feast(m: RuleMatch) -> TimeValue | None:
    return Feast(str(m.lookup("feast")), _year(m))


def _mod_month(m: RuleMatch) -> TimeValue | None:
    return Modified(Fields(year=_year(m), month=m.month()), m.mod())


def _mod_year(m: RuleMatch) -> TimeValue | None:
    return Modified(Fields(year=_year(m)), m.mod())


def _mod_cycle(m: RuleMatch) -> TimeValue | None:
    off = int(m.lookup("rel")) if m.has("rel") else 0
    unit = Grain[str(m.lookup("unit1"))]
    if unit in (Grain.HOUR, Grain.MINUTE, Grain.DAY):
        return None
    if not m.has("rel") and unit is Grain.YEAR and narrative(m._m.string, m.start, m.end) is not None:
        # "1991 erhielt sie … Ab Ende des Jahres stand sie": the year the (past-tense) story is at
        return Modified(Cycle(unit, 0, Anchor.REF), m.mod())
    return Modified(Cycle(unit, off), m.mod())


def _mod_bare_cycle(m: RuleMatch) -> TimeValue | None:
    unit = Grain.YEAR if (m.g("bare") or "").lower() == "jahr" else Grain.MONTH
    return Modified(Cycle(unit, 0), m.mod())


def _mod_relword(m: RuleMatch) -> TimeValue | None:
    unit, off = m.lookup("relword")
    return Modified(Cycle(Grain[str(unit)], int(off)), m.mod())


def _mod_decade(m: RuleMatch) -> TimeValue | None:
    inner = _decade(m)
    return Modified(inner, m.mod()) if inner is not None else None


def _mod_century(m: RuleMatch) -> TimeValue | None:
    inner = _century(m)
    return Modified(inner, m.mod()) if inner is not None else None


def _calendar_week(m: RuleMatch) -> TimeValue | None:
    """ "KW 40", "Kalenderwoche 40", "der 40. Kalenderwoche": an ISO week of the year named or the current."""
    week = int(m.g("kw") or m.g("kw2") or 0)
    if not 1 <= week <= 53:
        return None
    year = _year(m)
    if year:
        return Fields(year=year, week=week)
    return Intersect(Cycle(Grain.YEAR, 0), Fields(week=week))


_GENITIVE_AFTER = re.compile(r"\s+(?:der|des|seiner|ihrer|seines|ihres|meiner|unserer)\b")


_WEEKDAY_AFTER = re.compile(r"\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b")


def _vague(m: RuleMatch) -> TimeValue | None:
    if m.text.lower().endswith("zur zeit") and _GENITIVE_AFTER.match(m.after(10)):
        return None  # "zur Zeit der Entstehung": at the time of, not "currently"
    if m.text.lower() == "heutigen" and _WEEKDAY_AFTER.match(m.after(14)):
        return None  # "am heutigen Samstag": the weekday is the timex
    if m.text.lower() == "bald" and re.search(r"(?:^|\W)(?:so|So)\s+$", m.before(4)):
        return None  # "so bald ein Bürger …" is the conjunction "sobald"
    return Vague(m.vague())


def _vague_adj(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef(str(m.lookup("vague_adj"))))


def _future(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.FUTURE)


def _present(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.PRESENT)


def _past(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.PAST)


# "3." in "vom 3. bis 5. März", "am 3., 4. und 5. März", "am 16. und 17. sowie am 23. und 24. Jänner"
_DAY_RANGE_TAIL = r"(?=(?:" + _DAY_SEP + r"\d{1,2}\.){1,8}\s*{MONTH}(?:\s+{YR})?)"
# "14 bis 18 Uhr", "9.30/12.30 Uhr", "8.30-12 und 14.30-16.30 Uhr": a list of clock times ending in "Uhr"
_TIME_RANGE_TAIL = (r"(?=(?:\s*(?:bis|-|–|und|/)\s*\d{1,2}(?:[.:]\d{2})?(?!\d)){1,4}\s*Uhr)")

RULES: list[Rule] = [
    # --- dates
    Rule("date_dmy", r"{DAY}\. {MONTH} ?{YR}", _dmy),
    # "vom 20. Juli bis 30. August 2020": the first date takes the year of the second
    Rule("date_dm_range_year",
         r"{DAY}\. {MONTH}(?=\s*(?:bis|-|–)\s*(?:zum\s+)?\d{1,2}\.\s*{MONTH:month2}\s+{YR:yr2})",
         lambda m: Fields(year=_year(m, "yr2"), month=m.month(), day=m.int("day")), priority=1),
    Rule("date_dmy_range_start", r"{DAY}\." + _DAY_RANGE_TAIL, _dm_range_start),
    Rule("weekday_date", r"{WEEKDAY} ?~, ?(?:den|dem) {DAY}\. {MONTH} ?{YR}", _weekday_dmy, priority=1),
    Rule("weekday_date_numeric", r"{WEEKDAY} ?~, ?(?:den|dem) {DAY}\.{MONTHNUM}\.(?:{YR})?", _weekday_dmy,
         priority=1),
    Rule("date_numeric", r"{DAY}\.{MONTHNUM}\.{YR}", _numeric, priority=1),
    Rule("date_numeric_yy", r"{DAY}\.{MONTHNUM}\.(?P<yy>\d{2})(?!\d)", _numeric_yy),
    Rule("date_numeric_noyear", r"{DAY}\.{MONTHNUM}\.(?!\d)", _numeric_noyear, priority=-1),
    Rule("date_iso", r"(?P<isoyear>\d{4})-{MONTHNUM}-{DAY}", _iso, priority=1),
    # not "im August, 1976 sogar …": a year after a list comma and before a lowercase word opens a new item
    Rule("month_year", r"{MONTH} ~,? {YR}(?!(?:(?<=,\s\d{4})|(?<=,\d{4}))\s+[a-zäöüß])", _month),
    Rule("month_rel_year", r"{MONTH} (?:{REL}|des) (?:Jahres|Jahrs)", _month_rel_year),
    Rule("month_prev_year", r"{MONTH} des (?:Vorjahres|Vorjahrs)", _month_prev_year, priority=1),
    Rule("in_month", f"!(?:{_PREP}|Monat|Monats|Anfang|Mitte|Ende|Ausgang|Beginn|dem|den) " + "{MONTH}",
         _month),
    Rule("month_bare", r"(?:Januar|Jänner|Februar|Feber|März|Juni|Juli|September|Oktober|November|Dezember)",
         lambda m: Fields(month=m.month("_t0")), case_sensitive=True, priority=-1),
    # --- years
    Rule("year_prep", f"!{_PREP} " + "{YR}" + r"(?!\s*(?:%|€|Euro|Prozent|Meter|Grad|Mal\b|mal\b|Stück|Uhr))"
         + _NOT_YEAR_RANGE + _NOT_YEAR_IN_YEAR, _yearv, left_attach=False),
    Rule("year_noun", r"(?:Jahr|Jahre|Jahres|Jahrs|Jahreswechsel|Gesamtjahr|Geschäftsjahr|Wirtschaftsjahr)"
         r" {YR}", _yearv),
    # a bare year takes no article: "das 2017 gegründet wurde" is a relative pronoun
    Rule("year_bare", r"{YR}" + _NOT_YEAR_BEFORE + _NOT_YEAR_AFTER + _NOT_YEAR_RANGE + _NOT_YEAR_IN_YEAR,
         _yearv, priority=-1, left_attach=False),
    # --- weekdays
    # not before a date ("Freitag, 12. Oktober", "Freitag, 12.10."); before a clock time it is ("bis Freitag,
    # 12 Uhr", "Freitag, 12.30 Uhr")
    Rule("weekday", r"{WEEKDAY}(?!\s*,?\s*(?:den\s+|dem\s+)?\d{1,2}\.(?:\s|\d{1,2}\.|$))", _weekday),
    Rule("weekday_pod", r"{WEEKDAY_POD}", _weekday_pod),
    # KRAUTS keeps the adjective outside: "am heutigen [Samstag]". ("am morgigen Sonntag" is left to the
    # tense cues: the gold's programme listing dates it on the Sunday before.)
    Rule("relday_weekday", r"!(?P<rdadj>vorgestrigen|gestrigen|heutigen) {WEEKDAY}", _relday_weekday,
         priority=1),
    Rule("weekday_plus_pod", r"{WEEKDAY} {POD}", _weekday_plus_pod),
    Rule("rel_weekday", r"{REL} (?:{WEEKDAY}|{WEEKDAY_POD})", _rel_weekday),
    Rule("weekend", r"!(?:am|Am|übers|Übers|zum|Zum|bis\s+zum|Bis\s+zum) Wochenende", _weekend),
    Rule("weekday_rel_week", r"{WEEKDAY} ?(?:der) {REL} Woche", _weekday_rel_week),
    # --- relative days and parts of the day
    Rule("relday", r"{RELDAYS}", _relday, left_attach=False),  # "die heute 83-Jährige"
    # "heute noch", "wie wir heute wissen", "heute würde er ...": nowadays, not the document's day
    Rule("nowadays", r"(?:heute|Heute)(?=\s+(?:noch|wissen|weiß|wüssten|würde|würden|wäre|wären|hätte|hätten|"
         r"könnte|könnten)\b)", _present, priority=2),
    # "in der Saison 2014/15", "die Amtsperiode 2010/15": a period across two years (KRAUTS: XXXX-XX-XX)
    Rule("split_year", r"?(?:der|die|das) (?:Saison|Spielzeit|Amtsperiode|Legislaturperiode|Schuljahr|"
         r"Studienjahr|Wintersaison|Sommersaison|Jagdsaison|Jahrgang|Geschäftsjahr|Wirtschaftsjahr|Haushaltsjahr|"
         r"Finanzjahr|Wintersemester|Sommersemester) (?:1\d|20)\d{2}/\d{2}(?!\d)",
         lambda m: Unknown(), priority=1),
    Rule("tomorrow", r"morgen(?!\s*(?:früh|vormittag|mittag|nachmittag|abend|nacht)\b)", _tomorrow,
         case_sensitive=True),
    # a sentence-initial "Morgen" without an article is "tomorrow" (the noun needs one: "Der Morgen")
    Rule("tomorrow_initial", r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=\n)|(?<=[\"„]))Morgen"
         r"(?=\s+(?:und|wird|werden|soll|ist|geht|beginnt|findet|kommt|steht|gibt|haben|hat|sind|trifft|"
         r"startet|fällt|folgt|um|ab|früh|Abend|Nachmittag|Vormittag)\b)", _tomorrow, case_sensitive=True),
    Rule("relday_pod", r"(?:{RELDAYS}|(?P<tomorrow>morgen)) (?i:{POD})", _relday_pod),
    # "in der Nacht auf den 28. Juli": KRAUTS annotates the date only
    Rule("pod", r"!(?:am|gegen|in|im|zur|bis|ab|vom|über|Am|Gegen|In|Bis|Ab) ?(?:der|den|die) ?{POD_ADJ}"
         r" {POD}(?!\s+(?:auf|zum|zu|vom)\s+(?:den\s+|dem\s+)?(?:\d|(?-i:Montag|Dienstag|Mittwoch|Donnerstag|"
         r"Freitag|Samstag|Sonnabend|Sonntag|Neujahr|Silvester|Heilig|Weihnacht|Oster|Pfingst|Allerheiligen|"
         r"Fronleichnam|Christi|Mari|Dreikönig|Staatsfeiertag|Nationalfeiertag|Tag)))", _pod),
    Rule("pod_this", r"(?:diesem|jenem) {POD}", _pod),
    Rule("pod_of_date", r"{POD} (?:des|vom) {DAY}\. {MONTH} ?{YR}", _pod_of_date, priority=1),
    Rule("pod_adv", r"(?:morgens|vormittags|mittags|nachmittags|abends|nachts)(?!\s+um\b)", _pod,
         priority=-1),
    # --- relative cycles
    Rule("rel_unit", r"{REL} {UNIT1}", _rel_unit),
    Rule("relref_unit", r"{RELREF} {UNIT1}", _relref_unit),
    Rule("relword", r"{RELWORD}", _relword),
    Rule("relrefword", r"{RELREFWORD}", _relrefword),
    Rule("relword_mod", r"{RELWORD_MOD}", _relword_mod),
    Rule("year_before", r"{YEAR_BEFORE}", _year_before),
    Rule("same_period_year_before", r"(?:gleichen|selben|entsprechenden|vergleichbaren) "
         r"(?:Zeitraum|Vorjahreszeitraum) (?:des|im) (?:Vorjahres|Vorjahrs|Vorjahr)", _year_before,
         priority=1),
    Rule("unit_after", r"(?:{UNIT1}|tags) (?P<dir>zuvor|davor|vorher|danach|darauf)", _unit_after),
    # --- durations
    Rule("duration", r"?{APPROX} {NUMBER} {UNIT}" + _NOT_AGE_AFTER, _duration),
    # "zwei weitere Jahre", "rund 360 ehrenamtliche Stunden": an adjective between amount and unit ("ein" is
    # left out: "eine schöne Woche")
    Rule("duration_adj_between", r"?{APPROX} {NUMBER} (?-i:[a-zäöüß]+(?:e|en|er)) {UNIT}" + _NOT_AGE_AFTER,
         _duration_adj_between),
    Rule("duration_sum", r"?{APPROX} {NUMBER} {UNIT} und {NUMBER:number2} {UNIT:unit2}" + _NOT_AGE_AFTER,
         _duration_compound_sum, priority=1),
    Rule("clock_duration", r"(?P<ch>\d{1,2}):(?P<cm>[0-5]\d)(?::(?P<cs>[0-5]\d))? (?:Stunden|Std\.)",
         _clock_duration, priority=1),
    # "die 14-Tage-Frist", "die 40-Stunden-Woche": the amount and unit of a compound noun
    Rule("duration_compound", r"(?P<number>\d{1,3})-{UNIT}(?=-[A-ZÄÖÜ])", _duration, left_attach=False),
    # "sechs bis acht Monate": the first amount of a range takes the unit of the second
    Rule("duration_range_start", r"?{APPROX} {NUMBER}(?=\s*(?:bis|-|–)\s*(?:zu\s+)?\w+\s+{UNIT}\b)"
         + r"(?!\s*(?:bis|-|–)\s*\d{4})", _duration),
    Rule("duration_ago", r"!vor ?{APPROX} {NUMBER} {UNIT}", _duration_ago, priority=1),
    Rule("duration_in", r"!in ?{APPROX} {NUMBER} {UNIT}", _duration_in, priority=1),
    Rule("shift_ref", r"{NUMBER} {UNIT} (?P<dir>später|danach|darauf|zuvor|vorher|davor|früher)", _shift_ref,
         priority=2),
    Rule("duration_unspec", r"!(?:seit|vor|nach|in|binnen|innerhalb|Seit|Vor|Nach|Binnen|Innerhalb) {UNITPL}",
         _duration_unspec),
    # "Jahre später", "Monate danach", "Jahre lang": the amount is the timex (as "wenige Tage später")
    Rule("duration_unspec_later", r"{UNITPL}(?=\s+(?:später|danach|darauf|zuvor|vorher|lang)\b)",
         _duration_unspec),
    Rule("duration_few_gen", r"!(?:binnen|innerhalb|Binnen|Innerhalb) (?:weniger|einiger|mehrerer|vieler) "
         r"{UNITPL}", _duration_unspec),
    Rule("duration_over", r"(?:über|Über) {UNITPL}(?!\s+hinweg\b)", _duration_unspec),
    # "über zwei Jahre hinweg", "über die Jahre hinweg": "über … hinweg" is a preposition (across), outside
    Rule("duration_across", r"!(?:über|Über) {NUMBER} {UNIT}(?=\s+hinweg\b)", _duration, priority=2),
    Rule("duration_across_unspec", r"!(?:über|Über) ?die {UNITPL}(?=\s+hinweg\b)", _duration_unspec,
         priority=2),
    # "über das Jahr verteilt": the current year
    Rule("year_across", r"!(?:über|Über) das ?ganze Jahr(?=\s+(?:verteilt|hinweg)\b)",
         lambda m: Cycle(Grain.YEAR, 0), priority=2),
    Rule("duration_adj", r"?{APPROX} {NUMBER} +-?{ADJUNIT}(?:e|en|er|es|em)?", _adj_duration,
         left_attach=False),
    Rule("duration_lang", r"{LANG_ADJ}(?:e|en|er|es|em)?", _lang_adj, left_attach=False),
    Rule("rel_plural", r"{REL} ?{NUMBER} {UNITPL}", _rel_plural),
    Rule("first_n", r"(?:ersten|erste) {NUMBER} {UNITPL}", _first_n),
    Rule("fraction", r"?{APPROX} {NUMBER} (?P<frac>Viertelstunden?|Dreiviertelstunde|Vierteljahr(?:e|es)?|"
         r"Dreivierteljahr|Vierteljahrhunderts?|Halbjahrhundert)", _fraction),
    # --- sets
    Rule("each_weekday", r"(?:jeden|jede|jedem|jeder) ?{ORDINAL} (?:{WEEKDAY}|{WEEKDAY_POD}) "
         r"?(?P<monthly>im\s+Monat)", _each_weekday),
    # "am ersten Sonntag im Monat": a set, as "jeden ersten Sonntag im Monat"
    Rule("nth_weekday_monthly", r"!(?:am|Am) {ORDINAL} {WEEKDAY} im Monat",
         lambda m: Recurrence(Duration(1, Grain.MONTH)), priority=1),
    Rule("each_unit", r"(?:jeden|jede|jedes|jedem|jeder) {UNIT1}", _each_unit),
    Rule("each_season", r"(?:jeden|jedem|jeder) {SEASON}", _each_season),
    Rule("each_pod", r"(?:jeden|jedem|jeder) {POD}", _each_pod),
    Rule("weekday_adv", r"{WEEKDAY_ADV}", _weekday_adv),
    Rule("freq_adv", r"{FREQ_ADV}", _freq_adv, left_attach=False),
    Rule("per_unit", r"!(?P<per>im|am|pro|je|Pro|Je) (?P<perunit>Monat|Tag|Woche|Jahr|Stunde)"
         r"(?!\s*(?:\d|der\b|des\b))(?=\s|[.,;:)])", _per_unit),
    Rule("every_n", r"(?:alle|je|Alle|Je) {NUMBER} {UNIT}", _every_n),
    Rule("times_per", r"(?P<times>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehr|\d+)-?mal "
         r"(?:pro|im|je|in\s+der|jede|jeden|jedes|jedem|die|alle) {UNIT1}", _times_per),
    # --- times
    Rule("time_uhr", r"{HOUR}(?:[.:]{MINUTE})? (?:Uhr|h)(?:\s+(?:MEZ|MESZ|UTC|GMT))?", _time, priority=1),
    # not a score: "mit einem Teilergebnis von 0:13 (37:45)"
    # not a price ("von 1.20 Franken")
    Rule("time_prep", r"!(?:um|gegen|ab|bis|von|zwischen|Um|Gegen|Ab) {HOUR}[.:]{MINUTE}(?!\s*\(\d+:\d+\))"
         r"(?!\s*(?:Franken|Fr\.|CHF|Rappen|Euro|EUR|€|Dollar|\$|Cent|Pfund|Prozent|%)(?!\w))", _time),
    Rule("time_range_start", r"{HOUR}(?:[.:]{MINUTE})?" + _TIME_RANGE_TAIL, _time),
    Rule("time_word", r"!(?:um|gegen|ab|bis|Um|Gegen|Ab) "
         r"(?P<qual>halb|viertel\s+nach|viertel\s+vor|dreiviertel|viertel) {HOURWORD}", _half_hour),
    Rule("midnight", r"Mitternacht", _midnight),
    Rule("time_word_uhr", r"!(?:um|gegen|ab|bis|Um|Gegen|Ab) {HOURWORD} Uhr", _half_hour),
    # --- seasons, quarters, decades, centuries, feasts
    Rule("season_year", r"{SEASON} {YR}(?:/\d{2}(?!\d))?", _season, priority=1),
    Rule("season_rel_year", r"{SEASON} (?:{REL}|des) (?:Jahres|Jahrs)", _season_rel_year, priority=1),
    Rule("season_mod", f"!(?:{_PREP}|während|Während) ?(?:der|den|dem) " + r"{SEASON_MOD} ?{YR}",
         _season_mod),
    Rule("season_prep", f"!(?:{_PREP}|während|Während|diesem|diesen|dieses|Anfang|Mitte|Ende)"
         + r" ?(?:der|den|dem) {SEASON}(?!-)", _season),
    Rule("season_whole", r"!(?:den\s+ganzen|im\s+ganzen|über\s+den) {SEASON}(?!-)", _season),
    Rule("season_this_adj", r"(?:diesem|diesen|dieses|dieser) (?-i:[a-zäöüß]+e[nmrs]?) {SEASON}(?!-)",
         _season),
    Rule("season_rel", r"{REL} {SEASON}", _season),
    Rule("story_year", r"(?:{SEASON}|{MONTH}) (?:jenes|desselben|des\s+selben|des\s+gleichen|selbigen) "
         r"(?:Jahres|Jahrs)", _in_story_year, priority=2),
    Rule("story_pod", r"(?:derselben|der\s+selben|der\s+gleichen|demselben|dem\s+selben|"
         r"dem\s+gleichen|selben|gleichen|jener|jenem) (?-i:Nacht|Abend|Morgen|Vormittag|Nachmittag)"
         r"(?!\s+(?:des|der|vom)\b)", _story_pod_word, priority=1),
    # "in der vergangenen Nacht" (the night before the document's day), "in der kommenden Nacht" (tonight)
    Rule("rel_night", r"{REL} (?-i:Nacht)", _rel_night),
    # "am Tatabend", "in der Tatnacht", "am Tattag": of the day the report is at
    Rule("crime_day", r"(?P<crime>Tatabend|Tatabends|Tatnacht|Tatmorgen|Tatmorgens|Tattag|Tattages|Tattags)"
         r"(?!\w)", _crime_day),
    Rule("eve", r"(?-i:Vorabend)(?!\s+(?:des|der|von|vom|eines|einer)\b)", _eve),
    Rule("quarter", r"{ORDINAL} {QUARTER_WORD} ?{YR}", _quarter),
    Rule("quarter_rel_year", r"{ORDINAL} {QUARTER_WORD} (?:{REL}|des) (?:Jahres|Jahrs)", _quarter_rel_year,
         priority=1),
    Rule("quarter_prev_year", r"{ORDINAL} {QUARTER_WORD} des (?P<prevyear>Vorjahres|Vorjahrs)",
         _quarter_rel_year, priority=1),
    Rule("mod_quarter", r"{MOD} (?:des|der) {ORDINAL} {QUARTER_WORD} ?{YR}", _mod_quarter, priority=1),
    # "im Q3", "Q1 2020", "Q4/2018"; not the car "Audi Q3"
    Rule("last_quarter", r"(?:Schlussquartals?|Jahresschlussquartals?) ?{YR}",
         lambda m: Fields(year=_year(m), quarter=4)),
    Rule("quarter_code", r"Q(?P<qn>[1-4])(?:\s*/?\s*{YR})?", _quarter_code, case_sensitive=True),
    # fiscal and whole years: "im laufenden Geschäftsjahr", "im abgelaufenen Wirtschaftsjahr", "das
    # Gesamtjahr"
    Rule("fiscal_year", r"?{REL} (?:Geschäftsjahr|Geschäftsjahres|Geschäftsjahrs|Wirtschaftsjahr|"
         r"Wirtschaftsjahres|Haushaltsjahr|Haushaltsjahres|Finanzjahr|Finanzjahres|Gesamtjahr|Gesamtjahres)"
         r"(?!\s*\d)", _fiscal_year),
    Rule("year_term", r"!(?P<jfprep>binnen|innerhalb|vor|Binnen|Innerhalb|Vor) (?-i:Jahresfrist)",
         _year_term),
    Rule("decade", r"(?P<dec>\d{2}|1\d{3}|20\d{2})er[-\s]?(?:Jahre|Jahren|Jahrens)", _decade),
    Rule("decade_word", r"{DECADE_WORD}[-\s]?(?:jahre|jahren|Jahre|Jahren)", _decade),
    # "in den Sechzigern", "Ende der Achtziger": a decade word needs the article without "-jahre"
    Rule("decade_word_bare", r"(?:den|der|die) (?:{DECADE_WORD}|(?P<dec>\d{2}|1\d{3}|20\d{2})er)n?(?![-\w])",
         _decade_bare),
    Rule("decade_early_late", r"?(?:den|der|die) (?P<el>frühen|späten) "
         r"(?:(?P<dec>\d{2}|1\d{3}|20\d{2})er[-\s]?(?:Jahre|Jahren)|{DECADE_WORD}(?:[-\s]?(?:jahre|jahren)|n)?)"
         r"(?![-\w])", _decade_early_late),
    Rule("calendar_week", r"(?:KW|Kalenderwoche) (?P<kw>\d{1,2})(?!\d)(?:\s*/?\s*{YR})?", _calendar_week),
    Rule("calendar_week_ord", r"(?P<kw2>\d{1,2})\. Kalenderwoche ?{YR}", _calendar_week),
    Rule("century", r"(?P<cent>\d{1,2})\. (?:Jahrhundert|Jahrhunderts)", _century),
    Rule("feast", r"{FEAST} ?{YR}", _feast),
    # --- modifiers
    Rule("mod_month", r"{MOD} {MONTH} ?{YR}", _mod_month, priority=1),
    Rule("mod_year", r"{MOD} ?(?:des|der) ?(?:Jahres|Jahrs|Jahre) {YR}", _mod_year, priority=1),
    Rule("mod_cycle", r"{MOD} (?:der|des|{REL}) {UNIT1}", _mod_cycle),
    # Swiss "per Ende Jahr", "seit Anfang Jahr": the current year, month (no article)
    Rule("mod_bare_cycle", r"{MOD} (?P<bare>Jahr|Monat)(?!\s*\d)", _mod_bare_cycle),
    Rule("mod_relword", r"{MOD} {RELWORD}", _mod_relword),
    Rule("mod_decade", r"{MOD} der (?:(?P<dec>\d{2}|1\d{3}|20\d{2})er(?:[-\s]?Jahre)?|"
         r"{DECADE_WORD}(?:[-\s]?(?:jahre))?)(?![-\w])", _mod_decade),
    Rule("mod_century", r"{MOD} des (?P<cent>\d{1,2})\. (?:Jahrhundert|Jahrhunderts)", _mod_century),
    # KRAUTS: "der ersten Hälfte des 15. Jahrhunderts" is the century (value 14)
    Rule("half_century", r"?der {ORDINAL} Hälfte des (?P<cent>\d{1,2})\. (?:Jahrhundert|Jahrhunderts)",
         _century),
    # --- vague
    # an article before an adverb or adjective is the noun's: "die derzeit …", "des heutigen Gesetzes"
    Rule("vague", r"{VAGUE}", _vague, left_attach=False),
    Rule("vague_future", r"?(?:nicht|sehr) ?(?:allzu|so) (?:ferner|naher|nächster|absehbarer|unmittelbarer|"
         r"näherer|weiterer|ferne|nahe|absehbare) (?:Zukunft)", _future, priority=1),
    # "in (der) Zukunft" is a time adverbial; "für die Zukunft", "eine große Zukunft" are not
    Rule("in_future", r"!(?:in|In) ?der Zukunft", _future),
    Rule("in_present", r"!(?:in|In) der Gegenwart", _present),
    Rule("from_now_on", r"!(?:von|Von) nun(?=\s+an\b)", _present),
    Rule("vague_adj", r"{VAGUE_ADJ}", _vague_adj, left_attach=False),
    Rule("vague_ex", r"Ex(?=-[A-ZÄÖÜ])", _past, case_sensitive=True, left_attach=False),
]


# Words that date something without being a timex: the document-date inference uses them.
DCT_CUES: dict[str, str] = {
    "neujahrsansprache": "01-01",
    "neujahrsrede": "01-01",
    "neujahrsbotschaft": "01-01",
    "neujahrskonzert": "01-01",
    "silvesteransprache": "12-31",
    "silvesternacht": "12-31",
    "weihnachtsansprache": "12-25",
    "weihnachtsbotschaft": "12-25",
    "osteransprache": "easter",
    "osterbotschaft": "easter",
    "ostermesse": "easter",
    "pfingstbotschaft": "easter+49",
}
