"""Starting the app: one per user, the tray behaviour, the command and the desktop entry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from eidcompanion import desktop_entry
from eidcompanion.gui.app import App
from eidcompanion.gui.single_instance import SingleInstance, socket_path
from tests.conftest import REPOSITORY


def test_a_second_start_brings_the_running_app_to_the_front(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    path = socket_path()
    running = SingleInstance(path)
    try:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
        started = time.monotonic()
        second = subprocess.Popen(
            [sys.executable, "-m", "eidcompanion", "app", "--lang", "en"],
            cwd=REPOSITORY, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            with qtbot.waitSignal(running.showRequested, timeout=15000):
                pass
            assert second.wait(timeout=15) == 0  # it asked, and left: no second window
        finally:
            if second.poll() is None:
                second.kill()
                second.wait()
        assert time.monotonic() - started < 15
    finally:
        running.close()


def test_the_socket_lives_in_a_private_folder() -> None:
    folder = Path(socket_path()).parent
    assert folder.stat().st_mode & 0o077 == 0
    assert folder.stat().st_uid == os.getuid()


def test_closing_the_window_keeps_the_app_in_the_tray_until_quit(qtbot: QtBot, offline_app: App) -> None:
    window = offline_app.window
    window.keep_in_tray = True  # as when the desktop has a system tray
    window.close()
    assert not window.isVisible()
    assert window.quitting is False
    window.bring_to_front()
    assert window.isVisible()
    window.quitting = True
    window.close()
    assert not window.isVisible()


def test_the_app_command_documents_its_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eidcompanion", "app", "--help"],
        capture_output=True, text=True, timeout=60, check=False, cwd=REPOSITORY,
    )  # fmt: skip
    assert result.returncode == 0
    assert "--background" in result.stdout
    assert "--public" in result.stdout


def test_the_desktop_entry_is_valid_and_points_at_the_app(tmp_path: Path) -> None:
    entry, icon = desktop_entry.install(tmp_path, command="/opt/eidcompanion/bin/eidcompanion-app")
    text = entry.read_text()
    assert "Exec=/opt/eidcompanion/bin/eidcompanion-app %f" in text
    assert "Name[fr]=" in text
    assert "Name[nl]=" in text
    assert "Name[de]=" in text
    assert icon.read_text().startswith("<?xml")
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt install desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    desktop_entry.remove(tmp_path)
    assert not entry.exists()
