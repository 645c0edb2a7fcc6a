"""The BELPIC card: commands, files, and the parsed identity, address and certificates."""

from eidcompanion.card.address import Address, StreetParts, parse_address, split_street_and_number
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.card_data import AppletVersion, CardData
from eidcompanion.card.contents import CardContents, read_contents
from eidcompanion.card.errors import CardFileError, CardNotActivatedError, CorruptFileError, FileMissingError
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Identity, parse_identity

__all__ = [
    "Address",
    "AppletVersion",
    "BelpicCard",
    "CardContents",
    "CardData",
    "CardFile",
    "CardFileError",
    "CardNotActivatedError",
    "CorruptFileError",
    "FileMissingError",
    "Identity",
    "StreetParts",
    "parse_address",
    "parse_identity",
    "read_contents",
    "split_street_and_number",
]
