"""The simulated card behind the Connection interface, in this process (no PC/SC needed)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import CardRemovedError

VIRTUAL_READER_NAME = "eidcompanion virtual reader (simulated card)"


class SimulatedConnection(Connection):
    """A connection to a :class:`BelpicApplet`. It always reports itself as simulated."""

    def __init__(self, applet: BelpicApplet, reader_name: str = VIRTUAL_READER_NAME) -> None:
        self.applet = applet
        self._reader_name = reader_name
        self._lock = threading.RLock()
        self._removed = False
        self._remove_after: int | None = None

    @classmethod
    def for_profile(cls, profile: CardProfile) -> SimulatedConnection:
        return cls(BelpicApplet(profile))

    @property
    def reader_name(self) -> str:
        return self._reader_name

    @property
    def atr(self) -> bytes:
        return self.applet.atr

    @property
    def simulated(self) -> bool:
        return True

    def remove_card(self) -> None:
        """Take the card out: every later command fails with CardRemovedError."""
        self._removed = True

    def remove_card_after(self, commands: int) -> None:
        """Take the card out when it has answered ``commands`` more commands."""
        self._remove_after = commands

    def transmit(self, apdu: bytes) -> Response:
        with self._lock:
            if self._remove_after is not None:
                if self._remove_after == 0:
                    self._removed = True
                self._remove_after -= 1
            if self._removed:
                raise CardRemovedError("the simulated card was removed")
            return Response.from_bytes(self.applet.process(apdu))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            yield


def open_virtual_card(version: str = "1.8", *, pin: str = "1234", tries_left: int = 3) -> SimulatedConnection:
    """The built-in virtual card with a freshly generated profile."""
    return SimulatedConnection.for_profile(build_profile(version, pin=pin, tries_left=tries_left))
