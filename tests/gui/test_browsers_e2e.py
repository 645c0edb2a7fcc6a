"""The login end to end in real browsers: Debian's headless Chromium with the extension loaded unpacked
(its id fixed by its key), the bridge registered in the private browser profile, the desktop app
running (offscreen Qt) with the simulated card behind the private pcscd. The PIN is typed into the
app's real dialog. The page is served over https on loopback.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from eidcompanion.browsers.catalog import Family
from eidcompanion.browsers.extensions import WEBEID_HOST
from eidcompanion.browsers.manifests import manifest, write_manifest
from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import build_profile
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.nonces import new_nonce
from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token
from tests.conftest import REPOSITORY, CardSlot
from tests.e2e import chromium
from tests.e2e.pages import serve_page

pytestmark = pytest.mark.realstack

BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
EXTENSION_BUILD = REPOSITORY / "native-messaging" / "extension" / "build.py"


def build_extension(browser: str, out: Path) -> Path:
    build = runpy.run_path(str(EXTENSION_BUILD))["build"]
    return Path(build(browser, out))


def browser_environment(home: Path) -> dict[str, str]:
    """A private home for the browser; the bridge it starts inherits the app's runtime folder."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "EIDCOMPANION_APP_COMMAND": f"{sys.executable} -c pass",
    }


@pytest.fixture
def chromium_browser(tmp_path: Path) -> Iterator[chromium.Chromium]:
    if not chromium.available():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: installer/debian/bootstrap.sh --test installs it")
        pytest.skip("Debian's chromium is not installed")
    profile = tmp_path / "chromium-profile"
    write_manifest(
        chromium.chromium_host_folder(profile) / f"{WEBEID_HOST}.json",
        manifest(Family.CHROMIUM, WEBEID_HOST, BRIDGE),
    )
    extension = build_extension("chromium", tmp_path / "extension")
    browser = chromium.Chromium(profile, extension, browser_environment(tmp_path / "home"))
    try:
        yield browser
    finally:
        browser.close()


def in_background(call: Callable[[], Any]) -> Callable[[], Any]:
    """Run ``call`` in a thread (the Qt loop must keep running for the app); return a getter."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except Exception as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def result(timeout: float = 60) -> Any:
        thread.join(timeout)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    result.thread = thread  # type: ignore[attr-defined]
    return result


def validator() -> ValidatorConfiguration:
    citizen_ca = simulator_authorities(KeyAlgorithm.EC_P384).citizen_ca.certificate
    return ValidatorConfiguration((citizen_ca,), trust=TrustConfiguration().without_revocation())


def test_chromium_logs_in_with_the_pin_typed_in_the_app(
    qtbot: QtBot, app: App, card_slot: CardSlot, chromium_browser: chromium.Chromium, tmp_path: Path
) -> None:
    card_slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=10000)
    with serve_page(tmp_path) as origin:
        chromium_browser.navigate(origin + "/")
        nonce = new_nonce()
        request = {"action": "web-eid:authenticate", "challengeNonce": nonce, "libraryVersion": "2.0.0"}
        answer = in_background(lambda: chromium_browser.evaluate(f"webeid({json.dumps(request)})", 90))
        qtbot.waitUntil(lambda: isinstance(app.logins.dialog, PinDialog), timeout=30000)
        dialog = app.logins.dialog
        assert isinstance(dialog, PinDialog)
        assert origin.removeprefix("https://") in dialog.context.text()
        dialog.field.setText("1234")
        dialog.ok_button.click()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not answer.thread.is_alive(), timeout=30000)  # type: ignore[attr-defined]
        result = answer()
    assert result["action"] == "web-eid:authenticate-success", result
    token = {
        key: result[key]
        for key in ("unverifiedCertificate", "algorithm", "signature", "format", "appVersion")
    }
    assert validate_token(json.dumps(token), origin, nonce, validator())
