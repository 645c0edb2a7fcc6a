"""When no app runs, the bridge starts one (in the tray, detached from the browser) and waits for it.

A blocked card is in the reader, so the login ends without anyone typing: the started app reads the
card, sees the PIN blocked, shows the advice and answers the page. The answer proves the whole cold
path: the bridge found no app, started the real ``eidcompanion app --background``, the app created its
private socket and secret, read the card through the private pcscd, and answered over the channel.
"""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from eidcompanion.ipc.paths import STATE_NAME
from eidcompanion.simulator.profile import build_profile
from eidcompanion.webeid.nonces import new_nonce
from tests.conftest import CardSlot

pytestmark = pytest.mark.realstack

BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"


def _frame(message: Mapping[str, object]) -> bytes:
    body = json.dumps(message).encode()
    return struct.pack("=I", len(body)) + body


def _read_frame(stream: object) -> dict[str, object]:
    read = stream.read  # type: ignore[attr-defined]
    (length,) = struct.unpack("=I", read(4))
    return dict(json.loads(read(length)))


def test_the_bridge_starts_the_app_and_the_app_answers(card_slot: CardSlot, tmp_path: Path) -> None:
    card_slot.insert(build_profile("1.8", tries_left=0))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    environment = {key: value for key, value in os.environ.items() if key != "EIDCOMPANION_APP_COMMAND"} | {
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    bridge = subprocess.Popen(
        [str(BRIDGE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )
    state = runtime / "eidcompanion" / STATE_NAME
    try:
        assert bridge.stdin is not None
        assert "version" in _read_frame(bridge.stdout)
        assert not state.exists()  # no app runs yet
        started = time.monotonic()
        request = {
            "command": "authenticate",
            "arguments": {"challengeNonce": new_nonce(), "origin": "https://a.be"},
        }
        bridge.stdin.write(_frame(request))
        bridge.stdin.flush()
        answer = _read_frame(bridge.stdout)
        waited = time.monotonic() - started
        assert answer["error"] == {
            "code": "ERR_WEBEID_NATIVE_FATAL",
            "message": "the PIN of the card is blocked",
        }
        assert bridge.wait(timeout=10) == 0
        assert state.exists()  # the app it started still runs: it serves the next login
        print(f"cold start to answer: {waited:.2f} s")
        assert waited < 30
    finally:
        if bridge.poll() is None:
            bridge.kill()
        bridge.wait()
        if state.exists():
            os.kill(json.loads(state.read_text())["pid"], signal.SIGTERM)
            deadline = time.monotonic() + 10
            while state.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
    assert not state.exists(), "SIGTERM ends the app cleanly: its socket and state file are gone"
