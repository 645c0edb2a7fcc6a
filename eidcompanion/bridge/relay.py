"""Hand a checked request to the desktop app and bring its answer back; start the app if needed.

While the app works (the citizen types the PIN), the bridge watches standard input: when the
browser closes the port, it closes the connection, which cancels the dialog in the app at once.
"""

from __future__ import annotations

import os
import selectors
import sys
import time
from pathlib import Path

from eidcompanion.bridge import log
from eidcompanion.bridge.stdin_reader import StdinReader
from eidcompanion.ipc.channel import (
    AppNotRunningError,
    Connection,
    PeerError,
    connect_to_app,
    receive_json,
    send_json,
)
from eidcompanion.ipc.paths import UnsafeFolderError, private_runtime_dir
from eidcompanion.ipc.secret import SecretUnavailableError
from eidcompanion.webeid.error_codes import FATAL
from eidcompanion.webeid.requests import WebEidRequest

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Any

APP_START_SECONDS = float(os.environ.get("EIDCOMPANION_APP_START_SECONDS", "30"))
"""How long the bridge waits for an app it started (a cold start takes ~0.5 s here; tests shorten it)."""
APP_COMMAND_ENV = "EIDCOMPANION_APP_COMMAND"
"""Tests may name another command to start the app with (split on spaces)."""


class PortClosedError(Exception):
    """The browser closed the port before the answer came: nobody is left to answer."""


def fatal(message: str) -> dict[str, Any]:
    return {"error": {"code": FATAL, "message": message}}


def app_command() -> list[str]:
    override = os.environ.get(APP_COMMAND_ENV)
    if override:
        return override.split()
    return [sys.executable, "-m", "eidcompanion", "app", "--background"]


def start_app() -> None:
    """Start the desktop app in the tray, detached from the browser (it outlives this bridge)."""
    import subprocess  # noqa: PLC0415 - only when no app runs

    subprocess.Popen(
        app_command(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


def _connect(folder: Path, stdin: StdinReader) -> Connection:
    try:
        return connect_to_app(folder)
    except AppNotRunningError:
        log.info("no app runs: starting one in the background")
    start_app()
    deadline = time.monotonic() + APP_START_SECONDS
    while True:
        try:
            return connect_to_app(folder)
        except AppNotRunningError:
            if time.monotonic() > deadline:
                raise
            if stdin.input_waiting(0.05):
                stdin.fill()  # a next request of a kept port waits in the buffer
                if stdin.closed:
                    raise PortClosedError() from None


def _await_answer(connection: Connection, stdin: StdinReader) -> dict[str, Any]:
    with selectors.DefaultSelector() as selector:
        selector.register(connection.fileno(), selectors.EVENT_READ, "app")
        if not stdin.closed:
            selector.register(stdin.fd, selectors.EVENT_READ, "browser")
        while True:
            for key, _events in selector.select():
                if key.data == "app":
                    return receive_json(connection)
                stdin.fill()  # the next request of a kept port waits in the buffer
                if stdin.closed:
                    raise PortClosedError()


def relay(request: WebEidRequest, stdin: StdinReader) -> dict[str, Any]:
    """The app's answer to ``request``; PortClosedError when the browser went away first."""
    try:
        folder = private_runtime_dir(create=True)
        connection = _connect(folder, stdin)
    except AppNotRunningError:
        return fatal("the eID Companion app did not start")
    except (UnsafeFolderError, SecretUnavailableError, PeerError, EOFError, OSError) as exc:
        log.error(f"cannot reach the eID Companion app: {exc}")
        return fatal(f"cannot reach the eID Companion app: {exc}")
    with connection:
        try:
            send_json(connection, {"request": request.to_json()})
            answer = _await_answer(connection, stdin).get("answer")
        except (EOFError, OSError, PeerError) as exc:
            log.error(f"the app closed the connection: {exc}")
            return fatal("the eID Companion app stopped before answering")
    if not isinstance(answer, dict):
        return fatal("the eID Companion app gave no answer")
    return answer
