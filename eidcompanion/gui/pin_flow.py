"""Test PIN and Change PIN, from the button to the outcome in plain words.

The tries are read first (without spending one); a blocked card gets the blocked advice and is never
sent a VERIFY. Each PIN the citizen submits is sent once; a wrong PIN shows the tries left in the
dialog, and trying again is the citizen's choice. The outcome ends up in the window's banner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from eidcompanion.card.pin import PinBlockedError, PinStatus, WrongPinError
from eidcompanion.card.pin_entry import PinChange, PinEntry, PinPadChange, PinPadEntry
from eidcompanion.card.pinpad import PinPad
from eidcompanion.errors import EidError
from eidcompanion.gui import texts
from eidcompanion.gui.card_service import CardService
from eidcompanion.gui.languages import TRANSLATOR, Languages, tr
from eidcompanion.gui.pin_dialogs import ChangePinDialog, PinDialog, PinPadChangeDialog
from eidcompanion.gui.status_banner import Tone
from eidcompanion.texts.errors import error_text

Notify = Callable[[Tone, str, str], None]


def blocked_advice(error: EidError | None = None) -> str:
    return error_text(error or PinBlockedError(), TRANSLATOR) + "\n" + tr(texts.PIN_BLOCKED_HELP)


class PinFlow:
    def __init__(self, parent: QWidget, service: CardService, languages: Languages, notify: Notify) -> None:
        self.parent = parent
        self.service = service
        self.languages = languages
        self.notify = notify
        self.dialog: PinDialog | ChangePinDialog | PinPadChangeDialog | None = None
        self.use_pin_pad = True

    # -- the first step of both: tries, blocked, PIN pad -------------------------------------

    def _prepare(self, then: Callable[[PinStatus, PinPad | None], None]) -> None:
        def with_status(status: PinStatus | None, error: EidError | None) -> None:
            if error is not None or status is None:
                self._failed(error)
                return
            if status.blocked:
                self.notify(Tone.ERROR, blocked_advice(), "")  # no dialog, no VERIFY
                return
            if not self.use_pin_pad:
                then(status, None)
                return
            self.service.find_pin_pad(lambda pad, err: then(status, pad if isinstance(pad, PinPad) else None))

        self.service.refresh_pin_status(with_status)

    def _failed(self, error: EidError | None) -> None:
        self._close_dialog()
        if isinstance(error, PinBlockedError):
            self.notify(Tone.ERROR, blocked_advice(error), error.detail)
        elif error is not None:
            self.notify(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.done(0)
            dialog.deleteLater()

    def cancel(self) -> None:
        """The dialog's Cancel: stop the card operation (a PIN pad entry) and close."""
        self.service.cancel()
        self._close_dialog()

    # -- Test PIN ----------------------------------------------------------------------------

    def test_pin(self) -> None:
        self._prepare(self._ask_pin)

    def _ask_pin(self, status: PinStatus, pin_pad: PinPad | None) -> None:
        dialog = PinDialog(self.parent, status.tries_left, pin_pad=pin_pad is not None)
        dialog.setObjectName("pin_dialog")
        self.dialog = dialog
        dialog.rejected.connect(self.cancel)
        dialog.submitted.connect(self._verify)
        dialog.show()
        if pin_pad is not None:
            self._verify(PinPadEntry(pin_pad, self.languages.current))

    def _verify(self, entry: PinEntry) -> None:
        self.service.verify_pin(entry, self._verified)

    def _verified(self, error: EidError | None) -> None:
        """On a PIN pad a wrong PIN ends the dialog (the tries go to the banner): pressing Test PIN
        again is the only way to send another."""
        if error is None:
            self._close_dialog()
            self.notify(Tone.INFO, tr(texts.PIN_OK), "")
        elif (
            isinstance(error, WrongPinError)
            and isinstance(self.dialog, PinDialog)
            and not self.dialog.pin_pad
        ):
            self.dialog.show_wrong_pin(error.tries_left)
        else:
            self._failed(error)

    # -- Change PIN --------------------------------------------------------------------------

    def change_pin(self) -> None:
        self._prepare(self._ask_change)

    def _ask_change(self, status: PinStatus, pin_pad: PinPad | None) -> None:
        dialog: ChangePinDialog | PinPadChangeDialog
        if pin_pad is not None:
            dialog = PinPadChangeDialog(self.parent)
        else:
            dialog = ChangePinDialog(self.parent, status.tries_left)
            dialog.submitted.connect(self._change)
        dialog.setObjectName("change_pin_dialog")
        self.dialog = dialog
        dialog.rejected.connect(self.cancel)
        dialog.show()
        if pin_pad is not None:
            self._change(PinPadChange(pin_pad, self.languages.current))

    def _change(self, change: PinChange) -> None:
        self.service.change_pin(change, self._changed)

    def _changed(self, error: EidError | None) -> None:
        if error is None:
            self._close_dialog()
            self.notify(Tone.INFO, tr(texts.PIN_CHANGED), "")
        elif isinstance(error, WrongPinError) and isinstance(self.dialog, ChangePinDialog):
            self.dialog.show_wrong_pin(error.tries_left)
        else:
            self._failed(error)
