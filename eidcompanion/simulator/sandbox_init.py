"""Runs as PID 1 inside the sandbox namespaces: sets up mounts and loopback, runs pcscd and the broker.

Started by :class:`eidcompanion.simulator.sandbox.PcscSandbox`; not meant to be run by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1
IFREQ_SIZE = 40


def bring_loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH", b"lo", 0).ljust(IFREQ_SIZE, b"\0")
        flags = struct.unpack("16sH", fcntl.ioctl(sock, SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP).ljust(IFREQ_SIZE, b"\0"))


def mount(*arguments: str) -> None:
    subprocess.run(["mount", *arguments], check=True)


def prepare_mounts(run_dir: Path) -> None:
    """Our run folder becomes /run/pcscd; the USB reader drivers disappear from view."""
    if not Path("/run/pcscd").is_dir():
        mount("-t", "tmpfs", "tmpfs", "/run")
        Path("/run/pcscd").mkdir()
    mount("--bind", str(run_dir), "/run/pcscd")
    if Path("/usr/lib/pcsc/drivers").is_dir():
        mount("-t", "tmpfs", "tmpfs", "/usr/lib/pcsc/drivers")


def connect_with_retry(port: int, timeout: float = 5.0) -> socket.socket:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=timeout)
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def serve_broker(broker: socket.socket, pcscd: subprocess.Popen[bytes]) -> None:
    """Hand out sockets connected to vpcd ports until pcscd exits."""
    broker.settimeout(0.25)
    while pcscd.poll() is None:
        try:
            client, _address = broker.accept()
        except TimeoutError:
            continue
        with client:
            client.settimeout(5)
            try:
                request = client.recv(2)
                if len(request) != 2:
                    continue
                port = struct.unpack(">H", request)[0]
                with connect_with_retry(port) as vpcd:
                    socket.send_fds(client, [b"ok"], [vpcd.fileno()])
            except OSError as exc:
                with contextlib.suppress(OSError):
                    client.sendall(f"cannot reach vpcd: {exc}".encode())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    options = parser.parse_args(argv)
    run_dir = options.workdir / "run"

    bring_loopback_up()
    prepare_mounts(run_dir)
    pcscd = subprocess.Popen(["pcscd", "--foreground", "--config", str(options.config)])

    def stop(signum: int, frame: FrameType | None) -> None:
        pcscd.terminate()
        try:
            pcscd.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pcscd.kill()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    broker_path = Path("/run/pcscd/broker.sock")
    broker_path.unlink(missing_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as broker:
        broker.bind(str(broker_path))
        os.chmod(broker_path, 0o600)
        broker.listen(16)
        serve_broker(broker, pcscd)
    return pcscd.wait()


if __name__ == "__main__":
    raise SystemExit(main())
