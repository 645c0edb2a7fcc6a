"""Errors of the card layer; each names the file it is about."""

from __future__ import annotations

from eidcompanion.card.files import CardFile
from eidcompanion.errors import EidError
from eidcompanion.i18n import translatable


class CardFileError(EidError):
    """A problem with one file of the card."""

    message = translatable("errors", "The {file} on the card could not be read.")

    def __init__(self, file: CardFile, detail: str = "") -> None:
        self.file = file
        super().__init__(
            f"file {file.hex_id}: {detail}" if detail else f"file {file.hex_id}", file=file.label
        )


class CorruptFileError(CardFileError):
    message = translatable(
        "errors",
        "The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the "
        "card checked at your municipality.",
    )


class FileMissingError(CardFileError):
    message = translatable("errors", "The {file} was not found on the card.")


class CardNotActivatedError(EidError):
    message = translatable(
        "errors",
        "This card has not been activated yet. It is activated at your municipality when you collect "
        "it, with the codes of your PIN letter.",
    )
