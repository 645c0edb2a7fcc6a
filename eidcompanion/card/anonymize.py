"""Remove personal data from a recorded session, so that a tester with a real card can share it.

Every file keeps its length, so the command sequence, the chunking and the end-of-file answers stay
exactly as recorded; only the bytes that say who the holder is change:

* identity and address: names, numbers, dates, places and address become neutral values that still
  parse (a valid but fake national number, ``01 JAN 1970``, ``X`` for letters);
* the photo becomes a small grey JPEG followed by zeros, and its hash in the identity file is updated;
* in the certificates, each occurrence of the holder's names and national number is masked;
* the chip serial number (GET CARD DATA and identity tag 02) becomes zeros.

The card's signatures no longer match (the data they covered are gone): an anonymized session
replays a read, not an authenticity check.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from eidcompanion.card.errors import CardFileError
from eidcompanion.card.files import MASTER_FILE, CardFile
from eidcompanion.card.identity import parse_identity
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
_TEXT_TAGS_IDENTITY = {0x05, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0E, 0x17, 0x18, 0x19}
_TEXT_TAGS_ADDRESS = {0x01, 0x03}


def mask_text(text: str) -> str:
    """Same UTF-8 length: letters become X, digits 0; spaces and punctuation stay."""
    out = []
    for char in text:
        size = len(char.encode("utf-8"))
        if char.isdigit():
            out.append("0" * size)
        elif char.isalpha():
            out.append("X" * size)
        else:
            out.append(char if size == 1 else "X" * size)
    return "".join(out)


def _fake_national_number() -> bytes:
    nine = "700101001"
    return f"{nine}{97 - int(nine) % 97:02d}".encode()


def _fake_birth_date(length: int) -> bytes:
    for form in ("01 JAN 1970", "01 JAN  1970", "1 JAN 1970"):
        if len(form) == length:
            return form.encode()
    return "1970".rjust(length).encode()


def _fake_card_number(value: bytes) -> bytes:
    if len(value) == 12 and value.isdigit():
        return b"000000000097"
    return (value[:1] + b"0" * (len(value) - 1)) if value else value


def _replace_values(data: bytes, file: CardFile, replacements: dict[int, bytes]) -> bytes:
    fields = parse_tlv(data, file)
    content = encode_tlv([(f.tag, replacements.get(f.tag, f.value)) for f in fields])
    if len(content) > len(data):
        raise CardFileError(file, "anonymized file grew")
    return content + bytes(len(data) - len(content))


def _anonymize_identity(data: bytes, new_photo: bytes | None) -> bytes:
    replacements: dict[int, bytes] = {}
    for field in parse_tlv(data, CardFile.IDENTITY):
        if field.tag in _TEXT_TAGS_IDENTITY:
            replacements[field.tag] = mask_text(field.value.decode("utf-8", "replace")).encode()[
                : len(field.value)
            ]
        elif field.tag == 0x01:
            replacements[field.tag] = _fake_card_number(field.value)
        elif field.tag == 0x02:
            replacements[field.tag] = bytes(len(field.value))
        elif field.tag == 0x06:
            replacements[field.tag] = _fake_national_number()
        elif field.tag == 0x0C:
            replacements[field.tag] = _fake_birth_date(len(field.value))
        elif field.tag == 0x11 and new_photo is not None:
            replacements[field.tag] = _hash_like(field.value, new_photo)
    return _replace_values(data, CardFile.IDENTITY, replacements)


def _hash_like(original: bytes, photo: bytes) -> bytes:
    algorithm = {20: "sha1", 32: "sha256", 48: "sha384"}.get(len(original), "sha256")
    return hashlib.new(algorithm, photo).digest()[: len(original)]


def _anonymize_address(data: bytes) -> bytes:
    replacements = {
        field.tag: (
            mask_text(field.value.decode("utf-8", "replace")).encode()[: len(field.value)]
            if field.tag in _TEXT_TAGS_ADDRESS
            else b"0" * len(field.value)
        )
        for field in parse_tlv(data, CardFile.ADDRESS)
        if field.tag in (0x01, 0x02, 0x03)
    }
    return _replace_values(data, CardFile.ADDRESS, replacements)


def _mask_in_certificate(data: bytes, secrets: list[bytes]) -> bytes:
    masked = bytearray(data)
    for secret in secrets:
        if len(secret) < 3:
            continue
        start = data.find(secret)
        while start >= 0:
            masked[start : start + len(secret)] = mask_text(secret.decode("utf-8", "replace")).encode()[
                : len(secret)
            ]
            start = data.find(secret, start + 1)
    return bytes(masked)


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


def anonymize_session(session: RecordedSession) -> RecordedSession:
    tracker = _FileTracker()
    for index, step in enumerate(session.steps):
        if step.kind == "apdu":
            tracker.follow(index, step)
    files = {file: bytes(content) for file, content in tracker.contents.items()}
    secrets: list[bytes] = []
    if CardFile.IDENTITY in files:
        identity = parse_identity(files[CardFile.IDENTITY])
        secrets = [
            value.encode()
            for value in (identity.surname, identity.given_names, identity.national_number.digits,
                          identity.surname.upper(), identity.given_names.upper(),
                          *identity.given_names.split(), *identity.surname.split())
            if value
        ]  # fmt: skip
    new_files: dict[CardFile, bytes] = {}
    photo = files.get(CardFile.PHOTO)
    if photo is not None:
        new_photo = NEUTRAL_PHOTO + bytes(max(0, len(photo) - len(NEUTRAL_PHOTO)))
        new_files[CardFile.PHOTO] = new_photo[: len(photo)]
    if CardFile.IDENTITY in files:
        new_files[CardFile.IDENTITY] = _anonymize_identity(
            files[CardFile.IDENTITY], new_files.get(CardFile.PHOTO)
        )
    if CardFile.ADDRESS in files:
        new_files[CardFile.ADDRESS] = _anonymize_address(files[CardFile.ADDRESS])
    for file in (CardFile.AUTHENTICATION_CERTIFICATE, CardFile.SIGNATURE_CERTIFICATE):
        if file in files:
            new_files[file] = _mask_in_certificate(files[file], sorted(secrets, key=len, reverse=True))
    steps = list(session.steps)
    for index, (file, offset) in tracker.reads.items():
        if file not in new_files:
            continue
        step = steps[index]
        length = len(step.response) - 2
        steps[index] = replace(step, response=new_files[file][offset : offset + length] + step.response[-2:])
    for index, step in enumerate(steps):
        if step.kind == "apdu" and step.command[:2] == b"\x80\xe4" and len(step.response) >= 18:
            steps[index] = replace(step, response=bytes(16) + step.response[16:])
    return replace(session, steps=tuple(steps), anonymized=True)
