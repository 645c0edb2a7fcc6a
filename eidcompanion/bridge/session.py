"""The bridge's session after the handshake: read frames, answer ``quit``, relay the rest to the app.

A request the protocol does not allow gets an error frame and the bridge exits. Web eID semantics:
one command per process (the Web eID extension waits for the host to exit before it answers the
page); ``--keep-open`` keeps answering on the same port until the browser closes it or sends ``quit``.
"""

from __future__ import annotations

from eidcompanion.bridge import log
from eidcompanion.bridge.framing import FrameError, decode_json, read_frame, write_frame
from eidcompanion.bridge.stdin_reader import StdinReader

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Any, BinaryIO

INVALID_ARGUMENT = "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
EXIT_OK = 0
EXIT_BAD_REQUEST = 2


def _invalid(message: str) -> dict[str, Any]:
    return {"error": {"code": INVALID_ARGUMENT, "message": message}}


def _answer(payload: bytes, stdin: StdinReader) -> tuple[dict[str, Any] | None, bool]:
    """The answer to one frame, and whether the bridge must stop after it."""
    from eidcompanion.webeid.errors import InvalidArgumentError  # noqa: PLC0415 - after the handshake
    from eidcompanion.webeid.requests import QUIT, parse_request  # noqa: PLC0415

    try:
        request = parse_request(decode_json(payload))
    except FrameError as exc:
        return _invalid(exc.reason), True
    except InvalidArgumentError as exc:
        return _invalid(exc.detail), True
    if request.command == QUIT:
        return {}, True
    from eidcompanion.bridge.relay import PortClosedError, relay  # noqa: PLC0415

    try:
        return relay(request, stdin), False
    except PortClosedError:
        log.info("the browser closed the port before the answer: the app was told to stop")
        return None, True


def serve(fd: int, stdout: BinaryIO, *, keep_open: bool, one_shot: bool) -> int:
    stdin = StdinReader(fd)
    while True:
        try:
            payload = read_frame(stdin)
        except FrameError as exc:
            write_frame(stdout, _invalid(exc.reason))
            return EXIT_BAD_REQUEST
        if payload is None:
            return EXIT_OK
        answer, stop = _answer(payload, stdin)
        if answer is not None:
            write_frame(stdout, answer)
        if answer is not None and "error" in answer and answer["error"].get("code") == INVALID_ARGUMENT:
            return EXIT_BAD_REQUEST
        if stop or one_shot or not keep_open:
            return EXIT_OK
