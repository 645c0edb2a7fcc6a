"""The bridge's log: one line per event on stderr (the browser's log), nothing on stdout.

Not the ``logging`` module: importing it costs the bridge ~10 ms on every login. The level comes from
``EIDCOMPANION_BRIDGE_LOG`` (DEBUG, INFO, WARNING, ERROR; WARNING by default).
"""

from __future__ import annotations

import os
import sys

_LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}
_THRESHOLD = _LEVELS.get(os.environ.get("EIDCOMPANION_BRIDGE_LOG", "WARNING").upper(), 30)


def _say(level: int, message: str) -> None:
    if level >= _THRESHOLD:
        print(f"eidcompanion-bridge: {message}", file=sys.stderr, flush=True)


def info(message: str) -> None:
    _say(20, message)


def warning(message: str) -> None:
    _say(30, message)


def error(message: str) -> None:
    _say(40, message)
