"""Card work off the GUI thread: one worker thread runs jobs one at a time, answers come back as signals.

A job is a plain function of the Qt-free layers. Whatever it returns or raises reaches the GUI
thread through :attr:`CardWorker.finished`; the GUI never blocks on the card.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from eidcompanion.errors import EidError

logger = logging.getLogger(__name__)

Job = Callable[[], Any]
_NUMBERS = count(1)


@dataclass
class Outcome:
    """What a job gave: its result, or the error it raised (never both)."""

    number: int
    result: Any = None
    error: BaseException | None = field(default=None)


class CardWorker(QObject):
    """Lives in the worker thread; ``run`` is queued to it from the GUI thread."""

    run = Signal(int, object)
    finished = Signal(object)
    progress = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.run.connect(self._execute)

    @Slot(int, object)
    def _execute(self, number: int, job: Job) -> None:
        outcome = Outcome(number)
        try:
            outcome.result = job()
        except EidError as error:
            outcome.error = error
        except Exception as error:  # a bug must not kill the thread: report it, show a plain error
            logger.error("card job failed:\n%s", traceback.format_exc())
            outcome.error = error
        self.finished.emit(outcome)


class WorkerThread(QObject):
    """Owns the thread and the worker; :meth:`submit` queues a job, :meth:`stop` ends cleanly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("eidcompanion-card-worker")
        self.worker = CardWorker()
        self.worker.moveToThread(self._thread)
        self._callbacks: dict[int, Callable[[Outcome], None]] = {}
        self.worker.finished.connect(self._deliver)
        self._thread.start()

    def submit(self, job: Job, done: Callable[[Outcome], None]) -> int:
        number = next(_NUMBERS)
        self._callbacks[number] = done
        self.worker.run.emit(number, job)
        return number

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(object)
    def _deliver(self, outcome: Outcome) -> None:
        done = self._callbacks.pop(outcome.number, None)
        if done is not None:
            done(outcome)

    def stop(self, timeout_ms: int = 10000) -> None:
        self._callbacks.clear()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            logger.warning("the card worker did not stop within %d ms", timeout_ms)
