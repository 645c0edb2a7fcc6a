"""The demo e-guichet's server, as a relying party must behave: a nonce per session, used once; the
token checked for its own origin; card data accepted only when they check out and belong to the
person logged in."""

from __future__ import annotations

import base64
import http.client
import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import parse_files, read_files
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.webeid.card_operations import authenticate
from eidcompanion.webeid.identity_data import identity_answer
from tests.e2e.demo_site import demo, demo_server


class Client:
    """One browser session: keeps the site's cookie."""

    def __init__(self, origin: str) -> None:
        self.port = int(origin.rsplit(":", 1)[1])
        self.cookie = ""

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.port, context=ssl._create_unverified_context(), timeout=30
        )
        headers = {"Content-Type": "application/json", **({"Cookie": self.cookie} if self.cookie else {})}
        connection.request("POST", path, json.dumps(body), headers)
        response = connection.getresponse()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        answer = json.loads(response.read())
        connection.close()
        return response.status, answer


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Any]:
    validator, trust = demo.configuration([])
    with demo_server.serve(tmp_path, validator=validator, trust=trust) as running:
        yield running


def token_for(profile: CardProfile, origin: str, nonce: str) -> dict[str, Any]:
    card = BelpicCard(SimulatedConnection.for_profile(profile))
    return dict(authenticate(card, origin, nonce, TypedPin("1234")).to_json())


def integrity_of(profile: CardProfile) -> dict[str, Any]:
    contents = parse_files(
        read_files(BelpicCard(SimulatedConnection.for_profile(profile)), lambda d, t: None)
    )
    return dict(identity_answer(contents, ("identity", "address", "photo", "integrity"))["integrity"])


def test_a_login_needs_a_nonce_of_this_session_used_once(site: Any) -> None:
    profile = build_profile("1.8")
    alice, mallory = Client(site.origin), Client(site.origin)
    status, answer = alice.post("/api/nonce", {})
    assert status == 200
    token = token_for(profile, site.origin, answer["nonce"])
    assert (
        mallory.post("/api/login", {"token": token})[0] == 403
    )  # another session: its nonce is not this one
    status, answer = alice.post("/api/login", {"token": token})
    assert status == 200, answer
    assert answer["name"] == "Élise Marie Specimen-Dubois"
    assert alice.post("/api/login", {"token": token})[0] == 403  # the nonce is gone: no replay


def test_a_token_for_another_site_is_refused(site: Any) -> None:
    client = Client(site.origin)
    nonce = client.post("/api/nonce", {})[1]["nonce"]
    status, _answer = client.post(
        "/api/login", {"token": token_for(build_profile("1.8"), "https://evil.example", nonce)}
    )
    assert status == 400


def test_card_data_only_after_login_and_only_the_person_logged_in(site: Any) -> None:
    elise, jan = build_profile("1.8"), build_profile("1.7")
    client = Client(site.origin)
    assert client.post("/api/identity", {"integrity": integrity_of(elise)})[0] == 403  # not logged in
    nonce = client.post("/api/nonce", {})[1]["nonce"]
    assert client.post("/api/login", {"token": token_for(elise, site.origin, nonce)})[0] == 200
    status, answer = client.post("/api/identity", {"integrity": integrity_of(jan)})
    assert status == 403  # authentic, but someone else's
    status, answer = client.post("/api/identity", {"integrity": integrity_of(elise)})
    assert status == 200
    assert answer["identity"]["surname"] == "Specimen-Dubois"
    assert answer["address"]["postalCode"] == "1000"
    tampered = integrity_of(elise)
    address = bytearray(base64.b64decode(tampered["address"]))
    address[5] ^= 0x01  # a letter of the street
    tampered["address"] = base64.b64encode(bytes(address)).decode()
    assert client.post("/api/identity", {"integrity": tampered})[0] == 400
