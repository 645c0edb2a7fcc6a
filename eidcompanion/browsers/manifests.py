"""The host manifest each browser family reads, and telling ours from another program's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eidcompanion.browsers.catalog import Family
from eidcompanion.browsers.extensions import allowed_chromium_origins, allowed_firefox_extensions

BRIDGE_NAME = "eidcompanion-bridge"
DESCRIPTION = "eID Companion: log in to websites with your Belgian eID card"


def manifest(family: Family, host: str, bridge: Path, extra_ids: tuple[str, ...] = ()) -> dict[str, Any]:
    """The manifest of ``host`` for a browser family; ``bridge`` must be an absolute path."""
    if not bridge.is_absolute():
        raise ValueError(f"a host manifest needs an absolute path, not {bridge}")
    document: dict[str, Any] = {
        "name": host,
        "description": DESCRIPTION,
        "path": str(bridge),
        "type": "stdio",
    }
    if family is Family.FIREFOX:
        document["allowed_extensions"] = allowed_firefox_extensions(host, extra_ids)
    else:
        document["allowed_origins"] = allowed_chromium_origins(host, extra_ids)
    return document


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest at ``path``, or None when there is none or it is not a JSON object."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def is_ours(document: dict[str, Any]) -> bool:
    return Path(str(document.get("path", ""))).name.startswith(BRIDGE_NAME)


def belongs_to_another_program(path: Path) -> bool:
    """An ``eu.webeid`` manifest of the Web eID native application (or anything not ours)."""
    document = read_manifest(path)
    return path.exists() and (document is None or not is_ours(document))


def _make_folders(folder: Path) -> None:
    """Create ``folder`` and its missing parents readable by every user, whatever the umask (a
    system-wide manifest is read by every user's browser)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir()
        created.chmod(0o755)


def write_manifest(path: Path, document: dict[str, Any]) -> None:
    _make_folders(path.parent)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    temporary.chmod(0o644)  # browsers read it as the user (and, system-wide, as every user)
    temporary.replace(path)
