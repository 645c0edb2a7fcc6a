"""Native-messaging frames as the browsers write and read them (web-eid.md, "Framing").

A 4-byte length in native byte order, then compact UTF-8 JSON; requests of 5 to 8192 bytes, answers
of at most 1 MiB. A frame the browser cannot read drops the port, so every limit is checked on both
sides of its edge.
"""

from __future__ import annotations

import io
import json
import struct
import sys

import pytest

from eidcompanion.bridge.framing import (
    MAX_ANSWER_BYTES,
    MAX_REQUEST_BYTES,
    MIN_REQUEST_BYTES,
    FrameError,
    decode_json,
    encode_frame,
    read_frame,
    write_frame,
)


def _header(length: int) -> bytes:
    return length.to_bytes(4, sys.byteorder)


def _request_of(size: int) -> bytes:
    """A JSON object of exactly ``size`` bytes (size >= 9)."""
    body = json.dumps({"a": "x" * (size - 8)}, separators=(",", ":")).encode()
    assert len(body) == size
    return body


class _Trickle:
    """A pipe that hands out at most ``step`` bytes per read, as a real pipe may."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = io.BytesIO(data)
        self._step = step

    def read(self, size: int, /) -> bytes:
        return self._data.read(min(size, self._step))


# -- writing: what the browser receives ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        {},
        {"version": "2.9.0+eidcompanion"},
        {"error": {"code": "ERR_WEBEID_NATIVE_FATAL", "message": "le lecteur a été débranché"}},
        {"certificate": "MIIB" * 100, "supportedSignatureAlgorithms": [{"cryptoAlgorithm": "ECC"}]},
        {"emoji": "\U0001f1e7\U0001f1ea", "n": 1, "t": True, "z": None},
    ],
)
def test_a_frame_is_a_native_length_then_compact_utf8_json(message: dict[str, object]) -> None:
    frame = encode_frame(message)
    body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert frame[4:] == body  # compact: no spaces after ',' or ':', non-ASCII as raw UTF-8
    assert int.from_bytes(frame[:4], sys.byteorder) == len(body)
    assert struct.unpack("=I", frame[:4]) == (len(body),)
    assert b": " not in frame
    assert b", " not in frame
    assert json.loads(frame[4:].decode("utf-8")) == message


def test_non_ascii_text_travels_as_utf8_not_as_escapes() -> None:
    frame = encode_frame({"message": "é"})
    assert frame[4:] == '{"message":"é"}'.encode()
    assert b"\\u00e9" not in frame


@pytest.mark.parametrize(
    "message",
    [
        {"command": "quit", "arguments": {}},
        {"command": "authenticate", "arguments": {"challengeNonce": "A" * 44, "origin": "https://ex.be"}},
        {"command": "get-signing-certificate", "arguments": {"origin": "https://ex.be", "lang": "nl"}},
        {"text": "Ölçü ∑ 日本 \U0001f600"},
    ],
)
def test_a_written_frame_reads_back_as_the_same_message(message: dict[str, object]) -> None:
    stream = io.BytesIO(encode_frame(message))
    payload = read_frame(stream)
    assert payload is not None
    assert decode_json(payload) == message
    assert read_frame(stream) is None


def test_write_frame_writes_one_frame_and_flushes() -> None:
    class Recorder(io.BytesIO):
        flushed = 0

        def flush(self) -> None:
            self.flushed += 1
            super().flush()

    out = Recorder()
    write_frame(out, {"version": "2.9.0"})
    assert out.getvalue() == encode_frame({"version": "2.9.0"})
    assert out.flushed >= 1  # the browser waits for these bytes: they must not sit in a buffer


def test_an_answer_of_exactly_one_mebibyte_is_written() -> None:
    filler = MAX_ANSWER_BYTES - len('{"a":""}')
    frame = encode_frame({"a": "x" * filler})
    assert len(frame) == 4 + MAX_ANSWER_BYTES
    assert int.from_bytes(frame[:4], sys.byteorder) == MAX_ANSWER_BYTES


def test_an_answer_over_one_mebibyte_is_refused() -> None:
    """One byte more and the browser drops the port: the bridge must never write it."""
    filler = MAX_ANSWER_BYTES - len('{"a":""}') + 1
    with pytest.raises(ValueError, match="at most"):
        encode_frame({"a": "x" * filler})


def test_the_answer_limit_counts_utf8_bytes_not_characters() -> None:
    characters = (MAX_ANSWER_BYTES - len('{"a":""}')) // 2 + 1  # each "é" is two bytes
    with pytest.raises(ValueError, match="at most"):
        encode_frame({"a": "é" * characters})


def test_an_oversized_answer_writes_nothing() -> None:
    out = io.BytesIO()
    with pytest.raises(ValueError, match="at most"):
        write_frame(out, {"a": "x" * MAX_ANSWER_BYTES})
    assert out.getvalue() == b""


# -- reading: what the browser sends ---------------------------------------------------------


def test_a_clean_end_of_input_is_none() -> None:
    assert read_frame(io.BytesIO(b"")) is None


def test_frames_are_read_one_after_the_other_then_none() -> None:
    first = {"command": "quit", "arguments": {}}
    second = {"command": "get-signing-certificate", "arguments": {"origin": "https://ex.be"}}
    stream = io.BytesIO(encode_frame(first) + encode_frame(second))
    assert decode_json(read_frame(stream) or b"") == first
    assert decode_json(read_frame(stream) or b"") == second
    assert read_frame(stream) is None


@pytest.mark.parametrize("step", [1, 3, 7])
def test_a_frame_that_arrives_in_pieces_is_read_whole(step: int) -> None:
    message = {
        "command": "authenticate",
        "arguments": {"challengeNonce": "B" * 44, "origin": "https://ex.be"},
    }
    stream = _Trickle(encode_frame(message) + encode_frame({"a": 1}), step)
    assert decode_json(read_frame(stream) or b"") == message
    assert read_frame(stream) == b'{"a":1}'
    assert read_frame(stream) is None


@pytest.mark.parametrize("size", [1, 2, 3])
def test_a_truncated_length_is_a_frame_error(size: int) -> None:
    with pytest.raises(FrameError, match="cut short"):
        read_frame(io.BytesIO(_header(20)[:size]))


@pytest.mark.parametrize(("announced", "brought"), [(20, 0), (20, 19), (MAX_REQUEST_BYTES, 100)])
def test_a_truncated_body_is_a_frame_error(announced: int, brought: int) -> None:
    with pytest.raises(FrameError) as caught:
        read_frame(io.BytesIO(_header(announced) + b"x" * brought))
    assert caught.value.reason == f"the frame announced {announced} bytes and brought {brought}"


@pytest.mark.parametrize("length", [MAX_REQUEST_BYTES + 1, 100_000, 2**31, 2**32 - 1])
def test_a_request_over_8192_bytes_is_refused(length: int) -> None:
    body = b"x" * min(length, MAX_REQUEST_BYTES + 1)
    with pytest.raises(FrameError, match="at most 8192"):
        read_frame(io.BytesIO(_header(length) + body))


def test_a_request_over_8192_bytes_is_refused_before_its_body_is_read() -> None:
    """A header announcing 100000 bytes is refused at once: the bridge never waits for the body."""
    stream = io.BytesIO(_header(100_000) + b"y" * 10)
    with pytest.raises(FrameError):
        read_frame(stream)
    assert stream.tell() == 4


@pytest.mark.parametrize("length", [0, 1, MIN_REQUEST_BYTES - 1])
def test_a_request_under_5_bytes_is_refused(length: int) -> None:
    with pytest.raises(FrameError, match="at least 5"):
        read_frame(io.BytesIO(_header(length) + b"{" * length))


@pytest.mark.parametrize("size", [MIN_REQUEST_BYTES, 9, MAX_REQUEST_BYTES])
def test_requests_at_the_limits_are_read(size: int) -> None:
    body = b'"abc"' if size == MIN_REQUEST_BYTES else _request_of(size)
    assert read_frame(io.BytesIO(_header(size) + body)) == body


def test_the_length_is_read_in_native_byte_order() -> None:
    body = _request_of(300)
    native = io.BytesIO(len(body).to_bytes(4, sys.byteorder) + body)
    assert read_frame(native) == body
    swapped = io.BytesIO(len(body).to_bytes(4, sys.byteorder)[::-1] + body)  # 300 swapped: 738 263 040
    with pytest.raises(FrameError, match="at most"):
        read_frame(swapped)


# -- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [b"\xff\xfe{}", b'{"a":"\xe9"}', b'{"a":"\xed\xa0\x80"}', b"\xc3"])
def test_a_request_that_is_not_utf8_is_a_frame_error(payload: bytes) -> None:
    with pytest.raises(FrameError, match="not UTF-8"):
        decode_json(payload)


@pytest.mark.parametrize(
    "payload",
    [
        b"hello",
        b'{"command":"quit"',
        b"{'command':'quit'}",
        b'{"a":1}{"b":2}',
        b"",
        b"   ",
        b"\xef\xbb\xbf{}",
    ],
)
def test_a_request_that_is_not_json_is_a_frame_error(payload: bytes) -> None:
    with pytest.raises(FrameError, match="not JSON"):
        decode_json(payload)


@pytest.mark.parametrize(
    ("payload", "value"),
    [(b"[1,2]", [1, 2]), (b'"quit"', "quit"), (b"null", None), (b'{"a": "\xc3\xa9"}', {"a": "é"})],
)
def test_any_json_text_decodes(payload: bytes, value: object) -> None:
    """Whether it is a request is parse_request's question, not the framing's."""
    assert decode_json(payload) == value
