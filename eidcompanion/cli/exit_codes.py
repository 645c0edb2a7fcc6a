"""Exit codes of the command line, one per situation a script may want to tell apart."""

from __future__ import annotations

from enum import IntEnum, unique

from eidcompanion.errors import EidError, ErrorCode


@unique
class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    NO_PCSC_SERVICE = 3
    NO_READER = 4
    NO_CARD = 5
    UNSUPPORTED_CARD = 6
    CARD_REMOVED = 7
    READER_BUSY = 8
    CARD_UNRESPONSIVE = 9
    CARD_DATA_ERROR = 10
    WRONG_PIN = 11
    PIN_BLOCKED = 12
    NOT_AUTHENTIC = 13
    TOKEN_INVALID = 14
    PIN_PAD_ABORTED = 15
    REVOCATION_UNKNOWN = 16
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


EXIT_CODES: dict[ErrorCode, ExitCode] = {
    ErrorCode.GENERIC: ExitCode.FAILURE,
    ErrorCode.CANCELLED: ExitCode.INTERRUPTED,
    ErrorCode.NO_PCSC_SERVICE: ExitCode.NO_PCSC_SERVICE,
    ErrorCode.NO_READER: ExitCode.NO_READER,
    ErrorCode.READER_NOT_FOUND: ExitCode.NO_READER,
    ErrorCode.NO_CARD: ExitCode.NO_CARD,
    ErrorCode.CARD_REMOVED: ExitCode.CARD_REMOVED,
    ErrorCode.CARD_RESET: ExitCode.CARD_REMOVED,
    ErrorCode.CARD_REMOVED_DURING_PIN: ExitCode.CARD_REMOVED,
    ErrorCode.READER_BUSY: ExitCode.READER_BUSY,
    ErrorCode.CARD_UNRESPONSIVE: ExitCode.CARD_UNRESPONSIVE,
    ErrorCode.UNSUPPORTED_CARD: ExitCode.UNSUPPORTED_CARD,
    ErrorCode.READER_ERROR: ExitCode.FAILURE,
    ErrorCode.CARD_REFUSED_COMMAND: ExitCode.FAILURE,
    ErrorCode.CARD_FILE_UNREADABLE: ExitCode.CARD_DATA_ERROR,
    ErrorCode.CARD_FILE_CORRUPT: ExitCode.CARD_DATA_ERROR,
    ErrorCode.CARD_FILE_MISSING: ExitCode.CARD_DATA_ERROR,
    ErrorCode.CARD_NOT_ACTIVATED: ExitCode.CARD_DATA_ERROR,
    ErrorCode.PIN_FORMAT: ExitCode.USAGE,
    ErrorCode.WRONG_PIN: ExitCode.WRONG_PIN,
    ErrorCode.PIN_BLOCKED: ExitCode.PIN_BLOCKED,
    ErrorCode.PIN_PAD_TIMEOUT: ExitCode.PIN_PAD_ABORTED,
    ErrorCode.PIN_PAD_CANCELLED: ExitCode.PIN_PAD_ABORTED,
    ErrorCode.PIN_PAD_MISMATCH: ExitCode.PIN_PAD_ABORTED,
    ErrorCode.PIN_PAD_LENGTH: ExitCode.PIN_PAD_ABORTED,
    ErrorCode.PIN_PAD_FAILED: ExitCode.FAILURE,
    ErrorCode.NO_PIN_GIVEN: ExitCode.USAGE,
    ErrorCode.PINS_DIFFER: ExitCode.USAGE,
    ErrorCode.NO_TERMINAL: ExitCode.USAGE,
    ErrorCode.INVALID_ARGUMENT: ExitCode.USAGE,
    ErrorCode.NO_AUTHENTICATION_CERTIFICATE: ExitCode.CARD_DATA_ERROR,
    ErrorCode.WRONG_SIGNING_CARD: ExitCode.UNSUPPORTED_CARD,
    ErrorCode.TOKEN_INVALID: ExitCode.TOKEN_INVALID,
    ErrorCode.IDENTITY_DATA_INVALID: ExitCode.NOT_AUTHENTIC,
    ErrorCode.INPUT_FILE: ExitCode.FAILURE,
    ErrorCode.OUTPUT_FILE: ExitCode.FAILURE,
    ErrorCode.SESSION_FILE: ExitCode.FAILURE,
    ErrorCode.REPLAY_MISMATCH: ExitCode.FAILURE,
    ErrorCode.CARD_FOLDER: ExitCode.FAILURE,
    ErrorCode.SANDBOX: ExitCode.FAILURE,
    ErrorCode.EID_FILE_INVALID: ExitCode.FAILURE,
}
"""Every error code has its exit code (a test checks that none is missing)."""


def exit_code_for(error: EidError) -> ExitCode:
    return EXIT_CODES[error.code]
