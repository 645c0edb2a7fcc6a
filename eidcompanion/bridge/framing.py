"""Native-messaging frames: a 4-byte length in native byte order, then compact UTF-8 JSON.

Requests from the browser are at most 8192 bytes (the Web eID extension's own limit) and at least
5; answers to the browser at most 1 MiB (one byte more and the browser drops the port).
"""

from __future__ import annotations

import json
import struct

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Any, BinaryIO, Protocol

    class Readable(Protocol):
        def read(self, size: int, /) -> bytes: ...


MIN_REQUEST_BYTES = 5
MAX_REQUEST_BYTES = 8192
MAX_ANSWER_BYTES = 1024 * 1024
_LENGTH = struct.Struct("=I")  # native byte order, as the browsers write it


class FrameError(Exception):
    """The bytes on standard input are not a frame this host accepts; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def _read_exactly(stream: Readable, size: int) -> bytes:
    chunks = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: Readable) -> bytes | None:
    """The next frame's payload; None when the browser closed the port between frames."""
    header = _read_exactly(stream, _LENGTH.size)
    if not header:
        return None
    if len(header) < _LENGTH.size:
        raise FrameError("the length of the frame is cut short")
    (length,) = _LENGTH.unpack(header)
    if length > MAX_REQUEST_BYTES:
        raise FrameError(f"a request has at most {MAX_REQUEST_BYTES} bytes, this one has {length}")
    if length < MIN_REQUEST_BYTES:
        raise FrameError(f"a request has at least {MIN_REQUEST_BYTES} bytes, this one has {length}")
    payload = _read_exactly(stream, length)
    if len(payload) < length:
        raise FrameError(f"the frame announced {length} bytes and brought {len(payload)}")
    return payload


def decode_json(payload: bytes) -> Any:
    try:
        return json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise FrameError("the request is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise FrameError(f"the request is not JSON ({exc.msg} at {exc.pos})") from exc


def encode_frame(message: dict[str, Any]) -> bytes:
    """One frame for ``message``; raises ValueError when it is too large for the browser."""
    try:
        body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (from a request's text): \u escapes are still JSON
        body = json.dumps(message, separators=(",", ":")).encode("ascii")
    if len(body) > MAX_ANSWER_BYTES:
        raise ValueError(f"an answer has at most {MAX_ANSWER_BYTES} bytes, this one has {len(body)}")
    return _LENGTH.pack(len(body)) + body


def write_frame(stream: BinaryIO, message: dict[str, Any]) -> None:
    stream.write(encode_frame(message))
    stream.flush()
