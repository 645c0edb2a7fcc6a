"""Files the command line reads (tokens, CA certificates) and writes (photo, recordings)."""

from __future__ import annotations

import sys
from pathlib import Path

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable
from eidcompanion.private_files import OutputFileError, write_private

__all__ = ["InputFileError", "OutputFileError", "read_bytes", "read_text", "write_private"]

NOT_UTF8 = translatable("files", "it is not UTF-8 text")
NOT_A_CERTIFICATE = translatable("files", "it is not a certificate (PEM or DER)")


class InputFileError(EidError):
    code = ErrorCode.INPUT_FILE

    def __init__(self, path: str, reason: Message | str) -> None:
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
