"""The root of every error this package raises on purpose, and the one code that names each.

The core never speaks sentences: an error carries an :class:`ErrorCode`, the values a
sentence needs (``fields``, e.g. the file or the tries left) and a technical detail for logs and bug
reports. The faces turn the code into words (``eidcompanion.texts.errors``), into an exit code
(the command line) or into a Web eID error code (the browser bridge).
"""

from __future__ import annotations

from enum import StrEnum, unique

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import ClassVar


@unique
class ErrorCode(StrEnum):
    """Every situation the faces tell apart. The values are stable: they appear in JSON and logs."""

    GENERIC = "generic"
    CANCELLED = "cancelled"
    NO_PCSC_SERVICE = "no_pcsc_service"
    NO_READER = "no_reader"
    READER_NOT_FOUND = "reader_not_found"
    NO_CARD = "no_card"
    CARD_REMOVED = "card_removed"
    CARD_RESET = "card_reset"
    CARD_REMOVED_DURING_PIN = "card_removed_during_pin"
    READER_BUSY = "reader_busy"
    CARD_UNRESPONSIVE = "card_unresponsive"
    UNSUPPORTED_CARD = "unsupported_card"
    READER_ERROR = "reader_error"
    CARD_REFUSED_COMMAND = "card_refused_command"
    CARD_FILE_UNREADABLE = "card_file_unreadable"
    CARD_FILE_CORRUPT = "card_file_corrupt"
    CARD_FILE_MISSING = "card_file_missing"
    CARD_NOT_ACTIVATED = "card_not_activated"
    PIN_FORMAT = "pin_format"
    WRONG_PIN = "wrong_pin"
    PIN_BLOCKED = "pin_blocked"
    PIN_PAD_TIMEOUT = "pin_pad_timeout"
    PIN_PAD_CANCELLED = "pin_pad_cancelled"
    PIN_PAD_MISMATCH = "pin_pad_mismatch"
    PIN_PAD_LENGTH = "pin_pad_length"
    PIN_PAD_FAILED = "pin_pad_failed"
    NO_PIN_GIVEN = "no_pin_given"
    PINS_DIFFER = "pins_differ"
    NO_TERMINAL = "no_terminal"
    INVALID_ARGUMENT = "invalid_argument"
    NO_AUTHENTICATION_CERTIFICATE = "no_authentication_certificate"
    WRONG_SIGNING_CARD = "wrong_signing_card"
    TOKEN_INVALID = "token_invalid"  # noqa: S105 - a code, not a password
    IDENTITY_DATA_INVALID = "identity_data_invalid"
    INPUT_FILE = "input_file"
    OUTPUT_FILE = "output_file"
    SESSION_FILE = "session_file"
    REPLAY_MISMATCH = "replay_mismatch"
    CARD_FOLDER = "card_folder"
    SANDBOX = "sandbox"
    EID_FILE_INVALID = "eid_file_invalid"


class EidError(Exception):
    """Base class. Subclasses set :attr:`code`; the faces render it in the user's language."""

    code: ClassVar[ErrorCode] = ErrorCode.GENERIC

    def __init__(self, detail: str = "", **fields: object) -> None:
        self.detail = detail
        self.fields = fields
        super().__init__(detail)

    def __str__(self) -> str:
        return f"{self.code.value}: {self.detail}" if self.detail else self.code.value
