"""A simulated card served through the sandbox's vpcd reader, for the benchmarks."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox, wait_for_card

if TYPE_CHECKING:
    from eidcompanion.transport.pcsc import PcscConnection


def serve_card(broker: str, port: int, version: str) -> None:
    """In a child process: the simulated card in the sandbox's first reader, until killed."""
    from eidcompanion.simulator.applet import BelpicApplet  # noqa: PLC0415
    from eidcompanion.simulator.profile import build_profile  # noqa: PLC0415
    from eidcompanion.simulator.vpcd import BrokerEndpoint, VpcdCard  # noqa: PLC0415

    card = VpcdCard(BelpicApplet(build_profile(version)), BrokerEndpoint(broker, port))
    card.connect()
    card.serve()


def take_out(card_process: multiprocessing.process.BaseProcess) -> None:
    """Stop the card process and wait until the reader is empty, so the next card is not confused."""
    card_process.kill()
    card_process.join()
    wait_for_card(present=False)


@contextmanager
def card_in_reader(sandbox: PcscSandbox, version: str) -> Iterator[None]:
    """A fresh simulated card of ``version``, served by another process, in the sandbox's first
    reader until the block ends; then it is taken out."""
    card_process = multiprocessing.get_context("spawn").Process(
        target=serve_card, args=(str(sandbox.broker_path), sandbox.port, version), daemon=True
    )
    card_process.start()
    try:
        wait_for_card(present=True, timeout=30, alive=card_process.is_alive)
        yield
    finally:
        take_out(card_process)


@contextmanager
def simulated_card_in_reader(sandbox: PcscSandbox, version: str) -> Iterator[PcscConnection]:
    """A PC/SC connection to a fresh simulated card of ``version``; the card is taken out after."""
    from eidcompanion.transport.pcsc import PcscConnection  # noqa: PLC0415

    with card_in_reader(sandbox, version):
        connection = PcscConnection.open(READER_NAMES[0])
        with connection:
            yield connection
