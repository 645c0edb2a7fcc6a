"""A private, throwaway pcscd with vpcd readers, for tests, benchmarks and demos.

It runs in its own user, mount, network and PID namespaces (``unshare``), so it never touches the
system's pcscd, its socket or a real reader, and vpcd's ports (which accept anyone) exist only in
its own network. From the outside:

* PC/SC clients reach it through ``<workdir>/run/pcscd.comm`` (the namespace bind-mounts that
  folder on ``/run/pcscd``); set ``PCSCLITE_CSOCK_NAME`` to that path before pyscard is first used.
* a simulated card reaches vpcd through ``<workdir>/run/broker.sock``: the broker, inside the
  namespace, connects to the vpcd port asked for and passes the connected socket back.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable
from eidcompanion.simulator.vpcd import BrokerEndpoint

VPCD_DRIVER_VARIABLE = "EIDCOMPANION_VPCD_DRIVER"
VPCD_DRIVER_LOCATIONS = (
    Path(sys.prefix) / "lib" / "eidcompanion-vpcd" / "libifdvpcd.so",  # unpacked by the bootstrap
    Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so"),  # the vsmartcard-vpcd package
)
READER_NAMES = ("Virtual PCD 00 00", "Virtual PCD 00 01")
SOCKET_NAME = "pcscd.comm"
BROKER_NAME = "broker.sock"
DEFAULT_SANDBOX_PORT = 35963

_PR_SET_PDEATHSIG = 1


class SandboxError(EidError):
    code = ErrorCode.SANDBOX

    def __init__(self, reason: Message, detail: str = "") -> None:
        super().__init__(detail, reason=reason)


_S = "sandbox"
VPCD_MISSING = translatable(
    _S, "the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test"
)
PCSCD_MISSING = translatable(_S, "pcscd is not installed (apt install pcscd)")
UNSHARE_MISSING = translatable(_S, "unshare is not installed (apt install util-linux)")
ALREADY_RUNNING = translatable(_S, "it is already running")
DID_NOT_START = translatable(_S, "pcscd did not start in its private namespaces (details with -v)")


def _die_with_parent() -> None:
    """In the child: get SIGKILL when the process that started the sandbox dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def find_vpcd_driver() -> Path:
    """The vpcd driver: $EIDCOMPANION_VPCD_DRIVER, the one unpacked into the venv, or the system's."""
    override = os.environ.get(VPCD_DRIVER_VARIABLE)
    candidates = (Path(override),) if override else VPCD_DRIVER_LOCATIONS
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SandboxError(VPCD_MISSING, f"looked for {', '.join(str(c) for c in candidates)}")


def _unshare_commands() -> list[list[str]]:
    common = ["--mount", "--net", "--pid", "--fork", "--kill-child", "--mount-proc"]
    commands = [["unshare", "--user", "--map-root-user", *common]]
    if os.geteuid() == 0:  # where user namespaces are disabled, root can still unshare the rest
        commands.append(["unshare", *common])
    return commands


def wait_for_card(
    present: bool,
    reader: str = READER_NAMES[0],
    timeout: float = 10.0,
    alive: Callable[[], bool] | None = None,
) -> None:
    """Wait until ``reader`` holds a card (``present``) or is empty, as the PC/SC service sees it.

    Raises TimeoutError at the deadline, or at once when ``alive()`` (the card's server) turns false.
    """
    from eidcompanion.transport.pcsc import list_readers  # noqa: PLC0415 - pyscard only when needed

    deadline = time.monotonic() + timeout
    while any(s.name == reader and s.card_present for s in list_readers()) != present:
        if time.monotonic() > deadline or (alive is not None and not alive()):
            raise TimeoutError(f"the reader {reader!r} did not become {'full' if present else 'empty'}")
        time.sleep(0.02)


class PcscSandbox:
    """Start with :meth:`start` (or ``with``); stop with :meth:`stop`."""

    def __init__(self, workdir: Path | None = None, *, port: int = DEFAULT_SANDBOX_PORT) -> None:
        self._own_workdir = workdir is None
        self.workdir = Path(tempfile.mkdtemp(prefix="eidc-pcscd-")) if workdir is None else workdir
        self.port = port
        self.run_dir = self.workdir / "run"
        self.socket_path = self.run_dir / SOCKET_NAME
        self.broker_path = self.run_dir / BROKER_NAME
        self.log_path = self.workdir / "pcscd.log"
        self._process: subprocess.Popen[bytes] | None = None

    # -- configuration -----------------------------------------------------------------------

    def client_environment(self) -> dict[str, str]:
        """What a PC/SC client process needs in its environment to use this sandbox."""
        return {"PCSCLITE_CSOCK_NAME": str(self.socket_path)}

    def endpoint(self, slot: int = 0) -> BrokerEndpoint:
        """How a simulated card reaches reader ``READER_NAMES[slot]``."""
        return BrokerEndpoint(str(self.broker_path), self.port + slot)

    def _write_configuration(self, with_readers: bool) -> Path:
        vpcd_driver = find_vpcd_driver()
        if shutil.which("pcscd") is None:
            raise SandboxError(PCSCD_MISSING)
        if shutil.which("unshare") is None:
            raise SandboxError(UNSHARE_MISSING)
        config = self.workdir / "reader.conf.d"
        config.mkdir(parents=True, exist_ok=True)
        for old in config.iterdir():
            old.unlink()
        driver = self.workdir / "libifdvpcd.so"
        shutil.copyfile(vpcd_driver.resolve(), driver)
        if with_readers:
            (config / "vpcd").write_text(
                'FRIENDLYNAME "Virtual PCD"\n'
                f"DEVICENAME   /dev/null:{self.port}\n"
                f"LIBPATH      {driver}\n"
                "CHANNELID    0x8C7B\n"
            )
        return config

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, *, with_readers: bool = True, timeout: float = 15.0) -> None:
        """Start pcscd in fresh namespaces; returns once its socket and the broker answer."""
        if self._process is not None:
            raise SandboxError(ALREADY_RUNNING)
        config = self._write_configuration(with_readers)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for stale in (self.socket_path, self.broker_path):
            stale.unlink(missing_ok=True)
        init = [
            sys.executable, "-m", "eidcompanion.simulator.sandbox_init",
            "--workdir", str(self.workdir), "--config", str(config),
        ]  # fmt: skip
        failures = []
        for unshare in _unshare_commands():
            with self.log_path.open("ab") as log:
                process = subprocess.Popen(
                    [*unshare, *init],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    start_new_session=True,
                    preexec_fn=_die_with_parent,  # noqa: PLW1509 - only prctl, before exec
                )
            try:
                self._wait_until_ready(process, timeout)
            except SandboxError as exc:
                failures.append(f"{' '.join(unshare[:3])}: {exc.detail}")
                process.kill()
                process.wait()
                continue
            self._process = process
            return
        raise SandboxError(DID_NOT_START, "; ".join([*failures, self.log_tail()]))

    def _wait_until_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SandboxError(DID_NOT_START, f"the namespace exited with status {process.returncode}")
            if self.socket_path.exists() and self.broker_path.exists() and self._socket_answers():
                return
            time.sleep(0.02)
        raise SandboxError(DID_NOT_START, f"pcscd did not start within {timeout:.0f} s")

    def _socket_answers(self) -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(self.socket_path))
            except OSError:
                return False
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        # unshare blocks SIGTERM while it waits for its child: signal the whole group, in which
        # the namespace's init stops pcscd and exits.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for leftover in (self.socket_path, self.broker_path):
            leftover.unlink(missing_ok=True)

    def restart(self, *, with_readers: bool = True) -> None:
        self.stop()
        self.start(with_readers=with_readers)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def close(self) -> None:
        self.stop()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> PcscSandbox:
        try:
            self.start()
        except BaseException:
            self.close()  # the working folder too
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
