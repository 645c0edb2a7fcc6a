"""The identity file (4031) on real specimen files and on a synthetic file with every tag."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest

from eidcompanion.card.codes import (
    BrexitMention,
    CardAMention,
    DocumentType,
    Sex,
    SpecialOrganisation,
    SpecialStatus,
    WorkPermit,
)
from eidcompanion.card.dates import PartialDate
from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Protection, parse_identity
from eidcompanion.card.numbers import NationalNumber
from eidcompanion.card.tlv import TlvField, encode_tlv
from tests.conftest import commons_eid_file
from tests.helpers import described

IDENTITY_FILES = [
    "test-identity.tlv",
    "Alice_Identity.tlv",
    "id-alice.tlv",
    "id-alice-2.tlv",
    "id-foreigner.tlv",
    "h-card.tlv",
    "duplicate-02.tlv",
    "white-cane.tlv",
    "yellow-cane.tlv",
    "extended-minority.tlv",
]


def commons_eid(name: str) -> bytes:
    data = commons_eid_file(name)
    return base64.b64decode(data) if name.endswith(".txt") else data


# -- the specimen of belpic.md -------------------------------------------------------------------


def test_test_identity_has_the_documented_values() -> None:
    data = commons_eid("test-identity.tlv")
    identity = parse_identity(data)
    assert identity.raw == data
    assert identity.surname == "SPECIMEN"
    assert identity.given_names == "Alice Geldigekaart"
    assert identity.third_given_name_initial == "A"
    assert identity.full_given_names == "Alice Geldigekaart A."
    assert identity.card_number == "000000128019"
    assert identity.national_number == NationalNumber("71715100070")
    assert identity.birth_date.raw == "01 JAN 1971"
    assert identity.birth_date.to_date() == date(1971, 1, 1)
    assert identity.birth_place == "Hamont-Achel"
    assert identity.sex_code == "V"
    assert identity.sex is Sex.FEMALE
    assert identity.nationality == "BELG"
    assert identity.delivering_municipality == "Antwerpen"
    assert identity.validity_begin == date(2010, 4, 30)
    assert identity.validity_end == date(2015, 4, 30)
    assert identity.document_type_code == "1"
    assert identity.document_type is DocumentType.BELGIAN_EID
    assert identity.special_status_code == "0"
    assert identity.special_status is SpecialStatus.NONE
    assert identity.noble_condition == ""
    assert identity.member_of_family is False
    assert identity.duplicate == ""
    assert identity.duplicate_number is None
    assert identity.file_structure_version is None
    assert identity.unknown_fields == ()
    assert identity.chip_number == bytes.fromhex("534C494E33660013930D29C77F032F16")
    assert len(identity.photo_hash) == 20  # SHA-1 on an applet 1.1 card


def test_photo_hash_matches_the_specimen_photo() -> None:
    identity = parse_identity(commons_eid("test-identity.tlv"))
    photo = commons_eid("test-photo.jpg")
    assert identity.photo_hash == hashlib.sha1(photo).digest()  # the card's own hash (SHA-1 on 1.1)


@pytest.mark.parametrize("name", [*IDENTITY_FILES, "new-eid.txt", "old-eid.txt"])
def test_every_specimen_identity_file_parses(name: str) -> None:
    data = commons_eid(name)
    identity = parse_identity(data)
    assert identity.raw == data
    assert identity.surname
    assert identity.document_type is not None
    assert identity.sex is not None
    assert identity.birth_date.complete


def test_h_card() -> None:
    identity = parse_identity(commons_eid("h-card.tlv"))
    assert identity.document_type_code == "19"
    assert identity.document_type is DocumentType.H_CARD
    assert identity.member_of_family is True
    assert identity.duplicate == "01"
    assert identity.duplicate_number == 1
    assert identity.card_number == "B000193087"
    assert identity.national_number.digits == "80030837024"
    assert identity.birth_date.to_date() == date(1980, 3, 8)  # "08 MAAR 1980"
    assert identity.third_given_name_initial == ""
    assert identity.special_organisation is None  # tag 13 present but empty


def test_duplicate_02() -> None:
    identity = parse_identity(commons_eid("duplicate-02.tlv"))
    assert identity.duplicate_number == 2
    assert identity.special_organisation_code == "5"
    assert identity.special_organisation is SpecialOrganisation.RESEARCHER
    assert identity.birth_date.raw == "22.DEZ. 1997"
    assert identity.birth_date.to_date() == date(1997, 12, 22)
    assert identity.sex_code == "W"
    assert identity.sex is Sex.FEMALE
    assert identity.nationality == "Südafrika"
    assert identity.document_type is DocumentType.A_CARD


def test_foreigner_card() -> None:
    identity = parse_identity(commons_eid("id-foreigner.tlv"))
    assert identity.document_type_code == "16"
    assert identity.document_type is DocumentType.E_PLUS_CARD
    assert identity.sex is Sex.MALE
    assert identity.national_number.digits == "69032453125"


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("white-cane.tlv", SpecialStatus.WHITE_CANE),
        ("yellow-cane.tlv", SpecialStatus.YELLOW_CANE),
        ("extended-minority.tlv", SpecialStatus.EXTENDED_MINORITY),
    ],
)
def test_special_status(name: str, status: SpecialStatus) -> None:
    identity = parse_identity(commons_eid(name))
    assert identity.special_status is status
    assert identity.special_status_code == str(int(status))


def test_extended_minority_noble_condition_and_french_birth_date() -> None:
    identity = parse_identity(commons_eid("extended-minority.tlv"))
    assert identity.noble_condition == "Comtesse"
    assert identity.birth_date.to_date() == date(1979, 9, 29)  # "29 SEPT 1979"
    assert identity.birth_place == "Hélécine"


def test_new_eid_two_digit_document_type_and_double_space_date() -> None:
    identity = parse_identity(commons_eid("new-eid.txt"))
    assert identity.document_type_code == "01"
    assert identity.document_type is DocumentType.BELGIAN_EID
    assert identity.birth_date.to_date() == date(1975, 4, 26)  # "26 AVR  1975"


# -- a synthetic file with every tag 00..1F --------------------------------------------------------

BASIC_KEY_HASH = bytes(range(48))
PHOTO_HASH = bytes(range(100, 148))


def synthetic_fields() -> dict[int, bytes]:
    return {
        0x00: b"\x00\x01",
        0x01: b"591234567890",
        0x02: bytes.fromhex("0123456789ABCDEF0123456789ABCDEF"),
        0x03: b"15.01.2021",
        0x04: b"15.01.2031",
        0x05: "Liège".encode(),
        0x06: b"05031512367",
        0x07: "Dupont-Müller".encode(),
        0x08: "Zoë Anaïs".encode(),
        0x09: "É".encode(),
        0x0A: b"Ukraine",
        0x0B: b"Kyiv",
        0x0C: b"15 MARS 2005",
        0x0D: b"F",
        0x0E: b"",
        0x0F: b"61",
        0x10: b"0",
        0x11: PHOTO_HASH,
        0x12: b"00",
        0x13: b"",
        0x14: b"",
        0x15: b"01.02.2020-UA",
        0x16: b"8",
        0x17: b"0123.456.789",
        0x18: b"9876.543.210",
        0x19: b"ABC123",
        0x1A: BASIC_KEY_HASH,
        0x1B: b"B",
        0x1C: b"C",
        0x1D: b"D",
        0x1E: b"K",
        0x1F: b"01.06.2021",
    }


def encode(fields: dict[int, bytes]) -> bytes:
    return encode_tlv(sorted(fields.items()))


def test_synthetic_identity_with_every_tag() -> None:
    data = encode(synthetic_fields()) + bytes(30)
    identity = parse_identity(data)
    assert identity.raw == data
    assert identity.file_structure_version == 1
    assert identity.card_number == "591234567890"
    assert identity.chip_number == bytes.fromhex("0123456789ABCDEF0123456789ABCDEF")
    assert identity.validity_begin == date(2021, 1, 15)
    assert identity.validity_end == date(2031, 1, 15)
    assert identity.delivering_municipality == "Liège"
    assert identity.national_number.born_from_2000 is True
    assert identity.surname == "Dupont-Müller"
    assert identity.given_names == "Zoë Anaïs"
    assert identity.third_given_name_initial == "É"
    assert identity.nationality == "Ukraine"
    assert identity.birth_place == "Kyiv"
    assert identity.birth_date == PartialDate(2005, 3, 15, "15 MARS 2005")
    assert identity.sex is Sex.FEMALE
    assert identity.noble_condition == ""
    assert identity.document_type is DocumentType.KIDS_EU_CARD
    assert identity.special_status is SpecialStatus.NONE
    assert identity.photo_hash == PHOTO_HASH
    assert identity.duplicate_number == 0
    assert identity.special_organisation is None
    assert identity.member_of_family is True
    assert identity.protection == Protection(date(2020, 2, 1), "UA")
    assert identity.work_permit is WorkPermit.LIMITED
    assert identity.employer_vat_1 == "0123.456.789"
    assert identity.employer_vat_2 == "9876.543.210"
    assert identity.regional_file_number == "ABC123"
    assert identity.basic_key_hash == BASIC_KEY_HASH
    assert identity.brexit_mentions == (BrexitMention.ARTICLE_18_1, BrexitMention.PERMANENT_RESIDENCE)
    assert identity.card_a_mentions == (CardAMention.STUDENT, CardAMention.MOBILITY_PROGRAMME)
    assert identity.registration_date == date(2021, 6, 1)
    assert identity.unknown_fields == ()


def test_optional_tags_absent_give_empty_values() -> None:
    fields = synthetic_fields()
    for tag in (0x00, 0x08, 0x09, 0x0E, 0x10, 0x12, 0x13, 0x14, *range(0x15, 0x20)):
        del fields[tag]
    identity = parse_identity(encode(fields))
    assert identity.file_structure_version is None
    assert identity.given_names == ""
    assert identity.member_of_family is False
    assert identity.protection is None
    assert identity.work_permit is None
    assert identity.basic_key_hash is None
    assert identity.brexit_mentions == ()
    assert identity.card_a_mentions == ()
    assert identity.registration_date is None
    assert identity.duplicate_number is None


def test_unknown_tag_is_kept_not_an_error() -> None:
    fields = synthetic_fields()
    fields[0x25] = b"future"
    identity = parse_identity(encode(fields))
    assert len(identity.unknown_fields) == 1
    unknown = identity.unknown_fields[0]
    assert isinstance(unknown, TlvField)
    assert (unknown.tag, unknown.value) == (0x25, b"future")


def assert_corrupt_identity(data: bytes, tag: str) -> CorruptFileError:
    with pytest.raises(CorruptFileError) as info:
        parse_identity(data)
    error = info.value
    assert error.file is CardFile.IDENTITY
    assert "identity file" in described(error)
    assert tag in error.detail
    return error


def test_invalid_utf8_surname() -> None:
    fields = synthetic_fields()
    fields[0x07] = b"Dupont\xff\xfe"
    assert_corrupt_identity(encode(fields), "07")


def test_missing_national_number() -> None:
    fields = synthetic_fields()
    del fields[0x06]
    assert_corrupt_identity(encode(fields), "06")


@pytest.mark.parametrize("tag", [0x01, 0x02, 0x03, 0x04, 0x05, 0x07, 0x0A, 0x0B, 0x0C, 0x0D, 0x0F, 0x11])
def test_each_mandatory_tag_is_required(tag: int) -> None:
    fields = synthetic_fields()
    del fields[tag]
    assert_corrupt_identity(encode(fields), f"{tag:02X}")


@pytest.mark.parametrize("value", [b"31 FEV 2005", b"15 XYZ 2005", b"2005-03-15"])
def test_unparseable_birth_date(value: bytes) -> None:
    fields = synthetic_fields()
    fields[0x0C] = value
    assert_corrupt_identity(encode(fields), "0C")


@pytest.mark.parametrize(
    ("tag", "value"),
    [
        (0x07, b"S" * 111),  # surname: at most 110 bytes
        (0x0C, b"15 MARS  2005"),  # birth date: at most 12 bytes
        (0x0D, b"FF"),  # sex: one letter
        (0x01, b"5912345678901"),  # card number: at most 12
    ],
)
def test_field_longer_than_its_maximum(tag: int, value: bytes) -> None:
    fields = synthetic_fields()
    fields[tag] = value
    assert_corrupt_identity(encode(fields), f"{tag:02X}")


@pytest.mark.parametrize(
    ("tag", "value"),
    [
        (0x03, b"2021-01-15"),
        (0x06, b"0503151236X"),
        (0x15, b"01.02.2020UA"),
        (0x1F, b"31.02.2021"),
    ],
)
def test_malformed_values_name_their_tag(tag: int, value: bytes) -> None:
    fields = synthetic_fields()
    fields[tag] = value
    assert_corrupt_identity(encode(fields), f"{tag:02X}")


def test_truncated_specimen_is_corrupt() -> None:
    data = commons_eid("test-identity.tlv")
    # Cut inside the surname value (tag 07 starts at offset 0x50).
    error = assert_corrupt_identity(data[:0x54], "07")
    assert error.file is CardFile.IDENTITY


@pytest.mark.parametrize(
    ("letter", "sex"),
    [("M", Sex.MALE), ("F", Sex.FEMALE), ("V", Sex.FEMALE), ("W", Sex.FEMALE), ("X", None)],
)
def test_sex_letters(letter: str, sex: Sex | None) -> None:
    fields = synthetic_fields()
    fields[0x0D] = letter.encode()
    assert parse_identity(encode(fields)).sex is sex
