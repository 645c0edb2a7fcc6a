"""The app's listening socket and the bridge's connection to it.

``multiprocessing.connection`` gives the AF_UNIX socket and the HMAC challenge over the shared
secret; on top, each side checks with SO_PEERCRED that the other runs as this same user, and
messages are JSON bytes (never pickles).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from eidcompanion.ipc.paths import SECRET_FILE_NAME, SOCKET_NAME, STATE_NAME
from eidcompanion.ipc.secret import SecretStore, read_secret

MAX_MESSAGE_BYTES = 2 * 1024 * 1024
_PEER_CREDENTIALS = struct.Struct("3i")  # pid, uid, gid


class PeerError(Exception):
    """The other end is not this user's, or does not speak the channel's handshake."""


def peer_uid(connection: Connection) -> int | None:
    """The user id of the process at the other end (None where the OS does not tell)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    with socket.socket(fileno=os.dup(connection.fileno())) as view:
        raw = view.getsockopt(socket.SOL_SOCKET, option, _PEER_CREDENTIALS.size)
    return int(_PEER_CREDENTIALS.unpack(raw)[1])


def check_same_user(connection: Connection) -> None:
    uid = peer_uid(connection)
    if uid is not None and uid != os.getuid():
        raise PeerError(f"the other end runs as user {uid}, not {os.getuid()}")


def send_json(connection: Connection, message: dict[str, Any]) -> None:
    connection.send_bytes(json.dumps(message, separators=(",", ":")).encode("utf-8"))


def receive_json(connection: Connection) -> dict[str, Any]:
    """The next message; EOFError when the other end closed, PeerError when it is not JSON."""
    raw = connection.recv_bytes(MAX_MESSAGE_BYTES)
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PeerError("the message is not JSON") from exc
    if not isinstance(message, dict):
        raise PeerError("the message is not a JSON object")
    return message


class AppListener:
    """The app's end: listens in the private folder and says how to reach it in ``app.json``."""

    def __init__(self, folder: Path, secret: bytes, store: SecretStore) -> None:
        self.folder = folder
        self.socket_path = folder / SOCKET_NAME
        self.socket_path.unlink(missing_ok=True)  # a stale socket of an app that died
        self._listener = Listener(str(self.socket_path), family="AF_UNIX", authkey=secret)
        os.chmod(self.socket_path, 0o600)
        state = {"pid": os.getpid(), "secret": store.value}
        temporary = folder / (STATE_NAME + ".tmp")
        temporary.write_text(json.dumps(state), encoding="utf-8")
        temporary.replace(folder / STATE_NAME)
        self._closed = False
        self._leftovers = [folder / STATE_NAME, self.socket_path]
        if store is SecretStore.FILE:
            self._leftovers.append(folder / SECRET_FILE_NAME)  # a fresh one each start: gone at quit

    def accept(self) -> Connection:
        """The next authenticated connection of this user (raises on a failed handshake)."""
        connection = self._listener.accept()
        try:
            check_same_user(connection)
        except PeerError:
            connection.close()
            raise
        return connection

    def wake(self) -> None:
        """Unblock a thread waiting in :meth:`accept` (it then fails the handshake and sees the stop)."""
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.connect(str(self.socket_path))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._listener.close()
        for leftover in self._leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()


class AppNotRunningError(Exception):
    """No app listens (no state file, or nobody at the socket)."""


def connect_to_app(folder: Path) -> Connection:
    """An authenticated connection to the running app, or AppNotRunningError."""
    try:
        state = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
        store = SecretStore(state["secret"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppNotRunningError("no app has said where it listens") from exc
    secret = read_secret(folder, store)
    try:
        connection = Client(str(folder / SOCKET_NAME), family="AF_UNIX", authkey=secret)
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        raise AppNotRunningError(f"nobody listens at {folder / SOCKET_NAME}") from exc
    check_same_user(connection)
    return connection
