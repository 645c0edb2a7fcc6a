"""The relay's wait for an app it had to start, with the start time shortened in-process.

test_bridge_process.py sees the same through the real script, but there the wait is the package's
full APP_START_SECONDS; here it is a fraction of a second, so the edge cases stay fast.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.bridge import relay
from eidcompanion.bridge.framing import encode_frame, read_frame
from eidcompanion.bridge.stdin_reader import StdinReader
from eidcompanion.webeid.requests import WebEidRequest

START_SECONDS = 0.5
REQUEST = WebEidRequest("get-signing-certificate", {"origin": "https://login.example.be"})


@dataclass
class Port:
    """The browser's end of the bridge's standard input."""

    stdin: StdinReader
    write_end: int
    closed: bool = False

    def send(self, data: bytes) -> None:
        os.write(self.write_end, data)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.write_end)


@dataclass
class Outcome:
    answer: dict[str, Any] | None = None
    error: BaseException | None = None
    seconds: float = 0.0
    done: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def no_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder where no app listens, and an app command that starts nothing."""
    if " " in str(tmp_path) or " " in sys.executable:
        pytest.skip("the bridge splits EIDCOMPANION_APP_COMMAND on spaces")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    marker = tmp_path / "app-was-started"
    fake_app = tmp_path / "fake_app.py"
    fake_app.write_text("import pathlib, sys\npathlib.Path(sys.argv[1]).touch()\n", encoding="utf-8")
    monkeypatch.setenv("EIDCOMPANION_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv(relay.APP_COMMAND_ENV, f"{sys.executable} {fake_app} {marker}")
    monkeypatch.setattr(relay, "APP_START_SECONDS", START_SECONDS)
    return marker


@pytest.fixture
def port() -> Iterator[Port]:
    read_end, write_end = os.pipe()
    browser = Port(StdinReader(read_end), write_end)
    try:
        yield browser
    finally:
        browser.close()  # also unblocks a relay thread stuck reading
        os.close(read_end)


def _relay_in_thread(stdin: StdinReader) -> Outcome:
    outcome = Outcome()

    def run() -> None:
        started = time.monotonic()
        try:
            outcome.answer = relay.relay(REQUEST, stdin)
        except BaseException as exc:
            outcome.error = exc
        finally:
            outcome.seconds = time.monotonic() - started
            outcome.done.set()

    threading.Thread(target=run, daemon=True).start()
    return outcome


def test_an_app_that_never_starts_gives_fatal_after_the_start_time(no_app: Path, port: Port) -> None:
    outcome = _relay_in_thread(port.stdin)
    assert outcome.done.wait(START_SECONDS + 5.0), "the relay never gave up on the app"
    assert outcome.error is None
    assert outcome.answer == relay.fatal("the eID Companion app did not start")
    assert outcome.answer["error"]["code"] == "ERR_WEBEID_NATIVE_FATAL"
    assert outcome.seconds >= START_SECONDS  # it did wait for the app
    assert no_app.exists(), "the app command was never run"


def test_a_port_closed_while_the_app_starts_stops_the_wait(no_app: Path, port: Port) -> None:
    outcome = _relay_in_thread(port.stdin)
    time.sleep(0.1)
    port.close()
    assert outcome.done.wait(2.0)
    assert isinstance(outcome.error, relay.PortClosedError)
    assert outcome.seconds < START_SECONDS  # not the whole start time: nobody is left to answer


def test_a_next_request_waiting_in_a_kept_port_does_not_stall_the_app_start(no_app: Path, port: Port) -> None:
    """With --keep-open the browser may send its next request before the answer to this one."""
    port.send(encode_frame(REQUEST.to_json()) + encode_frame({"command": "quit", "arguments": {}}))
    first = read_frame(port.stdin)  # the bridge has read the first request; the second is buffered
    assert first is not None
    outcome = _relay_in_thread(port.stdin)
    finished = outcome.done.wait(START_SECONDS + 3.0)
    port.close()  # unblocks the relay if it is stuck, so the thread ends either way
    outcome.done.wait(5.0)
    assert finished, "the relay was stuck reading stdin while the app was starting"
    assert outcome.answer is not None
    assert outcome.answer["error"]["code"] == "ERR_WEBEID_NATIVE_FATAL"
    assert read_frame(port.stdin) == b'{"command":"quit","arguments":{}}'  # the next request is intact
