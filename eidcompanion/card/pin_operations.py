"""Verify and change the PIN: one guarded card operation each, for every face (CLI, GUI, bridge).

Each holds the card from the tries check to LOG OFF: the PIN format is checked before anything is
sent, the tries are read again while the card is held, a blocked card is never sent the PIN, the
PIN is sent once (never retried), and LOG OFF clears the access rights whatever the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.pin import (
    PIN_REFERENCE,
    PinBlockedError,
    pin_block,
    raise_for_pin_status,
    validate_pin,
)
from eidcompanion.card.pinpad import PinPad, change_on_pin_pad
from eidcompanion.card.signing import PinEntry, check_before_verify, logging_off, send_verify
from eidcompanion.transport.apdu import command


@dataclass(frozen=True)
class TypedPinChange:
    """The current and the new PIN, typed on the computer."""

    current: str
    new: str

    def __repr__(self) -> str:
        return "TypedPinChange(****)"


@dataclass(frozen=True)
class PinPadChange:
    """Current PIN, new PIN and its confirmation, all typed on the reader's keypad."""

    pin_pad: PinPad
    language: str = "en"


PinChange = TypedPinChange | PinPadChange


def verify_pin(card: BelpicCard, entry: PinEntry) -> None:
    """One VERIFY; raises WrongPinError (tries left), PinBlockedError, PinFormatError or a PIN pad error."""
    with card.transaction():
        check_before_verify(card, entry)
        with logging_off(card):  # no other program may inherit the verified PIN
            send_verify(card, entry)


def change_pin(card: BelpicCard, change: PinChange) -> None:
    """One CHANGE REFERENCE DATA, with the same outcomes and guarantees as :func:`verify_pin`."""
    if isinstance(change, TypedPinChange):
        validate_pin(change.current)
        validate_pin(change.new)
    with card.transaction():
        if card.pin_status().blocked:
            raise PinBlockedError("the card reports the PIN as blocked; no CHANGE was sent")
        with logging_off(card):
            if isinstance(change, PinPadChange):
                change_on_pin_pad(card.connection, change.pin_pad, change.language)
                return
            blocks = pin_block(change.current) + pin_block(change.new)
            response = card.connection.transmit(command(0x00, 0x24, 0x00, PIN_REFERENCE, blocks))
            raise_for_pin_status(response.sw)
