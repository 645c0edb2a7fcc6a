"""Typed errors of the transport layer, each with a sentence a citizen understands."""

from __future__ import annotations

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.transport.apdu import StatusWord


class TransportError(EidError):
    """The card reader service reported a failure we have no better name for."""

    code = ErrorCode.READER_ERROR


class PcscServiceUnavailableError(TransportError):
    code = ErrorCode.NO_PCSC_SERVICE


class NoReaderError(TransportError):
    code = ErrorCode.NO_READER


class ReaderNotFoundError(NoReaderError):
    code = ErrorCode.READER_NOT_FOUND


class NoCardError(TransportError):
    code = ErrorCode.NO_CARD


class CardRemovedError(TransportError):
    code = ErrorCode.CARD_REMOVED


class CardResetError(CardRemovedError):
    code = ErrorCode.CARD_RESET


class CardRemovedDuringPinError(CardRemovedError):
    """The card left while it was checking a PIN: the try may have been counted."""

    code = ErrorCode.CARD_REMOVED_DURING_PIN


class ReaderBusyError(TransportError):
    code = ErrorCode.READER_BUSY


class CardUnresponsiveError(TransportError):
    code = ErrorCode.CARD_UNRESPONSIVE


class UnsupportedCardError(TransportError):
    code = ErrorCode.UNSUPPORTED_CARD


class ApduError(TransportError):
    """A command answered with a status word the caller did not expect."""

    code = ErrorCode.CARD_REFUSED_COMMAND

    def __init__(self, sw: int, detail: str = "") -> None:
        self.sw = sw
        super().__init__(detail, status=f"{sw:04X} {StatusWord.describe(sw)}")


class OperationCancelledError(TransportError):
    """The citizen (or the page that asked) cancelled the operation; nothing more was sent."""

    code = ErrorCode.CANCELLED
