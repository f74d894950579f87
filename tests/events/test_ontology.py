"""The CAMEO → PLOVER ontology shipped as data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chronik.errors import LexiconError
from chronik.events.ontology import (
    EventType,
    Modality,
    PloverType,
    all_cameo_codes,
    cameo,
    parse_ontology,
    plover_for_cameo,
)


@pytest.mark.parametrize(
    ("code", "plover", "mode", "name"),
    [
        ("042", PloverType.CONSULT, "visit", "Make a visit"),
        ("043", PloverType.CONSULT, "visit", "Host a visit"),
        ("041", PloverType.CONSULT, "phone", "Discuss by telephone"),
        ("138", PloverType.THREATEN, "violence", "Threaten with military force"),
        ("051", PloverType.SUPPORT, None, "Praise or endorse"),
        ("057", PloverType.SUPPORT, None, "Sign formal agreement"),
        ("036", PloverType.AGREE, None, "Express intent to meet or negotiate"),
        ("0831", PloverType.CONCEDE, None, "Accede to demands for change in leadership"),
        ("0871", PloverType.RETREAT, "ceasefire", "Declare truce, ceasefire"),
        ("112", PloverType.ACCUSE, "disapprove", "Accuse"),
        ("091", PloverType.ACCUSE, "investigate", "Investigate crime, corruption"),
        ("163", PloverType.COERCE, "restrict", "Impose embargo, boycott, or sanctions"),
        ("173", PloverType.COERCE, "arrest", "Arrest, detain, or charge with legal action"),
        ("1712", PloverType.ASSAULT, "seize", "Destroy property"),
        ("190", PloverType.ASSAULT, None, "Use conventional military force"),
        ("154", PloverType.MOBILIZE, "troops", "Mobilize or increase armed forces"),
        ("141", PloverType.PROTEST, "demo", "Demonstrate or rally"),
        ("1951", PloverType.ASSAULT, None, "Employ precision-guided aerial munitions"),
    ],
)
def test_ontology_maps_cameo_to_plover(code: str, plover: PloverType, mode: str | None, name: str) -> None:
    et = cameo(code)
    assert (et.plover, et.mode, et.name, et.cameo) == (plover, mode, name, code)
    assert plover_for_cameo(code) is plover


@pytest.mark.parametrize("code", ["010", "013", "020", "0233", "028"])
def test_ontology_leaves_statements_and_appeals_unmapped_with_reason(code: str) -> None:
    et = cameo(code)
    assert et.plover is None
    assert et.note is not None
    assert "PLOVER drops" in et.note


@pytest.mark.parametrize("code", ["999", "04", "", "0420", "abc"])
def test_ontology_unknown_code_raises_keyerror_naming_it(code: str) -> None:
    with pytest.raises(KeyError, match="unknown CAMEO code"):
        cameo(code)


@pytest.mark.parametrize("minimum", [290])
def test_ontology_covers_every_cameo_code(minimum: int) -> None:
    codes = all_cameo_codes()
    assert len(codes) >= minimum
    assert len(set(codes)) == len(codes)
    assert all(isinstance(cameo(c), EventType) for c in codes)
    mapped = {cameo(c).plover for c in codes} - {None}
    assert mapped == set(PloverType)


@pytest.mark.parametrize("count", [16])
def test_ontology_has_sixteen_plover_types(count: int) -> None:
    assert len(PloverType) == count


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("042\tMake a visit\tCONSULT\tvisit\t\t\n042\tAgain\tCONSULT\t\t\t\n", "duplicate CAMEO code 042"),
        ("010\tMake statement\t\t\t\t\n", "unmapped without a reason"),
        ("042\tMake a visit\tVISIT\t\t\t\n", "unknown PLOVER type"),
        ("42\tMake a visit\tCONSULT\t\t\t\n", "malformed CAMEO code"),
        ("042\tMake a visit\tCONSULT\n", "expected 6"),
    ],
)
def test_ontology_validation_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as info:
        parse_ontology(text, source="x.tsv")
    assert info.value.source is not None
    assert info.value.source.startswith("x.tsv:")


@pytest.mark.parametrize("value", ["ASSERTED", "NEGATED", "HYPOTHETICAL", "FUTURE"])
def test_ontology_modality_values(value: str) -> None:
    assert Modality(value).value == value
    assert "REPORTED" not in Modality.__members__


@pytest.mark.corpus
@pytest.mark.parametrize("script", ["tools/build_ontology.py"])
def test_ontology_data_matches_regenerated_table(shared_events: Path, script: str) -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [
            sys.executable,
            str(root / script),
            str(shared_events / "cameo" / "CAMEO_codefile.txt"),
            str(shared_events / "plover" / "CAMEO2PLOVER-2021.txt"),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shipped = (root / "src/chronik/events/data/ontology.tsv").read_text(encoding="utf-8")
    assert out == shipped
