"""The one place in the app that knows which card is in which reader, its PIN and what it holds.

:class:`CardService` lives in the GUI thread. The reader monitor tells it when readers and cards
come and go; it sends card work to the worker thread and keeps the answers. Widgets read its state
and redraw on its signals. When the card leaves, everything read from it is dropped at once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Signal, Slot

from eidcompanion.card.pin import PinStatus
from eidcompanion.card.pin_entry import PinChange, PinEntry
from eidcompanion.errors import EidError
from eidcompanion.gui.card_session import VIRTUAL_READER, CardAccess, CardRead, check_revocation
from eidcompanion.gui.monitor import ReaderMonitor
from eidcompanion.gui.worker import Outcome, WorkerThread
from eidcompanion.simulator.inprocess import open_virtual_card
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import CardRemovedError, CardUnresponsiveError, OperationCancelledError
from eidcompanion.transport.pcsc import PcscConnection, ReaderStatus
from eidcompanion.trust.checks import Report
from eidcompanion.view import CardDocument


class Phase(Enum):
    STARTING = "starting"
    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    READING = "reading"
    SHOWING = "showing"
    FAILED = "failed"


def _open_pcsc(reader: str) -> Connection:
    return PcscConnection.open(reader)


class CardService(QObject):
    changed = Signal()
    """The phase, the problem, the readers or the card shown changed."""
    progress = Signal(int, int)
    pinStatusChanged = Signal()  # noqa: N815 - Qt signal naming
    reportsChanged = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None, *, watch_readers: bool = True) -> None:
        super().__init__(parent)
        self.phase = Phase.STARTING
        self.problem: EidError | None = None
        self.removed_notice = False
        self.readers: list[ReaderStatus] = []
        self.reader: str | None = None
        self.read: CardRead | None = None
        self.document: CardDocument | None = None
        self.pin_status: PinStatus | None = None
        self.certificate_report: Report | None = None
        self._virtual: Connection | None = None
        self._access = CardAccess(self._open_connection)
        self._worker = WorkerThread(self)
        self._worker.worker.progress.connect(self.progress)
        self._monitor: ReaderMonitor | None = None
        if watch_readers:
            self._monitor = ReaderMonitor()
            self._monitor.readersChanged.connect(self._on_readers)
            self._monitor.serviceUnavailable.connect(self._on_no_service)
            self._monitor.start()

    # -- plumbing ----------------------------------------------------------------------------

    def _open_connection(self, reader: str) -> Connection:
        if reader == VIRTUAL_READER and self._virtual is not None:
            return self._virtual
        return _open_pcsc(reader)

    def _submit(self, job: Callable[[], object], done: Callable[[Outcome], None]) -> None:
        self._worker.submit(job, done)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    @property
    def virtual_active(self) -> bool:
        return self._virtual is not None

    def stop(self) -> None:
        """Stop every thread cleanly (at quit): cancel the card work, the reader wait, then join."""
        self._access.cancel()
        if self._monitor is not None:
            self._monitor.stop()
        self._worker.stop()

    def _set_phase(self, phase: Phase, problem: EidError | None = None) -> None:
        self.phase = phase
        self.problem = problem
        self.changed.emit()

    # -- readers and cards -------------------------------------------------------------------

    @Slot(object)
    def _on_no_service(self, error: EidError) -> None:
        self.readers = []
        if self.reader is not None and self.reader != VIRTUAL_READER:
            self._forget_card()
        if not self.virtual_active and not self._showing_file:
            self._set_phase(Phase.NO_SERVICE, error)

    @property
    def _showing_file(self) -> bool:
        return self.document is not None and self.document.from_file

    @Slot(list)
    def _on_readers(self, statuses: list[ReaderStatus]) -> None:
        self.readers = statuses
        with_card = [status.name for status in statuses if status.card_present]
        if self.reader is not None and self.reader != VIRTUAL_READER and self.reader not in with_card:
            self._access.cancel()  # a read in progress stops at its next command
            self._forget_card()
            self.removed_notice = True
        if self.reader is None and with_card:
            self.select_reader(with_card[0])
            return
        if self.reader is None and not self._showing_file:
            self._settle_without_card()
        else:
            self.changed.emit()

    def _settle_without_card(self) -> None:
        if not self.readers:
            self._set_phase(Phase.NO_READER)
        elif any(status.mute for status in self.readers):
            self._set_phase(Phase.FAILED, CardUnresponsiveError("the card in the reader is mute"))
        elif self.removed_notice:
            self._set_phase(Phase.NO_CARD, CardRemovedError("the card left the reader"))
        else:
            self._set_phase(Phase.NO_CARD)

    def retry_reader(self) -> str | None:
        """The reader "Read again" reads: the one whose read failed, or one holding a mute card."""
        if self.reader is not None:
            return self.reader
        return next((status.name for status in self.readers if status.mute), None)

    def select_reader(self, reader: str) -> None:
        """Show the card of ``reader``: read it (off the GUI thread)."""
        self._forget_card()
        self.removed_notice = False
        self.reader = reader
        self._set_phase(Phase.READING)
        self.progress.emit(0, 1)
        emit_progress = self._worker.worker.progress.emit

        def done(outcome: Outcome) -> None:
            if self.reader != reader:
                return  # the card left, or another one was chosen, while it was read
            if outcome.error is not None:
                self.reader = None if isinstance(outcome.error, CardRemovedError) else reader
                error = outcome.error if isinstance(outcome.error, EidError) else EidError(str(outcome.error))
                if isinstance(error, OperationCancelledError):
                    error = CardRemovedError("the read was stopped")
                self._set_phase(Phase.FAILED, error)
                return
            result: CardRead = outcome.result
            self.read = result
            self.document = CardDocument.from_contents(result.contents)
            self.pin_status = result.pin_status
            self.certificate_report = result.certificates
            self._set_phase(Phase.SHOWING)
            self.pinStatusChanged.emit()
            self.reportsChanged.emit()

        self._submit(lambda: self._access.read(reader, emit_progress), done)

    def _forget_card(self) -> None:
        """Drop everything read from the card: no widget or cache may keep it after this."""
        had_data = self.document is not None
        self.reader = None
        self.read = None
        self.document = None
        self.pin_status = None
        self.certificate_report = None
        if had_data:
            self.changed.emit()
            self.pinStatusChanged.emit()
            self.reportsChanged.emit()
        gc.collect()

    def clear(self) -> None:
        """Take the data off the screen (public computers: after an idle time)."""
        reader = self.reader
        self._forget_card()
        if reader == VIRTUAL_READER:
            self._virtual = None
        self._settle_without_card()

    # -- the built-in virtual card -----------------------------------------------------------

    def use_virtual_card(self, version: str = "1.8") -> None:
        """Insert the built-in simulated card (PIN 1234): always shown as simulated."""
        if self._virtual is None:
            self._virtual = open_virtual_card(version)
        self.select_reader(VIRTUAL_READER)

    def remove_virtual_card(self) -> None:
        if self.reader == VIRTUAL_READER:
            self._access.cancel()
            self._forget_card()
        self._virtual = None
        self.removed_notice = True
        self._on_readers(self.readers)

    # -- a saved file ------------------------------------------------------------------------

    def show_document(self, document: CardDocument) -> None:
        """Show a card opened from a file (marked as such); a card inserted later takes over."""
        self._forget_card()
        self.document = document
        self._set_phase(Phase.SHOWING)
        self.pinStatusChanged.emit()
        self.reportsChanged.emit()

    def close_document(self) -> None:
        if self._showing_file:
            self._forget_card()
            self._on_readers(self.readers)

    # -- PIN and checks ----------------------------------------------------------------------

    def _card_job(
        self, job: Callable[[str], object], done: Callable[[object, EidError | None], None]
    ) -> None:
        reader = self.reader
        if reader is None:
            done(None, CardRemovedError("no card"))
            return

        def finished(outcome: Outcome) -> None:
            error = outcome.error
            if error is not None and not isinstance(error, EidError):
                error = EidError(str(error))
            done(outcome.result, error)

        self._submit(lambda: job(reader), finished)

    def refresh_pin_status(self, done: Callable[[PinStatus | None, EidError | None], None]) -> None:
        def finished(result: object, error: EidError | None) -> None:
            if isinstance(result, PinStatus):
                self._set_pin_status(result)
            done(result if isinstance(result, PinStatus) else None, error)

        self._card_job(self._access.pin_status, finished)

    def set_pin_status(self, status: PinStatus) -> None:
        """The tries as a card operation just read them (shown on the card tab)."""
        self._set_pin_status(status)

    def _set_pin_status(self, status: PinStatus) -> None:
        self.pin_status = status
        self.pinStatusChanged.emit()

    def find_pin_pad(self, done: Callable[[object, EidError | None], None]) -> None:
        self._card_job(self._access.pin_pad, done)

    def verify_pin(self, entry: PinEntry, done: Callable[[EidError | None], None]) -> None:
        self._pin_job(lambda reader: self._access.verify_pin(reader, entry), done)

    def change_pin(self, change: PinChange, done: Callable[[EidError | None], None]) -> None:
        self._pin_job(lambda reader: self._access.change_pin(reader, change), done)

    def card_job(
        self, job: Callable[[CardAccess, str], object], done: Callable[[object, EidError | None], None]
    ) -> None:
        """Run ``job(access, reader)`` on the card shown, off the GUI thread; a wrong PIN or a
        blocked card updates the tries shown."""

        def finished(result: object, error: EidError | None) -> None:
            if error is not None:
                self._after_pin_error(error)
            done(result, error)

        access = self._access
        self._card_job(lambda reader: job(access, reader), finished)

    @property
    def card_ready(self) -> bool:
        """A card (not a file) is read and shown: a login can use it."""
        return self.phase is Phase.SHOWING and self.read is not None and self.reader is not None

    def _pin_job(self, job: Callable[[str], object], done: Callable[[EidError | None], None]) -> None:
        def finished(result: object, error: EidError | None) -> None:
            if isinstance(result, PinStatus):
                self._set_pin_status(result)
            elif error is not None:
                self._after_pin_error(error)
            done(error)

        self._card_job(job, finished)

    def _after_pin_error(self, error: EidError) -> None:
        from eidcompanion.card.pin import PinBlockedError, WrongPinError  # noqa: PLC0415

        if isinstance(error, WrongPinError):
            self._set_pin_status(PinStatus(error.tries_left, blocked=False))
        elif isinstance(error, PinBlockedError):
            self._set_pin_status(PinStatus(0, blocked=True))

    def cancel(self) -> None:
        """Cancel the card operation in progress (a dialog's Cancel)."""
        self._access.cancel()

    def check_revocation(self, done: Callable[[EidError | None], None]) -> None:
        """Ask the revocation services (network) about the certificates of the card shown."""
        if self.read is None:
            done(None)
            return
        contents = self.read.contents

        def finished(outcome: Outcome) -> None:
            if self.read is not None and self.read.contents is contents and outcome.error is None:
                self.certificate_report = outcome.result
                self.reportsChanged.emit()
            error = outcome.error
            done(error if isinstance(error, EidError) or error is None else EidError(str(error)))

        self._submit(lambda: check_revocation(contents), finished)
