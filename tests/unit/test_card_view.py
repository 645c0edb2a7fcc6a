"""The one view of a card that the command line and the desktop app both show."""

from __future__ import annotations

import hashlib

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.i18n import load_catalog
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.view import CardDocument, card_view


def _document(profile: CardProfile) -> CardDocument:
    return CardDocument.from_contents(read_contents(BelpicCard(SimulatedConnection.for_profile(profile))))


def test_the_view_holds_what_a_citizen_reads_on_the_card(profile_18: CardProfile) -> None:
    view = card_view(_document(profile_18))
    assert view.value("surname") == "Specimen-Dubois"
    assert view.value("national_number") == "85.07.14-162.88"
    assert view.value("street") == "Rue de la Loi"
    assert view.value("house_number") == "16"
    assert view.value("box") == "3"
    assert view.value("postal_code") == "1000"
    assert view.value("document_type") == "Belgian identity card (eID)"
    assert view.simulated


def test_fields_the_card_does_not_hold_are_left_out(profile_18: CardProfile) -> None:
    view = card_view(_document(profile_18))
    keys = {item.key for item in view.identity}
    assert "work_permit" not in keys  # a Belgian's card has no work permit mention
    assert all(item.value for item in view.identity + view.address + view.card)


def test_codes_are_shown_with_their_meaning_in_the_readers_language(profile_18: CardProfile) -> None:
    french = card_view(_document(profile_18), load_catalog("fr"))
    assert french.value("sex") != "F"
    assert french.value("document_type") != card_view(_document(profile_18)).value("document_type")
    assert french.value("sex") != card_view(_document(profile_18)).value("sex")


def test_certificates_come_as_a_chain_from_the_root_with_fingerprints(profile_18: CardProfile) -> None:
    view = card_view(_document(profile_18))
    assert [c.file for c in view.certificates][:4] == [
        CardFile.ROOT_CERTIFICATE,
        CardFile.CA_CERTIFICATE,
        CardFile.AUTHENTICATION_CERTIFICATE,
        CardFile.SIGNATURE_CERTIFICATE,
    ]
    root = view.certificates[0]
    assert root.der is not None
    assert root.sha256.replace(":", "") == hashlib.sha256(root.der).hexdigest().upper()
    assert root.key_type == "EC secp384r1"
