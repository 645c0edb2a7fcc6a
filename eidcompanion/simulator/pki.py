"""A test PKI shaped like the Belgian one: root -> citizen CA -> authentication and signature
certificates, and root -> RRN certificate (the key that signs the identity and address files).

Every name says TEST and SIMULATED; nothing here is ever trusted outside a test configuration.
The root, citizen CA and RRN keys are committed (``data/test-authorities-*.pem``) so that the test
roots have stable fingerprints a test configuration can pin; the citizen keys are new for each card.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

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
class TestAuthorities:
    """The fixed part of a test PKI: root, citizen CA and the RRN key that signs the card's files."""

    root: IssuedKey
    citizen_ca: IssuedKey
    rrn: IssuedKey


@dataclass(frozen=True)
class TestPki:
    root: IssuedKey
    citizen_ca: IssuedKey
    authentication: IssuedKey
    signature: IssuedKey
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
    ocsp_url: str | None = None,
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
    if ocsp_url:
        access = x509.AccessDescription(
            AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
        )
        builder = builder.add_extension(x509.AuthorityInformationAccess([access]), critical=False)
    certificate = builder.sign(signing_key, algorithm.certificate_hash)
    return IssuedKey(subject_key, certificate)


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def generate_authorities(algorithm: KeyAlgorithm) -> TestAuthorities:
    """New root, citizen CA and RRN keys and certificates (the committed ones come from here)."""
    root_validity = (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2045, 1, 1, tzinfo=dt.UTC))
    root_name = f"{TEST_ROOT_COMMON_NAME} ({algorithm.value})"
    root = _issue(
        _name((NameOID.COUNTRY_NAME, "BE"), (NameOID.COMMON_NAME, root_name)),
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
    rrn = _issue(
        _name(
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.ORGANIZATION_NAME, "eidcompanion SIMULATED TEST RRN"),
            (NameOID.COMMON_NAME, "TEST RRN"),
        ),
        algorithm.generate(), root, algorithm, ca_validity,
        ca=False, key_usage={"digital_signature": True, "content_commitment": True},
    )  # fmt: skip
    return TestAuthorities(root, citizen_ca, rrn)


def authorities_path(algorithm: KeyAlgorithm) -> str:
    return f"test-authorities-{'ec' if algorithm is KeyAlgorithm.EC_P384 else 'rsa'}.pem"


def dump_authorities(authorities: TestAuthorities) -> bytes:
    """Keys and certificates as one PEM file: root, citizen CA, RRN (key then certificate each)."""
    out = b""
    for issued in (authorities.root, authorities.citizen_ca, authorities.rrn):
        out += issued.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        out += issued.certificate.public_bytes(Encoding.PEM)
    return out


def load_authorities(pem: bytes) -> TestAuthorities:
    blocks = [b"-----BEGIN" + block for block in pem.split(b"-----BEGIN")[1:]]
    if len(blocks) != 6:
        raise ValueError(f"a test authorities file has 6 PEM blocks, not {len(blocks)}")
    issued = []
    for key_block, certificate_block in zip(blocks[::2], blocks[1::2], strict=True):
        key = load_pem_private_key(key_block, password=None)
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise ValueError("unexpected key type in the test authorities file")
        issued.append(IssuedKey(key, x509.load_pem_x509_certificate(certificate_block)))
    return TestAuthorities(*issued)


@cache
def simulator_authorities(algorithm: KeyAlgorithm) -> TestAuthorities:
    """The committed test authorities, so that the simulator's test root has a stable fingerprint."""
    data = resources.files("eidcompanion.simulator").joinpath("data").joinpath(authorities_path(algorithm))
    return load_authorities(data.read_bytes())


def build_test_pki(
    holder: Holder,
    algorithm: KeyAlgorithm,
    card_validity: tuple[dt.date, dt.date],
    *,
    ocsp_url: str | None = None,
) -> TestPki:
    """Fresh citizen keys and certificates under the committed test authorities."""
    authorities = simulator_authorities(algorithm)
    begin, end = _utc(card_validity[0]), _utc(card_validity[1])

    def citizen(role: str, usage: dict[str, bool], eku: list[x509.ObjectIdentifier] | None) -> IssuedKey:
        subject = _name(
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.COMMON_NAME, f"{holder.given_names.split()[0]} {holder.surname} ({role})"),
            (NameOID.SURNAME, holder.surname),
            (NameOID.GIVEN_NAME, holder.given_names),
            (NameOID.SERIAL_NUMBER, holder.national_number),
        )
        return _issue(
            subject, algorithm.generate(), authorities.citizen_ca, algorithm, (begin, end), ca=False,
            key_usage=usage, extended_usage=eku, ocsp_url=ocsp_url,
        )  # fmt: skip

    authentication = citizen("Authentication", {"digital_signature": True}, [ExtendedKeyUsageOID.CLIENT_AUTH])
    signature = citizen("Signature", {"content_commitment": True}, None)
    return TestPki(authorities.root, authorities.citizen_ca, authentication, signature, authorities.rrn)


def main(argv: list[str] | None = None) -> int:
    """``python -m eidcompanion.simulator.pki --force``: regenerate the committed test authorities.

    New authorities have new fingerprints: update ``TEST_ROOTS`` in ``eidcompanion/trust/roots.py``.
    """
    if "--force" not in (sys.argv[1:] if argv is None else argv):
        print("refusing to replace the committed test authorities without --force", file=sys.stderr)
        return 2
    folder = Path(__file__).resolve().parent / "data"
    for algorithm in KeyAlgorithm:
        path = folder / authorities_path(algorithm)
        path.write_bytes(dump_authorities(generate_authorities(algorithm)))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
