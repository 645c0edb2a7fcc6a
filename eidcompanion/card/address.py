"""The address file (4033), and the split of ``street and number`` that e-guichet forms ask for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import TagSpec, _text, _version, decode_fields
from eidcompanion.card.tlv import TlvField, parse_tlv


@dataclass(frozen=True, slots=True)
class StreetParts:
    """``street and number`` cut into street, house number (digits only) and box (the rest)."""

    street: str
    house_number: str
    box: str


_BOX_WORDS = r"(?:bus|bte\.?|bt\.?|bo[iî]te|box|b\.)"
_BOX_PART = rf"""(?:
      \s*/\s*[\w.]+          # 124/14, 12 / A
    | \s*-\s*\w+             # 12-14
    | \s*{_BOX_WORDS}\s*[\w.]+   # bus 1, bte 3, boîte 12, box A
    | \s*[A-Za-z]{{1,2}}\b   # 1c, 12 A, 7bis is not matched (3+ letters)
    | \s*(?:bis|ter)\b       # 7bis, 7 ter
)"""
_ADDRESS = re.compile(
    rf"^(?P<street>.*?\S)[\s,]+(?P<number>[0-9]+)(?P<rest>(?:{_BOX_PART})*)\s*$",
    re.VERBOSE | re.IGNORECASE,
)
_STRIP_BOX_WORDS = re.compile(rf"^\s*(?:/|-|{_BOX_WORDS})\s*|\s+{_BOX_WORDS}\s+", re.IGNORECASE)


def split_street_and_number(text: str) -> StreetParts:
    """Split ``Meirplaats 1 bus 1`` into ``Meirplaats`` / ``1`` / ``1``.

    The house number is the last run of digits that only a box designation follows; the box keeps
    everything after it without the words ``bus``, ``bte``, ``boîte`` or the ``/``. Without a house
    number the whole text is the street.
    """
    cleaned = " ".join(text.split())
    match = _ADDRESS.match(cleaned)
    if match is None:
        return StreetParts(cleaned, "", "")
    rest = match["rest"].strip()
    box = " ".join(_STRIP_BOX_WORDS.sub(" ", rest).split())
    return StreetParts(match["street"].rstrip(" ,"), match["number"], box)


@dataclass(frozen=True)
class Address:
    raw: bytes
    """The file exactly as read, zero padding included."""
    street_and_number: str
    postal_code: str
    municipality: str
    file_structure_version: int | None = None
    unknown_fields: tuple[TlvField, ...] = ()

    @property
    def parts(self) -> StreetParts:
        return split_street_and_number(self.street_and_number)

    @property
    def street(self) -> str:
        return self.parts.street

    @property
    def house_number(self) -> str:
        return self.parts.house_number

    @property
    def box(self) -> str:
        return self.parts.box

    @property
    def without_padding(self) -> bytes:
        """The file without its trailing zero bytes (what the address signature covers)."""
        return self.raw.rstrip(b"\x00")


def _postal_code(value: bytes) -> str:
    text = _text(value).strip()
    if not text.isascii() or not text.isalnum():
        raise ValueError(f"the postal code ({len(text)} characters) is not alphanumeric")
    return text


ADDRESS_TAGS: dict[int, TagSpec] = {
    0x00: TagSpec("file_structure_version", _version, 2),
    0x01: TagSpec("street_and_number", _text, 80, mandatory=True),
    0x02: TagSpec("postal_code", _postal_code, 6, mandatory=True),
    0x03: TagSpec("municipality", _text, 80, mandatory=True),
}


def parse_address(data: bytes) -> Address:
    """Parse the address file. Raises :class:`CorruptFileError` naming the file and the tag."""
    values, unknown = decode_fields(parse_tlv(data, CardFile.ADDRESS), ADDRESS_TAGS, CardFile.ADDRESS)
    return Address(raw=bytes(data), unknown_fields=unknown, **values)
