"""Public-computer mode: nothing personal on disk, and the screen clears when nobody is there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.settings import public_mode
from tests.conftest import REPOSITORY
from tests.gui.conftest import make_app

PERSONAL = (b"Specimen-Dubois", b"85071416288", b"85.07.14-162.88", b"Rue de la Loi")


def _files(*folders: Path) -> dict[Path, bytes]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found[path] = path.read_bytes()
    return found


def _session(tmp_path: Path, *arguments: str, admin: bool = False) -> tuple[dict[Path, bytes], Path]:
    home, temp, admin_dir = tmp_path / "home", tmp_path / "tmp", tmp_path / "etc-xdg"
    for folder in (home, temp, admin_dir / "eidcompanion"):
        folder.mkdir(parents=True)
    if admin:
        (admin_dir / "eidcompanion" / "eidcompanion.conf").write_text("[public]\nenabled = true\n")
    environment = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(temp),
        "XDG_CONFIG_DIRS": str(admin_dir),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.public_session", "--lang", "en", "--virtual", "1.8", *arguments],
        cwd=REPOSITORY, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "shown: True" in result.stdout
    return _files(home, temp), home


@pytest.mark.parametrize("how", ["--public", "administrator"])
def test_a_public_session_leaves_nothing_personal_and_no_settings(tmp_path: Path, how: str) -> None:
    arguments = ("--public",) if how == "--public" else ()
    files, _home = _session(tmp_path, *arguments, admin=how == "administrator")
    ours = [path for path in files if "eidcompanion" in str(path).lower() or "QtProject" in str(path)]
    assert not ours, f"files written in public mode: {ours}"
    leaking = [path for path, content in files.items() if any(item in content for item in PERSONAL)]
    assert not leaking


def test_an_ordinary_session_keeps_its_settings(tmp_path: Path) -> None:
    """The control: the same session outside public mode does write the user's settings."""
    files, _home = _session(tmp_path)
    assert any(path.name == "eidcompanion.conf" for path in files)


def test_the_screen_clears_after_the_idle_time(qtbot: QtBot, qapp: object) -> None:
    running = make_app("--virtual", "1.8", watch_readers=False, public=True)
    try:
        qtbot.waitUntil(lambda: running.service.phase is Phase.SHOWING, timeout=8000)
        assert running.idle is not None
        running.idle.timer.setInterval(300)
        running.idle.timer.start()
        qtbot.waitUntil(lambda: running.service.document is None, timeout=3000)
        assert not running.window.identity_page.person.value_texts()
    finally:
        running.shutdown()


def test_the_administrator_setting_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "eidcompanion").mkdir()
    config = tmp_path / "eidcompanion" / "eidcompanion.conf"
    config.write_text("[public]\nenabled = yes\nidle-seconds = 30\n")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    mode = public_mode(requested=False)
    assert mode.enabled
    assert mode.fixed_by_administrator
    assert mode.idle_seconds == 30
    config.write_bytes(b"\xff\xfe broken")
    assert public_mode(requested=False).enabled  # a broken file never turns privacy off
