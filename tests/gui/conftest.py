"""The desktop app under test: real Qt widgets (offscreen), the real card service and threads.

Qt reads its platform and the user's folders once per process, so they are set here, before any
QApplication exists: the app's settings go to a folder of this test session, never the real home.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="eidc-gui-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)

pytest.importorskip("PySide6", reason="the desktop app needs PySide6")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

from eidcompanion.gui.app import App, build_app, build_parser  # noqa: E402
from eidcompanion.gui.settings import PublicMode  # noqa: E402
from eidcompanion.simulator.sandbox import PcscSandbox  # noqa: E402
from tests.e2e.launch import Browser, start_chromium, start_firefox  # noqa: E402


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


def make_app(*arguments: str, watch_readers: bool = True, public: bool = False) -> App:
    options = build_parser().parse_args(["--lang", "en", *arguments])
    return build_app(options, watch_readers=watch_readers, public=PublicMode(public, idle_seconds=60))


def close(running: App) -> None:
    """Stop the app and let Qt delete its window, so that no test sees another's card data."""
    running.shutdown()
    running.service.clear()
    running.window.close()
    running.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def app(qapp: object, pcsc_sandbox: PcscSandbox) -> Iterator[App]:
    """The app watching the readers of the private pcscd (empty unless a test inserts a card)."""
    if not pcsc_sandbox.running:
        pcsc_sandbox.restart()
    running = make_app()
    running.window.show()
    try:
        yield running
    finally:
        close(running)


@pytest.fixture
def offline_app(qapp: object) -> Iterator[App]:
    """The app without PC/SC: for the virtual card and files."""
    running = make_app(watch_readers=False)
    running.window.show()
    try:
        yield running
    finally:
        close(running)


@pytest.fixture(scope="module", params=["chromium", "firefox"])
def browser(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One browser per test module and family (a start costs seconds); each test opens its page anew."""
    start = start_chromium if request.param == "chromium" else start_firefox
    module = request.module.__name__.rsplit(".", 1)[-1]
    running = start(tmp_path_factory.mktemp(f"{request.param}-{module}"))
    try:
        yield running
    finally:
        running.close()
