"""Where the app listens: a private runtime folder (mode 0700, owned by this user)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

RUNTIME_ENV = "EIDCOMPANION_RUNTIME_DIR"
"""Overrides the folder (tests, or a second app for another profile)."""
SOCKET_NAME = "app.sock"
STATE_NAME = "app.json"
SECRET_FILE_NAME = "bridge-secret"  # noqa: S105 - a file name


class UnsafeFolderError(Exception):
    """The runtime folder exists but is not private to this user: nothing is put in it."""


def runtime_dir() -> Path:
    """``$EIDCOMPANION_RUNTIME_DIR``, else ``$XDG_RUNTIME_DIR/eidcompanion``, else a private
    ``eidcompanion-<uid>`` folder in the temporary folder."""
    override = os.environ.get(RUNTIME_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and Path(base).is_dir():
        return Path(base) / "eidcompanion"
    import tempfile  # noqa: PLC0415 - rarely needed, not cheap

    return Path(tempfile.gettempdir()) / f"eidcompanion-{os.getuid()}"


def private_runtime_dir(*, create: bool) -> Path:
    """The runtime folder, checked (and made, when ``create``) to be this user's alone."""
    folder = runtime_dir()
    try:
        info = folder.lstat()
    except FileNotFoundError:
        if not create:
            return folder
        folder.mkdir(mode=0o700, parents=True)
        info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UnsafeFolderError(f"{folder} is not a folder of this user")
    if info.st_mode & 0o077:
        raise UnsafeFolderError(f"{folder} can be entered by other users (mode {info.st_mode & 0o777:o})")
    return folder
