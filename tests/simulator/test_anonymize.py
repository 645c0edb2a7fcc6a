"""An anonymized recording of the specimen card keeps the command sequence and loses the person."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.card.anonymize import anonymize_session
from eidcompanion.card.describe import describe_exchange
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.raw_files import load_card_folder
from eidcompanion.transport.recorder import RecordingConnection
from eidcompanion.transport.replay import ReplayConnection
from tests.conftest import commons_eid_card_folder

PERSONAL = ["SPECIMEN", "Alice", "Geldigekaart", "71715100070", "Hamont-Achel", "Meirplaats", "Antwerpen"]


def test_the_specimen_card_anonymized(tmp_path: Path) -> None:
    profile = load_card_folder(commons_eid_card_folder(tmp_path / "alice"))
    recorder = RecordingConnection(SimulatedConnection.for_profile(profile), describe_exchange)
    original = read_contents(BelpicCard(recorder))
    session = anonymize_session(recorder.session("specimen"))
    text = session.to_text()
    for value in PERSONAL:
        assert value not in text
        for form in (value, value.upper()):
            assert form.encode().hex(" ").upper() not in text, value
    assert session.anonymized
    assert [s.command for s in session.steps] == [s.command for s in recorder.steps]
    replay = ReplayConnection(session)
    anonymous = read_contents(BelpicCard(replay))
    assert replay.finished
    assert anonymous.identity.national_number.valid
    assert anonymous.identity.birth_date.iso() == "1970-01-01"
    assert anonymous.identity.surname == "XXXXXXXX"
    assert original.identity.sex_code != "X"
    assert anonymous.identity.sex_code == "X"  # every field not named as kept is masked
    assert anonymous.identity.document_type_code == original.identity.document_type_code
    assert anonymous.address.postal_code == "0000"
    assert len(anonymous.photo) == len(original.photo)
    assert anonymous.photo != original.photo
    for file in (CardFile.AUTHENTICATION_CERTIFICATE, CardFile.SIGNATURE_CERTIFICATE):
        stand_in = anonymous.certificate(file)
        assert stand_in is not None
        assert len(stand_in) == len(original.certificate(file) or b"")
        certificate = x509.load_der_x509_certificate(stand_in)
        assert "ANONYMIZED" in certificate.subject.rfc4514_string()
    assert anonymous.certificate(CardFile.ROOT_CERTIFICATE) == original.certificate(CardFile.ROOT_CERTIFICATE)
    assert not any(anonymous.identity_signature)
