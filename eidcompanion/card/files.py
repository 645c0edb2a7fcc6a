"""The elementary files of the BELPIC card and where they live."""

from __future__ import annotations

from enum import IntEnum

from eidcompanion.i18n import Message, translatable

MASTER_FILE = 0x3F00
DF_BELPIC = 0xDF00
DF_ID = 0xDF01

BELPIC_AID = bytes.fromhex("A000000030290570 00AD13100101FF".replace(" ", ""))


class CardFile(IntEnum):
    """A transparent EF, by file identifier (an IntEnum: it hashes and compares as its FID)."""

    IDENTITY = 0x4031
    IDENTITY_SIGNATURE = 0x4032
    ADDRESS = 0x4033
    ADDRESS_SIGNATURE = 0x4034
    PHOTO = 0x4035
    BASIC_PUBLIC_KEY = 0x4040
    AUTHENTICATION_CERTIFICATE = 0x5038
    SIGNATURE_CERTIFICATE = 0x5039
    CA_CERTIFICATE = 0x503A
    ROOT_CERTIFICATE = 0x503B
    RRN_CERTIFICATE = 0x503C

    @property
    def fid(self) -> int:
        return self.value

    @property
    def directory(self) -> int:
        return DF_ID if self >> 8 == 0x40 else DF_BELPIC

    @property
    def path(self) -> bytes:
        """The absolute path from the MF, as sent in SELECT by path: 3F00 DFxx FFFF."""
        return b"".join(part.to_bytes(2, "big") for part in (MASTER_FILE, self.directory, self.value))

    @property
    def is_certificate(self) -> bool:
        return self >> 8 == 0x50

    @property
    def label(self) -> Message:
        return _LABELS[self]

    @property
    def hex_id(self) -> str:
        return f"{self.value:04X}"


_LABELS: dict[CardFile, Message] = {
    CardFile.IDENTITY: translatable("card files", "identity file"),
    CardFile.IDENTITY_SIGNATURE: translatable("card files", "identity signature file"),
    CardFile.ADDRESS: translatable("card files", "address file"),
    CardFile.ADDRESS_SIGNATURE: translatable("card files", "address signature file"),
    CardFile.PHOTO: translatable("card files", "photo"),
    CardFile.BASIC_PUBLIC_KEY: translatable("card files", "card key file"),
    CardFile.AUTHENTICATION_CERTIFICATE: translatable("card files", "authentication certificate"),
    CardFile.SIGNATURE_CERTIFICATE: translatable("card files", "signature certificate"),
    CardFile.CA_CERTIFICATE: translatable("card files", "certification authority certificate"),
    CardFile.ROOT_CERTIFICATE: translatable("card files", "root certificate"),
    CardFile.RRN_CERTIFICATE: translatable("card files", "National Register certificate"),
}

CERTIFICATE_FILES = tuple(f for f in CardFile if f.is_certificate)
