"""Check results: a name, ok or not, a reason code, and the files the reason is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from eidcompanion.card.files import CardFile


class CheckName(Enum):
    ROOT_CERTIFICATE = "root_certificate"
    RRN_CERTIFICATE = "rrn_certificate"
    IDENTITY_SIGNATURE = "identity_signature"
    ADDRESS_SIGNATURE = "address_signature"
    PHOTO_HASH = "photo_hash"
    BASIC_KEY_HASH = "basic_key_hash"
    CARD_CHALLENGE = "card_challenge"
    CA_CERTIFICATE = "ca_certificate"
    AUTHENTICATION_CERTIFICATE = "authentication_certificate"
    SIGNATURE_CERTIFICATE = "signature_certificate"


class Reason(Enum):
    # success
    VALID = "valid"
    VALID_TEST = "valid_test"
    """Valid, under a test root: a test or simulated card."""
    PINNED_ROOT = "pinned_root"
    PINNED_TEST_ROOT = "pinned_test_root"
    # data files
    FILE_CHANGED = "file_changed"
    FILES_CHANGED = "files_changed"
    """One of two files changed and the signature cannot tell which."""
    HASH_MISMATCH = "hash_mismatch"
    IDENTITY_NOT_AUTHENTIC = "identity_not_authentic"
    SIGNER_NOT_TRUSTED = "signer_not_trusted"
    BASIC_KEY_NOT_AUTHENTIC = "basic_key_not_authentic"
    CHALLENGE_FAILED = "challenge_failed"
    # certificates
    ROOT_NOT_PINNED = "root_not_pinned"
    ROOT_NOT_TRUSTED = "root_not_trusted"
    BAD_ISSUER_SIGNATURE = "bad_issuer_signature"
    ISSUER_NOT_VALID = "issuer_not_valid"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    WRONG_KEY_USAGE = "wrong_key_usage"
    ABSENT = "absent"
    REVOKED = "revoked"
    REVOCATION_UNKNOWN = "revocation_unknown"
    REVOCATION_NOT_CHECKED = "revocation_not_checked"


class RevocationProblem(Enum):
    """Why the revocation status of a certificate is unknown, in words a citizen can act on."""

    NO_ADDRESS = "no_address"
    """The certificate names no OCSP responder or CRL (and none is configured)."""
    NOT_ALLOWED = "not_allowed"
    """The address it names is not on the allowlist, so it was not contacted."""
    NO_ANSWER = "no_answer"
    """The service could not be reached, timed out, or answered with an HTTP error."""
    UNUSABLE_ANSWER = "unusable_answer"
    """The answer could not be trusted: malformed, badly signed, stale, or without our nonce."""
    NOT_KNOWN = "not_known"
    """The responder does not know this certificate."""


@dataclass(frozen=True)
class CheckResult:
    name: CheckName
    ok: bool
    reason: Reason
    files: tuple[CardFile, ...] = ()
    """The files the reason names (the one that changed, or the two that may have)."""
    detail: str = ""
    """Technical detail in English, for logs and bug reports; never personal data."""
    test: bool = False
    moment: dt.datetime | None = None
    """The date a reason is about (expiry, revocation)."""
    revocation: str = ""
    """For citizen certificates: "good", "revoked", "unknown" or "not_checked" (never "good" unless a
    responder or a CRL said so); empty for the checks revocation does not apply to."""
    revocation_problem: RevocationProblem | None = None
    """Why the revocation status is unknown."""


@dataclass(frozen=True)
class Report:
    checks: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def test(self) -> bool:
        return any(check.test for check in self.checks)

    def get(self, name: CheckName) -> CheckResult:
        return next(check for check in self.checks if check.name is name)

    def failures(self) -> list[CheckResult]:
        return [check for check in self.checks if not check.ok]

    @property
    def revocation_unknown(self) -> bool:
        """Some certificate's revocation could not be established (and checking was not switched off)."""
        return any(check.revocation == "unknown" for check in self.checks)
