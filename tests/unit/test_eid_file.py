"""The eID Viewer's ``.eid`` files: the two real samples, round trips, and refusal of bad input."""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.codes import BrexitMention, CardAMention, DocumentType, SpecialStatus, WorkPermit
from eidcompanion.card.contents import read_contents
from eidcompanion.card.dates import PartialDate
from eidcompanion.card.eid_file import (
    BASE64_LINE_LENGTH,
    DOCUMENT_TYPE_NAMES,
    MAX_FILE_SIZE,
    SPECIAL_STATUS_NAMES,
    EidFileError,
    SavedCard,
    dump_eid_file,
    load_eid_file,
    saved_card_from_contents,
)
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Protection
from eidcompanion.card.numbers import NationalNumber
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.simulator.inprocess import open_virtual_card
from eidcompanion.texts.errors import error_text

DATA = Path(__file__).resolve().parents[1] / "data" / "eid-viewer"
COMPACT = DATA / "67.06.30-296.59.eid"  # as the viewer writes it: no whitespace between elements
INDENTED = DATA / "67.06.30-296.60.eid"  # the same layout with a line break between elements
CHIP_NUMBER = bytes.fromhex("534C4250030701048584287C40821312")


@pytest.fixture(scope="module")
def compact() -> bytes:
    return COMPACT.read_bytes()


@pytest.fixture(scope="module")
def indented() -> bytes:
    return INDENTED.read_bytes()


@pytest.fixture(scope="module")
def sample(compact: bytes) -> SavedCard:
    return load_eid_file(compact)


def common_name(der: bytes | None) -> str:
    assert der is not None
    certificate = x509.load_der_x509_certificate(der)
    return str(certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def refused(data: bytes) -> EidFileError:
    with pytest.raises(EidFileError) as caught:
        load_eid_file(data)
    return caught.value


# --- the two real samples -------------------------------------------------------------------


def test_the_compact_sample_opens_with_its_values(sample: SavedCard) -> None:
    identity = sample.identity
    assert identity.surname == "Lampaert"
    assert identity.given_names == "Martine Hilde"
    assert identity.third_given_name_initial == ""
    assert identity.national_number == NationalNumber("67063029659")
    assert identity.national_number.formatted == "67.06.30-296.59"
    assert identity.national_number.valid
    assert identity.birth_date == PartialDate(1967, 6, 30, "19670630")
    assert identity.birth_date.to_date() == date(1967, 6, 30)
    assert identity.birth_place == "Izegem"
    assert identity.nationality == "Belg"
    assert identity.sex_code == "F"
    assert identity.document_type_code == "1"
    assert identity.document_type is DocumentType.BELGIAN_EID
    assert identity.special_status is SpecialStatus.NONE
    assert identity.card_number == "592000155079"
    assert identity.chip_number == CHIP_NUMBER
    assert identity.validity_begin == date(2012, 3, 1)
    assert identity.validity_end == date(2017, 3, 1)
    assert identity.delivering_municipality == "Leuven"
    assert identity.raw == b""
    assert identity.photo_hash == b""
    assert (identity.noble_condition, identity.duplicate, identity.member_of_family) == ("", "", False)
    address = sample.address
    assert address.street_and_number == "Sint-Jansbergsesteenweg 197"
    assert (address.street, address.house_number, address.box) == ("Sint-Jansbergsesteenweg", "197", "")
    assert (address.postal_code, address.municipality) == ("3001", "Leuven")
    assert address.raw == b""


def test_the_sample_certificates_and_photo_parse(sample: SavedCard) -> None:
    assert set(sample.certificates) == {
        CardFile.AUTHENTICATION_CERTIFICATE,
        CardFile.SIGNATURE_CERTIFICATE,
        CardFile.CA_CERTIFICATE,
        CardFile.ROOT_CERTIFICATE,
        CardFile.RRN_CERTIFICATE,
    }
    certificates = sample.certificates
    assert common_name(certificates[CardFile.ROOT_CERTIFICATE]) == "Belgium Root CT3"
    assert common_name(certificates[CardFile.CA_CERTIFICATE]) == "Citizen CT"
    assert (
        common_name(certificates[CardFile.AUTHENTICATION_CERTIFICATE]) == "Martine Lampaert (Authentication)"
    )
    assert common_name(certificates[CardFile.SIGNATURE_CERTIFICATE]) == "Martine Lampaert (Signature)"
    assert common_name(certificates[CardFile.RRN_CERTIFICATE]) == "RRN"
    authentication = x509.load_der_x509_certificate(certificates[CardFile.AUTHENTICATION_CERTIFICATE] or b"")
    serial = authentication.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    assert serial == sample.identity.national_number.digits
    assert sample.photo.startswith(b"\xff\xd8\xff\xe0")  # JPEG (JFIF)
    assert sample.photo.endswith(b"\xff\xd9")
    assert len(sample.photo) == 3059


def test_the_indented_sample_opens_with_its_values(indented: bytes, sample: SavedCard) -> None:
    card = load_eid_file(indented)
    assert card.identity.given_names == "Martin Hugo"
    assert card.identity.sex_code == "M"
    assert card.identity.surname == "Lampaert"
    assert card.identity.national_number.digits == "67063029659"
    assert card.photo == sample.photo
    assert card.certificates == sample.certificates
    assert card.address == sample.address


@pytest.mark.parametrize("path", [COMPACT, INDENTED], ids=["compact", "indented"])
def test_a_sample_round_trips(path: Path) -> None:
    card = load_eid_file(path.read_bytes())
    assert load_eid_file(dump_eid_file(card)) == card


def test_writing_reproduces_the_viewers_file_byte_for_byte(compact: bytes, sample: SavedCard) -> None:
    assert dump_eid_file(sample) == compact


def test_written_base64_has_the_viewers_line_breaks(sample: SavedCard) -> None:
    text = dump_eid_file(sample).decode("utf-8")
    photo = re.search(r"<photo>(.*?)</photo>", text, re.DOTALL)
    assert photo is not None
    lines = photo.group(1).split("\n")
    assert all(len(line) == BASE64_LINE_LENGTH for line in lines[:-1])
    assert 0 < len(lines[-1]) <= BASE64_LINE_LENGTH
    assert "\r" not in text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<eid><identity ')
    assert text.endswith("</certificates></eid>\n")


# --- a card read from the simulator ---------------------------------------------------------


@pytest.mark.parametrize("version", ["1.7", "1.8"])
def test_a_simulated_card_saves_and_loads_back_equal(version: str) -> None:
    contents = read_contents(BelpicCard(open_virtual_card(version)))
    saved = saved_card_from_contents(contents)
    data = dump_eid_file(saved)
    assert load_eid_file(data) == saved
    identity = saved.identity
    assert identity.surname == contents.identity.surname
    assert identity.national_number == contents.identity.national_number
    assert identity.chip_number == contents.identity.chip_number
    assert identity.birth_date.iso() == contents.identity.birth_date.iso()
    assert saved.photo == contents.photo
    assert saved.certificates == {file: contents.certificates[file] for file in saved.certificates}
    assert identity.given_names.encode("utf-8") in data  # UTF-8 as is (e.g. "Élise")
    assert f'chipnumber="{identity.chip_number.hex().upper()}"'.encode() in data


def test_what_a_file_cannot_carry_is_dropped_or_normalised() -> None:
    contents = read_contents(BelpicCard(open_virtual_card("1.8")))
    woman = replace(
        contents.identity,
        sex_code="V",
        document_type_code="01",
        birth_date=PartialDate(1984, None, None, "1984"),
    )
    saved = saved_card_from_contents(replace(contents, identity=woman))
    assert saved.identity.sex_code == "F"
    assert saved.identity.document_type_code == "1"
    assert saved.identity.birth_date == PartialDate(1984, None, None, "19840000")
    assert saved.identity.raw == saved.address.raw == b""
    assert saved.identity.photo_hash == b""
    assert saved.identity.basic_key_hash is None
    assert saved.identity.file_structure_version is None
    assert load_eid_file(dump_eid_file(saved)) == saved


# --- every coded value and optional field round-trips ----------------------------------------


def with_identity(card: SavedCard, **changes: Any) -> SavedCard:
    return replace(card, identity=replace(card.identity, **changes))


def round_trip(card: SavedCard) -> SavedCard:
    return load_eid_file(dump_eid_file(card))


def test_every_document_type_has_a_distinct_viewer_name() -> None:
    assert set(DOCUMENT_TYPE_NAMES) == set(DocumentType)
    assert len(set(DOCUMENT_TYPE_NAMES.values())) == len(DocumentType)
    assert set(SPECIAL_STATUS_NAMES) == set(SpecialStatus)


@pytest.mark.parametrize("document_type", list(DocumentType), ids=lambda member: member.name)
def test_document_types_round_trip(sample: SavedCard, document_type: DocumentType) -> None:
    card = with_identity(sample, document_type_code=str(document_type.value))
    data = dump_eid_file(card)
    assert f'documenttype="{DOCUMENT_TYPE_NAMES[document_type]}"'.encode() in data
    assert round_trip(card) == card


@pytest.mark.parametrize(
    ("code", "name"),
    [("1", "belgian_citizen"), ("6", "kids_card"), ("11", "foreigner_a"), ("33", "foreigner_A"),
     ("19", "european_blue_card_h"), ("16", "foreigner_e_plus"), ("69", "kids_foreigner_M")],
)  # fmt: skip
def test_document_type_names_are_the_viewers(sample: SavedCard, code: str, name: str) -> None:
    assert f'documenttype="{name}"'.encode() in dump_eid_file(with_identity(sample, document_type_code=code))


@pytest.mark.parametrize("status", list(SpecialStatus), ids=lambda member: member.name)
def test_special_statuses_round_trip(sample: SavedCard, status: SpecialStatus) -> None:
    card = with_identity(sample, special_status_code=str(status.value))
    assert f'specialstatus="{SPECIAL_STATUS_NAMES[status]}"'.encode() in dump_eid_file(card)
    assert round_trip(card) == card


def test_a_code_without_a_viewer_name_is_kept_as_it_is(sample: SavedCard) -> None:
    card = with_identity(sample, document_type_code="70", special_status_code="9")
    assert b'documenttype="70"' in dump_eid_file(card)
    assert round_trip(card) == card


def test_optional_fields_round_trip(sample: SavedCard) -> None:
    card = with_identity(
        sample,
        third_given_name_initial="J",
        noble_condition="Baron",
        duplicate="01",
        member_of_family=True,
        protection=Protection(date(2020, 2, 29), "FR"),
        work_permit_code=WorkPermit.LIMITED.value,
        employer_vat_1="0123456789",
        employer_vat_2="9876543210",
        regional_file_number="AB-123",
        brexit_mention_1=BrexitMention.ARTICLE_18_1.value,
        brexit_mention_2=BrexitMention.PERMANENT_RESIDENCE.value,
        card_a_mention_1=CardAMention.STUDENT.value,
        card_a_mention_2=CardAMention.MOBILITY_PROGRAMME.value,
    )
    data = dump_eid_file(card)
    for expected in (
        b'noblecondition="Baron"',
        b'duplicate="01"',
        b'memberoffamily="1"',
        b'dateandcountryofprotection="20200229FR"',
        b'<workpermit mention="limited" vat1="0123456789" vat2="9876543210" regionalfile="AB-123"/>',
        b'<brexit mention1="B" mention2="C"/>',
        b'<cardA mentions1="Student" mentions2="Mobility program"/>',
        b"<middlenames>J</middlenames>",
    ):
        assert expected in data
    assert round_trip(card) == card


@pytest.mark.parametrize("permit", list(WorkPermit), ids=lambda member: member.name)
def test_work_permits_round_trip(sample: SavedCard, permit: WorkPermit) -> None:
    card = with_identity(sample, work_permit_code=permit.value)
    assert round_trip(card) == card


@pytest.mark.parametrize("mention", list(CardAMention), ids=lambda member: member.name)
def test_card_a_mentions_round_trip(sample: SavedCard, mention: CardAMention) -> None:
    card = with_identity(sample, card_a_mention_1=mention.value)
    assert round_trip(card) == card


@pytest.mark.parametrize(
    ("birth", "written"),
    [((1984, None, None), "19840000"), ((1984, 7, None), "19840700"), ((2000, 2, 29), "20000229")],
)
def test_partial_birth_dates_stay_partial(sample: SavedCard, birth: tuple[int, int | None, int | None],
                                          written: str) -> None:  # fmt: skip
    year, month, day = birth
    card = with_identity(sample, birth_date=PartialDate(year, month, day, written))
    assert f'dateofbirth="{written}"'.encode() in dump_eid_file(card)
    assert round_trip(card).identity.birth_date == PartialDate(year, month, day, written)


def test_a_year_only_birth_date_with_blanks_is_read(compact: bytes) -> None:
    """The viewer itself writes a missing day or month as blanks."""
    card = load_eid_file(compact.replace(b'dateofbirth="19670630"', b'dateofbirth="196700  "'))
    assert card.identity.birth_date == PartialDate(1967, None, None, "19670000")


def test_the_older_names_the_viewer_accepts_are_read(compact: bytes) -> None:
    data = compact.replace(
        b"</deliverymunicipality>",
        b'</deliverymunicipality><workpermit mention="seasoner"/>'
        b'<brexit mention1="Article 18(1) Agreement" mention2="Permanent stay"/>',
    )
    identity = load_eid_file(data).identity
    assert identity.work_permit is WorkPermit.SEASONAL_WORKER
    assert identity.brexit_mentions == (BrexitMention.ARTICLE_18_1, BrexitMention.PERMANENT_RESIDENCE)


def test_a_file_without_authentication_and_signing_certificates(compact: bytes) -> None:
    data = re.sub(rb"<authentication>.*?</signing>", b"", compact, flags=re.DOTALL)
    card = load_eid_file(data)
    assert card.certificates[CardFile.AUTHENTICATION_CERTIFICATE] is None
    assert card.certificates[CardFile.SIGNATURE_CERTIFICATE] is None
    assert card.certificates[CardFile.ROOT_CERTIFICATE] is not None
    assert round_trip(card) == card


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        st.one_of(
            st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufffe\uffff"),
            st.sampled_from("\t\n\r<>&\"' "),
        ),
        max_size=40,
    )
)
def test_any_xml_text_round_trips(sample: SavedCard, text: str) -> None:
    card = with_identity(sample, surname=text, noble_condition=text, birth_place=text)
    card = replace(card, address=replace(card.address, street_and_number=text))
    assert round_trip(card) == card


def test_a_value_xml_cannot_carry_is_refused_when_writing(sample: SavedCard) -> None:
    with pytest.raises(ValueError, match=r"<name>"):
        dump_eid_file(with_identity(sample, surname="A\x01B"))
    with pytest.raises(ValueError, match="sex"):
        dump_eid_file(with_identity(sample, sex_code="X"))


# --- refused input --------------------------------------------------------------------------


def test_a_refusal_is_an_eid_error_with_a_code_and_a_detail(compact: bytes) -> None:
    error = refused(compact[: len(compact) // 2])
    assert isinstance(error, EidError)
    assert error.code is ErrorCode.EID_FILE_INVALID
    assert error.detail
    assert "damaged or in an unknown format" in error_text(error)
    with pytest.raises(EidFileError) as caught:
        load_eid_file(b"<eid/>", path="card.eid")
    assert caught.value.fields["path"] == "card.eid"


@pytest.mark.parametrize("length", [0, 1, 38, 100, 2000, 11000, 11927])
def test_a_truncated_file_is_refused(compact: bytes, length: int) -> None:
    refused(compact[:length])


def test_a_doctype_with_entities_is_refused(compact: bytes) -> None:
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE eid [<!ENTITY a "lol">'
        + b"".join(b'<!ENTITY %c "%s">' % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(8))
        + b"]>\n"
    )
    data = laughs + compact.split(b"\n", 1)[1].replace(b"Lampaert</name>", b"&i;</name>")
    assert "DOCTYPE" in refused(data).detail
    assert "DOCTYPE" in refused(b'<!DOCTYPE eid SYSTEM "file:///etc/passwd"><eid/>').detail


def test_an_undefined_entity_is_refused(compact: bytes) -> None:
    assert "well-formed" in refused(compact.replace(b"Lampaert", b"&xxe;")).detail


def test_another_encoding_is_refused(compact: bytes) -> None:
    assert "UTF-8" in refused(compact.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"')).detail


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        (b"<eid>", b"<eidx>", "root"),
        (b"<eid>", b'<eid version="3.5">', "version"),
        (b"<eid>", b'<eid version="5.0">', "version"),
        (b'dateofbirth="19670630"', b'dateofbirth="19671330"', "dateofbirth"),
        (b'dateofbirth="19670630"', b'dateofbirth="1967-06-30"', "dateofbirth"),
        (b'validitydateend="20170301"', b'validitydateend="20170230"', "validitydateend"),
        (b'nationalnumber="67063029659"', b'nationalnumber="6706302965X"', "nationalnumber"),
        (b'nationalnumber="67063029659" ', b"", "nationalnumber"),
        (b'gender="female"', b'gender="F"', "gender"),
        (b'specialstatus="NO_STATUS"', b'specialstatus="NONE_AT_ALL"', "specialstatus"),
        (b'documenttype="belgian_citizen"', b'documenttype="Belgian_Citizen"', "documenttype"),
        (b'chipnumber="534C', b'chipnumber="Z34C', "chipnumber"),
        (b'cardnumber="592000155079"', b'cardnumber="5920001550791"', "cardnumber"),
        (b"<photo>/9j/", b"<photo>/9j*", "photo"),
        (b"<photo>/9j/", b"<photo>AAAA", "photo"),
        (b"<rrn>MII", b"<rrn>!II", "rrn"),
        (b"<rrn>MII", b"<rrn>AII", "rrn"),
        (b"<name>Lampaert</name>", b"", "<name>"),
        (b"<zip>3001</zip>", b"", "<zip>"),
        (b"<zip>3001</zip>", b"<zip>3001</zip><zip>3001</zip>", "<zip>"),
        (b"<address>", b"<address><country>BE</country>", "country"),
        (b"<address>", b'<address lang="fr">', "lang"),
        (b"<name>Lampaert</name>", b"<name><b>Lampaert</b></name>", "<name>"),
        (b"<card ", b"oops<card ", "text"),
    ],
)
def test_malformed_content_is_refused(compact: bytes, old: bytes, new: bytes, named: str) -> None:
    assert old in compact
    data = compact.replace(old, new, 1)
    if named == "root":
        data = data.replace(b"</eid>", b"</eidx>")
    assert named in refused(data).detail


def test_more_than_two_mebibytes_is_refused(compact: bytes) -> None:
    padding = b"<!--" + b" " * MAX_FILE_SIZE + b"-->"
    assert "larger" in refused(compact + padding).detail


def test_a_deep_or_wide_tree_is_refused() -> None:
    assert "deeper" in refused(b"<eid><a><b><c><d/></c></b></a></eid>").detail
    assert "elements" in refused(b"<eid>" + b"<x/>" * 100 + b"</eid>").detail


def test_a_detail_never_repeats_personal_data(compact: bytes) -> None:
    bad = compact.replace(b'nationalnumber="67063029659"', b'nationalnumber="6706302965"')
    detail = refused(bad).detail
    assert "6706302965" not in detail
    assert "Lampaert" not in refused(compact.replace(b'gender="female"', b'gender="Lampaert"')).detail


# --- nothing but EidFileError escapes -------------------------------------------------------


def load_or_refuse(data: bytes) -> None:
    try:
        card = load_eid_file(data)
    except EidFileError as error:
        refusal = error
    else:
        assert isinstance(card, SavedCard)
        return
    assert refusal.detail


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000))
def test_random_bytes_raise_only_eid_file_error(data: bytes) -> None:
    load_or_refuse(data)


SAMPLES = [COMPACT.read_bytes(), INDENTED.read_bytes()]


@settings(max_examples=300, deadline=None)
@given(
    sample=st.sampled_from(SAMPLES),
    cut=st.none() | st.integers(min_value=0, max_value=12000),
    flips=st.lists(st.tuples(st.integers(min_value=0, max_value=12000), st.integers(0, 255)), max_size=6),
)
def test_mutated_samples_raise_only_eid_file_error(
    sample: bytes, cut: int | None, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(sample if cut is None else sample[:cut])
    for position, value in flips:
        if data:
            data[position % len(data)] = value
    load_or_refuse(bytes(data))


FIELDS = re.compile(rb'"[^"]*"|>[^<]*<')


@settings(max_examples=300, deadline=None)
@given(
    sample=st.sampled_from(SAMPLES),
    which=st.integers(min_value=0),
    value=st.one_of(
        st.binary(max_size=20),
        st.sampled_from([b"", b"0", b"00000000", b"male", b"NO_STATUS", b"&amp;", b"&#0;", b"&#x10FFFF;"]),
        st.builds(base64.b64encode, st.binary(max_size=40)),
    ),
)
def test_samples_with_a_value_replaced_raise_only_eid_file_error(
    sample: bytes, which: int, value: bytes
) -> None:
    """Replace one attribute value or one element text: content errors, not only syntax errors."""
    matches = list(FIELDS.finditer(sample))
    match = matches[which % len(matches)]
    start, end = match.span()
    data = sample[: start + 1] + value + sample[end - 1 :]
    load_or_refuse(data)
