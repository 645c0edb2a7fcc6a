"""PIN blocks (ISO 9564 format 2) and the typed outcomes of VERIFY (belpic.md, RM18 6.9-6.10)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.card.pin import (
    PinBlockedError,
    PinFormatError,
    PinStatus,
    WrongPinError,
    parse_pin_block,
    pin_block,
    raise_for_pin_status,
    status_from_empty_verify,
    validate_pin,
)
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.errors import ApduError
from tests.helpers import described


def test_pin_block_of_1234() -> None:
    assert pin_block("1234") == bytes.fromhex("241234FFFFFFFFFF")


def test_pin_block_of_12_digits_has_no_padding() -> None:
    assert pin_block("123456789012") == bytes.fromhex("2C123456789012FF")


def test_pin_block_of_odd_length() -> None:
    assert pin_block("98765") == bytes.fromhex("2598765FFFFFFFFF")


PINS = st.text(alphabet="0123456789", min_size=4, max_size=12)


@given(PINS)
def test_pin_block_round_trips(pin: str) -> None:
    block = pin_block(pin)
    assert len(block) == 8
    assert block[0] >> 4 == 2
    assert block[0] & 0x0F == len(pin)
    assert parse_pin_block(block) == pin


@pytest.mark.parametrize(
    "block",
    [
        "241234FFFFFFFF",  # 7 bytes
        "241234FFFFFFFFFFFF",  # 9 bytes
        "341234FFFFFFFFFF",  # not format 2
        "231234FFFFFFFFFF",  # 3 digits
        "2D1234567890123F",  # 13 digits
        "2412A4FFFFFFFFFF",  # a non-digit nibble
        "241234FFFFFFFFFE",  # padding not F
        "2412340FFFFFFFFF",  # a digit in the padding
        "",
    ],
)
def test_malformed_blocks_parse_to_none(block: str) -> None:
    assert parse_pin_block(bytes.fromhex(block)) is None


@pytest.mark.parametrize("pin", ["1234", "0000", "123456789012"])
def test_valid_pins(pin: str) -> None:
    assert validate_pin(pin) == pin


@pytest.mark.parametrize(
    "pin",
    [
        "",
        "123",
        "1234567890123",
        "12a4",
        " 1234",
        "1234 ",
        "12 34",
        "\u0661\u0662\u0663\u0664",
        "\uff11\uff12\uff13\uff14",
        "-123",
        "12.4",
    ],
)
def test_bad_pins_are_refused_with_pin_format_error(pin: str) -> None:
    with pytest.raises(PinFormatError):
        validate_pin(pin)
    with pytest.raises(PinFormatError):
        pin_block(pin)


def test_pin_format_error_says_what_a_pin_is() -> None:
    with pytest.raises(PinFormatError) as info:
        validate_pin("12")
    assert "4 to 12 digits" in error_text(info.value)


def test_pin_format_error_does_not_echo_the_pin() -> None:
    with pytest.raises(PinFormatError) as info:
        validate_pin("98765432101234")
    assert "98765432101234" not in described(info.value)


def test_verify_ok() -> None:
    raise_for_pin_status(0x9000)  # does not raise


@pytest.mark.parametrize(("sw", "tries"), [(0x63C2, 2), (0x63C1, 1)])
def test_wrong_pin_tells_the_tries_left(sw: int, tries: int) -> None:
    with pytest.raises(WrongPinError) as info:
        raise_for_pin_status(sw)
    assert info.value.tries_left == tries
    assert str(tries) in error_text(info.value)


@pytest.mark.parametrize("sw", [0x63C0, 0x6983])
def test_blocked_pin(sw: int) -> None:
    with pytest.raises(PinBlockedError):
        raise_for_pin_status(sw)


def test_blocked_pin_sends_the_user_to_the_municipality_with_the_puk() -> None:
    text = error_text(PinBlockedError())
    assert "municipality" in text
    assert "PUK" in text


def test_incorrect_data_is_a_pin_format_error() -> None:
    with pytest.raises(PinFormatError):
        raise_for_pin_status(0x6A80)


@pytest.mark.parametrize("sw", [0x6982, 0x6700, 0x6A86, 0x6D00, 0x6400])
def test_other_status_words_are_apdu_errors_with_the_status(sw: int) -> None:
    with pytest.raises(ApduError) as info:
        raise_for_pin_status(sw)
    assert info.value.sw == sw
    assert f"{sw:04X}" in described(info.value)


def test_empty_verify_9000_means_verified_with_all_tries() -> None:
    assert status_from_empty_verify(0x9000) == PinStatus(3, blocked=False, verified=True)


def test_empty_verify_63c1() -> None:
    assert status_from_empty_verify(0x63C1) == PinStatus(1, blocked=False, verified=False)


@pytest.mark.parametrize("sw", [0x6983, 0x63C0])
def test_empty_verify_blocked(sw: int) -> None:
    status = status_from_empty_verify(sw)
    assert status.blocked
    assert status.tries_left == 0
    assert not status.verified


def test_empty_verify_unexpected_status() -> None:
    with pytest.raises(ApduError) as info:
        status_from_empty_verify(0x6D00)
    assert info.value.sw == 0x6D00
