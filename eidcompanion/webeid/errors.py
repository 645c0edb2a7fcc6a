"""Typed errors of the Web eID services; each names what is wrong with the request or token."""

from __future__ import annotations

from enum import Enum

from eidcompanion.errors import EidError
from eidcompanion.i18n import translatable


class InvalidArgumentError(EidError):
    """A request the browser or a script sent that cannot be served as it is."""

    message = translatable("errors", "The login page sent an invalid request: {what}.")

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(detail, what=what)


class NoAuthenticationCertificateError(EidError):
    message = translatable(
        "errors",
        "This card has no authentication certificate (children under 12 have none), so it cannot log in.",
    )


class WrongSigningCardError(EidError):
    message = translatable(
        "errors",
        "The card in the reader is not the one this signature was prepared for. Insert the card the "
        "website chose and try again.",
    )


class TokenProblem(Enum):
    MALFORMED = "malformed"
    UNSUPPORTED_FORMAT = "unsupported_format"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    CERTIFICATE_MALFORMED = "certificate_malformed"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_PURPOSE = "certificate_purpose"
    CERTIFICATE_POLICY = "certificate_policy"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    CERTIFICATE_REVOKED = "certificate_revoked"
    REVOCATION_UNKNOWN = "revocation_unknown"
    SIGNATURE_INVALID = "signature_invalid"
    ORIGIN_INVALID = "origin_invalid"
    NONCE_INVALID = "nonce_invalid"


class TokenValidationError(EidError):
    """The token does not prove a login for this site and this nonce; ``problem`` says why."""

    message = translatable("errors", "The login token is not valid: {reason}")

    def __init__(self, problem: TokenProblem, reason: str) -> None:
        self.problem = problem
        self.reason = reason
        super().__init__(problem.value, reason=reason)
