"""Typed errors of the transport layer, each with a sentence a citizen understands."""

from __future__ import annotations

from eidcompanion.errors import EidError
from eidcompanion.i18n import translatable
from eidcompanion.transport.apdu import StatusWord


class TransportError(EidError):
    """The card reader service reported a failure we have no better name for."""

    message = translatable(
        "errors", "The card reader reported an error. Take the card out, put it back and try again."
    )


class PcscServiceUnavailableError(TransportError):
    message = translatable(
        "errors",
        "The smart card service (pcscd) is not running. Start it, or install the package pcscd, "
        "then try again.",
    )


class NoReaderError(TransportError):
    message = translatable("errors", "No card reader was found. Plug in your card reader and try again.")


class ReaderNotFoundError(NoReaderError):
    message = translatable("errors", "The card reader \u201c{reader}\u201d was not found.")


class NoCardError(TransportError):
    message = translatable("errors", "There is no card in the reader. Insert your eID card and try again.")


class CardRemovedError(TransportError):
    message = translatable(
        "errors", "The card was taken out of the reader before the operation finished. Insert it again."
    )


class CardResetError(CardRemovedError):
    message = translatable(
        "errors",
        "Another program reset the card during the operation. Try again, with the other program closed.",
    )


class ReaderBusyError(TransportError):
    message = translatable(
        "errors",
        "Another program is using the card reader. Close the other program (for example the eID "
        "viewer or a browser tab) and try again.",
    )


class CardUnresponsiveError(TransportError):
    message = translatable(
        "errors",
        "The card does not answer. Check that it is inserted the right way round (chip first, facing "
        "up) and try again.",
    )


class UnsupportedCardError(TransportError):
    message = translatable("errors", "This card is not a Belgian eID card, or its version is not supported.")


class ApduError(TransportError):
    """A command answered with a status word the caller did not expect."""

    message = translatable("errors", "The card refused a command ({status}).")

    def __init__(self, sw: int, detail: str = "") -> None:
        self.sw = sw
        super().__init__(detail, status=f"{sw:04X} {StatusWord.describe(sw)}")
