"""The app's end of the browser bridge: a listening thread, and one thread per bridge connection.

Each request is checked again (the app trusts nothing it did not check), then handed to the GUI
thread as a :class:`PendingLogin` through a queued Qt signal. The connection's thread waits for the
GUI's answer; if the bridge goes away first (the browser closed the port), the login is cancelled
at once. Nothing here touches the card or a widget.
"""

from __future__ import annotations

import logging
import socket
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from eidcompanion.ipc.channel import AppListener, Connection, PeerError, receive_json, send_json
from eidcompanion.ipc.paths import private_runtime_dir
from eidcompanion.ipc.secret import create_secret
from eidcompanion.webeid.error_codes import INVALID_ARGUMENT
from eidcompanion.webeid.errors import InvalidArgumentError
from eidcompanion.webeid.requests import WebEidRequest, parse_request

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.1


class PendingLogin:
    """One request from a page, waiting for the citizen; answered exactly once."""

    def __init__(self, request: WebEidRequest) -> None:
        self.request = request
        self._answer: dict[str, Any] | None = None
        self._answered = threading.Event()
        self.cancelled = threading.Event()

    def answer(self, message: dict[str, Any]) -> None:
        if not self._answered.is_set():
            self._answer = message
            self._answered.set()

    @property
    def answered(self) -> bool:
        return self._answered.is_set()

    def wait_answer(self, timeout: float) -> dict[str, Any] | None:
        return self._answer if self._answered.wait(timeout) else None


class LoginServer(QObject):
    """Listens for the bridge; emits :attr:`requestArrived` and :attr:`requestCancelled` in the GUI thread."""

    requestArrived = Signal(object)  # noqa: N815 - Qt signal naming
    requestCancelled = Signal(object)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = private_runtime_dir(create=True)
        secret, store = create_secret(folder)
        self._listener = AppListener(folder, secret, store)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept_loop, name="eidcompanion-login-listener")
        self._accepting.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock = self._listener.accept_socket()
            except (PeerError, OSError) as exc:
                if not self._stopping.is_set():
                    logger.warning("a connection to the login socket was refused: %s", exc)
                continue
            if self._stopping.is_set():
                sock.close()
                continue
            thread = threading.Thread(
                target=self._authenticate_and_serve, args=(sock,), name="eidcompanion-login"
            )
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _authenticate_and_serve(self, sock: socket.socket) -> None:
        try:
            connection = self._listener.authenticate(sock)
        except (EOFError, PeerError, OSError) as exc:
            logger.warning("a connection to the login socket was refused: %s", exc)
            return
        self._serve(connection)

    def _serve(self, connection: Connection) -> None:
        with connection:
            try:
                message = receive_json(connection)
                request = parse_request(message.get("request"))
            except InvalidArgumentError as exc:
                send_json(
                    connection, {"answer": {"error": {"code": INVALID_ARGUMENT, "message": exc.detail}}}
                )
                return
            except (EOFError, OSError, PeerError) as exc:
                logger.warning("a bridge sent no usable request: %s", exc)
                return
            pending = PendingLogin(request)
            self.requestArrived.emit(pending)
            self._wait_for_citizen(connection, pending)

    def _wait_for_citizen(self, connection: Connection, pending: PendingLogin) -> None:
        while not self._stopping.is_set():
            answer = pending.wait_answer(POLL_SECONDS)
            if answer is not None:
                try:
                    send_json(connection, {"answer": answer})
                except OSError as exc:
                    logger.info("the bridge left before the answer: %s", exc)
                return
            if connection.poll(0):  # the bridge never writes twice: this is its end
                pending.cancelled.set()
                self.requestCancelled.emit(pending)
                return
        pending.cancelled.set()

    def stop(self) -> None:
        """Stop listening and let every connection thread end (at quit)."""
        self._stopping.set()
        self._listener.wake()
        self._accepting.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()
