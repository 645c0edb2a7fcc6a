"""National register number and card number: check digits and display forms (belpic.md)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.card.numbers import NationalNumber, card_number_valid, format_card_number

# Numbers read from the commons-eid specimen identity files.
SPECIMEN_NUMBERS = ["71715100070", "97122256226", "80030837024", "69032453125"]


# 71715100070 in ARABIC-INDIC DIGITs (U+0660..U+0669): digits, but not ASCII.
ARABIC_INDIC_NUMBER = "".join(chr(0x0660 + int(digit)) for digit in "71715100070")
NINE_DIGITS = st.integers(0, 999_999_999).map(lambda n: f"{n:09d}")


def check_digits(nine: str, *, from_2000: bool) -> str:
    """The spec's rule: 97 - (YYMMDDXXX mod 97), with a 2 in front for births from 2000 on."""
    return f"{97 - int(('2' if from_2000 else '') + nine) % 97:02d}"


@pytest.mark.parametrize("digits", SPECIMEN_NUMBERS)
def test_specimen_numbers_are_valid_and_born_before_2000(digits: str) -> None:
    number = NationalNumber.parse(digits)
    assert number.valid
    assert number.born_from_2000 is False
    assert str(number) == digits
    # Real numbers keep the rule the property tests below take as their oracle:
    # 717151000 mod 97 = 27, 97 - 27 = 70.
    assert check_digits(digits[:9], from_2000=False) == digits[9:]


@pytest.mark.parametrize(
    ("nine", "expected"),
    [
        # 2050315123 mod 97 = 30 -> 67
        ("050315123", "05031512367"),
        # 2000101001 mod 97 = 92 -> 05
        ("000101001", "00010100105"),
        ("221231998", "22123199805"),
    ],
)
def test_numbers_of_people_born_from_2000(nine: str, expected: str) -> None:
    assert nine + check_digits(nine, from_2000=True) == expected
    number = NationalNumber.parse(expected)
    assert number.valid
    assert number.born_from_2000 is True


def test_same_nine_digits_born_in_1900_use_the_other_check() -> None:
    # 000101001 mod 97 = 24 -> 73: someone born on 1 January 1900.
    number = NationalNumber.parse("00010100173")
    assert number.valid
    assert number.born_from_2000 is False


@pytest.mark.parametrize("digits", ["71715100071", "71715100069", "97122256227", "00010100106"])
def test_changed_check_digit_is_invalid(digits: str) -> None:
    number = NationalNumber.parse(digits)
    assert not number.valid
    assert number.born_from_2000 is None


@given(NINE_DIGITS, st.booleans())
def test_any_number_with_correct_check_digits_is_valid(nine: str, from_2000: bool) -> None:
    number = NationalNumber.parse(nine + check_digits(nine, from_2000=from_2000))
    assert number.valid
    assert number.born_from_2000 is from_2000


@given(NINE_DIGITS, st.integers(0, 99))
def test_only_the_two_documented_checks_are_valid(nine: str, check: int) -> None:
    number = NationalNumber.parse(f"{nine}{check:02d}")
    allowed = {check_digits(nine, from_2000=False), check_digits(nine, from_2000=True)}
    assert number.valid == (f"{check:02d}" in allowed)


def test_formatted() -> None:
    assert NationalNumber.parse("71715100070").formatted == "71.71.51-000.70"
    assert NationalNumber.parse("05031512367").formatted == "05.03.15-123.67"


@pytest.mark.parametrize(
    "text",
    ["7171510007", "717151000700", "7171510007O", "71.71.51-000.70", "", ARABIC_INDIC_NUMBER, "71715 00070"],
)
def test_malformed_national_numbers_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="11 digits"):
        NationalNumber.parse(text)


def test_card_number_display_form() -> None:
    assert format_card_number("000000128019") == "000-0001280-19"
    assert format_card_number("591234567890") == "591-2345678-90"


def test_residence_card_number_is_left_unchanged() -> None:
    assert format_card_number("B000197939") == "B000197939"


def test_card_number_check_digits() -> None:
    # 0000001280 mod 97 = 19.
    assert card_number_valid("000000128019") is True
    assert card_number_valid("000000128018") is False


def test_card_number_check_97_when_the_remainder_is_zero() -> None:
    # 0000000097 mod 97 = 0, written as 97.
    assert card_number_valid("000000009797") is True
    assert card_number_valid("000000009700") is False


@pytest.mark.parametrize("text", ["B000197939", "00000012801", "0000001280190", "00000012801X"])
def test_card_number_check_is_unknown_for_other_forms(text: str) -> None:
    assert card_number_valid(text) is None
