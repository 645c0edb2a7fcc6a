"""Readers and cards coming and going, watched in a thread of its own and re-emitted as signals.

The watcher blocks in PC/SC status changes (no polling of the card); :meth:`ReaderMonitor.stop`
cancels that wait (``SCardCancel``) so the thread ends at once. When the PC/SC service is missing,
the monitor says so and looks again every few seconds.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread, Signal

from eidcompanion.errors import EidError
from eidcompanion.transport.errors import OperationCancelledError, PcscServiceUnavailableError
from eidcompanion.transport.pcsc import ReaderStatus
from eidcompanion.transport.watcher import ReaderWatcher

logger = logging.getLogger(__name__)

SERVICE_RETRY_SECONDS = 2.0


class ReaderMonitor(QThread):
    readersChanged = Signal(list)  # list[ReaderStatus]  # noqa: N815 - Qt signal naming
    serviceUnavailable = Signal(object)  # the EidError  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("eidcompanion-reader-monitor")
        self._stopping = threading.Event()
        self._watcher: ReaderWatcher | None = None
        self._lock = threading.Lock()

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._watch()
            except OperationCancelledError:
                return
            except PcscServiceUnavailableError as error:
                self.serviceUnavailable.emit(error)
            except EidError as error:
                logger.warning("the reader monitor stopped: %s", error)
                self.serviceUnavailable.emit(error)
            self._stopping.wait(SERVICE_RETRY_SECONDS)

    def _watch(self) -> None:
        watcher = ReaderWatcher()
        with self._lock:
            if self._stopping.is_set():
                watcher.close()
                return
            self._watcher = watcher
        try:
            last: list[ReaderStatus] | None = None
            while not self._stopping.is_set():
                statuses = watcher.statuses()
                if statuses != last:
                    self.readersChanged.emit(statuses)
                    last = statuses
                watcher.wait_for_change()
        finally:
            with self._lock:
                self._watcher = None
            watcher.close()

    def stop(self, timeout_ms: int = 5000) -> None:
        self._stopping.set()
        with self._lock:
            if self._watcher is not None:
                self._watcher.cancel()
        if not self.wait(timeout_ms):
            logger.warning("the reader monitor did not stop within %d ms", timeout_ms)
