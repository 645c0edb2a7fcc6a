"""Is a browser installed, and as a real program, a Snap or a Flatpak."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from eidcompanion.browsers.catalog import BY_NAME
from eidcompanion.browsers.packaging import Install, Which, how_installed
from tests.browsers.conftest import write_executable

MakeWhich = Callable[..., Which]
FIREFOX = BY_NAME["firefox"]
UBUNTU_FIREFOX_SHIM = """#!/bin/sh
# The Firefox snap's transitional wrapper (Ubuntu's /usr/bin/firefox).
exec /snap/bin/firefox "$@"
"""


def finds(path: Path, name: str = "firefox") -> Which:
    return lambda program: str(path) if program == name else None


def test_a_real_program_on_path_is_native(home: Path, root: Path, make_which: MakeWhich) -> None:
    assert how_installed(FIREFOX, home=home, root=root, which=make_which("firefox")) is Install.NATIVE
    assert how_installed(FIREFOX, home=home, root=root, which=make_which("firefox-esr")) is Install.NATIVE


def test_native_wins_over_a_leftover_snap_folder(home: Path, root: Path, make_which: MakeWhich) -> None:
    (root / "snap/firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=make_which("firefox")) is Install.NATIVE


def test_ubuntus_shim_with_the_snap_installed_is_snap(home: Path, root: Path, tmp_path: Path) -> None:
    shim = write_executable(tmp_path / "usr/bin/firefox", UBUNTU_FIREFOX_SHIM)
    (root / "snap/firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=finds(shim)) is Install.SNAP


def test_ubuntus_shim_alone_is_snap(home: Path, root: Path, tmp_path: Path) -> None:
    shim = write_executable(tmp_path / "usr/bin/firefox", UBUNTU_FIREFOX_SHIM)
    assert how_installed(FIREFOX, home=home, root=root, which=finds(shim)) is Install.SNAP


def test_a_link_into_snap_is_not_native(home: Path, root: Path, tmp_path: Path) -> None:
    link = tmp_path / "bin" / "firefox"
    link.parent.mkdir()
    link.symlink_to("/snap/firefox/current/usr/lib/firefox/firefox")
    (root / "snap/firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=finds(link)) is Install.SNAP


@pytest.mark.parametrize("folder", ["snap", "var/lib/snapd/snap"])
def test_a_snap_without_a_program_on_path_is_snap(home: Path, root: Path, folder: str) -> None:
    (root / folder / "firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=lambda name: None) is Install.SNAP


def test_a_users_flatpak_is_flatpak(home: Path, root: Path) -> None:
    (home / ".local/share/flatpak/app/org.mozilla.firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=lambda name: None) is Install.FLATPAK


def test_a_system_flatpak_is_flatpak(home: Path, root: Path) -> None:
    (root / "var/lib/flatpak/app/org.mozilla.firefox").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=lambda name: None) is Install.FLATPAK


def test_nothing_is_absent(home: Path, root: Path) -> None:
    (home / ".local/share/flatpak/app/org.chromium.Chromium").mkdir(parents=True)  # another browser's
    (root / "snap/chromium").mkdir(parents=True)
    assert how_installed(FIREFOX, home=home, root=root, which=lambda name: None) is Install.ABSENT


def test_a_browser_without_a_snap_ignores_snap_folders(home: Path, root: Path) -> None:
    chrome = BY_NAME["chrome"]
    assert chrome.snap == ""
    (root / "snap").mkdir()
    assert how_installed(chrome, home=home, root=root, which=lambda name: None) is Install.ABSENT


def test_a_snap_command_in_snap_bin_is_snap(home: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (root / "snap/brave").mkdir(parents=True)
    real_realpath = os.path.realpath

    def snapd_layout(path: str | os.PathLike[str], *, strict: bool = False) -> str:
        # /snap/bin/brave -> /usr/bin/snap, as snapd installs it
        return "/usr/bin/snap" if os.fspath(path) == "/snap/bin/brave" else real_realpath(path, strict=strict)

    monkeypatch.setattr(os.path, "realpath", snapd_layout)
    which: Which = lambda name: "/snap/bin/brave" if name == "brave" else None  # noqa: E731
    assert how_installed(BY_NAME["brave"], home=home, root=root, which=which) is Install.SNAP
