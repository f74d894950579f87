"""The actor registry: surface forms, office holders at dates, role descriptions."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.errors import LanguageError
from chronik.events.actors import ActorKind, Registry, Role


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        ("USA", "de", "USA"),
        ("Vereinigte Staaten", "de", "USA"),
        ("Amerika", "de", "USA"),
        ("der USA", "de", "USA"),
        ("amerikanischen", "de", "USA"),
        ("US-amerikanische", "de", "USA"),
        ("United States", "en", "USA"),
        ("U.S.", "en", "USA"),
        ("America", "en", "USA"),
        ("American", "en", "USA"),
        ("Americans", "en", "USA"),
        ("Nordkorea", "de", "PRK"),
        ("Nordkoreas", "de", "PRK"),
        ("nordkoreanisch", "de", "PRK"),
        ("nordkoreanische", "de", "PRK"),
        ("nordkoreanischen", "de", "PRK"),
        ("nordkoreanischer", "de", "PRK"),
        ("nordkoreanisches", "de", "PRK"),
        ("nordkoreanischem", "de", "PRK"),
        ("Nordkoreanische", "de", "PRK"),
        ("Nordkoreaner", "de", "PRK"),
        ("Nordkoreanerin", "de", "PRK"),
        ("North Korea", "en", "PRK"),
        ("North Korea's", "en", "PRK"),
        ("North Korean", "en", "PRK"),
        ("DPRK", "en", "PRK"),
        ("Chinas", "de", "CHN"),
        ("chinesischen", "de", "CHN"),
        ("Chinese", "en", "CHN"),
        ("Deutschlands", "de", "DEU"),
        ("deutsche", "de", "DEU"),
        ("Deutsche", "de", "DEU"),
        ("Russlands", "de", "RUS"),
        ("Russen", "de", "RUS"),
        ("der Schweiz", "de", "CHE"),
        ("Schweizer", "de", "CHE"),
        ("der Türkei", "de", "TUR"),
        ("Türkiye", "en", "TUR"),
        ("des Irans", "de", "IRN"),
        ("Französin", "de", "FRA"),
        ("Großbritannien", "de", "GBR"),
        ("Britain", "en", "GBR"),
        ("Südkoreas", "de", "KOR"),
        ("Kosovo", "en", "KSV"),
        ("Palästinenser", "de", "PSE"),
        ("Taiwan", "de", "TWN"),
        ("Osttimor", "de", "TMP"),
        ("Pjöngjang", "de", "PRKGOV"),
        ("Pyongyang", "en", "PRKGOV"),
        ("Peking", "de", "CHNGOV"),
        ("Beijing", "en", "CHNGOV"),
        ("Washington", "en", "USAGOV"),
        ("Weißen Haus", "de", "USAGOV"),
        ("Moskau", "de", "RUSGOV"),
        ("Kreml", "de", "RUSGOV"),
        ("the Kremlin", "en", "RUSGOV"),
        ("Tokio", "de", "JPNGOV"),
        ("Seoul", "en", "KORGOV"),
        ("Berlin", "de", "DEUGOV"),
        ("UNO", "de", "org:un"),
        ("Vereinten Nationen", "de", "org:un"),
        ("Sicherheitsrat", "de", "org:unsc"),
        ("UN Security Council", "en", "org:unsc"),
        ("Weltbank", "de", "org:worldbank"),
        ("IWF", "de", "org:imf"),
        ("Internationaler Währungsfonds", "de", "org:imf"),
        ("IMF", "en", "org:imf"),
        ("Nato", "de", "org:nato"),
        ("Europäischen Union", "de", "org:eu"),
        ("IAEA", "en", "org:iaea"),
        ("Arabische Liga", "de", "org:arableague"),
        ("OSZE", "de", "org:osce"),
        ("Kim Jong Un", "de", "person:kim-jong-un"),
        ("Kim", "en", "person:kim-jong-un"),
        ("Xi", "de", "person:xi-jinping"),
        ("Trump", "en", "person:donald-trump"),
        ("Selenskyj", "de", "person:volodymyr-zelensky"),
        ("Wladimir Putin", "de", "person:vladimir-putin"),
    ],
)
def test_actors_lookup_surface_form(registry: Registry, surface: str, lang: str, expected: str) -> None:
    assert [a.id for a in registry.lookup(surface, lang)] == [expected]


@pytest.mark.parametrize(
    ("surface", "lang"),
    [("nordkorea", "de"), ("Nordkoreanischx", "de"), ("usa", "en"), ("kim", "en"), ("the", "en")],
)
def test_actors_lookup_is_exact_for_proper_names(registry: Registry, surface: str, lang: str) -> None:
    assert registry.lookup(surface, lang) == []


@pytest.mark.parametrize("lang", ["fr", "", "DE"])
def test_actors_unsupported_language_raises(registry: Registry, lang: str) -> None:
    with pytest.raises(LanguageError):
        registry.lookup("USA", lang)


@pytest.mark.parametrize(
    ("role", "code", "on", "expected"),
    [
        (Role.PRESIDENT, "USA", date(2017, 1, 19), "person:barack-obama"),
        (Role.PRESIDENT, "USA", date(2017, 1, 20), "person:donald-trump"),
        (Role.PRESIDENT, "USA", date(2021, 1, 19), "person:donald-trump"),
        (Role.PRESIDENT, "USA", date(2021, 1, 20), "person:joe-biden"),
        (Role.PRESIDENT, "USA", date(2025, 1, 19), "person:joe-biden"),
        (Role.PRESIDENT, "USA", date(2025, 1, 20), "person:donald-trump"),
        (Role.HEAD_OF_GOVERNMENT, "USA", date(2025, 12, 31), "person:donald-trump"),
        (Role.FOREIGN_MINISTER, "USA", date(2019, 1, 10), "person:mike-pompeo"),
        (Role.FOREIGN_MINISTER, "USA", date(2025, 6, 1), "person:marco-rubio"),
        (Role.HEAD_OF_GOVERNMENT, "DEU", date(2021, 12, 7), "person:angela-merkel"),
        (Role.HEAD_OF_GOVERNMENT, "DEU", date(2021, 12, 8), "person:olaf-scholz"),
        (Role.HEAD_OF_GOVERNMENT, "DEU", date(2025, 5, 5), "person:olaf-scholz"),
        (Role.HEAD_OF_GOVERNMENT, "DEU", date(2025, 5, 6), "person:friedrich-merz"),
        (Role.PRESIDENT, "DEU", date(2020, 1, 1), "person:frank-walter-steinmeier"),
        (Role.FOREIGN_MINISTER, "DEU", date(2022, 1, 1), "person:annalena-baerbock"),
        (Role.HEAD_OF_GOVERNMENT, "GBR", date(2019, 7, 23), "person:theresa-may"),
        (Role.HEAD_OF_GOVERNMENT, "GBR", date(2019, 7, 24), "person:boris-johnson"),
        (Role.HEAD_OF_GOVERNMENT, "GBR", date(2022, 9, 6), "person:liz-truss"),
        (Role.HEAD_OF_GOVERNMENT, "GBR", date(2022, 10, 25), "person:rishi-sunak"),
        (Role.HEAD_OF_GOVERNMENT, "GBR", date(2024, 7, 5), "person:keir-starmer"),
        (Role.MONARCH, "GBR", date(2022, 9, 7), "person:elizabeth-ii"),
        (Role.MONARCH, "GBR", date(2022, 9, 8), "person:charles-iii"),
        (Role.PRESIDENT, "KOR", date(2022, 5, 9), "person:moon-jae-in"),
        (Role.PRESIDENT, "KOR", date(2022, 5, 10), "person:yoon-suk-yeol"),
        (Role.PRESIDENT, "KOR", date(2025, 6, 4), "person:lee-jae-myung"),
        (Role.LEADER, "PRK", date(2011, 12, 16), "person:kim-jong-il"),
        (Role.LEADER, "PRK", date(2011, 12, 17), "person:kim-jong-un"),
        (Role.LEADER, "CHN", date(2019, 1, 10), "person:xi-jinping"),
        (Role.HEAD_OF_GOVERNMENT, "CHN", date(2024, 1, 1), "person:li-qiang"),
        (Role.PRESIDENT, "RUS", date(2010, 1, 1), "person:dmitry-medvedev"),
        (Role.LEADER, "RUS", date(2010, 1, 1), "person:vladimir-putin"),
        (Role.LEADER, "IRN", date(2020, 1, 1), "person:ali-khamenei"),
        (Role.PRESIDENT, "IRN", date(2025, 1, 1), "person:masoud-pezeshkian"),
        (Role.HEAD_OF_GOVERNMENT, "JPN", date(2025, 11, 1), "person:sanae-takaichi"),
        (Role.PRESIDENT, "SYR", date(2025, 6, 1), "person:ahmed-al-sharaa"),
        (Role.SECRETARY_GENERAL, "org:un", date(2019, 1, 10), "person:antonio-guterres"),
        (Role.SECRETARY_GENERAL, "org:nato", date(2024, 10, 1), "person:mark-rutte"),
        (Role.PRESIDENT, "org:eucommission", date(2019, 1, 10), "person:jean-claude-juncker"),
        (Role.PRESIDENT, "US", date(2019, 1, 10), "person:donald-trump"),
        (Role.PRESIDENT, "CHE", date(2025, 6, 1), "person:karin-keller-sutter"),
    ],
)
def test_actors_holder_at_date(registry: Registry, role: Role, code: str, on: date, expected: str) -> None:
    found = registry.holder(role, code, on)
    assert found is not None
    assert found.id == expected
    assert found.kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("role", "code", "on"),
    [
        (Role.PRESIDENT, "USA", date(1950, 1, 1)),
        (Role.PRESIDENT, "KOR", date(2017, 4, 1)),
        (Role.HEAD_OF_GOVERNMENT, "XXX", date(2020, 1, 1)),
    ],
)
def test_actors_holder_none_when_vacant_or_unknown(
    registry: Registry, role: Role, code: str, on: date
) -> None:
    assert registry.holder(role, code, on) is None


@pytest.mark.parametrize(
    ("text", "lang", "on", "expected"),
    [
        ("Nordkoreas Machthaber", "de", date(2019, 1, 10), "person:kim-jong-un"),
        ("der nordkoreanische Machthaber", "de", date(2019, 1, 10), "person:kim-jong-un"),
        ("dem nordkoreanischen Machthaber", "de", date(2019, 1, 10), "person:kim-jong-un"),
        ("North Korea's leader", "en", date(2019, 1, 10), "person:kim-jong-un"),
        ("the North Korean leader", "en", date(2010, 1, 10), "person:kim-jong-il"),
        ("der US-Präsident", "de", date(2019, 1, 10), "person:donald-trump"),
        ("der US-Präsident", "de", date(2022, 1, 1), "person:joe-biden"),
        ("der US-Präsident", "de", date(2025, 3, 1), "person:donald-trump"),
        ("des US-Präsidenten", "de", date(2016, 3, 1), "person:barack-obama"),
        ("der amerikanische Präsident", "de", date(2019, 1, 10), "person:donald-trump"),
        ("Präsident der USA", "de", date(2022, 1, 1), "person:joe-biden"),
        ("US President", "en", date(2019, 1, 10), "person:donald-trump"),
        ("the U.S. president", "en", date(2022, 1, 1), "person:joe-biden"),
        ("the American president", "en", date(2022, 1, 1), "person:joe-biden"),
        ("US-Außenminister", "de", date(2019, 1, 10), "person:mike-pompeo"),
        ("Secretary of State", "en", date(2022, 1, 1), "person:antony-blinken"),
        ("Chinas Präsident", "de", date(2019, 1, 10), "person:xi-jinping"),
        ("der chinesische Staats- und Parteichef", "de", date(2019, 1, 10), "person:xi-jinping"),
        ("Chinese President", "en", date(2010, 1, 1), "person:hu-jintao"),
        ("Kanzlerin", "de", date(2019, 1, 10), "person:angela-merkel"),
        ("Bundeskanzler", "de", date(2023, 1, 1), "person:olaf-scholz"),
        ("der Bundeskanzler", "de", date(2025, 6, 1), "person:friedrich-merz"),
        ("der österreichische Bundeskanzler", "de", date(2020, 1, 1), "person:brigitte-bierlein"),
        ("German Chancellor", "en", date(2019, 1, 10), "person:angela-merkel"),
        ("Kremlchef", "de", date(2019, 1, 10), "person:vladimir-putin"),
        ("Kreml-Chef", "de", date(2010, 1, 1), "person:vladimir-putin"),
        ("the Kremlin", "en", date(2019, 1, 10), "RUSGOV"),
        ("der Kreml", "de", date(2019, 1, 10), "RUSGOV"),
        ("Russia's president", "en", date(2010, 1, 1), "person:dmitry-medvedev"),
        ("the president of France", "en", date(2019, 1, 10), "person:emmanuel-macron"),
        ("Frankreichs Präsident", "de", date(2019, 1, 10), "person:emmanuel-macron"),
        ("der britische Premierminister", "de", date(2022, 10, 1), "person:liz-truss"),
        ("the British Prime Minister", "en", date(2023, 1, 1), "person:rishi-sunak"),
        ("Großbritanniens Premier", "de", date(2025, 1, 1), "person:keir-starmer"),
        ("der britische König", "de", date(2023, 1, 1), "person:charles-iii"),
        ("Südkoreas Präsident", "de", date(2025, 6, 4), "person:lee-jae-myung"),
        ("South Korean President", "en", date(2019, 1, 10), "person:moon-jae-in"),
        ("Japans Regierungschef", "de", date(2019, 1, 10), "person:shinzo-abe"),
        ("Irans oberster Führer", "de", date(2020, 1, 1), "person:ali-khamenei"),
        ("Iran's supreme leader", "en", date(2020, 1, 1), "person:ali-khamenei"),
        ("der iranische Präsident", "de", date(2020, 1, 1), "person:hassan-rouhani"),
        ("der israelische Ministerpräsident", "de", date(2022, 1, 1), "person:naftali-bennett"),
        ("der ukrainische Präsident", "de", date(2022, 3, 1), "person:volodymyr-zelensky"),
        ("der türkische Präsident", "de", date(2020, 1, 1), "person:recep-tayyip-erdogan"),
        ("Indiens Premierminister", "de", date(2020, 1, 1), "person:narendra-modi"),
        ("UN-Generalsekretär", "de", date(2019, 1, 10), "person:antonio-guterres"),
        ("UN chief", "en", date(2015, 1, 1), "person:ban-ki-moon"),
        ("Nato-Generalsekretär", "de", date(2020, 1, 1), "person:jens-stoltenberg"),
        ("NATO Secretary General", "en", date(2025, 1, 1), "person:mark-rutte"),
        ("EU-Kommissionspräsidentin", "de", date(2020, 1, 1), "person:ursula-von-der-leyen"),
        ("Trump", "en", date(2019, 1, 10), "person:donald-trump"),
        ("Nordkoreas Staatschef", "de", date(2019, 1, 10), "person:kim-jong-un"),
        ("der Schweizer Bundespräsident", "de", date(2024, 3, 1), "person:viola-amherd"),
        ("Österreichs Bundespräsident", "de", date(2016, 1, 1), "person:heinz-fischer"),
        ("Bundespräsident", "de", date(2016, 1, 1), "person:joachim-gauck"),
        ("der Präsident Frankreichs", "de", date(2016, 1, 1), "person:francois-hollande"),
        ("Russlands Außenminister", "de", date(2016, 1, 1), "person:sergey-lavrov"),
        ("der russische Chefdiplomat", "de", date(2016, 1, 1), "person:sergey-lavrov"),
        ("Kanadas Premierminister", "de", date(2025, 4, 1), "person:mark-carney"),
        ("the Australian prime minister", "en", date(2023, 1, 1), "person:anthony-albanese"),
        ("Mexico's president", "en", date(2025, 1, 1), "person:claudia-sheinbaum"),
        ("der ägyptische Präsident", "de", date(2013, 1, 1), "person:mohamed-morsi"),
        ("Syriens Machthaber", "de", date(2020, 1, 1), "person:bashar-al-assad"),
        ("Syria's leader", "en", date(2025, 1, 1), "person:ahmed-al-sharaa"),
        ("der saudische König", "de", date(2020, 1, 1), "person:king-salman"),
        ("Polens Präsident", "de", date(2025, 9, 1), "person:karol-nawrocki"),
        ("Brazil's president", "en", date(2020, 1, 1), "person:jair-bolsonaro"),
        ("Pakistans Premierminister", "de", date(2020, 1, 1), "person:imran-khan"),
        ("Italiens Regierungschefin", "de", date(2023, 1, 1), "person:giorgia-meloni"),
        ("der spanische Ministerpräsident", "de", date(2020, 1, 1), "person:pedro-sanchez"),
        ("Japan's emperor", "en", date(2020, 1, 1), "person:naruhito"),
    ],
)
def test_actors_resolve_description_at_date(
    registry: Registry, text: str, lang: str, on: date, expected: str
) -> None:
    found = registry.resolve_description(text, lang, on)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    ("text", "lang", "on"),
    [
        ("Präsident", "de", date(2019, 1, 10)),
        ("der Präsident von Atlantis", "de", date(2019, 1, 10)),
        ("Nordkoreas Präsident", "de", date(2019, 1, 10)),
        ("US-Präsident", "de", date(1950, 1, 1)),
        ("the weather", "en", date(2019, 1, 10)),
    ],
)
def test_actors_resolve_description_none_when_unknown(
    registry: Registry, text: str, lang: str, on: date
) -> None:
    assert registry.resolve_description(text, lang, on) is None


@pytest.mark.parametrize("lang", ["de", "en"])
def test_actors_surface_forms_cover_every_actor(registry: Registry, lang: str) -> None:
    forms = registry.surface_forms(lang)
    named = {i for ids in forms.values() for i in ids}
    assert named == set(registry.actors)
    assert all(forms)
    assert all(s == s.strip() for s in forms)
    lengths = [len(s) for s in forms]
    assert lengths == sorted(lengths, reverse=True)
