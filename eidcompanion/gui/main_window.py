"""The main window: the status banner, the reader choice and the four tabs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eidcompanion import __version__
from eidcompanion.card.pin import PinBlockedError
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.gui import texts
from eidcompanion.gui.card_service import CardService, Phase
from eidcompanion.gui.card_session import VIRTUAL_READER
from eidcompanion.gui.consent import ConsentStore, WebsitesDialog
from eidcompanion.gui.documents import FileDialogs, certificate_bytes, read_eid_document, write_eid_document
from eidcompanion.gui.languages import LANGUAGE_NAMES, TRANSLATOR, Languages, tr
from eidcompanion.gui.pages.authenticity_page import AuthenticityPage
from eidcompanion.gui.pages.card_page import CardPage
from eidcompanion.gui.pages.certificates_page import CertificatesPage
from eidcompanion.gui.pages.identity_page import IdentityPage
from eidcompanion.gui.pin_flow import PinFlow, blocked_advice
from eidcompanion.gui.printing import export_pdf, identity_document, print_document
from eidcompanion.gui.settings import AppSettings
from eidcompanion.gui.status_banner import Actions, StatusBanner, Tone
from eidcompanion.i18n import SUPPORTED_LANGUAGES, Message
from eidcompanion.private_files import write_private
from eidcompanion.resources import ui_dir
from eidcompanion.texts.errors import error_text
from eidcompanion.view import CardView, CertificateView, card_view

EMPTY_ICON_SIZE = 160


def _empty_page() -> QLabel:
    """Shown when there is no card and no file: the banner says what to do, no empty forms."""
    page = QLabel()
    page.setObjectName("empty_page")
    page.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.setPixmap(QIcon(str(ui_dir() / "icons" / "eidcompanion.svg")).pixmap(EMPTY_ICON_SIZE))
    return page


class MainWindow(QMainWindow):
    def __init__(self, service: CardService, languages: Languages, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.service = service
        self.languages = languages
        self.settings = settings
        self.quitting = False
        self.keep_in_tray = False
        self.file_path = ""
        self.view: CardView | None = None
        self.dialogs = FileDialogs(self, public=settings.public.enabled)
        self.consent = ConsentStore(settings)
        self.pin_flow = PinFlow(self, service, languages, self.show_notice)
        self._notice: tuple[Tone, str, str] | None = None

        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = StatusBanner()
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setObjectName("read_progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        layout.addLayout(self._build_reader_row())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.identity_page = IdentityPage()
        self.card_page = CardPage()
        self.certificates_page = CertificatesPage()
        self.authenticity_page = AuthenticityPage()
        for page in (self.identity_page, self.card_page, self.certificates_page, self.authenticity_page):
            self.tabs.addTab(page, "")
        self.empty_page = _empty_page()
        self.body = QStackedWidget()
        self.body.addWidget(self.empty_page)
        self.body.addWidget(self.tabs)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.card_page.testPinRequested.connect(self.pin_flow.test_pin)
        self.card_page.changePinRequested.connect(self.pin_flow.change_pin)
        self.certificates_page.exportRequested.connect(self.export_certificate)
        self.authenticity_page.revocationRequested.connect(self.check_revocation)
        service.changed.connect(self.refresh)
        service.progress.connect(self._on_progress)
        service.pinStatusChanged.connect(self._on_pin_status)
        service.reportsChanged.connect(self._on_reports)
        languages.changed.connect(self.retranslate)
        self.resize(900, 640)
        self.retranslate()

    def _build_reader_row(self) -> QHBoxLayout:
        """The reader choice, shown when more than one reader holds a card."""
        row = QHBoxLayout()
        self.reader_label = QLabel()
        self.readers = QComboBox()
        self.readers.setObjectName("reader_choice")
        self.reader_label.setBuddy(self.readers)
        self.readers.activated.connect(self._on_reader_chosen)
        row.addWidget(self.reader_label)
        row.addWidget(self.readers, 1)
        return row

    # -- menus -------------------------------------------------------------------------------

    def _action(self, name: str, slot: object, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self._action("open_eid", self.open_file, QKeySequence.StandardKey.Open)
        self.save_action = self._action("save_eid", self.save_file, QKeySequence.StandardKey.Save)
        self.close_file_action = self._action("close_file", self.service.close_document)
        self.print_action = self._action("print", self.print_identity, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action("export_pdf", self.export_identity_pdf)
        self.websites_action = self._action("websites", self.show_websites)
        self.quit_action = self._action("quit", self.quit_app, QKeySequence.StandardKey.Quit)
        for action in (self.open_action, self.save_action, self.close_file_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.pdf_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.websites_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in SUPPORTED_LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setObjectName(f"language_{language}")
            action.triggered.connect(lambda _checked=False, code=language: self.choose_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self._action("about", self.about)
        self.help_menu.addAction(self.about_action)

    def choose_language(self, language: str) -> None:
        self.languages.switch(language)
        self.settings.set_value("language", language)

    def retranslate(self, _language: str = "") -> None:
        self.setWindowTitle(tr(texts.APP_NAME))
        self.empty_page.setAccessibleName(tr(texts.APP_NAME))
        self.tabs.setAccessibleName(tr(texts.APP_NAME))
        tab_bar = self.tabs.tabBar()
        if tab_bar is not None:
            tab_bar.setAccessibleName(tr(texts.APP_NAME))
        for index, label in enumerate(
            (texts.TAB_IDENTITY, texts.TAB_CARD, texts.TAB_CERTIFICATES, texts.TAB_AUTHENTICITY)
        ):
            self.tabs.setTabText(index, tr(label))
        self.file_menu.setTitle(tr(texts.MENU_FILE))
        self.language_menu.setTitle(tr(texts.MENU_LANGUAGE))
        self.help_menu.setTitle(tr(texts.MENU_HELP))
        labels: list[tuple[QAction, Message]] = [
            (self.open_action, texts.ACTION_OPEN),
            (self.save_action, texts.ACTION_SAVE),
            (self.close_file_action, texts.ACTION_CLOSE_FILE),
            (self.print_action, texts.ACTION_PRINT),
            (self.pdf_action, texts.ACTION_PDF),
            (self.websites_action, texts.ACTION_WEBSITES),
            (self.quit_action, texts.ACTION_QUIT),
            (self.about_action, texts.ACTION_ABOUT),
        ]
        for action, label in labels:
            action.setText(tr(label))
        self.reader_label.setText(tr(texts.READER_LABEL))
        self.readers.setAccessibleName(tr(texts.READER_LABEL).rstrip(":"))
        self.language_actions[self.languages.current].setChecked(True)
        for page in (self.identity_page, self.card_page, self.certificates_page, self.authenticity_page):
            page.retranslate()
        self._render_card()
        self.refresh()

    # -- state -------------------------------------------------------------------------------

    def show_notice(self, tone: Tone, text: str, detail: str = "") -> None:
        """A message about the last action (PIN outcome, file saved), until the state changes."""
        self._notice = (tone, text, detail)
        self.banner.show_state(tone, text, detail, self._card_actions())

    def _card_actions(self) -> Actions:
        if self.service.virtual_active:
            return ((texts.REMOVE_VIRTUAL, self.service.remove_virtual_card),)
        if self.service.document is not None and self.service.document.from_file:
            return ((texts.ACTION_CLOSE_FILE, self.service.close_document),)
        return ()

    def refresh(self) -> None:
        phase, problem = self.service.phase, self.service.problem
        document = self.service.document
        if phase is not Phase.SHOWING:
            self._notice = None
        self.progress.setVisible(phase is Phase.READING)
        self._update_readers()
        self._render_card()
        offer_virtual = ((texts.USE_VIRTUAL, self.service.use_virtual_card),)
        if phase is Phase.STARTING:
            self.banner.show_state(Tone.WORKING, tr(texts.STARTING))
        elif phase is Phase.NO_SERVICE:
            self.banner.show_state(
                Tone.WARNING, tr(texts.NO_SERVICE), problem.detail if problem else "", offer_virtual
            )
        elif phase is Phase.NO_READER:
            self.banner.show_state(Tone.WARNING, tr(texts.NO_READER), "", offer_virtual)
        elif phase is Phase.NO_CARD:
            removed = problem is not None and problem.code is ErrorCode.CARD_REMOVED
            text = tr(texts.CARD_REMOVED) if removed else tr(texts.NO_CARD)
            self.banner.show_state(Tone.INFO, text, problem.detail if problem else "")
        elif phase is Phase.READING:
            self.banner.show_state(Tone.WORKING, tr(texts.READING))
        elif phase is Phase.FAILED and problem is not None:
            self._show_problem(problem)
        elif phase is Phase.SHOWING and document is not None:
            if self._notice is not None:
                self.banner.show_state(*self._notice, self._card_actions())
            elif document.from_file:
                self.banner.show_state(
                    Tone.WARNING,
                    tr(texts.FROM_FILE, path=Path(self.file_path).name),
                    self.file_path,
                    self._card_actions(),
                )
            elif document.simulated:
                self.banner.show_state(Tone.SIMULATED, tr(texts.SIMULATED), "", self._card_actions())
            elif self.service.read is not None and self.service.read.authenticity.test:
                self.banner.show_state(Tone.SIMULATED, tr(texts.TEST_CARD))
            else:
                self.banner.show_state(Tone.INFO, tr(texts.CARD_READ))
        has_data = document is not None
        self.save_action.setEnabled(has_data)
        self.print_action.setEnabled(has_data)
        self.pdf_action.setEnabled(has_data)
        self.close_file_action.setEnabled(has_data and document is not None and document.from_file)

    def _show_problem(self, problem: EidError) -> None:
        text = (
            blocked_advice(problem)
            if isinstance(problem, PinBlockedError)
            else error_text(problem, TRANSLATOR)
        )
        actions: Actions = ()
        reader = self.service.retry_reader()
        if reader is not None:
            actions = ((texts.READ_AGAIN, lambda: self.service.select_reader(reader)),)
        self.banner.show_state(Tone.ERROR, text, problem.detail, actions)

    def _update_readers(self) -> None:
        names = [status.name for status in self.service.readers if status.card_present]
        if self.service.virtual_active:
            names.append(VIRTUAL_READER)
        self.readers.blockSignals(True)
        self.readers.clear()
        for name in names:
            self.readers.addItem(self._reader_label(name), name)
        if self.service.reader in names:
            self.readers.setCurrentIndex(names.index(self.service.reader))
        self.readers.blockSignals(False)
        visible = len(names) > 1
        self.readers.setVisible(visible)
        self.reader_label.setVisible(visible)

    @staticmethod
    def _reader_label(name: str) -> str:
        return tr(texts.VIRTUAL_READER_NAME) if name == VIRTUAL_READER else name

    def _on_reader_chosen(self, index: int) -> None:
        name = str(self.readers.itemData(index) or "")
        if name and name != self.service.reader:
            self.service.select_reader(name)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _render_card(self) -> None:
        """Draw the card shown, or empty every page (no name, number or photo left anywhere)."""
        document = self.service.document
        self.body.setCurrentWidget(self.tabs if document is not None else self.empty_page)
        if document is None:
            self.view = None
            self.identity_page.clear()
            self.card_page.clear()
            self.certificates_page.clear()
            self.authenticity_page.clear()
            return
        self.view = card_view(replace(document, reader=self._reader_label(document.reader)), TRANSLATOR)
        self.identity_page.show_view(self.view)
        self.card_page.show_view(self.view, pin_usable=not document.from_file)
        self.certificates_page.show_view(self.view)
        self._on_pin_status()
        self._on_reports()

    def _on_pin_status(self) -> None:
        self.card_page.show_pin_status(self.service.pin_status)

    def _on_reports(self) -> None:
        read = self.service.read
        document = self.service.document
        self.authenticity_page.show_reports(
            read.authenticity if read else None,
            self.service.certificate_report if read else None,
            from_file=document is not None and document.from_file,
        )

    # -- actions -----------------------------------------------------------------------------

    def check_revocation(self) -> None:
        self.show_notice(Tone.WORKING, tr(texts.CHECKING_ONLINE))

        def done(error: EidError | None) -> None:
            if error is not None:
                self.show_notice(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)
            else:
                self._notice = None
                self.refresh()

        self.service.check_revocation(done)

    def open_file(self, path: str = "") -> None:
        path = path or self.dialogs.open_path()
        if not path:
            return
        try:
            document = read_eid_document(path)
        except EidError as error:
            self.show_notice(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)
            return
        except OSError as error:
            self.show_notice(Tone.ERROR, tr(texts.OPEN_FAILED), error.strerror or str(error))
            return
        self.file_path = path
        self.service.show_document(document)

    def _suggested_name(self, suffix: str) -> str:
        document = self.service.document
        if document is None:
            return f"eid{suffix}"
        return f"{document.identity.national_number.formatted}{suffix}"

    def save_file(self, path: str = "") -> None:
        document = self.service.document
        if document is None:
            return
        path = path or self.dialogs.save_path(
            tr(texts.ACTION_SAVE), self._suggested_name(".eid"), tr(texts.FILE_FILTER)
        )
        if not path:
            return
        try:
            write_eid_document(path, document)
        except EidError as error:
            self.show_notice(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)
            return
        self.show_notice(Tone.INFO, tr(texts.SAVED_TO, path=path))

    def export_certificate(self, certificate: CertificateView, form: str, path: str = "") -> None:
        suffix = ".pem" if form == "pem" else ".der"
        label = texts.EXPORT_PEM if form == "pem" else texts.EXPORT_DER
        name = (certificate.common_name or certificate.file.name).replace("/", "_") + suffix
        path = path or self.dialogs.save_path(
            tr(label), name, tr(texts.PEM_FILTER if form == "pem" else texts.DER_FILTER)
        )
        if not path:
            return
        try:
            write_private(path, certificate_bytes(certificate, form))
        except EidError as error:
            self.show_notice(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)
            return
        self.show_notice(Tone.INFO, tr(texts.SAVED_TO, path=path))

    def _print_notice(self) -> str:
        document = self.service.document
        if document is None:
            return ""
        if document.from_file:
            return tr(texts.FROM_FILE, path=Path(self.file_path).name)
        return tr(texts.SIMULATED) if document.simulated else ""

    def print_identity(self) -> None:
        if self.view is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_document(identity_document(self.view, self._print_notice()), printer)

    def export_identity_pdf(self, path: str = "") -> None:
        if self.view is None:
            return
        path = path or self.dialogs.save_path(
            tr(texts.ACTION_PDF), self._suggested_name(".pdf"), tr(texts.PDF_FILTER)
        )
        if not path:
            return
        try:
            export_pdf(self.view, path, self._print_notice())
        except EidError as error:
            self.show_notice(Tone.ERROR, error_text(error, TRANSLATOR), error.detail)
            return
        self.show_notice(Tone.INFO, tr(texts.SAVED_TO, path=path))

    def show_websites(self) -> WebsitesDialog:
        """The sites always allowed to read the card; each can be withdrawn."""
        dialog = WebsitesDialog(self, self.consent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self, tr(texts.APP_NAME), tr(texts.ABOUT_TEXT, version=__version__))

    # -- window and tray ---------------------------------------------------------------------

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()
        QTimer.singleShot(0, self._quit_application)

    def _quit_application(self) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.keep_in_tray and not self.quitting:
            event.ignore()
            self.hide()  # the app stays in the tray: browser logins will need it
            return
        event.accept()
