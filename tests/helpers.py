"""Helpers shared by several test modules (the fixtures and the PC/SC sandbox are in conftest.py)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

import pytest
from cryptography import x509

from eidcompanion.card.certificates import parse_certificate, trim_certificate
from eidcompanion.card.files import CardFile
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection

# -- the command line in a separate process, as a user would run it ------------------------------


def cli_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment in English (the texts the tests look for), plus ``extra``."""
    return {**os.environ, "LANG": "C.UTF-8", **(extra or {})}


def run_cli(
    *arguments: str, environment: dict[str, str] | None = None, input_text: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m eidcompanion ARGUMENTS``; killed and failed after 60 s."""
    return subprocess.run(
        [sys.executable, "-m", "eidcompanion", *arguments],
        capture_output=True,
        text=True,
        env=cli_environment(environment),
        input=input_text if input_text is not None else "",
        timeout=60,
        check=False,
    )


def lines_until(stream: IO[str], marker: str, timeout: float) -> list[str]:
    """The lines of ``stream`` up to the first holding ``marker``; fails the test at the deadline.

    A thread reads the stream to its end, so the process writing it never blocks on a full pipe.
    """
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            pytest.fail(f"no {marker!r} within {timeout} s; the output so far: {''.join(seen)!r}")
        if line is None:
            pytest.fail(f"the output ended without {marker!r}: {''.join(seen)!r}")
        seen.append(line)
        if marker in line:
            return seen


def stop_process(process: subprocess.Popen[str] | subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """End ``process`` if it still runs: SIGTERM (time to clean up after itself), then SIGKILL."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=grace)


# -- certificates in card files ------------------------------------------------------------------


def certificate_der(file: CardFile, source: CardProfile | bytes) -> bytes:
    """The DER certificate in ``file`` of a profile, or in the file's bytes (zero padding cut off)."""
    data = source.files[file.fid] if isinstance(source, CardProfile) else source
    der = trim_certificate(file, data)
    assert der is not None, f"{file.name} holds no certificate"
    return der


def card_certificate(file: CardFile, source: CardProfile | bytes) -> x509.Certificate:
    """The certificate in ``file`` of a profile, or in the file's bytes, parsed as strictly as the card's."""
    return parse_certificate(certificate_der(file, source))


# -- stand-in cards ------------------------------------------------------------------------------

BANK_CARD_ATR = bytes.fromhex("3B6800000073C84013009000")


class NotBelpicCard(Connection):
    """A card without the BELPIC applet (a bank card, say): every SELECT of it fails (6A82).

    A connection for this process, and a card (``reset``/``process``) for a vpcd reader.
    """

    def __init__(self, atr: bytes = BANK_CARD_ATR) -> None:
        self._atr = atr

    @property
    def reader_name(self) -> str:
        return "Test Reader 00 00"

    @property
    def atr(self) -> bytes:
        return self._atr

    def reset(self) -> None:
        pass

    def process(self, apdu: bytes) -> bytes:
        return b"\x6a\x82"

    def transmit(self, apdu: bytes) -> Response:
        return Response.from_bytes(self.process(apdu))


class ScriptedConnection(Connection):
    """Answers each command with the next queued response; remembers what it was sent.

    Counts its transactions; a command with no answer left fails the test.
    """

    def __init__(
        self,
        answers: Iterable[str],
        *,
        reader: str = "Scripted Reader 00 00",
        atr: bytes = bytes.fromhex("3B9813400AA503010101AD1311"),
        simulated: bool = False,
    ) -> None:
        self.answers = [Response.from_bytes(bytes.fromhex(answer)) for answer in answers]
        self.sent: list[bytes] = []
        self.controls: list[tuple[int, bytes]] = []
        self.transactions = 0
        self._reader = reader
        self._atr = atr
        self._simulated = simulated

    @property
    def reader_name(self) -> str:
        return self._reader

    @property
    def atr(self) -> bytes:
        return self._atr

    @property
    def simulated(self) -> bool:
        return self._simulated

    def transmit(self, apdu: bytes) -> Response:
        self.sent.append(apdu)
        if not self.answers:
            pytest.fail(f"unexpected command {apdu.hex(' ')}: the script has no answer left")
        return self.answers.pop(0)

    def control(self, code: int, data: bytes = b"") -> bytes:
        self.controls.append((code, data))
        return bytes.fromhex("06 04 42 33 00 06")  # the features: VERIFY_PIN_DIRECT at 0x42330006

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.transactions += 1
        yield


def described(error: BaseException) -> str:
    """What a face shows of an error: its sentence (in English) and its technical detail."""
    from eidcompanion.errors import EidError
    from eidcompanion.texts.errors import error_text

    if not isinstance(error, EidError):
        return str(error)
    return f"{error_text(error)} ({error.detail})" if error.detail else error_text(error)
