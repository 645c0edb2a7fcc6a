"""How the citizen gives a PIN for one card operation: typed on the computer, or on the reader.

A typed PIN is never logged, stored, or sent anywhere but the card; its ``repr`` hides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from eidcompanion.card.pinpad import PinPad


class KeyRole(IntEnum):
    """The private keys a citizen signs with, by their reference on the card."""

    AUTHENTICATION = 0x82
    NON_REPUDIATION = 0x83


@dataclass(frozen=True)
class TypedPin:
    """A PIN the citizen typed on the computer."""

    pin: str

    def __repr__(self) -> str:
        return "TypedPin(****)"


@dataclass(frozen=True)
class PinPadEntry:
    """The PIN is typed on the reader's own keypad; the computer never sees it."""

    pin_pad: PinPad
    language: str = "en"


PinEntry = TypedPin | PinPadEntry


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
