"""Qualified signatures with Web eID ``sign`` semantics."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from eidcompanion.card import BelpicCard, CardFile
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.trust.signatures import der_from_raw_ecdsa
from eidcompanion.webeid.card_operations import sign, signing_certificate
from eidcompanion.webeid.errors import InvalidArgumentError, WrongSigningCardError
from tests.helpers import certificate_der


def signing_cert(profile: CardProfile) -> bytes:
    return certificate_der(CardFile.SIGNATURE_CERTIFICATE, profile)


@pytest.mark.parametrize(
    ("hash_function", "algorithm"),
    [("SHA-256", hashes.SHA256()), ("SHA-384", hashes.SHA384()), ("SHA-512", hashes.SHA512())],
)
def test_a_signature_verifies_with_the_signing_certificate(
    any_profile: CardProfile, hash_function: str, algorithm: hashes.HashAlgorithm
) -> None:
    digest = hashlib.new(algorithm.name, b"the contract").digest()
    connection = SimulatedConnection.for_profile(any_profile)
    result = sign(
        BelpicCard(connection), digest, hash_function, TypedPin("1234"), certificate=signing_cert(any_profile)
    )
    key = x509.load_der_x509_certificate(signing_cert(any_profile)).public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        assert result.to_json()["signatureAlgorithm"] == {
            "cryptoAlgorithm": "ECC", "hashFunction": hash_function, "paddingScheme": "NONE",
        }  # fmt: skip
        key.verify(der_from_raw_ecdsa(result.signature, key), digest, ec.ECDSA(Prehashed(algorithm)))
    else:
        assert isinstance(key, rsa.RSAPublicKey)
        assert result.padding_scheme == "PKCS1.5"
        key.verify(result.signature, digest, padding.PKCS1v15(), Prehashed(algorithm))
    instructions = [command[1] for command, _response in connection.applet.log]
    assert instructions[-5:] == [0x22, 0x20, 0x2A, 0xC0, 0xE6]  # MSE, VERIFY just before PSO, LOG OFF
    assert base64.b64decode(result.to_json()["signature"]) == result.signature


def test_another_card_is_refused_before_the_pin(profile_18: CardProfile, profile_17: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    with pytest.raises(WrongSigningCardError):
        sign(
            BelpicCard(connection),
            bytes(48),
            "SHA-384",
            TypedPin("1234"),
            certificate=signing_cert(profile_17),
        )
    assert 0x20 not in [command[1] for command, _response in connection.applet.log]


@pytest.mark.parametrize(
    ("digest", "function"), [(bytes(32), "SHA-384"), (bytes(48), "MD5"), (bytes(47), "SHA-384")]
)
def test_a_hash_that_does_not_fit_its_function_is_refused(
    profile_18: CardProfile, digest: bytes, function: str
) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    with pytest.raises(InvalidArgumentError):
        sign(BelpicCard(connection), digest, function, TypedPin("1234"))
    assert list(connection.applet.log) == []


def test_each_signature_needs_its_own_pin(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    card = BelpicCard(connection)
    sign(card, bytes(48), "SHA-384", TypedPin("1234"))
    assert connection.applet.pin_verified is False
    mse = bytes.fromhex("002241B6050480028483")
    assert connection.transmit(mse).sw == 0x9000
    assert connection.transmit(bytes.fromhex("002A9E9A30") + bytes(48)).sw == 0x6982


def test_the_signing_certificate_and_its_algorithms(profile_18: CardProfile) -> None:
    answer = signing_certificate(BelpicCard(SimulatedConnection.for_profile(profile_18)))
    assert base64.b64decode(answer["certificate"]) == signing_cert(profile_18)
    assert {"cryptoAlgorithm": "ECC", "hashFunction": "SHA-384", "paddingScheme": "NONE"} in answer[
        "supportedSignatureAlgorithms"
    ]
