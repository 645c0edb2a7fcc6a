"""Files the command line reads (tokens, CA certificates) and writes (photo, recordings)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable

NOT_UTF8 = translatable("files", "it is not UTF-8 text")
NOT_A_CERTIFICATE = translatable("files", "it is not a certificate (PEM or DER)")


class InputFileError(EidError):
    code = ErrorCode.INPUT_FILE

    def __init__(self, path: str, reason: Message | str) -> None:
        super().__init__("", path=path, reason=reason)


class OutputFileError(EidError):
    code = ErrorCode.OUTPUT_FILE

    def __init__(self, path: str, reason: str) -> None:
        super().__init__("", path=path, reason=reason)


def read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from exc


def read_text(path: str) -> str:
    """A UTF-8 file, or standard input for ``-``."""
    if path == "-":
        return sys.stdin.read()
    try:
        return read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, NOT_UTF8) from exc


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
