"""A card operation stops at once when cancelled from another thread; LOG OFF still goes out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eidcompanion.card import BelpicCard
from eidcompanion.card.contents import read_contents
from eidcompanion.card.pin_entry import KeyRole, TypedPin
from eidcompanion.errors import ErrorCode
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import ConnectionWrapper
from eidcompanion.transport.errors import OperationCancelledError


class Watched(ConnectionWrapper):
    """Records each command that reaches the card and calls ``after`` with it."""

    def __init__(self, inner: SimulatedConnection) -> None:
        super().__init__(inner)
        self.sent: list[bytes] = []
        self.after: Callable[[bytes], None] = lambda apdu: None

    def transmit(self, apdu: bytes) -> Response:
        self.sent.append(apdu)
        response = self.inner.transmit(apdu)
        self.after(apdu)
        return response


def test_a_cancelled_read_stops_before_the_next_command(profile_18: CardProfile) -> None:
    wire = Watched(SimulatedConnection.for_profile(profile_18))
    card = BelpicCard(wire)
    wire.after = lambda apdu: card.cancel() if len(wire.sent) == 5 else None
    with pytest.raises(OperationCancelledError) as caught:
        read_contents(card)
    assert caught.value.code is ErrorCode.CANCELLED
    assert len(wire.sent) == 5  # nothing after the Cancel reached the card


def test_the_next_operation_runs_normally_after_a_cancel(profile_18: CardProfile) -> None:
    card = BelpicCard(SimulatedConnection.for_profile(profile_18))
    card.cancel()
    assert read_contents(card).identity.surname  # a new operation: the old Cancel does not stop it


def test_log_off_still_goes_out_when_a_signature_is_cancelled(profile_18: CardProfile) -> None:
    wire = Watched(SimulatedConnection.for_profile(profile_18))
    card = BelpicCard(wire)
    wire.after = lambda apdu: card.cancel() if apdu[:2] == b"\x00\x20" and len(apdu) > 5 else None
    with pytest.raises(OperationCancelledError):
        card.sign(KeyRole.AUTHENTICATION, 0x02, bytes(48), TypedPin("1234"))
    assert not any(apdu[:2] == b"\x00\x2a" for apdu in wire.sent)  # no signature after the Cancel
    assert wire.sent[-1][:2] == b"\x80\xe6"  # LOG OFF: the verified PIN is not left behind
