"""Exit codes of the command line, one per situation a script may want to tell apart."""

from __future__ import annotations

from enum import IntEnum, unique

from eidcompanion.card.errors import CardFileError, CardNotActivatedError
from eidcompanion.card.pin import PinBlockedError, PinFormatError, WrongPinError
from eidcompanion.card.pinpad import PinPadError
from eidcompanion.cli.pin_input import NoPinGivenError, NoTerminalError, PinsDifferError
from eidcompanion.errors import EidError
from eidcompanion.transport.errors import (
    CardRemovedError,
    CardUnresponsiveError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    UnsupportedCardError,
)
from eidcompanion.webeid.errors import (
    InvalidArgumentError,
    NoAuthenticationCertificateError,
    TokenValidationError,
    WrongSigningCardError,
)


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


_BY_ERROR: tuple[tuple[type[EidError], ExitCode], ...] = (
    (WrongPinError, ExitCode.WRONG_PIN),
    (PinPadError, ExitCode.PIN_PAD_ABORTED),
    (PinsDifferError, ExitCode.USAGE),
    (NoPinGivenError, ExitCode.USAGE),
    (NoTerminalError, ExitCode.USAGE),
    (PinBlockedError, ExitCode.PIN_BLOCKED),
    (PinFormatError, ExitCode.USAGE),
    (InvalidArgumentError, ExitCode.USAGE),
    (TokenValidationError, ExitCode.TOKEN_INVALID),
    (NoAuthenticationCertificateError, ExitCode.CARD_DATA_ERROR),
    (WrongSigningCardError, ExitCode.UNSUPPORTED_CARD),
    (PcscServiceUnavailableError, ExitCode.NO_PCSC_SERVICE),
    (NoReaderError, ExitCode.NO_READER),
    (NoCardError, ExitCode.NO_CARD),
    (UnsupportedCardError, ExitCode.UNSUPPORTED_CARD),
    (CardRemovedError, ExitCode.CARD_REMOVED),
    (ReaderBusyError, ExitCode.READER_BUSY),
    (CardUnresponsiveError, ExitCode.CARD_UNRESPONSIVE),
    (CardFileError, ExitCode.CARD_DATA_ERROR),
    (CardNotActivatedError, ExitCode.CARD_DATA_ERROR),
)


def exit_code_for(error: EidError) -> ExitCode:
    for error_type, code in _BY_ERROR:
        if isinstance(error, error_type):
            return code
    return ExitCode.FAILURE
