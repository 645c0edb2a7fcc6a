"""PIN pad readers (PC/SC part 10): discovery, the Belgian structures byte for byte, and every outcome
of VERIFY and CHANGE typed on a simulated reader's keypad, against a real simulated applet 1.8."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eidcompanion.card.pin import (
    PinBlockedError,
    PinFormatError,
    WrongPinError,
    pin_block,
)
from eidcompanion.card.pinpad import (
    CM_IOCTL_GET_FEATURE_REQUEST,
    FEATURE_MODIFY_PIN_DIRECT,
    FEATURE_VERIFY_PIN_DIRECT,
    PIN_PAD_DENY_LIST,
    PinPad,
    PinPadCancelledError,
    PinPadLengthError,
    PinPadMismatchError,
    PinPadReaderError,
    PinPadTimeoutError,
    change_on_pin_pad,
    find_pin_pad,
    language_id,
    modify_pin_structure,
    parse_features,
    scard_ctl_code,
    verify_on_pin_pad,
    verify_pin_structure,
)
from eidcompanion.errors import EidError
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.pinpad_reader import (
    KEYPAD_CANCEL,
    KEYPAD_TIMEOUT,
    LYING_READER_NAME,
    MODIFY_PIN_DIRECT_CODE,
    VERIFY_PIN_DIRECT_CODE,
    KeypadEntry,
    KeypadExhaustedError,
    KeypadSignal,
    PinFormat,
    PinPadReader,
)
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import ApduError, TransportError
from eidcompanion.transport.processors import TrafficLogger, t0_stack

PIN = "1234"  # the PIN of build_profile()
NEW_PIN = "739182"
WRONG_PIN = "5555"
LANGUAGES = ["en", "nl", "fr", "de"]


@pytest.fixture(scope="module")
def profile() -> CardProfile:
    return build_profile("1.8")


@pytest.fixture
def applet(profile: CardProfile) -> BelpicApplet:
    return BelpicApplet(profile)


@pytest.fixture
def reader(applet: BelpicApplet) -> PinPadReader:
    return PinPadReader(applet)


def _pin_pad(reader: Connection) -> PinPad:
    pin_pad = find_pin_pad(reader)
    assert pin_pad is not None
    return pin_pad


class _Answering(Connection):
    """A reader whose control codes answer fixed bytes (or fail), for malformed answers."""

    def __init__(self, answer: bytes | None, name: str = "Test reader 00 00") -> None:
        self.answer = answer
        self.name = name
        self.calls: list[tuple[int, bytes]] = []

    @property
    def reader_name(self) -> str:
        return self.name

    @property
    def atr(self) -> bytes:
        return b""

    def transmit(self, apdu: bytes) -> Response:
        raise AssertionError("the PIN pad code never transmits: the reader talks to the card")

    def control(self, code: int, data: bytes = b"") -> bytes:
        self.calls.append((code, data))
        if self.answer is None:
            raise TransportError("SCARD_E_NOT_TRANSACTED")
        return self.answer


# -- discovery ------------------------------------------------------------------------------------


def test_control_codes_are_pcsc_lite_ones() -> None:
    assert scard_ctl_code(3400) == 0x42000D48
    assert CM_IOCTL_GET_FEATURE_REQUEST == 0x42000D48
    assert (FEATURE_VERIFY_PIN_DIRECT, FEATURE_MODIFY_PIN_DIRECT) == (0x06, 0x07)


def test_features_are_discovered(reader: PinPadReader) -> None:
    pin_pad = find_pin_pad(reader)
    assert pin_pad == PinPad(reader.reader_name, VERIFY_PIN_DIRECT_CODE, MODIFY_PIN_DIRECT_CODE)
    assert reader.control_calls == [(CM_IOCTL_GET_FEATURE_REQUEST, b"")]


def test_features_big_endian_among_others() -> None:
    # FEATURE_IFD_PIN_PROPERTIES (0A) and FEATURE_GET_TLV_PROPERTIES (12) around the two we use
    answer = bytes.fromhex("0A0442330A0A 060442330006 120442330012 070442330007")
    assert parse_features(answer) == {0x0A: 0x42330A0A, 0x06: 0x42330006, 0x12: 0x42330012, 0x07: 0x42330007}
    pin_pad = find_pin_pad(_Answering(answer))
    assert pin_pad is not None
    assert (pin_pad.verify_code, pin_pad.modify_code) == (0x42330006, 0x42330007)


def test_a_reader_that_only_verifies(applet: BelpicApplet) -> None:
    pin_pad = find_pin_pad(PinPadReader(applet, modify=False))
    assert pin_pad is not None
    assert pin_pad.modify_code is None


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(bytes.fromhex("06"), id="tag only"),
        pytest.param(bytes.fromhex("0604423300"), id="truncated code"),
        pytest.param(bytes.fromhex("06044233000607"), id="trailing byte"),
        pytest.param(bytes.fromhex("0602423300060704"), id="length 2"),
        pytest.param(bytes.fromhex("060500423300060700"), id="length 5"),
        pytest.param(bytes.fromhex("060400000000"), id="code 0"),
        pytest.param(bytes.fromhex("060442330006060442330099"), id="two codes for one feature"),
        pytest.param(b"", id="no features"),
        pytest.param(bytes.fromhex("070442330007"), id="modify without verify"),
        pytest.param(bytes.fromhex("010442330001020442330002"), id="verify start/finish only"),
    ],
)
def test_malformed_or_useless_feature_lists_mean_no_pin_pad(answer: bytes) -> None:
    assert find_pin_pad(_Answering(answer)) is None


def test_the_double_can_answer_a_malformed_feature_list(applet: BelpicApplet) -> None:
    assert find_pin_pad(PinPadReader(applet, feature_answer=bytes.fromhex("0604423300"))) is None


def test_a_reader_without_control_codes_has_no_pin_pad(applet: BelpicApplet) -> None:
    assert find_pin_pad(SimulatedConnection(applet)) is None
    assert find_pin_pad(_Answering(None)) is None


def test_the_pin_pad_is_found_through_the_processor_stack(reader: PinPadReader) -> None:
    assert find_pin_pad(t0_stack(reader)) is not None


@pytest.mark.parametrize(
    "name",
    [
        LYING_READER_NAME,
        "OMNIKEY CardMan 3121 00 00",
        "HID OMNIKEY 6121 Smart Card Reader 01 00",
        "hid global omnikey 3x21 smart card reader 00 00",
    ],
)
def test_deny_listed_readers_are_not_used_though_they_announce_a_pin_pad(
    applet: BelpicApplet, name: str
) -> None:
    reader = PinPadReader(applet, reader_name=name)
    assert parse_features(reader.control(CM_IOCTL_GET_FEATURE_REQUEST)) is not None  # it does announce
    reader.control_calls.clear()
    assert find_pin_pad(reader) is None
    assert reader.control_calls == []


def test_the_deny_list_names_the_models_of_belpic_md() -> None:
    assert any("3x21" in model for model in PIN_PAD_DENY_LIST)
    assert any("6121" in model for model in PIN_PAD_DENY_LIST)


def test_a_lying_reader_fails_like_a_reader_without_keypad(applet: BelpicApplet) -> None:
    reader = PinPadReader(applet, lying=True, keypad=[PIN])
    assert reader.reader_name == LYING_READER_NAME
    assert find_pin_pad(reader) is None
    forced = PinPad(reader.reader_name, VERIFY_PIN_DIRECT_CODE, MODIFY_PIN_DIRECT_CODE)
    with pytest.raises(TransportError):
        verify_on_pin_pad(reader, forced, "en")
    assert reader.card_apdus == []
    assert applet.tries_left == 3


def test_turned_off_by_the_setting(reader: PinPadReader) -> None:
    assert find_pin_pad(reader, enabled=False) is None
    assert reader.control_calls == []


# -- the structures, byte for byte ----------------------------------------------------------------

# PIN_VERIFY_STRUCTURE (PC/SC part 10 v2.02.09 §2.5.2; packed, multi-byte fields little endian):
#   1E            bTimerOut 30 s
#   1E            bTimerOut2 30 s
#   89            bmFormatString 1000 1001: units bytes, PIN at byte 1 of the block, left, BCD
#   47            bmPINBlockString: length field 4 bits, PIN block 7 bytes
#   04            bmPINLengthFormat: units bits, length at bit 4 (the L of "2L")
#   0C 04         wPINMaxExtraDigit 0x040C: min 4 (XX), max 12 (YY)
#   02            bEntryValidationCondition: OK key
#   01            bNumberMessage
#   LL LL         wLangId: 09 04 (0x0409) en, 13 08 nl, 0C 08 fr, 07 04 de
#   00            bMsgIndex
#   00 00 00      bTeoPrologue
#   0D 00 00 00   ulDataLength 13
#   00 20 00 01 08 20 FF FF FF FF FF FF FF   VERIFY, PIN reference 01, empty format 2 block (RM18 §6.9)
VERIFY_HEAD = "1E 1E 89 47 04 0C 04 02 01"
VERIFY_TAIL = "00 00 00 00 0D 00 00 00 00 20 00 01 08 20 FF FF FF FF FF FF FF"
LANGUAGE_BYTES = {"en": "09 04", "nl": "13 08", "fr": "0C 08", "de": "07 04"}

# PIN_MODIFY_STRUCTURE (§2.5.3):
#   1E 1E 89 47 04   as above
#   00            bInsertionOffsetOld: current PIN block at byte 0 of the data field
#   08            bInsertionOffsetNew: new PIN block at byte 8
#   0C 04         wPINMaxExtraDigit
#   03            bConfirmPIN: ask the current PIN (bit 1) and the new PIN twice (bit 0)
#   02            bEntryValidationCondition
#   03            bNumberMessage: three prompts
#   LL LL         wLangId
#   00 01 02      bMsgIndex1..3: enter PIN, enter new PIN, confirm new PIN
#   00 00 00      bTeoPrologue
#   15 00 00 00   ulDataLength 21
#   00 24 00 01 10 + two empty blocks 20 FF FF FF FF FF FF FF   CHANGE REFERENCE DATA (RM18 §6.10)
MODIFY_HEAD = "1E 1E 89 47 04 00 08 0C 04 03 02 03"
MODIFY_TAIL = "00 01 02 00 00 00 15 00 00 00 00 24 00 01 10 20 FF FF FF FF FF FF FF 20 FF FF FF FF FF FF FF"


@pytest.mark.parametrize("language", LANGUAGES)
def test_verify_structure(language: str) -> None:
    expected = f"{VERIFY_HEAD} {LANGUAGE_BYTES[language]} {VERIFY_TAIL}"
    assert verify_pin_structure(language).hex(" ").upper() == expected
    assert len(verify_pin_structure(language)) == 19 + 13


@pytest.mark.parametrize("language", LANGUAGES)
def test_modify_structure(language: str) -> None:
    expected = f"{MODIFY_HEAD} {LANGUAGE_BYTES[language]} {MODIFY_TAIL}"
    assert modify_pin_structure(language).hex(" ").upper() == expected
    assert len(modify_pin_structure(language)) == 24 + 21


def test_languages_are_normalised_and_default_to_english() -> None:
    assert language_id("fr_BE.UTF-8") == 0x080C
    assert language_id("NL-be") == 0x0813
    assert language_id("it") == 0x0409
    assert verify_pin_structure("") == verify_pin_structure("en")


def test_the_timeout_fills_both_timers() -> None:
    assert verify_pin_structure("en", timeout_seconds=60)[:2] == b"\x3c\x3c"
    assert modify_pin_structure("en", timeout_seconds=0)[:2] == b"\x00\x00"
    for wrong in (-1, 256):
        with pytest.raises(ValueError, match="timeout"):
            verify_pin_structure("en", timeout_seconds=wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reader_accepts_every_language(profile: CardProfile, language: str) -> None:
    reader = PinPadReader(BelpicApplet(profile), keypad=[PIN, PIN, NEW_PIN, NEW_PIN])
    verify_on_pin_pad(reader, _pin_pad(reader), language)
    change_on_pin_pad(reader, _pin_pad(reader), language)
    assert [request.language_id for request in reader.requests] == [language_id(language)] * 2
    assert reader.rejections == []


# -- verify ---------------------------------------------------------------------------------------


def test_verify(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(PIN)
    verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin_verified
    assert applet.tries_left == 3
    # the reader built exactly the APDU the keyboard path sends
    assert reader.card_apdus == [bytes.fromhex("0020000108") + pin_block(PIN)]
    assert reader.keys_waiting == 0


def test_verify_through_the_processor_stack(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(PIN)
    stack = t0_stack(reader)
    verify_on_pin_pad(stack, _pin_pad(stack), "nl")
    assert applet.pin_verified


def test_wrong_pin(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(WRONG_PIN)
    with pytest.raises(WrongPinError) as caught:
        verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert caught.value.tries_left == 2
    assert applet.tries_left == 2
    assert not applet.pin_verified


def test_third_wrong_pin_blocks(profile: CardProfile) -> None:
    applet = BelpicApplet(dataclasses.replace(profile, tries_left=1))
    reader = PinPadReader(applet, keypad=[WRONG_PIN])
    with pytest.raises(PinBlockedError):
        verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.blocked


def test_blocked_card(profile: CardProfile) -> None:
    applet = BelpicApplet(dataclasses.replace(profile, tries_left=0))
    reader = PinPadReader(applet, keypad=[PIN])
    with pytest.raises(PinBlockedError):
        verify_on_pin_pad(reader, _pin_pad(reader), "fr")
    assert not applet.pin_verified


@pytest.mark.parametrize(
    ("entry", "error"),
    [(KEYPAD_TIMEOUT, PinPadTimeoutError), (KEYPAD_CANCEL, PinPadCancelledError)],
)
def test_timeout_and_cancel_spend_no_try(
    reader: PinPadReader, applet: BelpicApplet, entry: KeypadSignal, error: type[EidError]
) -> None:
    reader.type(entry)
    with pytest.raises(error):
        verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.tries_left == 3
    assert reader.card_apdus == []


@pytest.mark.parametrize("typed", ["123", "1234567890123"])
def test_verify_length_out_of_range(reader: PinPadReader, applet: BelpicApplet, typed: str) -> None:
    reader.type(typed)
    with pytest.raises(PinPadLengthError):
        verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.tries_left == 3
    assert reader.card_apdus == []


def test_the_errors_say_what_happened() -> None:
    assert "in time" in error_text(PinPadTimeoutError())
    assert "cancelled" in error_text(PinPadCancelledError())
    assert "not the same" in error_text(PinPadMismatchError())
    assert "4 to 12 digits" in error_text(PinPadLengthError())
    assert issubclass(PinPadReaderError, TransportError)


# -- change ---------------------------------------------------------------------------------------


def test_change_then_the_new_pin_verifies(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(PIN, NEW_PIN, NEW_PIN)
    change_on_pin_pad(reader, _pin_pad(reader), "de")
    assert applet.pin == NEW_PIN
    assert reader.card_apdus == [bytes.fromhex("0024000110") + pin_block(PIN) + pin_block(NEW_PIN)]
    applet.reset()
    reader.type(NEW_PIN)
    verify_on_pin_pad(reader, _pin_pad(reader), "de")
    assert applet.pin_verified
    reader.type(PIN)
    with pytest.raises(WrongPinError):
        verify_on_pin_pad(reader, _pin_pad(reader), "de")


def test_change_to_twelve_digits(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(PIN, "123456789012", "123456789012")
    change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin == "123456789012"
    assert reader.card_apdus[-1][-8:] == bytes.fromhex("2C123456789012FF")


def test_change_confirmation_differs(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(PIN, NEW_PIN, "739183")
    with pytest.raises(PinPadMismatchError):
        change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin == PIN
    assert applet.tries_left == 3
    assert reader.card_apdus == []


def test_change_with_a_wrong_current_pin(reader: PinPadReader, applet: BelpicApplet) -> None:
    reader.type(WRONG_PIN, NEW_PIN, NEW_PIN)
    with pytest.raises(WrongPinError) as caught:
        change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert caught.value.tries_left == 2
    assert applet.pin == PIN


@pytest.mark.parametrize(
    "entries",
    [
        pytest.param(("123", NEW_PIN, NEW_PIN), id="current too short"),
        pytest.param((PIN, "123", "123"), id="new too short"),
        pytest.param((PIN, "1234567890123", "1234567890123"), id="new too long"),
    ],
)
def test_change_length_out_of_range(
    reader: PinPadReader, applet: BelpicApplet, entries: tuple[str, ...]
) -> None:
    reader.type(*entries)
    with pytest.raises(PinPadLengthError):
        change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin == PIN
    assert applet.tries_left == 3


@pytest.mark.parametrize("position", [0, 1, 2])
def test_change_cancelled_at_any_prompt(reader: PinPadReader, applet: BelpicApplet, position: int) -> None:
    entries: list[KeypadEntry] = [PIN, NEW_PIN, NEW_PIN]
    entries[position] = KEYPAD_CANCEL
    reader.type(*entries)
    with pytest.raises(PinPadCancelledError):
        change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin == PIN
    assert reader.card_apdus == []


def test_change_on_a_reader_without_modify(applet: BelpicApplet) -> None:
    reader = PinPadReader(applet, modify=False, keypad=[PIN, NEW_PIN, NEW_PIN])
    with pytest.raises(PinPadReaderError):
        change_on_pin_pad(reader, _pin_pad(reader), "en")
    assert reader.structures == []


# -- the PIN stays on the reader ------------------------------------------------------------------


def test_the_pin_is_never_logged_nor_sent_by_the_host(
    profile: CardProfile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(1)  # everything, TRAFFIC (5) included
    applet = BelpicApplet(profile)
    reader = PinPadReader(applet, keypad=[WRONG_PIN, PIN, PIN, NEW_PIN, NEW_PIN])
    connection = TrafficLogger(reader)  # logs every control code and its data
    pin_pad = find_pin_pad(connection)
    assert pin_pad is not None
    with pytest.raises(WrongPinError):
        verify_on_pin_pad(connection, pin_pad, "en")
    verify_on_pin_pad(connection, pin_pad, "en")
    change_on_pin_pad(connection, pin_pad, "en")
    reader.type(NEW_PIN, "111111", "739183")
    with pytest.raises(PinPadMismatchError):
        change_on_pin_pad(connection, pin_pad, "en")
    assert applet.pin == NEW_PIN
    assert any(record.levelno == 5 for record in caplog.records)  # the traffic log was on

    secrets = [PIN, NEW_PIN, WRONG_PIN, "111111", "739183"]
    forms = [form for pin in secrets for form in (pin, pin_block(pin).hex(), pin_block(pin).hex(" "))]
    logged = [record.getMessage() for record in caplog.records] + [caplog.text]
    for text in logged:
        for form in forms:
            assert form.lower() not in text.lower(), form
    host_side = [data for _code, data in reader.control_calls] + reader.structures
    assert host_side
    for data in host_side:
        for pin in secrets:
            assert pin_block(pin)[1:4] not in data
            assert pin.encode() not in data
    reader.type(PIN)
    assert PIN not in repr(reader)
    # card_apdus holds what the reader sent to the card (PIN blocks, as on a real reader's card side)
    assert all(PIN not in repr(value) for name, value in vars(reader).items() if name != "card_apdus")


# -- the reader's answers -------------------------------------------------------------------------

PIN_PAD = PinPad("Test reader 00 00", VERIFY_PIN_DIRECT_CODE, MODIFY_PIN_DIRECT_CODE)


@pytest.mark.parametrize(
    "answer",
    [b"", b"\x90", b"\x00\x90\x00", b"\x63\xc2\x90\x00"],
    ids=["empty", "one byte", "three bytes", "four bytes"],
)
def test_an_answer_that_is_not_a_status_word(answer: bytes) -> None:
    for operation in (verify_on_pin_pad, change_on_pin_pad):
        with pytest.raises(PinPadReaderError, match="instead of a status word"):
            operation(_Answering(answer), PIN_PAD, "en")


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        ("9000", None),
        ("6400", PinPadTimeoutError),
        ("6401", PinPadCancelledError),
        ("6402", PinPadMismatchError),
        ("6403", PinPadLengthError),
        ("6B80", PinPadReaderError),
        ("63C1", WrongPinError),
        ("63C0", PinBlockedError),
        ("6983", PinBlockedError),
        ("6A80", PinFormatError),
        ("6D00", ApduError),
    ],
)
def test_status_words_map_to_typed_errors(answer: str, error: type[Exception] | None) -> None:
    connection = _Answering(bytes.fromhex(answer))
    if error is None:
        verify_on_pin_pad(connection, PIN_PAD, "en")
    else:
        with pytest.raises(error):
            verify_on_pin_pad(connection, PIN_PAD, "en")
    assert connection.calls == [(VERIFY_PIN_DIRECT_CODE, verify_pin_structure("en"))]


def test_a_control_failure_is_a_transport_error() -> None:
    with pytest.raises(TransportError):
        verify_on_pin_pad(_Answering(None), PIN_PAD, "en")


# -- the double refuses what a Belgian card cannot use --------------------------------------------


def _changed(structure: bytes, index: int, value: int) -> bytes:
    return structure[:index] + bytes((value,)) + structure[index + 1 :]


VERIFY = verify_pin_structure("en")
MODIFY = modify_pin_structure("en")


@pytest.mark.parametrize(
    ("structure", "reason"),
    [
        pytest.param(VERIFY[:10], "shorter than its header", id="truncated"),
        pytest.param(VERIFY[:-1], "ulDataLength", id="data length"),
        pytest.param(_changed(VERIFY, 2, 0x82), "cannot hold the maximum", id="ASCII, 12 bytes do not fit"),
        pytest.param(_changed(VERIFY, 2, 0x8D), "bmFormatString must be 0x89", id="right justified"),
        pytest.param(_changed(VERIFY, 2, 0x01), "bmFormatString must be 0x89", id="units bits"),
        pytest.param(_changed(VERIFY, 2, 0x03), "reserved", id="reserved PIN type"),
        pytest.param(_changed(VERIFY, 3, 0x08), "does not fit", id="block overflows the data"),
        pytest.param(_changed(VERIFY, 3, 0x46), "bmPINBlockString must be 0x47", id="block string"),
        pytest.param(_changed(VERIFY, 4, 0x00), "bmPINLengthFormat", id="length format"),
        pytest.param(VERIFY[:5] + bytes.fromhex("040C") + VERIFY[7:], "wPINMaxExtraDigit", id="min max"),
        pytest.param(_changed(VERIFY, 7, 0x01), "bEntryValidationCondition", id="validation"),
        pytest.param(_changed(VERIFY, 8, 0x02), "bNumberMessage", id="messages"),
        pytest.param(VERIFY[:9] + bytes.fromhex("0409") + VERIFY[11:], "wLangId", id="lang big endian"),
        pytest.param(_changed(VERIFY, 11, 0x01), "bMsgIndex", id="message index"),
        pytest.param(_changed(VERIFY, 12, 0x01), "bTeoPrologue", id="prologue"),
        pytest.param(_changed(VERIFY, 22, 0x02), "abData", id="PIN reference"),
        pytest.param(_changed(VERIFY, 24, 0x24), "abData", id="template"),
        pytest.param(VERIFY + b"\x00", "ulDataLength", id="extra byte"),
    ],
)
def test_the_double_refuses_a_wrong_verify_structure(
    reader: PinPadReader, applet: BelpicApplet, structure: bytes, reason: str
) -> None:
    reader.type(PIN)
    assert reader.control(VERIFY_PIN_DIRECT_CODE, structure) == b"\x6b\x80"
    assert reason in reader.rejections[-1]
    assert reader.keys_waiting == 1  # the keypad was not used
    assert len(applet.log) == 0  # nor the card


@pytest.mark.parametrize(
    ("index", "value", "reason"),
    [
        (5, 0x08, "bInsertionOffsetOld"),
        (6, 0x07, "bInsertionOffsetNew"),
        (9, 0x01, "bConfirmPIN"),
        (9, 0x07, "reserved"),
        (11, 0x01, "bNumberMessage"),
        (15, 0x00, "bMsgIndex1..3"),
        (28, 0x20, "abData"),
    ],
)
def test_the_double_refuses_a_wrong_modify_structure(
    reader: PinPadReader, index: int, value: int, reason: str
) -> None:
    reader.type(PIN, NEW_PIN, NEW_PIN)
    assert reader.control(MODIFY_PIN_DIRECT_CODE, _changed(MODIFY, index, value)) == b"\x6b\x80"
    assert reason in reader.rejections[-1]
    assert reader.keys_waiting == 3


def test_a_refused_structure_is_a_typed_error(applet: BelpicApplet) -> None:
    class WrongLanguageOrder(PinPadReader):
        def control(self, code: int, data: bytes = b"") -> bytes:
            if code == VERIFY_PIN_DIRECT_CODE:
                data = data[:9] + data[10:8:-1] + data[11:]  # wLangId big endian, as eid-mw does
            return super().control(code, data)

    reader = WrongLanguageOrder(applet, keypad=[PIN])
    with pytest.raises(PinPadReaderError):
        verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.tries_left == 3


def test_an_ascii_structure_does_not_work_with_this_card(applet: BelpicApplet) -> None:
    """belpic.md: ASCII PIN formats do not work here. A lenient reader sends them; the card refuses."""
    lenient = PinPadReader(applet, strict=False, keypad=[PIN])
    # bytes, position 0, left, ASCII; 8-byte block, no length field; 4 to 8 digits
    ascii_verify = bytes.fromhex(
        "1E1E 82 08 00 0804 02 01 0904 00 000000 0D000000 0020000108 FFFFFFFFFFFFFFFF"
    )
    assert lenient.control(VERIFY_PIN_DIRECT_CODE, ascii_verify) == b"\x6a\x80"
    assert lenient.card_apdus == [bytes.fromhex("0020000108 31323334 FFFFFFFF")]
    assert applet.tries_left == 3
    assert not applet.pin_verified


def test_the_keypad_takes_digits_only(reader: PinPadReader) -> None:
    for wrong in ["12a4", "", "\uff11\uff12\uff13\uff14"]:
        with pytest.raises(ValueError, match="keypad entry"):
            reader.type(wrong)


def test_an_unscripted_keypad_is_a_test_error(reader: PinPadReader) -> None:
    with pytest.raises(KeypadExhaustedError):
        verify_on_pin_pad(reader, _pin_pad(reader), "en")


def test_unknown_control_codes_fail(reader: PinPadReader) -> None:
    with pytest.raises(TransportError):
        reader.control(0x42330001)


def test_the_double_wraps_a_simulated_connection(applet: BelpicApplet) -> None:
    reader = PinPadReader(SimulatedConnection(applet), keypad=[PIN])
    verify_on_pin_pad(reader, _pin_pad(reader), "en")
    assert applet.pin_verified
    assert reader.atr == applet.atr
    assert reader.transmit(bytes.fromhex("00200001")).sw == 0x9000


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=4, max_size=12))
def test_the_reader_formats_every_pin_like_the_keyboard_path(pin: str) -> None:
    data = bytearray(bytes.fromhex("20FFFFFFFFFFFFFF") * 2)
    PinFormat(0x89, 0x47, 0x04).apply(data, 8, pin)
    assert bytes(data) == bytes.fromhex("20FFFFFFFFFFFFFF") + pin_block(pin)


def test_no_log_at_warning_for_a_normal_discovery(
    reader: PinPadReader, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    find_pin_pad(reader)
    assert caplog.records == []
