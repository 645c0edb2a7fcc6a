"""The Web eID error code a page receives for each of our error codes.

The page library knows a fixed set of codes (web-eid.md): a host may send only
``ERR_WEBEID_USER_CANCELLED``, ``ERR_WEBEID_NATIVE_INVALID_ARGUMENT`` and
``ERR_WEBEID_NATIVE_FATAL``; ``ERR_WEBEID_USER_TIMEOUT`` is the library's own answer when the
citizen did not act in time, and is the most precise one for a PIN pad left untouched. Wrong PIN,
no reader and no card are handled in the app's own window and reach the page only when the
citizen gives up (cancelled).
"""

from __future__ import annotations

from eidcompanion.errors import EidError, ErrorCode

USER_CANCELLED = "ERR_WEBEID_USER_CANCELLED"
USER_TIMEOUT = "ERR_WEBEID_USER_TIMEOUT"
INVALID_ARGUMENT = "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
FATAL = "ERR_WEBEID_NATIVE_FATAL"
CONSENT_REFUSED = "ERR_EIDCOMPANION_CONSENT_REFUSED"
"""This project's own code (``get-identity`` only): the citizen refused to share the data."""
NO_CARD = "ERR_EIDCOMPANION_NO_CARD"
"""This project's own code (``get-identity`` only): asked for the card, the citizen gave up."""

_SPECIFIC: dict[ErrorCode, str] = {
    ErrorCode.CANCELLED: USER_CANCELLED,
    ErrorCode.PIN_PAD_CANCELLED: USER_CANCELLED,
    ErrorCode.PIN_PAD_TIMEOUT: USER_TIMEOUT,
    ErrorCode.INVALID_ARGUMENT: INVALID_ARGUMENT,
}


def webeid_error_code(code: ErrorCode) -> str:
    """The Web eID code for ``code``; everything without a more precise one is fatal."""
    return _SPECIFIC.get(code, FATAL)


def webeid_error_for(error: EidError) -> str:
    return webeid_error_code(error.code)
