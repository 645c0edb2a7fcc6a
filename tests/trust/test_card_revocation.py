"""The card's certificates checked against a real OCSP responder for the simulator's test CA."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography import x509

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.trust.certificates import verify_certificates
from eidcompanion.trust.checks import CheckName, Reason, RevocationProblem
from eidcompanion.trust.config import TrustConfiguration
from tests.conftest import CardSlot
from tests.helpers import run_cli
from tests.pki import Issued, issue
from tests.trust.ocsp_responder import OCSP_SIGNING, OpensslResponder, closed_port, index_line

CA = simulator_authorities(KeyAlgorithm.EC_P384).citizen_ca
CA_NAME = "eidcompanion SIMULATED TEST Citizen CA"
YESTERDAY = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)


def serial(profile: CardProfile, file: CardFile) -> int:
    der = read_contents(BelpicCard(SimulatedConnection.for_profile(profile))).certificate(file)
    assert der is not None
    return x509.load_der_x509_certificate(der).serial_number


@pytest.fixture(scope="module")
def responder(tmp_path_factory: pytest.TempPathFactory, profile_18: CardProfile):
    ca = Issued(CA.certificate, CA.key)
    signer = issue("eidcompanion SIMULATED TEST OCSP responder", ca, extended_usage=OCSP_SIGNING)
    end = dt.datetime(2034, 3, 15, tzinfo=dt.UTC)
    index = [
        index_line(serial(profile_18, CardFile.AUTHENTICATION_CERTIFICATE), end),
        index_line(serial(profile_18, CardFile.SIGNATURE_CERTIFICATE), end, revoked_at=YESTERDAY),
    ]
    server = OpensslResponder(tmp_path_factory.mktemp("ocsp"), ca, signer, index)
    yield server
    server.close()


def config_for(url: str) -> TrustConfiguration:
    return replace(TrustConfiguration.for_tests("127.0.0.1"), ocsp_responders={CA_NAME: url})


def test_good_and_revoked_card_certificates(profile_18: CardProfile, responder: OpensslResponder) -> None:
    contents = read_contents(BelpicCard(SimulatedConnection.for_profile(profile_18)))
    report = verify_certificates(contents, config_for(responder.url))
    authentication = report.get(CheckName.AUTHENTICATION_CERTIFICATE)
    assert (authentication.ok, authentication.reason, authentication.revocation) == (
        True,
        Reason.VALID_TEST,
        "good",
    )
    assert not report.revocation_unknown
    signature = report.get(CheckName.SIGNATURE_CERTIFICATE)
    assert (signature.ok, signature.reason, signature.revocation) == (False, Reason.REVOKED, "revoked")
    assert signature.moment == YESTERDAY
    assert signature.files == (CardFile.SIGNATURE_CERTIFICATE,)


def test_a_certificate_the_responder_does_not_know(responder: OpensslResponder) -> None:
    other = build_profile("1.8")
    contents = read_contents(BelpicCard(SimulatedConnection.for_profile(other)))
    check = verify_certificates(contents, config_for(responder.url)).get(CheckName.AUTHENTICATION_CERTIFICATE)
    assert (check.ok, check.reason) == (True, Reason.REVOCATION_UNKNOWN)  # unknown is never "good"
    assert (check.revocation, check.revocation_problem) == ("unknown", RevocationProblem.NOT_KNOWN)
    assert "does not know" in check.detail


def test_an_unreachable_responder(profile_18: CardProfile) -> None:
    contents = read_contents(BelpicCard(SimulatedConnection.for_profile(profile_18)))
    url = f"http://127.0.0.1:{closed_port()}/"
    check = verify_certificates(contents, config_for(url)).get(CheckName.AUTHENTICATION_CERTIFICATE)
    assert check.reason is Reason.REVOCATION_UNKNOWN
    assert check.revocation_problem is RevocationProblem.NO_ANSWER
    assert "failed (Connection refused)" in check.detail


def test_the_responder_is_not_asked_unless_allowlisted(
    profile_18: CardProfile, responder: OpensslResponder
) -> None:
    contents = read_contents(BelpicCard(SimulatedConnection.for_profile(profile_18)))
    production_hosts = replace(TrustConfiguration.for_tests(), ocsp_responders={CA_NAME: responder.url})
    check = verify_certificates(contents, production_hosts).get(CheckName.SIGNATURE_CERTIFICATE)
    assert check.reason is Reason.REVOCATION_UNKNOWN  # not REVOKED: the responder was never asked
    assert check.revocation_problem is RevocationProblem.NOT_ALLOWED
    assert "allowlist" in check.detail


@pytest.mark.realstack
def test_read_verify_reports_a_revoked_certificate_through_pcsc(
    tmp_path: Path, card_slot: CardSlot, responder: OpensslResponder
) -> None:
    profile = build_profile("1.8", ocsp_url=responder.url)
    index_file = Path(responder.log).parent / "index.txt"
    revoked = serial(profile, CardFile.SIGNATURE_CERTIFICATE)
    line = index_line(revoked, dt.datetime(2034, 3, 15, tzinfo=dt.UTC), revoked_at=YESTERDAY)
    index_file.write_text(index_file.read_text() + line + "\n")
    later = time.time() + 5  # openssl reloads its index when the modification time changes (1 s steps)
    os.utime(index_file, (later, later))
    card_slot.insert(profile)
    result = run_cli("read", "--verify", "--test-pki", "--revocation-host", "127.0.0.1", "--json")
    assert result.returncode == 13, result.stderr
    checks = {check["name"]: check for check in json.loads(result.stdout)["certificate_checks"]["checks"]}
    assert checks["signature_certificate"]["reason"] == "revoked"
    assert checks["authentication_certificate"]["reason"] == "revocation_unknown"


def test_a_relying_party_asks_the_responder_about_the_login_certificate(
    profile_18: CardProfile, responder: OpensslResponder
) -> None:
    from eidcompanion.card.pin_entry import TypedPin
    from eidcompanion.webeid.card_operations import authenticate
    from eidcompanion.webeid.errors import TokenProblem, TokenValidationError
    from eidcompanion.webeid.nonces import new_nonce
    from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token

    origin = "https://guichet.example.be"
    settings = ValidatorConfiguration((CA.certificate,), trust=config_for(responder.url))
    nonce = new_nonce()
    token = authenticate(
        BelpicCard(SimulatedConnection.for_profile(profile_18)), origin, nonce, TypedPin("1234")
    )
    assert validate_token(token.dumps(), origin, nonce, settings)  # the responder says good
    unknown_card = build_profile("1.8")
    nonce = new_nonce()
    token = authenticate(
        BelpicCard(SimulatedConnection.for_profile(unknown_card)), origin, nonce, TypedPin("1234")
    )
    with pytest.raises(TokenValidationError) as caught:
        validate_token(token.dumps(), origin, nonce, settings)
    assert caught.value.problem is TokenProblem.REVOCATION_UNKNOWN  # unknown is refused, never good
