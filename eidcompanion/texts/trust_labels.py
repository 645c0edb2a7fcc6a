"""Words for the authenticity and certificate checks, shared by every face."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eidcompanion.i18n import Message, translatable
from eidcompanion.texts.dates import day_text
from eidcompanion.trust.checks import CheckName, CheckResult, Reason, RevocationProblem

if TYPE_CHECKING:
    from eidcompanion.i18n.message import Translator

_C = "checks"

CHECK_NAMES: dict[CheckName, Message] = {
    CheckName.ROOT_CERTIFICATE: translatable(_C, "Root certificate"),
    CheckName.RRN_CERTIFICATE: translatable(_C, "National Register certificate"),
    CheckName.IDENTITY_SIGNATURE: translatable(_C, "Identity signed by the National Register"),
    CheckName.ADDRESS_SIGNATURE: translatable(_C, "Address signed by the National Register"),
    CheckName.PHOTO_HASH: translatable(_C, "Photo belongs to the identity"),
    CheckName.BASIC_KEY_HASH: translatable(_C, "Card key belongs to the identity"),
    CheckName.CARD_CHALLENGE: translatable(_C, "Card proves it is the original"),
    CheckName.CA_CERTIFICATE: translatable(_C, "Certification authority certificate"),
    CheckName.AUTHENTICATION_CERTIFICATE: translatable(_C, "Authentication certificate"),
    CheckName.SIGNATURE_CERTIFICATE: translatable(_C, "Signature certificate"),
}

REASONS: dict[Reason, Message] = {
    Reason.VALID: translatable(_C, "valid"),
    Reason.VALID_TEST: translatable(_C, "valid under a TEST root (a test or simulated card)"),
    Reason.PINNED_ROOT: translatable(_C, "a Belgian root: {root}"),
    Reason.PINNED_TEST_ROOT: translatable(_C, "a TEST root, trusted only in the test configuration: {root}"),
    Reason.FILE_CHANGED: translatable(_C, "the {file} is not the one the National Register signed"),
    Reason.FILES_CHANGED: translatable(_C, "the {file} is not the one the National Register signed"),
    Reason.HASH_MISMATCH: translatable(_C, "the {file} does not match its fingerprint in the identity file"),
    Reason.IDENTITY_NOT_AUTHENTIC: translatable(
        _C, "cannot be vouched for: the identity file is not authentic"
    ),
    Reason.SIGNER_NOT_TRUSTED: translatable(
        _C, "cannot be vouched for: the National Register certificate is not trusted"
    ),
    Reason.BASIC_KEY_NOT_AUTHENTIC: translatable(_C, "cannot be checked: the card key file is not authentic"),
    Reason.CHALLENGE_FAILED: translatable(
        _C, "the card did not prove it holds the key of its card key file: it may be a copy"
    ),
    Reason.ROOT_NOT_PINNED: translatable(_C, "the {file} is not a Belgian root"),
    Reason.ROOT_NOT_TRUSTED: translatable(_C, "cannot be checked: the root certificate is not trusted"),
    Reason.BAD_ISSUER_SIGNATURE: translatable(_C, "the {file} is not signed by its issuer"),
    Reason.ISSUER_NOT_VALID: translatable(_C, "cannot be checked: its issuer, the {file}, is not valid"),
    Reason.NOT_YET_VALID: translatable(_C, "the {file} is not valid before {date}"),
    Reason.EXPIRED: translatable(_C, "the {file} expired on {date}"),
    Reason.WRONG_KEY_USAGE: translatable(_C, "the {file} is not meant for this use"),
    Reason.ABSENT: translatable(_C, "the card has no {file}"),
    Reason.REVOKED: translatable(_C, "the {file} was revoked on {date}"),
    Reason.REVOCATION_UNKNOWN: translatable(_C, "valid, but whether it was revoked is unknown: {problem}"),
    Reason.REVOCATION_NOT_CHECKED: translatable(_C, "valid; revocation was not checked (switched off)"),
}

_R = "revocation problems"
REVOCATION_PROBLEMS: dict[RevocationProblem | None, Message] = {
    RevocationProblem.NO_ADDRESS: translatable(_R, "the certificate names no revocation service"),
    RevocationProblem.NOT_ALLOWED: translatable(
        _R, "its revocation service is not on the list of services to ask"
    ),
    RevocationProblem.NO_ANSWER: translatable(
        _R, "the revocation service could not be reached (check the internet connection)"
    ),
    RevocationProblem.UNUSABLE_ANSWER: translatable(
        _R, "the revocation service's answer could not be trusted"
    ),
    RevocationProblem.NOT_KNOWN: translatable(_R, "the revocation service does not know this certificate"),
    None: translatable(_R, "no revocation service gave an answer"),
}

FILE_OR_FILE = translatable(_C, "{first} or the {second}")
TEST_MARK = translatable(_C, "{reason} [TEST]")
_ALREADY_SAYS_TEST = (Reason.VALID_TEST, Reason.PINNED_TEST_ROOT)
OK = translatable(_C, "OK")
FAILED = translatable(_C, "FAILED")


def reason_text(check: CheckResult, translator: Translator | None = None) -> str:
    """The reason of a check in the translator's language, with its file and date filled in."""
    files = [file.label.render(translator) for file in check.files]
    if len(files) > 1:
        file_text = FILE_OR_FILE.render(translator, first=files[0], second=files[1])
    else:
        file_text = files[0] if files else ""
    date = day_text(check.moment) if check.moment else ""
    problem = REVOCATION_PROBLEMS[check.revocation_problem]
    text = REASONS[check.reason].render(
        translator, file=file_text, date=date, root=check.detail, problem=problem
    )
    if check.test and check.reason not in _ALREADY_SAYS_TEST:
        text = TEST_MARK.render(translator, reason=text)
    return text
