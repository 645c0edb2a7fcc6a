"""The built-in profiles are coherent cards: their signatures, hashes and chains hold."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from eidcompanion.card.card_data import AppletVersion
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import parse_identity
from eidcompanion.card.numbers import card_number_valid
from eidcompanion.i18n import load_catalog
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.simulator.raw_files import CardFolderError, load_card_folder, write_card_folder
from eidcompanion.texts.errors import error_text
from tests.conftest import commons_eid_card_folder
from tests.helpers import card_certificate


def verify_file_signature(profile: CardProfile, signature_file: bytes, data: bytes) -> None:
    key = card_certificate(CardFile.RRN_CERTIFICATE, profile).public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature_file, data, padding.PKCS1v15(), hashes.SHA256())
    else:
        assert isinstance(key, ec.EllipticCurvePublicKey)
        der = signature_file[: signature_file[1] + 2]  # zero padded to a fixed size
        assert not any(signature_file[len(der) :])
        key.verify(der, data, ec.ECDSA(hashes.SHA384()))


def test_the_rrn_key_signs_identity_and_address(any_profile: CardProfile) -> None:
    files = any_profile.files
    verify_file_signature(any_profile, files[0x4032], files[0x4031])
    verify_file_signature(any_profile, files[0x4034], files[0x4033].rstrip(b"\x00") + files[0x4032])


def test_photo_and_basic_key_hashes(any_profile: CardProfile) -> None:
    identity = parse_identity(any_profile.files[0x4031])
    photo = any_profile.files[0x4035]
    if any_profile.applet is AppletVersion.V1_8:
        assert identity.photo_hash == hashlib.sha384(photo).digest()
        assert identity.basic_key_hash == hashlib.sha384(any_profile.files[0x4040]).digest()
    else:
        assert identity.photo_hash == hashlib.sha1(photo).digest()  # what 1.7 cards use
        assert 0x4040 not in any_profile.files


def test_certificates_chain_to_the_test_root(any_profile: CardProfile) -> None:
    root = card_certificate(CardFile.ROOT_CERTIFICATE, any_profile)
    ca = card_certificate(CardFile.CA_CERTIFICATE, any_profile)
    for child, parent in (
        (ca, root),
        (card_certificate(CardFile.AUTHENTICATION_CERTIFICATE, any_profile), ca),
        (card_certificate(CardFile.SIGNATURE_CERTIFICATE, any_profile), ca),
        (card_certificate(CardFile.RRN_CERTIFICATE, any_profile), root),
    ):
        child.verify_directly_issued_by(parent)
    assert "TEST" in root.subject.rfc4514_string()
    assert "SIMULATED" in root.subject.rfc4514_string()


def test_the_specimen_is_valid_and_marked_simulated(any_profile: CardProfile) -> None:
    identity = parse_identity(any_profile.files[0x4031])
    assert identity.national_number.valid
    assert card_number_valid(identity.card_number)
    assert any_profile.serial_number.startswith(b"SIMULATED")
    assert identity.chip_number == any_profile.serial_number
    if any_profile.applet is AppletVersion.V1_7:
        assert identity.national_number.born_from_2000  # the specimen exercises the 2000 rule


def test_each_card_has_fresh_citizen_keys_under_fixed_test_authorities(profile_18: CardProfile) -> None:
    from eidcompanion.simulator.profile import build_profile

    other = build_profile("1.8")
    assert other.files[0x5038] != profile_18.files[0x5038]  # a new authentication key and certificate
    assert other.files[0x4040] != profile_18.files[0x4040]  # a new basic key
    assert other.files[0x503B] == profile_18.files[0x503B]  # the same test root: its fingerprint is pinned
    with pytest.raises(ValueError, match=r"1\.7 and 1\.8"):
        build_profile("1.9")


def test_a_card_folder_round_trips(profile_17: CardProfile, tmp_path: Path) -> None:
    write_card_folder(profile_17, tmp_path / "card")
    loaded = load_card_folder(tmp_path / "card")
    assert loaded.files == profile_17.files
    assert loaded.atr == profile_17.atr
    assert loaded.applet is AppletVersion.V1_7
    assert loaded.keys == {}  # raw files carry no private keys: such a card reads but cannot sign


def test_a_card_folder_missing_files(tmp_path: Path) -> None:
    folder = commons_eid_card_folder(tmp_path / "alice")
    (folder / "4035").unlink()
    with pytest.raises(CardFolderError) as caught:
        load_card_folder(folder)
    assert "4035" in error_text(caught.value)
    with pytest.raises(CardFolderError):
        load_card_folder(tmp_path / "nowhere")


def test_a_card_folder_with_a_broken_rrn_certificate(tmp_path: Path) -> None:
    """The folder is named as the problem, in the user's language, not the card."""
    folder = commons_eid_card_folder(tmp_path / "alice")
    (folder / "503C").write_bytes(b"\x30\x82\x10\x00" + bytes(40))  # claims 4 KiB, holds 40 bytes
    with pytest.raises(CardFolderError) as caught:
        load_card_folder(folder)
    assert "503C" in error_text(caught.value)
    french = load_catalog("fr")
    assert "dossier" in error_text(caught.value, french)
    assert "is not a certificate" not in error_text(caught.value, french)
