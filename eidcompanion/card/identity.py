"""The identity file (4031), parsed through a declarative tag table (IDADR5)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from eidcompanion.card.codes import (
    BrexitMention,
    CardAMention,
    DocumentType,
    Sex,
    SpecialOrganisation,
    SpecialStatus,
    WorkPermit,
    lookup,
)
from eidcompanion.card.dates import PartialDate, parse_birth_date, parse_card_date
from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile
from eidcompanion.card.numbers import NationalNumber
from eidcompanion.card.tlv import TlvField, parse_tlv


@dataclass(frozen=True, slots=True)
class Protection:
    """Tag 15: the date and country of protection, ``dd.MM.yyyy-CC`` (ISO 3166 alpha-2)."""

    granted_on: date
    country: str


@dataclass(frozen=True)
class Identity:
    raw: bytes
    """The file exactly as read from the card, padding included (it is what the signature covers)."""
    card_number: str
    chip_number: bytes
    validity_begin: date
    validity_end: date
    delivering_municipality: str
    national_number: NationalNumber
    surname: str
    given_names: str
    nationality: str
    birth_place: str
    birth_date: PartialDate
    sex_code: str
    document_type_code: str
    photo_hash: bytes
    file_structure_version: int | None = None
    third_given_name_initial: str = ""
    noble_condition: str = ""
    special_status_code: str = "0"
    duplicate: str = ""
    special_organisation_code: str = ""
    member_of_family: bool = False
    protection: Protection | None = None
    work_permit_code: str = ""
    employer_vat_1: str = ""
    employer_vat_2: str = ""
    regional_file_number: str = ""
    basic_key_hash: bytes | None = None
    brexit_mention_1: str = ""
    brexit_mention_2: str = ""
    card_a_mention_1: str = ""
    card_a_mention_2: str = ""
    registration_date: date | None = None
    unknown_fields: tuple[TlvField, ...] = ()

    @property
    def sex(self) -> Sex | None:
        return Sex.from_card(self.sex_code)

    @property
    def document_type(self) -> DocumentType | None:
        return lookup(DocumentType, self.document_type_code)

    @property
    def special_status(self) -> SpecialStatus | None:
        return lookup(SpecialStatus, self.special_status_code)

    @property
    def special_organisation(self) -> SpecialOrganisation | None:
        return lookup(SpecialOrganisation, self.special_organisation_code)

    @property
    def work_permit(self) -> WorkPermit | None:
        return lookup(WorkPermit, self.work_permit_code)

    @property
    def brexit_mentions(self) -> tuple[BrexitMention, ...]:
        found = (lookup(BrexitMention, code) for code in (self.brexit_mention_1, self.brexit_mention_2))
        return tuple(mention for mention in found if mention is not None)

    @property
    def card_a_mentions(self) -> tuple[CardAMention, ...]:
        found = (lookup(CardAMention, code) for code in (self.card_a_mention_1, self.card_a_mention_2))
        return tuple(mention for mention in found if mention is not None)

    @property
    def duplicate_number(self) -> int | None:
        """0 for an original card, n for the n-th duplicate; None when the card does not say."""
        return int(self.duplicate) if self.duplicate.isdigit() else None

    @property
    def full_given_names(self) -> str:
        """The given names as printed: the first two, then the initial of the third."""
        if self.third_given_name_initial:
            return f"{self.given_names} {self.third_given_name_initial}.".strip()
        return self.given_names


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _ascii_code(value: bytes) -> str:
    text = _text(value).strip()
    if not text.isascii():
        raise ValueError("a code is not ASCII")
    return text


def _binary(value: bytes) -> bytes:
    return value


def _version(value: bytes) -> int:
    return int.from_bytes(value, "big")


def _present(value: bytes) -> bool:
    return True


def _optional_date(value: bytes) -> date | None:
    text = _text(value).strip()
    return parse_card_date(text) if text else None


def _protection(value: bytes) -> Protection | None:
    text = _text(value).strip()
    if not text:
        return None
    day_part, separator, country = text.partition("-")
    if not separator or len(country) != 2 or not country.isalpha():
        raise ValueError(f"the value ({len(text)} characters) is not dd.MM.yyyy-CC")
    return Protection(parse_card_date(day_part), country.upper())


def _national_number(value: bytes) -> NationalNumber:
    return NationalNumber.parse(_text(value))


def _birth_date(value: bytes) -> PartialDate:
    return parse_birth_date(_text(value))


def _card_date(value: bytes) -> date:
    return parse_card_date(_text(value))


@dataclass(frozen=True)
class TagSpec:
    field: str
    decode: Callable[[bytes], Any]
    max_length: int
    mandatory: bool = False


IDENTITY_TAGS: dict[int, TagSpec] = {
    0x00: TagSpec("file_structure_version", _version, 2),
    0x01: TagSpec("card_number", _ascii_code, 12, mandatory=True),
    0x02: TagSpec("chip_number", _binary, 16, mandatory=True),
    0x03: TagSpec("validity_begin", _card_date, 10, mandatory=True),
    0x04: TagSpec("validity_end", _card_date, 10, mandatory=True),
    0x05: TagSpec("delivering_municipality", _text, 80, mandatory=True),
    0x06: TagSpec("national_number", _national_number, 11, mandatory=True),
    0x07: TagSpec("surname", _text, 110, mandatory=True),
    0x08: TagSpec("given_names", _text, 95),
    0x09: TagSpec("third_given_name_initial", _text, 3),
    0x0A: TagSpec("nationality", _text, 85, mandatory=True),
    0x0B: TagSpec("birth_place", _text, 80, mandatory=True),
    0x0C: TagSpec("birth_date", _birth_date, 12, mandatory=True),
    0x0D: TagSpec("sex_code", _ascii_code, 1, mandatory=True),
    0x0E: TagSpec("noble_condition", _text, 50),
    0x0F: TagSpec("document_type_code", _ascii_code, 2, mandatory=True),
    0x10: TagSpec("special_status_code", _ascii_code, 2),
    0x11: TagSpec("photo_hash", _binary, 48, mandatory=True),
    0x12: TagSpec("duplicate", _ascii_code, 2),
    0x13: TagSpec("special_organisation_code", _ascii_code, 1),
    0x14: TagSpec("member_of_family", _present, 2),
    0x15: TagSpec("protection", _protection, 13),
    0x16: TagSpec("work_permit_code", _ascii_code, 1),
    0x17: TagSpec("employer_vat_1", _text, 13),
    0x18: TagSpec("employer_vat_2", _text, 13),
    0x19: TagSpec("regional_file_number", _text, 18),
    0x1A: TagSpec("basic_key_hash", _binary, 48),
    0x1B: TagSpec("brexit_mention_1", _ascii_code, 1),
    0x1C: TagSpec("brexit_mention_2", _ascii_code, 1),
    0x1D: TagSpec("card_a_mention_1", _ascii_code, 1),
    0x1E: TagSpec("card_a_mention_2", _ascii_code, 1),
    0x1F: TagSpec("registration_date", _optional_date, 10),
}

UNKNOWN_TAG_MAX_LENGTH = 255


def decode_fields(
    tlv: tuple[TlvField, ...], table: dict[int, TagSpec], file: CardFile
) -> tuple[dict[str, Any], tuple[TlvField, ...]]:
    """Decode each known tag with its table entry; return the values and the unknown fields."""
    values: dict[str, Any] = {}
    unknown: list[TlvField] = []
    for item in tlv:
        spec = table.get(item.tag)
        if spec is None:
            if len(item.value) > UNKNOWN_TAG_MAX_LENGTH:
                raise CorruptFileError(file, f"unknown tag {item.tag:02X} is {len(item.value)} bytes long")
            unknown.append(item)
            continue
        if len(item.value) > spec.max_length:
            raise CorruptFileError(
                file,
                f"tag {item.tag:02X} ({spec.field}) is {len(item.value)} bytes, at most {spec.max_length}",
            )
        try:
            values[spec.field] = spec.decode(item.value)
        except ValueError as exc:
            raise CorruptFileError(file, f"tag {item.tag:02X} ({spec.field}): {exc}") from exc
    missing = [
        f"{tag:02X} ({spec.field})"
        for tag, spec in table.items()
        if spec.mandatory and spec.field not in values
    ]
    if missing:
        raise CorruptFileError(file, f"mandatory tags missing: {', '.join(missing)}")
    return values, tuple(unknown)


def parse_identity(data: bytes) -> Identity:
    """Parse the identity file. Raises :class:`CorruptFileError` naming the file and the tag."""
    values, unknown = decode_fields(parse_tlv(data, CardFile.IDENTITY), IDENTITY_TAGS, CardFile.IDENTITY)
    values.setdefault("given_names", "")
    return Identity(raw=bytes(data), unknown_fields=unknown, **values)
