"""Birth dates in French, Dutch and German, partial dates, and DD.MM.YYYY card dates (belpic.md)."""

from __future__ import annotations

from datetime import date

import pytest

from eidcompanion.card.dates import DateFormatError, PartialDate, parse_birth_date, parse_card_date

FRENCH = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
DUTCH = ["JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
GERMAN = ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"]


@pytest.mark.parametrize(("month", "name"), list(enumerate(FRENCH, 1)))
def test_french_months(month: int, name: str) -> None:
    parsed = parse_birth_date(f"15 {name} 1980")
    assert (parsed.year, parsed.month, parsed.day) == (1980, month, 15)
    assert parsed.to_date() == date(1980, month, 15)


@pytest.mark.parametrize(("month", "name"), list(enumerate(DUTCH, 1)))
def test_dutch_months(month: int, name: str) -> None:
    parsed = parse_birth_date(f"15 {name} 1980")
    assert parsed.to_date() == date(1980, month, 15)


@pytest.mark.parametrize(("month", "name"), list(enumerate(GERMAN, 1)))
def test_german_months(month: int, name: str) -> None:
    parsed = parse_birth_date(f"15.{name}.1980")
    assert parsed.to_date() == date(1980, month, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01 JAN 1971", date(1971, 1, 1)),
        ("1 JAN 1971", date(1971, 1, 1)),
        ("22.DEZ. 1997", date(1997, 12, 22)),
        ("23.SEP. 1982", date(1982, 9, 23)),
        ("26 AVR  1975", date(1975, 4, 26)),
        ("08 MAAR 1980", date(1980, 3, 8)),
        ("29 SEPT 1979", date(1979, 9, 29)),
        ("29 FEB 2000", date(2000, 2, 29)),
    ],
)
def test_forms_found_on_cards(text: str, expected: date) -> None:
    parsed = parse_birth_date(text)
    assert parsed.complete
    assert parsed.to_date() == expected
    assert parsed.iso() == expected.isoformat()
    assert parsed.raw == text


def test_year_only() -> None:
    parsed = parse_birth_date("1984")
    assert parsed == PartialDate(1984, None, None, "1984")
    assert parsed.iso() == "1984"
    assert parsed.to_date() is None
    assert not parsed.complete
    assert str(parsed) == "1984"


def test_twelve_byte_year_only_with_blank_day_and_month() -> None:
    text = "        1984"
    assert len(text.encode()) == 12
    parsed = parse_birth_date(text)
    assert parsed.year == 1984
    assert parsed.month is None
    assert parsed.day is None
    assert parsed.iso() == "1984"
    assert parsed.to_date() is None


def test_day_00_is_unknown_not_invented() -> None:
    parsed = parse_birth_date("00 JAN 1971")
    assert parsed.year == 1971
    assert parsed.month == 1
    assert parsed.day is None
    assert parsed.to_date() is None
    assert parsed.iso() == "1971-01"


def test_blank_day_keeps_the_month() -> None:
    parsed = parse_birth_date("   MAI 1960")
    assert (parsed.year, parsed.month, parsed.day) == (1960, 5, None)
    assert parsed.iso() == "1960-05"


@pytest.mark.parametrize(
    "text",
    [
        "01 XYZ 1971",  # unknown month
        "01 JANV 1971",  # not one of the documented forms
        "31 FEB 1971",
        "30 FEV 1980",
        "29 FEB 1999",  # not a leap year
        "32 JAN 1971",
        "garbage",
        "",
        "01/01/1971",
        "01 JAN 71",
        "15 1984",  # a day without a month
        "0000",
    ],
)
def test_bad_birth_dates_raise_a_date_format_error(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_birth_date(text)


def test_date_format_error_is_a_value_error() -> None:
    assert issubclass(DateFormatError, ValueError)


def test_card_date() -> None:
    assert parse_card_date("30.04.2015") == date(2015, 4, 30)
    assert parse_card_date("01.01.2000") == date(2000, 1, 1)


@pytest.mark.parametrize("text", ["2015-04-30", "31.02.2015", "30.4.2015", "30.04.15", "", "aa.bb.cccc"])
def test_bad_card_dates(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_card_date(text)


def test_card_date_refuses_non_ascii_digits() -> None:
    with pytest.raises(DateFormatError):
        parse_card_date("\u0663\u0660.\u0660\u0664.\u0662\u0660\u0661\u0665")  # 30.04.2015
