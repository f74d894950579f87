"""English rules: only what the lexicon and templates cannot say on their own.

Conventions follow TimeML as annotated in TimeBank / TempEval-3 (``docs/conventions.md``, "English"):
prepositions stay outside the extent, determiners that belong to the phrase inside ("the third quarter",
"the past three years"); "two weeks ago" is a DATE; "the past three years" a DURATION.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chronik.temporal.grammar import Lexicon, Rule, RuleMatch
from chronik.temporal.values import (
    Anchor,
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
    Vague,
    VagueRef,
)

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"

MACROS: dict[str, str] = {
    # "twenty-four", "24", "three", "a couple of"
    "NUM": rf"(?:(?:{_ONES}|{_TENS})\s+(?:hundred|thousand)(?![\w-])|(?:{_TENS})[-\s](?:{_ONES})(?![\w-])"
           rf"|\d+\s+1/2(?!\d)|{{NUMBER}})",
    # an amount before a unit: a number, "a"/"an", or an unsaid one ("several")
    "AMT": r"(?:{NUM}|an?(?=\s)|{VAGUE_AMOUNT})",
    # a year of four digits 1000-2099 that is not part of a bigger number, a range or a count
    "YEAR4": r"(?:1\d|20)\d\d(?![\d%])(?!-\d)(?!,\d)(?!\.\d)(?!\s+{COUNT_NOUN}\b)",
    "DAYTH": r"(?:\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)",
    "CLOCK": r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?",
    "DECADE": r"(?:1\d|20)\d0'?s(?!\w)",
    "DECADE2": r"'\d0'?s(?!\w)",
    "YEARWORDS": rf"(?:nineteen[-\s]+(?:(?:{_TENS})(?:[-\s]+(?:{_ONES}))?|ten|eleven|twelve|thirteen|"
                 rf"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)(?![\w-])|two\s+thousand"
                 rf"(?:\s+(?:and\s+)?(?:{_ONES}))?(?![\w-]))",
}

_COUNT_WORDS = {"hundred": 100, "thousand": 1000}


# --------------------------------------------------------------------------------------------------
# numbers, units


def parse_number(text: str, lexicon: Lexicon) -> float | None:
    """Number words: "three", "twenty-four", "a couple of", "two and a half", "1.5"."""
    key = " ".join(text.lower().replace("-", " ").split())
    half = re.fullmatch(r"(\d+) 1/2", key)
    if half:
        return int(half.group(1)) + 0.5
    value = lexicon.get("number", key)
    if isinstance(value, int | float):
        return float(value)
    if key in ("a", "an"):
        return 1.0
    total = 0.0
    for word in key.split():
        if word == "and":
            continue
        v = lexicon.get("number", word)
        if not isinstance(v, int | float):
            return None
        if word in _COUNT_WORDS and total:
            total *= v
        else:
            total += v
    return total or None


def _amount(m: RuleMatch, name: str = "amt") -> float | None:
    """The amount of an {AMT} group: ``None`` when unsaid ("several")."""
    text = m.g(name)
    if text is None:
        return 1.0
    if m.has("vague_amount"):
        return None
    if text.lower() in ("a", "an"):
        return 1.0
    value = m.number(name)
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    return value


_UNIT_FACTORS: dict[str, tuple[float, Grain]] = {
    "DECADE": (10, Grain.YEAR), "CENTURY": (100, Grain.YEAR), "FORTNIGHT": (14, Grain.DAY),
    "WEEKEND": (2, Grain.DAY),
}


def _unit(m: RuleMatch) -> tuple[float, Grain]:
    """(factor, grain) of the {UNIT} or {UNITS} group: "decade" is ten years."""
    text = m.g("unit") or m.g("units")
    if text is None:
        raise KeyError("no unit")
    table = "unit" if m.has("unit") else "units"
    name = str(m.lookup(table))
    if name in _UNIT_FACTORS:
        return _UNIT_FACTORS[name]
    return 1.0, Grain[name]


def _duration(amount: float | None, m: RuleMatch) -> Duration:
    factor, grain = _unit(m)
    if amount is None:
        vague_grain = {"DECADE": Grain.DECADE, "CENTURY": Grain.CENTURY}.get(
            str(m.lookup("unit" if m.has("unit") else "units")), grain)
        return Duration(None, vague_grain)
    return Duration(amount * factor, grain, mixed=True)  # TimeBank: "2 1/2 years" is P2Y6M


def _preposition_approx(m: RuleMatch) -> bool:
    """"angry about the last two years", "talks around the next few weeks": "about"/"around" before a
    determiner is the preposition (an approximator stands right before the amount: "about two years")."""
    word = (m.g("approx") or "").lower()
    if word not in ("about", "around"):
        return False
    return re.match(r"(?:about|around)\s+(?:the|these|those|this|that|its|his|her|their|our)\s",
                    m.text, re.IGNORECASE) is not None


def _with_approx(m: RuleMatch, value: TimeValue) -> TimeValue:
    if m.has("approx"):
        return Modified(value, Mod(str(m.lookup("approx"))))
    return value


# --------------------------------------------------------------------------------------------------
# context


# (not "a quarter-century low")
_QUARTER_CUE = re.compile(r"\bquarter(?![\s-]+century)|\bthree months\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n\s*\n")


def _clause(m: RuleMatch, before: int = 200, after: int = 120) -> tuple[str, str]:
    """The text of the sentence around the match, cut at sentence ends."""
    left, right = m.around(before, after)
    ends = list(_SENTENCE_END.finditer(left))
    if ends:
        left = left[ends[-1].end():]
    end = _SENTENCE_END.search(right)
    if end:
        right = right[: end.start() + 1]
    return left, right


def _quarterly(m: RuleMatch) -> bool:
    """Financial reports compare quarters: "a year ago" in a report on the third quarter is the third
    quarter of the year before."""
    left, right = m.around(1500, 100)
    _, right = _clause(m)
    return bool(_QUARTER_CUE.search(left) or _QUARTER_CUE.search(right))


_MULTI_QUARTER_CUE = re.compile(r"\b(?:nine|six)[\s-]months?\b|\bfirst half\b", re.IGNORECASE)


def _multi_quarter(m: RuleMatch) -> bool:
    """"For the nine months, it earned $5 million, compared with $4 million a year earlier": a total over
    several quarters is compared with the year before (TBAQ: 4 of 6 are the year, 2 the quarter)."""
    left, _ = _clause(m, before=400)
    return bool(_MULTI_QUARTER_CUE.search(left))


# the period just reported on ("the third quarter", "the nine months"), a year before
_YEAR_BEFORE_REF = Shift(-1, Grain.YEAR, Anchor.REF, keep_anchor_grain=Grain.QUARTER)


def _capitalized(text: str) -> bool:
    return text[:1].isupper()


# --------------------------------------------------------------------------------------------------
# dates


def _day(m: RuleMatch, name: str = "dayth") -> int:
    text = m.g(name)
    if text is None:
        raise KeyError(name)
    day = int(re.sub(r"\D", "", text))
    if not 1 <= day <= 31:
        raise ValueError("not a day of the month")
    return day


def _year(m: RuleMatch, name: str = "year4") -> int | None:
    return m.int(name) if m.has(name) else None


def _month_ok(m: RuleMatch, name: str = "month") -> bool:
    """"may" and "march" are verbs unless capitalized; bare abbreviations without a dot are not months."""
    text = m.g(name) or ""
    return _capitalized(text)


def _md(m: RuleMatch) -> TimeValue | None:
    if not _month_ok(m):
        return None
    f = Fields(year=_year(m), month=m.month(), day=_day(m))
    if m.has("weekday"):
        return Fields(year=f.year, month=f.month, day=f.day, weekday=m.weekday())
    return f


def _md_second(m: RuleMatch) -> TimeValue | None:
    """"April 24 and [25]": not "Jan. 5 and 25 people", "and 25%"."""
    nxt = re.match(r"\s*(%|[a-z]+)", m.after(20))
    if not _month_ok(m) or (nxt and (nxt.group(1) in ("%", "percent")
                                     or m.lexicon.get("count_noun", nxt.group(1)) is not None)):
        return None
    if m.has("year4"):
        return Fields(year=_year(m), month=m.month(), day=_day(m, "d2"))
    # in the month of the first day, as just resolved ("April 24" may be next year's)
    return Intersect(Cycle(Grain.MONTH, 0, Anchor.REF), Fields(day=_day(m, "d2")))


def _numeric(m: RuleMatch) -> TimeValue | None:
    a, b, y = int(m.g("na") or 0), int(m.g("nb") or 0), m.g("ny") or ""
    order = str(m.lexicon.syntax.get("date_order", "mdy"))
    month, day = (a, b) if order == "mdy" else (b, a)
    if month > 12 >= day:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    two = len(y) == 2
    f = Fields(year=int(y), month=month, day=day, two_digit_year=two)
    return _with_clock(m, f)


def _with_clock(m: RuleMatch, f: Fields) -> Fields:
    clock = m.g("clock")
    if clock is None:
        return f
    parts = [int(p) for p in clock.split(":")]
    sec = parts[2] if len(parts) > 2 else None
    return Fields(year=f.year, month=f.month, day=f.day, hour=parts[0], minute=parts[1], second=sec,
                  two_digit_year=f.two_digit_year)


def _iso(m: RuleMatch) -> TimeValue | None:
    f = Fields(year=int(m.g("iy") or 0), month=int(m.g("im") or 0), day=int(m.g("id") or 0))
    return _with_clock(m, f)


def _compact(m: RuleMatch) -> TimeValue | None:
    return Fields(year=int(m.g("cy") or 0), month=int(m.g("cm") or 0), day=int(m.g("cd") or 0))


def _month(m: RuleMatch) -> TimeValue | None:
    if not _month_ok(m):
        return None
    return Fields(year=_year(m), month=m.month())


def _month_bare(m: RuleMatch) -> TimeValue | None:
    """A month name alone: capitalized, not a dotless abbreviation; "May" and "March" only after a
    preposition (rule ``month_cue``), as they are verbs too."""
    text = m.g("month") or ""
    cue = m.text != text  # a preposition came first
    if not _capitalized(text) or (text.lower() in ("may", "march") and not cue) or (
            len(text) <= 4 and "." not in text and text.lower() not in ("may", "june", "july")):
        return None
    left, _ = m.around(2, 0)
    if left.endswith("-"):
        return None
    return Fields(month=m.month())


def _month_relyear(m: RuleMatch) -> TimeValue | None:
    if not _month_ok(m):
        return None
    return Intersect(Cycle(Grain.YEAR, _rel(m)), Fields(month=m.month()))


def _month_rel(m: RuleMatch) -> TimeValue | None:
    if not _month_ok(m):
        return None
    return Nth(Fields(month=m.month()), _rel(m) or 0)


def _date_rel(m: RuleMatch) -> TimeValue | None:
    """"last Oct. 23": the last Oct. 23 before the document date; "next March 5" the next one."""
    if (m.g("relative") or "").lower() not in ("last", "next"):
        return None
    return Nth(Fields(month=m.month(), day=_day(m)), _rel(m))


def _rel(m: RuleMatch) -> int:
    return int(m.lookup("relative"))


def _rel_anchor(m: RuleMatch) -> Anchor:
    word = (m.g("relative") or "").lower()
    if word == "next" and m.text.lower().startswith("the "):
        return Anchor.REF  # "the next day": narrative
    narrative = ("previous", "preceding", "prior", "following", "same", "that", "that same", "that very")
    return Anchor.REF if word in narrative else Anchor.DCT


_NOT_YEAR_LEFT = re.compile(r"\b(?:No\.|number|room|page|flight|route|highway|interstate|model|version|"
                            r"chapter|article|section|rule|bus|apartment|suite|box)\s*$", re.IGNORECASE)


def _year_value(m: RuleMatch) -> TimeValue | None:
    left, _ = m.around(12, 0)
    if left[-1:] in ("$", "#", "£", "€", "-", "/", ".", ",", ":", "+") or _NOT_YEAR_LEFT.search(left):
        return None
    year = m.int("year4")
    if not 1900 <= year <= 2099 and not re.search(
            r"\b(?:in|since|by|until|of|from|to|through|during|before|after|between|and|year|early|mid|late)\s*$",
            left, re.IGNORECASE):
        return None
    return Fields(year=year)


def _fiscal_year(m: RuleMatch) -> TimeValue | None:
    return Fields(year=m.int("year4"))


def _two_digit_year(m: RuleMatch) -> TimeValue | None:
    return Fields(year=int(m.g("yy") or "0"), two_digit_year=True)


_COUNTED = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|people|dollars|"
                      r"troops|soldiers|times)\b", re.IGNORECASE)


def _year_words(m: RuleMatch) -> TimeValue | None:
    if _COUNTED.match(m.around(0, 15)[1]):
        return None  # "two thousand years", "nineteen hundred people": a count
    text = (m.g("yearwords") or "").lower().replace("-", " ")
    words = text.split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return Fields(year=2000 + int(parse_number(" ".join(rest), m.lexicon) or 0) if rest else 2000)
    rest_value = parse_number(" ".join(words[1:]), m.lexicon)
    if rest_value is None:
        return None
    if rest_value == 100:
        return Fields(year=1900)
    return Fields(year=1900 + int(rest_value))


def _decade(m: RuleMatch) -> TimeValue | None:
    text = (m.g("decade") or m.g("decade2") or "").lower()
    if m.has("decade_word"):
        return Fields(decade=190 + int(m.lookup("decade_word")))
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        d = int(digits[0])
        return Fields(decade=(190 + d) if d >= 2 else (200 + d))
    if digits.endswith("00") and int(digits[:2]) < 20:
        return Fields(century=int(digits[:2]))  # "the 1800s": the 19th century ("the 2000s" is a decade)
    return Fields(decade=int(digits[:3]))


def _century(m: RuleMatch) -> TimeValue | None:
    n = int(m.lookup("ordinal"))
    if n < 1:
        return None
    return Fields(century=n - 1)


def _season(m: RuleMatch) -> TimeValue | None:
    season = str(m.lookup("season"))
    year = _year(m)
    if m.has("relative"):
        return Nth(Fields(season=season), _rel(m))
    return Fields(year=year, season=season)


def _weekday(m: RuleMatch) -> TimeValue | None:
    if not _capitalized(m.g("weekday") or ""):
        return None
    return Fields(weekday=m.weekday())


def _weekday_rel(m: RuleMatch) -> TimeValue | None:
    return Nth(Fields(weekday=m.weekday()), _rel(m), _rel_anchor(m))


def _day_before_rel(m: RuleMatch, possessive: bool = False) -> TimeValue | None:
    """"the day before last Tuesday": a day from a relative weekday. "the" goes with the noun of a
    possessive ("The [day before last Tuesday]'s hearing", TimeBank): rule ``day_before_rel_poss``."""
    if (re.match(r"['’]s\b", m.after(3)) is not None) != possessive:
        return None
    sign = -1 if (m.g("dbdir") or "").lower() == "before" else 1
    return Shift(sign, Grain.DAY, base=_weekday_rel(m))


def _relday(m: RuleMatch) -> TimeValue | None:
    return Cycle(Grain.DAY, int(m.lookup("reldays")))


def _day_part(m: RuleMatch, base: TimeValue) -> TimeValue:
    pod = str(m.lookup("part_of_day"))
    if isinstance(base, Fields):
        return Fields(weekday=base.weekday, part_of_day=pod)
    return Intersect(base, Fields(part_of_day=pod))


def _relday_pod(m: RuleMatch) -> TimeValue | None:
    return _day_part(m, Cycle(Grain.DAY, int(m.lookup("reldays"))))


def _weekday_pod(m: RuleMatch) -> TimeValue | None:
    pod_text = (m.g("part_of_day") or "").lower()
    if pod_text.endswith("s"):
        return Recurrence(Fields(weekday=m.weekday(), part_of_day=str(m.lookup("part_of_day"))))
    return _day_part(m, Fields(weekday=m.weekday()))


def _this_pod(m: RuleMatch) -> TimeValue | None:
    word = (m.g("_t0") or "").lower()
    offset = -1 if word == "last" else 0
    return _day_part(m, Cycle(Grain.DAY, offset))


def _ref_pod(m: RuleMatch) -> TimeValue | None:
    if (m.g("part_of_day") or "").lower().endswith("s"):
        return None  # "the following mornings"
    word = (m.g("_t2") or "").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(word, 0)
    return _day_part(m, Cycle(Grain.DAY, offset, Anchor.REF))


# what may follow a bare "the morning": an end, or a function word ("in the morning to start"), not a noun
# it qualifies ("the morning session", "the morning paper") nor "of" ("the night of Oct. 23")
_BARE_POD_AFTER = re.compile(r"\s*(?:[.,;:)!?\"'’]|$)|\s+(?:and|or|but|to|in|at|on|for|by|with|from|that|"
                             r"when|as|before|after|until|while|he|she|it|they|we|i|the|a|an|his|her|its"
                             r"|their)\b", re.IGNORECASE)


def _bare_pod(m: RuleMatch) -> TimeValue | None:
    """"halted twice in the afternoon", "buy orders in the morning": a part of the day with only "the"
    is on the day the story is at (TimeBank anchors it so), the document's day when none was named."""
    after = m.after(12)
    if not _BARE_POD_AFTER.match(after) or re.match(r"\s+of\b", after, re.IGNORECASE):
        return None
    return _day_part(m, Cycle(Grain.DAY, 0, Anchor.REF))


def _dawn_dusk(m: RuleMatch) -> TimeValue | None:
    if re.match(r"\s+of\b", m.after(5), re.IGNORECASE):
        return None  # "the dawn of a new era"
    morning = (m.g("dawn") or "").lower() in ("dawn", "daybreak")
    offset = 1 if morning and re.match(r"(?:until|till)\b", m.text, re.IGNORECASE) else 0
    return Intersect(Cycle(Grain.DAY, offset, Anchor.REF), Fields(part_of_day="MO" if morning else "EV"))


def _tonight(m: RuleMatch) -> TimeValue | None:
    return Intersect(Cycle(Grain.DAY, 0), Fields(part_of_day="NI"))


def _titled(word: str | None) -> bool:
    """A unit noun written with a capital after other words is part of a title ("ABC's "This Week"",
    "CBS's "60 Minutes""), not a timex."""
    return word is not None and word[:1].isupper() and not word.isupper()


def _cycle_rel(m: RuleMatch) -> TimeValue | None:
    if _titled(m.g("cycle")):
        return None
    grain = Grain[str(m.lookup("cycle"))]
    word = (m.g("relative") or "").lower()
    if grain in (Grain.DECADE, Grain.CENTURY) and (word in ("past", "last") or (
            word in ("next", "coming") and re.search(r"\b(?:over|within|for|during|in)\s+$", m.before(10),
                                                     re.IGNORECASE))):
        return Duration(10 if grain is Grain.DECADE else 100, Grain.YEAR)  # "the past decade": P10Y
    return Cycle(grain, _rel(m), _rel_anchor(m))


def _the_cycle(m: RuleMatch) -> TimeValue | None:
    grain = Grain[str(m.lookup("cycle"))]
    _, right = m.around(0, 20)
    if grain is Grain.YEAR and re.match(r"\s+(?:ended|ending|to date|before|through)\b", right):
        return Duration(1, Grain.YEAR)
    if grain is Grain.QUARTER:
        return Cycle(Grain.QUARTER, -1)
    if grain in (Grain.YEAR, Grain.MONTH):
        return Cycle(grain, 0)
    return None


def _fiscal_the_year(m: RuleMatch) -> TimeValue | None:
    return Duration(1, Grain.YEAR)


_AFTER_YEAR_END = re.compile(r"(?:\s*[.,;:)\"'’]|\s*$|\s+(?:and|or|but|when|if|to|in|at|as|with|for|from)\b)")


def _year_end(m: RuleMatch) -> TimeValue | None:
    """"by year-end", "since year's end": the end of this year (of last year after "since"); not the
    adjective of "year-end net"."""
    left, right = m.around(10, 15)
    if not _AFTER_YEAR_END.match(right):
        return None
    offset = -1 if re.search(r"\bsince\s+$", left, re.IGNORECASE) else 0
    return Modified(Cycle(Grain.YEAR, offset), Mod.END)


def _cycle_before(m: RuleMatch) -> TimeValue | None:
    grain = Grain[str(m.lookup("cycle"))]
    offset = -1 if (m.g("_t2") or "").lower() == "before" else 1
    return Cycle(grain, offset, Anchor.REF)


def _weekend(m: RuleMatch) -> TimeValue | None:
    return Fields(weekend=True)


def _holiday(m: RuleMatch) -> TimeValue | None:
    return Feast(str(m.lookup("holiday")), _year(m))


# --------------------------------------------------------------------------------------------------
# quarters and halves


def _ordinal_of(m: RuleMatch, last: int) -> int:
    n = int(m.lookup("ordinal"))
    return last if n == -1 else n


def _year_context(m: RuleMatch, inner: Fields) -> TimeValue:
    if m.has("year4"):
        return Fields(year=m.int("year4"), quarter=inner.quarter, half=inner.half)
    if m.has("qrel"):
        return Intersect(Cycle(Grain.YEAR, int(m.lookup("relative", "qrel"))), inner)
    if m.has("qthe"):  # "the second half of the year": the year the story is in
        return Intersect(Cycle(Grain.YEAR, 0, Anchor.REF), inner)
    return inner


def _quarter(m: RuleMatch) -> TimeValue | None:
    q = _ordinal_of(m, 4)
    if not 1 <= q <= 4:
        return None
    return _year_context(m, Fields(quarter=q))


def _half(m: RuleMatch) -> TimeValue | None:
    h = _ordinal_of(m, 2)
    if h not in (1, 2):
        return None
    return _year_context(m, Fields(half=h))


_ORDINAL_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b",
                              re.IGNORECASE)
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_INDEFINITE = re.compile(r"\ban?\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)


def _year_period(m: RuleMatch) -> TimeValue | None:
    """ "the 1988 quarter", "the 1989 period": the quarter the report is about (the last one named), in
    that year; "the 1988 period" after a nine- or six-month total is that year's (no such value)."""
    year = m.int("year4")
    noun = (m.g("_t2") or "").lower()
    if "quarter" not in noun and _multi_quarter(m):
        return Fields(year=year)
    left, _ = m.around(1500, 0)
    # "after a flat second quarter" describes another quarter; the reported one is definite
    named = [q for q in _ORDINAL_QUARTER.finditer(left)
             if not _INDEFINITE.search(left, max(0, q.start() - 30), q.start())]
    if not named:
        return Fields(year=year)
    return Fields(year=year, quarter=_QUARTER_NUMBER[named[-1].group(1).lower()])


def _quarter_abbr(m: RuleMatch) -> TimeValue | None:
    word = m.g("_t0") or ""
    n = int(word[1])
    inner = Fields(quarter=n) if word[0] == "Q" else Fields(half=n)
    if m.has("year4"):
        return Fields(year=m.int("year4"), quarter=inner.quarter, half=inner.half)
    return inner


def _fy(m: RuleMatch) -> TimeValue | None:
    if m.has("yy"):
        return _two_digit_year(m)
    return Fields(year=m.int("year4"))


def _quarter_year_ago(m: RuleMatch) -> TimeValue | None:
    q = _ordinal_of(m, 4)
    if not 1 <= q <= 4:
        return None
    return Intersect(Cycle(Grain.YEAR, -1), Fields(quarter=q))


def _year_earlier(m: RuleMatch) -> TimeValue | None:
    noun = (m.g("_t2") or "").lower()
    if "quarter" not in noun and _multi_quarter(m):
        return Cycle(Grain.YEAR, -1)
    if "quarter" in noun or _quarterly(m):
        return _YEAR_BEFORE_REF
    return Cycle(Grain.YEAR, -1)


# --------------------------------------------------------------------------------------------------
# relative: ago, earlier, later


def _shift(m: RuleMatch) -> TimeValue | None:
    amount = _amount(m)
    word = (m.g("dir") or "").lower()
    if word in ("later", "earlier", "before") and not _is_year_earlier(m):
        return None  # the amount alone is the timex (units_later)
    sign = -1 if word in ("ago", "earlier", "before", "back", "previously") else 1
    anchor = Anchor.DCT if word in ("ago", "back", "from now", "hence") else Anchor.REF
    if word.startswith("from"):
        anchor = Anchor.DCT
    if amount is None:
        return Vague(VagueRef.PAST if sign < 0 else VagueRef.FUTURE)
    factor, grain = _unit(m)
    if grain is Grain.YEAR and amount * factor == 1 and sign < 0 and _multi_quarter(m):
        return _with_approx(m, Cycle(Grain.YEAR, -1))
    if grain is Grain.YEAR and amount * factor == 1 and sign < 0 and _quarterly(m):
        return _with_approx(m, _YEAR_BEFORE_REF)
    return _with_approx(m, Shift(sign * amount * factor, grain, anchor))


def _is_year_earlier(m: RuleMatch) -> bool:
    """ "a year earlier": TimeBank's comparison with the period a year before, a DATE with the signal."""
    amount = _amount(m)
    factor, grain = _unit(m)
    word = (m.g("dir") or "").lower()
    return word == "earlier" and grain is Grain.YEAR and amount is not None and amount * factor == 1


def _units_later(m: RuleMatch) -> TimeValue | None:
    """ "Three days later", "two years earlier": TimeBank annotates the amount as a DURATION and leaves the
    signal out; the point it implies (from the last date resolved) keeps timelines working."""
    if _is_year_earlier(m):
        return None
    amount = _amount(m)
    dur = _duration(amount, m)
    if amount is None:
        return _with_approx(m, dur)
    factor, grain = _unit(m)
    sign = -1 if (m.g("dir") or "").lower() in ("earlier", "before") else 1
    point = Shift(sign * amount * factor, grain, Anchor.REF)
    return _with_approx(m, Duration(dur.amount, dur.unit, point=point, mixed=dur.mixed))


# "the first days after", "a matter of days before", "in those weeks before": the noun of a phrase, no
# amount of time measured from the event
_NOT_BARE_UNITS_LEFT = re.compile(r"\b(?:the|of|first|last|final|those|these|few|many|several|some|early|"
                                  r"initial|closing|same|its|his|her|their)\s+$", re.IGNORECASE)


def _units_after(m: RuleMatch) -> TimeValue | None:
    """"hours after the deadline expired", "days before the vote": the unsaid amount, as "hours later"."""
    if _NOT_BARE_UNITS_LEFT.search(m.before(12)) or (m.g("units") or "").lower() in ("seconds", "minutes"):
        return None
    return _dur_vague(m)


def _units_ago(m: RuleMatch) -> TimeValue | None:
    return Vague(VagueRef.PAST)


# --------------------------------------------------------------------------------------------------
# durations


_NOT_DURATION_LEFT = re.compile(r"(?:\d|million|billion|percent|%|cents?|dollars?|each|per)\s*$",
                                re.IGNORECASE)


# a counted plural noun before "a <unit>": "12 million packages a day", "50 million fewer hours a day",
# "nine hours a day" (the conventions leave rates untagged)
_RATE_NOUN_LEFT = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|dozens?|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|thousands|millions|several|many))"
    r"\s+(?:(?:more|fewer|less|extra|additional|new|other)\s+)?[a-z]{2,}s\s+$", re.IGNORECASE)


def _is_age(m: RuleMatch) -> bool:
    """"52 years old", "a 6-year-old boy": ages are not timexes in TimeBank."""
    _, right = m.around(0, 8)
    return bool(re.match(r"[-\s]+old\b", right, re.IGNORECASE))


# "last" as a verb: "expected to last several months", "could last three days", "will not last"
_VERB_LAST_LEFT = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall|not|n't|does|did|do"
                             r"|'ll)\s+$", re.IGNORECASE)


def _dur(m: RuleMatch) -> TimeValue | None:
    if _is_age(m) or _preposition_approx(m):
        return None  # the preposition's phrase is matched from its determiner
    left, _ = m.around(20, 0)
    if m.text[:5].lower() == "last " and _VERB_LAST_LEFT.search(left):
        return None  # the amount alone is the duration, matched from the next word
    if (m.g("amt") or "").lower() in ("a", "an") and (
            _NOT_DURATION_LEFT.search(left)
            or ((m.g("unit") or "").lower() not in ("year", "month")
                and _RATE_NOUN_LEFT.search(m.around(40, 0)[0]))):
        # "$500 million a year", "12 million packages a day": a rate. After a counted noun only below a
        # month: TimeBank tags "fifty thousand CDs a year" (as a SET), so that is left as it was
        return None
    if _titled(m.g("unit") or m.g("units")):
        return None
    unit_text = (m.g("unit") or m.g("units") or "").lower()
    if unit_text in ("quarter", "quarters") and (m.g("amt") or "").lower() in ("a", "an", "one", "three") \
            and re.match(r"\s+of\b", m.after(5), re.IGNORECASE):
        return None  # "more than a quarter of the market": a fraction
    if unit_text == "second":
        return None  # "the second quarter", "1988 second quarter": an ordinal
    amount_text = (m.g("amt") or m.g("num") or "").strip()
    if m.has("unit") and re.fullmatch(r"[12]\d{3}", amount_text):
        return None  # "the 1988 quarter": a year qualifying a period, not 1988 quarters
    amount = _amount(m) if m.has("amt") else m.number("num")
    if m.has("half") or m.has("half2"):
        amount = (amount or 0) + 0.5
    return _with_approx(m, _duration(amount, m))


# the next finer unit and how many of it make one: "two years and six months" is P2Y6M
_NEXT_FINER: dict[Grain, tuple[Grain, int]] = {
    Grain.YEAR: (Grain.MONTH, 12), Grain.MONTH: (Grain.DAY, 30), Grain.WEEK: (Grain.DAY, 7),
    Grain.DAY: (Grain.HOUR, 24), Grain.HOUR: (Grain.MINUTE, 60), Grain.MINUTE: (Grain.SECOND, 60)}


def _dur_sum(m: RuleMatch) -> TimeValue | None:
    """"four hours and 57 minutes" (PT4H57M), "two years and six months" (P2Y6M): one measure, as German
    "zwei Stunden und 15 Minuten"; only a whole unit and less than one of it in the next finer."""
    if _is_age(m):
        return None
    amount = _amount(m)
    n2 = m.number("num2")
    factor, grain = _unit(m)
    unit2 = Grain[str(m.lookup("unit", "unit2") if m.has("unit2") else m.lookup("units", "units2"))]
    finer = _NEXT_FINER.get(grain)
    if amount is None or n2 is None or factor != 1 or finer is None or finer[0] is not unit2 \
            or not 0 < n2 < finer[1]:
        return None
    return _with_approx(m, Duration(amount + n2 / finer[1], grain, mixed=True))


def _dur_range(m: RuleMatch) -> TimeValue | None:
    if _preposition_approx(m):
        return None
    if _is_age(m) or re.search(r"\bbetween\s+$", m.before(10), re.IGNORECASE):
        return None  # "between two to six days": TimeBank tags the ends apart
    if re.match(r"\s+(?:ago|earlier|later|before|after|old)\b", m.after(10), re.IGNORECASE):
        return None  # "five or six years ago": left to the rules of points
    first = m.number("n1")
    if first is None:
        return None
    return _with_approx(m, _duration(first, m))


def _unit_long(m: RuleMatch) -> TimeValue | None:
    if _titled(m.g("unit") or m.g("units")):
        return None
    return _duration(1.0 if m.has("unit") else None, m)


def _dur_half(m: RuleMatch) -> TimeValue | None:
    return _with_approx(m, _duration(0.5, m))


def _dur_vague(m: RuleMatch) -> TimeValue | None:
    return _duration(None, m)


def _recent_units(m: RuleMatch) -> TimeValue | None:
    if (m.g("units") or "").lower() == "years":
        return Vague(VagueRef.PAST)
    return _duration(None, m)


# --------------------------------------------------------------------------------------------------
# times


def _hour(m: RuleMatch, hour: int) -> int:
    ampm = m.lookup("ampm") if m.has("ampm") else None
    if ampm == "pm" and hour < 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


def _clock(m: RuleMatch) -> TimeValue | None:
    hh, mm = (m.g("clock") or "0:0").split(":")[:2]
    if not (m.has("ampm") or m.has("tz") or re.search(r"\bat\s*$", m.around(4, 0)[0], re.IGNORECASE)):
        return None
    f = Fields(hour=_hour(m, int(hh)), minute=int(mm), timezone=str(m.lookup("tz")) if m.has("tz") else None)
    return _about(m, _time_on_day(m, f))


def _about(m: RuleMatch, value: TimeValue) -> TimeValue:
    return Modified(value, Mod.APPROX) if m.has("about") else value


def _clock_military(m: RuleMatch) -> TimeValue | None:
    tz = m.g("tz") or ""
    if not tz.isupper() or m.before(1)[-1:] in ("$", ".", ",", "-", "/"):
        return None
    digits = m.g("mil") or "0000"
    f = Fields(hour=int(digits[:2]), minute=int(digits[2:]), timezone=str(m.lookup("tz")))
    return _time_on_day(m, f)


def _hour_range(m: RuleMatch) -> TimeValue | None:
    hour, end = m.int("hour"), m.int("hour2")
    if not (1 <= hour <= 12 and 1 <= end <= 12):
        return None
    if m.lookup("ampm") == "pm" and end != 12 and hour > end:
        return _time_on_day(m, Fields(hour=hour, minute=0))  # "from 10 to 2 p.m.", "from 12 to 2 p.m."
    return _time_on_day(m, Fields(hour=_hour(m, hour), minute=0))


def _hour_ampm(m: RuleMatch) -> TimeValue | None:
    hour = m.int("hour")
    if not 1 <= hour <= 12:
        return None
    f = Fields(hour=_hour(m, hour), minute=0, timezone=str(m.lookup("tz")) if m.has("tz") else None)
    return _about(m, _time_on_day(m, f))


def _hour_pod(m: RuleMatch) -> TimeValue | None:
    """"4 in the morning", "eight in the evening", "11 at night"."""
    hour = m.number("hnum")
    if hour is None or hour != int(hour) or not 1 <= hour <= 12:
        return None
    pod = "night" if m.has("hnight") else (m.g("hpod") or "").lower()
    h = int(hour)
    if pod == "morning":
        h = 0 if h == 12 else h
    elif pod == "night":
        h = h + 12 if h >= 6 and h != 12 else (0 if h == 12 else h)
    elif h != 12:
        h += 12
    return _time_on_day(m, Fields(hour=h, minute=0))


def _time_on_day(m: RuleMatch, f: Fields) -> TimeValue:
    if m.has("weekday"):
        return Fields(weekday=m.weekday(), hour=f.hour, minute=f.minute, timezone=f.timezone)
    if m.has("tday"):
        year = int(m.g("tyear") or 0) or None
        return Fields(year=year, month=m.month(), day=int(m.g("tday") or 0), hour=f.hour, minute=f.minute,
                      timezone=f.timezone)
    if m.has("reldays"):
        return Intersect(Cycle(Grain.DAY, int(m.lookup("reldays"))), f)
    if m.has("tonight"):  # "at 7:30 tonight": the evening
        hour = f.hour + 12 if f.hour is not None and f.hour < 12 and not m.has("ampm") else f.hour
        return Intersect(Cycle(Grain.DAY, 0), Fields(hour=hour, minute=f.minute, timezone=f.timezone))
    # a clock time alone is on the day the narrative is at ("was shot on Oct. 23 ... at 10 p.m."), the
    # document's day when none was named
    return Intersect(Cycle(Grain.DAY, 0, Anchor.REF), f)


def _noon(m: RuleMatch) -> TimeValue | None:
    if re.search(r"\bhigh\s+$", m.around(6, 0)[0], re.IGNORECASE):
        return None  # "high noon", "High Noon": an idiom, a film
    word = (m.g("_t0") or "").lower()
    f = Fields(hour=24, minute=0) if word == "midnight" else Fields(hour=12, minute=0)
    return _time_on_day(m, f)


# --------------------------------------------------------------------------------------------------
# sets, vague


def _every_unit(m: RuleMatch) -> TimeValue | None:
    amount = _amount(m) if m.has("amt") else 1.0
    return Recurrence(_duration(amount, m), quant="EVERY")


def _every_other(m: RuleMatch) -> TimeValue | None:
    factor, grain = _unit(m)
    return Recurrence(Duration(2 * factor, grain), quant="EVERY")


def _every_fields(m: RuleMatch) -> TimeValue | None:
    if m.has("weekday"):
        return Recurrence(Fields(weekday=m.weekday()), quant="EACH")
    if m.has("month"):
        return Recurrence(Fields(month=m.month()), quant="EACH")
    if m.has("part_of_day"):
        return Recurrence(Fields(part_of_day=str(m.lookup("part_of_day"))), quant="EACH")
    return None


def _every_month_day(m: RuleMatch) -> TimeValue | None:
    if not _month_ok(m):
        return None
    try:
        return Recurrence(Fields(month=m.month(), day=_day(m)), quant="EACH")
    except ValueError:
        return None


_RATE_LEFT = re.compile(r"(?:\d|%|percent|\bmillion|\bbillion)(?:\s+[a-z]+)?\s+$", re.IGNORECASE)


def _frequency(m: RuleMatch) -> TimeValue | None:
    name = str(m.lookup("frequency"))
    if name == "QUARTER":
        if re.match(r"\s*-?\s*[a-z]", m.after(3)):
            return None  # "a quarterly dividend", "its first quarterly loss": an adjective
        return Recurrence(Duration(3, Grain.MONTH))
    if (m.g("frequency") or "").lower() == "annually" and _RATE_LEFT.search(m.before(25)):
        return None  # "rise 8.5% annually", "10,000 units annually": a rate (TimeBank leaves them)
    if name == "FORTNIGHT":
        return Recurrence(Duration(2, Grain.WEEK))
    return Recurrence(Duration(1, Grain[name]), freq="1X")


def _times_per(m: RuleMatch) -> TimeValue | None:
    n = int(m.lookup("times")) if m.has("times") else int(m.number("num") or 0)
    factor, grain = _unit(m)
    return Recurrence(Duration(factor, grain), freq=f"{n}X")


def _per_unit(m: RuleMatch) -> TimeValue | None:
    factor, grain = _unit(m)
    return Recurrence(Duration(factor, grain))


def _weekdays(m: RuleMatch) -> TimeValue | None:
    if not _capitalized(m.g("weekdays") or ""):
        return None
    return Recurrence(Fields(weekday=int(m.lookup("weekdays"))))


_NOT_SET_LEFT = re.compile(r"(?:\d|\b(?:the|of|all|few|several|many|some|two|three|four|five|six|seven|"
                           r"eight|nine|ten|those|these|its|their))\s+$", re.IGNORECASE)


def _workdays(m: RuleMatch) -> TimeValue | None:
    """"On weekdays she bakes", "open weekdays": Monday to Friday as a SET; not a count ("five weekdays",
    "the weekdays before Easter")."""
    if _NOT_SET_LEFT.search(m.before(12)):
        return None
    return Recurrence(Fields(workdays=True))


def _vague(m: RuleMatch) -> TimeValue | None:
    return Vague(m.vague())


# --------------------------------------------------------------------------------------------------
# modifiers: "early June", "the end of next year", "mid-1990s"


def _modded(inner: Callable[[RuleMatch], TimeValue | None]) -> Callable[[RuleMatch], TimeValue | None]:
    def action(m: RuleMatch) -> TimeValue | None:
        value = inner(m)
        if value is None:
            return None
        return Modified(value, m.mod())

    return action


def _year_mod(m: RuleMatch) -> TimeValue | None:
    return Fields(year=m.int("year4"))


# --------------------------------------------------------------------------------------------------

_PREP = ("!in|since|until|till|by|during|from|through|before|after|between|of|for|to|on|and|or|at|around"
         "|throughout")
_TIME_DAY = (r"?~,?\s*(?:on\s+)?(?:{WEEKDAY}|{RELDAYS}|(?P<tonight>tonight)|{MONTH}\s+(?P<tday>\d{1,2})(?!\d)"
             r"(?:,?\s*(?P<tyear>(?:1\d|20)\d\d)(?!\d))?)")
# an approximate clock time keeps the adverb (TimeBank: "around 7:15 p.m.")
_ABOUT = r"?(?P<about>around|about|approximately|roughly)"
_DIR = r"(?P<dir>ago|earlier|later|before|back|hence|from\s+now|previously)"

_MOD_INNER: list[tuple[str, str, Callable[[RuleMatch], TimeValue | None]]] = [
    ("month", r"{MONTH} ?~,?\s*(?:of\s+)?{YEAR4}", _month),
    ("year", "{YEAR4}", _year_mod),
    ("relcycle", "{RELATIVE} {CYCLE}", _cycle_rel),
    ("thecycle", "the {CYCLE}", lambda m: Cycle(Grain[str(m.lookup("cycle"))], 0)),
    ("relday", "{RELDAYS}", _relday),
    ("weekday", "{WEEKDAY}", lambda m: Fields(weekday=m.weekday())),
    ("season", r"?the {SEASON} ?~,?\s*(?:of\s+)?{YEAR4}", _season),
    ("decade", "{DECADE}", _decade),
    ("decadeword", "?the {DECADE_WORD}", _decade),
    ("decade2", "{DECADE2}", _decade),
    ("century", "?the {ORDINAL} century", _century),
]

RULES: list[Rule] = [
    # ---- calendar dates
    Rule("date_md", r"?{WEEKDAY} ?~, {MONTH} {DAYTH} ?~,?\s*{YEAR4}", _md, priority=2),
    Rule("date_dm", r"?{WEEKDAY} ?~, ?the {DAYTH} ?of {MONTH} ?~,?\s*{YEAR4}", _md, priority=1),
    Rule("date_numeric", r"(?P<na>\d{1,2})/(?P<nb>\d{1,2})/(?P<ny>\d{4}|\d{2})(?![/\d]) ?{CLOCK}", _numeric,
         priority=2),
    Rule("date_numeric_dash", r"(?P<na>\d\d)-(?P<nb>\d\d)-(?P<ny>\d{4}|\d{2})(?![-\d])", _numeric),
    Rule("date_iso", r"(?P<iy>(?:1\d|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?!\d)"
         r" ?{CLOCK}", _iso, priority=2),
    Rule("date_compact", r"(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?!\d)",
         _compact),
    # the second day of a pair: "April 24 and [25]"
    Rule("date_md_second", r"!{MONTH} !{DAYTH} !and|& {DAYTH:d2} ?~,?\s*{YEAR4}", _md_second),
    Rule("month_year", r"{MONTH} ?~,?\s*(?:of)? {YEAR4}", _month, priority=1),
    Rule("month_year_words", r"{MONTH} {YEARWORDS}",
         lambda m: Fields(year=getattr(_year_words(m), "year", None), month=m.month())
         if _month_ok(m) else None),
    Rule("month_bare", "{MONTH}", _month_bare, priority=-1),
    Rule("month_cue", f"{_PREP} {{MONTH}}(?!\\.?\\s*\\d)", _month_bare),
    Rule("month_relyear", "{MONTH} {RELATIVE} year", _month_relyear, priority=1),
    Rule("month_rel", "{RELATIVE} {MONTH}", _month_rel),
    Rule("date_rel", "{RELATIVE} {MONTH} {DAYTH}", _date_rel, priority=1),
    # "the week of March 6": the week holding that day
    # "the Sept. 11 attacks": those of 2001, whatever the document date
    Rule("sept_11", r"{MONTH} 11(?=,?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack\w*|strikes)\b)",
         lambda m: Fields(year=2001, month=9, day=11) if m.month() == 9 else None, priority=3),
    Rule("week_of", r"the week of {MONTH} {DAYTH} ?~,?\s*{YEAR4}",
         lambda m: Shift(0, Grain.WEEK, base=_md(m)) if _md(m) is not None else None, priority=1),
    Rule("weekday", "{WEEKDAY}", _weekday),
    Rule("weekday_rel", "?the {RELATIVE} {WEEKDAY}", _weekday_rel),
    Rule("weekday_pod", "{WEEKDAY} {PART_OF_DAY}", _weekday_pod),
    Rule("day_before_rel", r"the day (?P<dbdir>before|after) {RELATIVE} {WEEKDAY}", _day_before_rel,
         priority=1),
    Rule("day_before_rel_poss", r"!the day (?P<dbdir>before|after) {RELATIVE} {WEEKDAY}",
         lambda m: _day_before_rel(m, possessive=True), priority=1),
    Rule("relday", "{RELDAYS}", _relday),
    Rule("relday_pod", "{RELDAYS} {PART_OF_DAY}", _relday_pod),
    Rule("pod_relday", "{PART_OF_DAY} {RELDAYS}", _relday_pod),  # "mid-afternoon yesterday"
    # a part of the day named by "mid-" alone ("by mid-afternoon") is on the day the story is at
    Rule("mid_pod", r"!by|at|until|in|around (?P<midpod>mid-?\s?(?:morning|afternoon))",
         lambda m: Intersect(Cycle(Grain.DAY, 0, Anchor.REF),
                             Fields(part_of_day="MO" if "morning" in (m.g("midpod") or "") else "AF"))),
    Rule("this_pod", "this|last {PART_OF_DAY}", _this_pod),
    Rule("bare_pod", r"!in|during|throughout|by|until|into the "
         r"(?P<part_of_day>morning|afternoon|evening|night)", _bare_pod, priority=-1),
    Rule("tonight", "tonight", _tonight),
    # "at dawn", "until dusk": the morning / evening of the day the story is at; "until dawn" ends a night,
    # so it is the next day's ("danced on Saturday night until dawn")
    Rule("dawn_dusk", r"!at|before|after|by|from|until|till|around (?P<dawn>dawn|daybreak|dusk|nightfall)",
         _dawn_dusk),
    # the narrative's day: "That night", "the next morning", "the previous evening"
    Rule("ref_pod", "?the ?that|this same|that|next|following|previous|preceding|prior {PART_OF_DAY}",
         _ref_pod),
    Rule("holiday", r"{HOLIDAY} ?~,?\s*{YEAR4}", _holiday),
    # ---- years, decades, centuries
    Rule("year", "{YEAR4}", _year_value),
    Rule("year_the", r"?the year {YEAR4}", _fiscal_year, priority=1),
    Rule("year_fiscal", r"fiscal ?year {YEAR4}", _fiscal_year, priority=1),
    Rule("year_two_digit", r"!in|since|of|during|until|by '(?P<yy>\d\d)(?![\w'])", _two_digit_year),
    Rule("year_fiscal_two_digit", r"fiscal '(?P<yy>\d\d)(?![\w'])", _two_digit_year),
    Rule("year_words", r"?the ?year {YEARWORDS}", _year_words),
    Rule("decade", "?the {DECADE}", _decade),
    Rule("decade_word", "the {DECADE_WORD}", _decade),
    Rule("decade2", "the {DECADE2}", _decade),
    Rule("century", "?the {ORDINAL} century", _century),
    Rule("season", r"?the {SEASON} ~,?\s*(?:of\s+)?{YEAR4}", _season),
    Rule("season_rel", "{RELATIVE} {SEASON}", _season),
    Rule("season_words", r"?the {SEASON} of {YEARWORDS}",
         lambda m: Fields(year=getattr(_year_words(m), "year", None), season=str(m.lookup("season")))),
    Rule("season_prep", "!in|into|during|by|until|since|through|over ?the {SEASON}", _season),
    # ---- quarters, halves
    Rule("quarter", r"?the ?fiscal {ORDINAL} (?:fiscal\s+)?quarter "
         r"?of\s+(?:fiscal\s+)?(?:{YEAR4}|(?P<qrel>this|last|next)\s+year|(?P<qthe>the\s+(?:fiscal\s+)?year))",
         _quarter),
    # the adjective "third-quarter" leaves the article to its noun: "the [third-quarter] level" (TBAQ 5 of 5)
    Rule("quarter_adj", r"?!the ?fiscal {ORDINAL} +-(?:fiscal-?)?quarter", _quarter),
    Rule("quarter_year", r"{YEAR4} +'s ?fiscal {ORDINAL} ~-?quarter", _quarter),
    Rule("quarter_the_year", r"?the {YEAR4} ?fiscal {ORDINAL} ~-?quarter", _quarter, priority=1),
    Rule("quarter_relyear", r"{RELATIVE:qrel} year's ?fiscal {ORDINAL} ~-?quarter", _quarter),
    Rule("half", r"?the {ORDINAL} half ?of\s+(?:fiscal\s+)?(?:{YEAR4}|(?P<qrel>this|last|next)\s+year"
         r"|(?P<qthe>the\s+(?:fiscal\s+)?year))",
         _half),
    # business abbreviations: "Q3 2014", "Q1", "H1 2013", "FY2013", "FY 2014", "FY13"
    Rule("quarter_abbr", r"Q1|Q2|Q3|Q4 ?{YEAR4}", _quarter_abbr, case_sensitive=True),
    Rule("half_abbr", r"H1|H2 {YEAR4}", _quarter_abbr, case_sensitive=True),
    Rule("year_fy", r"FY ~(?:{YEAR4}|'?(?P<yy>\d\d)(?!\d))", _fy, case_sensitive=True),
    # "the" belongs to the timex only with the period noun: "the year-ago quarter" but "the year-ago
    # [results]" (TBAQ: 12 of 13 and 3 of 3)
    Rule("year_earlier", r"?the ?comparable|corresponding year-earlier|year-ago|year-before|prior-year "
         r"quarter|period", _year_earlier),
    Rule("year_earlier_adj", r"?comparable|corresponding year-earlier|year-ago|year-before|prior-year",
         _year_earlier),
    # "the year-earlier nine months", "the latest nine months": a total over several months
    Rule("months_total", r"the year-earlier|year-ago|latest|most\s+recent {NUM} months",
         lambda m: Duration(m.number("num"), Grain.MONTH) if m.number("num") else None, priority=1),
    # the reported period a year before: "the quarter a year ago", "last year's quarter",
    # "the corresponding period last year"
    Rule("period_year_ago", r"?the ?comparable|corresponding|same quarter|period a\s+year\s+(?:ago|earlier)|"
         r"last\s+year", lambda m: _YEAR_BEFORE_REF, priority=1),
    Rule("last_years_period", r"last year's ?comparable|corresponding quarter|period",
         lambda m: _YEAR_BEFORE_REF, priority=1),
    Rule("quarter_year_ago", r"?the ?comparable|corresponding year-earlier|year-ago|prior-year ?fiscal "
         r"{ORDINAL} ~-?quarter", _quarter_year_ago, priority=1),
    Rule("year_period", r"the {YEAR4} quarter|period", _year_period, priority=1),
    Rule("latest_quarter", r"the latest|most\s+recent quarter|period", lambda m: Cycle(Grain.QUARTER, -1)),
    # ---- relative cycles
    Rule("cycle_rel", r"?the {RELATIVE} ?fiscal {CYCLE} ?or\s+so", _cycle_rel),
    Rule("the_cycle", "the ?full {CYCLE}", _the_cycle, priority=-1),
    Rule("fiscal_the_year", "the fiscal year", _fiscal_the_year),
    Rule("weekend", "the weekend", _weekend),
    # "the year before", "the day after" closing a clause: the narrative's date shifted by one unit
    Rule("cycle_before", r"the {CYCLE} (?:before|after)(?=\s*[.,;:)]|\s*$|\s+(?:and|but)\b)", _cycle_before,
         priority=1),
    Rule("year_end", r"?the year-end|year\s+end|year's\s+end", _year_end),
    # ---- ago / earlier / later
    Rule("shift", f"?{{APPROX}} {{AMT}} {{UNIT}}|{{UNITS}} ?or\\s+so {_DIR}", _shift, priority=1),
    Rule("units_later", r"?{APPROX} {AMT} {UNIT}|{UNITS} !(?P<dir>later|earlier|before)", _units_later,
         priority=2),
    Rule("units_ago", "{UNITS} ago", _units_ago),
    # "hours later", "Years later": the unsaid amount, as "a few days later"
    Rule("units_later_bare", r"{UNITS} !(?P<dir>later|earlier)", _dur_vague),
    # "hours after the deadline", "days before the vote" (not "seconds before the bomb exploded": TBAQ)
    Rule("units_after_bare", r"{UNITS} !(?P<dir>after|before)", _units_after, priority=-1),
    # ---- durations
    Rule("duration", r"?{APPROX} ?the ?(?:past|last|next|coming|previous|first|following|preceding|final"
         r"|remaining|other) {AMT} ?and\s+a\s+(?P<half>half) "
         r"?(?:more|additional|full|straight|consecutive|long|extra|whole|entire|trading|business|working)"
         r" {UNIT}|{UNITS} ?and\s+a\s+(?P<half2>half) ?or\s+so", _dur),
    Rule("duration_sum", r"?{APPROX} {AMT} {UNIT}|{UNITS} ,?\s*and {NUM:num2} {UNIT:unit2}|{UNITS:units2}",
         _dur_sum, priority=1),
    # a range of amounts, valued by its first number: "two to three weeks", "the next 12 to 18 months"
    Rule("duration_range", r"?{APPROX} ?the ?past|last|next|coming {NUM:n1} to|or|- {NUM} {UNITS}",
         _dur_range, priority=1),
    # "weeks or months": the first unit, its amount unsaid
    Rule("units_or_units", r"{UNITS} or {UNITS:units2}", _dur_vague),
    Rule("duration_hyphen", r"{NUM} +-{UNIT}", _dur),
    Rule("duration_half", r"?{APPROX} half an?|a\s+half {UNIT}", _dur_half),
    Rule("duration_vague_the", r"?the past|last|next|coming|previous|following {UNITS}", _dur_vague,
         priority=-1),
    Rule("duration_bare", r"!for|over|within|lasting|took|take|takes|taking|spent|than|in {UNITS}",
         _dur_vague, priority=-2),
    Rule("recent_units", r"?the recent {UNITS}", _recent_units),
    # "weeklong", "year-long", "decades-long"
    Rule("unit_long", r"{UNIT}|{UNITS} +-?long", _unit_long),
    Rule("units_ahead", r"?the {UNITS} ahead", _dur_vague),
    # ---- times
    Rule("clock", f"{_ABOUT} {{CLOCK}} ?~{{AMPM}} ?{{TZ}} {_TIME_DAY}", _clock),
    # wire-service times: "(0546 GMT)", "1337EDT"
    Rule("clock_military", r"(?P<mil>(?:[01]\d|2[0-3])[0-5]\d) ~{TZ}", _clock_military),
    # the first hour of a range takes the a.m./p.m. of the second: "between 8 and 11 a.m."
    Rule("hour_range", r"!between|from {HOUR} !and|to|- !{HOUR:hour2} !~{AMPM}", _hour_range),
    Rule("hour_pod", r"(?P<hnum>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
         r"(?![\d:]) ?o'clock (?:in\s+the\s+(?P<hpod>morning|afternoon|evening)|at\s+(?P<hnight>night))",
         _hour_pod),
    Rule("hour_ampm", f"{_ABOUT} {{HOUR}} ~{{AMPM}} ?{{TZ}} {_TIME_DAY}", _hour_ampm),
    Rule("noon", f"noon|midday|midnight {_TIME_DAY}", _noon),
    # ---- sets
    Rule("every_unit", "every|each|per ?{AMT} {UNIT}|{UNITS}", _every_unit),
    Rule("every_other", "every other {UNIT}", _every_other, priority=1),
    Rule("every_fields", "every|each {WEEKDAY}|{MONTH}|{PART_OF_DAY}", _every_fields),
    # "each April 20": a yearly day (not "each April" + a number)
    Rule("every_month_day", "every|each {MONTH} {DAYTH}", _every_month_day, priority=1),
    # "every Saturday morning": one SET, the weekday's part of the day
    Rule("every_weekday_pod", "every|each {WEEKDAY} {PART_OF_DAY}",
         lambda m: Recurrence(Fields(weekday=m.weekday(), part_of_day=str(m.lookup("part_of_day"))),
                              quant="EACH"), priority=1),
    Rule("frequency", "{FREQUENCY}", _frequency),
    Rule("times_per", "{TIMES} a|per|each|every {UNIT}", _times_per),
    Rule("n_times_per", "{NUM} times a|per|each|every {UNIT}", _times_per),
    Rule("weekdays", "{WEEKDAYS}", _weekdays),
    Rule("workdays", "weekdays", _workdays),
    # ---- vague
    Rule("vague", "{VAGUE}", _vague),
    # "will one day be", "could some day replace": some time in the future, not a day long
    Rule("one_day_future", "!will|would|could|might|may|can|should one|some day",
         lambda m: Vague(VagueRef.FUTURE), priority=2),
]

for _name, _tpl, _action in _MOD_INNER:
    _glued = "?~" + _tpl[1:] if _tpl.startswith("?") else "~" + _tpl
    RULES.append(Rule(f"mod_{_name}", f"{{MOD}} {_glued}", _modded(_action), priority=1))
