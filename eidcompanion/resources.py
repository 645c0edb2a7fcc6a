"""Find the files under ``ui/`` both from a checkout and from an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def ui_dir() -> Path:
    """The ``ui`` folder: ``eidcompanion/ui`` inside a wheel, ``<checkout>/ui`` otherwise."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "ui", package_dir.parent / "ui"):
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(f"the ui folder is missing next to {package_dir}")


def translations_dir() -> Path:
    return ui_dir() / "translations"
