"""Files that hold personal data, written only on the citizen's action and readable by them only."""

from __future__ import annotations

import os

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message


class OutputFileError(EidError):
    code = ErrorCode.OUTPUT_FILE

    def __init__(self, path: str, reason: Message | str) -> None:
        super().__init__("", path=path, reason=reason)


def write_private(path: str, content: bytes) -> str:
    """Write a file that holds personal data: readable by its owner only (0600)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), 0o600)
            file.write(content)
    except OSError as exc:
        raise OutputFileError(path, exc.strerror or str(exc)) from exc
    return path
