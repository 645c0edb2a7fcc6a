"""The app's states through the real stack, a GUI that never freezes, and a clean quit."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer, QtMsgType, qInstallMessageHandler
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.simulator.profile import build_profile
from eidcompanion.simulator.sandbox import PcscSandbox
from eidcompanion.transport.pcsc import PcscConnection
from tests.conftest import CardSlot
from tests.gui.conftest import make_app

pytestmark = pytest.mark.realstack


def test_a_reader_without_a_card_asks_for_the_card(qtbot: QtBot, app: App, card_slot: CardSlot) -> None:
    qtbot.waitUntil(lambda: app.service.phase is Phase.NO_CARD, timeout=5000)
    assert "Insert your eID card" in app.window.banner.text.text()
    assert not app.window.banner.action_buttons()


def test_no_reader_offers_the_virtual_card(qtbot: QtBot, qapp: object, pcsc_sandbox: PcscSandbox) -> None:
    pcsc_sandbox.restart(with_readers=False)
    running = make_app()
    try:
        qtbot.waitUntil(lambda: running.service.phase is Phase.NO_READER, timeout=5000)
        assert "No card reader" in running.window.banner.text.text()
        [offer] = running.window.banner.action_buttons()
        offer.click()
        qtbot.waitUntil(lambda: running.service.phase is Phase.SHOWING, timeout=8000)
        assert running.service.document is not None
        assert running.service.document.simulated
        assert "SIMULATED CARD" in running.window.banner.text.text()
    finally:
        running.shutdown()
        pcsc_sandbox.restart()


def test_no_service_says_so_in_plain_words(qtbot: QtBot, qapp: object, pcsc_sandbox: PcscSandbox) -> None:
    pcsc_sandbox.stop()
    running = make_app()
    try:
        qtbot.waitUntil(lambda: running.service.phase is Phase.NO_SERVICE, timeout=5000)
        banner = running.window.banner
        assert "smart card service is not running" in banner.text.text()
        assert "Traceback" not in banner.details.text()
    finally:
        running.shutdown()
        pcsc_sandbox.restart()


def test_the_window_answers_while_another_program_holds_the_card(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    card_slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)
    other = PcscConnection.open(card_slot.reader)  # another program takes the card for a while
    transaction = other.transaction()
    transaction.__enter__()
    try:
        app.service.select_reader(card_slot.reader)  # the read waits for the other program
        gaps: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        ticker = QTimer()
        ticker.setInterval(20)

        def tick() -> None:
            gaps.append(clock.restart())

        ticker.timeout.connect(tick)
        ticker.start()
        qtbot.wait(1500)
        ticker.stop()
        assert app.service.phase is Phase.READING  # still waiting for the card...
        assert len(gaps) > 30
        assert max(gaps) < 250, f"the GUI froze for {max(gaps)} ms"  # ...and the window kept answering
    finally:
        transaction.__exit__(None, None, None)
        other.close()
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)


def test_threads_stop_cleanly_at_quit(qtbot: QtBot, qapp: object, card_slot: CardSlot) -> None:
    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            warnings.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        running = make_app()
        card_slot.insert(build_profile("1.8"))
        qtbot.waitUntil(lambda: running.service.phase is Phase.SHOWING, timeout=8000)
        monitor = running.service._monitor
        assert monitor is not None
        assert monitor.isRunning()
        started = time.monotonic()
        running.shutdown()  # the monitor is blocked in SCardGetStatusChange: SCardCancel ends it
        assert time.monotonic() - started < 1.0
        assert not monitor.isRunning()
        running.window.deleteLater()
        qtbot.wait(50)
    finally:
        qInstallMessageHandler(previous)
    assert not [w for w in warnings if "thread" in w.lower()], warnings
