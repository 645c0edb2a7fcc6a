"""A browser login in the app: which site asks, what for, then the PIN dialog, one request at a time.

Requests queue up; the citizen sees one dialog at a time. No card yet: the app asks for it and goes
on when one is read. The tries are read before the PIN dialog opens; a blocked card gets the
blocked advice and never a VERIFY; a wrong PIN shows the tries left and the citizen may try again
(each try is the citizen's). Cancel, or the page going away, answers the page at once.
"""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from eidcompanion.card.pin import PinBlockedError, PinStatus, WrongPinError
from eidcompanion.card.pin_entry import PinEntry, PinPadEntry
from eidcompanion.card.pinpad import PinPad
from eidcompanion.errors import EidError
from eidcompanion.gui import texts
from eidcompanion.gui.card_service import CardService, Phase
from eidcompanion.gui.card_session import CardAccess, Prepared
from eidcompanion.gui.consent import Choice, ConsentDialog, ConsentStore
from eidcompanion.gui.languages import TRANSLATOR, Languages, tr
from eidcompanion.gui.login_dialogs import insert_card_dialog, share_certificate_dialog
from eidcompanion.gui.login_server import PendingLogin
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.gui.pin_flow import blocked_advice
from eidcompanion.gui.status_banner import Tone
from eidcompanion.i18n import Message
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.errors import CardRemovedError
from eidcompanion.webeid.card_operations import AuthenticationPlan, SignaturePlan, SignatureResult
from eidcompanion.webeid.error_codes import (
    CONSENT_REFUSED,
    FATAL,
    NO_CARD,
    USER_CANCELLED,
    webeid_error_for,
)
from eidcompanion.webeid.errors import WrongSigningCardError
from eidcompanion.webeid.identity_data import identity_answer
from eidcompanion.webeid.origin import origin_host
from eidcompanion.webeid.requests import (
    AUTHENTICATE,
    GET_IDENTITY,
    GET_SIGNING_CERTIFICATE,
    SIGN,
    requested_certificate,
    requested_parts,
    signing_digest,
)
from eidcompanion.webeid.token import AuthToken

Notify = Callable[[Tone, str, str], None]
Plan = AuthenticationPlan | SignaturePlan


def error_answer(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _common_name(certificate_b64: str) -> str:
    from cryptography import x509  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    certificate = x509.load_der_x509_certificate(base64.b64decode(certificate_b64))
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


class LoginFlow(QObject):
    def __init__(
        self,
        parent: QWidget,
        service: CardService,
        languages: Languages,
        notify: Notify,
        consent: ConsentStore,
    ) -> None:
        super().__init__(parent)
        self.consent = consent
        self.parent_widget = parent
        self.service = service
        self.languages = languages
        self.notify = notify
        self.queue: deque[PendingLogin] = deque()
        self.current: PendingLogin | None = None
        self.dialog: QDialog | None = None
        self._waiting_for_card = False
        self._plan: Plan | None = None
        self.use_pin_pad = True
        service.changed.connect(self._on_card_changed)

    # -- the queue ---------------------------------------------------------------------------

    def submit(self, pending: PendingLogin) -> None:
        self.queue.append(pending)
        self._next()

    def cancelled(self, pending: PendingLogin) -> None:
        """The page went away (the browser closed the port): stop at once, answer nobody."""
        if pending is self.current:
            self.service.cancel()
            self._finish()
        elif pending in self.queue:
            self.queue.remove(pending)

    def _next(self) -> None:
        while self.current is None and self.queue:
            pending = self.queue.popleft()
            if pending.cancelled.is_set():
                continue
            self.current = pending
            self._start()

    def _finish(self, answer: dict[str, Any] | None = None) -> None:
        current, self.current = self.current, None
        if current is not None and answer is not None:
            current.answer(answer)
        self._close_dialog()
        self._waiting_for_card = False
        self._plan = None
        self._next()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.done(0)
            dialog.deleteLater()

    def _show(self, dialog: QDialog, on_cancel: Callable[[], None] | None = None) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.rejected.connect(on_cancel or self._citizen_cancelled)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _citizen_cancelled(self) -> None:
        self.service.cancel()
        self._finish(error_answer(USER_CANCELLED, "the citizen cancelled"))

    @property
    def _site(self) -> str:
        return origin_host(self.current.request.origin) if self.current else ""

    # -- step 1: a card ----------------------------------------------------------------------

    def _start(self) -> None:
        if self.service.card_ready:
            self._card_ready()
        elif self._reading:
            self._waiting_for_card = True  # the read in progress decides; no dialog flashes meanwhile
        else:
            self._ask_for_card(texts.INSERT_CARD_FOR_SITE)

    @property
    def _reading(self) -> bool:
        """The app is still looking at the readers or reading a card (e.g. just started by a login)."""
        return self.service.phase in (Phase.STARTING, Phase.READING)

    def _ask_for_card(self, text: Message) -> None:
        self._waiting_for_card = True
        self._plan = None
        self._show(insert_card_dialog(self.parent_widget, tr(text, site=self._site)), self._no_card)

    def _no_card(self) -> None:
        """The citizen gave up inserting a card: a login was cancelled; card data have no card."""
        if self.current is not None and self.current.request.command == GET_IDENTITY:
            self.service.cancel()
            self._finish(error_answer(NO_CARD, "no card was inserted"))
        else:
            self._citizen_cancelled()

    def _on_card_changed(self) -> None:
        if self.current is None:
            return
        if self._waiting_for_card and self.service.card_ready:
            self._waiting_for_card = False
            self._close_dialog()
            self._card_ready()
        elif self._waiting_for_card and self.dialog is None and not self._reading:
            self._ask_for_card(texts.INSERT_CARD_FOR_SITE)  # the read ended without a usable card
        elif not self._waiting_for_card and self.service.reader is None:
            self.service.cancel()  # the card left during the dialog: ask for it again
            self._ask_for_card(texts.INSERT_CARD_FOR_SITE)

    def _card_ready(self) -> None:
        assert self.current is not None
        request = self.current.request
        if request.command == AUTHENTICATE:
            nonce, origin = request.arguments["challengeNonce"], request.origin
            self._job(lambda access, reader: access.plan_login(reader, origin, nonce), self._planned)
        elif request.command == SIGN:
            digest, function = signing_digest(request), request.arguments["hashFunction"]
            certificate = requested_certificate(request)
            self._job(
                lambda access, reader: access.plan_signature(reader, digest, function, certificate),
                self._planned,
            )
        elif request.command == GET_SIGNING_CERTIFICATE:
            self._job(lambda access, reader: access.signing_certificate(reader), self._got_certificate)
        elif request.command == GET_IDENTITY:
            self._ask_consent()

    def _job(self, job: Callable[[CardAccess, str], object], then: Callable[[Any], None]) -> None:
        current = self.current

        def done(result: object, error: EidError | None) -> None:
            if self.current is not current:
                return  # cancelled meanwhile: its answer was given
            if error is not None:
                self._failed(error)
            else:
                then(result)

        self.service.card_job(job, done)

    def _failed(self, error: EidError) -> None:
        if isinstance(error, CardRemovedError):
            self._ask_for_card(texts.INSERT_CARD_FOR_SITE)
        elif isinstance(error, WrongSigningCardError):
            self._ask_for_card(texts.INSERT_SIGNING_CARD)
        elif isinstance(error, PinBlockedError):
            self._blocked()
        elif isinstance(error, WrongPinError):
            self._wrong_pin(error)
        else:
            message = error_text(error, TRANSLATOR)
            self.notify(Tone.ERROR, message, error.detail)
            self._finish(error_answer(webeid_error_for(error), error.detail or error.code.value))

    def _blocked(self) -> None:
        """No dialog that takes a PIN, no VERIFY: the advice, and the page is told."""
        self.notify(Tone.ERROR, blocked_advice(), "")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            tr(texts.LOGIN_FAILED_TITLE),
            blocked_advice(),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("pin_blocked_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._finish(error_answer(FATAL, "the PIN of the card is blocked"))
        box.show()

    # -- get-identity: the data already read, sent only with the citizen's yes ----------------

    def _ask_consent(self) -> None:
        assert self.current is not None
        read = self.service.read
        assert read is not None
        origin, parts = self.current.request.origin, requested_parts(self.current.request)
        if self.consent.covers(origin, parts):  # "always allow this site for these data"
            self._share(parts)
            return
        dialog = ConsentDialog(
            self.parent_widget, origin, parts, read.contents, can_remember=self.consent.can_remember
        )
        dialog.answered.connect(lambda choice: self._consented(choice, origin, parts))
        self._show(dialog, on_cancel=lambda: None)  # Escape answers "refused" through ``answered``

    def _consented(self, choice: Choice, origin: str, parts: tuple[str, ...]) -> None:
        if self.current is None or self.current.request.origin != origin:
            return
        if choice is Choice.REFUSED:
            self._finish(error_answer(CONSENT_REFUSED, "the citizen refused to share these data"))
            return
        if choice is Choice.ALWAYS:
            self.consent.remember(origin, parts)
        self._share(parts)

    def _share(self, parts: tuple[str, ...]) -> None:
        read = self.service.read
        if read is None:  # the card left in between: nothing to send; ask for it again
            self._ask_for_card(texts.INSERT_CARD_FOR_SITE)
            return
        self.notify(Tone.INFO, tr(texts.SHARED, site=self._site), "")
        self._finish(identity_answer(read.contents, parts))

    # -- get-signing-certificate ---------------------------------------------------------------

    def _got_certificate(self, answer: object) -> None:
        assert isinstance(answer, dict)
        dialog = share_certificate_dialog(self.parent_widget, self._site, _common_name(answer["certificate"]))
        dialog.accepted.connect(lambda: self._finish(answer))
        self._show(dialog)

    # -- authenticate and sign: the PIN ------------------------------------------------------

    def _planned(self, prepared: object) -> None:
        assert isinstance(prepared, Prepared)
        self._plan = prepared.plan
        self.service.set_pin_status(prepared.pin_status)
        if prepared.pin_status.blocked:
            self._blocked()
        else:
            pad = prepared.pin_pad if self.use_pin_pad else None
            self._ask_pin(prepared.pin_status, pad)

    def _ask_again(self) -> None:
        """After a wrong PIN on a PIN pad: the tries again, then a new keypad entry for the citizen."""

        asking = self.current

        def with_status(status: PinStatus | None, error: EidError | None) -> None:
            if self.current is not asking or asking is None:
                return  # that request ended meanwhile: nothing of it may touch the next one
            if error is not None or status is None:
                self._failed(error or EidError("no PIN status"))
            elif status.blocked:
                self._blocked()
            else:
                self.service.find_pin_pad(lambda pad, _error: with_pad(status, pad))

        def with_pad(status: PinStatus, pad: object) -> None:
            if self.current is asking:
                self._ask_pin(status, pad if isinstance(pad, PinPad) else None)

        self.service.refresh_pin_status(with_status)

    def _ask_pin(self, status: PinStatus, pin_pad: PinPad | None) -> None:
        if self.current is None:
            return
        dialog = PinDialog(self.parent_widget, status.tries_left, pin_pad=pin_pad is not None)
        dialog.setObjectName("login_pin_dialog")
        asks = texts.SIGN_ASKS if isinstance(self._plan, SignaturePlan) else texts.LOGIN_ASKS
        dialog.show_context(tr(asks, site=self._site))
        dialog.submitted.connect(self._use_pin)
        self._show(dialog)
        if pin_pad is not None:
            self._use_pin(PinPadEntry(pin_pad, self.languages.current))

    def _use_pin(self, entry: PinEntry) -> None:
        plan = self._plan
        if isinstance(plan, AuthenticationPlan):
            self._job(lambda access, reader: access.login(reader, plan, entry), self._signed)
        elif isinstance(plan, SignaturePlan):
            self._job(lambda access, reader: access.sign(reader, plan, entry), self._signed)

    def _signed(self, result: object) -> None:
        site = self._site
        if isinstance(result, AuthToken):
            self.notify(Tone.INFO, tr(texts.LOGGED_IN, site=site), "")
            self._finish(result.to_json())
        elif isinstance(result, SignatureResult):
            self.notify(Tone.INFO, tr(texts.SIGNED, site=site), "")
            self._finish(result.to_json())

    def _wrong_pin(self, error: WrongPinError) -> None:
        """The tries left in the open dialog; another try is the citizen's (typed, or on the keypad
        after the dialog opens again)."""
        if isinstance(self.dialog, PinDialog) and not self.dialog.pin_pad:
            self.dialog.show_wrong_pin(error.tries_left)
        else:
            self._ask_again()
