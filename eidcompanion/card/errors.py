"""Errors of the card layer; each names the file it is about."""

from __future__ import annotations

from eidcompanion.card.files import CardFile
from eidcompanion.errors import EidError, ErrorCode


class CardFileError(EidError):
    """A problem with one file of the card."""

    code = ErrorCode.CARD_FILE_UNREADABLE

    def __init__(self, file: CardFile, detail: str = "") -> None:
        self.file = file
        super().__init__(
            f"file {file.hex_id}: {detail}" if detail else f"file {file.hex_id}", file=file.label
        )


class CorruptFileError(CardFileError):
    code = ErrorCode.CARD_FILE_CORRUPT


class FileMissingError(CardFileError):
    code = ErrorCode.CARD_FILE_MISSING


class CardNotActivatedError(EidError):
    code = ErrorCode.CARD_NOT_ACTIVATED
