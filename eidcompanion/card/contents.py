"""Everything on the card, read in one go: raw files and their parsed forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography import x509

from eidcompanion.card.address import Address, parse_address
from eidcompanion.card.belpic import BelpicCard, minimum_read_apdus
from eidcompanion.card.card_data import AppletVersion, CardData
from eidcompanion.card.certificates import load_certificate
from eidcompanion.card.errors import CorruptFileError
from eidcompanion.card.files import CERTIFICATE_FILES, CardFile
from eidcompanion.card.identity import Identity, parse_identity

JPEG_START = b"\xff\xd8"
JPEG_END = b"\xff\xd9"


@dataclass(frozen=True)
class CardContents:
    reader: str
    atr: bytes
    simulated: bool
    card_data: CardData
    identity: Identity
    identity_signature: bytes
    address: Address
    address_signature: bytes
    photo: bytes
    certificates: dict[CardFile, bytes | None] = field(default_factory=dict)
    """DER certificates by file, padding removed; None for a certificate the card does not hold."""
    basic_public_key: bytes | None = None

    @property
    def applet_version(self) -> AppletVersion:
        version = self.card_data.applet_version
        assert version is not None
        return version

    def certificate(self, file: CardFile) -> bytes | None:
        return self.certificates.get(file)

    def parsed_certificate(self, file: CardFile) -> x509.Certificate | None:
        """The certificate of ``file`` parsed, or None when the card holds none."""
        der = self.certificates.get(file)
        return None if der is None else load_certificate(file, der)


def check_photo(photo: bytes) -> bytes:
    if not photo.startswith(JPEG_START):
        raise CorruptFileError(CardFile.PHOTO, "the photo does not start like a JPEG image")
    if not photo.rstrip(b"\x00").endswith(JPEG_END):
        raise CorruptFileError(CardFile.PHOTO, "the photo does not end like a JPEG image (cut short?)")
    return photo


@dataclass(frozen=True)
class CardFiles:
    """The files as read, before parsing (certificates already cut to their DER length)."""

    reader: str
    atr: bytes
    simulated: bool
    card_data: CardData
    identity: bytes
    identity_signature: bytes
    address: bytes
    address_signature: bytes
    photo: bytes
    certificates: dict[CardFile, bytes | None]
    basic_public_key: bytes | None


def minimum_apdus_for(files: CardFiles) -> int:
    """The fewest commands a full read of these files can take (see ``minimum_read_apdus``)."""
    sizes = [len(files.identity), len(files.identity_signature), len(files.address)]
    sizes += [len(files.address_signature), len(files.photo)]
    if files.basic_public_key is not None:
        sizes.append(len(files.basic_public_key))
    return minimum_read_apdus(
        sizes, [None if der is None else len(der) for der in files.certificates.values()]
    )


READ_STEPS = 5 + len(CERTIFICATE_FILES)
"""The steps :func:`read_files` reports: card data, identity, address, photo, basic key, each certificate."""


def _no_progress(done: int, total: int) -> None:
    """The default progress report: nobody is watching."""


def read_files(card: BelpicCard, progress: Callable[[int, int], None] = _no_progress) -> CardFiles:
    """Read every file inside one transaction, each once. Raises rather than return a partial card.

    ``progress(done, total)`` is called after each step (from the reading thread).
    """
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        progress(done, READ_STEPS)

    with card.transaction():
        card_data = card.card_data()
        step()
        identity = card.read_file(CardFile.IDENTITY)
        identity_signature = card.read_file(CardFile.IDENTITY_SIGNATURE)
        step()
        address = card.read_file(CardFile.ADDRESS)
        address_signature = card.read_file(CardFile.ADDRESS_SIGNATURE)
        step()
        photo = card.read_file(CardFile.PHOTO)
        step()
        basic_public_key = card.read_basic_public_key()
        step()
        certificates = {}
        for file in CERTIFICATE_FILES:
            certificates[file] = card.read_certificate(file)
            step()
    return CardFiles(
        reader=card.reader_name,
        atr=card.atr,
        simulated=card.simulated,
        card_data=card_data,
        identity=identity,
        identity_signature=identity_signature,
        address=address,
        address_signature=address_signature,
        photo=photo,
        certificates=certificates,
        basic_public_key=basic_public_key,
    )


def parse_files(files: CardFiles) -> CardContents:
    """Parse what was read; a damaged file raises CorruptFileError naming it."""
    for file, der in files.certificates.items():
        if der is not None:
            load_certificate(file, der)
    return CardContents(
        reader=files.reader,
        atr=files.atr,
        simulated=files.simulated,
        card_data=files.card_data,
        identity=parse_identity(files.identity),
        identity_signature=files.identity_signature,
        address=parse_address(files.address),
        address_signature=files.address_signature,
        photo=check_photo(files.photo),
        certificates=files.certificates,
        basic_public_key=files.basic_public_key,
    )


def read_contents(card: BelpicCard) -> CardContents:
    """Read and parse the whole card."""
    return parse_files(read_files(card))
