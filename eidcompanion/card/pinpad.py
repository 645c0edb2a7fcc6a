"""PIN pad readers (PC/SC part 10): the citizen types the PIN on the reader, never on the computer.

The host only builds a PIN_VERIFY_STRUCTURE or PIN_MODIFY_STRUCTURE (the APDU to send, with an empty
PIN block, and how the reader must fill it in) and sends it with ``SCardControl``; the reader asks
for the PIN on its keypad, completes the APDU, sends it to the card and answers the card's status
word. The PIN never passes through this process, so nothing here can print or log it.

Sources: belpic.md ("PIN", "PIN pad readers (PC/SC part 10)"); RM18 §3.2 (the PIN block, ISO 9564
format 2) and §6.9-6.10 (VERIFY, CHANGE REFERENCE DATA); PC/SC part 10 v2.02.09 §2.5 (the
structures, the feature TLVs and the answers ``64 00``-``64 03`` and ``6B 80``); USB CCID 1.1
§6.1.11 (the meaning of bmFormatString, bmPINBlockString, bmPINLengthFormat, bConfirmPIN).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass

from eidcompanion.card.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH, PIN_REFERENCE, raise_for_pin_status
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import TransportError

logger = logging.getLogger(__name__)


def scard_ctl_code(function: int) -> int:
    """``SCARD_CTL_CODE(function)`` as pcsc-lite defines it (Linux, macOS): ``0x42000000 + function``.

    Windows (winscard.dll) uses ``0x00310000 + function * 4`` instead; this package targets pcsc-lite.
    """
    return 0x42000000 + function


CM_IOCTL_GET_FEATURE_REQUEST = scard_ctl_code(3400)
"""0x42000D48: answers the reader's features as TLVs (tag, 4, control code big endian)."""

FEATURE_VERIFY_PIN_DIRECT = 0x06
FEATURE_MODIFY_PIN_DIRECT = 0x07

PIN_PAD_DENY_LIST: tuple[str, ...] = (
    "OMNIKEY CardMan 3121",
    "OMNIKEY 3121",
    "OMNIKEY 3x21",
    "OMNIKEY CardMan 6121",
    "OMNIKEY 6121",
)
"""Parts of reader names (compared case-insensitively) of readers that announce VERIFY_PIN_DIRECT
without having a keypad (belpic.md: HID OMNIKEY 3x21 and 6121)."""

# -- the Belgian structures (belpic.md "PIN pad readers"; eid-mw cardlayer/pinpad.cpp does the same) --

DEFAULT_TIMEOUT_SECONDS = 30

FORMAT_STRING = 0x89
"""bmFormatString: bit 7 = 1 units are bytes; bits 6-3 = 0001 the PIN starts 1 byte into the PIN
block (after the ``2L`` control/length byte); bit 2 = 0 left justified; bits 1-0 = 01 BCD."""

PIN_BLOCK_STRING = 0x47
"""bmPINBlockString: bits 7-4 = 4, the PIN length is a 4-bit field; bits 3-0 = 7, the formatted PIN
fills 7 bytes (the 8-byte format 2 block minus its control/length byte)."""

PIN_LENGTH_FORMAT = 0x04
"""bmPINLengthFormat: bit 4 = 0 units are bits; bits 3-0 = 4, the length field starts at bit 4 of
the block: the low nibble ``L`` of the first byte ``2L``."""

PIN_MAX_EXTRA_DIGIT = (MIN_PIN_LENGTH << 8) | MAX_PIN_LENGTH
"""wPINMaxExtraDigit = XXYY, XX the minimum and YY the maximum number of digits: 0x040C."""

ENTRY_VALIDATION_CONDITION = 0x02
"""bEntryValidationCondition: bit 1, the citizen presses the OK key (no automatic end on max size)."""

CONFIRM_PIN = 0x03
"""bConfirmPIN: bit 0 = the new PIN is typed twice; bit 1 = the current PIN is asked first."""

PIN_BLOCK_SIZE = 8
"""RM18 §3.2: a PIN block is 8 bytes (``2L``, the BCD digits, ``F`` padding)."""

EMPTY_PIN_BLOCK = bytes((0x20,)) + b"\xff" * (PIN_BLOCK_SIZE - 1)
"""The template the reader completes: control nibble 2, length 0, every digit nibble F."""

VERIFY_TEMPLATE = bytes((0x00, 0x20, 0x00, PIN_REFERENCE, PIN_BLOCK_SIZE)) + EMPTY_PIN_BLOCK
"""VERIFY ``00 20 00 01 08`` with an empty PIN block (RM18 §6.9)."""

MODIFY_TEMPLATE = (
    bytes((0x00, 0x24, 0x00, PIN_REFERENCE, 2 * PIN_BLOCK_SIZE)) + EMPTY_PIN_BLOCK + EMPTY_PIN_BLOCK
)
"""CHANGE REFERENCE DATA ``00 24 00 01 10`` with the current then the new PIN block (RM18 §6.10)."""

LANGUAGE_IDS: dict[str, int] = {"en": 0x0409, "nl": 0x0813, "fr": 0x080C, "de": 0x0407}
"""USB LANGIDs of the reader's prompts (belpic.md): English (US), Dutch (BE), French (BE), German."""


def language_id(language: str) -> int:
    """The wLangId for ``language`` ("fr", "fr_BE", "nl-BE"...); English for any other language."""
    return LANGUAGE_IDS.get(language.strip().lower()[:2], LANGUAGE_IDS["en"])


def _timeout(seconds: int) -> int:
    if not 0 <= seconds <= 0xFF:
        raise ValueError(f"a PIN pad timeout is 0 (the reader's default) to 255 seconds, not {seconds}")
    return seconds


def verify_pin_structure(language: str, timeout_seconds: int = DEFAULT_TIMEOUT_SECONDS) -> bytes:
    """The PIN_VERIFY_STRUCTURE for the cardholder PIN (packed, multi-byte fields little endian).

    ``bTimerOut bTimerOut2 bmFormatString bmPINBlockString bmPINLengthFormat wPINMaxExtraDigit
    bEntryValidationCondition bNumberMessage wLangId bMsgIndex bTeoPrologue[3] ulDataLength abData``.
    """
    timeout = _timeout(timeout_seconds)
    header = struct.pack(
        "<BBBBBHBBHB3sI",
        timeout,  # bTimerOut: seconds to start typing
        timeout,  # bTimerOut2: seconds after the first key
        FORMAT_STRING,
        PIN_BLOCK_STRING,
        PIN_LENGTH_FORMAT,
        PIN_MAX_EXTRA_DIGIT,
        ENTRY_VALIDATION_CONDITION,
        1,  # bNumberMessage: one prompt ("enter PIN")
        language_id(language),
        0,  # bMsgIndex: the reader's "enter PIN" message
        bytes(3),  # bTeoPrologue: unused by a T=0 card
        len(VERIFY_TEMPLATE),
    )
    return header + VERIFY_TEMPLATE


def modify_pin_structure(language: str, timeout_seconds: int = DEFAULT_TIMEOUT_SECONDS) -> bytes:
    """The PIN_MODIFY_STRUCTURE: current PIN, new PIN, new PIN again (packed, little endian).

    ``bTimerOut bTimerOut2 bmFormatString bmPINBlockString bmPINLengthFormat bInsertionOffsetOld
    bInsertionOffsetNew wPINMaxExtraDigit bConfirmPIN bEntryValidationCondition bNumberMessage wLangId
    bMsgIndex1 bMsgIndex2 bMsgIndex3 bTeoPrologue[3] ulDataLength abData``.
    """
    timeout = _timeout(timeout_seconds)
    header = struct.pack(
        "<BBBBBBBHBBBHBBB3sI",
        timeout,
        timeout,
        FORMAT_STRING,
        PIN_BLOCK_STRING,
        PIN_LENGTH_FORMAT,
        0,  # bInsertionOffsetOld: the current PIN block starts the data field
        PIN_BLOCK_SIZE,  # bInsertionOffsetNew: the new PIN block follows it, 8 bytes in
        PIN_MAX_EXTRA_DIGIT,
        CONFIRM_PIN,
        ENTRY_VALIDATION_CONDITION,
        3,  # bNumberMessage: three prompts (current PIN, new PIN, confirm the new PIN)
        language_id(language),
        0,  # bMsgIndex1: "enter PIN"
        1,  # bMsgIndex2: "enter new PIN"
        2,  # bMsgIndex3: "confirm new PIN"
        bytes(3),
        len(MODIFY_TEMPLATE),
    )
    return header + MODIFY_TEMPLATE


# -- errors -------------------------------------------------------------------------------------


class PinPadError(EidError):
    """The citizen's entry on the reader's keypad did not reach the card (no try was spent)."""

    code = ErrorCode.PIN_PAD_FAILED


class PinPadTimeoutError(PinPadError):
    """``64 00``: nobody typed a PIN (or pressed OK) in time."""

    code = ErrorCode.PIN_PAD_TIMEOUT


class PinPadCancelledError(PinPadError):
    """``64 01``: the cancel key of the reader was pressed."""

    code = ErrorCode.PIN_PAD_CANCELLED


class PinPadMismatchError(PinPadError):
    """``64 02``: the new PIN and its confirmation differ."""

    code = ErrorCode.PIN_PAD_MISMATCH


class PinPadLengthError(PinPadError):
    """``64 03``: the PIN typed has fewer or more digits than the structure allows."""

    code = ErrorCode.PIN_PAD_LENGTH


class PinPadReaderError(TransportError):
    """The reader refused the request (``6B 80``), or its answer is not a status word."""

    code = ErrorCode.PIN_PAD_FAILED


_PIN_PAD_ANSWERS: dict[int, type[EidError]] = {
    0x6400: PinPadTimeoutError,
    0x6401: PinPadCancelledError,
    0x6402: PinPadMismatchError,
    0x6403: PinPadLengthError,
    0x6B80: PinPadReaderError,  # PC/SC part 10: invalid parameter in the structure
}


# -- discovery ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PinPad:
    """A reader with a keypad, and the control codes it announced."""

    reader_name: str
    verify_code: int
    """Control code announced for FEATURE_VERIFY_PIN_DIRECT."""
    modify_code: int | None
    """Control code announced for FEATURE_MODIFY_PIN_DIRECT, None when the reader has none."""


def is_deny_listed(reader_name: str) -> bool:
    """True for a reader model known to announce a PIN pad it does not have."""
    name = reader_name.casefold()
    return any(model.casefold() in name for model in PIN_PAD_DENY_LIST)


def parse_features(answer: bytes) -> dict[int, int] | None:
    """The features of a CM_IOCTL_GET_FEATURE_REQUEST answer, tag -> control code.

    Each TLV is a tag byte, a length byte that is always 4, and the control code in 4 bytes, big
    endian (PC/SC part 10 §2.2). None when the answer is malformed: a truncated TLV, a length other
    than 4, a control code of 0, or one tag announced twice with different codes.
    """
    features: dict[int, int] = {}
    position = 0
    while position < len(answer):
        if position + 6 > len(answer) or answer[position + 1] != 4:
            return None
        tag = answer[position]
        code = int.from_bytes(answer[position + 2 : position + 6], "big")
        if code == 0 or features.get(tag, code) != code:
            return None
        features[tag] = code
        position += 6
    return features


def find_pin_pad(connection: Connection, *, enabled: bool = True) -> PinPad | None:
    """The PIN pad of the reader behind ``connection``, or None to type the PIN on the computer.

    None when PIN pads are turned off (``enabled``), when the reader is on the deny list, when it has
    no control codes, when its feature list is malformed and when it does not announce
    VERIFY_PIN_DIRECT. Never raises for a reader that cannot answer: it then simply has no PIN pad.
    """
    reader = connection.reader_name
    if not enabled:
        logger.debug("PIN pad use is turned off in the settings")
        return None
    if is_deny_listed(reader):
        logger.info("%s is known to announce a PIN pad it does not have: not using it", reader)
        return None
    try:
        answer = connection.control(CM_IOCTL_GET_FEATURE_REQUEST)
    except TransportError as error:
        logger.debug("%s has no reader control codes: %s", reader, error.detail or error)
        return None
    features = parse_features(answer)
    if features is None:
        logger.warning("%s answered a malformed feature list: %s", reader, answer.hex(" ").upper())
        return None
    verify_code = features.get(FEATURE_VERIFY_PIN_DIRECT)
    if verify_code is None:
        logger.debug("%s has no PIN pad (features %s)", reader, sorted(features))
        return None
    pin_pad = PinPad(reader, verify_code, features.get(FEATURE_MODIFY_PIN_DIRECT))
    logger.debug(
        "%s has a PIN pad: verify %#010x, modify %s",
        reader,
        verify_code,
        "none" if pin_pad.modify_code is None else f"{pin_pad.modify_code:#010x}",
    )
    return pin_pad


# -- operations -----------------------------------------------------------------------------------


def _status_word(answer: bytes, operation: str) -> int:
    if len(answer) != 2:
        raise PinPadReaderError(
            f"{operation}: the reader answered {len(answer)} bytes instead of a status word"
        )
    return int.from_bytes(answer, "big")


def raise_for_pin_pad_status(sw: int) -> None:
    """Map the reader's answer: ``64 00``-``64 03`` and ``6B 80`` come from the reader, the rest from
    the card (``90 00``, ``63 Cx``, ``69 83``... see :func:`eidcompanion.card.pin.raise_for_pin_status`)."""
    error = _PIN_PAD_ANSWERS.get(sw)
    if error is not None:
        raise error(f"PIN pad status {sw:04X}")
    raise_for_pin_status(sw)


def _run(connection: Connection, code: int, structure: bytes, operation: str) -> None:
    logger.debug(
        "%s: %s on the PIN pad (control %#010x, %d-byte structure)",
        connection.reader_name,
        operation,
        code,
        len(structure),
    )
    sw = _status_word(connection.control(code, structure), operation)
    logger.debug("%s: %s on the PIN pad answered %04X", connection.reader_name, operation, sw)
    raise_for_pin_pad_status(sw)


def verify_on_pin_pad(connection: Connection, pin_pad: PinPad, language: str) -> None:
    """VERIFY the cardholder PIN typed on the reader. Returns when the card accepted it.

    Raises :class:`PinPadTimeoutError`, :class:`PinPadCancelledError`, :class:`PinPadLengthError`
    (no try spent), :class:`~eidcompanion.card.pin.WrongPinError`,
    :class:`~eidcompanion.card.pin.PinBlockedError`, or :class:`PinPadReaderError`.
    """
    _run(connection, pin_pad.verify_code, verify_pin_structure(language), "VERIFY")


def change_on_pin_pad(connection: Connection, pin_pad: PinPad, language: str) -> None:
    """CHANGE REFERENCE DATA: current PIN, new PIN and its confirmation, all typed on the reader.

    Raises as :func:`verify_on_pin_pad`, and :class:`PinPadMismatchError` when the confirmation
    differs; :class:`PinPadReaderError` when the reader announced no MODIFY_PIN_DIRECT.
    """
    if pin_pad.modify_code is None:
        raise PinPadReaderError(f"{pin_pad.reader_name} does not announce MODIFY_PIN_DIRECT")
    _run(connection, pin_pad.modify_code, modify_pin_structure(language), "CHANGE REFERENCE DATA")
