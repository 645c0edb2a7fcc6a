"""Certificate files: DER followed by zero padding, or all zeros when the certificate is absent."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.x509.oid import NameOID

from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile

# cryptography warns on stderr when it reads a name attribute of an unexpected size (a 3-letter
# country, say) in a certificate: the certificate is still read and shown as it is, so the
# citizen gets no library warning in the middle of the output.
warnings.filterwarnings("ignore", message="Attribute's length must be", category=UserWarning)
warnings.filterwarnings("ignore", message="Parsed a serial number which wasn't positive")

MAX_CERTIFICATE_LENGTH = 0x7FFF
NAME_OVERRIDES = {NameOID.SERIAL_NUMBER: "serialNumber", NameOID.GIVEN_NAME: "GN", NameOID.SURNAME: "SN"}


def der_total_length(header: bytes) -> int | None:
    """Total length of the DER SEQUENCE that starts ``header``; None if the header is incomplete.

    Raises ``ValueError`` when the bytes cannot start a certificate.
    """
    if header[:1] not in (b"", b"\x30"):
        raise ValueError(f"a certificate starts with 30 (SEQUENCE), not {header[0]:02X}")
    found = _length_at(header, 0)
    if found is None:
        return None
    start, length = found
    if start + length > MAX_CERTIFICATE_LENGTH:
        raise ValueError(f"a certificate of {start + length} bytes is not plausible")
    return start + length


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


X509_PARSE_ERRORS = (x509.InvalidVersion, x509.DuplicateExtension, x509.UnsupportedGeneralNameType)
"""What cryptography raises, besides ValueError, for certificates it cannot read."""


class CertificateFormatError(ValueError):
    """Bytes that are not a strictly encoded X.509 certificate."""


def _length_at(data: bytes, position: int) -> tuple[int, int] | None:
    """(start of the value, its length) of the DER element at ``position``; None when the bytes end
    inside its header. Raises CertificateFormatError for a length that is not DER."""
    if position + 2 > len(data):
        return None
    first = data[position + 1]
    if first < 0x80:
        return position + 2, first
    count = first & 0x7F
    if not 1 <= count <= 3:
        raise CertificateFormatError(f"unsupported DER length form {first:02X}")
    if position + 2 + count > len(data):
        return None
    length = int.from_bytes(data[position + 2 : position + 2 + count], "big")
    if length < 0x80 or data[position + 2] == 0:
        raise CertificateFormatError("the length is not in its shortest form (not DER)")
    return position + 2 + count, length


def _element(data: bytes, position: int) -> tuple[int, int, int]:
    """(tag, start of the value, end of the value) of the DER element at ``position``."""
    found = _length_at(data, position)
    if found is None:
        raise CertificateFormatError("an element is cut short")
    if data[position] & 0x1F == 0x1F:
        raise CertificateFormatError("multi-byte tags do not occur in a certificate's outer structure")
    start, length = found
    if start + length > len(data):
        raise CertificateFormatError("an element runs past the end")
    return data[position], start, start + length


def _check_outer_structure(der: bytes) -> None:
    """SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } with nothing around or between,
    a BIT STRING without unused bits, and the same algorithm outside and inside the signed part.
    (cryptography checks the signature over the TBS only: these bytes would otherwise go unnoticed.)"""
    tag, start, end = _element(der, 0)
    if tag != 0x30 or end != len(der):
        raise CertificateFormatError("not a single DER SEQUENCE")
    tbs_tag, tbs_start, tbs_end = _element(der, start)
    algorithm_tag, _algorithm_start, algorithm_end = _element(der, tbs_end)
    value_tag, value_start, value_end = _element(der, algorithm_end)
    if (tbs_tag, algorithm_tag, value_tag) != (0x30, 0x30, 0x03) or value_end != end:
        raise CertificateFormatError("the certificate is not TBS, algorithm and signature")
    if value_end == value_start or der[value_start] != 0:
        raise CertificateFormatError("the signature BIT STRING has unused bits")
    position = tbs_start
    tag, _first, after = _element(der, position)
    if tag == 0xA0:  # version
        position = after
    tag, _serial_start, after = _element(der, position)  # serialNumber
    inner_tag, _inner_start, inner_end = _element(der, after)
    if inner_tag != 0x30 or der[after:inner_end] != der[tbs_end:algorithm_end]:
        raise CertificateFormatError("the signature algorithm differs inside and outside the signed part")


def parse_certificate(der: bytes) -> x509.Certificate:
    """A certificate from strict DER, its public key readable; raises CertificateFormatError."""
    try:
        _check_outer_structure(der)
        certificate = x509.load_der_x509_certificate(der)
        # cryptography parses some parts on first use: touch every part the checks read
        certificate.public_key()
        _ = (certificate.subject, certificate.issuer, certificate.extensions, certificate.serial_number)
        _ = (certificate.not_valid_before_utc, certificate.not_valid_after_utc)
        _ = certificate.signature_hash_algorithm
    except CertificateFormatError:
        raise
    except (ValueError, TypeError, UnsupportedAlgorithm, *X509_PARSE_ERRORS) as exc:
        raise CertificateFormatError(str(exc) or type(exc).__name__) from exc
    return certificate


def load_certificate(file: CardFile, der: bytes) -> x509.Certificate:
    try:
        return parse_certificate(der)
    except CertificateFormatError as exc:
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
