"""The relying-party validator's rules on certificates and keys, with tokens signed in software."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding

from eidcompanion.card import BelpicCard, CardFile
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.trust.chain import verify_issued_by
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.card_operations import authenticate
from eidcompanion.webeid.errors import TokenProblem, TokenValidationError
from eidcompanion.webeid.nonces import new_nonce
from eidcompanion.webeid.token import AuthToken, hash_for, signed_message
from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token
from tests.conftest import commons_eid_file
from tests.helpers import card_certificate
from tests.pki import Issued, issue, new_key

ORIGIN = "https://guichet.example.be"
NO_REVOCATION = TrustConfiguration().without_revocation()


def software_token(holder: Issued, algorithm: str, nonce: str) -> str:
    """A token as the extension would send it, signed with ``holder``'s key in software."""
    message = signed_message(algorithm, ORIGIN, nonce)
    key = holder.key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(message, ec.ECDSA(hash_for(algorithm))))
        size = (key.curve.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    else:
        assert isinstance(key, rsa.RSAPrivateKey)
        signature = key.sign(message, padding.PKCS1v15(), hash_for(algorithm))
    der = holder.certificate.public_bytes(Encoding.DER)
    return AuthToken(der, algorithm, signature, "test").dumps()


def refused_with(token: str, nonce: str, config: ValidatorConfiguration) -> TokenProblem:
    with pytest.raises(TokenValidationError) as caught:
        validate_token(token, ORIGIN, nonce, config)
    return caught.value.problem


@pytest.fixture(scope="module")
def ca() -> Issued:
    return issue("Test Citizen CA", ca=True)


def test_a_ca_with_the_same_name_but_another_key_is_not_the_issuer(profile_17: CardProfile) -> None:
    real_ca = simulator_authorities(KeyAlgorithm.RSA_2048).citizen_ca.certificate
    impostor = issue("", subject=real_ca.subject, key=new_key("rsa"), ca=True)
    nonce = new_nonce()
    token = authenticate(
        BelpicCard(SimulatedConnection.for_profile(profile_17)), ORIGIN, nonce, TypedPin("1234")
    ).dumps()
    assert validate_token(token, ORIGIN, nonce, ValidatorConfiguration((real_ca,), trust=NO_REVOCATION))
    impostor_only = ValidatorConfiguration((impostor.certificate,), trust=NO_REVOCATION)
    assert refused_with(token, nonce, impostor_only) is TokenProblem.CERTIFICATE_UNTRUSTED


def test_a_configured_certificate_that_is_not_a_ca_issues_nothing() -> None:
    not_a_ca = issue("Some end entity")  # its key signs the holder's certificate all the same
    holder = issue("Holder", not_a_ca)
    nonce = new_nonce()
    config = ValidatorConfiguration((not_a_ca.certificate,), trust=NO_REVOCATION)
    assert refused_with(software_token(holder, "ES256", nonce), nonce, config) is (
        TokenProblem.CERTIFICATE_UNTRUSTED
    )


def test_each_ecdsa_algorithm_is_bound_to_its_curve(ca: Issued) -> None:
    holder = issue("Holder P-256", ca)  # a P-256 key
    config = ValidatorConfiguration((ca.certificate,), trust=NO_REVOCATION)
    nonce = new_nonce()
    assert validate_token(software_token(holder, "ES256", nonce), ORIGIN, nonce, config)
    for algorithm in ("ES384", "ES512"):
        token = software_token(holder, algorithm, nonce)  # a valid signature, with the wrong curve
        assert refused_with(token, nonce, config) is TokenProblem.UNSUPPORTED_ALGORITHM
    p384_holder = issue("Holder P-384", ca, key=ec.generate_private_key(ec.SECP384R1()))
    assert validate_token(software_token(p384_holder, "ES384", nonce), ORIGIN, nonce, config)


def test_an_rsa_key_cannot_sign_an_ecdsa_token(ca: Issued) -> None:
    holder = issue("Holder RSA", ca, key=new_key("rsa"))
    config = ValidatorConfiguration((ca.certificate,), trust=NO_REVOCATION)
    nonce = new_nonce()
    assert validate_token(software_token(holder, "RS256", nonce), ORIGIN, nonce, config)
    token = software_token(holder, "RS256", nonce).replace('"RS256"', '"ES256"')
    assert refused_with(token, nonce, config) is TokenProblem.UNSUPPORTED_ALGORITHM


def test_a_sha1_signed_certificate_does_not_log_in() -> None:
    """Alice's 2009 test card (commons-eid) has a SHA-1 chain: readable as an old card, not a login."""
    alice = card_certificate(
        CardFile.AUTHENTICATION_CERTIFICATE, commons_eid_file("Alice_AuthentificationCertificate.tlv")
    )
    alice_ca = card_certificate(CardFile.CA_CERTIFICATE, commons_eid_file("Alice_CACertificate.tlv"))
    verify_issued_by(alice, alice_ca)  # the card chain accepts it: the signature itself is right
    with pytest.raises(ValueError, match="sha1"):
        verify_issued_by(alice, alice_ca, allow_sha1=False)
    at_the_time = TrustConfiguration(at=dt.datetime(2012, 1, 1, tzinfo=dt.UTC))
    config = ValidatorConfiguration((alice_ca,), trust=at_the_time.without_revocation())
    nonce = new_nonce()
    token = AuthToken(alice.public_bytes(Encoding.DER), "RS256", bytes(128), "test").dumps()
    assert refused_with(token, nonce, config) is TokenProblem.CERTIFICATE_UNTRUSTED


def test_a_certificate_signed_with_sha224_does_not_log_in(ca: Issued) -> None:
    config = ValidatorConfiguration((ca.certificate,), trust=NO_REVOCATION)
    nonce = new_nonce()
    holder = issue("Holder", ca, hash_algorithm=hashes.SHA224())
    with pytest.raises(ValueError, match="sha224"):
        verify_issued_by(holder.certificate, ca.certificate)  # not even in a card chain
    token = software_token(holder, "ES256", nonce)
    assert refused_with(token, nonce, config) is TokenProblem.CERTIFICATE_UNTRUSTED
