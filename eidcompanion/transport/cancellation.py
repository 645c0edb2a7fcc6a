"""Cancel a card operation from another thread: a dialog's Cancel, or a browser port that closed.

:class:`CancelGate` sits on top of the processor stack. Once :meth:`CancelGate.cancel` is called,
every later command raises :class:`OperationCancelledError` before it reaches the reader, except
LOG OFF, which must still clear the card's access rights on the way out. The connection's own
``cancel`` is called too, so that a PC/SC wait in progress (``SCardCancel``) returns at once.
"""

from __future__ import annotations

import threading

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.errors import OperationCancelledError

LOG_OFF_HEADER = b"\x80\xe6"


class CancelGate(ConnectionWrapper):
    def __init__(self, inner: Connection) -> None:
        super().__init__(inner)
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()
        self.inner.cancel()

    def rearm(self) -> None:
        """Let commands through again: called when a new operation begins."""
        self._cancelled.clear()

    def transmit(self, apdu: bytes) -> Response:
        if self._cancelled.is_set() and not apdu.startswith(LOG_OFF_HEADER):
            raise OperationCancelledError(f"cancelled before {apdu[:4].hex()}")
        return self.inner.transmit(apdu)

    def control(self, code: int, data: bytes = b"") -> bytes:
        if self._cancelled.is_set():
            raise OperationCancelledError(f"cancelled before control code {code:#x}")
        return self.inner.control(code, data)
