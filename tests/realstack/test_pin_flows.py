"""PIN flows and Web eID logins through the real stack: pyscard -> private pcscd -> vpcd -> card."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from eidcompanion.card import BelpicCard, CardFile
from eidcompanion.card.card_data import AppletVersion
from eidcompanion.card.pin import PinBlockedError, WrongPinError
from eidcompanion.card.pin_entry import TypedPin, TypedPinChange
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import ABSENT_CERTIFICATE_FILE, CardProfile
from eidcompanion.transport.apdu import command
from eidcompanion.transport.pcsc import PcscConnection
from eidcompanion.webeid.nonces import new_nonce
from tests.conftest import CardSlot
from tests.helpers import run_cli

pytestmark = pytest.mark.realstack


def verifies_with_data(slot: CardSlot) -> int:
    assert slot.applet is not None
    return sum(1 for apdu, _response in slot.applet.log if apdu[:2] == b"\x00\x20" and len(apdu) > 5)


def test_a_wrong_pin_costs_exactly_one_try(card_slot: CardSlot, profile_18: CardProfile) -> None:
    card_slot.insert(profile_18)
    with PcscConnection.open() as connection:
        card = BelpicCard(connection)
        assert card.pin_status().tries_left == 3
        with pytest.raises(WrongPinError) as caught:
            card.verify_pin(TypedPin("9999"))
        assert caught.value.tries_left == 2
        assert card.pin_status().tries_left == 2
    assert card_slot.applet is not None
    assert card_slot.applet.tries_left == 2
    assert verifies_with_data(card_slot) == 1  # nothing retried


def test_the_third_wrong_pin_blocks_and_a_blocked_card_gets_no_verify(
    card_slot: CardSlot, profile_17: CardProfile
) -> None:
    card_slot.insert(profile_17)
    with PcscConnection.open() as connection:
        card = BelpicCard(connection)
        outcomes: list[object] = []
        for _attempt in range(3):
            try:
                card.verify_pin(TypedPin("0000"))
            except (WrongPinError, PinBlockedError) as error:
                outcomes.append(getattr(error, "tries_left", "blocked"))
        assert outcomes == [2, 1, "blocked"]
        assert card.pin_status().blocked
        sent = verifies_with_data(card_slot)
        with pytest.raises(PinBlockedError):
            card.verify_pin(TypedPin("1234"))
        with pytest.raises(PinBlockedError):
            card.change_pin(TypedPinChange("1234", "5678"))
    assert verifies_with_data(card_slot) == sent == 3  # the blocked card was never sent a VERIFY


def test_change_the_pin_then_the_new_pin_works(
    card_slot: CardSlot, profile_18: CardProfile, tmp_path: Path
) -> None:
    card_slot.insert(profile_18)
    result = run_cli("pin", "change", "--pin-stdin", input_text="1234\n2468\n")
    assert result.returncode == 0, result.stderr
    assert run_cli("pin", "verify", "--pin-stdin", input_text="1234\n").returncode == 11
    result = run_cli("pin", "verify", "--pin-stdin", input_text="2468\n")
    assert result.returncode == 0, result.stderr
    status = json.loads(run_cli("pin", "status", "--json").stdout)
    assert status == {"tries_left": 3, "blocked": False}


def test_after_a_signature_the_card_requires_the_pin_again(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    card_slot.insert(profile_18)
    result = run_cli(
        "authenticate",
        "--pin-stdin",
        "--origin",
        "https://example.be",
        "--nonce",
        new_nonce(),
        input_text="1234\n",
    )
    assert result.returncode == 0, result.stderr
    with PcscConnection.open() as connection:
        assert connection.transmit(command(0x00, 0x20, 0x00, 0x01)).sw == 0x63C3  # not verified any more
        mse = bytes.fromhex("0480028482")
        assert connection.transmit(command(0x00, 0x22, 0x41, 0xB6, mse)).sw == 0x9000
        assert connection.transmit(command(0x00, 0x2A, 0x9E, 0x9A, bytes(48))).sw == 0x6982


def test_a_login_token_from_the_command_line_validates(
    card_slot: CardSlot, any_profile: CardProfile, tmp_path: Path
) -> None:
    card_slot.insert(any_profile)
    nonce = new_nonce()
    result = run_cli(
        "authenticate", "--pin-stdin", "--origin", "https://example.be", "--nonce", nonce, input_text="1234\n"
    )
    assert result.returncode == 0, result.stderr
    token_file = tmp_path / "token.json"
    token_file.write_text(result.stdout)
    algorithm = KeyAlgorithm.EC_P384 if any_profile.applet is AppletVersion.V1_8 else KeyAlgorithm.RSA_2048
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(simulator_authorities(algorithm).citizen_ca.certificate.public_bytes(Encoding.PEM))
    arguments = ["verify-token", "--origin", "https://example.be", "--trust", str(ca_file), "--no-ocsp"]
    verified = run_cli(*arguments, "--nonce", nonce, str(token_file))
    assert verified.returncode == 0, verified.stderr
    assert "(Authentication)" in verified.stdout
    refused = run_cli(*arguments, "--nonce", new_nonce(), str(token_file))
    assert refused.returncode == 14
    assert "not valid" in refused.stderr


def test_read_verify_through_pcsc(card_slot: CardSlot, profile_18: CardProfile) -> None:
    card_slot.insert(profile_18)
    result = run_cli("read", "--verify", "--test-pki", "--no-revocation", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    checks = {check["name"]: check for check in document["authenticity"]["checks"]}
    assert checks["card_challenge"]["ok"] is True
    assert document["authenticity"]["test"] is True
    production = run_cli("read", "--verify", "--no-revocation", "--json")
    assert production.returncode == 13  # the simulator's test root is not trusted by default
    root = json.loads(production.stdout)["authenticity"]["checks"][0]
    assert (root["name"], root["ok"], root["reason"]) == ("root_certificate", False, "root_not_pinned")


def test_a_blocked_card_through_the_command_line(card_slot: CardSlot, profile_18: CardProfile) -> None:
    card_slot.insert(replace(profile_18, tries_left=0))
    result = run_cli("pin", "verify", "--pin-stdin", input_text="1234\n")
    assert result.returncode == 12
    assert "municipality" in result.stderr
    assert verifies_with_data(card_slot) == 0


def test_a_card_that_cannot_log_in_is_refused_before_the_pin_is_asked(
    card_slot: CardSlot, profile_18: CardProfile
) -> None:
    """A child's card has no authentication certificate: say so before anyone types a PIN."""
    files = {**profile_18.files, CardFile.AUTHENTICATION_CERTIFICATE.fid: ABSENT_CERTIFICATE_FILE}
    card_slot.insert(replace(profile_18, files=files))
    result = run_cli(
        "authenticate", "--origin", "https://guichet.example.be", "--nonce", new_nonce(), "--pin-stdin",
        input_text="1234\n",
    )  # fmt: skip
    assert result.returncode == 10, result.stderr
    assert "no authentication certificate" in result.stderr
    assert "tries left" not in result.stderr  # the PIN was never asked
    assert verifies_with_data(card_slot) == 0
