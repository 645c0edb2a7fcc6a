"""Every error code maps to a Web eID code the page library knows."""

from __future__ import annotations

from eidcompanion.card.pin import WrongPinError
from eidcompanion.card.pinpad import PinPadCancelledError, PinPadTimeoutError
from eidcompanion.errors import ErrorCode
from eidcompanion.webeid.error_codes import webeid_error_code, webeid_error_for
from eidcompanion.webeid.errors import NONCE, InvalidArgumentError

KNOWN_TO_THE_LIBRARY = {
    "ERR_WEBEID_USER_CANCELLED",
    "ERR_WEBEID_USER_TIMEOUT",
    "ERR_WEBEID_NATIVE_INVALID_ARGUMENT",
    "ERR_WEBEID_NATIVE_FATAL",
}


def test_every_code_maps_to_a_known_webeid_code() -> None:
    assert {webeid_error_code(code) for code in ErrorCode} <= KNOWN_TO_THE_LIBRARY


def test_the_most_precise_code_is_chosen() -> None:
    assert webeid_error_for(PinPadCancelledError()) == "ERR_WEBEID_USER_CANCELLED"
    assert webeid_error_for(PinPadTimeoutError()) == "ERR_WEBEID_USER_TIMEOUT"
    assert webeid_error_for(InvalidArgumentError(NONCE)) == "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
    assert webeid_error_for(WrongPinError(2)) == "ERR_WEBEID_NATIVE_FATAL"
