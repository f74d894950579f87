"""German rules: only what the lexicon and templates cannot say on their own.

Conventions (KRAUTS / It-TimeML, see docs/conventions.md): prepositions stay outside the extent (``!im``),
articles inside (the lexicon's ``left_attach``), modifiers such as "rund" or "Anfang" inside; "vor fünf
Jahren" is the DURATION "fünf Jahren" (P5Y) whose implied point is kept.
"""

from __future__ import annotations

import re

from chronik.temporal.grammar import Rule, RuleMatch
from chronik.temporal.values import (
    Anchor,
    Cycle,
    Direction,
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
    Vague,
    VagueRef,
)

# A year in running text: 1000–2099, not part of a longer number.
MACROS: dict[str, str] = {
    "YR": r"(?:1\d|20)\d{2}(?![\d,])(?!\.\d)",
}

# Words after a bare number that make it a count, not a year ("2017 Teilnehmer", "2017 Euro").
_NOT_YEAR_AFTER = (r"(?!\s*(?:%|€|\$|Euro|Franken|Dollar|Prozent|Meter|Kilo|km|kg|m\b|t\b|Mal\b|mal\b|"
                   r"-?mal\b|x\b|Stück|Punkte|Einwohner|Mitglieder)|\s+\d|\s+(?-i:[A-ZÄÖÜ])\w*(?<!Uhr))")
# ... and before it ("Seite 2017", "Nr. 2017", a phone number)
_NOT_YEAR_BEFORE = (r"(?<!Seite\s\d{4})(?<!S\.\s\d{4})(?<!Nr\.\s\d{4})(?<!Tel\.\s\d{4})(?<!\d\s\d{4})"
                    r"(?<![-/:.]\d{4})(?<!Nummer\s\d{4})(?<!straße\s\d{4})(?<!gasse\s\d{4})"
                    r"(?<!weg\s\d{4})(?<!Platz\s\d{4})(?<!Rang\s\d{4})(?<!Zimmer\s\d{4})")

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
    return Cycle(Grain.DAY, 0, Anchor.REF)


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


def _yearv(m: RuleMatch) -> TimeValue | None:
    return Fields(year=_year(m))


def _weekday(m: RuleMatch) -> TimeValue | None:
    return Fields(weekday=m.weekday())


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


def _pod(m: RuleMatch) -> TimeValue | None:
    return Intersect(_today_ref(), Fields(part_of_day=str(m.lookup("pod"))))


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
    unit, off = m.lookup("relword")
    return Cycle(Grain[str(unit)], int(off))


def _relrefword(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, int(m.lookup("relrefword")), Anchor.REF)


def _unit_after(m: RuleMatch) -> TimeValue | None:
    """ "Tag zuvor", "Woche darauf", "tags darauf": one unit from the narrative anchor."""
    word = (m.g("dir") or "").lower()
    off = -1 if word in ("zuvor", "davor", "vorher") else 1
    unit = Grain[str(m.lookup("unit1"))]
    return Cycle(unit, off, Anchor.REF)


# --------------------------------------------------------------------------------------------------
# durations


def _duration(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    unit = m.unit()
    if (m.g("number") or "").lower() == "eines" and (m.g("unit") or "").lower() == "tages":
        return None  # "eines Tages": some day
    return _approx(m, Duration(n, unit))


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


def _shift_ref(m: RuleMatch) -> TimeValue | None:
    n = _num(m)
    if n is None:
        return None
    sign = -1 if (m.g("dir") or "").lower() in ("zuvor", "vorher", "davor", "früher") else 1
    return Shift(sign * n, m.unit(), Anchor.REF)


def _duration_unspec(m: RuleMatch) -> TimeValue | None:
    return Duration(None, Grain[str(m.lookup("unitpl"))])


def _adj_duration(m: RuleMatch) -> TimeValue | None:
    if not (m.g("adjunit") or "x")[0].islower() or m.text[:1].isupper():
        return None  # "der 50-Jährige" is a person
    n = _num(m)
    return _approx(m, Duration(n, Grain[str(m.lookup("adjunit"))]))


def _lang_adj(m: RuleMatch) -> TimeValue | None:
    return Duration(None, Grain[str(m.lookup("lang_adj"))])


def _rel_plural(m: RuleMatch) -> TimeValue | None:
    """ "den vergangenen fünf Jahren" (P5Y), "den vergangenen Tagen" (PXD), "den kommenden Wochen"."""
    off = int(m.lookup("rel"))
    unit = Grain[str(m.lookup("unitpl"))]
    n = _num(m) if m.has("number") else None
    if off > 0 and n is None:
        return Vague(VagueRef.FUTURE)
    if off > 0:
        return Duration(n, unit, point=Shift(n, unit))
    return Duration(n, unit)


# --------------------------------------------------------------------------------------------------
# sets


def _each_weekday(m: RuleMatch) -> TimeValue | None:
    if m.has("monthly"):
        return Recurrence(Duration(1, Grain.MONTH), quant="EACH")
    if m.has("weekday_pod"):
        wd, pod = m.lookup("weekday_pod")
        return Recurrence(Fields(weekday=int(wd), part_of_day=str(pod)), quant="EACH")
    return Recurrence(Fields(weekday=m.weekday()), quant="EACH")


def _each_unit(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Duration(1, Grain[str(m.lookup("unit1"))]), quant="EACH")


def _weekday_adv(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Fields(weekday=int(m.lookup("weekday_adv"))))


def _freq_adv(m: RuleMatch) -> TimeValue | None:
    return Recurrence(Duration(1, Grain[str(m.lookup("freq_adv"))]))


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


def _time(m: RuleMatch) -> TimeValue | None:
    hour = m.int("hour")
    minute = m.int("minute") if m.has("minute") else 0
    if hour == 24 and minute:
        return None
    return Intersect(_today_ref(), Fields(hour=hour, minute=minute))


def _half_hour(m: RuleMatch) -> TimeValue | None:
    hour = int(m.lookup("hourword"))
    kind = (m.g("qual") or "").lower()
    if kind == "halb":
        h, mnt = hour - 1, 30
    elif kind.startswith("viertel nach"):
        h, mnt = hour, 15
    elif kind.startswith("viertel vor") or kind.startswith("dreiviertel"):
        h, mnt = hour - 1, 45
    else:
        h, mnt = hour, 0
    return Intersect(_today_ref(), Fields(hour=h % 24, minute=mnt))


# --------------------------------------------------------------------------------------------------
# seasons, quarters, decades, centuries, feasts, mods, vague


def _season(m: RuleMatch) -> TimeValue | None:
    season = str(m.lookup("season"))
    year = _year(m)
    if m.has("rel"):
        off = int(m.lookup("rel"))
        return Nth(Fields(season=season), off)
    return Fields(year=year, season=season)


def _quarter(m: RuleMatch) -> TimeValue | None:
    n = int(m.lookup("ordinal"))
    kind = str(m.lookup("quarter_word"))
    year = _year(m)
    if n < 1:
        return None
    if kind == "Q":
        return Fields(year=year, quarter=n) if n <= 4 else None
    return Fields(year=year, half=n) if n <= 2 else None


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
    return Modified(Cycle(unit, off), m.mod())


def _mod_relword(m: RuleMatch) -> TimeValue | None:
    unit, off = m.lookup("relword")
    return Modified(Cycle(Grain[str(unit)], int(off)), m.mod())


def _mod_decade(m: RuleMatch) -> TimeValue | None:
    inner = _decade(m)
    return Modified(inner, m.mod()) if inner is not None else None


def _vague(m: RuleMatch) -> TimeValue | None:
    return Vague(m.vague())


def _vague_adj(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef(str(m.lookup("vague_adj"))))


def _future(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.FUTURE)


def _past(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.PAST)


_DAY_RANGE_TAIL = r"(?=\s*(?:bis|und|-|–|/)\s*(?:zum\s+)?\d{1,2}\.\s*{MONTH}(?:\s+{YR})?)"
_TIME_RANGE_TAIL = r"(?=\s*(?:bis|-|–|und)\s*\d{1,2}(?:[.:]\d{2})?\s*Uhr)"

RULES: list[Rule] = [
    # --- dates
    Rule("date_dmy", r"{DAY}\. {MONTH} ?{YR}", _dmy),
    Rule("date_dmy_range_start", r"{DAY}\." + _DAY_RANGE_TAIL, _dm_range_start),
    Rule("weekday_date", r"{WEEKDAY} ?~, ?(?:den|dem) {DAY}\. {MONTH} ?{YR}", _weekday_dmy, priority=1),
    Rule("weekday_date_numeric", r"{WEEKDAY} ?~, ?(?:den|dem) {DAY}\.{MONTHNUM}\.(?:{YR})?", _weekday_dmy,
         priority=1),
    Rule("date_numeric", r"{DAY}\.{MONTHNUM}\.{YR}", _numeric, priority=1),
    Rule("date_numeric_yy", r"{DAY}\.{MONTHNUM}\.(?P<yy>\d{2})(?!\d)", _numeric_yy),
    Rule("date_numeric_noyear", r"{DAY}\.{MONTHNUM}\.(?!\d)", _numeric_noyear, priority=-1),
    Rule("date_iso", r"(?P<isoyear>\d{4})-{MONTHNUM}-{DAY}", _iso, priority=1),
    Rule("month_year", r"{MONTH} ~,? {YR}", _month),
    Rule("month_rel_year", r"{MONTH} (?:{REL}|des) (?:Jahres|Jahrs)", _month_rel_year),
    Rule("in_month", f"!{_PREP}|Monat|Monats|Anfang|Mitte|Ende|Ausgang|Beginn|dem|den " + "{MONTH}", _month),
    Rule("month_bare", r"(?:Januar|Jänner|Februar|Feber|März|Juni|Juli|September|Oktober|November|Dezember)",
         lambda m: Fields(month=m.month("_t0")), case_sensitive=True, priority=-1),
    # --- years
    Rule("year_prep", f"!{_PREP} " + "{YR}" + r"(?!\s*(?:%|€|Euro|Prozent|Meter|Mal\b|mal\b|Stück|Uhr))",
         _yearv),
    Rule("year_noun", r"(?:Jahr|Jahre|Jahres|Jahrs|Jahreswechsel|Gesamtjahr|Geschäftsjahr|Wirtschaftsjahr)"
         r" {YR}", _yearv),
    Rule("year_bare", r"{YR}" + _NOT_YEAR_BEFORE + _NOT_YEAR_AFTER, _yearv, priority=-1),
    # --- weekdays
    Rule("weekday", r"{WEEKDAY}(?!\s*,?\s*(?:den\s+|dem\s+)?\d)", _weekday),
    Rule("weekday_pod", r"{WEEKDAY_POD}", _weekday_pod),
    Rule("weekday_plus_pod", r"{WEEKDAY} {POD}", _weekday_plus_pod),
    Rule("rel_weekday", r"{REL} (?:{WEEKDAY}|{WEEKDAY_POD})", _rel_weekday),
    Rule("weekday_rel_week", r"{WEEKDAY} ?(?:der) {REL} Woche", _weekday_rel_week),
    # --- relative days and parts of the day
    Rule("relday", r"{RELDAYS}", _relday),
    Rule("tomorrow", r"morgen(?!\s*(?:früh|vormittag|mittag|nachmittag|abend|nacht)\b)", _tomorrow,
         case_sensitive=True),
    Rule("relday_pod", r"(?:{RELDAYS}|(?P<tomorrow>morgen)) (?i:{POD})", _relday_pod),
    Rule("pod", r"!(?:am|gegen|in|im|zur|bis|ab|vom|über|Am|Gegen|In|Bis|Ab) ?(?:der|den|die) ?{POD_ADJ}"
         r" {POD}", _pod),
    Rule("pod_adv", r"(?:morgens|vormittags|mittags|nachmittags|abends|nachts)(?!\s+um\b)", _pod,
         priority=-1),
    # --- relative cycles
    Rule("rel_unit", r"{REL} {UNIT1}", _rel_unit),
    Rule("relref_unit", r"{RELREF} {UNIT1}", _relref_unit),
    Rule("relword", r"{RELWORD}", _relword),
    Rule("relrefword", r"{RELREFWORD}", _relrefword),
    Rule("unit_after", r"(?:{UNIT1}|tags) (?P<dir>zuvor|davor|vorher|danach|darauf)", _unit_after),
    # --- durations
    Rule("duration", r"?{APPROX} {NUMBER} {UNIT}(?!\s+(?:alt|alte|alter|altes|alten|jung)\b)", _duration),
    Rule("duration_ago", r"!vor ?{APPROX} {NUMBER} {UNIT}", _duration_ago, priority=1),
    Rule("duration_in", r"!in ?{APPROX} {NUMBER} {UNIT}", _duration_in, priority=1),
    Rule("shift_ref", r"{NUMBER} {UNIT} (?P<dir>später|danach|darauf|zuvor|vorher|davor|früher)", _shift_ref,
         priority=2),
    Rule("duration_unspec", r"!(?:seit|vor|nach|in|Seit|Vor|Nach) {UNITPL}", _duration_unspec),
    Rule("duration_over", r"(?:über|Über) {UNITPL}", _duration_unspec),
    Rule("duration_adj", r"?{APPROX} {NUMBER} +-?{ADJUNIT}(?:e|en|er|es|em)?", _adj_duration,
         left_attach=False),
    Rule("duration_lang", r"{LANG_ADJ}(?:e|en|er|es|em)?", _lang_adj, left_attach=False),
    Rule("rel_plural", r"{REL} ?{NUMBER} {UNITPL}", _rel_plural),
    # --- sets
    Rule("each_weekday", r"(?:jeden|jede|jedem|jeder) ?{ORDINAL} (?:{WEEKDAY}|{WEEKDAY_POD}) "
         r"?(?P<monthly>im\s+Monat)", _each_weekday),
    Rule("each_unit", r"(?:jeden|jede|jedes|jedem|jeder) {UNIT1}", _each_unit),
    Rule("weekday_adv", r"{WEEKDAY_ADV}", _weekday_adv),
    Rule("freq_adv", r"{FREQ_ADV}", _freq_adv, left_attach=False),
    Rule("every_n", r"(?:alle|je|Alle|Je) {NUMBER} {UNIT}", _every_n),
    Rule("times_per", r"(?P<times>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehr|\d+)-?mal "
         r"(?:pro|im|je|in\s+der|jede|jeden|jedes|jedem|die|alle) {UNIT1}", _times_per),
    # --- times
    Rule("time_uhr", r"{HOUR}(?:[.:]{MINUTE})? (?:Uhr|h)(?:\s+(?:MEZ|MESZ|UTC|GMT))?", _time, priority=1),
    Rule("time_prep", r"!(?:um|gegen|ab|bis|von|zwischen|Um|Gegen|Ab) {HOUR}[.:]{MINUTE}", _time),
    Rule("time_range_start", r"{HOUR}(?:[.:]{MINUTE})?" + _TIME_RANGE_TAIL, _time),
    Rule("time_word", r"!(?:um|gegen|ab|bis|Um|Gegen|Ab) "
         r"(?P<qual>halb|viertel\s+nach|viertel\s+vor|dreiviertel) {HOURWORD}", _half_hour),
    Rule("time_word_uhr", r"!(?:um|gegen|ab|bis|Um|Gegen|Ab) {HOURWORD} Uhr", _half_hour),
    # --- seasons, quarters, decades, centuries, feasts
    Rule("season_year", r"{SEASON} {YR}", _season, priority=1),
    Rule("season_prep", f"!{_PREP}|diesem|diesen|dieses|Anfang|Mitte|Ende" + r" {SEASON}", _season),
    Rule("season_rel", r"{REL} {SEASON}", _season),
    Rule("quarter", r"{ORDINAL} {QUARTER_WORD} ?{YR}", _quarter),
    Rule("decade", r"(?P<dec>\d{2}|1\d{3}|20\d{2})er[-\s]?(?:Jahre|Jahren|Jahrens)", _decade),
    Rule("decade_word", r"{DECADE_WORD}[-\s]?(?:jahre|jahren|Jahre|Jahren)", _decade),
    Rule("century", r"(?P<cent>\d{1,2})\. (?:Jahrhundert|Jahrhunderts)", _century),
    Rule("feast", r"{FEAST} ?{YR}", _feast),
    # --- modifiers
    Rule("mod_month", r"{MOD} {MONTH} ?{YR}", _mod_month, priority=1),
    Rule("mod_year", r"{MOD} {YR}", _mod_year, priority=1),
    Rule("mod_cycle", r"{MOD} (?:der|des|{REL}) {UNIT1}", _mod_cycle),
    Rule("mod_relword", r"{MOD} {RELWORD}", _mod_relword),
    Rule("mod_decade", r"{MOD} der (?P<dec>\d{2}|1\d{3}|20\d{2})er[-\s]?(?:Jahre)", _mod_decade),
    # --- vague
    Rule("vague", r"{VAGUE}", _vague),
    Rule("vague_future", r"?(?:nicht|sehr) ?(?:allzu|so) ?(?:ferner|naher|nächster|absehbarer|unmittelbarer|"
         r"näherer|weiterer|ferne|nahe|absehbare) (?:Zukunft)", _future, priority=1),
    Rule("vague_adj", r"{VAGUE_ADJ}", _vague_adj, left_attach=False),
    Rule("vague_ex", r"Ex(?=-[A-ZÄÖÜ])", _past, case_sensitive=True),
]


# --------------------------------------------------------------------------------------------------
# tense cues: which occurrence "am Samstag" means


_FUTURE_CUES = re.compile(
    r"\b(?:wird|werden|werde|wirst|soll|sollen|findet|finden|stattfinden|beginnt|beginnen|startet|starten|"
    r"geplant|plant|planen|lädt|laden|bevorstehend\w*|kommt|kommen|erwartet|geht|gehen|folgt|steht|stehen|"
    r"will|wollen|möchte|treffen|trifft|eröffnet)\b")
_PAST_CUES = re.compile(
    r"\b(?:hatte|hatten|hat|haben|war|waren|wurde|wurden|worden|gewesen|sagte|sagten|erklärte|erklärten|"
    r"berichtete|berichteten|teilte|teilten|fand|fanden|begann|begannen|gab|kam|kamen|ging|gingen|stand|"
    r"standen|stattgefunden|beendet|bekannt|meldete|meldeten|zitierte|traf|trafen|starb|verstarb|ereignete|"
    r"endete|lag|lagen|ist|sind)\b")
_EXPLICIT_DATE = re.compile(r"(?:\w+,?\s+)?(?:den\s+|dem\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,})(?!\s*\d)")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÄÖÜ\"„])|\n\s*\n")


def direction(text: str, start: int, end: int) -> Direction | None:
    """Tense of the clause around a mention: "wird … stattfinden" → FUTURE, "hatte … beendet" → PAST.

    Looks at the sentence holding the mention and takes the verb cue nearest to it; ``None`` when there is
    none (the news default, the past, applies).
    """
    if _EXPLICIT_DATE.match(text, start, end):
        return Direction.NEAREST  # "am 18. Dezember": the one in the current year, whatever the tense
    lo = max(0, start - 200)
    hi = min(len(text), end + 200)
    left = text[lo:start]
    ends = list(_SENTENCE_END.finditer(left))
    if ends:
        lo += ends[-1].end()
    right = _SENTENCE_END.search(text, end, hi)
    if right:
        hi = right.start() + 1
    best: tuple[int, Direction] | None = None
    for pattern, dirn in ((_FUTURE_CUES, Direction.FUTURE), (_PAST_CUES, Direction.PAST)):
        for m in pattern.finditer(text, lo, hi):
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0] or (dist == best[0] and dirn is Direction.PAST):
                best = (dist, dirn)
    return best[1] if best else None


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
