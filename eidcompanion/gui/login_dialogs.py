"""The small dialogs of a browser login besides the PIN dialog: insert the card, share a certificate."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.gui.pin_dialogs import DIALOG_MIN_WIDTH


class MessageDialog(QDialog):
    """A sentence and buttons (Cancel, and optionally an accepting button); Escape cancels."""

    def __init__(self, parent: QWidget | None, title: str, text: str, accept_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        layout = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setObjectName("login_message")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(text)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if accept_label:
            button = self.buttons.addButton(accept_label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setObjectName("accept_button")
            button.setAccessibleName(accept_label.replace("&", ""))
            button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def insert_card_dialog(parent: QWidget | None, text: str) -> MessageDialog:
    dialog = MessageDialog(parent, tr(texts.INSERT_CARD_TITLE), text)
    dialog.setObjectName("insert_card_dialog")
    return dialog


def share_certificate_dialog(parent: QWidget | None, site: str, name: str) -> MessageDialog:
    dialog = MessageDialog(
        parent,
        tr(texts.CERTIFICATE_TITLE),
        tr(texts.CERTIFICATE_ASKS, site=site, name=name),
        tr(texts.SHARE),
    )
    dialog.setObjectName("share_certificate_dialog")
    return dialog
