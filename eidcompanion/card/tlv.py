"""The simplified TLV of the identity and address files (CONT18 6.1, IDADR5)."""

from __future__ import annotations

from typing import NamedTuple

from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CardFile


class TlvField(NamedTuple):
    tag: int
    value: bytes
    offset: int


def parse_tlv(data: bytes, file: CardFile) -> tuple[TlvField, ...]:
    """Split a file into its fields.

    Tags are one byte and ascending; a length of ``FF`` adds 255 to the next length byte; trailing
    ``00`` bytes are padding (a ``00`` tag after the first position ends the data). Any field that
    runs past the end of the file, or tags out of order, raise :class:`CorruptFileError`.
    """
    fields: list[TlvField] = []
    size = len(data)
    position = 0
    previous_tag = -1
    while position < size:
        tag_offset = position
        tag = data[position]
        if tag == 0 and position:
            if any(data[position:]):
                raise CorruptFileError(file, f"data after the padding at offset {position}")
            break
        if tag <= previous_tag:
            raise CorruptFileError(file, f"tag {tag:02X} at offset {tag_offset} is out of order")
        position += 1
        length = 0
        length_byte = 0xFF
        while length_byte == 0xFF:
            if position >= size:
                raise CorruptFileError(file, f"tag {tag:02X} at offset {tag_offset} has no length")
            length_byte = data[position]
            position += 1
            length += length_byte
        end = position + length
        if end > size:
            raise CorruptFileError(
                file, f"tag {tag:02X} claims {length} bytes but only {size - position} remain"
            )
        previous_tag = tag
        fields.append(TlvField(tag, data[position:end], tag_offset))
        position = end
    return tuple(fields)


def encode_tlv(fields: list[tuple[int, bytes]]) -> bytes:
    """The inverse of :func:`parse_tlv` (without padding)."""
    out = bytearray()
    for tag, value in fields:
        out.append(tag)
        length = len(value)
        while length >= 0xFF:
            out.append(0xFF)
            length -= 0xFF
        out.append(length)
        out += value
    return bytes(out)
