"""Each situation a script may want to tell apart has its own exit code."""

from __future__ import annotations

import re

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
from tests.conftest import REPOSITORY


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


def documented_exit_codes() -> dict[int, str]:
    """The "Exit codes:" paragraph of README.md, as {code: what it says about the code}."""
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    start = readme.index("Exit codes:")
    end = readme.find("\n\n", start)
    paragraph = " ".join(readme[start : end if end != -1 else None].split())
    # "Exit codes: 0 success, 1 other error, ..., 130 interrupted (Ctrl+C). Each comes with ..."
    return {int(code): text for code, text in re.findall(r"(?:Exit codes:|,) (\d+) ([^,]+)", paragraph)}


def test_every_exit_code_is_documented_in_the_readme() -> None:
    documented = documented_exit_codes()
    missing = [code for code in ExitCode if code.value not in documented]
    assert missing == [], f"README.md's exit codes leave out {missing}"
    assert sorted(documented) == sorted(code.value for code in ExitCode), "README.md names an unused code"
    assert "no card" in documented[ExitCode.NO_CARD]
    assert "wrong PIN" in documented[ExitCode.WRONG_PIN]


def test_every_error_code_has_an_exit_code() -> None:
    from eidcompanion.cli.exit_codes import EXIT_CODES
    from eidcompanion.errors import ErrorCode

    assert set(EXIT_CODES) == set(ErrorCode)
