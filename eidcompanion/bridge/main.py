"""``eidcompanion-bridge``: the native-messaging host, speaking the Web eID protocol byte for byte.

Started by the browser. It writes its version first (before importing anything but the standard
library, so the handshake is fast), then answers commands: ``quit`` itself, the others by relaying
them to the desktop app. A request the protocol does not allow gets an error frame and the bridge
exits. Nothing but frames ever reaches standard output: ``print`` and stray writes go to stderr.

Modes, as the browsers use them:
- ``connectNative`` (the Web eID extension): a new process per call; version, one command, answer,
  exit (the extension waits for the host to exit before it answers the page). ``--keep-open``
  keeps answering commands on the same port until the browser closes it or sends ``quit``.
- ``sendNativeMessage``: the browser writes its one request before the host has said anything;
  the bridge sees it waiting at start, answers it alone (no version frame) and exits.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any, BinaryIO

from eidcompanion.bridge.framing import FrameError, decode_json, read_frame, write_frame
from eidcompanion.bridge.stdin_reader import StdinReader

HOST_VERSION = "2.9.0+eidcompanion"
"""SemVer, major 2 like the Web eID extension and library (a lower major is refused by them)."""
INVALID_ARGUMENT = "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
EXIT_OK = 0
EXIT_BAD_REQUEST = 2
PENDING_REQUEST_WAIT = 0.0
"""How long to look for a request already waiting at start (sendNativeMessage writes it at once)."""

logger = logging.getLogger("eidcompanion.bridge")


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
        logger.info("the browser closed the port before the answer: the app was told to stop")
        return None, True


def serve(stdin: StdinReader, stdout: BinaryIO, *, keep_open: bool) -> int:
    one_shot = stdin.ready(PENDING_REQUEST_WAIT)
    if not one_shot:
        write_frame(stdout, {"version": HOST_VERSION})
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


def main(argv: list[str] | None = None) -> int:
    """The console script. Arguments: ``--keep-open``, then what the browser passes (ignored)."""
    stdout = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the real stdout, from the first instruction
    arguments = sys.argv[1:] if argv is None else argv
    logging.basicConfig(
        level=os.environ.get("EIDCOMPANION_BRIDGE_LOG", "WARNING").upper(),
        format="eidcompanion-bridge: %(message)s",
        stream=sys.stderr,
    )
    try:
        return serve(StdinReader(sys.stdin.fileno()), stdout, keep_open="--keep-open" in arguments)
    except BrokenPipeError:
        return EXIT_OK  # the browser is gone: nobody to tell


if __name__ == "__main__":
    raise SystemExit(main())
