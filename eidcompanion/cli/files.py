"""Files the command line reads (tokens, CA certificates) and writes (photo, recordings)."""

from __future__ import annotations

import sys
from typing import BinaryIO

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable
from eidcompanion.private_files import OutputFileError, write_private

__all__ = ["InputFileError", "OutputFileError", "read_bytes", "read_text", "shown_path", "write_private"]

NOT_UTF8 = translatable("files", "it is not UTF-8 text")
NOT_A_CERTIFICATE = translatable("files", "it is not a certificate (PEM or DER)")
TOO_LARGE = translatable("files", "it is larger than 1 MiB")


class InputFileError(EidError):
    code = ErrorCode.INPUT_FILE

    def __init__(self, path: str, reason: Message | str) -> None:
        super().__init__("", path=path, reason=reason)


MAX_INPUT_BYTES = 1024 * 1024
"""Tokens and certificates are a few KiB: anything over 1 MiB (``/dev/zero``...) is refused, unread."""


def _bounded(stream: BinaryIO, path: str) -> bytes:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputFileError(path, TOO_LARGE)
    return data


def shown_path(path: str) -> str:
    """A path as text that any output takes: bytes a file name may hold that are not UTF-8 (given on
    the command line) become U+FFFD, instead of breaking the printing of a message or of JSON."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return _bounded(stream, path)
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from exc


def read_text(path: str) -> str:
    """A UTF-8 file, or standard input for ``-`` (read as bytes: the locale does not matter)."""
    data = _bounded(sys.stdin.buffer, path) if path == "-" else read_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, NOT_UTF8) from exc
