"""Certificate files: DER length, trimming the zero padding, absent certificates (belpic.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography import x509

from eidcompanion.card.certificates import der_total_length, summarize, trim_certificate
from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile
from tests.conftest import commons_eid_file as commons_eid
from tests.helpers import described

# -- der_total_length ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "total"),
    [
        ("3000", 2),
        ("3003", 5),
        ("307F", 2 + 0x7F),
        ("308190", 3 + 0x90),
        ("308203EF", 4 + 0x3EF),  # the specimen authentication certificate: 1011 bytes
        ("30820344", 4 + 0x344),  # the specimen RRN certificate: 840 bytes
        ("30827FFB", 4 + 0x7FFB),  # the longest plausible certificate
    ],
)
def test_der_total_length(header: str, total: int) -> None:
    assert der_total_length(bytes.fromhex(header) + bytes(4)) == total
    assert der_total_length(bytes.fromhex(header)) == total


@pytest.mark.parametrize("header", ["", "30", "3082", "308203", "308300"])
def test_incomplete_header_is_none(header: str) -> None:
    assert der_total_length(bytes.fromhex(header)) is None


@pytest.mark.parametrize("header", ["3103", "0282", "FF00", "A003"])
def test_not_a_sequence_raises_value_error(header: str) -> None:
    with pytest.raises(ValueError, match="30"):
        der_total_length(bytes.fromhex(header))


@pytest.mark.parametrize("header", ["3080", "3084FFFFFFFF", "3083FFFFFF", "3083001000", "30817F"])
def test_unusable_length_forms_raise_value_error(header: str) -> None:
    with pytest.raises(ValueError, match=r"length|plausible"):
        der_total_length(bytes.fromhex(header))


# -- trim_certificate ------------------------------------------------------------------------------


def test_trim_specimen_authentication_certificate() -> None:
    data = commons_eid("Alice_AuthentificationCertificate.tlv")
    assert len(data) == 1061
    der = trim_certificate(CardFile.AUTHENTICATION_CERTIFICATE, data)
    assert der is not None
    assert len(der) == 1011
    assert der == data[:1011]
    assert not any(data[1011:])
    certificate = x509.load_der_x509_certificate(der)
    assert "Alice SPECIMEN (Authentication)" in certificate.subject.rfc4514_string()


@pytest.mark.parametrize(
    "name",
    [
        "Alice_AuthentificationCertificate.tlv",
        "Alice_SigningCertificate.tlv",
        "Alice_CACertificate.tlv",
        "Alice_RootCertificate.tlv",
        "Alice_RRNCertificate.tlv",
    ],
)
def test_every_specimen_certificate_trims_to_a_loadable_certificate(name: str) -> None:
    der = trim_certificate(CardFile.CA_CERTIFICATE, commons_eid(name))
    assert der is not None
    x509.load_der_x509_certificate(der)


def test_rrn_certificate_without_padding_is_unchanged() -> None:
    data = commons_eid("Alice_RRNCertificate.tlv")
    assert len(data) == 840
    assert trim_certificate(CardFile.RRN_CERTIFICATE, data) == data
    assert data == commons_eid("test-rrn-cert.der")


def test_all_zero_file_is_an_absent_certificate() -> None:
    assert trim_certificate(CardFile.AUTHENTICATION_CERTIFICATE, bytes(1200)) is None


def test_certificate_cut_short_is_corrupt() -> None:
    data = commons_eid("Alice_AuthentificationCertificate.tlv")
    with pytest.raises(CorruptFileError) as info:
        trim_certificate(CardFile.AUTHENTICATION_CERTIFICATE, data[:600])
    assert info.value.file is CardFile.AUTHENTICATION_CERTIFICATE
    assert "authentication certificate" in described(info.value)


def test_non_zero_bytes_after_the_certificate_are_corrupt() -> None:
    data = bytearray(commons_eid("Alice_AuthentificationCertificate.tlv"))
    data[1040] = 0x01
    with pytest.raises(CorruptFileError) as info:
        trim_certificate(CardFile.SIGNATURE_CERTIFICATE, bytes(data))
    assert info.value.file is CardFile.SIGNATURE_CERTIFICATE
    assert "signature certificate" in described(info.value)


def test_file_not_starting_with_a_sequence_is_corrupt() -> None:
    with pytest.raises(CorruptFileError) as info:
        trim_certificate(CardFile.ROOT_CERTIFICATE, b"\x04\x82\x01\x00" + bytes(300))
    assert info.value.file is CardFile.ROOT_CERTIFICATE
    assert "root certificate" in described(info.value)


def test_zeros_followed_by_data_is_not_an_absent_certificate() -> None:
    data = bytes(64) + commons_eid("Alice_RRNCertificate.tlv")
    with pytest.raises(CorruptFileError):
        trim_certificate(CardFile.AUTHENTICATION_CERTIFICATE, data)


# -- summarize -------------------------------------------------------------------------------------


def test_summary_of_the_specimen_authentication_certificate() -> None:
    der = trim_certificate(
        CardFile.AUTHENTICATION_CERTIFICATE, commons_eid("Alice_AuthentificationCertificate.tlv")
    )
    assert der is not None
    summary = summarize(CardFile.AUTHENTICATION_CERTIFICATE, der)
    assert summary.common_name == "Alice SPECIMEN (Authentication)"
    assert "CN=Alice SPECIMEN (Authentication)" in summary.subject
    assert "SN=SPECIMEN" in summary.subject
    assert "GN=Alice Geldigekaart" in summary.subject
    assert "serialNumber=71715100070" in summary.subject
    assert "C=BE" in summary.subject
    assert "CN=eID test Citizen CA" in summary.issuer
    # UTCTime 090728080158Z and 140728080158Z in the DER.
    assert summary.not_before == datetime(2009, 7, 28, 8, 1, 58, tzinfo=UTC)
    assert summary.not_after == datetime(2014, 7, 28, 8, 1, 58, tzinfo=UTC)
    # INTEGER 02 10 01 00 00 00 00 01 22 C0 61 4D FB 00 00 CE C0 03, shown in hex without leading zero.
    assert summary.serial_number == "1000000000122C0614DFB0000CEC003"
    assert summary.key_type == "RSA-1024"


def test_summary_of_the_rrn_certificate() -> None:
    summary = summarize(CardFile.RRN_CERTIFICATE, commons_eid("test-rrn-cert.der"))
    assert summary.common_name == "test RRN"
    assert "O=test RRN" in summary.subject
    assert "CN=eID test Root CA" in summary.issuer


def test_summarize_garbage_is_corrupt_and_names_the_file() -> None:
    with pytest.raises(CorruptFileError) as info:
        summarize(CardFile.CA_CERTIFICATE, b"\x30\x03\x02\x01\x00")
    assert info.value.file is CardFile.CA_CERTIFICATE
    assert "certification authority certificate" in described(info.value)
