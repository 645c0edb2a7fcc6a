"""Readers and cards coming and going, seen through PC/SC status changes (no polling of the card).

:class:`ReaderWatcher` blocks in ``SCardGetStatusChange`` on every reader and on the PnP
notification pseudo-reader (readers plugged in or out) until something changes; another thread
stops the wait at once with :meth:`ReaderWatcher.cancel` (``SCardCancel``).
"""

from __future__ import annotations

import threading

from eidcompanion.transport.errors import OperationCancelledError
from eidcompanion.transport.pcsc import (
    SCARD_E_TIMEOUT,
    SCARD_S_SUCCESS,
    SCARD_STATE_MUTE,
    SCARD_STATE_PRESENT,
    ReaderStatus,
    _Context,
    error_for,
)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
"""The pseudo-reader whose state changes when a reader is plugged in or out (pcsc-lite, Windows)."""
SCARD_E_CANCELLED = 0x80100002
SCARD_STATE_CHANGED = 0x00000002
SCARD_STATE_UNKNOWN = 0x00000004
SCARD_STATE_IGNORE = 0x00000001
INFINITE = 0xFFFFFFFF


class ReaderWatcher:
    """One PC/SC context that waits for changes. Use from one thread; ``cancel`` from any."""

    def __init__(self) -> None:
        self._context = _Context()
        self._scard = self._context.scard
        self._states: dict[str, int] = {}
        self._pnp_state = self._scard.SCARD_STATE_UNAWARE
        self._cancelled = threading.Event()
        self._closed = False
        self._refresh_readers()

    def _refresh_readers(self) -> None:
        names = self._context.reader_names()
        self._states = {name: self._states.get(name, self._scard.SCARD_STATE_UNAWARE) for name in names}
        if names:
            self._wait(0, include_pnp=False)  # learn the current state of each new reader

    def statuses(self) -> list[ReaderStatus]:
        """The readers as last seen, with whether each holds a card that answers."""
        result = []
        for name, state in self._states.items():
            mute = bool(state & SCARD_STATE_PRESENT) and bool(state & SCARD_STATE_MUTE)
            result.append(ReaderStatus(name, bool(state & SCARD_STATE_PRESENT) and not mute, None, mute))
        return result

    def _wait(self, timeout_ms: int, *, include_pnp: bool = True) -> bool:
        """One SCardGetStatusChange; True when something changed. Raises when cancelled."""
        states = [(name, state) for name, state in self._states.items()]
        if include_pnp:
            states.append((PNP_NOTIFICATION, self._pnp_state))
        if not states:
            return False
        code, answers = self._scard.SCardGetStatusChange(self._context.handle, timeout_ms, states)
        if code == SCARD_E_CANCELLED or self._cancelled.is_set():
            raise OperationCancelledError("the wait for a reader or card was cancelled")
        if code == SCARD_E_TIMEOUT:
            return False
        if code != SCARD_S_SUCCESS:
            raise error_for(code)
        changed = False
        for name, event_state, _atr in answers:
            current = int(event_state) & ~SCARD_STATE_CHANGED
            if name == PNP_NOTIFICATION:
                changed |= bool(event_state & SCARD_STATE_CHANGED) and self._pnp_state != current
                self._pnp_state = current
            elif name in self._states:
                changed |= self._states[name] != current
                self._states[name] = current
        return changed

    def wait_for_change(self, timeout_ms: int = INFINITE) -> bool:
        """Block until a reader or card comes or goes (True) or the timeout passes (False)."""
        before = self.statuses()
        pnp_before = self._pnp_state
        if not self._wait(timeout_ms):
            return False
        if self._pnp_state != pnp_before:
            self._refresh_readers()
        return self.statuses() != before

    def cancel(self) -> None:
        """Stop a wait in progress (or the next one) from any thread."""
        self._cancelled.set()
        if not self._closed:
            self._scard.SCardCancel(self._context.handle)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._context.release()
