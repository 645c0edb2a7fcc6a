"""The login end to end in real browsers: Debian's headless Chromium and Firefox ESR with the extension
(loaded unpacked, its id fixed), the bridge registered in the private browser profile, the desktop app
running (offscreen Qt) with the simulated card behind the private pcscd. The PIN is typed into the
app's real dialog. The page is served over https on loopback and speaks the web-eid.js page protocol.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.login_dialogs import MessageDialog
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import build_profile
from eidcompanion.webeid.nonces import new_nonce
from tests.conftest import REPOSITORY, CardSlot
from tests.e2e.launch import Browser
from tests.e2e.pages import serve_page

pytestmark = pytest.mark.realstack

BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
CLI = Path(sys.executable).parent / "eidcompanion"
EXTENSION_BUILD = REPOSITORY / "native-messaging" / "extension" / "build.py"
TOKEN_FIELDS = ("unverifiedCertificate", "algorithm", "signature", "format", "appVersion")


@pytest.fixture
def page(browser: Browser, tmp_path: Path) -> Iterator[str]:
    """The e-guichet page open in the browser; yields its origin."""
    with serve_page(tmp_path) as origin:
        browser.navigate(origin + "/")
        yield origin


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

    def result(timeout: float = 120) -> Any:
        thread.join(timeout)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    result.thread = thread  # type: ignore[attr-defined]
    return result


def ask(browser: Browser, action: str, **fields: Any) -> Callable[[], Any]:
    """The page calls the extension (web-eid.js messages); returns a getter for its answer."""
    request = {"action": f"web-eid:{action}", "libraryVersion": "2.0.0", **fields}
    return in_background(lambda: browser.evaluate(f"webeid({json.dumps(request)})"))


def answered(qtbot: QtBot, answer: Callable[[], Any]) -> Any:
    qtbot.waitUntil(lambda: not answer.thread.is_alive(), timeout=60000)  # type: ignore[attr-defined]
    return answer()


def pin_dialog(qtbot: QtBot, app: App) -> PinDialog:
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, PinDialog), timeout=30000)
    dialog = app.logins.dialog
    assert isinstance(dialog, PinDialog)
    return dialog


def type_pin(dialog: PinDialog, pin: str) -> None:
    dialog.field.setText(pin)
    dialog.ok_button.click()  # type: ignore[attr-defined]


def insert(qtbot: QtBot, app: App, slot: CardSlot, version: str = "1.8", **profile: Any) -> None:
    slot.insert(build_profile(version, **profile))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=10000)


def verify_with_cli(result: dict[str, Any], origin: str, nonce: str, version: str, folder: Path) -> None:
    """The relying party's check: ``eidcompanion verify-token`` for that origin and nonce."""
    algorithm = KeyAlgorithm.EC_P384 if version == "1.8" else KeyAlgorithm.RSA_2048
    ca = folder / "citizen-ca.pem"
    ca.write_bytes(simulator_authorities(algorithm).citizen_ca.certificate.public_bytes(Encoding.PEM))
    token = folder / "token.json"
    token.write_text(json.dumps({key: result[key] for key in TOKEN_FIELDS}), encoding="utf-8")
    checked = subprocess.run(
        [str(CLI), "verify-token", str(token), "--origin", origin, "--nonce", nonce, "--trust", str(ca),
         "--no-ocsp", "--lang", "en"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "valid" in checked.stdout


def test_status_reports_the_bridge(browser: Browser, page: str, qtbot: QtBot) -> None:
    result = answered(qtbot, ask(browser, "status"))
    assert result["action"] == "web-eid:status-success", result
    assert result["nativeApp"].startswith("2.")


@pytest.mark.parametrize("version", ["1.8", "1.7"])
def test_a_login_with_the_pin_typed_in_the_app(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str, tmp_path: Path, version: str
) -> None:
    insert(qtbot, app, card_slot, version)
    nonce = new_nonce()
    answer = ask(browser, "authenticate", challengeNonce=nonce)
    dialog = pin_dialog(qtbot, app)
    assert page.removeprefix("https://") in dialog.context.text()  # the site, host and port
    type_pin(dialog, "1234")
    result = answered(qtbot, answer)
    assert result["action"] == "web-eid:authenticate-success", result
    assert result["algorithm"] == ("ES384" if version == "1.8" else "RS256")
    verify_with_cli(result, page, nonce, version, tmp_path)


def test_a_wrong_pin_then_the_right_one(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str, tmp_path: Path
) -> None:
    insert(qtbot, app, card_slot)
    nonce = new_nonce()
    answer = ask(browser, "authenticate", challengeNonce=nonce)
    dialog = pin_dialog(qtbot, app)
    type_pin(dialog, "9999")
    qtbot.waitUntil(lambda: "blocked: 2." in dialog.message.text(), timeout=10000)
    assert answer.thread.is_alive()  # type: ignore[attr-defined] # the page still waits
    type_pin(dialog, "1234")
    result = answered(qtbot, answer)
    assert result["action"] == "web-eid:authenticate-success", result
    verify_with_cli(result, page, nonce, "1.8", tmp_path)


def test_cancel_in_the_app_tells_the_page(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str
) -> None:
    insert(qtbot, app, card_slot)
    answer = ask(browser, "authenticate", challengeNonce=new_nonce())
    pin_dialog(qtbot, app).reject()
    result = answered(qtbot, answer)
    assert result["action"] == "web-eid:authenticate-failure"
    assert result["error"]["code"] == "ERR_WEBEID_USER_CANCELLED"


def test_a_blocked_card_fails_without_a_pin_dialog(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str
) -> None:
    insert(qtbot, app, card_slot, tries_left=0)
    result = answered(qtbot, ask(browser, "authenticate", challengeNonce=new_nonce()))
    assert result["error"]["code"] == "ERR_WEBEID_NATIVE_FATAL"
    assert "blocked" in result["error"]["message"]
    assert not isinstance(app.logins.dialog, PinDialog)
    assert card_slot.applet is not None
    assert card_slot.applet.tries_left == 0


def test_no_card_then_the_card_is_inserted(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: app.service.phase is Phase.NO_CARD, timeout=10000)
    nonce = new_nonce()
    answer = ask(browser, "authenticate", challengeNonce=nonce)
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, MessageDialog), timeout=30000)
    insert(qtbot, app, card_slot)
    type_pin(pin_dialog(qtbot, app), "1234")
    result = answered(qtbot, answer)
    verify_with_cli(result, page, nonce, "1.8", tmp_path)


def test_the_card_removed_during_the_pin_dialog_is_asked_for_again(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str, tmp_path: Path
) -> None:
    insert(qtbot, app, card_slot)
    nonce = new_nonce()
    answer = ask(browser, "authenticate", challengeNonce=nonce)
    pin_dialog(qtbot, app)
    card_slot.remove()
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, MessageDialog), timeout=10000)
    insert(qtbot, app, card_slot)
    type_pin(pin_dialog(qtbot, app), "1234")
    verify_with_cli(answered(qtbot, answer), page, nonce, "1.8", tmp_path)


def test_the_page_timeout_closes_the_dialog(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str
) -> None:
    insert(qtbot, app, card_slot)
    answer = ask(
        browser, "authenticate", challengeNonce=new_nonce(), options={"userInteractionTimeout": 2000}
    )
    pin_dialog(qtbot, app)
    result = answered(qtbot, answer)
    assert result["error"]["code"] == "ERR_WEBEID_USER_TIMEOUT"
    qtbot.waitUntil(lambda: app.logins.dialog is None, timeout=10000)  # the port closed: the dialog went


def test_the_signing_certificate_then_a_signature(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, page: str
) -> None:
    insert(qtbot, app, card_slot)
    answer = ask(browser, "get-signing-certificate")
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, MessageDialog), timeout=30000)
    assert app.logins.dialog is not None
    app.logins.dialog.accept()
    chosen = answered(qtbot, answer)
    assert chosen["action"] == "web-eid:get-signing-certificate-success", chosen
    digest = hashlib.sha384(b"a municipal form").digest()
    answer = ask(
        browser,
        "sign",
        certificate=chosen["certificate"],
        hash=base64.b64encode(digest).decode(),
        hashFunction="SHA-384",
    )
    type_pin(pin_dialog(qtbot, app), "1234")
    signed = answered(qtbot, answer)
    assert signed["action"] == "web-eid:sign-success", signed
    raw = base64.b64decode(signed["signature"])
    half = len(raw) // 2
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    key = x509.load_der_x509_certificate(base64.b64decode(chosen["certificate"])).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(der, b"a municipal form", ec.ECDSA(hashes.SHA384()))


def test_plain_http_pages_are_refused(qtbot: QtBot, app: App, browser: Browser, tmp_path: Path) -> None:
    """A plain-http site is refused by the extension; http on localhost (a secure context for the
    browser) reaches the bridge, which refuses the origin: the app never asks anything."""
    with serve_page(tmp_path, secure=False) as origin:
        port = origin.rsplit(":", 1)[1]
        browser.navigate(f"http://e-guichet.test:{port}/")
        result = answered(qtbot, ask(browser, "authenticate", challengeNonce=new_nonce()))
        assert result["error"]["code"] == "ERR_WEBEID_CONTEXT_INSECURE"
        browser.navigate(f"http://localhost:{port}/")
        result = answered(qtbot, ask(browser, "authenticate", challengeNonce=new_nonce()))
        assert result["error"]["code"] == "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
    assert app.logins.dialog is None
    assert app.logins.current is None
