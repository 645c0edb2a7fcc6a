"""Each situation a script may want to tell apart has its own exit code."""

from __future__ import annotations

import pytest

from eidcompanion.card.errors import CardNotActivatedError, CorruptFileError, FileMissingError
from eidcompanion.card.files import CardFile
from eidcompanion.card.pin import PinBlockedError, PinFormatError, WrongPinError
from eidcompanion.card.pinpad import PinPadCancelledError, PinPadReaderError, PinPadTimeoutError
from eidcompanion.cli.exit_codes import ExitCode, exit_code_for
from eidcompanion.cli.pin_input import PinsDifferError
from eidcompanion.errors import EidError
from eidcompanion.transport.errors import (
    ApduError,
    CardRemovedError,
    CardResetError,
    CardUnresponsiveError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    ReaderNotFoundError,
    TransportError,
    UnsupportedCardError,
)
from eidcompanion.webeid.errors import (
    NONCE,
    InvalidArgumentError,
    NoAuthenticationCertificateError,
    TokenProblem,
    TokenValidationError,
    WrongSigningCardError,
)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (PcscServiceUnavailableError(), 3),
        (NoReaderError(), 4),
        (ReaderNotFoundError(reader="X"), 4),
        (NoCardError(), 5),
        (UnsupportedCardError(), 6),
        (CardRemovedError(), 7),
        (CardResetError(), 7),
        (ReaderBusyError(), 8),
        (CardUnresponsiveError(), 9),
        (CorruptFileError(CardFile.PHOTO), 10),
        (FileMissingError(CardFile.ADDRESS), 10),
        (CardNotActivatedError(), 10),
        (WrongPinError(tries_left=2), 11),
        (PinBlockedError(), 12),
        (TokenValidationError(TokenProblem.SIGNATURE_INVALID, "x"), 14),
        (PinPadTimeoutError(), 15),
        (PinPadCancelledError(), 15),
        (PinFormatError(), 2),
        (PinsDifferError(), 2),
        (InvalidArgumentError(NONCE), 2),
        (NoAuthenticationCertificateError(), 10),
        (WrongSigningCardError(), 6),
        (PinPadReaderError(), 1),
        (ApduError(0x6F00), 1),
        (TransportError(), 1),
        (EidError(), 1),
    ],
)
def test_exit_code_for_each_error(error: EidError, code: int) -> None:
    assert exit_code_for(error) == code


def test_exit_codes_are_distinct() -> None:
    values = [member.value for member in ExitCode]
    assert len(values) == len(set(values))
