"""Standard input read without Python's buffering, so that it can be watched with select()."""

from __future__ import annotations

import os
import select


class StdinReader:
    """A file-like ``read(n)`` over a descriptor, with a buffer that :meth:`fill` tops up."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = bytearray()
        self.closed = False

    def fill(self) -> None:
        """Read what is there (blocks until something or the end comes)."""
        chunk = os.read(self.fd, 65536)
        if chunk:
            self._buffer += chunk
        else:
            self.closed = True

    def ready(self, timeout: float = 0.0) -> bool:
        """True when bytes (or the end) wait to be read."""
        if self._buffer or self.closed:
            return True
        readable, _, _ = select.select([self.fd], [], [], timeout)
        return bool(readable)

    def input_waiting(self, timeout: float) -> bool:
        """True when new bytes (or the end) arrived on the descriptor itself, whatever the buffer holds."""
        if self.closed:
            return False
        readable, _, _ = select.select([self.fd], [], [], timeout)
        return bool(readable)

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size and not self.closed:
            self.fill()
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data
