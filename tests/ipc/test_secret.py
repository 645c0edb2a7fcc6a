"""The per-user handshake secret: in the keyring when there is one, else in a private file (and said)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import keyring.backends.fail
import pytest

from eidcompanion.ipc.paths import SECRET_FILE_NAME
from eidcompanion.ipc.secret import (
    KEYRING_SERVICE,
    KEYRING_USER,
    SecretStore,
    SecretUnavailableError,
    create_secret,
    read_secret,
)
from tests.ipc.support import LockedKeyring, MemoryKeyring, ReadOnlyKeyring, using_keyring

LOGGER = "eidcompanion.ipc.secret"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


# The fail backend: no keyring (headless, no D-Bus session)


@pytest.mark.usefixtures("fail_keyring", "umask0")
def test_without_keyring_the_secret_goes_to_a_private_file_and_the_log_says_so(
    runtime: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    secret, store = create_secret(runtime)
    assert store is SecretStore.FILE
    path = runtime / SECRET_FILE_NAME
    info = path.lstat()
    assert stat.S_ISREG(info.st_mode)
    assert stat.S_IMODE(info.st_mode) == 0o600  # under umask 0 too
    assert info.st_uid == os.getuid()
    assert path.read_bytes().strip() == secret
    assert len(secret) >= 43  # 32 random bytes, url-safe base64
    assert sorted(p.name for p in runtime.iterdir()) == [SECRET_FILE_NAME]  # no temporary left
    [warning] = warnings_of(caplog)
    assert "no keyring" in warning
    assert str(path) in warning  # says where the secret is kept
    assert secret.decode() not in caplog.text  # never the secret itself


@pytest.mark.usefixtures("fail_keyring")
def test_a_file_secret_is_fresh_at_each_start(runtime: Path) -> None:
    first, _ = create_secret(runtime)
    second, _ = create_secret(runtime)
    assert first != second
    assert read_secret(runtime, SecretStore.FILE) == second


@pytest.mark.usefixtures("fail_keyring")
def test_the_bridge_reads_the_file_secret(runtime: Path) -> None:
    secret, store = create_secret(runtime)
    assert read_secret(runtime, store) == secret


@pytest.mark.usefixtures("fail_keyring")
@pytest.mark.parametrize("loose_mode", [0o644, 0o640, 0o604, 0o660, 0o606], ids=oct)
def test_a_secret_file_others_can_read_is_refused(runtime: Path, loose_mode: int) -> None:
    create_secret(runtime)
    (runtime / SECRET_FILE_NAME).chmod(loose_mode)
    with pytest.raises(SecretUnavailableError, match="not private"):
        read_secret(runtime, SecretStore.FILE)


@pytest.mark.usefixtures("fail_keyring")
def test_a_missing_secret_file_is_refused(runtime: Path) -> None:
    with pytest.raises(SecretUnavailableError, match="cannot be read"):
        read_secret(runtime, SecretStore.FILE)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
@pytest.mark.usefixtures("fail_keyring")
def test_a_secret_file_of_another_user_is_refused(runtime: Path) -> None:
    create_secret(runtime)
    os.chown(runtime / SECRET_FILE_NAME, 65534, 65534)
    with pytest.raises(SecretUnavailableError, match="not private"):
        read_secret(runtime, SecretStore.FILE)


@pytest.mark.usefixtures("fail_keyring")
def test_without_keyring_a_keyring_secret_cannot_be_read(runtime: Path) -> None:
    with pytest.raises(SecretUnavailableError, match="keyring"):
        read_secret(runtime, SecretStore.KEYRING)


def test_the_fail_backend_is_what_the_fixture_sets(fail_keyring: None) -> None:
    assert isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


# A working keyring


def test_with_a_keyring_no_file_is_written(
    runtime: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    secret, store = create_secret(runtime)
    assert store is SecretStore.KEYRING
    assert list(runtime.iterdir()) == []
    assert memory_keyring.passwords == {(KEYRING_SERVICE, KEYRING_USER): secret.decode("ascii")}
    assert len(secret) >= 43
    assert warnings_of(caplog) == []


def test_the_keyring_secret_is_made_once_and_reused(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    first, _ = create_secret(runtime)
    second, store = create_secret(runtime)
    assert store is SecretStore.KEYRING
    assert second == first
    assert list(memory_keyring.passwords) == [(KEYRING_SERVICE, KEYRING_USER)]


def test_an_existing_keyring_secret_is_used(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] = "kept-from-an-earlier-session"
    assert create_secret(runtime) == (b"kept-from-an-earlier-session", SecretStore.KEYRING)


def test_the_bridge_reads_the_keyring_secret(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    secret, store = create_secret(runtime)
    assert read_secret(runtime, store) == secret


def test_an_empty_keyring_gives_no_secret(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SecretUnavailableError, match="no bridge secret"):
        read_secret(runtime, SecretStore.KEYRING)


def test_the_file_store_is_not_read_from_the_keyring(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    """The app names the store: a bridge told FILE reads the file, whatever the keyring holds."""
    memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] = "the-keyring-one"
    with pytest.raises(SecretUnavailableError):
        read_secret(runtime, SecretStore.FILE)


# A keyring that fails


@pytest.mark.parametrize("backend_class", [ReadOnlyKeyring, LockedKeyring])
def test_a_failing_keyring_falls_back_to_the_file_with_a_warning(
    runtime: Path, caplog: pytest.LogCaptureFixture, backend_class: type[MemoryKeyring]
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    with using_keyring(backend_class()):
        secret, store = create_secret(runtime)
    assert store is SecretStore.FILE
    path = runtime / SECRET_FILE_NAME
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    assert path.read_bytes().strip() == secret
    [warning] = warnings_of(caplog)
    assert "private file" in warning
    assert secret.decode() not in caplog.text
    with using_keyring(keyring.backends.fail.Keyring()):
        assert read_secret(runtime, SecretStore.FILE) == secret


def test_a_locked_keyring_gives_secret_unavailable_to_the_bridge(runtime: Path) -> None:
    with using_keyring(LockedKeyring()), pytest.raises(SecretUnavailableError, match="refused"):
        read_secret(runtime, SecretStore.KEYRING)


def test_the_keyring_is_restored_after_a_fixture(memory_keyring: MemoryKeyring) -> None:
    """using_keyring restores the previous backend (other tests of the session keep theirs)."""
    with using_keyring(keyring.backends.fail.Keyring()):
        assert isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    assert keyring.get_keyring() is memory_keyring
