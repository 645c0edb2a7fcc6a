"""Challenge nonces: fresh, single use, five minutes, bound to the session."""

from __future__ import annotations

import base64

from eidcompanion.webeid.nonces import NonceStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_nonce_is_32_random_bytes_used_once() -> None:
    store = NonceStore()
    nonce = store.issue("session-a")
    assert len(base64.b64decode(nonce)) == 32
    assert store.issue("session-b") != nonce
    assert store.consume("session-a", nonce)
    assert not store.consume("session-a", nonce)  # single use


def test_a_nonce_belongs_to_its_session() -> None:
    store = NonceStore()
    nonce = store.issue("session-a")
    assert not store.consume("session-b", nonce)
    assert not store.consume("session-a", "A" * 44)  # a wrong nonce spends the issued one too
    assert not store.consume("session-a", nonce)


def test_a_nonce_expires_after_five_minutes() -> None:
    clock = Clock()
    store = NonceStore(clock=clock)
    nonce = store.issue("s")
    clock.now += 5 * 60 + 1
    assert not store.consume("s", nonce)
    fresh = store.issue("s")
    clock.now += 4 * 60
    assert store.consume("s", fresh)
