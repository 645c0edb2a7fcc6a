"""Replay a recorded session: a connection that fails on the first unexpected command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.session_file import RecordedSession, Step
from eidcompanion.transport.traffic_log import carries_pin


class ReplayMismatchError(EidError):
    code = ErrorCode.REPLAY_MISMATCH

    def __init__(self, step: int, comment: str, expected: str, actual: str) -> None:
        self.step = step
        self.expected = expected
        self.actual = actual
        super().__init__("", step=step, comment=comment or "no comment", expected=expected, actual=actual)


class ReplayConnection(Connection):
    """Answers each command with the recorded response, in order, and checks the command."""

    def __init__(self, session: RecordedSession) -> None:
        self.session = session
        self.position = 0
        self._depth = 0

    @property
    def reader_name(self) -> str:
        return self.session.reader

    @property
    def atr(self) -> bytes:
        return self.session.atr

    @property
    def simulated(self) -> bool:
        return True

    @property
    def finished(self) -> bool:
        return self.position == len(self.session.steps)

    def remaining(self) -> list[Step]:
        return list(self.session.steps[self.position :])

    def _next(self, actual: str) -> Step:
        if self.position >= len(self.session.steps):
            raise ReplayMismatchError(self.position + 1, "end of the recording", "nothing more", actual)
        step = self.session.steps[self.position]
        self.position += 1
        return step

    def _mismatch(self, step: Step, actual: str) -> ReplayMismatchError:
        return ReplayMismatchError(self.position, step.comment, step.describe_command(), actual)

    def transmit(self, apdu: bytes) -> Response:
        actual = f"{apdu[:5].hex(' ').upper()} <PIN block>" if carries_pin(apdu) else apdu.hex(" ").upper()
        step = self._next(actual)
        if step.kind != "apdu" or not _matches(step, apdu):
            raise self._mismatch(step, actual)
        return Response.from_bytes(step.response)

    def control(self, code: int, data: bytes = b"") -> bytes:
        actual = f"control {code:#x}: {data.hex(' ').upper()}"
        step = self._next(actual)
        if step.kind != "control" or step.control_code != code or step.command != data:
            raise self._mismatch(step, actual)
        return step.response

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Only the outermost of nested transactions is a step, as in the recording."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._expect_transaction("begin")
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
        self._expect_transaction("end")

    def _expect_transaction(self, edge: str) -> None:
        step = self._next(f"{edge} transaction")
        if step.kind != "transaction" or step.transaction != edge:
            raise self._mismatch(step, f"{edge} transaction")


def _matches(step: Step, apdu: bytes) -> bool:
    if not step.redacted:
        return step.command == apdu
    return (
        carries_pin(apdu)
        and apdu[: len(step.command)] == step.command
        and len(apdu) - len(step.command) == step.redacted
    )
