"""Starting Debian's browsers for the end-to-end tests and the login benchmark: the extension built
for each, the bridge registered in the private profile, a private home. (No test fixtures here:
importing this module has no side effects.)"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path
from typing import Any, Protocol

import pytest

from eidcompanion.browsers.catalog import Family
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST
from eidcompanion.browsers.manifests import manifest, write_manifest
from tests.e2e import chromium, firefox

REPOSITORY = Path(__file__).resolve().parents[2]
BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
EXTENSION_BUILD = REPOSITORY / "native-messaging" / "extension" / "build.py"


class Browser(Protocol):
    def navigate(self, url: str) -> None: ...
    def evaluate(self, expression: str) -> Any: ...
    def close(self) -> None: ...


def build_extension(browser: str, out: Path) -> Path:
    build = runpy.run_path(str(EXTENSION_BUILD))["build"]
    return Path(build(browser, out))


def browser_environment(home: Path, *, may_start_app: bool = False) -> dict[str, str]:
    """A private home for the browser; the bridge it starts inherits the app's runtime folder. Unless
    ``may_start_app``, a bridge that finds no app starts nothing (the tests run the app themselves)."""
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    if may_start_app:
        environment.pop("EIDCOMPANION_APP_COMMAND", None)
    else:
        environment["EIDCOMPANION_APP_COMMAND"] = f"{sys.executable} -c pass"
    return environment


def require(available: bool, name: str, package: str) -> None:
    if not available:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing in CI: installer/debian/bootstrap.sh --test installs {package}")
        pytest.skip(f"Debian's {package} is not installed")


def start_chromium(folder: Path, *, may_start_app: bool = False) -> Browser:
    require(chromium.available(), "Chromium", "chromium")
    profile = folder / "profile"
    for name in (WEBEID_HOST, OWN_HOST):  # as browser-setup registers them; the extension uses its own
        host = manifest(Family.CHROMIUM, name, BRIDGE)
        write_manifest(chromium.chromium_host_folder(profile) / f"{name}.json", host)
    extension = build_extension("chromium", folder / "extension")
    environment = browser_environment(folder / "home", may_start_app=may_start_app)
    return chromium.Chromium(profile, extension, environment)


def start_firefox(folder: Path, *, may_start_app: bool = False) -> Browser:
    require(firefox.available(), "Firefox", "firefox-esr")
    home = folder / "home"
    for name in (WEBEID_HOST, OWN_HOST):
        host = manifest(Family.FIREFOX, name, BRIDGE)
        write_manifest(firefox.firefox_host_folder(home) / f"{name}.json", host)
    extension = build_extension("firefox", folder / "extension")
    environment = browser_environment(home, may_start_app=may_start_app)
    return firefox.Firefox(folder / "profile", extension, environment)
