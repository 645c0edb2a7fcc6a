"""Is a browser installed, and how: browsers installed as Snap or Flatpak cannot start native hosts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from eidcompanion.browsers.catalog import Browser

Which = Callable[[str], str | None]


class Install(StrEnum):
    NATIVE = "native"
    SNAP = "snap"
    FLATPAK = "flatpak"
    ABSENT = "absent"


def _is_snap_launcher(path: str) -> bool:
    """A Snap binary (``/snap/bin/x`` links to ``/usr/bin/snap``), or a script that only starts one
    (Ubuntu's ``/usr/bin/firefox``)."""
    snap_places = ("/snap/", "/var/lib/snapd/")
    if path.startswith(snap_places) or os.path.realpath(path).startswith(snap_places):
        return True
    try:
        with open(path, "rb") as program:
            head = program.read(4096)
    except OSError:
        return False
    return head.startswith(b"#!") and b"/snap/bin/" in head


def _found_programs(browser: Browser, which: Which) -> list[str]:
    return [found for name in browser.executables if (found := which(name))]


def how_installed(
    browser: Browser, *, home: Path, root: Path = Path("/"), which: Which = shutil.which
) -> Install:
    """Native when a real program is on PATH; else Snap or Flatpak when one of those is there."""
    programs = _found_programs(browser, which)
    if any(not _is_snap_launcher(program) for program in programs):
        return Install.NATIVE
    if programs:  # only Snap launchers on PATH
        return Install.SNAP
    if browser.snap and any(
        (root / folder / browser.snap).is_dir() for folder in ("snap", "var/lib/snapd/snap")
    ):
        return Install.SNAP
    if browser.flatpak and any(
        (base / browser.flatpak).is_dir()
        for base in (root / "var/lib/flatpak/app", home / ".local/share/flatpak/app")
    ):
        return Install.FLATPAK
    return Install.ABSENT
