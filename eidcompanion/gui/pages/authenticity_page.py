"""The authenticity tab: each check in plain words with a clear good or bad mark."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QStyle, QVBoxLayout, QWidget

from eidcompanion.gui import texts
from eidcompanion.gui.languages import TRANSLATOR, tr
from eidcompanion.texts.trust_labels import CHECK_NAMES, reason_text
from eidcompanion.trust.checks import CheckResult, Report


class AuthenticityPage(QWidget):
    revocationRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.checks = QListWidget()
        self.checks.setObjectName("checks")
        self.checks.setWordWrap(True)
        layout.addWidget(self.checks, 1)
        self.online_button = QPushButton()
        self.online_button.setObjectName("check_online")
        self.online_button.clicked.connect(self.revocationRequested)
        layout.addWidget(self.online_button)
        self._reports: tuple[Report | None, Report | None] = (None, None)
        self._from_file = False
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.intro.setText(tr(texts.AUTHENTICITY_INTRO))
        self.online_button.setText(tr(texts.CHECK_ONLINE))
        self.online_button.setAccessibleName(tr(texts.CHECK_ONLINE).replace("&", ""))
        self.checks.setAccessibleName(tr(texts.TAB_AUTHENTICITY))
        self._render()

    def show_reports(
        self, authenticity: Report | None, certificates: Report | None, *, from_file: bool
    ) -> None:
        self._reports = (authenticity, certificates)
        self._from_file = from_file
        self._render()

    def _add(self, check: CheckResult) -> None:
        style = self.style()
        icon = style.standardIcon(
            QStyle.StandardPixmap.SP_DialogApplyButton
            if check.ok
            else QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        text = f"{tr(CHECK_NAMES[check.name])}: {reason_text(check, TRANSLATOR)}"
        item = QListWidgetItem(icon, text)
        item.setData(Qt.ItemDataRole.UserRole, check.ok)  # the mark, for tests
        item.setToolTip(check.detail)
        self.checks.addItem(item)

    def _render(self) -> None:
        self.checks.clear()
        authenticity, certificates = self._reports
        if self._from_file:
            self.verdict.setText(tr(texts.NOT_FOR_FILES))
            self.online_button.setEnabled(False)
            return
        if authenticity is None or certificates is None:
            self.verdict.setText("")
            self.online_button.setEnabled(False)
            return
        for check in authenticity.checks + certificates.checks:
            self._add(check)
        good = authenticity.ok and certificates.ok
        verdict = tr(texts.ALL_GOOD if good else texts.SOMETHING_WRONG)
        if good and any(check.revocation == "not_checked" for check in certificates.checks):
            verdict += " " + tr(texts.REVOCATION_NOT_ASKED)
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet("color: #1b5e20;" if good else "color: #b71c1c; font-weight: bold;")
        self.online_button.setEnabled(True)

    def clear(self) -> None:
        self.show_reports(None, None, from_file=False)
