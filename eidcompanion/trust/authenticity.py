"""Are the card's data authentic? One verification, check by check, each with its reason.

The checks depend on each other, so that a failure names the file that changed rather than every
file downstream of it: the root must be pinned before the RRN certificate is trusted, the RRN key
must be trusted before its signatures mean anything, the identity file must be authentic before
the photo hash or the basic-key hash it holds can vouch for the photo or the card key, and the card
key must be authentic before the card's answer to a challenge proves anything.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from eidcompanion.card.belpic import BASIC_KEY_CHALLENGE_LENGTH, BelpicCard
from eidcompanion.card.contents import CardContents
from eidcompanion.card.digests import HASH_BY_DIGEST_LENGTH
from eidcompanion.card.files import CardFile
from eidcompanion.errors import EidError
from eidcompanion.transport.errors import CardRemovedError
from eidcompanion.trust.chain import ChainProblem, ChainResult, Purpose, validate_chain
from eidcompanion.trust.checks import CheckName, CheckResult, Reason, Report
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.trust.signatures import Verdict, address_messages, der_from_raw_ecdsa, verify_file_signature

CHAIN_REASONS = {
    ChainProblem.ROOT_NOT_TRUSTED: Reason.ROOT_NOT_TRUSTED,
    ChainProblem.ISSUER_MISMATCH: Reason.BAD_ISSUER_SIGNATURE,
    ChainProblem.BAD_ISSUER_SIGNATURE: Reason.BAD_ISSUER_SIGNATURE,
    ChainProblem.NOT_YET_VALID: Reason.NOT_YET_VALID,
    ChainProblem.EXPIRED: Reason.EXPIRED,
    ChainProblem.NOT_A_CA: Reason.ISSUER_NOT_VALID,
    ChainProblem.WRONG_KEY_USAGE: Reason.WRONG_KEY_USAGE,
}


def chain_check(name: CheckName, result: ChainResult, path_files: tuple[CardFile, ...]) -> CheckResult:
    """A chain result as a check; the file named is the certificate the problem is about."""
    if result.ok:
        return CheckResult(name, True, Reason.VALID_TEST if result.test else Reason.VALID, test=result.test)
    assert result.problem is not None
    position = min(result.position, len(path_files) - 1)
    return CheckResult(
        name,
        False,
        CHAIN_REASONS[result.problem],
        (path_files[position],),
        result.detail,
        result.test,
        result.moment,
    )


def _root_check(contents: CardContents, config: TrustConfiguration) -> CheckResult:
    der = contents.certificate(CardFile.ROOT_CERTIFICATE)
    name = CheckName.ROOT_CERTIFICATE
    if der is None:
        return CheckResult(name, False, Reason.ABSENT, (CardFile.ROOT_CERTIFICATE,))
    root = config.root_for(der)
    if root is None:
        detail = f"SHA-256 {hashlib.sha256(der).hexdigest().upper()} is not a pinned root"
        return CheckResult(name, False, Reason.ROOT_NOT_PINNED, (CardFile.ROOT_CERTIFICATE,), detail)
    reason = Reason.PINNED_TEST_ROOT if root.test else Reason.PINNED_ROOT
    return CheckResult(name, True, reason, detail=root.name, test=root.test)


def _rrn_check(contents: CardContents, config: TrustConfiguration, root_check: CheckResult) -> CheckResult:
    name = CheckName.RRN_CERTIFICATE
    rrn = contents.parsed_certificate(CardFile.RRN_CERTIFICATE)
    root = contents.parsed_certificate(CardFile.ROOT_CERTIFICATE)
    if rrn is None:
        return CheckResult(name, False, Reason.ABSENT, (CardFile.RRN_CERTIFICATE,))
    if root is None or not root_check.ok:
        return CheckResult(name, False, Reason.ROOT_NOT_TRUSTED, (CardFile.ROOT_CERTIFICATE,))
    result = validate_chain(rrn, [root], config, Purpose.NATIONAL_REGISTER)
    return chain_check(name, result, (CardFile.RRN_CERTIFICATE, CardFile.ROOT_CERTIFICATE))


def _signature_checks(contents: CardContents, rrn_check: CheckResult) -> tuple[CheckResult, CheckResult]:
    identity_name, address_name = CheckName.IDENTITY_SIGNATURE, CheckName.ADDRESS_SIGNATURE
    if not rrn_check.ok:
        files = (CardFile.RRN_CERTIFICATE,)
        return (
            CheckResult(identity_name, False, Reason.SIGNER_NOT_TRUSTED, files),
            CheckResult(address_name, False, Reason.SIGNER_NOT_TRUSTED, files),
        )
    rrn = contents.parsed_certificate(CardFile.RRN_CERTIFICATE)
    assert rrn is not None
    key = rrn.public_key()
    digest_length = len(contents.identity.photo_hash)
    identity = verify_file_signature(key, contents.identity_signature, [contents.identity.raw], digest_length)
    ec_card = isinstance(key, ec.EllipticCurvePublicKey)
    messages = address_messages(contents.address.raw, contents.identity_signature, ec_card)
    address = verify_file_signature(key, contents.address_signature, messages, digest_length)
    test = rrn_check.test

    if identity.valid:
        identity_result = CheckResult(
            identity_name, True, Reason.VALID_TEST if test else Reason.VALID, test=test
        )
        identity_signature_changed = False
    else:
        if identity.verdict is Verdict.DATA_CHANGED or (
            identity.verdict is Verdict.INVALID and address.valid
        ):
            changed: tuple[CardFile, ...] = (CardFile.IDENTITY,)  # the address signature vouches for 4032
        else:
            changed = (CardFile.IDENTITY_SIGNATURE,)
        identity_signature_changed = changed == (CardFile.IDENTITY_SIGNATURE,)
        identity_result = CheckResult(identity_name, False, Reason.FILE_CHANGED, changed, test=test)

    if address.valid:
        address_result = CheckResult(
            address_name, True, Reason.VALID_TEST if test else Reason.VALID, test=test
        )
    elif identity_signature_changed:
        address_result = CheckResult(address_name, False, Reason.FILE_CHANGED, (CardFile.IDENTITY_SIGNATURE,))
    elif address.verdict is Verdict.DATA_CHANGED:
        address_result = CheckResult(address_name, False, Reason.FILE_CHANGED, (CardFile.ADDRESS,))
    elif address.verdict is Verdict.SIGNATURE_CHANGED:
        address_result = CheckResult(address_name, False, Reason.FILE_CHANGED, (CardFile.ADDRESS_SIGNATURE,))
    else:
        either: tuple[CardFile, ...] = (CardFile.ADDRESS, CardFile.ADDRESS_SIGNATURE)
        address_result = CheckResult(address_name, False, Reason.FILES_CHANGED, either)
    return identity_result, address_result


def _hash_check(
    name: CheckName, expected: bytes, content: bytes, file: CardFile, identity: CheckResult
) -> CheckResult:
    if not identity.ok:
        return CheckResult(name, False, Reason.IDENTITY_NOT_AUTHENTIC, identity.files)
    algorithm = HASH_BY_DIGEST_LENGTH.get(len(expected))
    if algorithm is None or hashlib.new(algorithm, content).digest() != expected:
        return CheckResult(name, False, Reason.HASH_MISMATCH, (file,))
    return CheckResult(name, True, Reason.VALID_TEST if identity.test else Reason.VALID, test=identity.test)


def _basic_key_check(contents: CardContents, identity: CheckResult) -> CheckResult:
    name = CheckName.BASIC_KEY_HASH
    expected = contents.identity.basic_key_hash
    if contents.basic_public_key is None or expected is None:
        return CheckResult(name, False, Reason.ABSENT, (CardFile.BASIC_PUBLIC_KEY,))
    return _hash_check(name, expected, contents.basic_public_key, CardFile.BASIC_PUBLIC_KEY, identity)


def _challenge_check(contents: CardContents, card: BelpicCard, key_check: CheckResult) -> CheckResult:
    """The card signs a fresh random challenge with its basic key: a copy of the files cannot."""
    name = CheckName.CARD_CHALLENGE
    if not key_check.ok or contents.basic_public_key is None:
        return CheckResult(name, False, Reason.BASIC_KEY_NOT_AUTHENTIC, (CardFile.BASIC_PUBLIC_KEY,))
    try:
        key = serialization.load_der_public_key(contents.basic_public_key)
    except (ValueError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return CheckResult(name, False, Reason.BASIC_KEY_NOT_AUTHENTIC, (CardFile.BASIC_PUBLIC_KEY,))
    challenge = os.urandom(BASIC_KEY_CHALLENGE_LENGTH)
    try:
        answer = card.internal_authenticate(challenge)
    except CardRemovedError:
        raise  # the card left: that is what to say, not "it may be a copy"
    except EidError as error:
        return CheckResult(name, False, Reason.CHALLENGE_FAILED, detail=str(error.detail or error))
    try:
        key.verify(der_from_raw_ecdsa(answer, key), challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
    except (InvalidSignature, ValueError):
        return CheckResult(
            name, False, Reason.CHALLENGE_FAILED, detail="the answer is not a signature by the card key"
        )
    return CheckResult(name, True, Reason.VALID_TEST if key_check.test else Reason.VALID, test=key_check.test)


def verify_authenticity(
    contents: CardContents, config: TrustConfiguration, card: BelpicCard | None = None
) -> Report:
    """Every authenticity check for the files read; with ``card``, also the live challenge (1.8)."""
    root = _root_check(contents, config)
    rrn = _rrn_check(contents, config, root)
    identity, address = _signature_checks(contents, rrn)
    photo = _hash_check(
        CheckName.PHOTO_HASH, contents.identity.photo_hash, contents.photo, CardFile.PHOTO, identity
    )
    checks = [root, rrn, identity, address, photo]
    if contents.identity.basic_key_hash is not None or contents.basic_public_key is not None:
        key_check = _basic_key_check(contents, identity)
        checks.append(key_check)
        if card is not None:
            checks.append(_challenge_check(contents, card, key_check))
    return Report(tuple(checks))
