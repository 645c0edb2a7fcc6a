"""Command APDU encoding and parsing, responses and status word names (ISO 7816-4, belpic.md)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.transport.apdu import ParsedCommand, Response, StatusWord, command

# -- command() -----------------------------------------------------------------------------------


def test_case_1_is_the_four_header_bytes() -> None:
    # LOG OFF 80 E6 00 00: no data, no Le.
    assert command(0x80, 0xE6, 0x00, 0x00) == bytes.fromhex("80E60000")


def test_case_2_appends_le() -> None:
    # GET CARD DATA 80 E4 00 00 1C (belpic.md).
    assert command(0x80, 0xE4, 0x00, 0x00, le=0x1C) == bytes.fromhex("80E400001C")


def test_case_2_le_256_is_sent_as_00() -> None:
    assert command(0x00, 0xB0, 0x00, 0x00, le=256) == bytes.fromhex("00B0000000")


def test_case_3_appends_lc_and_data() -> None:
    # SELECT 3F00 by FID: 00 A4 02 0C 02 3F 00 (belpic.md).
    assert command(0x00, 0xA4, 0x02, 0x0C, bytes.fromhex("3F00")) == bytes.fromhex("00A4020C023F00")


def test_case_4_appends_lc_data_and_le() -> None:
    # INTERNAL AUTHENTICATE 00 88 02 81 32 <50 bytes> 00 (belpic.md).
    data = bytes.fromhex("9430") + bytes(range(48))
    apdu = command(0x00, 0x88, 0x02, 0x81, data, le=256)
    assert apdu == bytes.fromhex("0088028132") + data + b"\x00"
    assert len(apdu) == 4 + 1 + 50 + 1


def test_255_data_bytes_is_the_short_apdu_maximum() -> None:
    apdu = command(0x00, 0xD6, 0x00, 0x00, bytes(255))
    assert apdu[4] == 0xFF
    assert len(apdu) == 5 + 255


def test_256_data_bytes_are_refused() -> None:
    with pytest.raises(ValueError, match="255"):
        command(0x00, 0xD6, 0x00, 0x00, bytes(256))


@pytest.mark.parametrize("le", [0, 257, -1])
def test_le_outside_1_to_256_is_refused(le: int) -> None:
    with pytest.raises(ValueError, match="Le"):
        command(0x00, 0xB0, 0x00, 0x00, le=le)


# -- ParsedCommand.parse -------------------------------------------------------------------------


def test_parse_case_1() -> None:
    assert ParsedCommand.parse(bytes.fromhex("80E60000")) == ParsedCommand(0x80, 0xE6, 0, 0, b"", None)


def test_parse_case_2() -> None:
    parsed = ParsedCommand.parse(bytes.fromhex("80E400011F"))
    assert parsed == ParsedCommand(0x80, 0xE4, 0x00, 0x01, b"", 0x1F)


def test_parse_case_2_le_00_means_256() -> None:
    assert ParsedCommand.parse(bytes.fromhex("00B0000000")).le == 256


def test_parse_case_3() -> None:
    parsed = ParsedCommand.parse(bytes.fromhex("00A4080C063F00DF014031"))
    assert parsed == ParsedCommand(0x00, 0xA4, 0x08, 0x0C, bytes.fromhex("3F00DF014031"), None)


def test_parse_case_4() -> None:
    parsed = ParsedCommand.parse(bytes.fromhex("002A9E9A03AABBCC00"))
    assert parsed == ParsedCommand(0x00, 0x2A, 0x9E, 0x9A, bytes.fromhex("AABBCC"), 256)


@pytest.mark.parametrize(
    "apdu",
    [
        "00A4020C033F00",  # Lc 3, only two data bytes follow
        "00A4020C0501",  # Lc 5, one byte follows
        "00A4020C013F0000AA",  # Lc 1, four bytes follow (neither case 3 nor case 4)
    ],
)
def test_parse_refuses_lc_that_does_not_match(apdu: str) -> None:
    with pytest.raises(ValueError, match="Lc"):
        ParsedCommand.parse(bytes.fromhex(apdu))


def test_parse_refuses_fewer_than_four_bytes() -> None:
    with pytest.raises(ValueError, match="4 bytes"):
        ParsedCommand.parse(bytes.fromhex("00A402"))


@given(
    cla=st.integers(0, 255),
    ins=st.integers(0, 255),
    p1=st.integers(0, 255),
    p2=st.integers(0, 255),
    data=st.binary(min_size=0, max_size=255),
    le=st.none() | st.integers(1, 256),
)
def test_parse_inverts_command(cla: int, ins: int, p1: int, p2: int, data: bytes, le: int | None) -> None:
    parsed = ParsedCommand.parse(command(cla, ins, p1, p2, data, le))
    assert parsed == ParsedCommand(cla, ins, p1, p2, data, le)


# -- Response ------------------------------------------------------------------------------------


def test_response_from_bytes_splits_data_and_status() -> None:
    response = Response.from_bytes(bytes.fromhex("0102036A82"))
    assert response.data == bytes.fromhex("010203")
    assert response.sw == 0x6A82
    assert response.sw1 == 0x6A
    assert response.sw2 == 0x82
    assert not response.ok


def test_response_with_only_a_status_word() -> None:
    response = Response.from_bytes(bytes.fromhex("9000"))
    assert response.data == b""
    assert response.ok


def test_response_to_bytes_appends_status_word() -> None:
    assert Response(b"\xaa\xbb", 0x61_10).to_bytes() == bytes.fromhex("AABB6110")


@pytest.mark.parametrize("raw", ["", "90"])
def test_response_shorter_than_two_bytes_is_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="2 bytes"):
        Response.from_bytes(bytes.fromhex(raw))


@given(st.binary(min_size=2, max_size=300))
def test_response_round_trips(raw: bytes) -> None:
    assert Response.from_bytes(raw).to_bytes() == raw


def test_ok_is_only_9000() -> None:
    assert Response(b"", 0x9000).ok
    for sw in (0x6100, 0x9001, 0x6300, 0x0090):
        assert not Response(b"", sw).ok


# -- StatusWord.describe -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sw", "name"),
    [
        (0x9000, "OK"),
        (0x6700, "WRONG_LENGTH"),
        (0x6982, "SECURITY_STATUS_NOT_SATISFIED"),
        (0x6983, "AUTHENTICATION_METHOD_BLOCKED"),
        (0x6A82, "FILE_NOT_FOUND"),
        (0x6B00, "WRONG_PARAMETERS_OFFSET"),
        (0x6D00, "INS_NOT_SUPPORTED_OR_LIFE_CYCLE"),
        (0x6581, "MEMORY_FAILURE"),
    ],
)
def test_describe_known_codes(sw: int, name: str) -> None:
    assert StatusWord.describe(sw) == name


def test_describe_more_data() -> None:
    assert StatusWord.describe(0x6110) == "MORE_DATA_16"
    assert StatusWord.describe(0x6100) == "MORE_DATA_256"


def test_describe_wrong_le() -> None:
    assert StatusWord.describe(0x6C1C) == "WRONG_LE_EXPECTED_28"


@pytest.mark.parametrize(("sw", "tries"), [(0x63C0, 0), (0x63C1, 1), (0x63C2, 2), (0x63C3, 3)])
def test_describe_wrong_pin(sw: int, tries: int) -> None:
    assert StatusWord.describe(sw) == f"WRONG_PIN_{tries}_TRIES_LEFT"


@pytest.mark.parametrize("sw", [0x1234, 0x6F00, 0x6310, 0x0000, 0xFFFF])
def test_describe_unknown_codes(sw: int) -> None:
    assert StatusWord.describe(sw) == "UNKNOWN"


@given(st.integers(0, 0xFFFF))
def test_describe_never_raises(sw: int) -> None:
    text = StatusWord.describe(sw)
    assert isinstance(text, str)
    assert text


def test_parse_refuses_extended_lc() -> None:
    with pytest.raises(ValueError, match="extended"):
        ParsedCommand.parse(bytes.fromhex("00A4020C0000023F00"))
