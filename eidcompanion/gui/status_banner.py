"""The banner at the top of the window: what is happening, in one sentence, with an icon.

Technical details sit behind a "Details" toggle; actions (try the virtual card, read again) are
buttons next to the sentence. A citizen never sees a traceback or a bare status word.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.i18n import Message

BANNER_MIN_HEIGHT = 64

Actions = tuple[tuple[Message, Callable[[], None]], ...]
"""Buttons next to the sentence: a label and what it does."""


class Tone(Enum):
    INFO = "info"
    WORKING = "working"
    WARNING = "warning"
    ERROR = "error"
    SIMULATED = "simulated"


_ICONS = {
    Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Tone.WORKING: QStyle.StandardPixmap.SP_BrowserReload,
    Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Tone.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Tone.SIMULATED: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
_COLOURS = {
    Tone.INFO: "#e3f2fd",
    Tone.WORKING: "#e3f2fd",
    Tone.WARNING: "#fff3e0",
    Tone.ERROR: "#ffebee",
    Tone.SIMULATED: "#fff59d",
}


class StatusBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(BANNER_MIN_HEIGHT)  # the window does not jump between one-line states
        row = QHBoxLayout(self)
        self.icon = QLabel()
        self.icon.setFixedSize(32, 32)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()  # the sentence, and under it (aligned with it) the details
        self.text = QLabel()
        self.text.setObjectName("status_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.text)
        self.details = QLabel()
        self.details.setObjectName("status_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        column.addWidget(self.details)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.action_row = QHBoxLayout()
        self.action_row.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addLayout(self.action_row)
        self.details_button = QPushButton()
        self.details_button.setObjectName("details_toggle")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tone = Tone.INFO
        self._buttons: list[QPushButton] = []

    def show_state(
        self,
        tone: Tone,
        text: str,
        detail: str = "",
        actions: Actions = (),
    ) -> None:
        self.tone = tone
        self.icon.setPixmap(self.style().standardIcon(_ICONS[tone]).pixmap(32, 32))
        self.icon.setAccessibleName(tone.value)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"#status_banner {{ background: {_COLOURS[tone]}; }}")
        self.details.setText(detail)
        self.details_button.setVisible(bool(detail))
        self.details_button.setChecked(False)
        self._retranslate_toggle()
        for button in self._buttons:
            self.action_row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for label, callback in actions:
            button = QPushButton(tr(label))
            button.setAccessibleName(tr(label))
            button.clicked.connect(lambda _checked=False, run=callback: run())
            self.action_row.addWidget(button)
            self._buttons.append(button)

    def action_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self._retranslate_toggle()

    def _retranslate_toggle(self) -> None:
        label = texts.HIDE_DETAILS if self.details_button.isChecked() else texts.DETAILS
        self.details_button.setText(tr(label))
        self.details_button.setAccessibleName(tr(label))
