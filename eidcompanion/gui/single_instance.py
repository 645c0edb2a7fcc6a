"""One app per user: a second start asks the running one to come to the front, then exits.

The running app listens on a local socket in the user's private runtime folder; only the same
user can reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from eidcompanion.ipc.paths import private_runtime_dir

SHOW = b"show\n"
CONNECT_TIMEOUT_MS = 500
SHOW_SOCKET_NAME = "show.sock"


def socket_path() -> str:
    """``show.sock`` in the app's private runtime folder (the one the browser bridge reaches it in)."""
    return str(private_runtime_dir(create=True) / SHOW_SOCKET_NAME)


def ask_running_app_to_show(path: str) -> bool:
    """True when an app already runs (and was asked to show its window)."""
    socket = QLocalSocket()
    socket.connectToServer(path)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later starts; :attr:`showRequested` fires when one asks for the window."""

    showRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(path)  # left by an app that crashed: only called when none answered
        if not self.server.listen(path):
            raise OSError(f"cannot listen on {path}: {self.server.errorString()}")
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._on_message)
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(SHOW):
            self.showRequested.emit()

    def close(self) -> None:
        self.server.close()
        QLocalServer.removeServer(self.path)
