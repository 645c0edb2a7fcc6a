"""The simulated card as a card in a vpcd virtual reader of pcscd.

vpcd (vsmartcard) is a TCP server inside pcscd; the card connects to it as a client. Each message
is a 2-byte big-endian length and a payload. A 1-byte payload is a control (00 power off, 01 power
on, 02 reset, 04 get ATR); anything else is a command APDU to answer. Closing the socket removes
the card. ``TCP_QUICKACK`` after each receive avoids the 40 ms delayed-ACK stall of vpcd's two-part
writes (platform.md).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Protocol

logger = logging.getLogger(__name__)

DEFAULT_VPCD_PORT = 0x8C7B  # 35963, the port of Debian's /etc/reader.conf.d/vpcd

POWER_OFF, POWER_ON, RESET, GET_ATR = 0x00, 0x01, 0x02, 0x04


class VirtualCard(Protocol):
    """What vpcd talks to: an ATR, a reset, and an answer for each command APDU."""

    @property
    def atr(self) -> bytes: ...

    def reset(self) -> None: ...

    def process(self, apdu: bytes) -> bytes: ...


class Endpoint(ABC):
    """Where to reach a vpcd reader."""

    @abstractmethod
    def connect(self, timeout: float) -> socket.socket: ...

    @abstractmethod
    def describe(self) -> str: ...


@dataclass(frozen=True)
class TcpEndpoint(Endpoint):
    host: str = "127.0.0.1"
    port: int = DEFAULT_VPCD_PORT

    def connect(self, timeout: float) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=timeout)

    def describe(self) -> str:
        return f"vpcd at {self.host}:{self.port}"


@dataclass(frozen=True)
class BrokerEndpoint(Endpoint):
    """A vpcd port inside a private pcscd sandbox, reached through the sandbox's broker socket."""

    broker: str
    port: int

    def connect(self, timeout: float) -> socket.socket:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
            channel.settimeout(timeout)
            channel.connect(self.broker)
            channel.sendall(struct.pack(">H", self.port))
            message, fds, _flags, _address = socket.recv_fds(channel, 256, 1)
        if not fds:
            raise ConnectionError(message.decode(errors="replace") or "the sandbox broker refused")
        return socket.socket(fileno=fds[0])

    def describe(self) -> str:
        return f"vpcd port {self.port} of the sandbox at {self.broker}"


def _receive_exactly(sock: socket.socket, count: int) -> bytes | None:
    buffer = bytearray()
    while len(buffer) < count:
        chunk = sock.recv(count - len(buffer))
        if not chunk:
            return None
        buffer += chunk
    return bytes(buffer)


class VpcdCard:
    """Serves one applet to one vpcd reader, in a background thread or in the foreground."""

    def __init__(self, applet: VirtualCard, endpoint: Endpoint) -> None:
        self.applet = applet
        self.endpoint = endpoint
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._eject_after: int | None = None
        self._process_before_eject = False
        self.connected = threading.Event()
        self.commands = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def connect(self, timeout: float = 10.0) -> None:
        """Insert the card: connect to vpcd, retrying until ``timeout`` (pcscd may be starting)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                sock = self.endpoint.connect(timeout=max(0.1, deadline - time.monotonic()))
                break
            except OSError as exc:
                if time.monotonic() >= deadline:
                    raise ConnectionError(f"cannot reach {self.endpoint.describe()}: {exc}") from exc
                time.sleep(0.05)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket = sock
        self._stop.clear()
        self.connected.set()

    def insert(self, timeout: float = 10.0) -> None:
        """Connect and serve in a background thread."""
        self.connect(timeout)
        self._thread = threading.Thread(target=self.serve, name="vpcd-card", daemon=True)
        self._thread.start()

    def eject(self) -> None:
        """Take the card out of the reader (close the socket) and stop serving."""
        self._stop.set()
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.connected.clear()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def eject_after(self, commands: int, *, processed: bool = False) -> None:
        """Pull the card out instead of answering the command after the next ``commands`` ones;
        with ``processed``, the card carries that command out first (a PIN try counted, say)."""
        self._eject_after = commands
        self._process_before_eject = processed

    # -- protocol ----------------------------------------------------------------------------

    def serve(self) -> None:
        """Answer vpcd until the card is ejected or vpcd closes the connection."""
        sock = self._socket
        if sock is None:
            raise RuntimeError("connect() first")
        try:
            while not self._stop.is_set():
                header = _receive_exactly(sock, 2)
                if header is None:
                    break
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                payload = _receive_exactly(sock, struct.unpack(">H", header)[0])
                if payload is None:
                    break
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                answer = self._answer(payload)
                if answer is not None:
                    sock.sendall(struct.pack(">H", len(answer)) + answer)
        except OSError as exc:
            if not self._stop.is_set():
                logger.debug("vpcd connection ended: %s", exc)
        finally:
            self.connected.clear()

    def _answer(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            control = payload[0]
            if control == GET_ATR:
                return self.applet.atr
            if control in (POWER_OFF, POWER_ON, RESET):
                self.applet.reset()
            return None
        if self._eject_after is not None:
            if self._eject_after == 0:
                self._eject_after = None
                if self._process_before_eject:
                    self.commands += 1
                    self.applet.process(payload)  # the card acted on it; its answer never leaves
                threading.Thread(target=self.eject, daemon=True).start()
                self._stop.set()
                return None
            self._eject_after -= 1
        self.commands += 1
        return self.applet.process(payload)
