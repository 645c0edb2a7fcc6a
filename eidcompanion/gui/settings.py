"""The app's settings, and public-computer mode (EPN), which an administrator can fix system-wide.

In public mode nothing personal reaches the disk: no settings file, no recent files, no remembered
folders (Qt's own file dialog state included), and the screen is cleared after a short idle time.
An administrator turns it on for every user with ``/etc/xdg/eidcompanion/eidcompanion.conf``::

    [public]
    enabled = true
    idle-seconds = 120
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

DEFAULT_IDLE_SECONDS = 120
SYSTEM_FILE = Path("eidcompanion") / "eidcompanion.conf"
UNWRITABLE = "/dev/null/eidcompanion-public"
"""No folder can be made under a device file, not even by root."""


@dataclass(frozen=True)
class PublicMode:
    enabled: bool
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    fixed_by_administrator: bool = False


def system_config_dirs() -> list[Path]:
    return [Path(part) for part in os.environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(":") if part]


def public_mode(requested: bool) -> PublicMode:
    """Public mode as asked on the command line, or as fixed system-wide (which wins)."""
    for folder in system_config_dirs():
        path = folder / SYSTEM_FILE
        if not path.is_file():
            continue
        parser = configparser.ConfigParser()
        try:
            parser.read(path, encoding="utf-8")
            enabled = parser.getboolean("public", "enabled", fallback=False)
            idle = parser.getint("public", "idle-seconds", fallback=DEFAULT_IDLE_SECONDS)
        except (configparser.Error, ValueError, UnicodeDecodeError):
            enabled, idle = True, DEFAULT_IDLE_SECONDS  # a broken file must not turn privacy off
        if enabled:
            return PublicMode(True, max(idle, 1), fixed_by_administrator=True)
    return PublicMode(requested)


class AppSettings:
    """The user's choices (language, window size). In public mode they live in memory only."""

    def __init__(self, public: PublicMode) -> None:
        self.public = public
        self._memory: dict[str, object] = {}
        if public.enabled:
            # Qt's file dialog writes its history through QSettings: send it where nothing can be
            # written (a folder under a device file), so no path chosen here stays behind.
            for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
                QSettings.setPath(scope_format, QSettings.Scope.UserScope, UNWRITABLE)
            self._settings: QSettings | None = None
        else:
            self._settings = QSettings("eidcompanion", "eidcompanion")

    def value(self, key: str, default: str = "") -> str:
        if self._settings is None:
            return str(self._memory.get(key, default))
        return str(self._settings.value(key, default))

    def set_value(self, key: str, value: str) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)

    def close(self) -> None:
        if self._settings is not None:
            self._settings.sync()
