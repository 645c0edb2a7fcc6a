"""``browser-setup --offer`` (what ./run.sh runs once): a question in the citizen's language in a
terminal, Enter or "yes" registers, "no" only says how to do it later; without a terminal, nothing."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _environment(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "LANGUAGE": ""}


def _in_a_terminal(arguments: list[str], home: Path, reply: str) -> tuple[int, str]:
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "eidcompanion", *arguments],
        stdin=terminal, stdout=terminal, stderr=terminal, start_new_session=True, env=_environment(home),
    )  # fmt: skip
    os.close(terminal)
    output, replied = b"", False
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            if select.select([controller], [], [], 0.1)[0]:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
                if not replied and b"]" in output:
                    os.write(controller, reply.encode() + b"\n")
                    replied = True
            elif process.poll() is not None:
                break
        return process.wait(timeout=10), output.decode("utf-8", "replace")
    finally:
        if process.poll() is None:
            process.kill()
        os.close(controller)


@pytest.mark.parametrize("reply", ["", "o", "oui"])
def test_yes_in_french_registers_the_browser(tmp_path: Path, reply: str) -> None:
    code, output = _in_a_terminal(
        ["--lang", "fr", "browser-setup", "--offer", "--browser", "firefox"], tmp_path, reply
    )
    assert code == 0, output
    assert "Permettre aux sites web" in output
    assert "[O/n]" in output
    assert (tmp_path / ".mozilla/native-messaging-hosts/eu.webeid.json").is_file()


def test_no_registers_nothing_and_says_how_to_do_it_later(tmp_path: Path) -> None:
    code, output = _in_a_terminal(
        ["--lang", "nl", "browser-setup", "--offer", "--browser", "firefox"], tmp_path, "n"
    )
    assert code == 0, output
    assert "eidcompanion browser-setup" in output
    assert not (tmp_path / ".mozilla").exists()


def test_without_a_terminal_nothing_is_registered(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eidcompanion", "--lang=de", "browser-setup", "--offer", "--browser=firefox"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, env=_environment(tmp_path),
        check=False,
    )  # fmt: skip
    assert result.returncode == 0
    assert "später" in result.stderr
    assert not (tmp_path / ".mozilla").exists()
