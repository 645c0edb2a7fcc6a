"""Transport: the Connection interface, T=0 processing, PC/SC, replay and recording.

``eidcompanion.transport.pcsc`` (pyscard) is not imported here: import it where a reader is needed.
"""

from eidcompanion.transport.apdu import Response, StatusWord, command
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.errors import (
    ApduError,
    CardRemovedError,
    CardUnresponsiveError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    ReaderNotFoundError,
    TransportError,
    UnsupportedCardError,
)
from eidcompanion.transport.processors import t0_stack

__all__ = [
    "ApduError",
    "CardRemovedError",
    "CardUnresponsiveError",
    "Connection",
    "ConnectionWrapper",
    "NoCardError",
    "NoReaderError",
    "PcscServiceUnavailableError",
    "ReaderBusyError",
    "ReaderNotFoundError",
    "Response",
    "StatusWord",
    "TransportError",
    "UnsupportedCardError",
    "command",
    "t0_stack",
]
