"""``eidcompanion pin status | verify | change``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.pin import PinBlockedError, PinStatus, validate_pin
from eidcompanion.card.pin_entry import (
    PinChange,
    PinEntry,
    PinPadChange,
    PinPadEntry,
    TypedPin,
    TypedPinChange,
)
from eidcompanion.card.pinpad import PinPad
from eidcompanion.cli.card_access import open_connection
from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.cli.pin_input import TRIES_LEFT, PinInput
from eidcompanion.i18n import Catalog, Message, translatable

_P = "pin"

STATUS_BLOCKED = translatable(
    _P,
    "The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.",
)
STATUS_UNKNOWN = translatable(
    _P, "This card (applet 1.1) cannot tell the tries left without using one, so they are not shown."
)
PIN_CORRECT = translatable(_P, "The PIN is correct.")
PIN_CHANGED = translatable(_P, "The PIN is changed. Use the new PIN from now on.")
TYPE_ON_READER = translatable(_P, "Type your PIN on the card reader's keypad (tries left: {tries}).")
TYPE_ON_READER_UNKNOWN_TRIES = translatable(_P, "Type your PIN on the card reader's keypad.")
TYPE_ON_READER_CHANGE = translatable(
    _P, "On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries})."
)
TYPE_ON_READER_CHANGE_UNKNOWN_TRIES = translatable(
    _P, "On the card reader's keypad, type your current PIN, then the new PIN twice."
)

PIN_PAD_SETTING = "EIDCOMPANION_PIN_PAD"


@contextmanager
def card_with_pin(options: argparse.Namespace, catalog: Catalog) -> Iterator[tuple[BelpicCard, PinStatus]]:
    """The card and its PIN status, read before anything is asked; a blocked card stops here."""
    connection, _notice = open_connection(options.reader, options.virtual, False, catalog)
    with connection:
        card = BelpicCard(connection)
        status = card.pin_status()
        if status.blocked:
            raise PinBlockedError("the card reports the PIN as blocked; nothing was sent")
        yield card, status


def find_usable_pin_pad(card: BelpicCard, options: argparse.Namespace) -> PinPad | None:
    """The reader's keypad, unless turned off (flag, setting, scripted PINs) or not trusted."""
    if options.no_pin_pad or options.pin_stdin or os.environ.get(PIN_PAD_SETTING) == "off":
        return None
    return card.pin_pad()


def _tries_text(known: Message, unknown: Message, status: PinStatus, catalog: Catalog) -> str:
    return (
        known.render(catalog, tries=status.tries_left)
        if status.tries_left is not None
        else unknown.render(catalog)
    )


def pin_entry(card: BelpicCard, options: argparse.Namespace, catalog: Catalog, status: PinStatus) -> PinEntry:
    """The reader's keypad when it has a usable one, otherwise a PIN typed on the computer."""
    pad = find_usable_pin_pad(card, options)
    if pad is not None:
        print(
            _tries_text(TYPE_ON_READER, TYPE_ON_READER_UNKNOWN_TRIES, status, catalog),
            file=sys.stderr,
            flush=True,
        )
        return PinPadEntry(pad, catalog.language)
    pin_input = PinInput(catalog, from_stdin=options.pin_stdin)
    return TypedPin(pin_input.read(pin_input.prompt_for(status), status))


def status(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    connection, _notice = open_connection(options.reader, options.virtual, False, catalog)
    with connection:
        result = BelpicCard(connection).pin_status()
    if options.json:
        print(json.dumps({"tries_left": result.tries_left, "blocked": result.blocked}))
    elif result.blocked:
        print(STATUS_BLOCKED.render(catalog))
    else:
        print(_tries_text(TRIES_LEFT, STATUS_UNKNOWN, result, catalog))
    return ExitCode.OK


def verify(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    with card_with_pin(options, catalog) as (card, current):
        entry = pin_entry(card, options, catalog, current)  # asked before the card is held
        card.verify_pin(entry)
    print(PIN_CORRECT.render(catalog))
    return ExitCode.OK


def _pin_change(
    card: BelpicCard, options: argparse.Namespace, catalog: Catalog, current: PinStatus
) -> PinChange:
    pad = find_usable_pin_pad(card, options)
    if pad is not None and pad.modify_code is not None:
        text = _tries_text(TYPE_ON_READER_CHANGE, TYPE_ON_READER_CHANGE_UNKNOWN_TRIES, current, catalog)
        print(text, file=sys.stderr, flush=True)
        return PinPadChange(pad, catalog.language)
    pin_input = PinInput(catalog, from_stdin=options.pin_stdin)
    old = validate_pin(pin_input.read(pin_input.prompt_for(current, current=True), current))
    return TypedPinChange(old, validate_pin(pin_input.read_new()))


def change(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    with card_with_pin(options, catalog) as (card, current):
        card.change_pin(_pin_change(card, options, catalog, current))  # PINs asked before the card is held
    print(PIN_CHANGED.render(catalog))
    return ExitCode.OK
