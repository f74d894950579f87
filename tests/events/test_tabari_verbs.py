"""``load_tabari_verbs``: TABARI/PETRARCH verb dictionaries (verbs, forms, multi-word verbs, synsets and
pattern slots) as a trigger lexicon, on small dictionaries written here (no corpora needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.errors import LexiconError
from chronik.events import TabariResolver, extract_events, load_tabari_verbs
from chronik.events.lexicon import BOTH, SOURCE, TARGET, Element, parse_side
from chronik.temporal.calendar import PartialDate

VERBS = """<!-- a test dictionary -->
&CURRENCY
+DOLLARS
+SWISS FRANCS
+GOLDEN_GOBLIN_GALLEONS

&NEGAUX  # TreeBank contractions
+DID N'T
+WILL NOT

&MONEYSYN
+&CURRENCY
+CASH

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN }
- + * IN $  [075]
- * TREATY  [161]

--- CONFISCATE [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }
- WILL NOT * [081]

--- EXCLUDE [1721] ---
EXCLUDE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF }

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [903]
- * &MONEYSYN TO_ + [904]

--- CLASH [223] ---
CLASH
- &NEGAUX * OVER EFFORTS [904]
- * OVER EFFORTS [121]

--- ALLOW [080] ---
ALLOW
- * REALLY_PLEASANT [024]

--- FREE [066] ---
FREE
- + * FROM $ [066]

--- DELAY [120] ---
DELAY
- % HAVE * [191]

--- AGREE [081] ---
AGREE
- * WITH % [031]

--- ACT [100] ---
ACT
- * &CURRENCY [103]

--- WARN [160] ---
WARN
- * AT ^ + [162]

--- RENEW [---] ---
RENEW
- * RELATIONS [064]
"""

ACTORS = ("GONDOR [GON]\nARNOR [ARN]\nOSGILIATH [OSG]\nERIADOR [ERI]\nMORDOR [MOR]\nBREE [BRE]\n"
          "ITHILEN [ITH]\n")


@pytest.fixture
def coded(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "v.txt").write_text(VERBS, "utf-8")
    (tmp_path / "a.txt").write_text(ACTORS, "utf-8")
    (tmp_path / "g.txt").write_text("SOLDIER [~MIL]\n", "utf-8")
    lex = load_tabari_verbs(tmp_path / "v.txt")
    resolver = TabariResolver(tmp_path / "a.txt", tmp_path / "g.txt")

    def run(text: str) -> set[tuple[str, str, str]]:
        events = extract_events(text, "en", (), PartialDate.parse("2019-05-15"), resolver, lexicon=lex)
        return {(e.source.id if e.source else "", e.target.id if e.target else "", e.cameo) for e in events}

    return run


@pytest.mark.parametrize(("text", "expected"), [
    # irregular forms in braces, and a block's patterns for all its verbs
    ("Gondor has broken relations with Arnor.", ("GON", "ARN", "1717")),
    ("Gondor broke down a treaty with Arnor.", ("GON", "ARN", "161")),
    # multi-word verbs, "+" marking the inflected word
    ("Soldiers from Gondor wire tapped the links into Mordor.", ("GONMIL", "MOR", "1711")),
    ("Soldiers from Gondor will not wire tap the links into Mordor.", ("GONMIL", "MOR", "081")),
    ("Soldiers from Gondor have cordoned off the roads into Mordor.", ("GONMIL", "MOR", "1721")),
    # synsets: multi-word entries are phrases, nested synsets expand, contractions join
    ("Arnor will contribute a million swiss francs to Gondor.", ("ARN", "GON", "904")),
    ("Arnor will contribute a million golden goblin galleons to Gondor.", ("ARN", "GON", "904")),
    ("Arnor will contribute a million golden galleons to Gondor.", ("ARN", "GON", "070")),
    ("Bree didn't clash over the efforts of Eriador.", ("BRE", "ERI", "904")),
    ("Bree clashed over the efforts of Eriador.", ("BRE", "ERI", "121")),
    # "_": adjacent words only
    ("Gondor allowed that Mordor is a really pleasant place.", ("GON", "MOR", "024")),
    ("Gondor allowed that Mordor is a really easy or pleasant place.", ("GON", "MOR", "080")),
    # slots: "+" target and "$" source anywhere the pattern puts them
    ("Gondor was seen to break in an Arnor parade.", ("ARN", "GON", "075")),
    ("Ithilen was freed from Mordor.", ("MOR", "ITH", "066")),
    # "%": a coordination before the verb acts on itself, after it each member is a target
    ("Gondor and Osgiliath have delayed their meeting.", ("GON", "OSG", "191")),
    ("Gondor and Osgiliath have delayed their meeting.", ("OSG", "GON", "191")),
    ("Eriador agrees with Gondor and Arnor.", ("ERI", "GON", "031")),
    ("Eriador agrees with Gondor and Arnor.", ("ERI", "ARN", "031")),
    # "^": an actor skipped over
    ("Bree warned at Osgiliath Gondor of the danger.", ("BRE", "GON", "162")),
    # regular forms without braces; pattern words are literal ("effort" is not "efforts")
    ("Gondor is acting with Arnor.", ("GON", "ARN", "100")),
    ("Gondor acted with Arnor.", ("GON", "ARN", "100")),
    ("Gondor broke a treaty with Arnor.", ("GON", "ARN", "161")),
    ("Gondor broke treaties with Arnor.", ("GON", "ARN", "1717")),
    # "[---]": coded only through a pattern
    ("Gondor renewed relations with Arnor.", ("GON", "ARN", "064")),
])
def test_tabari_verbs(coded, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(text)


def test_no_pattern_no_default(coded) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "064" for _, _, code in coded("Gondor renewed its pledge to Arnor."))
    assert coded("Gondor and Osgiliath have delayed their meeting.") == {("GON", "OSG", "191"),
                                                                          ("OSG", "GON", "191")}


def test_unknown_synset(tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    path.write_text("--- GIVE [070] ---\nGIVE\n- * &NOTHERE [071]\n", "utf-8")
    with pytest.raises(LexiconError, match="NOTHERE"):
        load_tabari_verbs(path)


def test_toml_pattern_sides() -> None:
    # the shipped lexicons' syntax: "_" adjacent, a "_" at the trigger's side binds to it, slots
    assert parse_side("in_", "before") == (Element(frozenset({"in"}), adjacent=True),)
    assert parse_side("_on|upon talks", "after") == (Element(frozenset({"on", "upon"}), adjacent=True),
                                                     Element(frozenset({"talks"})))
    assert [e.slot for e in parse_side("$ at_+ %", "after")] == [SOURCE, None, TARGET, BOTH]
    assert [e.adjacent for e in parse_side("$ at_+ %", "after")] == [False, False, True, False]
