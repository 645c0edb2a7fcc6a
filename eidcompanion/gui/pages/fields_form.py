"""A form of ``label: value`` rows that can be emptied completely (no text left behind)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.view import Field


class FieldsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def show_fields(self, fields: tuple[Field, ...]) -> None:
        self.clear()
        for item in fields:
            label = QLabel(tr(texts.FIELD_LABEL, label=tr(item.label)))
            value = QLabel(item.value)
            value.setObjectName(f"value_{item.key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, read by screen readers
            value.setAccessibleName(tr(item.label))
            label.setBuddy(value)
            self._layout.addRow(label, value)

    def clear(self) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)  # deletes the labels: their texts go with them

    def value_texts(self) -> dict[str, str]:
        """The values shown, by field key (for tests and printing)."""
        return {
            label.objectName().removeprefix("value_"): label.text()
            for label in self.findChildren(QLabel)
            if label.objectName().startswith("value_")
        }
