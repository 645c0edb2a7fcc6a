"""The card and PIN tab: what the card is, the PIN tries left, and the PIN buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eidcompanion.card.pin import PinStatus
from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.gui.pages.fields_form import FieldsForm
from eidcompanion.view import CardView


class CardPage(QWidget):
    testPinRequested = Signal()  # noqa: N815 - Qt signal naming
    changePinRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.fields = FieldsForm()
        self.fields.setObjectName("card_fields")
        layout.addWidget(self.fields)
        self.pin_label = QLabel()
        self.pin_label.setObjectName("pin_tries")
        layout.addWidget(self.pin_label)
        buttons = QHBoxLayout()
        self.test_button = QPushButton()
        self.test_button.setObjectName("test_pin")
        self.test_button.clicked.connect(self.testPinRequested)
        self.change_button = QPushButton()
        self.change_button.setObjectName("change_pin")
        self.change_button.clicked.connect(self.changePinRequested)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._status: PinStatus | None = None
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.test_button.setText(tr(texts.TEST_PIN))
        self.change_button.setText(tr(texts.CHANGE_PIN))
        self.test_button.setAccessibleName(tr(texts.TEST_PIN).replace("&", ""))
        self.change_button.setAccessibleName(tr(texts.CHANGE_PIN).replace("&", ""))
        self.show_pin_status(self._status)

    def show_view(self, view: CardView, *, pin_usable: bool) -> None:
        self.fields.show_fields(view.card)
        self.test_button.setEnabled(pin_usable)
        self.change_button.setEnabled(pin_usable)

    def show_pin_status(self, status: PinStatus | None) -> None:
        self._status = status
        if status is None:
            self.pin_label.setText("")
        elif status.blocked:
            self.pin_label.setText(tr(texts.PIN_IS_BLOCKED))
        elif status.tries_left is None:
            self.pin_label.setText(tr(texts.PIN_TRIES_UNKNOWN))
        else:
            self.pin_label.setText(tr(texts.PIN_TRIES, tries=status.tries_left))
        self.pin_label.setAccessibleName(self.pin_label.text())

    def clear(self) -> None:
        self.fields.clear()
        self.show_pin_status(None)
        self.test_button.setEnabled(False)
        self.change_button.setEnabled(False)
