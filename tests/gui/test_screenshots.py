"""The screenshot tool under a real X server (Xvfb): every state in every language, none blank, all different.

The tool runs in its own process, as a person would run it, with a private home and a private X
server (its own display number, its own cookie), so nothing of this machine's desktop is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import TEST_DATA
from tests.e2e.xserver import private_x_server

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = TEST_DATA / "eid-viewer" / "67.06.30-296.59.eid"
LANGUAGES = ("fr", "nl", "de", "en")
STATES = (
    "starting",
    "no-service",
    "no-reader",
    "no-card",
    "reading",
    "card-removed",
    "card-removed-mid-read",
    "unsupported-card",
    "not-activated",
    "reader-busy",
    "card-unresponsive",
    "pin-blocked",
    "pin-pad-timeout",
    "pin-pad-cancelled",
    "identity",
    "card-pin",
    "certificates",
    "authenticity",
    "details-open",
    "pin-dialog",
    "pin-dialog-wrong",
    "pin-dialog-last-try",
    "pin-dialog-pin-pad",
    "change-pin-dialog",
    "consent-dialog",
    "websites-dialog",
    "from-file",
)
RUN_SECONDS = 60
MIN_COLOURS = 100
"""A window with text has hundreds (anti-aliasing); a blank or black picture has a handful."""


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private Xvfb with its own cookie; yields what a client needs (DISPLAY, XAUTHORITY)."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing in CI: installer/debian/bootstrap.sh --test installs it")
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    with private_x_server(tmp_path) as display:
        yield display


def private_environment(tmp_path: Path, x_server: dict[str, str]) -> dict[str, str]:
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "xcb",
        **x_server,
    }


def colours(image: QImage) -> int:
    """How many distinct colours the picture holds."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(pixels.constBits()).cast("B")[: pixels.sizeInBytes()]
    return len(set(data.cast("I")))


def test_every_state_in_every_language_is_pictured_and_none_is_blank(
    tmp_path: Path, x_server: dict[str, str]
) -> None:
    out = tmp_path / "shots"
    command = [sys.executable, "-m", "eidcompanion.gui.screenshots", str(out), "--lang", *LANGUAGES]
    finished = subprocess.run(
        [*command, "--eid-file", str(SAMPLE)],
        cwd=ROOT,
        env=private_environment(tmp_path, x_server),
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    expected = {out / f"{state}-{language}.png" for state in STATES for language in LANGUAGES}
    assert {Path(line) for line in finished.stdout.splitlines()} == expected
    assert sorted(out.iterdir()) == sorted(expected)

    pictures: dict[str, bytes] = {}
    for path in sorted(expected):
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (1000, 700), path.name
        assert colours(image) > MIN_COLOURS, f"{path.name} is blank"
        pictures[path.stem] = path.read_bytes()

    same: dict[bytes, list[str]] = {}
    for name, data in pictures.items():
        same.setdefault(data, []).append(name)
    duplicates = [names for names in same.values() if len(names) > 1]
    assert not duplicates, f"pictures that should differ (by state or by language) are equal: {duplicates}"
