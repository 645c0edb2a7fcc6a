"""A site's server checks the identity data a page sent it: never trust the browser.

The ``integrity`` part of a ``get-identity`` answer holds the files as the card stores them, the
National Register's signatures over them, and the RRN and root certificates. The data are authentic
when the root is one the site trusts (the pinned Belgian roots; test roots only in a test
configuration), the RRN certificate chains to it for the National Register's purpose, the identity
and address signatures verify, and the photo matches the hash in the signed identity. The values to
use are the ones parsed from those checked files, never the page's plain fields.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from cryptography.hazmat.primitives.asymmetric import ec

from eidcompanion.card.address import Address, parse_address
from eidcompanion.card.certificates import CertificateFormatError, parse_certificate
from eidcompanion.card.digests import HASH_BY_DIGEST_LENGTH
from eidcompanion.card.identity import Identity, parse_identity
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.trust.chain import Purpose, validate_chain
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.trust.signatures import address_messages, verify_file_signature

REQUIRED = (
    "identity",
    "identitySignature",
    "address",
    "addressSignature",
    "rrnCertificate",
    "rootCertificate",
)


class IdentityProblem(Enum):
    MALFORMED = "malformed"
    ROOT_NOT_TRUSTED = "root_not_trusted"
    RRN_CERTIFICATE_INVALID = "rrn_certificate_invalid"
    IDENTITY_SIGNATURE_INVALID = "identity_signature_invalid"
    ADDRESS_SIGNATURE_INVALID = "address_signature_invalid"
    PHOTO_MISMATCH = "photo_mismatch"


class IdentityDataError(EidError):
    """The identity data do not prove themselves; ``problem`` says which check failed."""

    code = ErrorCode.IDENTITY_DATA_INVALID

    def __init__(self, problem: IdentityProblem, detail: str) -> None:
        self.problem = problem
        super().__init__(detail)


@dataclass(frozen=True)
class CheckedIdentity:
    identity: Identity
    address: Address
    photo: bytes | None
    test: bool
    """Signed under a test root (a simulated or test card): only a test configuration accepts it."""


def _decoded(integrity: Mapping[str, object], name: str) -> bytes:
    value = integrity.get(name)
    if not isinstance(value, str) or not value:
        raise IdentityDataError(IdentityProblem.MALFORMED, f"{name} is missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise IdentityDataError(IdentityProblem.MALFORMED, f"{name} is not base64") from exc


def check_identity_data(integrity: Mapping[str, object], config: TrustConfiguration) -> CheckedIdentity:
    """The identity and address from checked files, or IdentityDataError naming the failed check."""
    files = {name: _decoded(integrity, name) for name in REQUIRED}
    photo = _decoded(integrity, "photo") if "photo" in integrity else None
    root_der = files["rootCertificate"]
    root = config.root_for(root_der)
    if root is None:
        raise IdentityDataError(IdentityProblem.ROOT_NOT_TRUSTED, "the root is not one this site trusts")
    try:
        rrn = parse_certificate(files["rrnCertificate"])
        chain = validate_chain(rrn, [parse_certificate(root_der)], config, Purpose.NATIONAL_REGISTER)
        identity = parse_identity(files["identity"])
        address = parse_address(files["address"])
    except CertificateFormatError as exc:
        raise IdentityDataError(IdentityProblem.MALFORMED, f"a certificate cannot be read ({exc})") from exc
    except EidError as exc:
        raise IdentityDataError(IdentityProblem.MALFORMED, f"a file cannot be read ({exc})") from exc
    if not chain.ok:
        raise IdentityDataError(IdentityProblem.RRN_CERTIFICATE_INVALID, f"{chain.problem}: {chain.detail}")
    key = rrn.public_key()
    digest_length = len(identity.photo_hash)
    signed = verify_file_signature(key, files["identitySignature"], [files["identity"]], digest_length)
    if not signed.valid:
        raise IdentityDataError(IdentityProblem.IDENTITY_SIGNATURE_INVALID, str(signed.verdict))
    messages = address_messages(
        files["address"], files["identitySignature"], isinstance(key, ec.EllipticCurvePublicKey)
    )
    signed = verify_file_signature(key, files["addressSignature"], messages, digest_length)
    if not signed.valid:
        raise IdentityDataError(IdentityProblem.ADDRESS_SIGNATURE_INVALID, str(signed.verdict))
    if photo is not None:
        algorithm = HASH_BY_DIGEST_LENGTH.get(digest_length)
        if algorithm is None or hashlib.new(algorithm, photo).digest() != identity.photo_hash:
            raise IdentityDataError(
                IdentityProblem.PHOTO_MISMATCH, "the photo is not the one the identity names"
            )
    return CheckedIdentity(identity, address, photo, root.test)
