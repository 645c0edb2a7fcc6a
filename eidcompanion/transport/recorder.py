"""Record the exchanges of any connection as a :class:`RecordedSession`, PIN blocks removed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.session_file import RecordedSession, Step
from eidcompanion.transport.traffic_log import carries_pin

Describer = Callable[[bytes, bytes], str]
"""Gives a one-line comment for a (command, response) pair."""


def _no_comment(command: bytes, response: bytes) -> str:
    return ""


class RecordingConnection(ConnectionWrapper):
    """Passes everything through to ``inner`` and keeps a copy of each exchange."""

    def __init__(self, inner: Connection, describe: Describer = _no_comment) -> None:
        super().__init__(inner)
        self._describe = describe
        self._depth = 0
        self.steps: list[Step] = []

    def transmit(self, apdu: bytes) -> Response:
        response = self.inner.transmit(apdu)
        comment = self._describe(apdu, response.to_bytes())
        if carries_pin(apdu):
            self.steps.append(Step("apdu", comment, apdu[:5], len(apdu) - 5, response.to_bytes()))
        else:
            self.steps.append(Step("apdu", comment, apdu, 0, response.to_bytes()))
        return response

    def control(self, code: int, data: bytes = b"") -> bytes:
        answer = self.inner.control(code, data)
        self.steps.append(Step("control", "reader control code", data, 0, answer, control_code=code))
        return answer

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.inner.transaction():
            outermost = self._depth == 0
            self._depth += 1
            if outermost:
                self.steps.append(Step("transaction", "begin transaction", transaction="begin"))
            try:
                yield
            finally:
                self._depth -= 1
                if outermost:
                    self.steps.append(Step("transaction", "end transaction", transaction="end"))

    def session(self, description: str = "") -> RecordedSession:
        return RecordedSession(
            reader=self.inner.reader_name,
            atr=self.inner.atr,
            steps=tuple(self.steps),
            description=description,
            simulated=self.inner.simulated,
        )
