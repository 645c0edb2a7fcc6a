"""What each error code means to a citizen: one sentence they can act on, in their language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable

if TYPE_CHECKING:
    from eidcompanion.i18n.message import Translator

_E = "errors"

ERROR_TEXTS: dict[ErrorCode, Message] = {
    ErrorCode.GENERIC: translatable(
        _E,
        "Something went wrong with the eID card.",
    ),
    ErrorCode.CANCELLED: translatable(
        _E,
        "The operation was cancelled; nothing more was sent to the card.",
    ),
    ErrorCode.NO_PCSC_SERVICE: translatable(
        _E,
        "The smart card service (pcscd) is not running. Start it, or install the package pcscd, "
        "then try again.",
    ),
    ErrorCode.NO_READER: translatable(
        _E,
        "No card reader was found. Plug in your card reader and try again.",
    ),
    ErrorCode.READER_NOT_FOUND: translatable(
        _E,
        "The card reader “{reader}” was not found.",
    ),
    ErrorCode.NO_CARD: translatable(
        _E,
        "There is no card in the reader. Insert your eID card and try again.",
    ),
    ErrorCode.CARD_REMOVED: translatable(
        _E,
        "The card was taken out of the reader before the operation finished. Insert it again.",
    ),
    ErrorCode.CARD_RESET: translatable(
        _E,
        "Another program reset the card during the operation. Try again, with the other program closed.",
    ),
    ErrorCode.CARD_REMOVED_DURING_PIN: translatable(
        _E,
        "The card was taken out while it was checking the PIN: one try may have been used. Insert the "
        "card again to see the tries left.",
    ),
    ErrorCode.READER_BUSY: translatable(
        _E,
        "Another program is using the card reader. Close the other program (for example the eID "
        "viewer or a browser tab) and try again.",
    ),
    ErrorCode.CARD_UNRESPONSIVE: translatable(
        _E,
        "The card does not answer. Check that it is inserted the right way round (chip first, "
        "facing up) and try again.",
    ),
    ErrorCode.UNSUPPORTED_CARD: translatable(
        _E,
        "This card is not a Belgian eID card, or its version is not supported.",
    ),
    ErrorCode.READER_ERROR: translatable(
        _E,
        "The card reader reported an error. Take the card out, put it back and try again.",
    ),
    ErrorCode.CARD_REFUSED_COMMAND: translatable(
        _E,
        "The card refused a command ({status}).",
    ),
    ErrorCode.CARD_FILE_UNREADABLE: translatable(
        _E,
        "The {file} on the card could not be read.",
    ),
    ErrorCode.CARD_FILE_CORRUPT: translatable(
        _E,
        "The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the "
        "card checked at your municipality.",
    ),
    ErrorCode.CARD_FILE_MISSING: translatable(
        _E,
        "The {file} was not found on the card.",
    ),
    ErrorCode.CARD_NOT_ACTIVATED: translatable(
        _E,
        "This card has not been activated yet. It is activated at your municipality when you "
        "collect it, with the codes of your PIN letter.",
    ),
    ErrorCode.PIN_FORMAT: translatable(
        _E,
        "A PIN has 4 to 12 digits and nothing else.",
    ),
    ErrorCode.WRONG_PIN: translatable(
        _E,
        "Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.",
    ),
    ErrorCode.PIN_BLOCKED: translatable(
        _E,
        "The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a "
        "computer: go to your municipality with the PUK code of your PIN letter to choose a new "
        "PIN.",
    ),
    ErrorCode.PIN_PAD_TIMEOUT: translatable(
        _E,
        "No PIN was typed on the card reader's keypad in time. No try was used: try again and type "
        "your PIN on the reader.",
    ),
    ErrorCode.PIN_PAD_CANCELLED: translatable(
        _E,
        "The PIN entry was cancelled on the card reader.",
    ),
    ErrorCode.PIN_PAD_MISMATCH: translatable(
        _E,
        "The two new PINs typed on the card reader are not the same. Your PIN was not changed.",
    ),
    ErrorCode.PIN_PAD_LENGTH: translatable(
        _E,
        "The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No "
        "try was used.",
    ),
    ErrorCode.PIN_PAD_FAILED: translatable(
        _E,
        "The keypad of the card reader did not work as expected. Try again, or turn off the use of "
        "the reader's keypad in the settings and type your PIN on the computer.",
    ),
    ErrorCode.NO_PIN_GIVEN: translatable(
        _E,
        "No PIN was given; nothing was sent to the card.",
    ),
    ErrorCode.PINS_DIFFER: translatable(
        _E,
        "The two new PINs are not the same; nothing was sent to the card.",
    ),
    ErrorCode.NO_TERMINAL: translatable(
        _E,
        "There is no terminal to type the PIN on without it showing. Run the command in a terminal,"
        " or give the PIN on standard input with --pin-stdin.",
    ),
    ErrorCode.INVALID_ARGUMENT: translatable(
        _E,
        "The request is not valid: {what}.",
    ),
    ErrorCode.NO_AUTHENTICATION_CERTIFICATE: translatable(
        _E,
        "This card has no authentication certificate (children under 12 have none), so it cannot log in.",
    ),
    ErrorCode.WRONG_SIGNING_CARD: translatable(
        _E,
        "The card in the reader is not the one this signature was prepared for. Insert the card the"
        " website chose and try again.",
    ),
    ErrorCode.TOKEN_INVALID: translatable(
        _E,
        "The login token is not valid: {reason}.",
    ),
    ErrorCode.IDENTITY_DATA_INVALID: translatable(
        _E,
        "The identity data sent by the page cannot be trusted: their signatures or certificates do not "
        "check out.",
    ),
    ErrorCode.INPUT_FILE: translatable(
        _E,
        "Cannot read “{path}”: {reason}.",
    ),
    ErrorCode.OUTPUT_FILE: translatable(
        _E,
        "Cannot write “{path}”: {reason}.",
    ),
    ErrorCode.SESSION_FILE: translatable(
        _E,
        "The recorded session “{path}” cannot be used: {reason}",
    ),
    ErrorCode.REPLAY_MISMATCH: translatable(
        _E,
        "The replayed card received an unexpected command at step {step} ({comment}): expected "
        "{expected}, got {actual}.",
    ),
    ErrorCode.CARD_FOLDER: translatable(
        _E,
        "The folder “{folder}” does not hold a card: {reason}.",
    ),
    ErrorCode.SANDBOX: translatable(
        _E,
        "The private PC/SC service for the simulator could not start: {reason}.",
    ),
    ErrorCode.EID_FILE_INVALID: translatable(
        _E,
        "This file is not an eID file that can be opened: it is damaged or in an unknown format.",
    ),
}


def error_text(error: EidError, translator: Translator | None = None) -> str:
    """The sentence for ``error`` in the translator's language (English without one)."""
    return ERROR_TEXTS[error.code].render(translator, **error.fields)
