"""Integrity of the shipped actor data, and validation of user data files."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from chronik.errors import LexiconError
from chronik.events.actors import ActorKind, Registry, Role, default_files

NEWSWORTHY = [
    "USA", "CHN", "RUS", "PRK", "KOR", "JPN", "DEU", "FRA", "GBR", "ITA", "AUT", "CHE", "ESP", "POL",
    "UKR", "TUR", "IRN", "ISR", "SAU", "IND", "PAK", "BRA", "CAN", "AUS", "MEX", "EGY", "SYR", "TWN",
    "PSE", "IRQ", "AFG", "LBN", "JOR", "QAT", "ARE", "YEM", "LBY", "NLD", "BEL", "SWE", "NOR", "DNK",
    "FIN", "GRC", "HUN", "CZE", "ROU", "SRB", "BLR", "GEO", "VEN", "ARG", "CUB", "NGA", "ZAF", "ETH",
    "SDN", "IDN", "PHL", "VNM", "MMR",
]


@pytest.mark.parametrize("minimum", [197])
def test_actors_data_has_every_state(registry: Registry, minimum: int) -> None:
    countries = [a for a in registry.actors.values() if a.kind is ActorKind.COUNTRY]
    assert len(countries) >= minimum
    for extra in ("KSV", "PSE", "TWN", "VAT"):
        assert registry.actor(extra).kind is ActorKind.COUNTRY


@pytest.mark.parametrize("attr", ["iso2", "iso3", "code"])
def test_actors_data_country_codes_unique(registry: Registry, attr: str) -> None:
    values = [getattr(a, attr) for a in registry.actors.values() if a.kind is ActorKind.COUNTRY]
    assert None not in values
    assert len(values) == len(set(values))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_actors_data_every_actor_named_in_both_languages(registry: Registry, lang: str) -> None:
    for actor in registry.actors.values():
        assert actor.names[lang], actor.id
        assert all(n.strip() == n and n for n in actor.names[lang]), actor.id


@pytest.mark.parametrize("code", NEWSWORTHY)
def test_actors_data_newsworthy_country_is_complete(registry: Registry, code: str) -> None:
    country = registry.actor(code)
    assert registry.actor(f"{code}GOV").country == code  # a capital/metonym stands for the government
    de = {s for s, ids in registry.surface_forms("de").items() if code in ids}
    en = {s for s, ids in registry.surface_forms("en").items() if code in ids}
    assert any(s[0].islower() for s in de), f"{code}: no German adjective"
    assert any(s.endswith("en") and s[0].islower() for s in de), f"{code}: adjective not inflected"
    assert len(en) > len(country.names["en"]), f"{code}: no English adjective/possessive"


@pytest.mark.parametrize("role", list(Role))
def test_actors_data_single_holder_roles_do_not_overlap(registry: Registry, role: Role) -> None:
    by_code: dict[str, list[tuple[date, date]]] = {}
    for office in registry.offices():
        if office.role is role:
            by_code.setdefault(office.code, []).append((office.start, office.end or date.max))
    for spans in by_code.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start


@pytest.mark.parametrize(
    ("code", "roles"),
    [
        ("USA", [Role.PRESIDENT, Role.FOREIGN_MINISTER]),
        ("CHN", [Role.PRESIDENT, Role.LEADER, Role.HEAD_OF_GOVERNMENT]),
        ("RUS", [Role.PRESIDENT, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER]),
        ("PRK", [Role.LEADER]),
        ("KOR", [Role.PRESIDENT]),
        ("JPN", [Role.HEAD_OF_GOVERNMENT, Role.MONARCH]),
        ("DEU", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT, Role.FOREIGN_MINISTER]),
        ("FRA", [Role.PRESIDENT, Role.HEAD_OF_GOVERNMENT]),
        ("GBR", [Role.HEAD_OF_GOVERNMENT, Role.MONARCH, Role.FOREIGN_MINISTER]),
        ("ITA", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("AUT", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("ESP", [Role.HEAD_OF_GOVERNMENT, Role.MONARCH]),
        ("POL", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("UKR", [Role.PRESIDENT, Role.HEAD_OF_GOVERNMENT]),
        ("TUR", [Role.PRESIDENT]),
        ("IRN", [Role.LEADER, Role.PRESIDENT]),
        ("ISR", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("SAU", [Role.MONARCH, Role.HEAD_OF_GOVERNMENT]),
        ("IND", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("PAK", [Role.HEAD_OF_GOVERNMENT, Role.PRESIDENT]),
        ("BRA", [Role.PRESIDENT]),
        ("CAN", [Role.HEAD_OF_GOVERNMENT]),
        ("AUS", [Role.HEAD_OF_GOVERNMENT]),
        ("MEX", [Role.PRESIDENT]),
        ("EGY", [Role.PRESIDENT]),
        ("SYR", [Role.PRESIDENT]),
        ("org:un", [Role.SECRETARY_GENERAL]),
        ("org:nato", [Role.SECRETARY_GENERAL]),
        ("org:eucommission", [Role.PRESIDENT]),
    ],
)
def test_actors_data_offices_up_to_date(registry: Registry, code: str, roles: list[Role]) -> None:
    for role in roles:
        assert registry.holder(role, code, date(2025, 12, 31)) is not None, (role, code)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PEOPLE_HEADER = "# person_id\tcode\tcountry\ten\tde\n"
OFFICES_HEADER = "# person\troles\tof\tstart\tend\n"


@pytest.mark.parametrize("on", [date(2030, 6, 1)])
def test_actors_from_files_extends_shipped_data(tmp_path: Path, on: date) -> None:
    row = "person:jane-doe\tPRKGOV\tPRK\tJane Doe|Doe\tJane Doe\n"
    people = _write(tmp_path, "mine.tsv", PEOPLE_HEADER + row)
    offices = _write(
        tmp_path,
        "mine-offices.tsv",
        OFFICES_HEADER + "person:jane-doe\tFOREIGN_MINISTER\tPRK\t2030-01-01\t\n",
    )
    reg = Registry.from_files([*default_files(), people, offices])
    found = reg.holder(Role.FOREIGN_MINISTER, "PRK", on)
    assert found is not None
    assert found.id == "person:jane-doe"
    assert [a.id for a in reg.lookup("Doe", "en")] == ["person:jane-doe"]


@pytest.mark.parametrize(
    ("people", "offices", "message", "line"),
    [
        ("person:x\tUSAGOV\tUSA\tX\t\n", "", "English and one German name", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\nperson:x\tUSAGOV\tUSA\tY\tY\n", "", "duplicate actor id", 3),
        ("person:x\tusagov\tUSA\tX\tX\n", "", "malformed CAMEO code", 2),
        ("person:x\tUSAGOV\tXYZ\tX\tX\n", "", "unknown country", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\n", "person:x\tPRESIDENT\tUSA\t2020-01-01\t\n", "overlaps", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\n", "person:x\tKING\tUSA\t2020-01-01\t\n", "unknown role", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\n", "person:x\tLEADER\tUSA\t2020-02-30\t\n", "not an ISO date", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\n", "person:x\tLEADER\tUSA\t2020-01-01\t2019-01-01\n", "before", 2),
        ("person:x\tUSAGOV\tUSA\tX\tX\n", "person:y\tLEADER\tUSA\t2020-01-01\t\n", "unknown person", 2),
    ],
)
def test_actors_validation_names_file_and_line(
    tmp_path: Path, people: str, offices: str, message: str, line: int
) -> None:
    p = _write(tmp_path, "p.tsv", PEOPLE_HEADER + people)
    o = _write(tmp_path, "o.tsv", OFFICES_HEADER + offices)
    with pytest.raises(LexiconError, match=message) as info:
        Registry.from_files([*default_files(), p, o])
    assert info.value.source is not None
    assert info.value.source.endswith(f".tsv:{line}")


@pytest.mark.parametrize("text", ["no header\n", "# what\tever\n"])
def test_actors_from_files_rejects_unknown_file(tmp_path: Path, text: str) -> None:
    with pytest.raises(LexiconError, match="unknown data file"):
        Registry.from_files([_write(tmp_path, "x.tsv", text)])


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("ZZZ\tUS\tZZZ\tn\tHOS\tZ\t-\tZ\t-\t-\t-\t-\n", "ISO code US already used"),
        ("ZZZ\tZZ\tZZZ\tq\tHOS\tZ\t-\tZ\t-\t-\t-\t-\n", "German gender"),
        ("ZZZ\tZZ\tZZZ\tn\tHOS\tZ\t-\t-\t-\t-\t-\t-\n", "needs English and German names"),
    ],
)
def test_actors_country_validation(tmp_path: Path, row: str, message: str) -> None:
    header = "# cameo\tiso2\tiso3\tde_gender\texecutive\ten\ten_adj\tde\tde_adj\tde_person\tgov_en\tgov_de\n"
    extra = _write(tmp_path, "c.tsv", header + row)
    with pytest.raises(LexiconError, match=message):
        Registry.from_files([*default_files(), extra])
