"""A full card read against the simulator in this process: exact data, fewest APDUs, clear errors."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from eidcompanion.card import BelpicCard, CardContents, CardFile, read_contents
from eidcompanion.card.belpic import minimum_read_apdus
from eidcompanion.card.card_data import AppletVersion
from eidcompanion.card.certificates import trim_certificate
from eidcompanion.card.errors import CardNotActivatedError, CorruptFileError, FileMissingError
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import ABSENT_CERTIFICATE_FILE, CardProfile
from eidcompanion.simulator.raw_files import load_card_folder
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.apdu import ParsedCommand, Response
from eidcompanion.transport.errors import CardRemovedError, UnsupportedCardError
from tests.conftest import commons_eid_card_folder
from tests.helpers import NotBelpicCard, described

CHUNK = 252  # the READ BINARY chunk the card logic must use


def read(profile: CardProfile) -> tuple[SimulatedConnection, CardContents]:
    connection = SimulatedConnection.for_profile(profile)
    return connection, read_contents(BelpicCard(connection))


def minimum_apdus(profile: CardProfile) -> int:
    """The fewest commands for the profile's files, from the sizes the simulator holds."""
    sizes = [
        len(profile.files[f.fid]) for f in (CardFile.IDENTITY, CardFile.IDENTITY_SIGNATURE, CardFile.ADDRESS)
    ]
    sizes += [len(profile.files[CardFile.ADDRESS_SIGNATURE.fid]), len(profile.files[CardFile.PHOTO.fid])]
    if profile.applet is AppletVersion.V1_8:
        sizes.append(len(profile.files[CardFile.BASIC_PUBLIC_KEY.fid]))
    certificates = [trim_certificate(f, profile.files[f.fid]) for f in CardFile if f.is_certificate]
    return minimum_read_apdus(sizes, [None if der is None else len(der) for der in certificates])


def test_both_profiles_read_back_exactly(any_profile: CardProfile) -> None:
    _connection, contents = read(any_profile)
    files = any_profile.files
    person = any_profile.specimen
    assert person is not None
    assert contents.identity.raw == files[0x4031]
    assert contents.identity_signature == files[0x4032]
    assert contents.address.raw == files[0x4033]
    assert contents.address_signature == files[0x4034]
    assert contents.photo == files[0x4035]
    for file in (f for f in CardFile if f.is_certificate):
        assert contents.certificate(file) == trim_certificate(file, files[file.fid])
    assert contents.basic_public_key == files.get(0x4040)
    assert contents.identity.surname == person.surname
    assert contents.identity.given_names == person.given_names
    assert contents.identity.national_number.digits == person.national_number
    assert contents.identity.national_number.valid
    assert contents.identity.birth_date.to_date() == person.birth_date
    assert contents.address.street_and_number == person.street_and_number
    assert contents.applet_version is any_profile.applet
    assert contents.simulated


def test_the_read_uses_the_fewest_apdus(any_profile: CardProfile) -> None:
    connection, _contents = read(any_profile)
    commands = [ParsedCommand.parse(command) for command, _response in connection.applet.log]
    assert len(commands) == minimum_apdus(any_profile)
    reads = Counter((c.p1, c.p2, c.le) for c in commands if c.ins == 0xB0)
    assert reads  # sanity: the read happened
    selects = [c.data for c in commands if c.ins == 0xA4 and c.p1 != 0x04]
    assert len(selects) == len(set(selects))  # each file selected once
    assert all(c.le is None or c.le <= CHUNK for c in commands if c.ins == 0xB0)


def test_no_file_is_read_twice_in_a_session(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    card = BelpicCard(connection)
    read_contents(card)
    before = len(connection.applet.log)
    assert card.read_file(CardFile.PHOTO) == profile_18.files[0x4035]
    assert card.read_certificate(CardFile.RRN_CERTIFICATE) is not None
    assert len(connection.applet.log) == before


def test_card_removed_in_the_middle_of_the_read(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    connection.remove_card_after(20)
    with pytest.raises(CardRemovedError) as caught:
        read_contents(BelpicCard(connection))
    assert "taken out" in error_text(caught.value)


def test_a_card_never_activated(profile_18: CardProfile) -> None:
    with pytest.raises(CardNotActivatedError):
        read(replace(profile_18, activated=False))


def test_a_missing_file_is_named(profile_18: CardProfile) -> None:
    files = dict(profile_18.files)
    del files[0x4035]
    with pytest.raises(FileMissingError) as caught:
        read(replace(profile_18, files=files))
    assert caught.value.file is CardFile.PHOTO
    assert "photo" in described(caught.value)


@pytest.mark.parametrize(
    ("fid", "damage", "expected"),
    [
        (
            0x4031,
            lambda data: data[:40] + b"\x07\xc8" + data[42:],
            CardFile.IDENTITY,
        ),  # a length past the end
        (0x4031, lambda data: data[:60], CardFile.IDENTITY),  # cut short inside a field
        (0x4033, lambda data: b"\x02\x04" + data[2:], CardFile.ADDRESS),  # tags out of order
        (0x4035, lambda data: b"GIF89a" + data[6:], CardFile.PHOTO),  # not a JPEG
        (0x4035, lambda data: data[: len(data) // 2], CardFile.PHOTO),  # cut short
        (0x5038, lambda data: data[:300], CardFile.AUTHENTICATION_CERTIFICATE),  # certificate cut short
        (0x503C, lambda data: b"\x31" + data[1:], CardFile.RRN_CERTIFICATE),  # not a DER SEQUENCE
    ],
)
def test_corrupt_or_truncated_files_are_named(
    profile_18: CardProfile, fid: int, damage: object, expected: CardFile
) -> None:
    files = dict(profile_18.files)
    files[fid] = damage(files[fid])  # type: ignore[operator]
    with pytest.raises(CorruptFileError) as caught:
        read(replace(profile_18, files=files))
    assert caught.value.file is expected
    assert expected.label.source in described(caught.value)


def test_an_absent_certificate_is_reported_as_absent(profile_18: CardProfile) -> None:
    files = dict(profile_18.files)
    files[0x5038] = ABSENT_CERTIFICATE_FILE  # a child's card has no authentication certificate
    _connection, contents = read(replace(profile_18, files=files))
    assert contents.certificate(CardFile.AUTHENTICATION_CERTIFICATE) is None
    assert contents.certificate(CardFile.SIGNATURE_CERTIFICATE) is not None


def test_the_commons_eid_specimen_dump(tmp_path: Path) -> None:
    profile = load_card_folder(commons_eid_card_folder(tmp_path / "alice"))
    assert profile.applet is AppletVersion.V1_1
    _connection, contents = read(profile)
    assert contents.identity.surname == "SPECIMEN"
    assert contents.identity.given_names == "Alice Geldigekaart"
    assert contents.identity.national_number.formatted == "71.71.51-000.70"
    assert contents.address.street_and_number == "Meirplaats 1 bus 1"
    assert (contents.address.street, contents.address.house_number, contents.address.box) == (
        "Meirplaats",
        "1",
        "1",
    )
    assert contents.card_data.applet_version is AppletVersion.V1_1
    assert contents.basic_public_key is None
    auth = contents.certificate(CardFile.AUTHENTICATION_CERTIFICATE)
    assert auth is not None
    assert len(auth) == 1011  # 1061-byte file: 1011 bytes of DER, then zero padding


def test_a_card_that_is_not_a_belgian_eid() -> None:
    with pytest.raises(UnsupportedCardError):
        read_contents(BelpicCard(NotBelpicCard()))


def test_pin_status_never_sends_an_empty_verify_to_applet_11(profile_18: CardProfile) -> None:
    connection = SimulatedConnection(BelpicApplet(replace(profile_18, applet=AppletVersion.V1_1)))
    status = BelpicCard(connection).pin_status()
    assert status.tries_left is None
    assert not any(command[:2] == b"\x00\x20" for command, _ in connection.applet.log)
    assert connection.applet.tries_left == 3


def test_pin_status_spends_no_try(any_profile: CardProfile) -> None:
    connection = SimulatedConnection(BelpicApplet(replace(any_profile, tries_left=2)))
    status = BelpicCard(connection).pin_status()
    assert (status.tries_left, status.blocked) == (2, False)
    assert connection.applet.tries_left == 2


def test_a_card_that_refuses_select_by_path(profile_18: CardProfile) -> None:
    """RM17/RM18 leave 3F00 out of the path; a card refusing our form gets one FID at a time."""
    connection, contents = read(replace(profile_18, select_by_path=False))
    assert contents.identity.raw == profile_18.files[0x4031]
    commands = [ParsedCommand.parse(command) for command, _response in connection.applet.log]
    path_selects = [c for c in commands if c.ins == 0xA4 and c.p1 == 0x08]
    assert len(path_selects) == 1  # tried once, then never again in the session
    fid_selects = [c.data.hex().upper() for c in commands if c.ins == 0xA4 and c.p1 == 0x02]
    assert fid_selects[:3] == ["3F00", "DF01", "4031"]
    assert fid_selects[3] == "4032"  # same directory: no useless SELECT of 3F00 and DF01 again
    assert fid_selects[fid_selects.index("5038") - 2 : fid_selects.index("5038") + 1] == [
        "3F00",
        "DF00",
        "5038",
    ]
    assert len(commands) == minimum_apdus(profile_18) + 1 + 4  # the refused path, 2 x (3F00 + DF)


def test_what_another_program_selected_between_transactions_is_not_trusted(profile_18: CardProfile) -> None:
    """Our selection is only known inside our transaction: another program may select elsewhere."""
    connection = SimulatedConnection.for_profile(replace(profile_18, select_by_path=False))
    card = BelpicCard(connection)
    card.read_file(CardFile.IDENTITY)  # DF01 is the current directory when our transaction ends
    connection.transmit(bytes.fromhex("00A4020C023F00"))  # another program: back to the MF
    connection.transmit(bytes.fromhex("00A4020C02DF00"))
    assert card.read_file(CardFile.ADDRESS) == profile_18.files[0x4033]  # DF01 selected again first


def test_other_refusals_name_the_file(profile_18: CardProfile) -> None:
    from eidcompanion.card.errors import CardFileError

    class Refusing(SimulatedConnection):
        def transmit(self, apdu: bytes) -> Response:
            if apdu[1] == 0xB0 and self.applet.current_ef == 0x4033:
                return Response(b"", 0x6982)
            return super().transmit(apdu)

    with pytest.raises(CardFileError) as caught:
        read_contents(BelpicCard(Refusing(BelpicApplet(profile_18))))
    assert caught.value.file is CardFile.ADDRESS
    assert "address" in error_text(caught.value)


def test_card_data_exposes_the_pin_tries_on_applet_18(
    profile_17: CardProfile, profile_18: CardProfile
) -> None:
    card = BelpicCard(SimulatedConnection(BelpicApplet(replace(profile_18, tries_left=2))))
    data = card.card_data_with_pin_tries()
    assert (data.applet_version, data.pin_tries_left, data.life_cycle_byte) == (AppletVersion.V1_8, 2, 0x0F)
    assert data.serial_number.startswith(b"SIMULATED")
    older = BelpicCard(SimulatedConnection.for_profile(profile_17)).card_data_with_pin_tries()
    assert (older.applet_version, older.pin_tries_left) == (AppletVersion.V1_7, None)
