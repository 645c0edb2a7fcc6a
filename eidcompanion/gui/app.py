"""``eidcompanion app``: the desktop app, one per user, with a tray icon where the desktop has one.

``--background`` starts it in the tray only (the browser login will start it so); ``--public`` is
public-computer mode; ``--virtual 1.7|1.8`` inserts the built-in simulated card at once.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from eidcompanion.gui import texts
from eidcompanion.gui.card_service import CardService
from eidcompanion.gui.languages import Languages, system_language, tr
from eidcompanion.gui.login_flow import LoginFlow
from eidcompanion.gui.login_server import LoginServer
from eidcompanion.gui.main_window import MainWindow
from eidcompanion.gui.settings import AppSettings, PublicMode, public_mode
from eidcompanion.gui.single_instance import SingleInstance, ask_running_app_to_show, socket_path
from eidcompanion.i18n import SUPPORTED_LANGUAGES
from eidcompanion.resources import ui_dir

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eidcompanion app", description="The eidcompanion desktop app.")
    parser.add_argument("--background", action="store_true", help="start in the system tray only")
    parser.add_argument(
        "--public", action="store_true", help="public computer: write nothing personal to disk"
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="language (default: the system's)")
    parser.add_argument("--virtual", choices=("1.7", "1.8"), help="insert the built-in virtual card")
    return parser


def app_icon() -> QIcon:
    return QIcon(str(ui_dir() / "icons" / "eidcompanion.svg"))


class IdleClearer(QObject):
    """Public computers: clear the screen when nobody touched keyboard or mouse for a while."""

    _ACTIVITY = frozenset(
        {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}
    )

    def __init__(self, service: CardService, seconds: int) -> None:
        super().__init__()
        self.service = service
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self._idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._ACTIVITY:
            self.timer.start()
        return False

    def _idle(self) -> None:
        if self.service.document is not None:
            self.service.clear()


@dataclass
class App:
    """Everything the running app is made of (tests build one with :func:`build_app`)."""

    qt: QApplication
    service: CardService
    languages: Languages
    settings: AppSettings
    window: MainWindow
    tray: QSystemTrayIcon | None
    idle: IdleClearer | None
    logins: LoginFlow
    login_server: LoginServer | None

    def shutdown(self) -> None:
        """Stop the threads cleanly and drop what the card gave (at quit)."""
        if self.login_server is not None:
            self.login_server.stop()
        self.service.stop()
        if self.tray is not None:
            self.tray.hide()
        self.settings.close()


def _tray(window: MainWindow, languages: Languages) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    menu = QMenu(window)
    show = menu.addAction("")
    show.triggered.connect(window.bring_to_front)
    quit_action = menu.addAction("")
    quit_action.triggered.connect(window.quit_app)

    def retranslate(_language: str = "") -> None:
        show.setText(tr(texts.ACTION_SHOW))
        quit_action.setText(tr(texts.ACTION_QUIT))
        tray.setToolTip(tr(texts.APP_NAME))

    languages.changed.connect(retranslate)
    retranslate()
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: window.bring_to_front() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    tray.show()
    return tray


def _login_server(flow: LoginFlow) -> LoginServer | None:
    """Serve browser logins; without a private runtime folder the app still works, without them."""
    from eidcompanion.ipc.paths import UnsafeFolderError  # noqa: PLC0415

    try:
        server = LoginServer()
    except (UnsafeFolderError, OSError) as exc:
        logger.warning("browser logins are not available: %s", exc)
        return None
    server.requestArrived.connect(flow.submit)
    server.requestCancelled.connect(flow.cancelled)
    return server


def build_app(
    options: argparse.Namespace,
    *,
    watch_readers: bool = True,
    public: PublicMode | None = None,
    serve_logins: bool = True,
) -> App:
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    qt.setApplicationName("eidcompanion")
    qt.setDesktopFileName("eidcompanion")
    qt.setWindowIcon(app_icon())
    mode = public or public_mode(options.public)
    settings = AppSettings(mode)
    languages = Languages()
    languages.switch(options.lang or settings.value("language") or system_language())
    service = CardService(watch_readers=watch_readers)
    window = MainWindow(service, languages, settings)
    tray = _tray(window, languages)
    window.keep_in_tray = tray is not None
    qt.setQuitOnLastWindowClosed(tray is None)
    idle = None
    if mode.enabled:
        idle = IdleClearer(service, mode.idle_seconds)
        qt.installEventFilter(idle)
    if options.virtual:
        service.use_virtual_card(options.virtual)
    logins = LoginFlow(window, service, languages, window.show_notice, window.consent)
    server = _login_server(logins) if serve_logins else None
    return App(qt, service, languages, settings, window, tray, idle, logins, server)


SIGNAL_CHECK_MS = 250


def _quit_on_termination(qt: QApplication) -> QTimer:
    """SIGTERM (logout, shutdown) and SIGINT end the app cleanly: threads stopped, the login socket,
    its state file and a file secret removed. Python runs signal handlers only when it has control,
    so a timer hands it control a few times a second."""

    def stop(_signal: int, _frame: object) -> None:
        qt.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = QTimer(qt)
    timer.timeout.connect(lambda: None)
    timer.start(SIGNAL_CHECK_MS)
    return timer


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    qt = QApplication(sys.argv[:1])
    path = socket_path()
    if ask_running_app_to_show(path):
        return 0  # the app already runs: its window comes to the front
    instance = SingleInstance(path)
    app = build_app(options)
    instance.showRequested.connect(app.window.bring_to_front)
    qt.aboutToQuit.connect(app.shutdown)
    _quit_on_termination(qt)
    if not (options.background and app.tray is not None):
        app.window.show()
    code = qt.exec()
    instance.close()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
