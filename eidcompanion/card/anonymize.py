"""Remove personal data from a recorded session, so that a tester with a real card can share it.

Every file keeps its length, because the recorded commands (chunk sizes, end-of-file answers)
depend on it; everything that says who the holder is, or that would let someone who knows them
recognise the card, is replaced:

* identity and address: every letter becomes ``X`` and every digit ``0`` (names, places, street,
  sex, duplicate number and any field not named here), the national number a valid fake one, the
  birth date ``01 JAN 1970``, card dates and codes (special status, mentions, protection, work
  permit) neutral values that still parse;
* the photo: a small grey JPEG followed by zeros; the basic key (4040): a fresh key; their hashes
  in the identity file are recomputed;
* the authentication and signature certificates: throwaway certificates of the same length and
  key type with neutral names (the originals carry the name, national number, serial and public
  key that every site the holder logged in to knows);
* the identity and address signature files: zeros;
* the chip serial number (GET CARD DATA and identity tag 02): zeros.

What stays: the lengths of the files and of each field, the applet version, the ATR, the document
type, and the public CA, root and RRN certificates. Signatures no longer match: an anonymized
session replays a read, not an authenticity check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from eidcompanion.card.digests import HASH_BY_DIGEST_LENGTH
from eidcompanion.card.errors import CardFileError
from eidcompanion.card.files import MASTER_FILE, CardFile
from eidcompanion.card.stand_in_certificate import stand_in_certificate, stand_in_public_key
from eidcompanion.card.tlv import encode_tlv, parse_tlv
from eidcompanion.transport.apdu import ParsedCommand
from eidcompanion.transport.session_file import RecordedSession, Step

NEUTRAL_PHOTO = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300281c1e231e19282321232d2b28303c64413c37373c7b585d"
    "4964918099968f808c8aa0b4e6c3a0aadaad8a8cc8ffcbdaeef5ffffff9bc1fffffffaffe6fdfff8ffc0000b0800080008"
    "01011100ffc40014000100000000000000000000000000000004ffc40014100100000000000000000000000000000000ff"
    "da0008010100003f0073ffd9"
)
_FILES_BY_ID = {file.fid: file for file in CardFile}
_MASKED_IDENTITY_TAGS = {0x05, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0E, 0x17, 0x18, 0x19}
_BLANKED_IDENTITY_TAGS = {0x13, 0x14, 0x15, 0x16, 0x1B, 0x1C, 0x1D, 0x1E}
_KEPT_TAGS = {0x00, 0x0F}
"""Fields kept as they are: the file structure version and the document type; every other field is
replaced or masked, so that a field added to the card later is never shared by accident."""
_NEUTRAL_DATES = {0x03: b"01.01.2020", 0x04: b"01.01.2030", 0x1F: b"01.01.2020"}


def mask_text(value: bytes) -> bytes:
    """Same length in bytes: every digit becomes 0 and everything else X."""
    return bytes(0x30 if 0x30 <= byte <= 0x39 else 0x58 for byte in value)


def _fake_national_number() -> bytes:
    nine = "700101001"
    return f"{nine}{97 - int(nine) % 97:02d}".encode()


def _fake_birth_date(length: int) -> bytes:
    for form in ("01 JAN 1970", "01 JAN  1970", "1 JAN 1970"):
        if len(form) == length:
            return form.encode()
    return b"1970".rjust(length)


def _fake_card_number(value: bytes) -> bytes:
    if len(value) == 12 and value.isdigit():
        return b"000000000097"
    return value[:1] + b"0" * (len(value) - 1) if value else value


def _same_length(value: bytes, neutral: bytes) -> bytes:
    return neutral if len(neutral) == len(value) else b" " * len(value)


def _hash_like(original: bytes, content: bytes) -> bytes:
    algorithm = HASH_BY_DIGEST_LENGTH.get(len(original), "sha256")
    return hashlib.new(algorithm, content).digest()[: len(original)]


def _rebuild(data: bytes, file: CardFile, replacements: dict[int, bytes]) -> bytes:
    fields = parse_tlv(data, file)
    content = encode_tlv([(f.tag, replacements.get(f.tag, f.value)) for f in fields])
    if len(content) > len(data):  # every replacement keeps its length: this cannot happen
        raise CardFileError(file, "the anonymized file would be longer than the original")
    return content + bytes(len(data) - len(content))


def _identity_value(tag: int, value: bytes, photo: bytes | None, basic_key: bytes | None) -> bytes:
    if tag in _MASKED_IDENTITY_TAGS:
        return mask_text(value)
    if tag in _BLANKED_IDENTITY_TAGS:
        return b" " * len(value)
    if tag in _NEUTRAL_DATES:
        return _same_length(value, _NEUTRAL_DATES[tag])
    replacements: dict[int, Callable[[], bytes]] = {
        0x01: lambda: _fake_card_number(value),
        0x02: lambda: bytes(len(value)),
        0x06: _fake_national_number,
        0x0C: lambda: _fake_birth_date(len(value)),
        0x10: lambda: b"0" * len(value),
        0x11: lambda: _hash_like(value, photo) if photo is not None else value,
        0x1A: lambda: _hash_like(value, basic_key) if basic_key is not None else value,
    }
    if tag in replacements:
        return replacements[tag]()
    return value if tag in _KEPT_TAGS else mask_text(value)  # any other field, even one unknown today


def _anonymize_identity(data: bytes, photo: bytes | None, basic_key: bytes | None) -> bytes:
    fields = parse_tlv(data, CardFile.IDENTITY)
    values = {f.tag: _identity_value(f.tag, f.value, photo, basic_key) for f in fields}
    return _rebuild(data, CardFile.IDENTITY, values)


def _anonymize_address(data: bytes) -> bytes:
    values = {
        f.tag: f.value if f.tag in _KEPT_TAGS else mask_text(f.value)
        for f in parse_tlv(data, CardFile.ADDRESS)
    }
    return _rebuild(data, CardFile.ADDRESS, values)


def _anonymize_certificate(der: bytes, role: str) -> bytes:
    stand_in = stand_in_certificate(der, role)
    return stand_in if stand_in is not None else bytes(len(der))


class _FileTracker:
    """Follows SELECT and READ BINARY through a session to know which bytes each answer carries."""

    def __init__(self) -> None:
        self.current: CardFile | None = None
        self.contents: dict[CardFile, bytearray] = {}
        self.reads: dict[int, tuple[CardFile, int]] = {}  # step index -> (file, offset)

    def follow(self, index: int, step: Step) -> None:
        try:
            command = ParsedCommand.parse(step.command)
        except ValueError:
            return
        answer, sw = step.response[:-2], step.response[-2:]
        if (command.cla, command.ins) == (0x00, 0xA4) and sw == b"\x90\x00":
            ids = [int.from_bytes(command.data[i : i + 2], "big") for i in range(0, len(command.data), 2)]
            last = ids[-1] if ids else MASTER_FILE
            self.current = _FILES_BY_ID.get(last) if command.p1 != 0x04 else None
        elif (command.cla, command.ins) == (0x00, 0xB0) and self.current is not None and answer:
            offset = (command.p1 << 8) | command.p2
            content = self.contents.setdefault(self.current, bytearray())
            if len(content) < offset + len(answer):
                content.extend(bytes(offset + len(answer) - len(content)))
            content[offset : offset + len(answer)] = answer
            self.reads[index] = (self.current, offset)


def _anonymized_files(files: dict[CardFile, bytes]) -> dict[CardFile, bytes]:
    new: dict[CardFile, bytes] = {}
    if CardFile.PHOTO in files:
        photo = files[CardFile.PHOTO]
        new[CardFile.PHOTO] = (NEUTRAL_PHOTO + bytes(max(0, len(photo) - len(NEUTRAL_PHOTO))))[: len(photo)]
    if CardFile.BASIC_PUBLIC_KEY in files:
        new[CardFile.BASIC_PUBLIC_KEY] = stand_in_public_key(files[CardFile.BASIC_PUBLIC_KEY])
    if CardFile.IDENTITY in files:
        new[CardFile.IDENTITY] = _anonymize_identity(
            files[CardFile.IDENTITY], new.get(CardFile.PHOTO), new.get(CardFile.BASIC_PUBLIC_KEY)
        )
    if CardFile.ADDRESS in files:
        new[CardFile.ADDRESS] = _anonymize_address(files[CardFile.ADDRESS])
    for file in (CardFile.IDENTITY_SIGNATURE, CardFile.ADDRESS_SIGNATURE):
        if file in files:
            new[file] = bytes(len(files[file]))
    for file, role in (
        (CardFile.AUTHENTICATION_CERTIFICATE, "Authentication"),
        (CardFile.SIGNATURE_CERTIFICATE, "Signature"),
    ):
        if file in files and any(files[file]):
            new[file] = _anonymize_certificate(files[file], role)
    return new


def anonymize_session(session: RecordedSession) -> RecordedSession:
    """The same session with the holder's data replaced (see the module's description)."""
    tracker = _FileTracker()
    for index, step in enumerate(session.steps):
        if step.kind == "apdu":
            tracker.follow(index, step)
    new_files = _anonymized_files({file: bytes(content) for file, content in tracker.contents.items()})
    steps = list(session.steps)
    for index, (file, offset) in tracker.reads.items():
        if file in new_files:
            step = steps[index]
            length = len(step.response) - 2
            new_data = new_files[file][offset : offset + length]
            steps[index] = replace(step, response=new_data + step.response[-2:])
    for index, step in enumerate(steps):
        if step.kind == "apdu" and step.command[:2] == b"\x80\xe4" and len(step.response) >= 18:
            steps[index] = replace(step, response=bytes(16) + step.response[16:])
    return replace(session, steps=tuple(steps), anonymized=True)
