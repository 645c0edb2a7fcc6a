"""Certificate chains: issuer signatures, validity periods, key usages, up to a pinned root."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.trust.roots import TrustedRoot


class Purpose(Enum):
    AUTHENTICATION = "authentication"
    NON_REPUDIATION = "non_repudiation"
    CERTIFICATION_AUTHORITY = "certification_authority"
    NATIONAL_REGISTER = "national_register"


class ChainProblem(Enum):
    ROOT_NOT_TRUSTED = "root_not_trusted"
    ISSUER_MISMATCH = "issuer_mismatch"
    BAD_ISSUER_SIGNATURE = "bad_issuer_signature"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    NOT_A_CA = "not_a_ca"
    WRONG_KEY_USAGE = "wrong_key_usage"


@dataclass(frozen=True)
class ChainResult:
    problem: ChainProblem | None
    position: int = 0
    """Which certificate the problem is about: 0 the leaf, then its issuers, the root last."""
    detail: str = ""
    root: TrustedRoot | None = None
    moment: dt.datetime | None = None
    """The date that matters for EXPIRED and NOT_YET_VALID."""

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def test(self) -> bool:
        return self.root is not None and self.root.test


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(Encoding.DER)


def extension_value(extensions: x509.Extensions, kind: type[x509.ExtensionType]) -> x509.ExtensionType | None:
    """The value of the extension of ``kind`` (of a certificate, an OCSP response, a CRL), or None."""
    try:
        return extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None


def _extension(certificate: x509.Certificate, kind: type[x509.ExtensionType]) -> x509.ExtensionType | None:
    return extension_value(certificate.extensions, kind)


def validity_problem(certificate: x509.Certificate, moment: dt.datetime) -> ChainProblem | None:
    """NOT_YET_VALID or EXPIRED at ``moment``; None within the validity period."""
    if moment < certificate.not_valid_before_utc:
        return ChainProblem.NOT_YET_VALID
    if moment > certificate.not_valid_after_utc:
        return ChainProblem.EXPIRED
    return None


def key_usage_problem(certificate: x509.Certificate, purpose: Purpose) -> str:
    """Why ``certificate`` is not meant for ``purpose`` (English), or "" when it is."""
    usage = _extension(certificate, x509.KeyUsage)
    if not isinstance(usage, x509.KeyUsage):
        return "no key usage extension"
    if purpose is Purpose.AUTHENTICATION:
        if not usage.digital_signature:
            return "not for digital signatures"
        extended = _extension(certificate, x509.ExtendedKeyUsage)
        if isinstance(extended, x509.ExtendedKeyUsage) and ExtendedKeyUsageOID.CLIENT_AUTH not in extended:
            return "extended key usage without client authentication"
    elif purpose is Purpose.NON_REPUDIATION:
        if not usage.content_commitment:
            return "not for non-repudiation"
    elif purpose is Purpose.CERTIFICATION_AUTHORITY:
        if not usage.key_cert_sign:
            return "not for signing certificates"
    elif not (usage.digital_signature or usage.content_commitment):
        return "not for signatures"
    return ""


_STRONG_HASHES = (hashes.SHA256, hashes.SHA384, hashes.SHA512)


def verify_issued_by(
    certificate: x509.Certificate, issuer: x509.Certificate, *, allow_sha1: bool = True
) -> None:
    """Check the issuer's signature on ``certificate``; raises InvalidSignature or ValueError.

    Done by hand rather than with ``verify_directly_issued_by`` because the older Belgian
    certificates (applet 1.1, Belgium Root CA2) are signed with SHA-1, which that refuses. SHA-1 is
    accepted only for those card chains (``allow_sha1``); MD5 and other hashes never are.
    """
    algorithm = certificate.signature_hash_algorithm
    if algorithm is None:
        raise ValueError("the certificate's signature algorithm has no hash")
    allowed = (*_STRONG_HASHES, hashes.SHA1) if allow_sha1 else _STRONG_HASHES
    if not isinstance(algorithm, allowed):
        raise ValueError(f"the certificate is signed with {algorithm.name}, which is not accepted")
    key = issuer.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(certificate.signature, certificate.tbs_certificate_bytes, padding.PKCS1v15(), algorithm)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(certificate.signature, certificate.tbs_certificate_bytes, ec.ECDSA(algorithm))
    else:
        raise ValueError(f"unsupported issuer key {type(key).__name__}")


def is_ca(certificate: x509.Certificate) -> bool:
    """A CA certificate: basic constraints cA and the key usage keyCertSign."""
    constraints = _extension(certificate, x509.BasicConstraints)
    usage = _extension(certificate, x509.KeyUsage)
    return (
        isinstance(constraints, x509.BasicConstraints)
        and constraints.ca
        and isinstance(usage, x509.KeyUsage)
        and usage.key_cert_sign
    )


def validate_chain(
    leaf: x509.Certificate,
    issuers: Sequence[x509.Certificate],
    config: TrustConfiguration,
    purpose: Purpose,
) -> ChainResult:
    """Validate ``leaf`` through ``issuers`` (its issuer first, the root last) at ``config.now()``.

    The last certificate must be one of the configuration's roots, recognised by fingerprint.
    """
    path = [leaf, *issuers]
    root_certificate = path[-1]
    root = config.root_for(_der(root_certificate))
    if root is None:
        return ChainResult(
            ChainProblem.ROOT_NOT_TRUSTED, len(path) - 1, root_certificate.subject.rfc4514_string()
        )
    for position, (certificate, issuer) in enumerate(zip(path, [*path[1:], root_certificate], strict=True)):
        if certificate.issuer != issuer.subject:
            return ChainResult(
                ChainProblem.ISSUER_MISMATCH, position, certificate.issuer.rfc4514_string(), root
            )
        try:
            verify_issued_by(certificate, issuer)
        except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm) as exc:
            return ChainResult(
                ChainProblem.BAD_ISSUER_SIGNATURE, position, str(exc) or type(exc).__name__, root
            )
        if position > 0 and not is_ca(certificate):
            return ChainResult(ChainProblem.NOT_A_CA, position, certificate.subject.rfc4514_string(), root)
    moment = config.now()
    for position, certificate in enumerate(path):
        problem = validity_problem(certificate, moment)
        if problem is ChainProblem.NOT_YET_VALID:
            return ChainResult(problem, position, "", root, certificate.not_valid_before_utc)
        if problem is ChainProblem.EXPIRED:
            return ChainResult(problem, position, "", root, certificate.not_valid_after_utc)
    usage_problem = key_usage_problem(leaf, purpose)
    if usage_problem:
        return ChainResult(ChainProblem.WRONG_KEY_USAGE, 0, usage_problem, root)
    return ChainResult(None, root=root)
