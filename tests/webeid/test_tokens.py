"""Web eID tokens: made on the card, checked as a relying party would, tampering refused."""

from __future__ import annotations

import base64
import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eidcompanion.card import BelpicCard
from eidcompanion.card.pin import PinFormatError, WrongPinError
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.texts.errors import error_text
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.card_operations import authenticate
from eidcompanion.webeid.errors import InvalidArgumentError, TokenProblem, TokenValidationError
from eidcompanion.webeid.nonces import new_nonce
from eidcompanion.webeid.origin import origin_host, validate_nonce, validate_origin
from eidcompanion.webeid.token import parse_token, signed_digest
from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token

ORIGIN = "https://guichet.example.be"


def validator_for(profile: CardProfile) -> ValidatorConfiguration:
    algorithm = KeyAlgorithm.EC_P384 if profile.files.get(0x4040) else KeyAlgorithm.RSA_2048
    ca = simulator_authorities(algorithm).citizen_ca.certificate
    return ValidatorConfiguration((ca,), trust=TrustConfiguration().without_revocation())


def make_token(profile: CardProfile, nonce: str, pin: str = "1234") -> tuple[str, SimulatedConnection]:
    connection = SimulatedConnection.for_profile(profile)
    token = authenticate(BelpicCard(connection), ORIGIN, nonce, TypedPin(pin))
    return token.dumps(), connection


def test_a_token_from_each_profile_validates(any_profile: CardProfile) -> None:
    nonce = new_nonce()
    token, _connection = make_token(any_profile, nonce)
    certificate = validate_token(token, ORIGIN, nonce, validator_for(any_profile))
    assert "(Authentication)" in certificate.subject.rfc4514_string()
    document = json.loads(token)
    assert document["format"] == "web-eid:1.0"
    assert document["algorithm"] == ("ES384" if any_profile.files.get(0x4040) else "RS256")
    if document["algorithm"] == "ES384":
        assert len(base64.b64decode(document["signature"])) == 96  # raw r || s, not DER


def test_the_card_exchange_is_mse_verify_pso_then_log_off_in_one_transaction(profile_18: CardProfile) -> None:
    nonce = new_nonce()
    _token, connection = make_token(profile_18, nonce)
    instructions = [command[1] for command, _response in connection.applet.log]
    tail = instructions[instructions.index(0x22) :]
    assert tail == [0x22, 0x20, 0x2A, 0xC0, 0xE6]  # MSE SET, VERIFY, PSO, GET RESPONSE, LOG OFF
    digest = connection.applet.log[-3][0][5:]
    assert digest == signed_digest("ES384", ORIGIN, nonce)  # H(H(origin) || H(nonce)) reaches the card
    assert connection.applet.pin_verified is False  # LOG OFF: nobody inherits the verified PIN


def test_a_wrong_pin_costs_one_try_and_no_signature(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    with pytest.raises(WrongPinError) as caught:
        authenticate(BelpicCard(connection), ORIGIN, new_nonce(), TypedPin("9999"))
    assert caught.value.tries_left == 2
    assert 0x2A not in [command[1] for command, _response in connection.applet.log]


def test_bad_requests_never_reach_the_card(profile_18: CardProfile) -> None:
    for origin, nonce in (
        ("http://guichet.example.be", new_nonce()),
        ("https://guichet.example.be/login", new_nonce()),
        ("https://guichet.example.be/", new_nonce()),
        (ORIGIN, "tooshort"),
        (ORIGIN, "x" * 43 + "!"),
    ):
        connection = SimulatedConnection.for_profile(profile_18)
        with pytest.raises(InvalidArgumentError):
            authenticate(BelpicCard(connection), origin, nonce, TypedPin("1234"))
        assert list(connection.applet.log) == []
    connection = SimulatedConnection.for_profile(profile_18)
    with pytest.raises(PinFormatError):
        authenticate(BelpicCard(connection), ORIGIN, new_nonce(), TypedPin("12a4"))
    assert 0x20 not in [command[1] for command, _response in connection.applet.log]


def test_origin_rules() -> None:
    assert validate_origin("https://example.be:8443") == "https://example.be:8443"
    assert validate_origin("wss://example.be") == "wss://example.be"
    assert origin_host("https://example.be:8443") == "example.be:8443"
    for bad in (
        "https://",
        "ftp://example.be",
        "https://user@example.be",
        "https://example.be?x",
        "x" * 300,
        "",
        "https://example.be\n",  # urlsplit would drop the newline: the signed text must be exact
        "https://exa\tmple.be",
        "https://example.be:",
        "HTTPS://example.be",
    ):
        with pytest.raises(InvalidArgumentError):
            validate_origin(bad)


def test_nonce_rules() -> None:
    assert validate_nonce("A" * 44) == "A" * 44
    assert len(new_nonce()) == 44
    for bad in ("A" * 43, "A" * 129, "A" * 43 + "%", "é" * 44, "A" * 44 + "\n"):
        with pytest.raises(InvalidArgumentError):
            validate_nonce(bad)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("origin", TokenProblem.SIGNATURE_INVALID),
        ("nonce", TokenProblem.SIGNATURE_INVALID),
        ("signature", TokenProblem.SIGNATURE_INVALID),
        ("certificate", TokenProblem.CERTIFICATE_UNTRUSTED),
        ("untrusted", TokenProblem.CERTIFICATE_UNTRUSTED),
        ("format", TokenProblem.UNSUPPORTED_FORMAT),
        ("algorithm", TokenProblem.UNSUPPORTED_ALGORITHM),
    ],
)
def test_tampering_is_refused(profile_18: CardProfile, change: str, problem: TokenProblem) -> None:
    nonce = new_nonce()
    token, _connection = make_token(profile_18, nonce)
    document = json.loads(token)
    origin, config = ORIGIN, validator_for(profile_18)
    if change == "origin":
        origin = "https://evil.example.be"
    elif change == "nonce":
        nonce = new_nonce()
    elif change == "signature":
        raw = bytearray(base64.b64decode(document["signature"]))
        raw[10] ^= 1
        document["signature"] = base64.b64encode(raw).decode()
    elif change == "certificate":
        raw = bytearray(base64.b64decode(document["unverifiedCertificate"]))
        raw[-20] ^= 1  # inside the CA's signature on the certificate
        document["unverifiedCertificate"] = base64.b64encode(raw).decode()
    elif change == "untrusted":
        other = simulator_authorities(KeyAlgorithm.RSA_2048).citizen_ca.certificate
        config = ValidatorConfiguration((other,), trust=TrustConfiguration().without_revocation())
    elif change == "format":
        document["format"] = "web-eid:2.0"
    elif change == "algorithm":
        document["algorithm"] = "HS256"
    with pytest.raises(TokenValidationError) as caught:
        validate_token(json.dumps(document), origin, nonce, config)
    assert caught.value.problem is problem
    assert error_text(caught.value).startswith("The login token is not valid")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
def test_any_text_parses_or_is_refused_with_a_typed_error(text: str) -> None:
    with contextlib.suppress(TokenValidationError):
        parse_token(text)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["format", "algorithm", "signature", "unverifiedCertificate", "appVersion", "x"]),
        st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.integers(), max_size=3)),
    )
)
def test_any_json_object_parses_or_is_refused_with_a_typed_error(document: dict[str, object]) -> None:
    text = json.dumps(document).ljust(120)
    with contextlib.suppress(TokenValidationError):
        parse_token(text)


@pytest.mark.parametrize(
    "document",
    [
        {
            "format": "web-eid:1.0",
            "algorithm": "ES384",
            "unverifiedCertificate": "é" * 80,
            "signature": "AA==",
        },
        {
            "format": "web-eid:1.0",
            "algorithm": "ES384",
            "unverifiedCertificate": "AA==",
            "signature": "\ud800",
        },
    ],
    ids=["non_ascii_certificate", "lone_surrogate_signature"],
)
def test_base64_fields_that_are_not_ascii_are_malformed(document: dict[str, str]) -> None:
    with pytest.raises(TokenValidationError) as caught:
        parse_token(json.dumps(document).ljust(120))
    assert caught.value.problem is TokenProblem.MALFORMED


def test_a_number_too_long_to_convert_is_malformed() -> None:
    with pytest.raises(TokenValidationError) as caught:
        parse_token('{"format": ' + "9" * 5000 + "}")
    assert caught.value.problem is TokenProblem.MALFORMED


def test_a_login_with_the_pin_typed_on_a_pin_pad_reader(profile_18: CardProfile) -> None:
    """The PIN goes from the reader's keypad to the card; the computer only sees the structure."""
    from eidcompanion.card.pin_entry import PinPadEntry
    from eidcompanion.simulator.applet import BelpicApplet
    from eidcompanion.simulator.pinpad_reader import PinPadReader

    applet = BelpicApplet(profile_18)
    reader = PinPadReader(applet)
    reader.type("1234")
    card = BelpicCard(reader)
    pad = card.pin_pad()
    assert pad is not None
    nonce = new_nonce()
    token = authenticate(card, ORIGIN, nonce, PinPadEntry(pad, "fr"))
    assert validate_token(token.dumps(), ORIGIN, nonce, validator_for(profile_18))
    assert all(b"\x12\x34" not in structure for structure in reader.structures)
    instructions = [command[1] for command, _response in applet.log]
    assert instructions[-5:] == [0x22, 0x20, 0x2A, 0xC0, 0xE6]  # the reader's VERIFY between MSE and PSO
