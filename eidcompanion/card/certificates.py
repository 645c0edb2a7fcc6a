"""Certificate files: DER followed by zero padding, or all zeros when the certificate is absent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.x509.oid import NameOID

from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile

MAX_CERTIFICATE_LENGTH = 0x7FFF
NAME_OVERRIDES = {NameOID.SERIAL_NUMBER: "serialNumber", NameOID.GIVEN_NAME: "GN", NameOID.SURNAME: "SN"}


def der_total_length(header: bytes) -> int | None:
    """Total length of the DER SEQUENCE that starts ``header``; None if the header is incomplete.

    Raises ``ValueError`` when the bytes cannot start a certificate.
    """
    if len(header) < 2:
        return None
    if header[0] != 0x30:
        raise ValueError(f"a certificate starts with 30 (SEQUENCE), not {header[0]:02X}")
    first = header[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 3:
        raise ValueError(f"unsupported DER length form {first:02X}")
    if len(header) < 2 + count:
        return None
    total = 2 + count + int.from_bytes(header[2 : 2 + count], "big")
    if total > MAX_CERTIFICATE_LENGTH:
        raise ValueError(f"a certificate of {total} bytes is not plausible")
    return total


def is_absent(first_chunk: bytes) -> bool:
    """An absent certificate is a file of zero bytes (e.g. a child's card has no authentication key)."""
    return not any(first_chunk)


def trim_certificate(file: CardFile, data: bytes) -> bytes | None:
    """The DER certificate in a certificate file, or None when the file holds none."""
    if is_absent(data):
        return None
    try:
        total = der_total_length(data)
    except ValueError as exc:
        raise CorruptFileError(file, str(exc)) from exc
    if total is None or total > len(data):
        raise CorruptFileError(file, f"the certificate is cut short ({len(data)} bytes)")
    if any(data[total:]):
        raise CorruptFileError(file, "the padding after the certificate is not zero")
    return bytes(data[:total])


@dataclass(frozen=True)
class CertificateSummary:
    """What a person or a relying party wants to see of a certificate."""

    subject: str
    issuer: str
    common_name: str
    serial_number: str
    not_before: datetime
    not_after: datetime
    key_type: str


def load_certificate(file: CardFile, der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError as exc:
        raise CorruptFileError(file, f"not a valid X.509 certificate ({exc})") from exc


def summarize(file: CardFile, der: bytes) -> CertificateSummary:
    certificate = load_certificate(file, der)
    key = certificate.public_key()
    key_size = getattr(key, "key_size", None)
    curve = getattr(getattr(key, "curve", None), "name", None)
    key_type = f"EC {curve}" if curve else f"RSA-{key_size}" if key_size else type(key).__name__
    return CertificateSummary(
        subject=certificate.subject.rfc4514_string(NAME_OVERRIDES),
        issuer=certificate.issuer.rfc4514_string(NAME_OVERRIDES),
        common_name=", ".join(
            str(attribute.value)
            for attribute in certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        ),
        serial_number=format(certificate.serial_number, "X"),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        key_type=key_type,
    )
