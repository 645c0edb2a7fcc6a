"""Cards and readers coming and going, seen through PC/SC status changes; waits cancel at once."""

from __future__ import annotations

import threading
import time

import pytest

from eidcompanion.simulator.profile import CardProfile
from eidcompanion.transport.errors import OperationCancelledError
from eidcompanion.transport.watcher import ReaderWatcher
from tests.conftest import CardSlot

pytestmark = pytest.mark.realstack


def _present(watcher: ReaderWatcher, reader: str) -> bool:
    return any(status.name == reader and status.card_present for status in watcher.statuses())


def _wait_until(watcher: ReaderWatcher, condition: bool, reader: str, budget: float) -> float:
    start = time.monotonic()
    while _present(watcher, reader) != condition:
        remaining = budget - (time.monotonic() - start)
        assert remaining > 0, f"the watcher did not see the card {'arrive' if condition else 'leave'}"
        watcher.wait_for_change(int(remaining * 1000))
    return time.monotonic() - start


def test_insertion_and_removal_are_seen_within_a_second(card_slot: CardSlot, profile_18: CardProfile) -> None:
    watcher = ReaderWatcher()
    try:
        assert not _present(watcher, card_slot.reader)
        # not card_slot.insert(), which waits itself: the watcher alone must see the card arrive
        from eidcompanion.simulator.applet import BelpicApplet
        from eidcompanion.simulator.vpcd import VpcdCard

        vpcd_card = VpcdCard(BelpicApplet(profile_18), card_slot.sandbox.endpoint(0))
        vpcd_card.insert()
        card_slot.card = vpcd_card
        assert _wait_until(watcher, True, card_slot.reader, 1.0) < 1.0
        vpcd_card.eject()
        card_slot.card = None
        assert _wait_until(watcher, False, card_slot.reader, 1.0) < 1.0
    finally:
        watcher.close()


def test_a_wait_is_cancelled_at_once_from_another_thread(card_slot: CardSlot) -> None:
    watcher = ReaderWatcher()
    outcome: list[BaseException | bool] = []

    def wait() -> None:
        try:
            outcome.append(watcher.wait_for_change())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=wait)
    thread.start()
    time.sleep(0.2)  # let it block in SCardGetStatusChange
    started = time.monotonic()
    watcher.cancel()
    thread.join(2)
    assert not thread.is_alive()
    assert time.monotonic() - started < 0.5
    assert isinstance(outcome[0], OperationCancelledError)
    watcher.close()
