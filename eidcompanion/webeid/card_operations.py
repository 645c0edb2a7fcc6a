"""Web eID operations on the card: the authentication token, and signatures with Web eID ``sign``
semantics (the digest and its hash function are given; the card's signing certificate must be the
one the page chose)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from eidcompanion import __version__
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.certificates import load_certificate
from eidcompanion.card.digests import DIGEST_INFO_PREFIXES
from eidcompanion.card.files import CardFile
from eidcompanion.card.pin_entry import KeyRole, PinEntry
from eidcompanion.webeid.errors import (
    CERTIFICATE,
    HASH,
    HASH_FUNCTION,
    InvalidArgumentError,
    NoAuthenticationCertificateError,
    WrongSigningCardError,
)
from eidcompanion.webeid.origin import validate_nonce, validate_origin
from eidcompanion.webeid.requests import HASH_SIZES
from eidcompanion.webeid.token import AuthToken, signed_digest

APP_VERSION = f"https://github.com/eidcompanion/eidcompanion/releases/{__version__}"

_EC_ALGORITHM_REFERENCES = {
    "SHA-256": 0x01, "SHA-384": 0x02, "SHA-512": 0x04,
    "SHA3-256": 0x08, "SHA3-384": 0x10, "SHA3-512": 0x20,
    "SHA-224": 0x40,  # "hash given, algorithm not specified"
}  # fmt: skip
RSA_WITH_DIGEST_INFO = 0x01
"""Applet 1.7: PKCS#1 v1.5 over a DigestInfo the host supplies."""


def _certificate(card: BelpicCard, file: CardFile) -> tuple[bytes, x509.Certificate] | None:
    der = card.read_certificate(file)
    return None if der is None else (der, load_certificate(file, der))


def _ec_algorithm(key: ec.EllipticCurvePublicKey) -> str:
    return {256: "ES256", 384: "ES384", 521: "ES512"}.get(key.curve.key_size, "ES384")


@dataclass(frozen=True)
class AuthenticationPlan:
    """What the card will sign for a login, worked out before the PIN is asked."""

    certificate: bytes
    algorithm: str
    """The token's algorithm: ES256/ES384/ES512 or RS256."""
    algorithm_reference: int
    data: bytes
    """The digest (EC) or DigestInfo (RSA) of H(origin) || H(nonce)."""


def plan_authentication(card: BelpicCard, origin: str, nonce: str) -> AuthenticationPlan:
    """Check the request and read the authentication certificate, before the PIN is asked: a card
    that cannot log in (a child's card) or a bad request is refused without asking for it."""
    validate_origin(origin)
    validate_nonce(nonce)
    found = _certificate(card, CardFile.AUTHENTICATION_CERTIFICATE)
    if found is None:
        raise NoAuthenticationCertificateError()
    der, certificate = found
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        algorithm = _ec_algorithm(key)
        reference = _EC_ALGORITHM_REFERENCES[f"SHA-{algorithm[2:]}"]
        return AuthenticationPlan(der, algorithm, reference, signed_digest(algorithm, origin, nonce))
    if isinstance(key, rsa.RSAPublicKey):
        digest_info = DIGEST_INFO_PREFIXES["SHA-256"] + signed_digest("RS256", origin, nonce)
        return AuthenticationPlan(der, "RS256", RSA_WITH_DIGEST_INFO, digest_info)
    raise InvalidArgumentError(CERTIFICATE, f"unsupported key {type(key).__name__}")


def authenticate_planned(card: BelpicCard, plan: AuthenticationPlan, entry: PinEntry) -> AuthToken:
    """Sign the planned login challenge with the authentication key: the token ``web-eid:1.0``."""
    signature = card.sign(KeyRole.AUTHENTICATION, plan.algorithm_reference, plan.data, entry)
    return AuthToken(plan.certificate, plan.algorithm, signature, APP_VERSION)


def authenticate(card: BelpicCard, origin: str, nonce: str, entry: PinEntry) -> AuthToken:
    """Plan and sign a login in one go (for callers that already hold the PIN entry)."""
    return authenticate_planned(card, plan_authentication(card, origin, nonce), entry)


@dataclass(frozen=True)
class SignatureResult:
    signature: bytes
    crypto_algorithm: str
    hash_function: str
    padding_scheme: str

    def to_json(self) -> dict[str, Any]:
        return {
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "signatureAlgorithm": {
                "cryptoAlgorithm": self.crypto_algorithm,
                "hashFunction": self.hash_function,
                "paddingScheme": self.padding_scheme,
            },
        }


def supported_signature_algorithms(certificate: x509.Certificate) -> list[dict[str, str]]:
    if isinstance(certificate.public_key(), rsa.RSAPublicKey):
        return [
            {"cryptoAlgorithm": "RSA", "hashFunction": name, "paddingScheme": "PKCS1.5"}
            for name in ("SHA-224", "SHA-256", "SHA-384", "SHA-512")
        ]
    return [
        {"cryptoAlgorithm": "ECC", "hashFunction": name, "paddingScheme": "NONE"}
        for name in _EC_ALGORITHM_REFERENCES
    ]


def signing_certificate(card: BelpicCard) -> dict[str, Any]:
    """What ``get-signing-certificate`` answers: the certificate and the algorithms it signs with."""
    found = _certificate(card, CardFile.SIGNATURE_CERTIFICATE)
    if found is None:
        raise WrongSigningCardError("the card has no signature certificate")
    der, certificate = found
    return {
        "certificate": base64.b64encode(der).decode("ascii"),
        "supportedSignatureAlgorithms": supported_signature_algorithms(certificate),
    }


@dataclass(frozen=True)
class SignaturePlan:
    """A checked signature request: what the card will be asked to sign, and how."""

    algorithm_reference: int
    data: bytes
    crypto_algorithm: str
    hash_function: str
    padding_scheme: str


def plan_signature(
    card: BelpicCard, digest: bytes, hash_function: str, *, certificate: bytes | None = None
) -> SignaturePlan:
    """Check a ``sign`` request before the citizen is asked for a PIN: the hash fits its function,
    and the card's signature certificate is the one the page chose."""
    if hash_function not in HASH_SIZES:
        raise InvalidArgumentError(
            HASH_FUNCTION, f"{hash_function[:20]!r} is not one of {', '.join(HASH_SIZES)}"
        )
    if len(digest) != HASH_SIZES[hash_function]:
        raise InvalidArgumentError(
            HASH, f"a {hash_function} hash has {HASH_SIZES[hash_function]} bytes, not {len(digest)}"
        )
    found = _certificate(card, CardFile.SIGNATURE_CERTIFICATE)
    if found is None:
        raise WrongSigningCardError("the card has no signature certificate")
    der, signing_cert = found
    if certificate is not None and certificate != der:
        raise WrongSigningCardError("the card's signature certificate is not the requested one")
    if isinstance(signing_cert.public_key(), rsa.RSAPublicKey):
        if hash_function not in DIGEST_INFO_PREFIXES:
            raise InvalidArgumentError(HASH_FUNCTION, f"an RSA card does not sign {hash_function}")
        data = DIGEST_INFO_PREFIXES[hash_function] + digest
        return SignaturePlan(RSA_WITH_DIGEST_INFO, data, "RSA", hash_function, "PKCS1.5")
    return SignaturePlan(_EC_ALGORITHM_REFERENCES[hash_function], digest, "ECC", hash_function, "NONE")


def sign_planned(card: BelpicCard, plan: SignaturePlan, entry: PinEntry) -> SignatureResult:
    """A qualified (non-repudiation) signature; the PIN is verified just before it."""
    signature = card.sign(KeyRole.NON_REPUDIATION, plan.algorithm_reference, plan.data, entry)
    return SignatureResult(signature, plan.crypto_algorithm, plan.hash_function, plan.padding_scheme)


def sign(
    card: BelpicCard, digest: bytes, hash_function: str, entry: PinEntry, *, certificate: bytes | None = None
) -> SignatureResult:
    """``plan_signature`` then ``sign_planned``."""
    return sign_planned(card, plan_signature(card, digest, hash_function, certificate=certificate), entry)
