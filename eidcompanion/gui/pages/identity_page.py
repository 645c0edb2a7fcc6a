"""The identity tab: the photo, the person, and the address as forms want it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.gui.pages.fields_form import FieldsForm
from eidcompanion.view import CardView

PHOTO_SIZE = (140, 200)


class IdentityPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        row = QHBoxLayout(body)
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.StyledPanel)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.person = FieldsForm()
        self.person.setObjectName("identity_fields")
        column.addWidget(self.person)
        self.address_group = QGroupBox()
        self.address = FieldsForm()
        self.address.setObjectName("address_fields")
        QVBoxLayout(self.address_group).addWidget(self.address)
        column.addWidget(self.address_group)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.setWidget(body)
        # like the other tabs, drawn on the tab's own background (no grey box, no frame)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body.setAutoFillBackground(False)
        viewport = self.viewport()
        if viewport is not None:
            viewport.setAutoFillBackground(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr(texts.TAB_IDENTITY))
        self.address_group.setTitle(tr(texts.ADDRESS_GROUP))
        self.photo.setAccessibleName(tr(texts.PHOTO_ALT))

    def show_view(self, view: CardView) -> None:
        pixmap = QPixmap()
        if view.photo and pixmap.loadFromData(view.photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    *PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.setText(tr(texts.NO_PHOTO))
        self.person.show_fields(view.identity)
        self.address.show_fields(view.address)
        self.address_group.setVisible(True)

    def clear(self) -> None:
        self.photo.clear()
        self.photo.setPixmap(QPixmap())
        self.person.clear()
        self.address.clear()
        self.address_group.setVisible(False)
