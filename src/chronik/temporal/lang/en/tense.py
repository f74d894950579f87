"""English tense cues: which occurrence a date without a year means ("Friday", "in March").

``direction(text, start, end)`` reads the clause around a mention (future and past verbs, deadlines,
plans, reporting clauses) and says which way from the anchor the occurrence lies; ``narrative`` does
the same for a story told in an earlier year. Both are wired into the language's ``LanguageSpec``
(``__init__.py``); the rules in ``rules.py`` produce values only.
"""

from __future__ import annotations

import re

from chronik.temporal.lang.en.rules import _SENTENCE_END
from chronik.temporal.sentences import sentence_around
from chronik.temporal.values import Direction

__all__ = ["direction", "narrative", "span_start"]




# (not inside a compound: "lower-than-expected profits" is no future)
_FUTURE = re.compile(
    r"(?<!-)\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|(?<!\bas\s)(?<!previously\s)planned|planning|"
    r"scheduled|"
    r"expected|expects?|"
    r"is to|are to|due|set to|would|intends? to|hopes? to|next|upcoming|expires?|payable|"
    r"effective|extended|ahead of|starting|beginning|resume|later this|as soon as|as early as|to be|"
    # a present state of readiness for what comes: "their computers are ready for the rollover Friday"
    r"(?:is|are|'re)\s+(?:(?:not|now|all|fully|already|well|not\s+yet)\s+)?(?:ready|prepared|poised|braced)\s+for|"
    # the present progressive of an arrangement: "said it is calling for the redemption on Dec. 7"
    r"(?:is|are)\s+(?!\w*thing\b)[a-z]{2,}ing)\b",
    re.IGNORECASE)
_PAST = re.compile(r"\b(?:said|says|was|were|had|did|ago|earlier|announced|reported|told|since|"
                   r"rose|fell|grew|began|won|lost|took|came|went|left|met|held|sold|bought|saw|gave|made|fought|"
                   r"spent|paid|led|ran|became|struck|brought|kept)\b", re.IGNORECASE)
# a lower-case word in -ed ("United" is a name, "hundred" and "indeed" no verbs)
_PAST_WEAK = re.compile(r"\b(?!(?:hundred|indeed|need|speed|proceed|exceed|succeed|breed|feed|seed|shed"
                        r"|preferred|unspecified|unexpected|unidentified|detailed|limited|related|qualified|united)\b)"
                        r"[a-z]{3,}ed\b")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE)


# The word just before the mention, when it fixes the direction whatever the clause's tense:
# deadlines ("by Dec. 15", "until Nov. 6", "holders of record Nov. 22") lie ahead, the end of a
# reporting period ("the year ended March 31") and a starting point ("since June") behind.
_IMMEDIATE = re.compile(r"\b(by|until|till|record|ended|since)\s+(?:(?:early|mid|late)[-\s]+)?\Z",
                        re.IGNORECASE)
# a deadline lies ahead of the event, but may just have passed when the story is told ("by Jan. 14" in
# a story of Jan. 15, "Until Thursday, they had not ..." on a Friday): the occurrence closest to the
# document date
_IMMEDIATE_DIRECTION = {"by": Direction.CLOSEST, "until": Direction.CLOSEST, "till": Direction.CLOSEST,
                        "record": Direction.CLOSEST, "ended": Direction.PAST, "since": Direction.PAST}
# a past decision about a later act ("decided to admit them in March"): the act follows the decision but
# may be behind the story's date as well: the closest occurrence
_FUTURE_IN_PAST = re.compile(r"\b(?:decided|agreed|voted|promised|pledged|vowed|threatened)\s+to\b",
                             re.IGNORECASE)
# a modal before a deadline looks ahead: "the real test may not come until Monday" (lower case: not "May")
_MODAL = re.compile(r"\b(?:may|might|could|can|cannot|should|must)\b")
# an act deferred to a new date: "postponed until Tuesday", "delayed the vote until March"
_DEFERRED = re.compile(r"\b(?:postpone[ds]?|delay(?:s|ed)?|defer(?:s|red)?|adjourn(?:s|ed)?|put\s+off|"
                       r"pushed\s+back)\s+(?:\S+\s+){0,4}\Z", re.IGNORECASE)
# a present-tense verb of a scheduled event right before a weekday: "meet separately Monday", "the
# court opens Tuesday" (news tells the past in the past tense)
_SCHEDULED = re.compile(r"\b(?:meets?|begins?|starts?|opens?|resumes?|visits?|travels?|arrives?|leaves?|"
                        r"returns?|votes?|heads?|convenes?|reconvenes?)\s+(?:\w+ly\s+)?(?:on\s+)?\Z")
_WEEKDAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# a plan in the past perfect ("had been due to expire Friday", "had been set to expire Nov. 6") may have
# lapsed or still lie ahead
_PLAN_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?been\s+(?:\w+\s+)?"
                           r"(?:due|scheduled|set|expected|planned|slated)\b", re.IGNORECASE)
# the past perfect of the clause's verb after a deadline: "By Saturday morning, fighting had resumed"
_PAST_PERFECT = re.compile(r"[^;:]*?\bhad\s+(?:not\s+|already\s+)?"
                           r"(?!been\s+(?:due|scheduled|set|expected|planned|slated)\b)[a-z]{3,}",
                           re.IGNORECASE)


def _clause_after(text: str, end: int) -> str:
    """The rest of the sentence after a mention (at most 80 characters)."""
    after = text[end:end + 80]
    cut = min([i for i in (after.find(". "), after.find("\n")) if i >= 0] or [len(after)])
    return after[:cut]


# "will be paid", "to be sold": a participle after "be" is not a past tense
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+\Z", re.IGNORECASE)


# a date that names an event: "the Aug. 7 bombings", "Wednesday's ruling" (a noun follows, no function word)
_NAMING_NOUN = re.compile(r"\s+(?!(?:and|or|nor|but|to|of|in|at|on|for|by|with|from|that|which|who|when|as|"
                          r"is|was|were|are|be|been|will|would|has|had|have|through|until|till|after|before|"
                          r"than|since|during|a|an|the|this|last|next)\b)[a-z]{3,}\b")


# the patterns ``direction`` uses for every mention, compiled once
_POSSESSIVE_S = re.compile(r"['’]s\b")
_DETERMINER_END = re.compile(r"\b(?:the|an?|its|their|his|her|our)\s+\Z", re.IGNORECASE)
_DEADLINE_NOUN = re.compile(r"\s+(?:deadline|cutoff|target date|return date)\b", re.IGNORECASE)
_NEXT_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_WILL_RIGHT = re.compile(r"\b(?:will|'ll)\b", re.IGNORECASE)
_OPENING_PREP = re.compile(r"[\s\"'`(]*(?:[A-Za-z]+\s+){0,2}")


def _possessive_or_attributive(left: str, right: str) -> bool:
    if _POSSESSIVE_S.match(right):
        return bool(_NAMING_NOUN.match(right, 2))
    return bool(_DETERMINER_END.search(left)) \
        and bool(_NAMING_NOUN.match(right))


_WILL = re.compile(r"\b(?:will|won't|shall)\b|'ll\b", re.IGNORECASE)


def _far_will(text: str, start: int) -> bool:
    """A long future clause: "will be named commander of the shuttle for a mission in December". The
    modal may lie further left than the other cues are looked for, when no past verb comes between."""
    wide = text[max(0, start - 150):start]
    cuts = [wide.rfind(". "), wide.rfind("\n"), wide.rfind("; ")]
    wide = wide[max(cuts) + 1:]
    wills = list(_WILL.finditer(wide))
    if not wills:
        return False
    rest = wide[wills[-1].end():]
    return not any(not _PASSIVE.search(rest, 0, p.start())
                   for p in [*_PAST.finditer(rest), *_PAST_WEAK.finditer(rest)])


# "before" + a date: a deadline when the clause looks ahead ("could fall before Wednesday"); otherwise
# the clause's tense decides as usual ("left before Monday")
_BEFORE = re.compile(r"\bbefore\s+(?:(?:early|mid|late)[-\s]+)?\Z", re.IGNORECASE)


def _future_before(before: str) -> bool:
    """A future cue or a modal ("may not come until", "could fall before") after the last past cue."""
    fut = sorted([f.start() for f in _FUTURE.finditer(before)] + [f.start() for f in _MODAL.finditer(before)])
    pst = [p.start() for p in _PAST.finditer(before) if not _PASSIVE.search(before, 0, p.start())]
    return bool(fut) and fut[-1] >= max(pst, default=-1)


def _any_tense(before: str) -> bool:
    return bool(_FUTURE.search(before) or _MODAL.search(before)
                or any(not _PASSIVE.search(before, 0, p.start()) for p in _PAST.finditer(before)))


def direction(text: str, start: int, end: int) -> Direction | None:
    """Which occurrence a mention without a year means, from the tense cues of its clause.

    A present-tense verb of a scheduled event right before a weekday ("meet Monday") points ahead. The
    word just before the mention decides next (deadlines "by Dec. 15", "until", "of record": the
    closest occurrence, the past when the clause goes on in the past perfect; "ended", "since":
    behind). Then a future cue ("will meet on Friday", "payable Jan. 2", "to be held") after the last
    past cue gives FUTURE; a past cue PAST, and so does a regular
    past verb in -ed ("resigned in March") when the clause has no future cue. With no cue before it, a
    month or date takes the first cue after it in the clause ("In March, the company received ..."),
    else the occurrence closest to the document date ("in January" in a November article is next
    January); anything else the news default (the past). Looks at most 60 characters to the left,
    within the sentence.
    """
    left = text[max(0, start - 60):start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "))
    if cut >= 0:
        left = left[cut + 1:]
    if _SCHEDULED.search(left) and _WEEKDAY_WORD.match(text, start, end):
        return Direction.FUTURE
    if _DEADLINE_NOUN.match(text[end:end + 20]):
        return Direction.CLOSEST  # "the Jan. 14 deadline": a deadline, as after "by"
    # "would appeal the Aug. 7 ruling", "will overturn Wednesday's verdict": the clause's future is not
    # the named event's; a past cue still places it behind
    naming = _possessive_or_attributive(left, text[end:end + 30])
    if _PLAN_PERFECT.search(left):
        return Direction.CLOSEST
    verb = _NEXT_VERB.match(text[end:end + 40])
    if verb and (_PAST.fullmatch(verb.group(1)) or _PAST_WEAK.fullmatch(verb.group(1))) \
            and not _FUTURE.fullmatch(verb.group(1)):
        return Direction.PAST  # "the ministry on Sunday issued": the clause's verb right after the date
    before_word = _BEFORE.search(left)
    if before_word and _future_before(left[:before_word.start()]):
        return Direction.FUTURE  # "could fall before Wednesday", "will be signed before Friday"
    immediate = _IMMEDIATE.search(left)
    if immediate:
        word = immediate.group(1).lower()
        if word in ("by", "until", "till"):
            # a deadline of a future act lies ahead ("will double its flights by August"), and so does
            # the new date of a deferred one ("postponed until Tuesday")
            before = left[:immediate.start()]
            if _DEFERRED.search(before):
                return Direction.FUTURE
            if _future_before(before) or (not _any_tense(before) and _far_will(text, start)):
                return Direction.FUTURE
            if _PAST_PERFECT.match(_clause_after(text, end)):
                return Direction.PAST  # "By Saturday morning, fighting had resumed": a deadline behind
        return _IMMEDIATE_DIRECTION[word]
    future = sorted([*_FUTURE.finditer(left), *_FUTURE_IN_PAST.finditer(left)], key=lambda f: f.start())
    past = [p for p in _PAST.finditer(left) if not _PASSIVE.search(left, 0, p.start())]
    dated = _MONTH_WORD.search(text, start, end) is not None
    if future and (not past or future[-1].start() >= max(p.start() for p in past)):
        if naming or future[-1].re is _FUTURE_IN_PAST:
            return Direction.CLOSEST
        return Direction.FUTURE
    # a regular past verb ("resigned in March") is weak evidence: it decides only without a future cue
    weak = [p for p in _PAST_WEAK.finditer(left) if not _PASSIVE.search(left, 0, p.start())]
    if past or (weak and not future):
        return Direction.PAST
    if not future and _far_will(text, start):
        return Direction.FUTURE
    right = text[end:end + 25]
    cut_r = min([i for i in (right.find("."), right.find(";"), right.find("\n")) if i >= 0] or [len(right)])
    if _WILL_RIGHT.search(right[:cut_r]):
        return Direction.FUTURE
    # the date opens its sentence ("On Tuesday, the league plans ..."): only a preposition before it
    initial = (cut >= 0 or start <= 60) and _OPENING_PREP.fullmatch(left) is not None
    weekday = _WEEKDAY_WORD.match(text, start, end) is not None
    if dated or (initial and weekday):
        # "In March, the company received ...": the clause's verb after the date
        after = text[end:end + (100 if initial else 60)]
        cut_a = min([i for i in (after.find(". "), after.find(";"), after.find("\n")) if i >= 0]
                    or [len(after)])
        after = after[:cut_a]
        if not initial and after.startswith(","):
            after = ""  # "... in early March, an official said": a reporting clause, not the date's verb
        cues = [(p.start(), Direction.PAST) for p in _PAST.finditer(after)]
        cues += [(p.start(), Direction.PAST) for p in _PAST_WEAK.finditer(after)
                 if not _PASSIVE.search(after, 0, p.start())]
        cues += [(f.start(), Direction.FUTURE) for f in _FUTURE.finditer(after)]
        if cues:
            return min(cues, key=lambda c: c[0])[1]
        return Direction.CLOSEST if dated else None
    return None


# --------------------------------------------------------------------------------------------------
# stories told in an earlier year: "In March 1998, the company cut jobs. On April 5, it announced ..."

# the simple past of a story (irregular verbs; regular ones end in -ed, ``_PAST_WEAK``), without the
# present "says" of the reporting clause
_STORY_PAST = re.compile(
    r"\b(?:said|was|were|had|did|ago|announced|reported|told|rose|fell|grew|began|won|lost|took|came|went|"
    r"left|met|held|sold|bought|saw|gave|made|fought|spent|paid|led|ran|became|struck|brought|kept|broke|"
    r"fled|flew|drove|wrote|built|sank|stood|spoke|threw|caught|chose|froze|hid|knew|rode|shook|stole|"
    r"swore|tore|wore|woke|sought|taught|thought|felt|meant|sent|lent|dealt|dug|hung|shot|slid|spread|"
    r"quit|sat|sang|swam|drank|forgot|got|drew|blew|withdrew|overthrew|bore|born|laid|heard|found|"
    r"ate|rang|sprang|swept|wept|slept|understood|overtook|undertook|forbade|hit|burned|burnt)\b",
    re.IGNORECASE)
# the past perfect looks back from the story's date ("On May 2, workers had walked out"); not a plan
# that had been made ("had been scheduled to"), nor "had" as a full verb ("had 500 workers")
_STORY_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|just|long|previously|also|first|\w+ly)\s+)?"
    r"(?!been\s+(?:\w+\s+)?(?:due|scheduled|set|expected|planned|slated)\b)"
    r"(?:been|[a-z]{2,}(?:ed|en|wn|ne|ght|ung|uck|ost|ept|ent|eft|old|ade|ound|ood|id|ad|un|at)|"
    r"won|lost|led|met|held|left|paid|spent|sold|fled|quit|cut|hit|put|set|shut|split|spread)\b",
    re.IGNORECASE)
# the document's own year, not the story's
_PRESENT_YEAR = re.compile(r"\b(?:this|the\s+current)\s+(?:year|month)\b|\bso\s+far\b", re.IGNORECASE)
_YEAR_WORD = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# a sentence that opens with a date: "In June he moved", "That summer", "Later, in May,"
_STORY_OPENING = re.compile(
    r"[\s\"'`(]*(?:(?:and|but|then|later|earlier|so)\b,?\s+)?(?:(?:in|on|by|during|that|until|from)\s+)?"
    r"(?:(?:early|mid|late)[-\s]+)?(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall"
    r"|autumn|winter)", re.IGNORECASE)
# a date inside a noun phrase that names an event: "the Dec. 21, 1988, bombing", "the August 1988 cease-fire"
_NAMING_YEAR = re.compile(r"\b(?:the|an?|its|his|her|their)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\Z")
_AS_OF = re.compile(r"\b(?:through|thru|as\s+of)\s+(?:(?:early|mid|late)[-\s]+)?\Z", re.IGNORECASE)
# a year the story does not stay in: a span reaching the present ("since 1994", "dating to 1994")
_SPAN_SINCE = re.compile(r"\b(?:since|dating(?:\s+back)?\s+to|as\s+far\s+back\s+as)\s+\Z", re.IGNORECASE)


def narrative(text: str, start: int, end: int) -> Direction | None:
    """A date without a year in a story set in an earlier year ("In March 1998, the company cut jobs.
    On April 5, it announced …"): onward from the story's date in a past-tense clause, back from it in
    the past perfect ("On May 2, workers had walked out"; but "By March, the Nasdaq had lost": a
    deadline onward); not the story's in a present or future clause ("will celebrate", "is expected
    to", "reopens on June 1") or one naming the current year."""
    lo, hi = sentence_around(text, start, end, _SENTENCE_END)
    clause = text[lo:hi]
    if _PRESENT_YEAR.search(clause):
        return None
    # the story's year is named in this sentence, or in the one before when this one opens with a date
    # ("He was born in 1950. In June he …"; a chain of such sentences: "In August, … On Dec. 25, …");
    # not a year that only names an event ("the Aug. 2, 1988, bombing"), nor one a span reaching the
    # present starts from ("attacks dating to 1994")
    years = list(_YEAR_WORD.finditer(text, lo, start))
    here, upto = lo, end
    for _ in range(3):
        if years or not _STORY_OPENING.match(text, here, upto):
            break
        prev = list(_SENTENCE_END.finditer(text, max(0, here - 400), max(0, here - 1)))
        back = prev[-1].end() if prev else max(0, here - 400)
        years = list(_YEAR_WORD.finditer(text, back, here))
        here, upto = back, here
    if not years:
        return None
    year = years[-1].start()
    if _SPAN_SINCE.search(text, max(0, year - 30), year) or _NAMING_YEAR.search(text, max(0, year - 30),
                                                                                 year):
        return None
    if _AS_OF.search(text, max(0, start - 20), start):
        return None  # "had purchased 481,000 shares through Sept. 29": a running count, up to now
    if direction(text, start, end) is Direction.FUTURE:
        return None
    past = [p for p in _STORY_PAST.finditer(clause) if p.group().lower() != "had"]
    past += [p for p in _PAST_WEAK.finditer(clause) if not _PASSIVE.search(clause, 0, p.start())]
    pluperfect = _STORY_PLUPERFECT.search(clause)
    if not past and not pluperfect:
        return None
    if pluperfect and not re.search(r"\b(?:by|until|till)\s+(?:(?:early|mid|late)[-\s]+)?\Z",
                                    text[max(0, start - 20):start], re.IGNORECASE):
        return Direction.PAST
    return Direction.ONWARD


# "since" before a date in the same clause: "since June", "20 years since two students killed 12 people
# there on April 20, 1999"; "dating back to 1994"
_SINCE_CLAUSE = re.compile(r"\b(?:since|dating(?:\s+back)?\s+to|as\s+far\s+back\s+as)\b[^,;:.!?()\"]*\Z",
                           re.IGNORECASE)


def span_start(text: str, start: int, end: int) -> bool:
    """A date where a span reaching the present starts ("since June", "30 years since a fire killed 40
    people there on March 3, 1989"): "since" before it in its clause (no comma between)."""
    return _SINCE_CLAUSE.search(text, max(0, start - 100), start) is not None
