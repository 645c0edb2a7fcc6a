"""The National Register's signature variants, and signature files that are not signatures."""

from __future__ import annotations

import contextlib
import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from eidcompanion.trust.signatures import (
    SignatureFormatError,
    Verdict,
    address_messages,
    der_ecdsa_signature,
    verify_file_signature,
)
from tests.conftest import commons_eid_file

RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=1024)
EC_KEY = ec.generate_private_key(ec.SECP384R1())
MESSAGE = b"\x01\x0c000000128019" + bytes(range(40))


@pytest.mark.parametrize(
    ("digest_length", "hash_algorithm", "expected"),
    [
        (20, hashes.SHA1(), "SHA-1"),  # applet 1.1 and 1.7: the photo hash length says SHA-1
        (32, hashes.SHA256(), "SHA-256"),
        (20, hashes.SHA256(), "SHA-256"),  # re-signed cards: SHA-1 photo hash, SHA-256 signature
    ],
)
def test_rsa_pkcs1_variants(digest_length: int, hash_algorithm: hashes.HashAlgorithm, expected: str) -> None:
    signature = RSA_KEY.sign(MESSAGE, padding.PKCS1v15(), hash_algorithm)
    result = verify_file_signature(RSA_KEY.public_key(), signature, [MESSAGE], digest_length)
    assert result.valid
    assert result.hash_name == expected


def test_rsa_tells_a_changed_file_from_a_changed_signature() -> None:
    signature = RSA_KEY.sign(MESSAGE, padding.PKCS1v15(), hashes.SHA1())
    changed_data = verify_file_signature(RSA_KEY.public_key(), signature, [MESSAGE + b"x"], 20)
    assert changed_data.verdict is Verdict.DATA_CHANGED
    broken = bytearray(signature)
    broken[5] ^= 1
    changed_signature = verify_file_signature(RSA_KEY.public_key(), bytes(broken), [MESSAGE], 20)
    assert changed_signature.verdict is Verdict.SIGNATURE_CHANGED


def test_ecdsa_p384_in_a_zero_padded_file() -> None:
    der = EC_KEY.sign(MESSAGE, ec.ECDSA(hashes.SHA384()))
    padded = der + bytes(104 - len(der))
    assert der_ecdsa_signature(padded) == der
    result = verify_file_signature(EC_KEY.public_key(), padded, [MESSAGE], 48)
    assert result.valid
    assert result.hash_name == "SHA-384"
    assert verify_file_signature(EC_KEY.public_key(), padded, [MESSAGE + b"!"], 48).verdict is Verdict.INVALID
    with pytest.raises(SignatureFormatError):
        der_ecdsa_signature(der + b"\x00\x01" + bytes(10))  # non-zero "padding"


def test_the_address_signature_covers_the_address_without_zeros_then_4032() -> None:
    address = b"\x01\x04Rue 1\x02\x041000" + bytes(50)
    identity_signature = bytes(range(60)) + bytes(44)
    messages = address_messages(address, identity_signature, ec_card=False)
    assert messages == [address.rstrip(b"\x00") + identity_signature]


def test_the_commons_eid_specimen_signatures() -> None:
    from cryptography import x509

    rrn = x509.load_der_x509_certificate(commons_eid_file("test-rrn-cert.der")).public_key()
    identity = commons_eid_file("test-identity.tlv")
    identity_signature = commons_eid_file("test-identity-sign.der")
    address = commons_eid_file("test-address.tlv")
    assert verify_file_signature(rrn, identity_signature, [identity], 20).valid
    messages = address_messages(address, identity_signature, ec_card=False)
    assert verify_file_signature(rrn, commons_eid_file("test-address-sign.der"), messages, 20).valid
    assert hashlib.sha1(commons_eid_file("test-photo.jpg")).digest() in identity


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_signature_file_are_refused_never_a_crash(data: bytes) -> None:
    for key in (RSA_KEY.public_key(), EC_KEY.public_key()):
        result = verify_file_signature(key, data, [MESSAGE], 20)
        assert not result.valid  # random bytes are never a signature of MESSAGE
    with contextlib.suppress(SignatureFormatError):
        der_ecdsa_signature(data)
