"""The vpcd wire protocol of the simulated card, against a stand-in for vpcd on loopback."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import pytest

from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.simulator.vpcd import TcpEndpoint, VpcdCard


class FakeVpcd:
    """The reader side: vpcd listens, the card connects."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.peer: socket.socket | None = None

    def accept(self) -> None:
        self.server.settimeout(5)
        self.peer, _address = self.server.accept()
        self.peer.settimeout(5)

    def send(self, payload: bytes) -> None:
        assert self.peer is not None
        self.peer.sendall(struct.pack(">H", len(payload)) + payload)

    def receive(self) -> bytes | None:
        assert self.peer is not None
        header = self.peer.recv(2, socket.MSG_WAITALL)
        if len(header) < 2:
            return None
        return self.peer.recv(struct.unpack(">H", header)[0], socket.MSG_WAITALL)

    def exchange(self, apdu: str) -> bytes | None:
        self.send(bytes.fromhex(apdu))
        return self.receive()

    def close(self) -> None:
        if self.peer is not None:
            self.peer.close()
        self.server.close()


@pytest.fixture
def vpcd() -> Iterator[FakeVpcd]:
    fake = FakeVpcd()
    yield fake
    fake.close()


def test_atr_power_and_apdus(vpcd: FakeVpcd, profile_18: CardProfile) -> None:
    card = VpcdCard(BelpicApplet(profile_18), TcpEndpoint("127.0.0.1", vpcd.port))
    card.insert()
    vpcd.accept()
    try:
        vpcd.send(b"\x04")  # get ATR
        assert vpcd.receive() == profile_18.atr
        vpcd.send(b"\x01")  # power on: no answer expected, the next message is answered
        assert vpcd.exchange("80 E4 00 00 1C")[-2:] == b"\x90\x00"  # type: ignore[index]
        assert vpcd.exchange("00 20 00 01 08 24 99 99 FF FF FF FF FF") == b"\x63\xc2"
        assert vpcd.exchange("00 20 00 01") == b"\x63\xc2"
        vpcd.send(b"\x00")  # power off: the access rights go, the tries stay
        assert vpcd.exchange("00 20 00 01") == b"\x63\xc2"
        assert card.commands == 4
    finally:
        card.eject()
    assert vpcd.receive() is None  # taking the card out closes the connection


def test_eject_instead_of_answering(vpcd: FakeVpcd, profile_18: CardProfile) -> None:
    card = VpcdCard(BelpicApplet(profile_18), TcpEndpoint("127.0.0.1", vpcd.port))
    card.insert()
    vpcd.accept()
    card.eject_after(1)
    assert vpcd.exchange("80 E4 00 00 1C") is not None
    assert vpcd.exchange("80 E4 00 00 1C") is None  # pulled out mid-command
    card.eject()


def test_unreachable_vpcd_is_a_clear_error(profile_18: CardProfile) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    card = VpcdCard(BelpicApplet(profile_18), TcpEndpoint("127.0.0.1", free_port))
    with pytest.raises(ConnectionError, match=f"127.0.0.1:{free_port}"):
        card.connect(timeout=0.3)
