"""Challenge nonces for a relying party: 32 random bytes, 5 minutes, single use, one per session."""

from __future__ import annotations

import base64
import hmac
import os
import threading
import time
from collections.abc import Callable

NONCE_BYTES = 32
NONCE_LIFETIME_SECONDS = 5 * 60
MAX_SESSIONS = 100_000


def new_nonce() -> str:
    """32 random bytes, base64: 44 characters."""
    return base64.b64encode(os.urandom(NONCE_BYTES)).decode("ascii")


class NonceStore:
    """Issues a nonce per browser session and takes it back exactly once (get-and-remove)."""

    def __init__(
        self, lifetime: float = NONCE_LIFETIME_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._lifetime = lifetime
        self._clock = clock
        self._lock = threading.Lock()
        self._nonces: dict[str, tuple[str, float]] = {}

    def issue(self, session: str) -> str:
        """A fresh nonce for ``session``; it replaces any earlier one of the same session."""
        nonce = new_nonce()
        with self._lock:
            self._forget_expired()
            if len(self._nonces) >= MAX_SESSIONS:
                self._nonces.pop(next(iter(self._nonces)))
            self._nonces[session] = (nonce, self._clock() + self._lifetime)
        return nonce

    def consume(self, session: str, nonce: str) -> bool:
        """True once for the nonce issued to ``session``, if it has not expired; then it is gone."""
        with self._lock:
            issued = self._nonces.pop(session, None)
        if issued is None:
            return False
        expected, expires = issued
        return self._clock() <= expires and hmac.compare_digest(expected.encode(), nonce.encode())

    def _forget_expired(self) -> None:
        now = self._clock()
        for session in [s for s, (_nonce, expires) in self._nonces.items() if expires < now]:
            del self._nonces[session]
