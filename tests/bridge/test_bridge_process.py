"""The real ``eidcompanion-bridge`` console script, spoken to the way the browsers speak to it.

Each test starts the installed script with a private, empty runtime folder (so it can never reach
a running app) and a fake app command that starts nothing, then writes native-messaging frames to
its standard input and reads what comes back on standard output, as Chromium and Firefox do
(web-eid.md, "Native messaging"). Nothing here is mocked: what these tests see is what a browser sees.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pytest

from eidcompanion.bridge.framing import MAX_ANSWER_BYTES

BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"
INVALID_ARGUMENT = "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
FATAL = "ERR_WEBEID_NATIVE_FATAL"
# semver.org's own pattern: what the Web eID extension checks the handshake with (no 4-part versions)
SEMVER = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
    r"(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$"
)
ORIGIN = "https://login.example.be"
NONCE = "A" * 43 + "="
STARTUP_TIMEOUT = 15.0
"""Generous: the first start of an interpreter on a cold CI runner can take seconds."""
APP_START_BOUND = 40.0
"""How long the test waits for the bridge to give up on an app that never starts."""


# -- frames, written and read independently of the package's own framing ----------------------


def frame(message: object) -> bytes:
    """One native-messaging frame, as the browser writes it."""
    return frame_bytes(json.dumps(message, separators=(",", ":")).encode("utf-8"))


def frame_bytes(body: bytes) -> bytes:
    return len(body).to_bytes(4, sys.byteorder) + body


def read_frames(data: bytes) -> list[dict[str, Any]]:
    """Every frame in ``data``; fails the test on a stray byte, a cut frame or a body that is not
    compact UTF-8 JSON of an object (what the browser would choke on)."""
    frames = []
    position = 0
    while position < len(data):
        assert len(data) - position >= 4, f"stray bytes on stdout: {data[position:]!r}"
        length = int.from_bytes(data[position : position + 4], sys.byteorder)
        assert length <= MAX_ANSWER_BYTES, f"a frame of {length} bytes: the browser drops the port"
        body = data[position + 4 : position + 4 + length]
        assert len(body) == length, f"a frame announced {length} bytes and brought {len(body)}"
        message = json.loads(body.decode("utf-8"))
        assert isinstance(message, dict), f"a frame that is not a JSON object: {body!r}"
        assert body == json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        frames.append(message)
        position += 4 + length
    return frames


def _error_code(message: dict[str, Any]) -> str:
    error = message.get("error")
    assert isinstance(error, dict), f"not an error answer: {message}"
    assert isinstance(error.get("message"), str)
    return str(error.get("code"))


# -- the bridge process -------------------------------------------------------------------------


class Bridge:
    """A running bridge; frames are read with a deadline so that no test can hang."""

    def __init__(
        self, env: dict[str, str], *arguments: str, stdin: int | IO[bytes] = subprocess.PIPE
    ) -> None:
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close(), after the process
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [str(BRIDGE), *arguments], stdin=stdin, stdout=subprocess.PIPE, stderr=self._stderr, env=env
        )
        self._pending = bytearray()
        self._eof = False

    def __enter__(self) -> Bridge:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._stderr.close()

    def _fill(self, deadline: float) -> bool:
        """Read what stdout has; False when nothing came before the deadline."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        import select

        readable, _, _ = select.select([fd], [], [], remaining)
        if not readable:
            return False
        chunk = os.read(fd, 65536)
        if chunk:
            self._pending += chunk
        else:
            self._eof = True
        return True

    def _complete_frame(self) -> bytes | None:
        if len(self._pending) < 4:
            return None
        length = int.from_bytes(self._pending[:4], sys.byteorder)
        if len(self._pending) < 4 + length:
            return None
        raw = bytes(self._pending[: 4 + length])
        del self._pending[: 4 + length]
        return raw

    def next_frame(self, timeout: float) -> dict[str, Any] | None:
        """The next frame; None when stdout ended (fails on stray bytes or at the deadline)."""
        deadline = time.monotonic() + timeout
        while True:
            raw = self._complete_frame()
            if raw is not None:
                (message,) = read_frames(raw)
                return message
            if self._eof:
                assert not self._pending, f"stray bytes on stdout: {bytes(self._pending)!r}"
                return None
            if not self._fill(deadline):
                pytest.fail(f"no frame within {timeout} s; stderr: {self.stderr()}")

    def rest(self, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Every frame until stdout ends."""
        deadline = time.monotonic() + timeout
        while not self._eof:
            if not self._fill(deadline):
                pytest.fail(f"stdout still open after {timeout} s; stderr: {self.stderr()}")
        data, self._pending = bytes(self._pending), bytearray()
        return read_frames(data)

    def send(self, data: bytes) -> float:
        """Write ``data`` to the bridge's stdin (kept open); the time when it was written."""
        assert self.process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self.process.stdin.write(data)
            self.process.stdin.flush()
        return time.perf_counter()

    def close_stdin(self) -> float:
        assert self.process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self.process.stdin.close()
        return time.perf_counter()

    def wait(self, timeout: float = 10.0) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the bridge still runs after {timeout} s; stderr: {self.stderr()}")

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")


@pytest.fixture
def bridge_env(tmp_path: Path) -> dict[str, str]:
    """A private, empty runtime folder and an app command that starts nothing."""
    if " " in str(tmp_path) or " " in sys.executable:
        pytest.skip("the bridge splits EIDCOMPANION_APP_COMMAND on spaces")
    if not BRIDGE.is_file():
        pytest.skip(f"{BRIDGE} is not installed (pip install -e .)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    env = {key: value for key, value in os.environ.items() if not key.startswith("EIDCOMPANION_")}
    env["EIDCOMPANION_RUNTIME_DIR"] = str(runtime)
    env["EIDCOMPANION_APP_COMMAND"] = f"{sys.executable} -c pass"
    return env


@contextlib.contextmanager
def connected(env: dict[str, str], *arguments: str) -> Iterator[tuple[Bridge, dict[str, Any]]]:
    """A bridge started as connectNative starts it, and the version frame it wrote first."""
    with Bridge(env, *arguments) as bridge:
        version = bridge.next_frame(STARTUP_TIMEOUT)
        assert version is not None, f"the bridge said nothing; stderr: {bridge.stderr()}"
        yield bridge, version


def _assert_version_frame(message: dict[str, Any]) -> None:
    assert set(message) == {"version"}
    version = message["version"]
    assert isinstance(version, str)
    match = SEMVER.fullmatch(version)
    assert match, f"{version!r} is not SemVer: the extension refuses it (ERR_WEBEID_VERSION_INVALID)"
    assert int(match["major"]) >= 2, f"{version!r}: a major below 2 is ERR_WEBEID_VERSION_MISMATCH"


def test_the_semver_check_refuses_what_the_extension_refuses() -> None:
    assert SEMVER.fullmatch("2.9.0+0")
    assert SEMVER.fullmatch("2.9.0-rc.1+eidcompanion")
    for wrong in ("2.9.0.0", "2.9", "v2.9.0", "2.9.0+", "02.9.0", ""):
        assert not SEMVER.fullmatch(wrong), wrong


# -- connectNative: version first, one command, its answer, exit -----------------------------


def test_connect_native_gets_the_version_first_then_quit_answers_and_exits(
    bridge_env: dict[str, str],
) -> None:
    with connected(bridge_env) as (bridge, version):
        _assert_version_frame(version)
        bridge.send(frame({"command": "quit", "arguments": {}}))
        assert bridge.next_frame(10.0) == {}
        assert bridge.wait() == 0
        assert bridge.rest() == []


def test_quit_with_lang_is_answered_too(bridge_env: dict[str, str]) -> None:
    with connected(bridge_env) as (bridge, _version):
        bridge.send(frame({"command": "quit", "arguments": {"lang": "nl"}}))
        assert bridge.rest() == [{}]
        assert bridge.wait() == 0


def test_a_closed_port_after_the_version_ends_the_bridge_quietly(bridge_env: dict[str, str]) -> None:
    """The browser disconnected (the tab closed): no frame, exit 0."""
    with connected(bridge_env) as (bridge, version):
        _assert_version_frame(version)
        closed = bridge.close_stdin()
        assert bridge.wait() == 0
        assert time.perf_counter() - closed < 1.0
        assert bridge.rest() == []
        assert "Traceback" not in bridge.stderr()


def test_keep_open_still_ends_on_a_request_the_protocol_refuses(bridge_env: dict[str, str]) -> None:
    with connected(bridge_env, "--keep-open") as (bridge, version):
        _assert_version_frame(version)
        bridge.send(
            frame({"command": "authenticate", "arguments": {"challengeNonce": "short", "origin": ORIGIN}})
        )
        message = bridge.next_frame(10.0)
        assert message is not None
        assert _error_code(message) == INVALID_ARGUMENT
        bridge.wait(timeout=1.0)  # the port closes: nothing more is served on it
        assert bridge.rest() == []


# -- sendNativeMessage: the request is waiting at start, the answer comes alone -----------------


def test_send_native_message_gets_only_the_answer(bridge_env: dict[str, str]) -> None:
    """subprocess.run writes stdin at once, like the browser writes its one message."""
    result = subprocess.run(
        [str(BRIDGE)],
        input=frame({"command": "quit", "arguments": {}}),
        capture_output=True,
        env=bridge_env,
        timeout=STARTUP_TIMEOUT,
        check=False,
    )
    assert read_frames(result.stdout) == [{}], result.stderr.decode()
    assert result.returncode == 0


def test_send_native_message_with_the_request_in_stdin_before_the_start(bridge_env: dict[str, str]) -> None:
    """The request is in the pipe before the process exists, and the browser keeps the pipe open."""
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, frame({"command": "quit", "arguments": {"lang": "fr"}}))
        with os.fdopen(read_end, "rb", closefd=True) as stdin, Bridge(bridge_env, stdin=stdin) as bridge:
            assert bridge.rest() == [{}]
            assert bridge.wait() == 0
    finally:
        os.close(write_end)


def test_send_native_message_with_a_bad_request_gets_only_the_error(bridge_env: dict[str, str]) -> None:
    result = subprocess.run(
        [str(BRIDGE)],
        input=frame(
            {"command": "authenticate", "arguments": {"challengeNonce": NONCE, "origin": "http://ex.be"}}
        ),
        capture_output=True,
        env=bridge_env,
        timeout=STARTUP_TIMEOUT,
        check=False,
    )
    frames = read_frames(result.stdout)
    assert len(frames) == 1, frames
    assert _error_code(frames[0]) == INVALID_ARGUMENT


# -- malformed input: one error frame, then exit at once --------------------------------------

_OVERSIZED = b'{"a":"' + b"x" * (8193 - 8) + b'"}'
MALFORMED: dict[str, bytes] = {
    "frame-of-8193-bytes": frame_bytes(_OVERSIZED),
    "header-announcing-100000-bytes": (100_000).to_bytes(4, sys.byteorder),
    "frame-under-5-bytes": frame_bytes(b"{}"),
    "malformed-json": frame_bytes(b'{"command":"quit","arguments":{}'),
    "not-utf8": frame_bytes(b'{"command":"\xff\xfe"}'),
    "json-array": frame([{"command": "quit", "arguments": {}}]),
    "unknown-command": frame({"command": "status", "arguments": {}}),
    "extra-member": frame({"command": "quit", "arguments": {}, "id": 1}),
    "argument-of-wrong-type": frame({"command": "get-signing-certificate", "arguments": {"origin": 443}}),
    "missing-origin": frame({"command": "authenticate", "arguments": {"challengeNonce": NONCE}}),
    "http-origin": frame(
        {"command": "authenticate", "arguments": {"challengeNonce": NONCE, "origin": "http://ex.be"}}
    ),
    "nonce-of-43": frame(
        {"command": "authenticate", "arguments": {"challengeNonce": "A" * 43, "origin": ORIGIN}}
    ),
    "nonce-of-129": frame(
        {"command": "authenticate", "arguments": {"challengeNonce": "A" * 129, "origin": ORIGIN}}
    ),
    "sign-hash-too-short": frame(
        {
            "command": "sign",
            "arguments": {"hash": "AAAA", "hashFunction": "SHA-256", "certificate": "MIIB", "origin": ORIGIN},
        }
    ),
}
assert len(MALFORMED["frame-of-8193-bytes"]) == 4 + 8193


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_input_gets_one_invalid_argument_frame_and_a_prompt_exit(
    bridge_env: dict[str, str], name: str
) -> None:
    with connected(bridge_env) as (bridge, version):
        _assert_version_frame(version)
        written = bridge.send(MALFORMED[name])  # stdin stays open: the bridge must not wait for more
        bridge.wait(timeout=10.0)
        elapsed = time.perf_counter() - written
        frames = bridge.rest()
        assert len(frames) == 1, frames
        assert _error_code(frames[0]) == INVALID_ARGUMENT
        assert elapsed < 1.0, f"the bridge took {elapsed:.2f} s to exit after {name}"
        assert "Traceback" not in bridge.stderr()


def test_an_origin_with_a_lone_surrogate_gets_an_invalid_argument_frame(bridge_env: dict[str, str]) -> None:
    """JSON may escape a lone surrogate (valid JSON, valid UTF-8 on the wire); the answer must still come."""
    body = b'{"command":"get-signing-certificate","arguments":{"origin":"https://\\ud800\\uff03"}}'
    with connected(bridge_env) as (bridge, _version):
        written = bridge.send(frame_bytes(body))
        bridge.wait(timeout=10.0)
        elapsed = time.perf_counter() - written
        frames = bridge.rest()
        assert len(frames) == 1, f"frames {frames}; stderr: {bridge.stderr()[-300:]}"
        assert _error_code(frames[0]) == INVALID_ARGUMENT
        assert elapsed < 1.0


# -- a valid request with no app: the bridge tries to start it, then says it failed ---------------


def test_authenticate_without_an_app_answers_fatal(bridge_env: dict[str, str], tmp_path: Path) -> None:
    """The bridge waits EIDCOMPANION_APP_START_SECONDS (2 s here) for the app it started, then says so."""
    marker = tmp_path / "app-was-started"
    fake_app = tmp_path / "fake_app.py"
    fake_app.write_text("import pathlib, sys\npathlib.Path(sys.argv[1]).touch()\n", encoding="utf-8")
    env = dict(bridge_env)
    env["EIDCOMPANION_APP_COMMAND"] = f"{sys.executable} {fake_app} {marker}"
    env["EIDCOMPANION_BRIDGE_LOG"] = "DEBUG"  # logs go to stderr: stdout stays frames only
    env["EIDCOMPANION_APP_START_SECONDS"] = "2"
    bound = APP_START_BOUND
    with connected(env) as (bridge, version):
        _assert_version_frame(version)
        written = bridge.send(
            frame({"command": "authenticate", "arguments": {"challengeNonce": NONCE, "origin": ORIGIN}})
        )
        answer = bridge.next_frame(bound)
        waited = time.perf_counter() - written
        assert answer is not None, f"no answer; stderr: {bridge.stderr()}"
        assert _error_code(answer) == FATAL
        assert bridge.wait() == 0
        assert bridge.rest() == []
        assert 2.0 <= waited < 10.0  # it did wait for the app, and not forever
    assert marker.exists(), "the bridge never ran the app command"


# -- start-up: no Qt, no pyscard, and a handshake about as fast as the interpreter ---------------


def _loaded_after_import(code: str) -> set[str]:
    program = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(result.stdout))


def test_the_bridge_loads_neither_qt_nor_pyscard() -> None:
    loaded = _loaded_after_import("import eidcompanion.bridge.main, eidcompanion.bridge.relay")
    assert "eidcompanion.bridge.relay" in loaded  # the check sees what was imported
    assert not sorted(name for name in loaded if name.startswith("PySide6"))
    assert not sorted(name for name in loaded if name.startswith("smartcard"))


def test_the_handshake_needs_nothing_beyond_the_bridge_package() -> None:
    """main writes the version before it imports the Web eID checks, the channel or the keyring."""
    loaded = _loaded_after_import("import eidcompanion.bridge.main")
    ours = {name for name in loaded if name.startswith("eidcompanion.")}
    assert ours <= {
        "eidcompanion.bridge",
        "eidcompanion.bridge.main",
        "eidcompanion.bridge.framing",
        "eidcompanion.bridge.stdin_reader",
    }, sorted(ours)
    assert not {name for name in loaded if name.split(".")[0] in {"keyring", "cryptography", "PySide6"}}


def test_the_version_comes_about_as_fast_as_a_bare_interpreter_starts(bridge_env: dict[str, str]) -> None:
    bridge_times = []
    python_times = []
    for _ in range(10):
        with Bridge(bridge_env) as bridge:
            version = bridge.next_frame(STARTUP_TIMEOUT)
            bridge_times.append(time.perf_counter() - bridge.started)
            assert version is not None
            _assert_version_frame(version)
            bridge.close_stdin()
            assert bridge.wait() == 0
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], timeout=STARTUP_TIMEOUT, check=True)
        python_times.append(time.perf_counter() - started)
    bridge_median = statistics.median(bridge_times)
    python_median = statistics.median(python_times)
    print(
        f"median time to the version frame {bridge_median * 1000:.0f} ms, "
        f"median python -c pass {python_median * 1000:.0f} ms"
    )
    assert bridge_median < 3 * python_median
