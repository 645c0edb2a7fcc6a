"""The app's listening socket and the bridge's connection to it.

An AF_UNIX stream socket in the private runtime folder. Before anything else, each side checks with
SO_PEERCRED that the other runs as this same user; then both prove they hold the per-user secret
(a mutual HMAC-SHA256 challenge over fresh 32-byte nonces); then messages travel as 4-byte
big-endian lengths and JSON (never pickles).

Not ``multiprocessing.connection``: it gives the same kind of handshake, but importing it costs the
bridge ~25 ms on every login, and its accept blocks on a client that never answers the challenge.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import struct
import time
from pathlib import Path

from eidcompanion.ipc.hmac_sha256 import compare_digest, hmac_sha256
from eidcompanion.ipc.paths import SECRET_FILE_NAME, SOCKET_NAME, STATE_NAME
from eidcompanion.ipc.secret import SecretStore, SecretUnavailableError, read_secret

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

MAX_MESSAGE_BYTES = 2 * 1024 * 1024
HANDSHAKE_SECONDS = 5.0
NONCE_BYTES = 32
PROOF_BYTES = 32
GREETING = b"EIDC1"
_LENGTH = struct.Struct(">I")
_PEER_CREDENTIALS = struct.Struct("3i")  # pid, uid, gid


class PeerError(Exception):
    """The other end is not this user's, does not hold the secret, or does not speak the channel."""


def _proof(secret: bytes, role: bytes, *nonces: bytes) -> bytes:
    return hmac_sha256(secret, role + b"".join(nonces))


class Connection:
    """One authenticated channel: length-prefixed JSON messages over a connected socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._socket = sock
        self.deadline: float | None = None
        """While set (the handshake), every read must end by this ``time.monotonic()``."""

    def fileno(self) -> int:
        return self._socket.fileno()

    def _receive_exactly(self, size: int) -> bytes:
        chunks, remaining = [], size
        while remaining:
            if self.deadline is not None:
                left = self.deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the handshake took too long")
                self._socket.settimeout(left)
            chunk = self._socket.recv(remaining)
            if not chunk:
                raise EOFError("the other end closed the channel")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def send_bytes(self, data: bytes) -> None:
        self._socket.sendall(_LENGTH.pack(len(data)) + data)

    def recv_bytes(self, limit: int = MAX_MESSAGE_BYTES) -> bytes:
        (length,) = _LENGTH.unpack(self._receive_exactly(_LENGTH.size))
        if length > limit:
            raise PeerError(f"a message of {length} bytes is too large")
        return self._receive_exactly(length)

    def poll(self, timeout: float = 0.0) -> bool:
        """True when a message (or the end of the channel) waits to be read."""
        readable, _, _ = select.select([self._socket], [], [], timeout)
        return bool(readable)

    def close(self) -> None:
        self._socket.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end (None where the OS does not tell)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    raw = sock.getsockopt(socket.SOL_SOCKET, option, _PEER_CREDENTIALS.size)
    return int(_PEER_CREDENTIALS.unpack(raw)[1])


def check_same_user(sock: socket.socket) -> None:
    uid = peer_uid(sock)
    if uid is not None and uid != os.getuid():
        raise PeerError(f"the other end runs as user {uid}, not {os.getuid()}")


def send_json(connection: Connection, message: dict[str, Any]) -> None:
    connection.send_bytes(json.dumps(message, separators=(",", ":")).encode("utf-8"))


def receive_json(connection: Connection) -> dict[str, Any]:
    """The next message; EOFError when the other end closed, PeerError when it is not JSON."""
    raw = connection.recv_bytes()
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PeerError("the message is not JSON") from exc
    if not isinstance(message, dict):
        raise PeerError("the message is not a JSON object")
    return message


def _server_handshake(sock: socket.socket, secret: bytes) -> Connection:
    connection = Connection(sock)
    connection.deadline = time.monotonic() + HANDSHAKE_SECONDS
    server_nonce = os.urandom(NONCE_BYTES)
    connection.send_bytes(GREETING + server_nonce)
    answer = connection.recv_bytes(limit=NONCE_BYTES + PROOF_BYTES)
    client_nonce, proof = answer[:NONCE_BYTES], answer[NONCE_BYTES:]
    if len(client_nonce) != NONCE_BYTES or not compare_digest(
        proof, _proof(secret, b"client", server_nonce, client_nonce)
    ):
        raise PeerError("the client does not hold the secret")
    connection.send_bytes(_proof(secret, b"server", client_nonce, server_nonce))
    connection.deadline = None
    sock.settimeout(None)
    return connection


def _client_handshake(sock: socket.socket, secret: bytes) -> Connection:
    connection = Connection(sock)
    connection.deadline = time.monotonic() + HANDSHAKE_SECONDS
    greeting = connection.recv_bytes(limit=len(GREETING) + NONCE_BYTES)
    server_nonce = greeting[len(GREETING) :]
    if not greeting.startswith(GREETING) or len(server_nonce) != NONCE_BYTES:
        raise PeerError("the other end does not speak the eID Companion channel")
    client_nonce = os.urandom(NONCE_BYTES)
    connection.send_bytes(client_nonce + _proof(secret, b"client", server_nonce, client_nonce))
    expected = _proof(secret, b"server", client_nonce, server_nonce)
    if not compare_digest(connection.recv_bytes(limit=PROOF_BYTES), expected):
        raise PeerError("the app does not hold the secret")
    connection.deadline = None
    sock.settimeout(None)
    return connection


class AppListener:
    """The app's end: listens in the private folder and says how to reach it in ``app.json``."""

    def __init__(self, folder: Path, secret: bytes, store: SecretStore) -> None:
        self.folder = folder
        self.socket_path = folder / SOCKET_NAME
        self._secret = secret
        self.socket_path.unlink(missing_ok=True)  # a stale socket of an app that died
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._socket.bind(str(self.socket_path))
        os.chmod(self.socket_path, 0o600)
        self._socket.listen(16)
        state = {"pid": os.getpid(), "secret": store.value}
        temporary = folder / (STATE_NAME + ".tmp")
        temporary.write_text(json.dumps(state), encoding="utf-8")
        temporary.replace(folder / STATE_NAME)
        self._closed = False
        self._leftovers = [folder / STATE_NAME, self.socket_path]
        if store is SecretStore.FILE:
            self._leftovers.append(folder / SECRET_FILE_NAME)  # a fresh one each start: gone at quit

    def accept_socket(self) -> socket.socket:
        """The next connection of this user, not yet authenticated (raises PeerError for another
        user's). The handshake is :meth:`authenticate`'s, on the caller's own thread: a client that
        connects and stays silent holds that thread only, never the accepting one."""
        sock, _address = self._socket.accept()
        try:
            check_same_user(sock)
        except PeerError:
            sock.close()
            raise
        return sock

    def authenticate(self, sock: socket.socket) -> Connection:
        """The mutual handshake (one deadline for all of it); closes the socket when it fails."""
        try:
            return _server_handshake(sock, self._secret)
        except (PeerError, EOFError, OSError):
            sock.close()
            raise

    def accept(self) -> Connection:
        """The next authenticated connection of this user (both steps on this thread)."""
        return self.authenticate(self.accept_socket())

    def wake(self) -> None:
        """Unblock a thread waiting in :meth:`accept` (its handshake fails and it sees the stop)."""
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.connect(str(self.socket_path))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._socket.close()
        for leftover in self._leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()


class AppNotRunningError(Exception):
    """No app listens (no state file, or nobody at the socket)."""


def connect_to_app(folder: Path) -> Connection:
    """An authenticated connection to the running app, or AppNotRunningError.

    Somebody must be listening before the secret is looked up: a stale ``app.json`` left by an app
    that died means "start one", whatever store it names."""
    try:
        state = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
        store = SecretStore(state["secret"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppNotRunningError("no app has said where it listens") from exc
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(str(folder / SOCKET_NAME))
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        sock.close()
        raise AppNotRunningError(f"nobody listens at {folder / SOCKET_NAME}") from exc
    try:
        check_same_user(sock)
        return _client_handshake(sock, read_secret(folder, store))
    except (PeerError, EOFError, OSError, SecretUnavailableError):
        sock.close()
        raise
