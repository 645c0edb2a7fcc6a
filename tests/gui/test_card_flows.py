"""The desktop app through the real stack: the simulated card in a vpcd reader of a private pcscd,
read by the app's own threads through pyscard, shown in real (offscreen) Qt widgets."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from eidcompanion.card.contents import CardContents
from eidcompanion.card.identity import Identity
from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.pin_dialogs import ChangePinDialog, PinDialog
from eidcompanion.simulator.profile import build_profile
from eidcompanion.view import CardDocument, CardView
from tests.conftest import CardSlot

pytestmark = pytest.mark.realstack

SURNAME = "Specimen-Dubois"
NATIONAL_NUMBER = "85.07.14-162.88"


def shown_texts(app: App) -> list[str]:
    """Every text a widget of the app holds (labels, fields, buttons, window titles)."""
    found = []
    for widget in [*app.window.findChildren(QWidget), app.window]:
        for getter in ("text", "windowTitle", "toolTip", "accessibleName", "placeholderText"):
            method = getattr(widget, getter, None)
            if callable(method):
                value = method()
                if isinstance(value, str) and value:
                    found.append(value)
    return found


def field_value(app: App, key: str) -> str:
    label = app.window.findChild(QLabel, f"value_{key}")
    return label.text() if label is not None else ""


def wait_for_phase(qtbot: QtBot, app: App, phase: Phase, timeout: int = 8000) -> None:
    qtbot.waitUntil(lambda: app.service.phase is phase, timeout=timeout)


def test_insert_shows_the_identity_and_remove_clears_it_everywhere(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    kinds = (CardContents, Identity, CardDocument, CardView)
    gc.collect()
    before = {id(obj) for obj in gc.get_objects() if isinstance(obj, kinds)}  # other tests' leftovers
    card_slot.insert(build_profile("1.8"))
    wait_for_phase(qtbot, app, Phase.SHOWING)
    assert field_value(app, "surname") == SURNAME
    assert field_value(app, "national_number") == NATIONAL_NUMBER
    assert field_value(app, "street") == "Rue de la Loi"
    assert not app.window.identity_page.photo.pixmap().isNull()
    assert "tries left: 3 of 3" in app.window.card_page.pin_label.text()

    card_slot.remove()
    qtbot.waitUntil(lambda: app.service.phase is Phase.NO_CARD, timeout=3000)
    texts = shown_texts(app)
    assert not any(SURNAME in text or NATIONAL_NUMBER in text for text in texts)
    assert app.window.identity_page.photo.pixmap().isNull()
    assert "taken out" in app.window.banner.text.text()
    gc.collect()
    left = [obj for obj in gc.get_objects() if isinstance(obj, kinds) and id(obj) not in before]
    assert not left, f"card data still in memory: {[type(obj).__name__ for obj in left]}"


def test_removal_is_seen_within_a_second(qtbot: QtBot, app: App, card_slot: CardSlot) -> None:
    card_slot.insert(build_profile("1.8"))
    wait_for_phase(qtbot, app, Phase.SHOWING)
    assert card_slot.card is not None
    card_slot.card.eject()
    card_slot.card = None
    qtbot.waitUntil(lambda: app.service.document is None, timeout=1000)


def test_a_card_removed_mid_read_says_so_and_shows_nothing(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    card = card_slot.insert(build_profile("1.8"))
    wait_for_phase(qtbot, app, Phase.SHOWING)
    card.eject_after(12)  # the next read stops after 12 commands: in the middle of the photo
    app.service.select_reader(card_slot.reader)
    qtbot.waitUntil(lambda: app.service.phase in (Phase.FAILED, Phase.NO_CARD), timeout=8000)
    card_slot.card = None
    assert "taken out" in app.window.banner.text.text()
    assert not any(SURNAME in text for text in shown_texts(app))


def _pin_dialog(app: App) -> PinDialog:
    dialog = app.window.pin_flow.dialog
    assert isinstance(dialog, PinDialog)
    return dialog


def _submit(qtbot: QtBot, dialog: PinDialog | ChangePinDialog, **fields: str) -> None:
    for name, value in fields.items():
        field = dialog.findChild(QLineEdit, name)
        assert field is not None
        field.setText(value)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # type: ignore[attr-defined]


def test_wrong_pins_show_the_tries_then_the_blocked_advice_without_another_verify(
    qtbot: QtBot, app: App, card_slot: CardSlot
) -> None:
    card_slot.insert(build_profile("1.8"))
    wait_for_phase(qtbot, app, Phase.SHOWING)
    assert card_slot.applet is not None
    applet = card_slot.applet
    verifies: list[bytes] = []
    process = applet.process

    def logged(apdu: bytes) -> bytes:
        if apdu[:2] == b"\x00\x20" and len(apdu) > 5:
            verifies.append(apdu)
        return process(apdu)

    applet.process = logged  # type: ignore[method-assign]

    app.window.card_page.test_button.click()
    qtbot.waitUntil(lambda: isinstance(app.window.pin_flow.dialog, PinDialog), timeout=5000)
    dialog = _pin_dialog(app)
    assert "tries left: 3" in dialog.prompt.text()
    for tries_left in (2, 1):
        _submit(qtbot, dialog, pin="9999")
        assert dialog.field.text() == ""  # the field never keeps the PIN
        expected = f"blocked: {tries_left}."
        qtbot.waitUntil(lambda: expected in dialog.message.text(), timeout=5000)  # noqa: B023
        assert f"tries left: {tries_left} of 3" in app.window.card_page.pin_label.text()
    assert "last try" in dialog.last_try.text()
    assert dialog.last_try.isVisibleTo(dialog)
    _submit(qtbot, dialog, pin="9999")
    qtbot.waitUntil(lambda: app.window.pin_flow.dialog is None, timeout=5000)
    assert "blocked" in app.window.banner.text.text()
    assert "PUK" in app.window.banner.text.text()
    assert len(verifies) == 3

    app.window.card_page.test_button.click()  # a blocked card: advice again, and no VERIFY
    qtbot.waitUntil(lambda: "PUK" in app.window.banner.text.text(), timeout=5000)
    qtbot.wait(300)
    assert app.window.pin_flow.dialog is None
    assert len(verifies) == 3
    assert applet.tries_left == 0


def test_change_pin_then_the_new_pin_works(qtbot: QtBot, app: App, card_slot: CardSlot) -> None:
    card_slot.insert(build_profile("1.8"))
    wait_for_phase(qtbot, app, Phase.SHOWING)
    app.window.card_page.change_button.click()
    qtbot.waitUntil(lambda: isinstance(app.window.pin_flow.dialog, ChangePinDialog), timeout=5000)
    dialog = app.window.pin_flow.dialog
    assert isinstance(dialog, ChangePinDialog)
    dialog.current.setText("1234")
    dialog.new.setText("5678")
    dialog.again.setText("5679")
    assert not dialog.ok_button.isEnabled()
    assert "not the same" in dialog.message.text()
    _submit(qtbot, dialog, current_pin="1234", new_pin="567890", new_pin_again="567890")
    qtbot.waitUntil(lambda: app.window.pin_flow.dialog is None, timeout=5000)
    assert "changed" in app.window.banner.text.text()
    assert card_slot.applet is not None
    assert card_slot.applet.pin == "567890"

    app.window.card_page.test_button.click()
    qtbot.waitUntil(lambda: isinstance(app.window.pin_flow.dialog, PinDialog), timeout=5000)
    _submit(qtbot, _pin_dialog(app), pin="567890")
    qtbot.waitUntil(lambda: "correct" in app.window.banner.text.text(), timeout=5000)
    assert "tries left: 3 of 3" in app.window.card_page.pin_label.text()
