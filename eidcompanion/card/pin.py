"""The cardholder PIN: ISO 9564 format 2 blocks and the typed outcomes of VERIFY and CHANGE."""

from __future__ import annotations

from dataclasses import dataclass

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.transport.apdu import StatusWord
from eidcompanion.transport.errors import ApduError

PIN_REFERENCE = 0x01
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
MAX_TRIES = 3


class PinFormatError(EidError):
    code = ErrorCode.PIN_FORMAT


class WrongPinError(EidError):
    code = ErrorCode.WRONG_PIN

    def __init__(self, tries_left: int, detail: str = "") -> None:
        self.tries_left = tries_left
        super().__init__(detail, tries_left=tries_left)


class PinBlockedError(EidError):
    code = ErrorCode.PIN_BLOCKED


@dataclass(frozen=True, slots=True)
class PinStatus:
    """What the card says about its PIN without spending a try."""

    tries_left: int | None
    """None when the card cannot tell without risk (applet 1.1)."""
    blocked: bool
    verified: bool = False


def validate_pin(pin: str) -> str:
    if not (MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH) or not pin.isascii() or not pin.isdigit():
        raise PinFormatError(f"{len(pin)} characters")
    return pin


def pin_block(pin: str) -> bytes:
    """ISO 9564 format 2: ``2L`` then BCD digits padded with ``F`` to 8 bytes ("1234" -> 24 12 34 FF..)."""
    validate_pin(pin)
    nibbles = f"2{len(pin):X}{pin}".ljust(16, "F")
    return bytes.fromhex(nibbles)


def parse_pin_block(block: bytes) -> str | None:
    """The PIN in a format 2 block, or None when the block is malformed (used by the simulator)."""
    if len(block) != 8:
        return None
    nibbles = block.hex().upper()
    if nibbles[0] != "2":
        return None
    length = int(nibbles[1], 16)
    if not MIN_PIN_LENGTH <= length <= MAX_PIN_LENGTH:
        return None
    digits, padding = nibbles[2 : 2 + length], nibbles[2 + length :]
    if not digits.isdigit() or set(padding) - {"F"}:
        return None
    return digits


def raise_for_pin_status(sw: int) -> None:
    """Map the answer to VERIFY or CHANGE REFERENCE DATA to its typed outcome."""
    if sw == StatusWord.OK:
        return
    if sw >> 4 == 0x63C:
        tries = sw & 0x0F
        if tries == 0:
            raise PinBlockedError(f"status {sw:04X}")
        raise WrongPinError(tries, f"status {sw:04X}")
    if sw == StatusWord.AUTHENTICATION_METHOD_BLOCKED:
        raise PinBlockedError(f"status {sw:04X}")
    if sw == StatusWord.INCORRECT_DATA:
        raise PinFormatError(f"the card refused the PIN block (status {sw:04X})")
    raise ApduError(sw, "PIN command")


def status_from_empty_verify(sw: int) -> PinStatus:
    """Interpret the answer to an empty VERIFY (``00 20 00 01``) on applet 1.7 and 1.8."""
    if sw == StatusWord.OK:  # verified in this session: a successful VERIFY reset the counter
        return PinStatus(MAX_TRIES, blocked=False, verified=True)
    if sw >> 4 == 0x63C:
        tries = sw & 0x0F
        return PinStatus(tries, blocked=tries == 0)
    if sw == StatusWord.AUTHENTICATION_METHOD_BLOCKED:
        return PinStatus(0, blocked=True)
    raise ApduError(sw, "empty VERIFY")
