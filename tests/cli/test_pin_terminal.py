"""PIN entry on a real terminal (a pseudo-terminal): tries shown first, echo off, nothing retried."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from tests.helpers import cli_environment, stop_process


def converse(arguments: list[str], answers: list[tuple[str, str]], timeout: float = 30.0) -> tuple[int, str]:
    """Run the command on a pseudo-terminal; when ``prompt`` appears, type ``reply``."""
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "eidcompanion", *arguments],
            stdin=terminal,
            stdout=terminal,
            stderr=terminal,
            start_new_session=True,
            env=cli_environment(),
        )
    except BaseException:
        os.close(controller)
        raise
    finally:
        os.close(terminal)
    output = b""
    try:
        pending = list(answers)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _w, _x = select.select([controller], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            if pending and pending[0][0].encode() in output:
                os.write(controller, (pending.pop(0)[1] + "\n").encode())
            if process.poll() is not None and not ready:
                break
        try:
            code = process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pytest.fail(
                f"still running after {timeout} s; the terminal shows: {output.decode(errors='replace')!r}"
            )
    finally:
        stop_process(process)  # still running at the deadline (a prompt never came): killed, not left behind
        os.close(controller)
    return code, output.decode(errors="replace")


def test_the_pin_is_asked_with_the_tries_left_and_never_echoed() -> None:
    code, output = converse(["pin", "verify", "--virtual", "1.8"], [("PIN (tries left: 3): ", "1234")])
    assert code == 0, output
    assert "The PIN is correct." in output
    assert "1234" not in output  # echo was off


def test_a_wrong_pin_on_the_terminal_is_tried_once() -> None:
    code, output = converse(["pin", "verify", "--virtual", "1.7"], [("PIN (tries left: 3): ", "9999")])
    assert code == 11
    assert "Wrong PIN. Tries left before the card blocks the PIN: 2." in output
    assert output.count("PIN (") == 1  # asked once, never retried on its own
    assert "9999" not in output


def test_changing_the_pin_asks_twice_for_the_new_one() -> None:
    code, output = converse(
        ["pin", "change", "--virtual", "1.8"],
        [
            ("Current PIN (tries left: 3): ", "1234"),
            ("New PIN (4 to 12 digits): ", "2468"),
            ("New PIN again: ", "2469"),
        ],
    )
    assert code == 2
    assert "not the same" in output
    assert "2468" not in output


def test_without_a_terminal_the_pin_is_not_read_with_echo() -> None:
    """No controlling terminal (a service, a pipe): getpass would echo the PIN; we refuse instead."""
    result = subprocess.run(
        [sys.executable, "-m", "eidcompanion", "pin", "verify", "--virtual", "1.8"],
        input="1234\n",
        capture_output=True,
        text=True,
        start_new_session=True,  # no controlling terminal, so /dev/tty cannot be opened
        env=cli_environment(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "--pin-stdin" in result.stderr
    assert "Warning" not in result.stderr
    assert "The PIN is correct." not in result.stdout
