"""The simplified TLV of the identity and address files (belpic.md, IDADR5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile
from eidcompanion.card.tlv import TlvField, encode_tlv, parse_tlv
from eidcompanion.texts.errors import error_text
from tests.helpers import described


def pairs(fields: tuple[TlvField, ...]) -> list[tuple[int, bytes]]:
    return [(field.tag, field.value) for field in fields]


def test_normal_fields_with_offsets() -> None:
    data = bytes.fromhex("0104 30303031 0203 414243 0500")
    fields = parse_tlv(data, CardFile.IDENTITY)
    assert fields == (
        TlvField(0x01, b"0001", 0),
        TlvField(0x02, b"ABC", 6),
        TlvField(0x05, b"", 11),
    )


def test_tag_00_first_is_the_file_structure_version() -> None:
    data = bytes.fromhex("00020001 0102 4142")
    assert pairs(parse_tlv(data, CardFile.IDENTITY)) == [(0x00, b"\x00\x01"), (0x01, b"AB")]


def test_ff_length_adds_255_and_the_next_byte() -> None:
    value = bytes(range(256)) + bytes(4)  # 260 bytes
    data = bytes((0x07, 0xFF, 0x05)) + value
    fields = parse_tlv(data, CardFile.IDENTITY)
    assert len(fields) == 1
    assert fields[0].value == value
    assert len(fields[0].value) == 255 + 5


def test_ff_ff_length_is_510_plus_the_third_byte() -> None:
    value = b"x" * 513
    data = bytes((0x07, 0xFF, 0xFF, 0x03)) + value + bytes((0x08, 0x01)) + b"y"
    fields = parse_tlv(data, CardFile.IDENTITY)
    assert pairs(fields) == [(0x07, value), (0x08, b"y")]


def test_ff_00_is_exactly_255() -> None:
    value = b"z" * 255
    assert pairs(parse_tlv(bytes((0x01, 0xFF, 0x00)) + value, CardFile.ADDRESS)) == [(0x01, value)]


def test_zero_padding_stops_parsing() -> None:
    data = bytes.fromhex("0102 4142 0201 43") + bytes(80)
    assert pairs(parse_tlv(data, CardFile.ADDRESS)) == [(0x01, b"AB"), (0x02, b"C")]


def test_non_zero_byte_after_padding_is_corrupt() -> None:
    data = bytes.fromhex("0102 4142") + bytes(10) + b"\x01" + bytes(5)
    with pytest.raises(CorruptFileError) as info:
        parse_tlv(data, CardFile.ADDRESS)
    assert info.value.file is CardFile.ADDRESS


def test_length_past_the_end_names_the_file() -> None:
    data = bytes.fromhex("0110 414243")
    with pytest.raises(CorruptFileError) as info:
        parse_tlv(data, CardFile.IDENTITY)
    assert info.value.file is CardFile.IDENTITY
    assert "identity file" in described(info.value)
    assert "identity file" in error_text(info.value)


def test_length_past_the_end_in_the_address_file_names_the_address_file() -> None:
    with pytest.raises(CorruptFileError) as info:
        parse_tlv(bytes.fromhex("0305 4142"), CardFile.ADDRESS)
    assert info.value.file is CardFile.ADDRESS
    assert "address file" in described(info.value)


def test_tag_without_length_is_corrupt() -> None:
    with pytest.raises(CorruptFileError):
        parse_tlv(bytes.fromhex("0102 4142 03"), CardFile.ADDRESS)


def test_ff_length_running_off_the_end_is_corrupt() -> None:
    with pytest.raises(CorruptFileError):
        parse_tlv(bytes.fromhex("07FF"), CardFile.IDENTITY)


@pytest.mark.parametrize(
    "data",
    [
        "0201 41 0101 42",  # descending
        "0101 41 0101 42",  # repeated
    ],
)
def test_tags_out_of_order_are_corrupt(data: str) -> None:
    with pytest.raises(CorruptFileError) as info:
        parse_tlv(bytes.fromhex(data), CardFile.IDENTITY)
    assert info.value.file is CardFile.IDENTITY


def test_encode_uses_additive_length() -> None:
    assert encode_tlv([(0x01, b"A" * 255)])[:3] == bytes((0x01, 0xFF, 0x00))
    assert encode_tlv([(0x01, b"A" * 600)])[:4] == bytes((0x01, 0xFF, 0xFF, 600 - 510))
    assert encode_tlv([(0x01, b"AB"), (0x03, b"")]) == bytes.fromhex("01024142 0300")


@st.composite
def ascending_fields(draw: st.DrawFn, min_size: int = 0) -> list[tuple[int, bytes]]:
    tags = sorted(draw(st.sets(st.integers(1, 0xFF), min_size=min_size, max_size=8)))
    return [(tag, draw(st.binary(max_size=600))) for tag in tags]


@given(ascending_fields())
def test_encode_then_parse_round_trips(fields: list[tuple[int, bytes]]) -> None:
    assert pairs(parse_tlv(encode_tlv(fields), CardFile.IDENTITY)) == fields


@given(ascending_fields(min_size=1), st.integers(0, 100))
def test_round_trip_with_zero_padding(fields: list[tuple[int, bytes]], padding: int) -> None:
    data = encode_tlv(fields) + bytes(padding)
    assert pairs(parse_tlv(data, CardFile.ADDRESS)) == fields


@given(st.binary(max_size=300))
def test_arbitrary_bytes_parse_or_raise_corrupt_file_error(data: bytes) -> None:
    error: CorruptFileError | None = None
    fields: tuple[TlvField, ...] = ()
    try:
        fields = parse_tlv(data, CardFile.IDENTITY)
    except CorruptFileError as exc:
        error = exc
    if error is not None:
        assert error.file is CardFile.IDENTITY
    tags = [field.tag for field in fields]
    assert tags == sorted(set(tags))
