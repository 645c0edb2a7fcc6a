"""The PIN dialogs: the one every PIN entry uses (card tab and browser login), and Change PIN.

The tries left are shown before the citizen types. The field takes digits only, 4 to 12, masked;
OK is enabled only for a valid length; Escape cancels. The PIN is read out of the field and the
field is cleared in the same step; the dialog never keeps it, never logs it, never retries it.
On a PIN pad reader the dialog only says to type on the keypad, with a Cancel button.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eidcompanion.card.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from eidcompanion.card.pin_entry import TypedPin, TypedPinChange
from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr

DIALOG_MIN_WIDTH = 420
"""Wide enough for the prompt to wrap in two or three lines, not a narrow column."""


def pin_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN_LENGTH)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_LENGTH}}}")))
    field.setAccessibleName(accessible)
    field.setAccessibleDescription(tr(texts.PIN_RULES))
    field.setPlaceholderText(tr(texts.PIN_RULES))
    return field


def valid_length(text: str) -> bool:
    return MIN_PIN_LENGTH <= len(text) <= MAX_PIN_LENGTH and text.isdigit()


class _PinDialogBase(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.layout_ = QVBoxLayout(self)
        self.context = QLabel()  # who asks, for a browser login: "<site> asks you to log in..."
        self.context.setObjectName("pin_context")
        self.context.setWordWrap(True)
        self.context.setStyleSheet("font-weight: bold;")
        self.context.setVisible(False)
        self.layout_.addWidget(self.context)
        self.prompt = QLabel()
        self.prompt.setObjectName("pin_prompt")
        self.prompt.setWordWrap(True)
        self.layout_.addWidget(self.prompt)
        self.last_try = QLabel()  # shown only when one try is left: a wrong PIN now blocks the card
        self.last_try.setObjectName("pin_last_try")
        self.last_try.setWordWrap(True)
        self.last_try.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.last_try.setVisible(False)
        self.layout_.addWidget(self.last_try)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = QLabel()
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _submit(self) -> None:
        raise NotImplementedError

    def show_context(self, text: str) -> None:
        self.context.setText(text)
        self.context.setAccessibleName(text)
        self.context.setVisible(bool(text))

    def _show_prompt(self, prompt: str, tries_left: int | None) -> None:
        self.prompt.setText(prompt)
        last_try = tr(texts.LAST_TRY) if tries_left == 1 else ""
        self.last_try.setText(last_try)
        self.last_try.setAccessibleName(last_try)
        self.last_try.setVisible(bool(last_try))
        self.prompt.setAccessibleName(" ".join(part for part in (prompt, last_try) if part))

    def show_message(self, text: str, *, warning: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;" if warning else "")
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the card works: nothing can be typed; Cancel stays available."""
        for field in self.findChildren(QLineEdit):
            field.setEnabled(not busy)
        self.ok_button.setEnabled(False if busy else self._valid())
        if busy:
            self.show_message(tr(texts.CHECKING_PIN), warning=False)

    def _valid(self) -> bool:
        raise NotImplementedError


class PinDialog(_PinDialogBase):
    """Asks for the PIN once per submit; the owner sends it to the card and reports the outcome."""

    submitted = Signal(object)  # TypedPin

    def __init__(self, parent: QWidget | None, tries_left: int | None, *, pin_pad: bool = False) -> None:
        super().__init__(parent, tr(texts.PIN_DIALOG_TITLE))
        self.pin_pad = pin_pad
        self.field = pin_field("pin", tr(texts.PIN_FIELD))
        if pin_pad:
            self.field.setVisible(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.rejected.connect(self.reject)
        else:
            self.form.addRow(tr(texts.FIELD_LABEL, label=tr(texts.PIN_FIELD)), self.field)
            self.field.textChanged.connect(lambda _text: self.ok_button.setEnabled(self._valid()))
            self.ok_button.setEnabled(False)
            self.field.setFocus()
        self.show_tries(tries_left)

    def show_tries(self, tries_left: int | None) -> None:
        if self.pin_pad:
            prompt = tr(texts.PIN_PAD_PROMPT, tries=tries_left if tries_left is not None else "?")
        elif tries_left is None:
            prompt = tr(texts.PIN_PROMPT_UNKNOWN)
        else:
            prompt = tr(texts.PIN_PROMPT, tries=tries_left)
        self._show_prompt(prompt, tries_left)

    def _valid(self) -> bool:
        return valid_length(self.field.text())

    def _submit(self) -> None:
        if not self._valid():
            return
        pin = TypedPin(self.field.text())
        self.field.clear()  # the field never keeps the PIN
        self.set_busy(True)
        self.submitted.emit(pin)

    def show_wrong_pin(self, tries_left: int) -> None:
        """The card said no: show the tries left, let the citizen try again (or cancel)."""
        self.set_busy(False)
        self.show_tries(tries_left)
        self.show_message(tr(texts.WRONG_PIN_TRIES, tries=tries_left))
        self.field.setFocus()


class ChangePinDialog(_PinDialogBase):
    submitted = Signal(object)  # TypedPinChange

    def __init__(self, parent: QWidget | None, tries_left: int | None) -> None:
        super().__init__(parent, tr(texts.CHANGE_DIALOG_TITLE))
        self.current = pin_field("current_pin", tr(texts.CURRENT_PIN))
        self.new = pin_field("new_pin", tr(texts.NEW_PIN))
        self.again = pin_field("new_pin_again", tr(texts.NEW_PIN_AGAIN))
        for label, field in (
            (texts.CURRENT_PIN, self.current),
            (texts.NEW_PIN, self.new),
            (texts.NEW_PIN_AGAIN, self.again),
        ):
            self.form.addRow(tr(texts.FIELD_LABEL, label=tr(label)), field)
            field.textChanged.connect(self._on_edit)
        self.ok_button.setEnabled(False)
        self.current.setFocus()
        self.show_tries(tries_left)

    def show_tries(self, tries_left: int | None) -> None:
        if tries_left is None:
            prompt = tr(texts.PIN_PROMPT_UNKNOWN)
        else:
            prompt = tr(texts.PIN_PROMPT, tries=tries_left)
        self._show_prompt(prompt, tries_left)

    def _on_edit(self, _text: str) -> None:
        differ = (
            bool(self.again.text())
            and len(self.again.text()) >= len(self.new.text())
            and (self.new.text() != self.again.text())
        )
        self.show_message(tr(texts.NEW_PINS_DIFFER) if differ else "")
        self.ok_button.setEnabled(self._valid())

    def _valid(self) -> bool:
        return (
            valid_length(self.current.text())
            and valid_length(self.new.text())
            and self.new.text() == self.again.text()
        )

    def _submit(self) -> None:
        if not self._valid():
            return
        change = TypedPinChange(self.current.text(), self.new.text())
        for field in (self.current, self.new, self.again):
            field.clear()
        self.set_busy(True)
        self.submitted.emit(change)

    def show_wrong_pin(self, tries_left: int) -> None:
        self.set_busy(False)
        self.show_tries(tries_left)
        self.show_message(tr(texts.WRONG_PIN_TRIES, tries=tries_left))
        self.current.setFocus()


class PinPadChangeDialog(_PinDialogBase):
    """The PIN pad version of Change PIN: everything is typed on the reader."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, tr(texts.CHANGE_DIALOG_TITLE))
        self.prompt.setText(tr(texts.PIN_PAD_CHANGE_PROMPT))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def _valid(self) -> bool:
        return False
