"""A throwaway certificate of exactly a given DER length, to stand in for a citizen's certificate.

An anonymized session must keep every file's length (the recorded READ BINARY commands depend on
it), but a citizen's certificate identifies them by its names, serial number and public key, all
of which the relying parties they logged in to hold. The stand-in has a fresh key of the same type,
neutral names, and a filler extension sized so that the DER is exactly as long as the original.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.oid import NameOID

from eidcompanion.card.certificates import CertificateFormatError, parse_certificate

FILLER_EXTENSION = x509.ObjectIdentifier("1.3.6.1.4.1.55555.1.1")
"""A private-arc OID; the extension only pads the certificate to the wanted length."""
MAX_ATTEMPTS = 64


def _fresh_key(original: x509.Certificate) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    key = original.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return rsa.generate_private_key(public_exponent=65537, key_size=key.key_size)
    if isinstance(key, ec.EllipticCurvePublicKey):
        return ec.generate_private_key(key.curve)
    return ec.generate_private_key(ec.SECP384R1())


def _build(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, role: str, filler: int) -> bytes:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"ANONYMIZED ({role})"),
        ]
    )
    issuer = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.COMMON_NAME, "ANONYMIZED stand-in issuer"),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2000, 1, 2, tzinfo=dt.UTC))
        .add_extension(x509.UnrecognizedExtension(FILLER_EXTENSION, bytes(filler)), critical=False)
    )
    algorithm = hashes.SHA256() if isinstance(key, rsa.RSAPrivateKey) else hashes.SHA384()
    return builder.sign(key, algorithm).public_bytes(Encoding.DER)


def stand_in_certificate(original_der: bytes, role: str) -> bytes | None:
    """A certificate as long as ``original_der``, with nothing of the original but its key type.

    None when the original is too short to be replaced this way (then the caller blanks it).
    """
    try:
        original = parse_certificate(original_der)
    except CertificateFormatError:
        return None
    key = _fresh_key(original)
    target = len(original_der)
    filler = 0
    for _attempt in range(MAX_ATTEMPTS):
        der = _build(key, role, filler)
        if len(der) == target:
            return der
        filler += target - len(der)
        if filler < 0:
            return None
    return None


def stand_in_public_key(spki: bytes) -> bytes:
    """A fresh P-384 SubjectPublicKeyInfo as long as ``spki`` (the card's basic key), else zeros."""
    fresh = ec.generate_private_key(ec.SECP384R1()).public_key()
    der = fresh.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return der if len(der) == len(spki) else bytes(len(spki))
