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
    def screenshot(self) -> bytes: ...
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


def start_chromium(folder: Path, *, may_start_app: bool = False, with_standin: bool = False) -> Browser:
    require(chromium.available(), "Chromium", "chromium")
    profile = folder / "profile"
    for name in (WEBEID_HOST, OWN_HOST):  # as browser-setup registers them; the extension uses its own
        host = manifest(Family.CHROMIUM, name, BRIDGE)
        write_manifest(chromium.chromium_host_folder(profile) / f"{name}.json", host)
    extensions = [build_extension("chromium", folder / "extension")]
    if with_standin:
        extensions.append(build_standin("chromium", folder / "standin"))
    environment = browser_environment(folder / "home", may_start_app=may_start_app)
    return chromium.Chromium(profile, extensions, environment)


def start_firefox(folder: Path, *, may_start_app: bool = False, with_standin: bool = False) -> Browser:
    require(firefox.available(), "Firefox", "firefox-esr")
    home = folder / "home"
    for name in (WEBEID_HOST, OWN_HOST):
        host = manifest(Family.FIREFOX, name, BRIDGE)
        write_manifest(firefox.firefox_host_folder(home) / f"{name}.json", host)
    extensions = [build_extension("firefox", folder / "extension")]
    if with_standin:
        extensions.append(build_standin("firefox", folder / "standin"))
    environment = browser_environment(home, may_start_app=may_start_app)
    return firefox.Firefox(folder / "profile", extensions, environment)


STANDIN = Path(__file__).resolve().parent / "official_standin"


def build_standin(browser: str, out: Path) -> Path:
    """The stand-in for the official Web eID extension (a content script only), for one browser."""
    import json
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(STANDIN / "content.js", out / "content.js")
    manifest: dict[str, Any] = {
        "manifest_version": 3,
        "name": "Web eID stand-in",
        "version": "1.0",
        "content_scripts": [{"matches": ["https://*/*"], "js": ["content.js"], "run_at": "document_start"}],
    }
    if browser == "firefox":
        manifest["browser_specific_settings"] = {"gecko": {"id": "webeid-standin@tests.invalid"}}
        manifest["host_permissions"] = ["https://*/*"]
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out
