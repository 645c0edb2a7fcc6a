"""The Web eID authentication token (``web-eid:1.0``) and what its signature covers (web-eid.md).

The card signs H(H(origin) || H(nonce)): origin and nonce hashed as UTF-8 text (the nonce as its
base64 text), the two digests concatenated and hashed again. A verifier checks the signature over
H(origin) || H(nonce) with the usual hash-and-verify primitive. ECDSA signatures are raw r || s.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes

from eidcompanion.webeid.errors import TokenProblem, TokenValidationError

TOKEN_FORMAT = "web-eid:1.0"  # noqa: S105 - a format name, not a secret
TOKEN_FORMATS = (TOKEN_FORMAT, "web-eid:1.1")
"""The formats a relying party accepts: 1.0, and 1.1 (which adds the signing certificates)."""
MIN_TOKEN_LENGTH = 100
MAX_TOKEN_LENGTH = 10000

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "256": hashes.SHA256,
    "384": hashes.SHA384,
    "512": hashes.SHA512,
}
ALGORITHMS = ("ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512")


def hash_for(algorithm: str) -> hashes.HashAlgorithm:
    """SHA-256 for *S256, SHA-384 for *S384, SHA-512 for *S512."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unsupported algorithm {algorithm!r}")
    return HASHES[algorithm[2:]]()


def _digest(algorithm: hashes.HashAlgorithm, data: bytes) -> bytes:
    context = hashes.Hash(algorithm)
    context.update(data)
    return context.finalize()


def signed_message(algorithm: str, origin: str, nonce: str) -> bytes:
    """H(origin) || H(nonce): what a verifier hashes and checks the signature over."""
    hash_algorithm = hash_for(algorithm)
    return _digest(hash_algorithm, origin.encode("utf-8")) + _digest(hash_algorithm, nonce.encode("utf-8"))


def signed_digest(algorithm: str, origin: str, nonce: str) -> bytes:
    """H(H(origin) || H(nonce)): the digest the card signs."""
    return _digest(hash_for(algorithm), signed_message(algorithm, origin, nonce))


@dataclass(frozen=True)
class AuthToken:
    unverified_certificate: bytes
    """The DER authentication certificate (base64 in the JSON)."""
    algorithm: str
    signature: bytes
    app_version: str
    format: str = TOKEN_FORMAT

    def to_json(self) -> dict[str, str]:
        return {
            "unverifiedCertificate": base64.b64encode(self.unverified_certificate).decode("ascii"),
            "algorithm": self.algorithm,
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "format": self.format,
            "appVersion": self.app_version,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json())


def _field(document: dict[str, Any], name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str) or not value:
        raise TokenValidationError(TokenProblem.MALFORMED, f"the field {name!r} is missing or not a string")
    return value


def _base64(document: dict[str, Any], name: str) -> bytes:
    try:
        return base64.b64decode(_field(document, name), validate=True)
    except ValueError as exc:  # binascii.Error, or text that is not ASCII
        raise TokenValidationError(TokenProblem.MALFORMED, f"the field {name!r} is not base64") from exc


def parse_token(text: str) -> AuthToken:
    """Parse a token as a relying party receives it; any defect raises TokenValidationError."""
    if not isinstance(text, str) or not MIN_TOKEN_LENGTH <= len(text) <= MAX_TOKEN_LENGTH:
        raise TokenValidationError(
            TokenProblem.MALFORMED, f"a token has {MIN_TOKEN_LENGTH} to {MAX_TOKEN_LENGTH} characters"
        )
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, or an integer too long to convert
        raise TokenValidationError(TokenProblem.MALFORMED, "the token is not valid JSON") from exc
    if not isinstance(document, dict):
        raise TokenValidationError(TokenProblem.MALFORMED, "the token is not a JSON object")
    token_format = _field(document, "format")
    if token_format not in TOKEN_FORMATS:
        raise TokenValidationError(
            TokenProblem.UNSUPPORTED_FORMAT,
            f"format {token_format[:40]!r} is not one of {', '.join(TOKEN_FORMATS)}",
        )
    if token_format == TOKEN_FORMAT and "unverifiedSigningCertificates" in document:
        raise TokenValidationError(
            TokenProblem.MALFORMED, "a web-eid:1.0 token carries no signing certificates"
        )
    algorithm = _field(document, "algorithm")
    if algorithm not in ALGORITHMS:
        raise TokenValidationError(TokenProblem.UNSUPPORTED_ALGORITHM, f"algorithm {algorithm[:20]!r}")
    app_version = document.get("appVersion", "")
    return AuthToken(
        unverified_certificate=_base64(document, "unverifiedCertificate"),
        algorithm=algorithm,
        signature=_base64(document, "signature"),
        app_version=app_version if isinstance(app_version, str) else "",
        format=token_format,
    )
