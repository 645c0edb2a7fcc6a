"""Put the app in the desktop's applications menu: a desktop entry and its icon (freedesktop.org).

``python -m eidcompanion.desktop_entry [--remove]`` installs them for the current user under
``$XDG_DATA_HOME`` (``~/.local/share``), pointing at the ``eidcompanion-app`` next to this Python.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from eidcompanion.resources import ui_dir

DESKTOP_FILE = "eidcompanion.desktop"
ICON_NAME = "eidcompanion"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def app_command() -> str:
    """The app's launcher installed beside this interpreter (the venv's ``bin``)."""
    return str(Path(sys.executable).parent / "eidcompanion-app")


def desktop_entry_text(command: str) -> str:
    template = (ui_dir() / "eidcompanion.desktop.in").read_text(encoding="utf-8")
    return template.replace("@EXEC@", command).replace("@ICON@", ICON_NAME)


def install(target: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the desktop entry and the icon; returns the files written."""
    base = target or data_home()
    entry = base / "applications" / DESKTOP_FILE
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry_text(command or app_command()), encoding="utf-8")
    shutil.copyfile(ui_dir() / "icons" / f"{ICON_NAME}.svg", icon)
    return [entry, icon]


def remove(target: Path | None = None) -> None:
    base = target or data_home()
    (base / "applications" / DESKTOP_FILE).unlink(missing_ok=True)
    (base / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg").unlink(missing_ok=True)


def main() -> int:
    if "--remove" in sys.argv[1:]:
        remove()
        return 0
    for path in install():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
