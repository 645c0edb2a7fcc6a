"""Fixtures for the browser registration tests: a private home and root folder, a fake ``which``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from eidcompanion.browsers.packaging import Which
from eidcompanion.browsers.setup import Where

REAL_BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
"""The bridge installed beside this interpreter (the venv's console script)."""

FOREIGN_WEBEID = {
    "name": "eu.webeid",
    "description": "Web eID browser extension helper application",
    "path": "/usr/bin/web-eid",
    "type": "stdio",
    "allowed_origins": ["chrome-extension://ncibgoaomkmdpilpocfeponihegamlic/"],
}
"""What the Web eID native application installs (its own ``eu.webeid`` manifest)."""


def write_executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A private ``/``: no Snap or Flatpak of the real machine can leak into a test."""
    folder = tmp_path / "root"
    folder.mkdir()
    return folder


@pytest.fixture
def user(home: Path, root: Path) -> Where:
    return Where(system=False, home=home, config_home=home / ".config", root=root)


@pytest.fixture
def system(home: Path, root: Path) -> Where:
    return Where(system=True, home=home, config_home=home / ".config", root=root)


@pytest.fixture
def fake_bridge(tmp_path: Path) -> Path:
    """An absolute path to a stand-in bridge (never started by the tests that use it)."""
    return write_executable(tmp_path / "opt" / "eidcompanion-bridge", "#!/bin/sh\nexit 0\n")


@pytest.fixture
def make_which(tmp_path: Path) -> Callable[..., Which]:
    """``make_which("firefox", "chromium")``: a ``which`` that finds fake programs of those names only."""

    def make(*programs: str) -> Which:
        folder = tmp_path / "bin"
        found = {name: str(write_executable(folder / name, "#!/bin/sh\nexit 0\n")) for name in programs}
        return found.get

    return make
