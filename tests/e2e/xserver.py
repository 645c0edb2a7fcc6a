"""A private X server (Xvfb) with its own display number and cookie, for real windows in tests and
benchmarks: nothing of this machine's desktop is touched."""

from __future__ import annotations

import os
import secrets
import select
import shutil
import struct
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

XVFB_START_SECONDS = 10
FAMILY_WILD = 0xFFFF


class XvfbMissingError(RuntimeError):
    """Xvfb is not installed (Debian: apt-get install xvfb)."""


def xauthority_entry(display: str, cookie: bytes) -> bytes:
    """One MIT-MAGIC-COOKIE-1 record of an Xauthority file, for any host (FamilyWild)."""

    def counted(data: bytes) -> bytes:
        return struct.pack(">H", len(data)) + data

    return (
        struct.pack(">H", FAMILY_WILD)
        + counted(b"")
        + counted(display.encode())
        + counted(b"MIT-MAGIC-COOKIE-1")
        + counted(cookie)
    )


def read_display_number(fd: int, server: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to ``-displayfd`` once it accepts connections."""
    deadline = time.monotonic() + XVFB_START_SECONDS
    received = b""
    while not received.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or server.poll() is not None:
            raise RuntimeError(f"Xvfb did not start (exit code {server.poll()})")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 16)
            if not chunk:
                raise RuntimeError("Xvfb closed -displayfd without a display number")
            received += chunk
    return received.decode().strip()


@contextmanager
def private_x_server(folder: Path) -> Iterator[dict[str, str]]:
    """Yields what a client needs (DISPLAY, XAUTHORITY)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise XvfbMissingError("Xvfb is not installed (Debian: apt-get install xvfb)")
    authority = folder / "Xauthority"
    cookie = secrets.token_bytes(16)
    authority.write_bytes(xauthority_entry("", cookie))  # the server loads every cookie of the file
    authority.chmod(0o600)
    read_end, write_end = os.pipe()
    command = [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]
    server = subprocess.Popen(
        [*command, "-auth", str(authority)],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = read_display_number(read_end, server)
        with authority.open("ab") as file:
            file.write(xauthority_entry(number, cookie))  # the entry clients look up, by number
        yield {"DISPLAY": f":{number}", "XAUTHORITY": str(authority)}
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
