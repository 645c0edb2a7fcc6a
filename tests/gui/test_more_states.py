"""Cards the app cannot use, a busy reader, two readers, and a PIN pad reader, each in plain words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.card_session import VIRTUAL_READER
from eidcompanion.gui.login_server import PendingLogin
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.pinpad_reader import KEYPAD_CANCEL, KEYPAD_TIMEOUT, PinPadReader
from eidcompanion.simulator.profile import build_profile
from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox
from eidcompanion.simulator.vpcd import VpcdCard
from eidcompanion.webeid.nonces import new_nonce
from eidcompanion.webeid.requests import parse_request
from tests.conftest import CardSlot, card_present, wait_for
from tests.helpers import NotBelpicCard


def banner(app: App) -> str:
    return app.window.banner.text.text()


@pytest.mark.realstack
def test_a_card_that_is_not_an_eid_is_named_so(qtbot: QtBot, app: App, pcsc_sandbox: PcscSandbox) -> None:
    card = VpcdCard(NotBelpicCard(), pcsc_sandbox.endpoint(0))
    card.insert()
    try:
        qtbot.waitUntil(lambda: app.service.phase is Phase.FAILED, timeout=8000)
        assert "not a Belgian eID card" in banner(app)
        assert app.window.banner.details.text()  # the technical part is behind "Details"
        assert not app.window.banner.details.isVisible()
        app.window.banner.details_button.click()
        assert app.window.banner.details.isVisible()
    finally:
        card.eject()
        wait_for(lambda: not card_present(READER_NAMES[0]))


@pytest.mark.realstack
def test_a_card_never_activated_says_where_to_activate_it(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    profile = build_profile("1.8")
    profile.activated = False
    card_slot.insert(profile)
    qtbot.waitUntil(lambda: app.service.phase is Phase.FAILED, timeout=8000)
    assert "not been activated" in banner(app)
    assert "municipality" in banner(app)


@pytest.mark.realstack
def test_a_reader_held_by_another_program_says_so_and_reads_when_freed(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    from smartcard import scard

    card_slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)
    _code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    code, handle, _protocol = scard.SCardConnect(
        context,
        card_slot.reader,
        scard.SCARD_SHARE_EXCLUSIVE,
        scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
    )
    assert code == 0
    try:
        app.service.select_reader(card_slot.reader)
        qtbot.waitUntil(lambda: app.service.phase is Phase.FAILED, timeout=8000)
        assert "Another program is using the card reader" in banner(app)
        [read_again] = app.window.banner.action_buttons()
    finally:
        scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    read_again.click()
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)


@pytest.mark.realstack
def test_two_readers_with_a_card_each_can_be_chosen(
    qtbot: QtBot, app: App, card_slot: CardSlot, pcsc_sandbox: PcscSandbox
) -> None:
    card_slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)
    second = VpcdCard(BelpicApplet(build_profile("1.7")), pcsc_sandbox.endpoint(1))
    second.insert()
    try:
        qtbot.waitUntil(lambda: app.window.readers.count() == 2, timeout=3000)
        assert app.window.readers.isVisible()
        assert app.service.reader == READER_NAMES[0]  # the card shown stays shown
        app.window.readers.setCurrentIndex(1)
        app.window.readers.activated.emit(1)
        qtbot.waitUntil(
            lambda: app.service.phase is Phase.SHOWING and app.service.reader == READER_NAMES[1],
            timeout=15000,
        )
        assert app.service.read is not None
        assert app.service.read.contents.applet_version.label == "1.7"
    finally:
        second.eject()
        wait_for(lambda: not card_present(READER_NAMES[1]))


def _with_pin_pad(qtbot: QtBot, app: App, *keys: object) -> PinPadReader:
    reader = PinPadReader(BelpicApplet(build_profile("1.8")), keypad=keys)  # type: ignore[arg-type]
    app.service._virtual = reader  # the built-in card, behind a reader with a keypad
    app.service.select_reader(VIRTUAL_READER)
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)
    return reader


def test_a_pin_pad_reader_asks_for_the_pin_on_its_keypad(qtbot: QtBot, offline_app: App) -> None:
    reader = _with_pin_pad(qtbot, offline_app, "1234")
    flow = offline_app.window.pin_flow
    shown: list[tuple[str, bool]] = []
    ask_pin = flow._ask_pin

    def watched(*arguments: object) -> None:
        ask_pin(*arguments)  # type: ignore[arg-type]
        assert isinstance(flow.dialog, PinDialog)
        shown.append((flow.dialog.prompt.text(), flow.dialog.field.isVisible()))

    flow._ask_pin = watched  # type: ignore[method-assign, assignment]
    offline_app.window.card_page.test_button.click()
    qtbot.waitUntil(lambda: "correct" in banner(offline_app), timeout=5000)
    [(prompt, field_visible)] = shown
    assert "keypad" in prompt
    assert not field_visible
    assert reader.requests  # the PIN went through the reader, never through this process


@pytest.mark.parametrize(("key", "words"), [(KEYPAD_CANCEL, "cancelled"), (KEYPAD_TIMEOUT, "in time")])
def test_a_pin_pad_cancel_or_timeout_is_said_plainly(
    qtbot: QtBot, offline_app: App, key: object, words: str
) -> None:
    _with_pin_pad(qtbot, offline_app, key)
    offline_app.window.card_page.test_button.click()
    qtbot.waitUntil(lambda: words in banner(offline_app), timeout=5000)
    assert offline_app.window.pin_flow.dialog is None
    assert offline_app.service.pin_status is not None
    assert offline_app.service.pin_status.tries_left == 3  # no try was used


def test_a_mute_card_is_explained_and_can_be_read_again(qtbot: QtBot, offline_app: App) -> None:
    from eidcompanion.transport.pcsc import ReaderStatus

    mute = ReaderStatus("ACS ACR39U ICC Reader 00 00", card_present=False, atr=None, mute=True)
    offline_app.service._on_readers([mute])  # what the reader monitor reports for a card with no ATR
    assert offline_app.service.phase is Phase.FAILED
    assert "does not answer" in banner(offline_app)
    buttons = {button.text(): button for button in offline_app.window.banner.action_buttons()}
    assert "Read again" in buttons
    buttons["Read again"].click()
    assert offline_app.service.reader == mute.name  # the read was started on that reader


def _login(offline_app: App) -> PendingLogin:
    request = parse_request(
        {"command": "authenticate", "arguments": {"challengeNonce": new_nonce(), "origin": "https://a.be"}}
    )
    pending = PendingLogin(request)
    offline_app.logins.submit(pending)  # as the login server does for a request of the bridge
    return pending


def test_a_login_on_a_pin_pad_reader_takes_the_pin_from_the_keypad(qtbot: QtBot, offline_app: App) -> None:
    reader = _with_pin_pad(qtbot, offline_app, "1234")
    pending = _login(offline_app)
    qtbot.waitUntil(lambda: pending.answered, timeout=10000)
    answer = pending.wait_answer(0)
    assert answer is not None
    assert answer.get("format") == "web-eid:1.0", answer
    assert reader.requests  # the PIN went through the reader, never through this process


@pytest.mark.parametrize(
    ("key", "code"),
    [(KEYPAD_CANCEL, "ERR_WEBEID_USER_CANCELLED"), (KEYPAD_TIMEOUT, "ERR_WEBEID_USER_TIMEOUT")],
)
def test_a_login_cancelled_or_timed_out_on_the_keypad_tells_the_page(
    qtbot: QtBot, offline_app: App, key: object, code: str
) -> None:
    _with_pin_pad(qtbot, offline_app, key)
    pending = _login(offline_app)
    qtbot.waitUntil(lambda: pending.answered, timeout=10000)
    answer = pending.wait_answer(0)
    assert answer is not None
    assert answer["error"]["code"] == code
    assert offline_app.logins.dialog is None
