"""The certificates tab: the chain as a tree, the details of the one selected, and its export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eidcompanion.card.files import CardFile
from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.gui.pages.fields_form import FieldsForm
from eidcompanion.i18n import Message
from eidcompanion.view import CardView, CertificateView, Field

PARENTS = {
    CardFile.ROOT_CERTIFICATE: None,
    CardFile.CA_CERTIFICATE: CardFile.ROOT_CERTIFICATE,
    CardFile.AUTHENTICATION_CERTIFICATE: CardFile.CA_CERTIFICATE,
    CardFile.SIGNATURE_CERTIFICATE: CardFile.CA_CERTIFICATE,
    CardFile.RRN_CERTIFICATE: CardFile.ROOT_CERTIFICATE,
}
"""Who issued whom on a Belgian card: the root issues the Citizen CA and the National Register."""


class CertificatesPage(QWidget):
    exportRequested = Signal(object, str)  # (CertificateView, "pem" | "der")  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setObjectName("certificate_tree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._on_select)
        splitter.addWidget(self.tree)
        self.details = FieldsForm()
        self.details.setObjectName("certificate_details")
        splitter.addWidget(self.details)
        layout.addWidget(splitter)
        buttons = QHBoxLayout()
        self.pem_button = QPushButton()
        self.pem_button.setObjectName("export_pem")
        self.pem_button.clicked.connect(lambda: self._export("pem"))
        self.der_button = QPushButton()
        self.der_button.setObjectName("export_der")
        self.der_button.clicked.connect(lambda: self._export("der"))
        buttons.addWidget(self.pem_button)
        buttons.addWidget(self.der_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._views: dict[CardFile, CertificateView] = {}
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.pem_button.setText(tr(texts.EXPORT_PEM))
        self.der_button.setText(tr(texts.EXPORT_DER))
        self.tree.setAccessibleName(tr(texts.TAB_CERTIFICATES))
        for button in (self.pem_button, self.der_button):
            button.setAccessibleName(button.text().replace("&", ""))

    def show_view(self, view: CardView) -> None:
        self.clear()
        items: dict[CardFile, QTreeWidgetItem] = {}
        for certificate in view.certificates:
            self._views[certificate.file] = certificate
            name = certificate.common_name or certificate.subject
            label = tr(certificate.role) + (f": {name}" if name else f" ({tr(texts.NOT_ON_CARD)})")
            parent = PARENTS.get(certificate.file)
            item = QTreeWidgetItem([label])
            item.setData(0, Qt.ItemDataRole.UserRole, certificate.file.name)
            if parent is not None and parent in items:
                items[parent].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[certificate.file] = item
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected(self) -> CertificateView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._views.get(CardFile[item.data(0, Qt.ItemDataRole.UserRole)])

    def _on_select(self, *_items: object) -> None:
        certificate = self.selected()
        present = certificate is not None and certificate.present
        self.pem_button.setEnabled(present)
        self.der_button.setEnabled(present)
        if certificate is None or not certificate.present:
            self.details.clear()
            return
        rows: list[tuple[str, Message, str]] = [
            ("subject", texts.SUBJECT, certificate.subject),
            ("issuer", texts.ISSUER, certificate.issuer),
            ("valid_from", texts.VALID_FROM, certificate.valid_from),
            ("valid_until", texts.VALID_UNTIL, certificate.valid_until),
            ("key_type", texts.KEY_TYPE, certificate.key_type),
            ("sha256", texts.FINGERPRINT, certificate.sha256),
        ]
        self.details.show_fields(tuple(Field(key, label, value) for key, label, value in rows))

    def _export(self, form: str) -> None:
        certificate = self.selected()
        if certificate is not None and certificate.present:
            self.exportRequested.emit(certificate, form)

    def clear(self) -> None:
        self._views = {}
        self.tree.clear()
        self.details.clear()
        self.pem_button.setEnabled(False)
        self.der_button.setEnabled(False)
