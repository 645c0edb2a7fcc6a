"""``browser-setup --check``: per browser and host name, can the browser reach the bridge, and if not, why."""

from __future__ import annotations

import json
import os
import select
import shutil
import struct
import subprocess
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from eidcompanion.browsers.catalog import Browser, Family
from eidcompanion.browsers.extensions import (
    WEBEID_CHROMIUM_IDS,
    WEBEID_FIREFOX_IDS,
    WEBEID_HOST,
)
from eidcompanion.browsers.manifests import is_ours, read_manifest
from eidcompanion.browsers.packaging import Install, Which
from eidcompanion.browsers.setup import HOSTS, Where, chosen_browsers

HANDSHAKE_SECONDS = 3.0


class Reach(StrEnum):
    REACHABLE = "reachable"
    NO_MANIFEST = "no_manifest"
    OTHER_PROGRAM = "other_program"
    BRIDGE_MISSING = "bridge_missing"
    EXTENSION_NOT_ALLOWED = "extension_not_allowed"
    NO_HANDSHAKE = "no_handshake"
    SANDBOXED = "sandboxed"


@dataclass(frozen=True)
class Reachability:
    browser: Browser
    host: str
    install: Install
    reach: Reach
    path: Path | None = None
    detail: str = ""


def handshake(bridge: Path, timeout: float = HANDSHAKE_SECONDS) -> str:
    """Start the bridge as a browser would and return the version it announces (raises OSError)."""
    process = subprocess.Popen(
        [str(bridge)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + timeout
        received = b""
        while len(received) < 4 or len(received) < 4 + struct.unpack("=I", received[:4])[0]:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([process.stdout], [], [], remaining)[0]:
                raise OSError(f"no version within {timeout:.0f} s")
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                raise OSError(f"the bridge exited with status {process.wait()}")
            received += chunk
        length = struct.unpack("=I", received[:4])[0]
        message = json.loads(received[4 : 4 + length])
        return str(message["version"])
    except (ValueError, KeyError, TypeError) as exc:
        raise OSError(f"the first message is not a version ({exc})") from exc
    finally:
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def _official_ids_allowed(browser: Browser, document: dict[str, object]) -> bool:
    if browser.family is Family.FIREFOX:
        allowed = document.get("allowed_extensions", [])
        return isinstance(allowed, list) and all(i in allowed for i in WEBEID_FIREFOX_IDS)
    origins = document.get("allowed_origins", [])
    return isinstance(origins, list) and all(
        f"chrome-extension://{i}/" in origins for i in WEBEID_CHROMIUM_IDS
    )


def _reach(browser: Browser, host: str, install: Install, places: list[Path]) -> Reachability:
    if install in (Install.SNAP, Install.FLATPAK):
        return Reachability(browser, host, install, Reach.SANDBOXED)
    path = next((p for p in places if p.exists()), None)
    if path is None:
        return Reachability(browser, host, install, Reach.NO_MANIFEST)
    document = read_manifest(path)
    if document is None or not is_ours(document):
        return Reachability(browser, host, install, Reach.OTHER_PROGRAM, path)
    bridge = Path(str(document.get("path", "")))
    if not (bridge.is_absolute() and os.access(bridge, os.X_OK)):
        return Reachability(browser, host, install, Reach.BRIDGE_MISSING, path, str(bridge))
    if host == WEBEID_HOST and not _official_ids_allowed(browser, document):
        return Reachability(browser, host, install, Reach.EXTENSION_NOT_ALLOWED, path)
    try:
        version = handshake(bridge)
    except OSError as exc:
        return Reachability(browser, host, install, Reach.NO_HANDSHAKE, path, str(exc))
    return Reachability(browser, host, install, Reach.REACHABLE, path, version)


def check(
    user: Where, system: Where, *, names: list[str] | None = None, which: Which = shutil.which
) -> list[Reachability]:
    """Each chosen browser's manifests, the user's first (browsers read the user's before the system's)."""
    results = []
    for browser, install in chosen_browsers(names, user, which):
        for host in HOSTS:
            places = [user.manifest(browser, host), system.manifest(browser, host)]
            results.append(_reach(browser, host, install, places))
    return results
