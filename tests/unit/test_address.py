"""The address file and the split of "street and number" into street, house number and box."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.card.address import StreetParts, parse_address, split_street_and_number
from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile
from eidcompanion.card.tlv import encode_tlv
from tests.conftest import commons_eid_file as commons_eid
from tests.helpers import described


@pytest.mark.parametrize(
    ("text", "street", "number", "box"),
    [
        ("Meirplaats 1 bus 1", "Meirplaats", "1", "1"),
        ("Rue de la Loi 16 bte 3", "Rue de la Loi", "16", "3"),
        ("Kerkstraat 124/14", "Kerkstraat", "124", "14"),
        ("Avenue Louise 1c", "Avenue Louise", "1", "c"),
        ("Rue du 11 Novembre 5", "Rue du 11 Novembre", "5", ""),
        ("Place du 8 Mai 1945 12", "Place du 8 Mai 1945", "12", ""),
        ("Rue du 11 Novembre 5 bte 2", "Rue du 11 Novembre", "5", "2"),
        ("Chaussée de Wavre 1500 boîte 12", "Chaussée de Wavre", "1500", "12"),
        ("Rue Haute 7 Bus 3", "Rue Haute", "7", "3"),
        ("Kerkstraat 124 / 14", "Kerkstraat", "124", "14"),
        ("Grote Markt 7", "Grote Markt", "7", ""),
        ("Rue de la Loi, 16", "Rue de la Loi", "16", ""),
    ],
)
def test_split(text: str, street: str, number: str, box: str) -> None:
    assert split_street_and_number(text) == StreetParts(street, number, box)


def test_extra_spaces_are_ignored() -> None:
    assert split_street_and_number("  Meirplaats   1   bus   1  ") == StreetParts("Meirplaats", "1", "1")


@pytest.mark.parametrize("text", ["Grote Markt", "Rue du 11 Novembre", "Domaine de la Hulpe"])
def test_without_a_house_number_the_whole_text_is_the_street(text: str) -> None:
    assert split_street_and_number(text) == StreetParts(text, "", "")


def test_empty_text() -> None:
    assert split_street_and_number("") == StreetParts("", "", "")


ADDRESS_TEXT = st.text(alphabet=st.sampled_from(list("abcdeMRuz /-.,0123456789éî")), min_size=0, max_size=40)


@given(ADDRESS_TEXT)
def test_house_number_is_digits_only(text: str) -> None:
    parts = split_street_and_number(text)
    assert parts.house_number == "" or (parts.house_number.isascii() and parts.house_number.isdigit())
    if not parts.house_number:
        assert parts.box == ""


@given(ADDRESS_TEXT)
def test_split_keeps_the_street_text(text: str) -> None:
    parts = split_street_and_number(text)
    cleaned = " ".join(text.split())
    assert cleaned.startswith(parts.street)


def test_parse_commons_eid_address() -> None:
    data = commons_eid("test-address.tlv")
    address = parse_address(data)
    assert address.street_and_number == "Meirplaats 1 bus 1"
    assert address.postal_code == "2000"
    assert address.municipality == "Antwerpen"
    assert (address.street, address.house_number, address.box) == ("Meirplaats", "1", "1")
    assert address.file_structure_version is None
    assert address.unknown_fields == ()


def test_raw_keeps_the_padding_and_without_padding_strips_it() -> None:
    data = commons_eid("test-address.tlv")
    address = parse_address(data)
    assert address.raw == data
    assert len(address.raw) == 121
    # 01 12 "Meirplaats 1 bus 1" (20 bytes), 02 04 "2000" (6), 03 09 "Antwerpen" (11) = 37 bytes.
    assert address.without_padding == data[:37]
    assert address.without_padding.endswith(b"Antwerpen")


def test_synthetic_address_with_version_tag() -> None:
    data = encode_tlv([(0x00, b"\x00\x01"), (0x01, b"Rue Haute 7"), (0x02, b"1000"), (0x03, b"Bruxelles")])
    address = parse_address(data + bytes(20))
    assert address.file_structure_version == 1
    assert address.postal_code == "1000"
    assert address.municipality == "Bruxelles"
    assert address.house_number == "7"


def test_missing_municipality_names_the_address_file_and_tag() -> None:
    data = encode_tlv([(0x01, b"Meirplaats 1"), (0x02, b"2000")])
    with pytest.raises(CorruptFileError) as info:
        parse_address(data)
    assert info.value.file is CardFile.ADDRESS
    assert "address file" in described(info.value)
    assert "03" in info.value.detail


@pytest.mark.parametrize(
    ("text", "street", "number", "box"),
    [
        ("Rue Haute 5 b 3", "Rue Haute", "5", "3"),
        ("Rue Haute 5 b3", "Rue Haute", "5", "3"),
        ("Rue de l'Eglise 12, bte 4", "Rue de l'Eglise", "12", "4"),
        ("Rue X 12 app 3", "Rue X", "12", "3"),
        ("Kerkstraat 12 A1", "Kerkstraat", "12", "A1"),
        ("Kerkstraat 12A bus 3", "Kerkstraat", "12", "A 3"),
        ("Place du 8 Mai 1945 12", "Place du 8 Mai 1945", "12", ""),
        ("Boulevard du Roi Albert II 30 bte 1.2", "Boulevard du Roi Albert II", "30", "1.2"),
        ("Rue X 7bis", "Rue X", "7", "bis"),
    ],
)
def test_split_common_belgian_forms(text: str, street: str, number: str, box: str) -> None:
    assert split_street_and_number(text) == StreetParts(street, number, box)
