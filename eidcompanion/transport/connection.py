"""The one small transport interface that card logic talks to."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.errors import TransportError


class Connection(ABC):
    """A connection to one card in one reader.

    ``transmit`` sends a command APDU and returns the data and status word; ``control`` sends a
    reader control code (PC/SC part 10); ``transaction`` holds the card for a sequence of commands
    that no other program may interleave with.
    """

    @property
    @abstractmethod
    def reader_name(self) -> str: ...

    @property
    @abstractmethod
    def atr(self) -> bytes: ...

    @property
    def simulated(self) -> bool:
        """True when the card behind this connection is a simulator or a recording."""
        return False

    @abstractmethod
    def transmit(self, apdu: bytes) -> Response: ...

    def control(self, code: int, data: bytes = b"") -> bytes:
        raise TransportError(f"{type(self).__name__} has no reader control codes (code {code:#x})")

    def transaction(self) -> AbstractContextManager[None]:
        """Exclusive access to the card for the duration of the block."""
        return nullcontext()

    def close(self) -> None:  # noqa: B027 - closing is optional for in-memory connections
        """Release the card and the reader."""

    def cancel(self) -> None:  # noqa: B027 - only connections that block in a wait need it
        """Stop a wait of this connection in progress (PC/SC: ``SCardCancel``), from any thread."""

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ConnectionWrapper(Connection):
    """A connection that delegates to another one; processors override ``transmit``."""

    def __init__(self, inner: Connection) -> None:
        self.inner = inner

    @property
    def reader_name(self) -> str:
        return self.inner.reader_name

    @property
    def atr(self) -> bytes:
        return self.inner.atr

    @property
    def simulated(self) -> bool:
        return self.inner.simulated

    def transmit(self, apdu: bytes) -> Response:
        return self.inner.transmit(apdu)

    def control(self, code: int, data: bytes = b"") -> bytes:
        return self.inner.control(code, data)

    def transaction(self) -> AbstractContextManager[None]:
        return self.inner.transaction()

    def close(self) -> None:
        self.inner.close()

    def cancel(self) -> None:
        self.inner.cancel()
