from __future__ import annotations

import pytest

from chronik.errors import DateError
from chronik.io import read_plain
from chronik.temporal.calendar import PartialDate


@pytest.mark.parametrize(
    ("raw", "dct", "text"),
    [
        (" date 2019-01 Kim Jong Un traf Xi.", PartialDate(2019, 1), "Kim Jong Un traf Xi."),
        ("date 2019-01-10\nGestern kam Kim.", PartialDate(2019, 1, 10), "Gestern kam Kim."),
        ("date 2019\r\nText", PartialDate(2019), "Text"),
        ("  date 2019-1-9   \n\nText", PartialDate(2019, 1, 9), "\nText"),
        ("Kein Datum hier.", None, "Kein Datum hier."),
        ("date line without a date", None, "date line without a date"),
    ],
)
def test_plain_date_prefix(raw: str, dct: PartialDate | None, text: str) -> None:
    doc = read_plain(raw, "x.txt")
    assert doc.dct == dct
    assert doc.text == text
    offset = int(doc.meta["text_offset"])
    assert raw[offset:] == doc.text


@pytest.mark.parametrize("raw", ["date 2019-13-45\nText", " date 2019-02-30 Text"])
def test_plain_invalid_date_names_file(raw: str) -> None:
    with pytest.raises(DateError, match=r"^seed\.txt: bad date"):
        read_plain(raw, "seed.txt")


@pytest.mark.parametrize("dct", [PartialDate(2020, 5, 1)])
def test_plain_explicit_dct_wins(dct: PartialDate) -> None:
    assert read_plain("date 2019-01 Text", "x", dct=dct).dct == dct
