"""Signatures with the card's keys: MSE SET, VERIFY, PSO, then LOG OFF, in one PC/SC transaction.

The order MSE SET -> VERIFY -> PSO is what works on this card (belpic.md); the non-repudiation key
needs the PIN verified at most one command before the PSO, so nothing is sent in between. The whole
sequence holds the card, so that no other program can interleave commands or find the PIN verified,
and LOG OFF clears the access rights as soon as the signature is out (or the VERIFY failed).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import IntEnum

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.pin import (
    PIN_REFERENCE,
    PinBlockedError,
    pin_block,
    raise_for_pin_status,
    validate_pin,
)
from eidcompanion.card.pinpad import PinPad, verify_on_pin_pad
from eidcompanion.errors import EidError
from eidcompanion.transport.apdu import command
from eidcompanion.transport.errors import ApduError


class KeyRole(IntEnum):
    """The private keys a citizen signs with, by their reference on the card."""

    AUTHENTICATION = 0x82
    NON_REPUDIATION = 0x83


@dataclass(frozen=True)
class TypedPin:
    """A PIN the citizen typed on the computer. Never logged, stored, or sent anywhere but the card."""

    pin: str

    def __repr__(self) -> str:
        return "TypedPin(****)"


@dataclass(frozen=True)
class PinPadEntry:
    """The PIN is typed on the reader's own keypad; the computer never sees it."""

    pin_pad: PinPad
    language: str = "en"


PinEntry = TypedPin | PinPadEntry


def check_before_verify(card: BelpicCard, entry: PinEntry) -> None:
    """Refuse a malformed PIN before anything is sent, and never send a VERIFY to a blocked card.

    Called inside the transaction that will send the VERIFY: the tries are read again there, since
    another program may have used the card while the citizen was typing.
    """
    if isinstance(entry, TypedPin):
        validate_pin(entry.pin)
    if card.pin_status().blocked:
        raise PinBlockedError("the card reports the PIN as blocked; no VERIFY was sent")


@contextmanager
def logging_off(card: BelpicCard) -> Iterator[None]:
    """LOG OFF when the block ends. If the block failed, its error is the one that matters (a wrong
    PIN and its tries left): a LOG OFF that fails too, on a card already gone, does not hide it."""
    try:
        yield
    except BaseException:
        with suppress(EidError):
            card.log_off()
        raise
    card.log_off()


def send_verify(card: BelpicCard, entry: PinEntry) -> None:
    """One VERIFY (or VERIFY_PIN_DIRECT on a PIN pad); typed outcome, never retried."""
    if isinstance(entry, TypedPin):
        response = card.connection.transmit(command(0x00, 0x20, 0x00, PIN_REFERENCE, pin_block(entry.pin)))
        raise_for_pin_status(response.sw)
    else:
        verify_on_pin_pad(card.connection, entry.pin_pad, entry.language)


def sign_digest(
    card: BelpicCard, role: KeyRole, algorithm_reference: int, data: bytes, entry: PinEntry
) -> bytes:
    """Sign ``data`` (a digest, or a DigestInfo for RSA algorithm 01) with the key of ``role``.

    Raises WrongPinError (tries left), PinBlockedError, PinFormatError or a PIN pad error; the PIN
    is checked for format first, and a blocked card is never sent a VERIFY.
    """
    with card.transaction():
        check_before_verify(card, entry)
        template = bytes((0x04, 0x80, algorithm_reference, 0x84, int(role)))
        response = card.connection.transmit(command(0x00, 0x22, 0x41, 0xB6, template))
        if not response.ok:
            raise ApduError(response.sw, "MSE SET")
        with logging_off(card):
            send_verify(card, entry)
            response = card.connection.transmit(command(0x00, 0x2A, 0x9E, 0x9A, data))  # 61xx follows
            if not response.ok:
                raise ApduError(response.sw, "PSO: COMPUTE DIGITAL SIGNATURE")
            return response.data
