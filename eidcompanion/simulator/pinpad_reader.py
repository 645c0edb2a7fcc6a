"""A PIN pad reader double: a card reader with a keypad, in this process, for tests and demos.

:class:`PinPadReader` is a :class:`~eidcompanion.transport.connection.Connection` to a simulated card
that also answers PC/SC part 10 control codes the way a CCID PIN pad reader behind pcsc-lite does:

* ``CM_IOCTL_GET_FEATURE_REQUEST`` announces VERIFY_PIN_DIRECT (``0x42330006``) and
  MODIFY_PIN_DIRECT (``0x42330007``), the codes the ccid driver uses, big endian in the TLVs.
* A PIN_VERIFY_STRUCTURE or PIN_MODIFY_STRUCTURE is parsed field by field. A structure a reader
  cannot carry out (wrong size, ``ulDataLength`` not matching, a PIN that does not fit its block...)
  and, in the default ``strict`` mode, any field that differs from what a Belgian eID card needs
  (belpic.md "PIN pad readers") is refused the way PC/SC part 10 §2.5 says a reader refuses an
  invalid structure: the answer ``6B 80``, without touching the keypad or the card. The reason is
  kept in :attr:`PinPadReader.rejections`.
* The "citizen" types on a scripted keypad: each entry is a string of digits, or
  :data:`KEYPAD_TIMEOUT` (answer ``64 00``) or :data:`KEYPAD_CANCEL` (``64 01``). An entry shorter
  than the minimum or longer than the maximum of wPINMaxExtraDigit answers ``64 03``; a
  confirmation that differs from the new PIN answers ``64 02``. None of these reach the card.
* Otherwise the reader writes the PIN into the APDU template as bmFormatString, bmPINBlockString
  and bmPINLengthFormat say (USB CCID 1.1 §6.1.11), sends it to the card and answers the card's
  status word.

The double records what the host sent (:attr:`PinPadReader.structures`, which never hold a PIN) and
what it sent to the card (:attr:`PinPadReader.card_apdus`, which hold PIN blocks, as on a real
reader's card side). Its ``repr`` never shows what was typed.
"""

from __future__ import annotations

import struct
from collections import deque
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum

from eidcompanion.card.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from eidcompanion.card.pinpad import (
    CM_IOCTL_GET_FEATURE_REQUEST,
    CONFIRM_PIN,
    ENTRY_VALIDATION_CONDITION,
    FEATURE_MODIFY_PIN_DIRECT,
    FEATURE_VERIFY_PIN_DIRECT,
    FORMAT_STRING,
    LANGUAGE_IDS,
    MODIFY_TEMPLATE,
    PIN_BLOCK_SIZE,
    PIN_BLOCK_STRING,
    PIN_LENGTH_FORMAT,
    PIN_MAX_EXTRA_DIGIT,
    VERIFY_TEMPLATE,
)
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.transport.apdu import ParsedCommand, Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import TransportError

PINPAD_READER_NAME = "eidcompanion virtual PIN pad reader (simulated card) 00 00"
LYING_READER_NAME = "HID Global OMNIKEY 3x21 Smart Card Reader [OMNIKEY 3x21 Smart Card Reader] 00 00"
"""A model that announces VERIFY_PIN_DIRECT without having a keypad (belpic.md)."""

VERIFY_PIN_DIRECT_CODE = 0x42330006
MODIFY_PIN_DIRECT_CODE = 0x42330007
"""pcsc-lite's ccid driver announces ``SCARD_CTL_CODE(3500 + feature)`` = 0x42330000 + feature."""

TIMEOUT = b"\x64\x00"
CANCELLED = b"\x64\x01"
MISMATCH = b"\x64\x02"
LENGTH_OUT_OF_RANGE = b"\x64\x03"
INVALID_STRUCTURE = b"\x6b\x80"

_VERIFY_HEADER = struct.Struct("<BBBBBHBBHB3sI")
_MODIFY_HEADER = struct.Struct("<BBBBBBBHBBBHBBB3sI")


class KeypadSignal(Enum):
    """What the citizen does on the keypad other than typing a PIN and pressing OK."""

    TIMEOUT = "timeout"
    """Nobody types (or presses OK) before bTimerOut: the reader answers ``64 00``."""
    CANCEL = "cancel"
    """The citizen presses the cancel key: the reader answers ``64 01``."""


KEYPAD_TIMEOUT = KeypadSignal.TIMEOUT
KEYPAD_CANCEL = KeypadSignal.CANCEL

KeypadEntry = str | KeypadSignal


class KeypadExhaustedError(RuntimeError):
    """The test asked the reader for a PIN but scripted nothing more on the keypad."""


class _Typed:
    """Digits typed on the keypad; never shown by ``repr``."""

    __slots__ = ("digits",)

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return "<PIN typed on the keypad>"


@dataclass(frozen=True)
class PinFormat:
    """How a reader writes a typed PIN into a PIN block (USB CCID 1.1 §6.1.11, PC/SC part 10 §2.5)."""

    format_string: int
    block_string: int
    length_format: int

    @property
    def unit_bits(self) -> int:
        return 8 if self.format_string & 0x80 else 1

    @property
    def pin_position_bits(self) -> int:
        return ((self.format_string >> 3) & 0x0F) * self.unit_bits

    @property
    def right_justified(self) -> bool:
        return bool(self.format_string & 0x04)

    @property
    def pin_type(self) -> int:
        """0 binary, 1 BCD, 2 ASCII, 3 reserved."""
        return self.format_string & 0x03

    @property
    def length_size_bits(self) -> int:
        return self.block_string >> 4

    @property
    def block_bytes(self) -> int:
        """Bytes from the PIN position that receive the justified, formatted PIN."""
        return self.block_string & 0x0F

    @property
    def length_position_bits(self) -> int:
        return (self.length_format & 0x0F) * (8 if self.length_format & 0x10 else 1)

    def problem(self, max_digits: int) -> str | None:
        """Why a reader cannot use this format, or None."""
        if self.format_string & 0x03 == 0x03:
            return "bmFormatString: PIN type 11 is reserved"
        if self.length_format & 0xE0:
            return "bmPINLengthFormat: bits 7-5 are reserved"
        if self.pin_type == 0:
            return "bmFormatString: binary PIN entry is not supported by this reader"
        if self.pin_position_bits % 4:
            return "bmFormatString: the PIN does not start on a nibble"
        if self.length_size_bits and self.length_position_bits % 4:
            return "bmPINLengthFormat: the length does not start on a nibble"
        if self.length_size_bits not in (0, 4, 8):
            return "bmPINBlockString: this reader writes the PIN length in 0, 4 or 8 bits"
        if max_digits * self.digit_bits > self.block_bytes * 8:
            return "bmPINBlockString: the PIN block cannot hold the maximum number of digits"
        return None

    @property
    def digit_bits(self) -> int:
        return 4 if self.pin_type == 1 else 8

    def apply(self, block: bytearray, offset: int, digits: str) -> None:
        """Write ``digits`` and their count into ``block`` (the APDU data field) at byte ``offset``.

        Nibbles the PIN does not cover keep the template's value (``F`` for the Belgian block).
        """
        nibbles = [int(digit) for digit in digits] if self.pin_type == 1 else []
        if self.pin_type == 2:
            for character in digits.encode("ascii"):
                nibbles += [character >> 4, character & 0x0F]
        start = offset * 2 + self.pin_position_bits // 4
        if self.right_justified:
            start += self.block_bytes * 2 - len(nibbles)
        for index, nibble in enumerate(nibbles):
            _set_nibble(block, start + index, nibble)
        if self.length_size_bits:
            position = offset * 2 + self.length_position_bits // 4
            count = len(digits)
            for index in range(self.length_size_bits // 4):
                shift = 4 * (self.length_size_bits // 4 - 1 - index)
                _set_nibble(block, position + index, (count >> shift) & 0x0F)


def _set_nibble(block: bytearray, index: int, value: int) -> None:
    byte, high = divmod(index, 2)
    if high == 0:
        block[byte] = (block[byte] & 0x0F) | (value << 4)
    else:
        block[byte] = (block[byte] & 0xF0) | value


@dataclass(frozen=True)
class PinRequest:
    """A parsed structure: what the reader must ask for and where the PINs go."""

    timeouts: tuple[int, int]
    pin_format: PinFormat
    min_digits: int
    max_digits: int
    entry_validation: int
    messages: int
    language_id: int
    message_indexes: tuple[int, ...]
    prologue: bytes
    apdu: bytes
    current_offset: int | None
    """Byte offset of the current PIN's block in the data field; None when it is not asked."""
    new_offset: int | None
    """Byte offset of the new PIN's block; None for a verification."""
    confirm: bool


class PinPadReader(Connection):
    """A CCID PIN pad reader holding a simulated Belgian eID card (see the module documentation).

    ``card`` is a :class:`BelpicApplet` or any connection to one (e.g. a ``SimulatedConnection``).
    ``keypad`` scripts what the citizen types; :meth:`type` adds more. ``lying=True`` makes a reader
    that announces both features under a deny-listed model name and has no keypad: a PIN request
    then fails like the real one (a PC/SC error, here a :class:`TransportError`). ``strict=False``
    accepts any structure a reader can carry out, even one a Belgian card cannot use.
    """

    def __init__(
        self,
        card: BelpicApplet | Connection,
        *,
        keypad: Iterable[KeypadEntry] = (),
        reader_name: str | None = None,
        lying: bool = False,
        modify: bool = True,
        strict: bool = True,
        feature_answer: bytes | None = None,
    ) -> None:
        self._card: Connection = card if isinstance(card, Connection) else SimulatedConnection(card)
        self._reader_name = reader_name or (LYING_READER_NAME if lying else PINPAD_READER_NAME)
        self.lying = lying
        self.strict = strict
        self._keypad: deque[_Typed | KeypadSignal] = deque()
        self._codes = {FEATURE_VERIFY_PIN_DIRECT: VERIFY_PIN_DIRECT_CODE}
        if modify:
            self._codes[FEATURE_MODIFY_PIN_DIRECT] = MODIFY_PIN_DIRECT_CODE
        self._feature_answer = feature_answer
        self.control_calls: list[tuple[int, bytes]] = []
        """Every control code and its data as the host sent them (no PIN: it is typed on the reader)."""
        self.structures: list[bytes] = []
        """The PIN structures the host sent, accepted or not."""
        self.requests: list[PinRequest] = []
        """The structures the reader accepted, parsed."""
        self.rejections: list[str] = []
        """Why each refused structure was refused (answer ``6B 80``)."""
        self.card_apdus: list[bytes] = []
        """The commands the reader built and sent to the card. They hold PIN blocks."""
        self.type(*keypad)

    # -- the keypad ---------------------------------------------------------------------------------

    def type(self, *entries: KeypadEntry) -> None:
        """Script what the citizen will type: PINs (digits only, any length) or a keypad signal."""
        for entry in entries:
            if isinstance(entry, KeypadSignal):
                self._keypad.append(entry)
            elif isinstance(entry, str) and entry.isascii() and entry.isdigit():
                self._keypad.append(_Typed(entry))
            else:
                raise ValueError("a keypad entry is a string of digits, KEYPAD_TIMEOUT or KEYPAD_CANCEL")

    @property
    def keys_waiting(self) -> int:
        """How many scripted entries the citizen has not typed yet."""
        return len(self._keypad)

    def _next_entry(self) -> _Typed | KeypadSignal:
        if not self._keypad:
            raise KeypadExhaustedError("the reader asks for a PIN but the test scripted no more entries")
        return self._keypad.popleft()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reader_name={self._reader_name!r}, keys_waiting={self.keys_waiting})"

    # -- Connection -----------------------------------------------------------------------------

    @property
    def reader_name(self) -> str:
        return self._reader_name

    @property
    def atr(self) -> bytes:
        return self._card.atr

    @property
    def simulated(self) -> bool:
        return True

    def transmit(self, apdu: bytes) -> Response:
        return self._send_to_card(apdu)

    def transaction(self) -> AbstractContextManager[None]:
        return self._card.transaction()

    def close(self) -> None:
        self._card.close()

    def _send_to_card(self, apdu: bytes) -> Response:
        return self._card.transmit(apdu)

    def control(self, code: int, data: bytes = b"") -> bytes:
        self.control_calls.append((code, bytes(data)))
        if code == CM_IOCTL_GET_FEATURE_REQUEST:
            if self._feature_answer is not None:
                return self._feature_answer
            return b"".join(
                bytes((tag, 4)) + control.to_bytes(4, "big") for tag, control in self._codes.items()
            )
        if code == self._codes.get(FEATURE_VERIFY_PIN_DIRECT):
            return self._pin_operation(data, modify=False)
        if code == self._codes.get(FEATURE_MODIFY_PIN_DIRECT):
            return self._pin_operation(data, modify=True)
        raise TransportError(f"{self._reader_name}: control code {code:#010x} is not supported")

    # -- PIN operations ---------------------------------------------------------------------------

    def _pin_operation(self, structure: bytes, *, modify: bool) -> bytes:
        self.structures.append(bytes(structure))
        if self.lying:
            raise TransportError(f"{self._reader_name} has no keypad (SCARD_E_NOT_TRANSACTED)")
        try:
            request = _parse_modify(structure) if modify else _parse_verify(structure)
            problem = _reader_problem(request) or (_belgian_problem(request) if self.strict else None)
        except ValueError as error:
            problem = str(error)
        if problem is not None:
            self.rejections.append(problem)
            return INVALID_STRUCTURE
        self.requests.append(request)
        return self._collect_and_send(request)

    def _collect_and_send(self, request: PinRequest) -> bytes:
        """Ask for the PINs (current, new, confirmation as the request says), then send the command."""
        wanted = [offset for offset in (request.current_offset, request.new_offset) if offset is not None]
        typed: list[str] = []
        for _prompt in range(len(wanted) + int(request.confirm)):
            entry = self._next_entry()
            if entry is KeypadSignal.TIMEOUT:
                return TIMEOUT
            if entry is KeypadSignal.CANCEL:
                return CANCELLED
            assert isinstance(entry, _Typed)
            if not request.min_digits <= len(entry.digits) <= request.max_digits:
                return LENGTH_OUT_OF_RANGE
            typed.append(entry.digits)
        if request.confirm and typed[-1] != typed[-2]:
            return MISMATCH
        header, data = request.apdu[:5], bytearray(request.apdu[5:])
        for offset, digits in zip(wanted, typed, strict=False):
            request.pin_format.apply(data, offset, digits)
        apdu = header + bytes(data)
        self.card_apdus.append(apdu)
        return self._send_to_card(apdu).to_bytes()


# -- parsing (module level so that tests can check each rule) ------------------------------------


def _parse_verify(structure: bytes) -> PinRequest:
    if len(structure) < _VERIFY_HEADER.size:
        raise ValueError(f"PIN_VERIFY_STRUCTURE: {len(structure)} bytes, shorter than its header")
    (
        timeout,
        timeout2,
        format_string,
        block_string,
        length_format,
        max_extra_digit,
        validation,
        messages,
        language,
        message_index,
        prologue,
        data_length,
    ) = _VERIFY_HEADER.unpack_from(structure)
    apdu = _apdu(structure, _VERIFY_HEADER.size, data_length)
    return PinRequest(
        timeouts=(timeout, timeout2),
        pin_format=PinFormat(format_string, block_string, length_format),
        min_digits=max_extra_digit >> 8,
        max_digits=max_extra_digit & 0xFF,
        entry_validation=validation,
        messages=messages,
        language_id=language,
        message_indexes=(message_index,),
        prologue=prologue,
        apdu=apdu,
        current_offset=0,
        new_offset=None,
        confirm=False,
    )


def _parse_modify(structure: bytes) -> PinRequest:
    if len(structure) < _MODIFY_HEADER.size:
        raise ValueError(f"PIN_MODIFY_STRUCTURE: {len(structure)} bytes, shorter than its header")
    (
        timeout,
        timeout2,
        format_string,
        block_string,
        length_format,
        offset_old,
        offset_new,
        max_extra_digit,
        confirm_pin,
        validation,
        messages,
        language,
        index1,
        index2,
        index3,
        prologue,
        data_length,
    ) = _MODIFY_HEADER.unpack_from(structure)
    if confirm_pin & 0xFC:
        raise ValueError("bConfirmPIN: bits 7-2 are reserved")
    apdu = _apdu(structure, _MODIFY_HEADER.size, data_length)
    return PinRequest(
        timeouts=(timeout, timeout2),
        pin_format=PinFormat(format_string, block_string, length_format),
        min_digits=max_extra_digit >> 8,
        max_digits=max_extra_digit & 0xFF,
        entry_validation=validation,
        messages=messages,
        language_id=language,
        message_indexes=(index1, index2, index3),
        prologue=prologue,
        apdu=apdu,
        current_offset=offset_old if confirm_pin & 0x02 else None,
        new_offset=offset_new,
        confirm=bool(confirm_pin & 0x01),
    )


def _apdu(structure: bytes, header_size: int, data_length: int) -> bytes:
    apdu = structure[header_size:]
    if data_length != len(apdu):
        raise ValueError(f"ulDataLength is {data_length} but {len(apdu)} bytes follow the header")
    try:
        command = ParsedCommand.parse(apdu)
    except ValueError as error:
        raise ValueError(f"abData is not a command APDU: {error}") from None
    if command.le is not None or not command.data:
        raise ValueError("abData: the PIN command must carry a data field and no Le")
    return apdu


def _reader_problem(request: PinRequest) -> str | None:
    """What any CCID reader refuses: inconsistent sizes and positions."""
    if not 0 < request.min_digits <= request.max_digits:
        return "wPINMaxExtraDigit: the minimum must be 1 or more and not above the maximum"
    if request.entry_validation & 0x07 == 0 or request.entry_validation & 0xF8:
        return "bEntryValidationCondition: no (or a reserved) way to end the entry"
    if request.messages > 3:
        return "bNumberMessage: at most 3 messages"
    problem = request.pin_format.problem(request.max_digits)
    if problem is not None:
        return problem
    data_size = len(request.apdu) - 5
    fmt = request.pin_format
    for offset in (request.current_offset, request.new_offset):
        if offset is None:
            continue
        pin_end = offset * 8 + fmt.pin_position_bits + fmt.block_bytes * 8
        length_end = offset * 8 + fmt.length_position_bits + fmt.length_size_bits
        if max(pin_end, length_end) > data_size * 8:
            return "the PIN block does not fit in the data field of the command"
    return None


def _belgian_problem(request: PinRequest) -> str | None:
    """What a Belgian eID card needs (belpic.md, RM18 §3.2 and §6.9-6.10), field by field."""
    modify = request.new_offset is not None
    expected_apdu = MODIFY_TEMPLATE if modify else VERIFY_TEMPLATE
    checks: list[tuple[bool, str]] = [
        (request.pin_format.format_string == FORMAT_STRING, "bmFormatString must be 0x89"),
        (request.pin_format.block_string == PIN_BLOCK_STRING, "bmPINBlockString must be 0x47"),
        (request.pin_format.length_format == PIN_LENGTH_FORMAT, "bmPINLengthFormat must be 0x04"),
        (
            (request.min_digits << 8 | request.max_digits) == PIN_MAX_EXTRA_DIGIT,
            f"wPINMaxExtraDigit must be {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits (0x040C)",
        ),
        (request.entry_validation == ENTRY_VALIDATION_CONDITION, "bEntryValidationCondition must be 0x02"),
        (request.language_id in LANGUAGE_IDS.values(), f"wLangId {request.language_id:#06x} is unknown"),
        (request.prologue == bytes(3), "bTeoPrologue must be 00 00 00 (T=0 card)"),
        (request.apdu == expected_apdu, f"abData must be {expected_apdu.hex(' ').upper()}"),
    ]
    if modify:
        checks += [
            (request.current_offset == 0, "bInsertionOffsetOld must be 0 with bConfirmPIN 0x03"),
            (request.new_offset == PIN_BLOCK_SIZE, f"bInsertionOffsetNew must be {PIN_BLOCK_SIZE}"),
            (
                request.confirm and request.current_offset is not None,
                f"bConfirmPIN must be {CONFIRM_PIN:#04x}",
            ),
            (request.messages == 3, "bNumberMessage must be 3 (current, new, confirmation)"),
            (request.message_indexes == (0, 1, 2), "bMsgIndex1..3 must be 00 01 02"),
        ]
    else:
        checks += [
            (request.messages == 1, "bNumberMessage must be 1"),
            (request.message_indexes == (0,), "bMsgIndex must be 0"),
        ]
    return next((reason for passed, reason in checks if not passed), None)
