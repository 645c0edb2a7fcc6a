"""Exit codes of the command line, one per situation a script may want to tell apart."""

from __future__ import annotations

from enum import IntEnum

from eidcompanion.card.errors import CardFileError, CardNotActivatedError
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
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT


_BY_ERROR: tuple[tuple[type[EidError], ExitCode], ...] = (
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
