"""The screenshot tool under a real X server (Xvfb): every state in every language, none blank, all different.

The tool runs in its own process, as a person would run it, with a private home and a private X
server (its own display number, its own cookie), so nothing of this machine's desktop is touched.
"""

from __future__ import annotations

import os
import secrets
import select
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import TEST_DATA

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
    "from-file",
)
RUN_SECONDS = 60
XVFB_START_SECONDS = 10
FAMILY_WILD = 0xFFFF
MIN_COLOURS = 100
"""A window with text has hundreds (anti-aliasing); a blank or black picture has a handful."""


def xauthority_entry(display: str, cookie: bytes) -> bytes:
    """One MIT-MAGIC-COOKIE-1 record of an Xauthority file, for any host (FamilyWild)."""

    def counted(data: bytes) -> bytes:
        return struct.pack(">H", len(data)) + data

    return (
        struct.pack(">H", FAMILY_WILD)
        + counted(b"")
        + counted(display.encode())
        + counted(b"MIT-MAGIC-COOKIE-1")
        + counted(cookie)
    )


def read_display_number(fd: int, server: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to ``-displayfd`` once it accepts connections."""
    deadline = time.monotonic() + XVFB_START_SECONDS
    received = b""
    while not received.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or server.poll() is not None:
            raise RuntimeError(f"Xvfb did not start (exit code {server.poll()})")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 16)
            if not chunk:
                raise RuntimeError("Xvfb closed -displayfd without a display number")
            received += chunk
    return received.decode().strip()


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private Xvfb with its own cookie; yields what a client needs (DISPLAY, XAUTHORITY)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing in CI: installer/debian/bootstrap.sh --test installs it")
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    authority = tmp_path / "Xauthority"
    cookie = secrets.token_bytes(16)
    authority.write_bytes(xauthority_entry("", cookie))  # the server loads every cookie of the file
    authority.chmod(0o600)
    read_end, write_end = os.pipe()
    command = [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]
    server = subprocess.Popen(
        [*command, "-auth", str(authority)],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = read_display_number(read_end, server)
        with authority.open("ab") as file:
            file.write(xauthority_entry(number, cookie))  # the entry clients look up, by number
        yield {"DISPLAY": f":{number}", "XAUTHORITY": str(authority)}
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


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
