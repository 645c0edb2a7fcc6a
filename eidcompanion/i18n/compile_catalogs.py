"""Compile ``ui/translations/*.ts`` to the ``.qm`` files Qt's QTranslator loads.

Run at build time (the wheel's build hook) and by the installer; it needs Qt's ``lrelease``, which
PySide6 ships (``pyside6-lrelease``). ``python -m eidcompanion.i18n.compile_catalogs [DIR]``.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from eidcompanion.i18n.catalog import SUPPORTED_LANGUAGES, catalog_path


def find_lrelease() -> str:
    """Qt's lrelease: from PySide6 (without importing Qt), or on the PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidate = Path(folder) / "lrelease"
            if candidate.is_file():
                return str(candidate)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("Qt's lrelease was not found: install PySide6-Essentials")


def compiled_path(language: str, folder: Path | None = None) -> Path:
    source = catalog_path(language)
    return (folder or source.parent) / source.with_suffix(".qm").name


def compile_catalogs(folder: Path | None = None) -> list[Path]:
    """Write one ``.qm`` per language (English too: its plural forms) into ``folder`` (default:
    next to the ``.ts``); returns the files written."""
    lrelease = find_lrelease()
    written = []
    for language in SUPPORTED_LANGUAGES:
        target = compiled_path(language, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [lrelease, "-silent", str(catalog_path(language)), "-qm", str(target)],
            check=True,
            timeout=120,
        )
        written.append(target)
    return written


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for path in compile_catalogs(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
