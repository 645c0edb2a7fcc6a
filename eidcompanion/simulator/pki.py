"""A test PKI shaped like the Belgian one: root -> citizen CA -> authentication and signature
certificates, and root -> RRN certificate (the key that signs the identity and address files).

Every name says TEST and SIMULATED; nothing here is ever trusted outside a test configuration.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

TEST_ROOT_COMMON_NAME = "eidcompanion SIMULATED TEST Root CA"


class KeyAlgorithm(Enum):
    RSA_2048 = "RSA-2048"
    EC_P384 = "EC P-384"

    def generate(self) -> PrivateKey:
        if self is KeyAlgorithm.RSA_2048:
            return rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return ec.generate_private_key(ec.SECP384R1())

    @property
    def certificate_hash(self) -> hashes.SHA256 | hashes.SHA384:
        return hashes.SHA256() if self is KeyAlgorithm.RSA_2048 else hashes.SHA384()


@dataclass(frozen=True)
class Holder:
    """The names the citizen's certificates carry."""

    surname: str
    given_names: str
    national_number: str


@dataclass(frozen=True)
class IssuedKey:
    key: PrivateKey
    certificate: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(Encoding.DER)


@dataclass(frozen=True)
class TestPki:
    root: IssuedKey
    citizen_ca: IssuedKey
    authentication: IssuedKey | None
    signature: IssuedKey | None
    rrn: IssuedKey


def _name(*parts: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in parts])


def _issue(
    subject: x509.Name,
    subject_key: PrivateKey,
    issuer: IssuedKey | None,
    algorithm: KeyAlgorithm,
    validity: tuple[dt.datetime, dt.datetime],
    *,
    ca: bool,
    key_usage: dict[str, bool],
    extended_usage: list[x509.ObjectIdentifier] | None = None,
) -> IssuedKey:
    signing_key = issuer.key if issuer else subject_key
    issuer_name = issuer.certificate.subject if issuer else subject
    usage = {
        name: key_usage.get(name, False)
        for name in (
            "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
            "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
        )
    }  # fmt: skip
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(**usage), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(subject_key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    if extended_usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(extended_usage), critical=False)
    certificate = builder.sign(signing_key, algorithm.certificate_hash)
    return IssuedKey(subject_key, certificate)


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def build_test_pki(
    holder: Holder,
    algorithm: KeyAlgorithm,
    card_validity: tuple[dt.date, dt.date],
    *,
    with_authentication: bool = True,
    with_signature: bool = True,
) -> TestPki:
    """Generate fresh keys and certificates for one simulated card."""
    begin, end = _utc(card_validity[0]), _utc(card_validity[1])
    root_validity = (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2045, 1, 1, tzinfo=dt.UTC))
    root = _issue(
        _name((NameOID.COUNTRY_NAME, "BE"), (NameOID.COMMON_NAME, TEST_ROOT_COMMON_NAME)),
        algorithm.generate(), None, algorithm, root_validity,
        ca=True, key_usage={"key_cert_sign": True, "crl_sign": True},
    )  # fmt: skip
    ca_validity = (dt.datetime(2022, 1, 1, tzinfo=dt.UTC), dt.datetime(2040, 1, 1, tzinfo=dt.UTC))
    citizen_ca = _issue(
        _name(
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.COMMON_NAME, "eidcompanion SIMULATED TEST Citizen CA"),
            (NameOID.SERIAL_NUMBER, "2026"),
        ),
        algorithm.generate(), root, algorithm, ca_validity,
        ca=True, key_usage={"key_cert_sign": True, "crl_sign": True},
    )  # fmt: skip

    def citizen(role: str, usage: dict[str, bool], eku: list[x509.ObjectIdentifier] | None) -> IssuedKey:
        subject = _name(
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.COMMON_NAME, f"{holder.given_names.split()[0]} {holder.surname} ({role})"),
            (NameOID.SURNAME, holder.surname),
            (NameOID.GIVEN_NAME, holder.given_names),
            (NameOID.SERIAL_NUMBER, holder.national_number),
        )
        return _issue(subject, algorithm.generate(), citizen_ca, algorithm, (begin, end), ca=False,
                      key_usage=usage, extended_usage=eku)  # fmt: skip

    authentication = (
        citizen("Authentication", {"digital_signature": True}, [ExtendedKeyUsageOID.CLIENT_AUTH])
        if with_authentication
        else None
    )
    signature = citizen("Signature", {"content_commitment": True}, None) if with_signature else None
    rrn = _issue(
        _name(
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.ORGANIZATION_NAME, "eidcompanion SIMULATED TEST RRN"),
            (NameOID.COMMON_NAME, "TEST RRN"),
        ),
        algorithm.generate(), root, algorithm, ca_validity,
        ca=False, key_usage={"digital_signature": True, "content_commitment": True},
    )  # fmt: skip
    return TestPki(root, citizen_ca, authentication, signature, rrn)
