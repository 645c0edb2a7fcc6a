"""Signing holds the card from the tries check to LOG OFF, and LOG OFF follows every outcome."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest

from eidcompanion.card import BelpicCard
from eidcompanion.card.pin import WrongPinError
from eidcompanion.card.pin_entry import PinPadEntry, TypedPin
from eidcompanion.card.pinpad import PinPadCancelledError, PinPadTimeoutError
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.pinpad_reader import KEYPAD_CANCEL, KEYPAD_TIMEOUT, PinPadReader
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.errors import ApduError
from eidcompanion.webeid.card_operations import authenticate
from eidcompanion.webeid.nonces import new_nonce

ORIGIN = "https://guichet.example.be"
GET_CARD_DATA, MSE, VERIFY, PSO, LOG_OFF = 0xE4, 0x22, 0x20, 0x2A, 0xE6


class WatchedConnection(ConnectionWrapper):
    """Notes each instruction sent with the depth of transactions it was sent in; can fail one."""

    def __init__(self, inner: Connection, *, failing_instruction: int | None = None) -> None:
        super().__init__(inner)
        self.events: list[tuple[str, int]] = []
        self.depth = 0
        self.failing_instruction = failing_instruction

    def transmit(self, apdu: bytes) -> Response:
        self.events.append(("apdu", apdu[1]) if self.depth else ("outside", apdu[1]))
        if apdu[1] == self.failing_instruction:
            return Response(b"", 0x6F00)
        return self.inner.transmit(apdu)

    @contextmanager
    def _watched(self) -> Iterator[None]:
        with self.inner.transaction():
            self.depth += 1
            self.events.append(("begin", self.depth))
            try:
                yield
            finally:
                self.events.append(("end", self.depth))
                self.depth -= 1

    def transaction(self) -> AbstractContextManager[None]:
        return self._watched()

    def outermost_spans(self) -> list[list[int]]:
        """The instructions of each outermost transaction, in order."""
        spans: list[list[int]] = []
        for kind, value in self.events:
            if kind == "begin" and value == 1:
                spans.append([])
            elif kind == "apdu":
                spans[-1].append(value)
        return spans


def test_tries_mse_verify_pso_and_log_off_are_one_transaction(profile_18: CardProfile) -> None:
    watched = WatchedConnection(SimulatedConnection.for_profile(profile_18))
    authenticate(BelpicCard(watched), ORIGIN, new_nonce(), TypedPin("1234"))
    signing = next(span for span in watched.outermost_spans() if PSO in span)
    assert signing[signing.index(MSE) - 1 :][:3] == [GET_CARD_DATA, MSE, VERIFY]  # tries read afresh
    assert signing[-1] == LOG_OFF
    assert not any(
        kind == "outside" and value in (MSE, VERIFY, PSO, LOG_OFF) for kind, value in watched.events
    )


def test_log_off_follows_a_failed_signature(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    watched = WatchedConnection(connection, failing_instruction=PSO)
    with pytest.raises(ApduError):
        authenticate(BelpicCard(watched), ORIGIN, new_nonce(), TypedPin("1234"))
    instructions = [value for _kind, value in watched.events if _kind in ("apdu", "outside")]
    assert instructions[-3:] == [VERIFY, PSO, LOG_OFF]
    assert connection.applet.pin_verified is False  # the PIN verified before the failure is cleared


def test_log_off_follows_a_wrong_pin(profile_18: CardProfile) -> None:
    connection = SimulatedConnection.for_profile(profile_18)
    with pytest.raises(WrongPinError):
        authenticate(BelpicCard(connection), ORIGIN, new_nonce(), TypedPin("9999"))
    instructions = [command[1] for command, _response in connection.applet.log]
    assert instructions[-2:] == [VERIFY, LOG_OFF]


@pytest.mark.parametrize(
    ("keypad", "error"), [(KEYPAD_TIMEOUT, PinPadTimeoutError), (KEYPAD_CANCEL, PinPadCancelledError)]
)
def test_log_off_follows_a_pin_pad_that_gave_no_pin(
    profile_18: CardProfile, keypad: object, error: type[Exception]
) -> None:
    applet = BelpicApplet(profile_18)
    reader = PinPadReader(applet)
    reader.type(keypad)  # type: ignore[arg-type]
    card = BelpicCard(reader)
    pad = card.pin_pad()
    assert pad is not None
    with pytest.raises(error):
        authenticate(card, ORIGIN, new_nonce(), PinPadEntry(pad, "nl"))
    instructions = [command[1] for command, _response in applet.log]
    assert PSO not in instructions
    assert VERIFY not in instructions  # the reader never reached the card
    assert instructions[-2:] == [MSE, LOG_OFF]
    assert applet.tries_left == 3
