"""The per-user secret of the bridge-app handshake: in the OS keyring, or else a private file.

The app creates the secret; the bridge reads it. The app records in its state file which store it
used, so both sides look in the same place. Without a keyring backend (a headless session, no
D-Bus), the secret goes to a file that only this user can read, in the private runtime folder, and
the logs say so; there is never no check at all.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

KEYRING_SERVICE = "eidcompanion"
KEYRING_USER = "bridge-secret"
SECRET_BYTES = 32


class SecretStore(StrEnum):
    KEYRING = "keyring"
    FILE = "file"


class SecretUnavailableError(Exception):
    """The secret cannot be read where the app said it keeps it."""


def _session_bus_back() -> None:
    """Chromium starts native hosts with ``DBUS_SESSION_BUS_ADDRESS=disabled:``: the bridge would not
    reach the Secret Service the app keeps its secret in. The session bus of a systemd user session
    is at ``$XDG_RUNTIME_DIR/bus``; use it when it is there."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    bus = os.path.join(runtime, "bus")
    if address.startswith("disabled:") and runtime and os.path.exists(bus):
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"


def _usable_keyring() -> object | None:
    """The keyring backend, when there is a real one (not keyring's ``fail`` backend)."""
    _session_bus_back()
    try:
        import keyring  # noqa: PLC0415 - ~80 ms: only when the secret is needed
        from keyring.backends import fail  # noqa: PLC0415
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring) else backend


def _file(folder: Path) -> Path:
    from eidcompanion.ipc.paths import SECRET_FILE_NAME  # noqa: PLC0415

    return folder / SECRET_FILE_NAME


def _write_private(path: Path, data: str) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(data)
    temporary.replace(path)


def create_secret(folder: Path) -> tuple[bytes, SecretStore]:
    """The app's secret for this session: the keyring's (made once), or a fresh private file."""
    import logging  # noqa: PLC0415 - the app's side; the bridge only reads the secret
    import secrets  # noqa: PLC0415

    logger = logging.getLogger(__name__)
    backend = _usable_keyring()
    if backend is not None:
        try:
            import keyring  # noqa: PLC0415

            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
            if not stored:
                stored = secrets.token_urlsafe(SECRET_BYTES)
                keyring.set_password(KEYRING_SERVICE, KEYRING_USER, stored)
            return stored.encode("ascii"), SecretStore.KEYRING
        except Exception as exc:  # a locked or broken keyring: keyring raises many kinds
            logger.warning("the keyring cannot keep the bridge secret (%s); using a private file", exc)
    else:
        logger.warning(
            "no keyring backend (no D-Bus session?): the bridge secret is kept in %s, "
            "readable by this user only",
            _file(folder),
        )
    value = secrets.token_urlsafe(SECRET_BYTES)
    _write_private(_file(folder), value)
    return value.encode("ascii"), SecretStore.FILE


def read_secret(folder: Path, store: SecretStore) -> bytes:
    """The secret the app created, from the store it names."""
    if store is SecretStore.KEYRING:
        if _usable_keyring() is None:
            raise SecretUnavailableError(
                "the app keeps its secret in the keyring, which this process cannot reach"
            )
        import keyring  # noqa: PLC0415

        try:
            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        except Exception as exc:
            raise SecretUnavailableError(f"the keyring refused: {exc}") from exc
        if not stored:
            raise SecretUnavailableError("the keyring holds no bridge secret")
        return stored.encode("ascii")
    try:
        info = _file(folder).stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            raise SecretUnavailableError("the secret file is not private to this user")
        return _file(folder).read_bytes().strip()
    except OSError as exc:
        raise SecretUnavailableError(f"the secret file cannot be read: {exc.strerror}") from exc
