"""Fixtures of the local channel tests: a private runtime folder, a chosen keyring, a real listener."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest

from eidcompanion.ipc import channel
from eidcompanion.ipc.channel import AppListener
from eidcompanion.ipc.paths import RUNTIME_ENV, private_runtime_dir
from eidcompanion.ipc.secret import create_secret
from tests.ipc.support import MemoryKeyring, using_keyring

SHORT_HANDSHAKE_SECONDS = 0.5


@pytest.fixture
def short_base() -> Iterator[Path]:
    """A fresh folder with a short path: an AF_UNIX socket path must fit in 108 bytes, and
    pytest's tmp_path holds the (long) test name."""
    base = Path(tempfile.mkdtemp(prefix="eidc-ipc-"))
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def runtime(short_base: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The private runtime folder, made by the package (EIDCOMPANION_RUNTIME_DIR points at it)."""
    monkeypatch.setenv(RUNTIME_ENV, str(short_base / "run"))
    return private_runtime_dir(create=True)


@pytest.fixture
def fail_keyring() -> Iterator[None]:
    """keyring's ``fail`` backend, as on a headless machine without a D-Bus session."""
    with using_keyring(keyring.backends.fail.Keyring()):
        yield


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with using_keyring(backend):
        yield backend


@pytest.fixture
def umask0() -> Iterator[None]:
    """umask 0: whatever the package makes private, it must make private by itself."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def short_handshake(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(channel, "HANDSHAKE_SECONDS", SHORT_HANDSHAKE_SECONDS)
    return SHORT_HANDSHAKE_SECONDS


@pytest.fixture
def listener(runtime: Path, fail_keyring: None) -> Iterator[AppListener]:
    """A real listener with a file secret (the fail keyring), as the app starts it."""
    secret, store = create_secret(runtime)
    app = AppListener(runtime, secret, store)
    try:
        yield app
    finally:
        app.wake()  # a test's accept thread still waiting ends on the probe's EOF
        app.close()
