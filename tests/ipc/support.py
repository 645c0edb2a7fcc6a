"""Helpers of the channel tests: a daemon thread with a future, raw frames, in-memory keyrings."""

from __future__ import annotations

import contextlib
import os
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

import keyring
import keyring.backend
import keyring.errors

from eidcompanion.ipc.paths import SECRET_FILE_NAME

T = TypeVar("T")

TIMEOUT = 5.0
"""How long a test waits for something that should happen at once (a deadline, never a sleep)."""

_LENGTH = struct.Struct(">I")


def in_thread(function: Callable[[], T]) -> Future[T]:
    """Run ``function`` in a daemon thread (a stuck one never holds pytest at exit)."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="ipc-test", daemon=True).start()
    return future


def frame(data: bytes) -> bytes:
    return _LENGTH.pack(len(data)) + data


def read_frame(sock: socket.socket) -> bytes:
    """One length-prefixed frame from a raw socket (EOFError when it ends first)."""

    def exactly(size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = sock.recv(size - len(data))
            if not chunk:
                raise EOFError("the other end closed")
            data += chunk
        return data

    (length,) = _LENGTH.unpack(exactly(_LENGTH.size))
    return exactly(length)


def read_to_end(sock: socket.socket) -> bytes:
    """Everything the other end sends until it closes."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass  # the other end closed with our bytes unread: it has nothing more to say either
    return data


def raw_client(path: Path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(TIMEOUT)
    sock.connect(str(path))
    return sock


def write_secret_file(folder: Path, value: bytes) -> None:
    """Replace the secret file's content, keeping it private (mode 0600)."""
    path = folder / SECRET_FILE_NAME
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(value)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict, set with ``keyring.set_keyring()``.

    ``viable = False``: keyring registers every backend class it sees defined, and would otherwise
    pick this one (priority 1 beats ``fail``'s 0) as the default of any later test of the session
    that lets keyring choose, for example an app whose bridge runs in another process.
    """

    priority = 1
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class ReadOnlyKeyring(MemoryKeyring):
    """Answers reads, refuses to store (a read-only or misconfigured collection)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection refuses new items")


class LockedKeyring(MemoryKeyring):
    """Refuses every access (a locked collection whose unlock prompt was dismissed)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@contextlib.contextmanager
def using_keyring(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    """``backend`` as keyring's backend for the block; the previous one back afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)
