"""The app's listener and the bridge's connection, for real, in one process (accept in a thread).

What must hold: only this user's processes that hold the secret get a channel; the bridge sends
nothing to an app that cannot prove it holds the secret; a client that stalls cannot keep the app
from serving the next one; nothing of the channel stays behind when the app closes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import stat
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import wait
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.ipc import channel
from eidcompanion.ipc.channel import (
    GREETING,
    MAX_MESSAGE_BYTES,
    NONCE_BYTES,
    AppListener,
    AppNotRunningError,
    Connection,
    PeerError,
    connect_to_app,
    peer_uid,
    receive_json,
    send_json,
)
from eidcompanion.ipc.hmac_sha256 import hmac_sha256
from eidcompanion.ipc.paths import RUNTIME_ENV, SECRET_FILE_NAME, SOCKET_NAME, STATE_NAME, private_runtime_dir
from eidcompanion.ipc.secret import SecretStore, create_secret
from tests.ipc.support import (
    TIMEOUT,
    MemoryKeyring,
    frame,
    in_thread,
    raw_client,
    read_frame,
    read_to_end,
    write_secret_file,
)

REQUEST = {"request": {"command": "authenticate", "origin": "https://login.example.be", "name": "Zoë"}}
ANSWER = {"answer": {"unverifiedCertificate": "MIIB...", "signature": "c2ln"}}


@contextlib.contextmanager
def connected(listener: AppListener) -> Iterator[tuple[Connection, Connection]]:
    """(the app's end, the bridge's end) of a channel through the real handshake."""
    accepted = in_thread(listener.accept)
    client = connect_to_app(listener.folder)
    try:
        server = accepted.result(TIMEOUT)
    except BaseException:
        client.close()
        raise
    with server, client:
        yield server, client


def assert_round_trip(listener: AppListener) -> None:
    with connected(listener) as (server, client):
        send_json(client, REQUEST)
        assert receive_json(server) == REQUEST
        send_json(server, ANSWER)
        assert receive_json(client) == ANSWER


def raw_view(connection: Connection) -> socket.socket:
    """A second handle on a connection's socket, to write what the package never would."""
    sock = socket.socket(fileno=os.dup(connection.fileno()))
    sock.settimeout(TIMEOUT)
    return sock


# The channel works


def test_messages_travel_both_ways_after_the_handshake(listener: AppListener) -> None:
    with connected(listener) as (server, client):
        send_json(client, REQUEST)
        assert receive_json(server) == REQUEST
        send_json(server, ANSWER)
        assert receive_json(client) == ANSWER
        send_json(server, {"second": [1, 2.5, None, True]})  # several messages on one channel
        assert receive_json(client) == {"second": [1, 2.5, None, True]}
        assert not server.poll(0)
        client.close()
        assert server.poll(TIMEOUT)  # the bridge leaving is seen at once (the app cancels the dialog)
        with pytest.raises(EOFError):
            receive_json(server)


def test_the_listener_serves_one_client_after_another(listener: AppListener) -> None:
    for _ in range(3):
        assert_round_trip(listener)


def test_the_app_json_names_the_pid_and_the_store_not_the_secret(runtime: Path, fail_keyring: None) -> None:
    secret, store = create_secret(runtime)
    with contextlib.closing(AppListener(runtime, secret, store)):
        text = (runtime / STATE_NAME).read_text(encoding="utf-8")
        state = json.loads(text)
        assert state["pid"] == os.getpid()
        assert SecretStore(state["secret"]) is SecretStore.FILE
        assert set(state) == {"pid", "secret"}
        assert secret.decode() not in text
        assert not (runtime / (STATE_NAME + ".tmp")).exists()


def test_the_app_json_with_the_keyring_store(runtime: Path, memory_keyring: MemoryKeyring) -> None:
    secret, store = create_secret(runtime)
    with contextlib.closing(AppListener(runtime, secret, store)) as listener:
        text = (runtime / STATE_NAME).read_text(encoding="utf-8")
        assert json.loads(text) == {"pid": os.getpid(), "secret": "keyring"}
        assert secret.decode() not in text
        assert sorted(p.name for p in runtime.iterdir()) == [STATE_NAME, SOCKET_NAME]
        assert_round_trip(listener)


@pytest.mark.usefixtures("umask0")
def test_the_socket_is_private_whatever_the_umask(runtime: Path, fail_keyring: None) -> None:
    secret, store = create_secret(runtime)
    with contextlib.closing(AppListener(runtime, secret, store)) as listener:
        info = listener.socket_path.lstat()
        assert stat.S_ISSOCK(info.st_mode)
        assert stat.S_IMODE(info.st_mode) == 0o600
        assert info.st_uid == os.getuid()
        assert stat.S_IMODE(runtime.lstat().st_mode) == 0o700
        assert stat.S_IMODE((runtime / SECRET_FILE_NAME).lstat().st_mode) == 0o600


def test_a_message_of_exactly_the_limit_arrives_one_byte_more_is_refused_unread(
    listener: AppListener,
) -> None:
    with connected(listener) as (server, client):
        empty = json.dumps({"blob": ""}, separators=(",", ":")).encode()  # as send_json writes it
        big = {"blob": "x" * (MAX_MESSAGE_BYTES - len(empty))}
        sending = in_thread(lambda: send_json(client, big))
        assert receive_json(server) == big
        sending.result(TIMEOUT)
        with raw_view(client) as raw:
            raw.sendall(struct.pack(">I", MAX_MESSAGE_BYTES + 1))  # the header alone: no body follows
            receiving = in_thread(lambda: receive_json(server))
            # Refused from the header: had it waited for the body, this would time out instead.
            with pytest.raises(PeerError, match="too large"):
                receiving.result(TIMEOUT)


@pytest.mark.parametrize("body", [b"not json", b"\xff\xfe\x00", b"[1, 2]", b'"text"', b"null", b""], ids=repr)
def test_a_message_that_is_not_a_json_object_is_refused(listener: AppListener, body: bytes) -> None:
    with connected(listener) as (server, client), raw_view(client) as raw:
        raw.sendall(frame(body))
        with pytest.raises(PeerError):
            receive_json(server)


# Who may connect: the secret


def test_a_client_with_the_wrong_secret_is_refused(listener: AppListener) -> None:
    write_secret_file(listener.folder, b"another-secret-than-the-apps")
    accepted = in_thread(listener.accept)
    with pytest.raises((PeerError, EOFError)):
        connect_to_app(listener.folder)  # no channel: nothing can be sent
    with pytest.raises(PeerError, match="does not hold the secret"):
        accepted.result(TIMEOUT)  # no channel for the app either: nothing can be received


def test_after_a_refused_client_the_right_one_is_served(listener: AppListener) -> None:
    right = (listener.folder / SECRET_FILE_NAME).read_bytes()
    write_secret_file(listener.folder, b"another-secret-than-the-apps")
    accepted = in_thread(listener.accept)
    with pytest.raises((PeerError, EOFError)):
        connect_to_app(listener.folder)
    with pytest.raises(PeerError):
        accepted.result(TIMEOUT)
    write_secret_file(listener.folder, right)
    assert_round_trip(listener)


def test_the_app_gives_no_proof_to_a_client_without_the_secret(listener: AppListener) -> None:
    """A client that guesses gets the app's proof for nothing (no oracle): only the end of the channel."""
    accepted = in_thread(listener.accept)
    with raw_client(listener.socket_path) as raw:
        greeting = read_frame(raw)
        assert greeting.startswith(GREETING)
        assert len(greeting) == len(GREETING) + NONCE_BYTES
        raw.sendall(frame(os.urandom(NONCE_BYTES) + os.urandom(32)))
        assert read_to_end(raw) == b""
    with pytest.raises(PeerError):
        accepted.result(TIMEOUT)


def test_each_greeting_has_a_fresh_nonce(listener: AppListener) -> None:
    """Fresh nonces: a recorded answer cannot be replayed."""
    greetings = []
    for _ in range(2):
        accepted = in_thread(listener.accept)
        with raw_client(listener.socket_path) as raw:
            greetings.append(read_frame(raw))
        with pytest.raises((EOFError, PeerError, OSError)):
            accepted.result(TIMEOUT)
    assert greetings[0] != greetings[1]


def test_a_replayed_answer_is_refused(listener: AppListener) -> None:
    """An answer recorded from a real bridge is worth nothing on the next connection."""
    secret = (listener.folder / SECRET_FILE_NAME).read_bytes().strip()
    accepted = in_thread(listener.accept)
    with raw_client(listener.socket_path) as raw:
        server_nonce = read_frame(raw)[len(GREETING) :]
        client_nonce = os.urandom(NONCE_BYTES)
        recorded = client_nonce + hmac_sha256(secret, b"client" + server_nonce + client_nonce)
        raw.sendall(frame(recorded))
        read_frame(raw)  # the app's proof: this one was genuine
    accepted.result(TIMEOUT).close()
    accepted = in_thread(listener.accept)
    with raw_client(listener.socket_path) as raw:
        read_frame(raw)
        raw.sendall(frame(recorded))
        assert read_to_end(raw) == b""
    with pytest.raises(PeerError):
        accepted.result(TIMEOUT)


def test_an_oversized_handshake_answer_is_refused_unread(listener: AppListener) -> None:
    accepted = in_thread(listener.accept)
    with raw_client(listener.socket_path) as raw:
        read_frame(raw)
        raw.sendall(struct.pack(">I", MAX_MESSAGE_BYTES + 1))
        with pytest.raises(PeerError, match="too large"):
            accepted.result(TIMEOUT)
        assert read_to_end(raw) == b""


# Who may be connected to: the bridge and an impostor app


@pytest.fixture
def impostor_folder(runtime: Path, fail_keyring: None) -> Path:
    """A folder where an app seems to run: its app.json and secret file, but an impostor's socket."""
    create_secret(runtime)
    (runtime / STATE_NAME).write_text(json.dumps({"pid": os.getpid(), "secret": "file"}), encoding="utf-8")
    return runtime


def impostor(folder: Path, script: Callable[[socket.socket], bytes]) -> Callable[[], bytes]:
    """A listening socket at the app's path; serves one client with ``script`` (its result: what the
    client sent afterwards)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / SOCKET_NAME))
    server.listen(1)
    server.settimeout(TIMEOUT)

    def serve() -> bytes:
        with server:
            conn, _ = server.accept()
            with conn:
                conn.settimeout(TIMEOUT)
                return script(conn)

    return serve


def _random_proof(_server_nonce: bytes, _answer: bytes) -> bytes:
    return os.urandom(32)


def _reflected_proof(_server_nonce: bytes, answer: bytes) -> bytes:
    return answer[NONCE_BYTES:]  # the client's own proof, sent back


def _proof_under_another_secret(server_nonce: bytes, answer: bytes) -> bytes:
    return hmac_sha256(b"the impostor's secret", b"server" + answer[:NONCE_BYTES] + server_nonce)


def _empty_proof(_server_nonce: bytes, _answer: bytes) -> bytes:
    return b""


@pytest.mark.parametrize(
    "wrong_proof", [_random_proof, _reflected_proof, _proof_under_another_secret, _empty_proof]
)
def test_the_bridge_sends_no_request_to_an_app_without_the_secret(
    impostor_folder: Path, wrong_proof: Callable[[bytes, bytes], bytes]
) -> None:
    def script(conn: socket.socket) -> bytes:
        server_nonce = os.urandom(NONCE_BYTES)
        conn.sendall(frame(GREETING + server_nonce))
        answer = read_frame(conn)
        conn.sendall(frame(wrong_proof(server_nonce, answer)))
        return read_to_end(conn)

    served = in_thread(impostor(impostor_folder, script))
    with pytest.raises(PeerError, match="does not hold the secret"):
        connect_to_app(impostor_folder)
    assert served.result(TIMEOUT) == b""  # after the wrong proof: nothing, the bridge hung up


@pytest.mark.parametrize(
    "greeting",
    [b"", b"EIDC1", GREETING + b"\0" * (NONCE_BYTES - 1), GREETING + b"\0" * (NONCE_BYTES + 1), b"X" * 37],
    ids=["empty", "no-nonce", "short-nonce", "long-nonce", "other-greeting"],
)
def test_the_bridge_answers_nothing_to_a_stranger_greeting(impostor_folder: Path, greeting: bytes) -> None:
    def script(conn: socket.socket) -> bytes:
        conn.sendall(frame(greeting))
        return read_to_end(conn)

    served = in_thread(impostor(impostor_folder, script))
    with pytest.raises(PeerError, match=r"does not speak|too large"):
        connect_to_app(impostor_folder)
    assert served.result(TIMEOUT) == b""  # not even the client's proof


def test_the_bridge_gives_up_on_an_app_that_never_proves(
    impostor_folder: Path, short_handshake: float
) -> None:
    release = threading.Event()

    def script(conn: socket.socket) -> bytes:
        conn.sendall(frame(GREETING + os.urandom(NONCE_BYTES)))
        read_frame(conn)
        release.wait(TIMEOUT)  # never proves anything
        return b""

    served = in_thread(impostor(impostor_folder, script))
    start = time.monotonic()
    with pytest.raises(OSError):  # noqa: PT011 - socket.timeout; the relay reports any OSError
        connect_to_app(impostor_folder)
    assert time.monotonic() - start < short_handshake + 1.5
    release.set()
    served.result(TIMEOUT)


# A stalling client


def test_a_silent_client_does_not_block_the_next_one(listener: AppListener, short_handshake: float) -> None:
    with raw_client(listener.socket_path) as silent:
        first = in_thread(listener.accept)
        start = time.monotonic()
        done, _ = wait([first], timeout=TIMEOUT)
        assert first in done, "accept still waits for a client that says nothing"
        elapsed = time.monotonic() - start
        assert isinstance(first.exception(), OSError)  # the handshake's deadline (socket.timeout)
        assert short_handshake * 0.8 <= elapsed < short_handshake + 1.5
        read_frame(silent)  # it was greeted, then dropped
        assert read_to_end(silent) == b""
        assert_round_trip(listener)


def test_a_trickling_client_does_not_block_the_next_one(
    listener: AppListener, short_handshake: float
) -> None:
    stop = threading.Event()
    with raw_client(listener.socket_path) as slow:

        def trickle() -> None:
            slow.sendall(struct.pack(">I", NONCE_BYTES + 32))  # announces a normal-size answer
            for _ in range(NONCE_BYTES + 31):  # never the last byte
                if stop.wait(short_handshake / 3):
                    return
                try:
                    slow.sendall(b"\0")
                except (BrokenPipeError, ConnectionResetError):
                    return  # the app gave up on it: what the test wants

        trickling = in_thread(trickle)
        accepted = in_thread(listener.accept)
        try:
            done, _ = wait([accepted], timeout=short_handshake * 3)
        finally:
            stop.set()
            trickling.result(TIMEOUT)
    assert accepted in done, "accept() is still held by the trickling client"


# Who may connect: this user only


@pytest.mark.skipif(os.geteuid() != 0, reason="dropping to another user (os.setuid) needs root")
def test_another_user_cannot_reach_the_socket(monkeypatch: pytest.MonkeyPatch, fail_keyring: None) -> None:
    """The folder (0700) and the socket (0600) keep uid 65534 out; the parent is open to it, so only
    the package's own modes stop it."""
    base = Path(tempfile.mkdtemp(prefix="eidc-ipc-"))
    try:
        base.chmod(0o755)
        monkeypatch.setenv(RUNTIME_ENV, str(base / "run"))
        folder = private_runtime_dir(create=True)
        secret, store = create_secret(folder)
        with contextlib.closing(AppListener(folder, secret, store)) as listener:
            report = _run_as_nobody(base, listener.socket_path)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    assert report == {
        "uid": 65534,
        "list the parent": "ok",  # the control: it could walk up to the folder
        "list the folder": "PermissionError",
        "connect to the socket": "PermissionError",
        "connect_to_app": "AppNotRunningError",
    }


def _run_as_nobody(base: Path, socket_path: Path) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            report: dict[str, Any] = {"uid": os.getuid()}

            def attempt(name: str, action: Callable[[], object]) -> None:
                try:
                    action()
                    report[name] = "ok"
                except Exception as exc:
                    report[name] = type(exc).__name__

            def connect() -> None:
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sock.settimeout(TIMEOUT)
                    sock.connect(str(socket_path))

            attempt("list the parent", lambda: os.listdir(base))
            attempt("list the folder", lambda: os.listdir(socket_path.parent))
            attempt("connect to the socket", connect)
            attempt("connect_to_app", lambda: connect_to_app(socket_path.parent).close())
            os.write(write_end, json.dumps(report).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    result: dict[str, Any] = json.loads(output)
    return result


def test_the_app_refuses_another_user_before_saying_anything(
    listener: AppListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SO_PEERCRED first: another user's process learns nothing, not even a nonce."""
    monkeypatch.setattr(channel, "peer_uid", lambda _sock: os.getuid() + 1)
    accepted = in_thread(listener.accept)
    with raw_client(listener.socket_path) as raw:
        with pytest.raises(PeerError, match=f"user {os.getuid() + 1}"):
            accepted.result(TIMEOUT)
        assert read_to_end(raw) == b""


def test_the_bridge_refuses_an_app_of_another_user_before_saying_anything(
    impostor_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def script(conn: socket.socket) -> bytes:
        with contextlib.suppress(BrokenPipeError):  # the bridge may have hung up already
            conn.sendall(frame(GREETING + os.urandom(NONCE_BYTES)))
        return read_to_end(conn)

    served = in_thread(impostor(impostor_folder, script))
    monkeypatch.setattr(channel, "peer_uid", lambda _sock: os.getuid() + 1)
    with pytest.raises(PeerError, match="runs as user"):
        connect_to_app(impostor_folder)
    assert served.result(TIMEOUT) == b""


def test_peer_uid_is_this_users_on_a_local_socket() -> None:
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        assert peer_uid(left) == os.getuid()
        channel.check_same_user(left)  # no error


# No app


def test_no_app_json_means_no_app(runtime: Path) -> None:
    with pytest.raises(AppNotRunningError):
        connect_to_app(runtime)


@pytest.mark.parametrize(
    "state", ["", "{", "[]", '{"pid": 1}', '{"pid": 1, "secret": "elsewhere"}', '{"pid": 1, "secret": null}']
)
def test_an_unusable_app_json_means_no_app(runtime: Path, state: str) -> None:
    (runtime / STATE_NAME).write_text(state, encoding="utf-8")
    with pytest.raises(AppNotRunningError):
        connect_to_app(runtime)


@pytest.mark.parametrize("socket_left", [True, False], ids=["stale-socket", "no-socket"])
def test_an_app_that_died_means_no_app(impostor_folder: Path, socket_left: bool) -> None:
    """app.json and the secret of an app that was killed, with its socket file or without."""
    if socket_left:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
            dead.bind(str(impostor_folder / SOCKET_NAME))  # bound, never listening: connections refused
    with pytest.raises(AppNotRunningError, match="nobody listens"):
        connect_to_app(impostor_folder)


def test_a_new_app_replaces_a_stale_socket(impostor_folder: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(impostor_folder / SOCKET_NAME))
    secret, store = create_secret(impostor_folder)
    with contextlib.closing(AppListener(impostor_folder, secret, store)) as listener:
        assert_round_trip(listener)


# Closing


def test_close_leaves_nothing_behind(runtime: Path, fail_keyring: None) -> None:
    secret, store = create_secret(runtime)
    listener = AppListener(runtime, secret, store)
    assert_round_trip(listener)
    assert sorted(p.name for p in runtime.iterdir()) == sorted([STATE_NAME, SOCKET_NAME, SECRET_FILE_NAME])
    listener.close()
    assert list(runtime.iterdir()) == []
    listener.close()  # twice is fine (at quit, from two paths)
    with pytest.raises(AppNotRunningError):
        connect_to_app(runtime)


def test_close_with_the_keyring_store_keeps_the_keyring_secret(
    runtime: Path, memory_keyring: MemoryKeyring
) -> None:
    secret, store = create_secret(runtime)
    AppListener(runtime, secret, store).close()
    assert list(runtime.iterdir()) == []
    assert create_secret(runtime) == (secret, SecretStore.KEYRING)  # the next start reuses it


def test_wake_unblocks_a_waiting_accept(listener: AppListener) -> None:
    """How the app stops its listening thread: the probe's connection ends the wait."""
    accepted = in_thread(listener.accept)
    time.sleep(0.05)  # let it block in accept (the test passes either way; this makes it meaningful)
    listener.wake()
    done, _ = wait([accepted], timeout=TIMEOUT)
    assert accepted in done
    assert isinstance(accepted.exception(), (EOFError, OSError, PeerError))
