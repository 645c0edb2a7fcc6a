"""A browser login end to end below the browser: the real bridge process, the app's real login server
and dialogs (offscreen Qt), the simulated card in a vpcd reader of the private pcscd.

The PIN is typed into the app's own dialog, as a citizen would; the answers are read from the
bridge's standard output, frame by frame, as the browser would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from eidcompanion.card.files import CardFile
from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.login_dialogs import MessageDialog
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.simulator.profile import build_profile
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.nonces import new_nonce
from eidcompanion.webeid.validator import ValidatorConfiguration, validate_token
from tests.conftest import CardSlot
from tests.helpers import certificate_der

pytestmark = pytest.mark.realstack

ORIGIN = "https://guichet.example.be"
BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
VERIFY = b"\x00\x20"
LOG_OFF = b"\x80\xe6\x00\x00"


class Bridge:
    """The bridge as the browser runs it: frames in on stdin, frames out on stdout."""

    def __init__(self) -> None:
        environment = {**os.environ, "EIDCOMPANION_APP_COMMAND": f"{sys.executable} -c pass"}
        self.process = subprocess.Popen(
            [str(BRIDGE), "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic/"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        self.frames: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert "version" in self.next_frame()

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        while header := stdout.read(4):
            (length,) = struct.unpack("=I", header)
            self.frames.put(json.loads(stdout.read(length)))

    def send(self, command: str, **arguments: str) -> None:
        body = json.dumps({"command": command, "arguments": arguments}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(struct.pack("=I", len(body)) + body)
        self.process.stdin.flush()

    def next_frame(self, timeout: float = 15.0) -> dict[str, Any]:
        return self.frames.get(timeout=timeout)

    def answer(self, qtbot: QtBot, timeout: int = 15000) -> dict[str, Any]:
        """The next frame, while the Qt event loop keeps running (the app answers from it)."""
        qtbot.waitUntil(lambda: not self.frames.empty(), timeout=timeout)
        return self.frames.get_nowait()

    def close_port(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        for stream in (self.process.stdout, self.process.stderr, self.process.stdin):
            if stream is not None and not stream.closed:
                stream.close()


@pytest.fixture
def bridges() -> Any:
    started: list[Bridge] = []

    def start() -> Bridge:
        bridge = Bridge()
        started.append(bridge)
        return bridge

    yield start
    for bridge in started:
        bridge.stop()


class ApduLog:
    """The commands the card received (wraps the simulated applet)."""

    def __init__(self, slot: CardSlot) -> None:
        assert slot.applet is not None
        self.commands: list[bytes] = []
        process = slot.applet.process

        def logged(apdu: bytes) -> bytes:
            self.commands.append(apdu)
            return process(apdu)

        slot.applet.process = logged  # type: ignore[method-assign]

    @property
    def verifies(self) -> list[bytes]:
        return [apdu for apdu in self.commands if apdu[:2] == VERIFY and len(apdu) > 5]


def insert(qtbot: QtBot, app: App, slot: CardSlot, version: str = "1.8", **profile: Any) -> ApduLog:
    slot.insert(build_profile(version, **profile))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=10000)
    return ApduLog(slot)


def login_dialog(qtbot: QtBot, app: App, kind: type[QDialog] = PinDialog) -> Any:
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, kind), timeout=10000)
    return app.logins.dialog


def type_pin(dialog: PinDialog, pin: str) -> None:
    dialog.field.setText(pin)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # type: ignore[attr-defined]


def validator(version: str) -> ValidatorConfiguration:
    algorithm = KeyAlgorithm.EC_P384 if version == "1.8" else KeyAlgorithm.RSA_2048
    citizen_ca = simulator_authorities(algorithm).citizen_ca.certificate
    return ValidatorConfiguration((citizen_ca,), trust=TrustConfiguration().without_revocation())


@pytest.mark.parametrize("version", ["1.8", "1.7"])
def test_a_login_asks_the_pin_in_the_app_and_the_token_verifies(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any, version: str
) -> None:
    log = insert(qtbot, app, card_slot, version)
    bridge = bridges()
    nonce = new_nonce()
    bridge.send("authenticate", challengeNonce=nonce, origin=ORIGIN)
    dialog = login_dialog(qtbot, app)
    assert "guichet.example.be" in dialog.context.text()
    assert "tries left: 3" in dialog.prompt.text()
    type_pin(dialog, "1234")
    token = bridge.answer(qtbot)
    assert set(token) == {"unverifiedCertificate", "algorithm", "signature", "format", "appVersion"}
    assert token["algorithm"] == ("ES384" if version == "1.8" else "RS256")
    assert validate_token(json.dumps(token), ORIGIN, nonce, validator(version))
    assert len(log.verifies) == 1
    assert log.commands[-1] == LOG_OFF  # the card's access rights are cleared after signing
    assert bridge.process.wait(timeout=5) == 0  # one command per process, as Web eID expects
    assert app.logins.dialog is None
    assert "guichet.example.be" in app.window.banner.text.text()


def test_a_wrong_pin_shows_the_tries_and_the_citizen_tries_again(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot)
    bridge = bridges()
    nonce = new_nonce()
    bridge.send("authenticate", challengeNonce=nonce, origin=ORIGIN)
    dialog = login_dialog(qtbot, app)
    type_pin(dialog, "9999")
    qtbot.waitUntil(lambda: "blocked: 2." in dialog.message.text(), timeout=10000)
    assert dialog.field.text() == ""
    assert bridge.frames.empty()  # the page waits: trying again is the citizen's choice
    qtbot.wait(200)
    assert len(log.verifies) == 1  # never retried by itself
    type_pin(dialog, "1234")
    token = bridge.answer(qtbot)
    assert validate_token(json.dumps(token), ORIGIN, nonce, validator("1.8"))
    assert len(log.verifies) == 2


def test_cancel_answers_user_cancelled_and_sends_no_pin(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot)
    bridge = bridges()
    bridge.send("authenticate", challengeNonce=new_nonce(), origin=ORIGIN)
    dialog = login_dialog(qtbot, app)
    dialog.reject()
    assert bridge.answer(qtbot)["error"]["code"] == "ERR_WEBEID_USER_CANCELLED"
    assert log.verifies == []
    assert app.logins.dialog is None


def test_a_blocked_card_gets_the_advice_and_no_verify(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot, tries_left=0)
    bridge = bridges()
    bridge.send("authenticate", challengeNonce=new_nonce(), origin=ORIGIN)
    answer = bridge.answer(qtbot)
    assert answer["error"]["code"] == "ERR_WEBEID_NATIVE_FATAL"
    assert "blocked" in answer["error"]["message"]
    advice = app.window.findChild(QMessageBox, "pin_blocked_message")
    assert advice is not None
    assert "PUK" in advice.text()
    assert not isinstance(app.logins.dialog, PinDialog)
    assert log.verifies == []


def test_no_card_asks_for_it_and_goes_on_when_it_is_inserted(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    qtbot.waitUntil(lambda: app.service.phase is Phase.NO_CARD, timeout=10000)
    bridge = bridges()
    nonce = new_nonce()
    bridge.send("authenticate", challengeNonce=nonce, origin=ORIGIN)
    waiting = login_dialog(qtbot, app, MessageDialog)
    assert "guichet.example.be" in waiting.text.text()
    assert "Insert" in waiting.text.text()
    insert(qtbot, app, card_slot)
    type_pin(login_dialog(qtbot, app), "1234")
    assert validate_token(json.dumps(bridge.answer(qtbot)), ORIGIN, nonce, validator("1.8"))


def test_the_page_going_away_closes_the_dialog_at_once(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot)
    bridge = bridges()
    bridge.send("authenticate", challengeNonce=new_nonce(), origin=ORIGIN)
    login_dialog(qtbot, app)
    bridge.close_port()  # the tab was closed: the browser closes the port
    qtbot.waitUntil(lambda: app.logins.dialog is None and app.logins.current is None, timeout=5000)
    assert bridge.process.wait(timeout=5) == 0
    assert log.verifies == []


def test_the_card_taken_out_during_the_pin_dialog_is_asked_for_again(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    insert(qtbot, app, card_slot)
    bridge = bridges()
    nonce = new_nonce()
    bridge.send("authenticate", challengeNonce=nonce, origin=ORIGIN)
    login_dialog(qtbot, app)
    card_slot.remove()
    login_dialog(qtbot, app, MessageDialog)
    insert(qtbot, app, card_slot)
    type_pin(login_dialog(qtbot, app), "1234")
    assert validate_token(json.dumps(bridge.answer(qtbot)), ORIGIN, nonce, validator("1.8"))


def test_two_tabs_are_served_one_after_the_other(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    insert(qtbot, app, card_slot)
    first, second = bridges(), bridges()
    nonces = new_nonce(), new_nonce()
    first.send("authenticate", challengeNonce=nonces[0], origin=ORIGIN)
    dialog = login_dialog(qtbot, app)
    second.send("authenticate", challengeNonce=nonces[1], origin="https://mons.example.be:8443")
    qtbot.waitUntil(lambda: len(app.logins.queue) == 1, timeout=5000)
    assert id(app.logins.dialog) == id(dialog)  # one dialog at a time
    type_pin(dialog, "1234")
    assert validate_token(json.dumps(first.answer(qtbot)), ORIGIN, nonces[0], validator("1.8"))

    def second_dialog_shown() -> bool:
        shown = app.logins.dialog
        return isinstance(shown, PinDialog) and "mons.example.be:8443" in shown.context.text()

    qtbot.waitUntil(second_dialog_shown, timeout=10000)
    type_pin(login_dialog(qtbot, app), "1234")
    token = second.answer(qtbot)
    assert validate_token(json.dumps(token), "https://mons.example.be:8443", nonces[1], validator("1.8"))


def test_the_signing_certificate_then_a_signature_that_verifies(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot)
    bridge = bridges()
    bridge.send("get-signing-certificate", origin=ORIGIN)
    share = login_dialog(qtbot, app, MessageDialog)
    assert "Signature" in share.text.text()  # the certificate's name is shown
    share.accept()
    answer = bridge.answer(qtbot)
    assert answer["supportedSignatureAlgorithms"]
    certificate = x509.load_der_x509_certificate(base64.b64decode(answer["certificate"]))

    signer = bridges()
    digest = hashlib.sha384(b"a municipal form").digest()
    signer.send(
        "sign",
        hash=base64.b64encode(digest).decode(),
        hashFunction="SHA-384",
        certificate=answer["certificate"],
        origin=ORIGIN,
    )
    dialog = login_dialog(qtbot, app)
    assert "sign a document" in dialog.context.text()
    type_pin(dialog, "1234")
    signed = signer.answer(qtbot)
    assert signed["signatureAlgorithm"] == {
        "cryptoAlgorithm": "ECC",
        "hashFunction": "SHA-384",
        "paddingScheme": "NONE",
    }
    raw = base64.b64decode(signed["signature"])
    half = len(raw) // 2
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    key = certificate.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(der, b"a municipal form", ec.ECDSA(hashes.SHA384()))
    assert log.commands[-1] == LOG_OFF


def test_a_signature_for_another_card_asks_for_that_card(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    log = insert(qtbot, app, card_slot)
    other_certificate = certificate_der(CardFile.SIGNATURE_CERTIFICATE, build_profile("1.8"))  # another card
    bridge = bridges()
    bridge.send(
        "sign",
        hash=base64.b64encode(hashlib.sha256(b"x").digest()).decode(),
        hashFunction="SHA-256",
        certificate=base64.b64encode(other_certificate).decode(),
        origin=ORIGIN,
    )
    waiting = login_dialog(qtbot, app, MessageDialog)
    assert "not the one" in waiting.text.text()
    waiting.reject()
    assert bridge.answer(qtbot)["error"]["code"] == "ERR_WEBEID_USER_CANCELLED"
    assert log.verifies == []


def test_silent_clients_do_not_keep_a_bridge_out(
    qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any
) -> None:
    """Connections that never speak (a process without the secret) hold only their own threads: a
    real bridge is answered at once beside them."""
    import socket

    from eidcompanion.ipc.paths import SOCKET_NAME, private_runtime_dir

    insert(qtbot, app, card_slot, tries_left=0)  # a blocked card: the answer needs no dialog
    silent = []
    for _ in range(4):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(private_runtime_dir(create=False) / SOCKET_NAME))
        silent.append(client)
    try:
        started = time.monotonic()
        bridge = bridges()
        bridge.send("authenticate", challengeNonce=new_nonce(), origin=ORIGIN)
        assert bridge.answer(qtbot)["error"]["code"] == "ERR_WEBEID_NATIVE_FATAL"  # the blocked advice
        assert time.monotonic() - started < 3  # not after the silent ones' handshake deadlines
    finally:
        for client in silent:
            client.close()
