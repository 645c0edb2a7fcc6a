"""Reading PINs: from the terminal with echo off, or one line per PIN from standard input.

A PIN read here goes into a local variable, to the card, and nowhere else: it is never logged,
printed, stored or kept after the command.
"""

from __future__ import annotations

import getpass
import sys
import warnings

from eidcompanion.card.pin import PinStatus
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Catalog, Message, translatable

_P = "pin"

PROMPT = translatable(_P, "PIN (tries left: {tries}): ")
PROMPT_UNKNOWN_TRIES = translatable(_P, "PIN: ")
PROMPT_CURRENT = translatable(_P, "Current PIN (tries left: {tries}): ")
PROMPT_NEW = translatable(_P, "New PIN (4 to 12 digits): ")
PROMPT_NEW_AGAIN = translatable(_P, "New PIN again: ")
TRIES_LEFT = translatable(_P, "PIN tries left: {tries}.")


MAX_PIN_LINE = 256
"""A PIN line is short; a longer line is cut there (and refused as a PIN)."""


class NoPinGivenError(EidError):
    code = ErrorCode.NO_PIN_GIVEN


class NoTerminalError(EidError):
    code = ErrorCode.NO_TERMINAL


class PinsDifferError(EidError):
    code = ErrorCode.PINS_DIFFER


class PinInput:
    def __init__(self, catalog: Catalog, *, from_stdin: bool) -> None:
        self._catalog = catalog
        self._from_stdin = from_stdin

    def prompt_for(self, status: PinStatus, current: bool = False) -> Message:
        if status.tries_left is None:
            return PROMPT_UNKNOWN_TRIES
        return PROMPT_CURRENT if current else PROMPT

    def read(self, prompt: Message, status: PinStatus | None = None) -> str:
        tries = status.tries_left if status is not None else None
        text = prompt.render(self._catalog, tries=tries)
        if self._from_stdin:
            if tries is not None:
                print(TRIES_LEFT.render(self._catalog, tries=tries), file=sys.stderr)
            raw = sys.stdin.buffer.readline(MAX_PIN_LINE)  # bytes: the locale's encoding does not matter
            if not raw:
                raise NoPinGivenError("standard input ended")
            # a PIN is ASCII digits: anything else (any encoding) is refused as a PIN format error
            return raw.rstrip(b"\r\n").decode("ascii", "replace")
        try:
            with warnings.catch_warnings():
                # without a terminal, getpass would read the PIN with echo on: refuse instead
                warnings.simplefilter("error", getpass.GetPassWarning)
                pin = getpass.getpass(text)
        except getpass.GetPassWarning as exc:
            raise NoTerminalError("no controlling terminal; getpass would echo") from exc
        except EOFError as exc:
            raise NoPinGivenError("the terminal closed") from exc
        if not pin:
            raise NoPinGivenError("an empty PIN")
        return pin

    def read_new(self) -> str:
        new = self.read(PROMPT_NEW)
        if not self._from_stdin and self.read(PROMPT_NEW_AGAIN) != new:
            raise PinsDifferError()
        return new
