"""Typed errors of the Web eID services; each names what is wrong with the request or token."""

from __future__ import annotations

from enum import Enum

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable

_A = "request parts"
ORIGIN = translatable(_A, "the site's address (origin)")
NONCE = translatable(_A, "the login challenge")
HASH = translatable(_A, "the hash to sign")
HASH_FUNCTION = translatable(_A, "the hash function")
CERTIFICATE = translatable(_A, "the certificate")
REQUEST = translatable(_A, "the request")
FIELDS = translatable(_A, "the requested data")


class InvalidArgumentError(EidError):
    """A request the browser or a script sent that cannot be served as it is."""

    code = ErrorCode.INVALID_ARGUMENT

    def __init__(self, what: Message, detail: str = "") -> None:
        self.what = what
        super().__init__(detail, what=what)


class NoAuthenticationCertificateError(EidError):
    code = ErrorCode.NO_AUTHENTICATION_CERTIFICATE


class WrongSigningCardError(EidError):
    code = ErrorCode.WRONG_SIGNING_CARD


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


_T = "token problems"
PROBLEM_TEXTS: dict[TokenProblem, Message] = {
    TokenProblem.MALFORMED: translatable(_T, "it is not a well-formed Web eID token"),
    TokenProblem.UNSUPPORTED_FORMAT: translatable(_T, "its format is not web-eid:1"),
    TokenProblem.UNSUPPORTED_ALGORITHM: translatable(_T, "its signature algorithm is not supported"),
    TokenProblem.CERTIFICATE_MALFORMED: translatable(_T, "its certificate cannot be read"),
    TokenProblem.CERTIFICATE_NOT_YET_VALID: translatable(_T, "its certificate is not valid yet"),
    TokenProblem.CERTIFICATE_EXPIRED: translatable(_T, "its certificate has expired"),
    TokenProblem.CERTIFICATE_PURPOSE: translatable(_T, "its certificate is not meant for logging in"),
    TokenProblem.CERTIFICATE_POLICY: translatable(_T, "its certificate has a policy this site refuses"),
    TokenProblem.CERTIFICATE_UNTRUSTED: translatable(
        _T, "its certificate was not issued by a trusted authority"
    ),
    TokenProblem.CERTIFICATE_REVOKED: translatable(_T, "its certificate has been revoked"),
    TokenProblem.REVOCATION_UNKNOWN: translatable(
        _T, "whether its certificate was revoked cannot be checked"
    ),
    TokenProblem.SIGNATURE_INVALID: translatable(_T, "its signature is not for this site and this challenge"),
    TokenProblem.ORIGIN_INVALID: translatable(_T, "the site's address (origin) is not valid"),
    TokenProblem.NONCE_INVALID: translatable(_T, "the challenge is not valid"),
}


class TokenValidationError(EidError):
    """The token does not prove a login for this site and this nonce; ``problem`` says why."""

    code = ErrorCode.TOKEN_INVALID

    def __init__(self, problem: TokenProblem, reason: str) -> None:
        self.problem = problem
        self.reason = reason
        super().__init__(reason, reason=PROBLEM_TEXTS[problem])
