"""GET CARD DATA answers of applets 1.1, 1.7 and 1.8 (RM18 6.14, belpic.md)."""

from __future__ import annotations

import pytest

from eidcompanion.card.card_data import AppletVersion, LifeCycle, parse_card_data

SERIAL = bytes.fromhex("534C494E 33660029 6CFF293B 2A122219")


def card_data_bytes(
    applet: int,
    *,
    serial: bytes = SERIAL,
    global_os: bytes = b"\x00\x03",
    life_cycle: int = 0x0F,
    tries: int | None = None,
) -> bytes:
    """Serial (16) || component || OS number || OS version || softmask number || softmask version ||
    applet version || global OS version (2) || interface || PKCS#1 || key exchange || life cycle
    [|| PIN tries || FF || FF]."""
    raw = (
        serial
        + bytes((0xC1, 0xA2, 0xB3, 0xD4, 0xE5, applet))
        + global_os
        + bytes((0x00, 0x01, 0x02, life_cycle))
    )
    if tries is not None:
        raw += bytes((tries, 0xFF, 0xFF))
    return raw


def test_applet_1_7_answer() -> None:
    raw = card_data_bytes(0x17)
    assert len(raw) == 28
    data = parse_card_data(raw)
    assert data.raw == raw
    assert data.serial_number == SERIAL
    assert data.component_code == 0xC1
    assert data.os_number == 0xA2
    assert data.os_version == 0xB3
    assert data.softmask_number == 0xD4
    assert data.softmask_version == 0xE5
    assert data.applet_version_byte == 0x17
    assert data.applet_version is AppletVersion.V1_7
    assert data.global_os_version == 0x0003
    assert data.applet_interface_version == 0x00
    assert data.pkcs1_support == 0x01
    assert data.key_exchange_version == 0x02
    assert data.life_cycle_byte == 0x0F
    assert data.life_cycle is LifeCycle.PERSONALIZED
    assert data.pin_tries_left is None
    assert not data.simulated


def test_global_os_version_is_big_endian() -> None:
    assert parse_card_data(card_data_bytes(0x18, global_os=b"\x01\x02")).global_os_version == 0x0102


def test_selectable_life_cycle() -> None:
    assert parse_card_data(card_data_bytes(0x18, life_cycle=0x07)).life_cycle is LifeCycle.SELECTABLE


def test_unknown_life_cycle_is_none() -> None:
    data = parse_card_data(card_data_bytes(0x18, life_cycle=0x03))
    assert data.life_cycle_byte == 0x03
    assert data.life_cycle is None


@pytest.mark.parametrize(("byte", "tries"), [(3, 3), (2, 2), (0, 0), (0xFF, None)])
def test_applet_1_8_answer_with_pin_tries(byte: int, tries: int | None) -> None:
    raw = card_data_bytes(0x18, tries=byte)
    assert len(raw) == 31
    assert raw[28] == byte
    data = parse_card_data(raw)
    assert data.applet_version is AppletVersion.V1_8
    assert data.pin_tries_left == tries
    assert data.life_cycle is LifeCycle.PERSONALIZED


def test_applet_1_8_answer_without_pin_tries() -> None:
    data = parse_card_data(card_data_bytes(0x18))
    assert data.pin_tries_left is None


def test_applet_1_1_tail_is_not_interpreted() -> None:
    raw = card_data_bytes(0x11, tries=3)
    data = parse_card_data(raw)
    assert data.applet_version is AppletVersion.V1_1
    assert data.serial_number == SERIAL
    assert data.global_os_version is None
    assert data.applet_interface_version is None
    assert data.pkcs1_support is None
    assert data.key_exchange_version is None
    assert data.life_cycle_byte is None
    assert data.life_cycle is None
    assert data.pin_tries_left is None


def test_unknown_applet_version() -> None:
    data = parse_card_data(card_data_bytes(0x20))
    assert data.applet_version_byte == 0x20
    assert data.applet_version is None


@pytest.mark.parametrize("length", [0, 16, 21])
def test_too_short_raises_value_error(length: int) -> None:
    with pytest.raises(ValueError, match=str(length)):
        parse_card_data(card_data_bytes(0x17)[:length])


def test_22_bytes_is_enough_for_the_version() -> None:
    data = parse_card_data(card_data_bytes(0x17)[:22])
    assert data.applet_version is AppletVersion.V1_7
    assert data.global_os_version is None
    assert data.life_cycle is None


def test_simulated_serial_prefix() -> None:
    serial = b"SIMULATED" + bytes(7)
    assert parse_card_data(card_data_bytes(0x18, serial=serial)).simulated
    assert not parse_card_data(card_data_bytes(0x18, serial=b"XSIMULATED" + bytes(6))).simulated


@pytest.mark.parametrize(
    ("version", "label", "empty_verify_safe", "tries_in_card_data"),
    [
        (AppletVersion.V1_1, "1.1", False, False),
        (AppletVersion.V1_7, "1.7", True, False),
        (AppletVersion.V1_8, "1.8", True, True),
    ],
)
def test_applet_version_properties(
    version: AppletVersion, label: str, empty_verify_safe: bool, tries_in_card_data: bool
) -> None:
    assert version.label == label
    assert version.empty_verify_is_safe is empty_verify_safe
    assert version.has_pin_tries_in_card_data is tries_in_card_data
