"""Readers plugged in and out, as pcsc-lite reports them through the PnP pseudo-reader.

A unit test with a fake ``scard`` module: Debian's pcscd cannot add or remove a vpcd (serial)
reader while it runs (SIGUSR1 only logs the signal), so reader hotplug is tested here against
pcsc-lite's documented behaviour; cards coming and going are tested against the real pcscd in
tests/realstack/test_watcher.py.
"""

from __future__ import annotations

import pytest

from eidcompanion.transport import pcsc
from eidcompanion.transport.watcher import (
    PNP_NOTIFICATION,
    SCARD_STATE_CHANGED,
    SCARD_STATE_UNKNOWN,
    ReaderWatcher,
)

SCARD_E_NO_READERS_AVAILABLE = 0x8010002E


class FakePcscLite:
    """Readers that can be plugged and unplugged; answers like pcsc-lite 1.9 for status waits."""

    SCARD_SCOPE_USER = 0
    SCARD_STATE_UNAWARE = 0

    def __init__(self, readers: list[str]) -> None:
        self.readers = dict.fromkeys(readers, False)  # name -> card present
        self.plug_events = 0

    def plug(self, name: str) -> None:
        self.readers[name] = False
        self.plug_events += 1

    def unplug(self, name: str) -> None:
        del self.readers[name]
        self.plug_events += 1

    def SCardEstablishContext(self, scope: int) -> tuple[int, int]:  # noqa: N802 - pyscard's name
        return 0, 1

    def SCardReleaseContext(self, handle: int) -> int:  # noqa: N802
        return 0

    def SCardCancel(self, handle: int) -> int:  # noqa: N802
        return 0

    def SCardListReaders(self, handle: int, groups: list[str]) -> tuple[int, list[str]]:  # noqa: N802
        if not self.readers:
            return SCARD_E_NO_READERS_AVAILABLE, []
        return 0, list(self.readers)

    def SCardGetStatusChange(  # noqa: N802
        self, handle: int, timeout: int, states: list[tuple[str, int]]
    ) -> tuple[int, list[tuple[str, int, list[int]]]]:
        answers: list[tuple[str, int, list[int]]] = []
        changed = False
        for name, known in states:
            if name == PNP_NOTIFICATION:
                now = self.plug_events << 16  # pcsc-lite counts the readers in the high word
            elif name not in self.readers:
                now = SCARD_STATE_UNKNOWN
            else:
                now = pcsc.SCARD_STATE_PRESENT if self.readers[name] else 0x10  # SCARD_STATE_EMPTY
            flag = SCARD_STATE_CHANGED if now != known & ~SCARD_STATE_CHANGED else 0
            changed |= bool(flag)
            answers.append((name, now | flag, []))
        return (0 if changed else pcsc.SCARD_E_TIMEOUT), answers


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePcscLite:
    fake = FakePcscLite(["ACS ACR39U ICC Reader 00 00"])
    monkeypatch.setattr(pcsc, "_scard", lambda: fake)
    return fake


def names(watcher: ReaderWatcher) -> list[str]:
    return [status.name for status in watcher.statuses()]


def test_a_reader_plugged_in_is_seen(fake: FakePcscLite) -> None:
    watcher = ReaderWatcher()
    assert names(watcher) == ["ACS ACR39U ICC Reader 00 00"]
    assert not watcher.wait_for_change(0)  # nothing happened yet
    fake.plug("Gemalto PC Twin Reader 01 00")
    assert watcher.wait_for_change(0)
    assert names(watcher) == ["ACS ACR39U ICC Reader 00 00", "Gemalto PC Twin Reader 01 00"]


def test_a_reader_unplugged_leaves_the_list(fake: FakePcscLite) -> None:
    fake.plug("Gemalto PC Twin Reader 01 00")
    watcher = ReaderWatcher()
    fake.readers["Gemalto PC Twin Reader 01 00"] = True  # a card in it
    assert watcher.wait_for_change(0)
    assert [s.name for s in watcher.statuses() if s.card_present] == ["Gemalto PC Twin Reader 01 00"]
    fake.unplug("Gemalto PC Twin Reader 01 00")
    assert watcher.wait_for_change(0)
    assert names(watcher) == ["ACS ACR39U ICC Reader 00 00"]


def test_the_last_reader_unplugged_leaves_no_reader(fake: FakePcscLite) -> None:
    watcher = ReaderWatcher()
    fake.unplug("ACS ACR39U ICC Reader 00 00")
    assert watcher.wait_for_change(0)
    assert watcher.statuses() == []
    fake.plug("ACS ACR39U ICC Reader 00 00")
    assert watcher.wait_for_change(0)
    assert names(watcher) == ["ACS ACR39U ICC Reader 00 00"]


def test_the_fake_is_not_trivially_changed() -> None:
    """The fake reports no change when nothing changed (so the tests above can fail)."""
    fake = FakePcscLite(["A"])
    code, answers = fake.SCardGetStatusChange(1, 0, [("A", 0x10), (PNP_NOTIFICATION, 0)])
    assert code == pcsc.SCARD_E_TIMEOUT
    assert all(not state & SCARD_STATE_CHANGED for _name, state, _atr in answers)
