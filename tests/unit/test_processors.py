"""T=0 processing (6Cxx resend, 61xx GET RESPONSE) and the APDU traffic log with PIN masking."""

from __future__ import annotations

import logging

import pytest

from eidcompanion.transport.apdu import ParsedCommand, Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.processors import T0Processor, TrafficLogger, t0_stack
from eidcompanion.transport.traffic_log import TRAFFIC
from tests.helpers import ScriptedConnection


def hexes(commands: list[bytes]) -> list[str]:
    return [apdu.hex().upper() for apdu in commands]


# -- 6C xx -----------------------------------------------------------------------------------------


def test_6c_resends_once_with_the_le_the_card_asked_for() -> None:
    card = ScriptedConnection(["6C1C", "00" * 28 + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("80E4000000"))
    assert hexes(card.sent) == ["80E4000000", "80E400001C"]
    assert response.sw == 0x9000
    assert response.data == bytes(28)


def test_6c_is_not_resent_a_second_time() -> None:
    card = ScriptedConnection(["6C10", "6C08"])
    response = t0_stack(card).transmit(bytes.fromhex("00B00000FC"))
    assert hexes(card.sent) == ["00B00000FC", "00B0000010"]
    assert response.sw == 0x6C08


def test_6c_on_a_read_binary_gives_the_remaining_bytes() -> None:
    # READ BINARY: "6C xx means only xx bytes are left" (belpic.md).
    card = ScriptedConnection(["6C05", "0102030405" + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("00B000F8FC"))
    assert hexes(card.sent) == ["00B000F8FC", "00B000F805"]
    assert response.data == bytes.fromhex("0102030405")
    assert response.ok


def test_6c_to_a_case_3_command_keeps_its_data() -> None:
    card = ScriptedConnection(["6C02", "AABB9000"])
    t0_stack(card).transmit(bytes.fromhex("00A4020C023F00"))
    resent = ParsedCommand.parse(card.sent[1])
    assert resent.data == bytes.fromhex("3F00")
    assert resent.le == 2


# -- 61 xx -----------------------------------------------------------------------------------------


def test_61_is_followed_by_get_response_with_that_length() -> None:
    signature = bytes(range(96))
    card = ScriptedConnection(["6160", signature.hex() + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("002A9E9A30") + bytes(48))
    assert hexes(card.sent)[1] == "00C0000060"
    assert len(card.sent) == 2
    assert response.data == signature
    assert response.sw == 0x9000


def test_61_chain_is_fetched_until_it_stops_and_concatenated() -> None:
    card = ScriptedConnection(["6104", "AABBCCDD" + "6103", "EEFF00" + "6102", "1122" + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("0088028132") + bytes(50))
    assert hexes(card.sent)[1:] == ["00C0000004", "00C0000003", "00C0000002"]
    assert response.data == bytes.fromhex("AABBCCDDEEFF001122")
    assert response.sw == 0x9000


def test_data_that_came_with_61_is_kept_in_front() -> None:
    card = ScriptedConnection(["0102" + "6102", "0304" + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("0088028102AAAA"))
    assert response.data == bytes.fromhex("01020304")


def test_61_then_an_error_returns_the_error_status() -> None:
    card = ScriptedConnection(["6110", "6A86"])
    response = t0_stack(card).transmit(bytes.fromhex("0088028102AAAA"))
    assert response.sw == 0x6A86
    assert response.data == b""


def test_6c_answer_to_get_response_is_resent_with_the_right_le() -> None:
    card = ScriptedConnection(["6110", "6C08", "0011223344556677" + "9000"])
    response = t0_stack(card).transmit(bytes.fromhex("0088028102AAAA"))
    assert hexes(card.sent) == ["0088028102AAAA", "00C0000010", "00C0000008"]
    assert response.data == bytes.fromhex("0011223344556677")
    assert response.ok


def test_a_plain_9000_goes_through_untouched() -> None:
    card = ScriptedConnection(["9000"])
    response = t0_stack(card).transmit(bytes.fromhex("00A4020C023F00"))
    assert hexes(card.sent) == ["00A4020C023F00"]
    assert response == Response(b"", 0x9000)


def test_t0_stack_twice_does_not_process_twice() -> None:
    card = ScriptedConnection(["6102", "AABB9000"])
    once = t0_stack(card)
    twice = t0_stack(once)
    assert twice is once
    response = twice.transmit(bytes.fromhex("0088028102AAAA"))
    assert hexes(card.sent) == ["0088028102AAAA", "00C0000002"]
    assert response.data == bytes.fromhex("AABB")


def test_t0_stack_contains_each_processor_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    stack = t0_stack(t0_stack(ScriptedConnection([])))
    kinds = []
    layer: Connection = stack
    while isinstance(layer, T0Processor | TrafficLogger):
        kinds.append(type(layer))
        layer = layer.inner
    assert [kind.__name__ for kind in kinds] == ["T0Processor", "TrafficLogger"]
    assert isinstance(layer, ScriptedConnection)


def test_without_traffic_logging_no_logger_is_stacked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="eidcompanion.apdu")
    stack = t0_stack(ScriptedConnection([]))
    assert isinstance(stack, T0Processor)
    assert isinstance(stack.inner, ScriptedConnection)


def test_the_stack_passes_reader_name_and_atr_through() -> None:
    card = ScriptedConnection([], reader="ACS ACR38U 00 00")
    stack = t0_stack(card)
    assert stack.reader_name == "ACS ACR38U 00 00"
    assert stack.atr == card.atr


# -- traffic log -----------------------------------------------------------------------------------


def apdu_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "eidcompanion.apdu"]


def test_traffic_level_is_below_debug() -> None:
    assert TRAFFIC == 5
    assert TRAFFIC < logging.DEBUG
    assert logging.getLevelName(TRAFFIC) == "TRAFFIC"


def test_exchanges_are_logged_at_traffic_level(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    card = ScriptedConnection(["9000"], reader="Virtual PCD 00 00")
    t0_stack(card).transmit(bytes.fromhex("00A4020C023F00"))
    records = apdu_records(caplog)
    assert records
    assert all(record.levelno == TRAFFIC for record in records)
    text = "\n".join(record.getMessage() for record in records)
    assert "00 A4 02 0C 02 3F 00" in text
    assert "90 00" in text
    assert "Virtual PCD 00 00" in text


def test_each_raw_exchange_of_a_61_chain_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    card = ScriptedConnection(["6102", "AABB9000"])
    t0_stack(card).transmit(bytes.fromhex("0088028102CCCC"))
    text = "\n".join(record.getMessage() for record in apdu_records(caplog))
    assert "00 C0 00 00 02" in text
    assert "61 02" in text
    assert "AA BB 90 00" in text


def test_nothing_is_logged_at_debug_or_above(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="eidcompanion.apdu")
    card = ScriptedConnection(["6102", "AABB9000"])
    t0_stack(card).transmit(bytes.fromhex("0088028102CCCC"))
    assert apdu_records(caplog) == []


def test_control_codes_are_logged_at_traffic_level(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    answer = t0_stack(ScriptedConnection([])).control(0x42000D48)
    assert answer == bytes.fromhex("060442330006")
    records = apdu_records(caplog)
    assert records
    assert all(record.levelno == TRAFFIC for record in records)
    assert "06 04 42 33 00 06" in "\n".join(record.getMessage() for record in records)


PIN = "5791"
PIN_BLOCK = bytes.fromhex("245791FFFFFFFFFF")
NEW_PIN_BLOCK = bytes.fromhex("26802468FFFFFFFF")


def assert_no_pin_in(records: list[logging.LogRecord], *digits: str) -> None:
    for record in records:
        message = record.getMessage()
        compact = message.replace(" ", "")
        for pin in digits:
            assert pin not in compact, message
        assert "FFFFFF" not in compact.upper(), message


def test_verify_pin_block_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    card = ScriptedConnection(["63C2"])
    t0_stack(card).transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
    records = apdu_records(caplog)
    text = "\n".join(record.getMessage() for record in records)
    assert "00 20 00 01 08 ****" in text
    assert "63 C2" in text
    assert_no_pin_in(records, PIN)
    # The card still got the real block.
    assert card.sent == [bytes.fromhex("0020000108") + PIN_BLOCK]


def test_change_reference_data_blocks_are_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    card = ScriptedConnection(["9000"])
    t0_stack(card).transmit(bytes.fromhex("0024000110") + PIN_BLOCK + NEW_PIN_BLOCK)
    records = apdu_records(caplog)
    text = "\n".join(record.getMessage() for record in records)
    assert "00 24 00 01 10 ****" in text
    assert_no_pin_in(records, PIN, "802468")


def test_empty_verify_is_logged_as_is(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    t0_stack(ScriptedConnection(["63C3"])).transmit(bytes.fromhex("00200001"))
    text = "\n".join(record.getMessage() for record in apdu_records(caplog))
    assert "00 20 00 01" in text
    assert "63 C3" in text


def test_traffic_logger_alone_masks_the_pin(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="eidcompanion.apdu")
    TrafficLogger(ScriptedConnection(["9000"])).transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
    records = apdu_records(caplog)
    assert records
    assert_no_pin_in(records, PIN)


def test_61_without_data_forever_is_an_unresponsive_card() -> None:
    from eidcompanion.transport.errors import CardUnresponsiveError

    card = ScriptedConnection(["6100"] * 3)
    with pytest.raises(CardUnresponsiveError):
        t0_stack(card).transmit(bytes.fromhex("0088028102AAAA"))
    assert len(card.sent) == 2  # the command, one GET RESPONSE, then it gives up


def test_a_card_that_chains_61_without_end_is_cut_off() -> None:
    from eidcompanion.transport.errors import CardUnresponsiveError

    card = ScriptedConnection(["61FF"] + ["00" * 255 + "61FF"] * 300)
    with pytest.raises(CardUnresponsiveError):
        t0_stack(card).transmit(bytes.fromhex("0088028102AAAA"))
    assert len(card.sent) <= 258


def test_a_pin_command_is_never_resent_on_6c() -> None:
    card = ScriptedConnection(["6C08"])
    response = t0_stack(card).transmit(bytes.fromhex("0020000108") + PIN_BLOCK)
    assert len(card.sent) == 1
    assert response.sw == 0x6C08
