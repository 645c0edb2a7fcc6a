"""Validate a Web eID authentication token as the login page's server would (web-eid.md).

1. the token: 100..10000 characters of JSON, ``format`` web-eid:1, a known algorithm;
2. the certificate: valid at the check time, for digital signatures, client authentication when it
   has extended key usages, no disallowed policy, signed (SHA-256 or stronger) directly by one of the
   configured CAs. The token carries no intermediate certificates, so the configured CAs must be the
   issuing CAs themselves (e.g. the Citizen CAs), each a valid CA certificate (cA, keyCertSign);
   configuring only a root does not let its citizens' certificates in;
3. revocation by OCSP (on by default; an unknown status rejects the token);
4. the signature over H(origin) || H(nonce) for the site's own origin and the nonce it issued, with
   ES256/ES384/ES512 bound to the curves P-256/P-384/P-521 (RFC 7518).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from eidcompanion.card.certificates import CertificateFormatError, parse_certificate
from eidcompanion.trust.chain import (
    ChainProblem,
    Purpose,
    extension_value,
    is_ca,
    key_usage_problem,
    validity_problem,
    verify_issued_by,
)
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.trust.signatures import der_from_raw_ecdsa
from eidcompanion.webeid.errors import InvalidArgumentError, TokenProblem, TokenValidationError
from eidcompanion.webeid.origin import validate_nonce, validate_origin
from eidcompanion.webeid.token import AuthToken, hash_for, parse_token, signed_message


@dataclass(frozen=True)
class ValidatorConfiguration:
    trusted_cas: tuple[x509.Certificate, ...]
    """The CAs whose certificates log in: the issuing CAs themselves (e.g. the Citizen CAs)."""
    trust: TrustConfiguration = field(default_factory=TrustConfiguration)
    """Time, revocation (on by default; ``without_revocation()`` turns it off), allowlist, timeouts."""
    disallowed_policies: frozenset[str] = frozenset()
    """Certificate policy OIDs that must not log in (e.g. a test policy on a production site)."""


_CURVES = {"ES256": "secp256r1", "ES384": "secp384r1", "ES512": "secp521r1"}


def _fail(problem: TokenProblem, reason: str) -> TokenValidationError:
    return TokenValidationError(problem, reason)


def _check_period(certificate: x509.Certificate, config: ValidatorConfiguration, what: str) -> None:
    problem = validity_problem(certificate, config.trust.now())
    if problem is ChainProblem.NOT_YET_VALID:
        raise _fail(
            TokenProblem.CERTIFICATE_NOT_YET_VALID, f"{what} is valid from {certificate.not_valid_before_utc}"
        )
    if problem is ChainProblem.EXPIRED:
        raise _fail(TokenProblem.CERTIFICATE_EXPIRED, f"{what} expired on {certificate.not_valid_after_utc}")


def _check_purpose(certificate: x509.Certificate, config: ValidatorConfiguration) -> None:
    """For logging in (digital signature; client authentication when it has extended key usages),
    without a policy the site refuses."""
    problem = key_usage_problem(certificate, Purpose.AUTHENTICATION)
    if problem:
        raise _fail(TokenProblem.CERTIFICATE_PURPOSE, f"key usage: {problem}")
    policies = extension_value(certificate.extensions, x509.CertificatePolicies)
    for policy in policies if isinstance(policies, x509.CertificatePolicies) else ():
        if policy.policy_identifier.dotted_string in config.disallowed_policies:
            raise _fail(TokenProblem.CERTIFICATE_POLICY, f"policy {policy.policy_identifier.dotted_string}")


def _trusted_issuer(certificate: x509.Certificate, config: ValidatorConfiguration) -> x509.Certificate:
    """The configured CA that issued ``certificate`` (checking its signature and its validity)."""
    for ca in config.trusted_cas:
        if ca.subject != certificate.issuer:
            continue
        if not is_ca(ca):
            continue
        try:
            verify_issued_by(certificate, ca, allow_sha1=False)
        except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
            continue
        _check_period(ca, config, "the issuing CA")
        return ca
    raise _fail(TokenProblem.CERTIFICATE_UNTRUSTED, "the certificate was not issued by a trusted CA")


def _check_revocation(
    certificate: x509.Certificate, issuer: x509.Certificate, config: ValidatorConfiguration
) -> None:
    if not config.trust.check_revocation:
        return
    from eidcompanion.trust.revocation import RevocationStatus, check_revocation  # noqa: PLC0415 - loads requests

    result = check_revocation(certificate, issuer, config.trust)
    if result.status is RevocationStatus.REVOKED:
        raise _fail(TokenProblem.CERTIFICATE_REVOKED, f"revoked on {result.revoked_at}")
    if result.status is not RevocationStatus.GOOD:
        raise _fail(TokenProblem.REVOCATION_UNKNOWN, result.detail)


def _check_signature(token: AuthToken, certificate: x509.Certificate, origin: str, nonce: str) -> None:
    message = signed_message(token.algorithm, origin, nonce)
    algorithm = hash_for(token.algorithm)
    key = certificate.public_key()
    try:
        if token.algorithm.startswith("ES"):
            if not isinstance(key, ec.EllipticCurvePublicKey):
                raise _fail(TokenProblem.UNSUPPORTED_ALGORITHM, f"{token.algorithm} with a non-EC key")
            if key.curve.name != _CURVES[token.algorithm]:
                raise _fail(
                    TokenProblem.UNSUPPORTED_ALGORITHM, f"{token.algorithm} with a key on {key.curve.name}"
                )
            try:
                signature = der_from_raw_ecdsa(token.signature, key)
            except ValueError as exc:
                raise _fail(TokenProblem.SIGNATURE_INVALID, str(exc)) from exc
            key.verify(signature, message, ec.ECDSA(algorithm))
        else:
            if not isinstance(key, rsa.RSAPublicKey):
                raise _fail(TokenProblem.UNSUPPORTED_ALGORITHM, f"{token.algorithm} with a non-RSA key")
            if token.algorithm.startswith("PS"):
                scheme: padding.AsymmetricPadding = padding.PSS(
                    padding.MGF1(algorithm), algorithm.digest_size
                )
            else:
                scheme = padding.PKCS1v15()
            key.verify(token.signature, message, scheme, algorithm)
    except InvalidSignature as exc:
        raise _fail(TokenProblem.SIGNATURE_INVALID, "the signature is not for this origin and nonce") from exc


def validate_token(
    token_text: str, origin: str, nonce: str, config: ValidatorConfiguration
) -> x509.Certificate:
    """Every check of web-eid.md; returns the holder's certificate, or raises TokenValidationError."""
    try:
        validate_origin(origin)
    except InvalidArgumentError as exc:
        raise _fail(TokenProblem.ORIGIN_INVALID, str(exc.detail)) from exc
    try:
        validate_nonce(nonce)
    except InvalidArgumentError as exc:
        raise _fail(TokenProblem.NONCE_INVALID, str(exc.detail)) from exc
    token = parse_token(token_text)
    try:
        certificate = parse_certificate(token.unverified_certificate)
    except CertificateFormatError as exc:
        raise _fail(TokenProblem.CERTIFICATE_MALFORMED, f"the certificate is not valid ({exc})") from exc
    _check_period(certificate, config, "the certificate")
    _check_purpose(certificate, config)
    issuer = _trusted_issuer(certificate, config)
    _check_signature(token, certificate, origin, nonce)
    _check_revocation(certificate, issuer, config)
    return certificate


def load_certificates(blobs: Sequence[bytes]) -> tuple[x509.Certificate, ...]:
    """Certificates from PEM (one or several per blob) or DER; raises CertificateFormatError."""
    certificates: list[x509.Certificate] = []
    for blob in blobs:
        if b"-----BEGIN" in blob:
            try:
                ders = [c.public_bytes(Encoding.DER) for c in x509.load_pem_x509_certificates(blob)]
            except (ValueError, x509.InvalidVersion) as exc:
                raise CertificateFormatError(str(exc)) from exc
        else:
            ders = [blob]
        certificates.extend(parse_certificate(der) for der in ders)
    return tuple(certificates)
