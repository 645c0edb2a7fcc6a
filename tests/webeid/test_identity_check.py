"""The server-side check of card data a page sent: authentic only with valid signatures under a
trusted root, and the values come from the checked files."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import CardContents, parse_files, read_files
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import build_profile
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.identity_check import IdentityDataError, IdentityProblem, check_identity_data
from eidcompanion.webeid.identity_data import identity_answer

TEST_TRUST = TrustConfiguration.for_tests()
ALL_PARTS = ("identity", "address", "photo", "integrity")


def contents_of(version: str) -> CardContents:
    card = BelpicCard(SimulatedConnection.for_profile(build_profile(version)))
    return parse_files(read_files(card, lambda done, total: None))


@pytest.fixture(scope="module", params=["1.8", "1.7"])
def integrity(request: pytest.FixtureRequest) -> dict[str, Any]:
    return dict(identity_answer(contents_of(request.param), ALL_PARTS)["integrity"])


def altered(integrity: dict[str, Any], name: str, position: int = 20) -> dict[str, Any]:
    data = bytearray(base64.b64decode(integrity[name]))
    data[position] ^= 0x01
    return {**integrity, name: base64.b64encode(bytes(data)).decode()}


def refused(integrity: dict[str, Any], trust: TrustConfiguration = TEST_TRUST) -> IdentityProblem:
    with pytest.raises(IdentityDataError) as caught:
        check_identity_data(integrity, trust)
    return caught.value.problem


def test_the_data_of_a_card_check_out_and_are_marked_test(integrity: dict[str, Any]) -> None:
    checked = check_identity_data(integrity, TEST_TRUST)
    assert checked.test
    assert checked.identity.surname in ("Specimen-Dubois", "Peeters")
    assert checked.address.postal_code in ("1000", "9000")


def test_a_production_site_refuses_a_test_card(integrity: dict[str, Any]) -> None:
    assert refused(integrity, TrustConfiguration()) is IdentityProblem.ROOT_NOT_TRUSTED


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("identity", IdentityProblem.IDENTITY_SIGNATURE_INVALID),
        ("identitySignature", IdentityProblem.IDENTITY_SIGNATURE_INVALID),
        ("address", IdentityProblem.ADDRESS_SIGNATURE_INVALID),
        ("addressSignature", IdentityProblem.ADDRESS_SIGNATURE_INVALID),
        ("photo", IdentityProblem.PHOTO_MISMATCH),
    ],
)
def test_any_changed_byte_is_refused_naming_what(
    integrity: dict[str, Any], name: str, problem: IdentityProblem
) -> None:
    position = 3 if name in ("identity", "address") else 30  # a value byte of the file, or deep inside
    assert refused(altered(integrity, name, position)) in (problem, IdentityProblem.MALFORMED)


def test_another_rrn_certificate_does_not_vouch_for_these_data(integrity: dict[str, Any]) -> None:
    """The other applet's test PKI: another National Register key, under another test root."""
    other_version = "1.7" if len(base64.b64decode(integrity["identitySignature"])) < 200 else "1.8"
    other = identity_answer(contents_of(other_version), ALL_PARTS)["integrity"]
    swapped = {name: other[name] for name in ("rrnCertificate", "rootCertificate")}
    assert refused({**integrity, **swapped}) is IdentityProblem.IDENTITY_SIGNATURE_INVALID


@pytest.mark.parametrize(
    "name", ["identity", "identitySignature", "address", "rrnCertificate", "rootCertificate"]
)
def test_a_missing_or_garbled_part_is_malformed(integrity: dict[str, Any], name: str) -> None:
    assert (
        refused({key: value for key, value in integrity.items() if key != name}) is IdentityProblem.MALFORMED
    )
    assert refused({**integrity, name: "not base64!"}) is IdentityProblem.MALFORMED


def test_without_the_photo_the_rest_still_checks_out(integrity: dict[str, Any]) -> None:
    checked = check_identity_data({k: v for k, v in integrity.items() if k != "photo"}, TEST_TRUST)
    assert checked.photo is None
