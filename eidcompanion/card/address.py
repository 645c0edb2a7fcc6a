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


_BOX_WORDS = frozenset({"bus", "bte", "bt", "b", "boîte", "boite", "box", "app", "apt", "appartement", "bfk"})
_NUMBER = re.compile(r"(?<=[\s,])[0-9]+")
_BOX_WORD_WITH_VALUE = re.compile(r"^(bus|bte|bt|b|box|app|apt|bfk)\.?([0-9][\w.]*)$", re.IGNORECASE)
_BOX_VALUE = re.compile(r"^[\w.]{1,5}$")


def _box_tokens(rest: str) -> list[str] | None:
    """The parts of the box when ``rest`` looks like one (``bus 1``, ``/14``, ``c``, ``A1``), else None."""
    values: list[str] = []
    marked = bool(rest) and not rest[0].isspace() and rest[0] != ","  # a suffix such as 1c
    for token in rest.replace(",", " ").replace("/", " / ").replace("-", " - ").split():
        word = token.lower().rstrip(".")
        if token in ("/", "-") or word in _BOX_WORDS:
            marked = True
            continue
        attached = _BOX_WORD_WITH_VALUE.match(token)
        if attached:
            marked = True
            values.append(attached.group(2))
            continue
        has_digit = any(ch.isdigit() for ch in token)
        if not _BOX_VALUE.match(token) or (not has_digit and len(token) > 2 and word not in ("bis", "ter")):
            return None  # a word: this was a number inside the street name ("Rue du 11 Novembre 5")
        values.append(token)
    if values and not marked and all(value.isdigit() for value in values):
        return None  # bare numbers after a number: the first belongs to the street ("8 Mai 1945 12")
    return values


def split_street_and_number(text: str) -> StreetParts:
    """Split ``Meirplaats 1 bus 1`` into ``Meirplaats`` / ``1`` / ``1``.

    The house number is the first run of digits (after the start of a word) that only a box
    designation follows; the box keeps what follows without the words ``bus``, ``bte``, ``boîte``
    and separators. Without such a number the whole text is the street.
    """
    cleaned = " ".join(text.split())
    for match in _NUMBER.finditer(cleaned):
        street = cleaned[: match.start()].rstrip(" ,")
        if not street:
            continue
        box = _box_tokens(cleaned[match.end() :])
        if box is not None:
            return StreetParts(street, match.group(), " ".join(box))
    return StreetParts(cleaned, "", "")


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
