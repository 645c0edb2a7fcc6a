"""Card data for a site, only with the citizen's consent: the real bridge process, the app's real
consent dialog (offscreen), the simulated card behind the private pcscd."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.consent import ConsentDialog, WebsitesDialog
from eidcompanion.gui.login_dialogs import MessageDialog
from eidcompanion.simulator.profile import build_profile
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.identity_check import check_identity_data
from tests.conftest import CardSlot
from tests.gui.test_browser_login import bridges, insert, login_dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.realstack

SITE = "https://guichet.example.be"
ALL_PARTS = "identity,address,photo,integrity"


def ask(bridge: Any, origin: str = SITE, fields: str = ALL_PARTS) -> None:
    bridge.send("get-identity", fields=fields, origin=origin)


def shown_texts(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def consent(qtbot: QtBot, app: App) -> ConsentDialog:
    dialog = login_dialog(qtbot, app, ConsentDialog)
    assert isinstance(dialog, ConsentDialog)
    return dialog


def test_allow_once_sends_exactly_the_card_data_and_they_check_out(
    qtbot: QtBot,
    app: App,
    card_slot: CardSlot,
    bridges: Any,  # noqa: F811 - the fixture
) -> None:
    log = insert(qtbot, app, card_slot)
    bridge = bridges()
    ask(bridge)
    dialog = consent(qtbot, app)
    texts = shown_texts(dialog)
    assert "guichet.example.be" in texts  # who asks
    assert "Specimen-Dubois" in texts  # the values that will be sent are shown
    assert "85071416288" in texts  # exactly what will be sent
    assert "Rue de la Loi" in texts
    assert dialog.always_button.isVisibleTo(dialog)
    verifies_before = len(log.verifies)
    dialog.once_button.click()
    answer = bridge.answer(qtbot)
    assert set(answer) == {"identity", "address", "photo", "integrity"}
    assert answer["identity"]["surname"] == "Specimen-Dubois"
    assert answer["identity"]["nationalNumber"] == "85071416288"
    assert answer["address"] == {
        "street": "Rue de la Loi",
        "houseNumber": "16",
        "box": "3",
        "postalCode": "1000",
        "municipality": "Bruxelles",
        "printed": "Rue de la Loi 16 bte 3, 1000 Bruxelles",
    }
    checked = check_identity_data(answer["integrity"], TrustConfiguration.for_tests())
    assert checked.identity.surname == "Specimen-Dubois"
    assert checked.test  # a simulated card: only a test configuration trusts it
    assert len(log.verifies) == verifies_before  # no PIN for identity data
    second = bridges()
    ask(second)
    consent(qtbot, app).reject()  # "once" remembered nothing: the next request asks again
    assert second.answer(qtbot)["error"]["code"] == "ERR_EIDCOMPANION_CONSENT_REFUSED"


def test_only_the_parts_asked_are_sent(qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any) -> None:  # noqa: F811
    insert(qtbot, app, card_slot)
    bridge = bridges()
    ask(bridge, fields="address")
    dialog = consent(qtbot, app)
    assert "Specimen-Dubois" not in shown_texts(dialog)  # the name is not shown: it was not asked
    assert "Rue de la Loi" in shown_texts(dialog)
    dialog.once_button.click()
    assert set(bridge.answer(qtbot)) == {"address"}


def test_refuse_sends_nothing(qtbot: QtBot, app: App, card_slot: CardSlot, bridges: Any) -> None:  # noqa: F811
    insert(qtbot, app, card_slot)
    bridge = bridges()
    ask(bridge)
    consent(qtbot, app).refuse_button.click()
    answer = bridge.answer(qtbot)
    assert set(answer) == {"error"}
    assert answer["error"]["code"] == "ERR_EIDCOMPANION_CONSENT_REFUSED"


def test_always_allow_then_no_dialog_for_that_site_only_until_withdrawn(
    qtbot: QtBot,
    app: App,
    card_slot: CardSlot,
    bridges: Any,  # noqa: F811
) -> None:
    insert(qtbot, app, card_slot)
    first = bridges()
    ask(first, fields="identity,address")
    consent(qtbot, app).always_button.click()
    assert "identity" in first.answer(qtbot)

    again = bridges()
    ask(again, fields="address")  # a part already allowed: no dialog
    assert again.answer(qtbot)["address"]["postalCode"] == "1000"
    assert app.logins.dialog is None

    more = bridges()
    ask(more, fields="address,photo")  # the photo was never allowed: ask
    consent(qtbot, app).reject()
    assert more.answer(qtbot)["error"]["code"] == "ERR_EIDCOMPANION_CONSENT_REFUSED"

    elsewhere = bridges()
    ask(
        elsewhere, origin="https://other.example.be", fields="address"
    )  # another site gets nothing remembered
    consent(qtbot, app).reject()
    assert "error" in elsewhere.answer(qtbot)

    websites = app.window.show_websites()
    assert isinstance(websites, WebsitesDialog)
    assert "guichet.example.be" in shown_texts(websites)
    withdraw = websites.findChild(QPushButton, "withdraw")
    assert withdraw is not None
    withdraw.click()
    assert app.window.consent.allowed() == {}
    websites.close()

    after = bridges()
    ask(after, fields="address")  # withdrawn: the dialog again
    consent(qtbot, app).once_button.click()
    assert "address" in after.answer(qtbot)


def test_the_card_taken_out_during_consent_is_asked_for_again(
    qtbot: QtBot,
    app: App,
    card_slot: CardSlot,
    bridges: Any,  # noqa: F811
) -> None:
    insert(qtbot, app, card_slot)
    bridge = bridges()
    ask(bridge)
    consent(qtbot, app)
    card_slot.remove()
    login_dialog(qtbot, app, MessageDialog)  # "insert your card": nothing was sent
    assert bridge.frames.empty()
    card_slot.insert(build_profile("1.8"))
    consent(qtbot, app).once_button.click()
    assert "identity" in bridge.answer(qtbot)


@pytest.mark.parametrize("fields", ["integrity", "identity,integrity", "address,photo,integrity"])
def test_the_proof_is_never_asked_without_the_data_it_holds(
    qtbot: QtBot,
    app: App,
    bridges: Any,  # noqa: F811 - the fixture
    fields: str,
) -> None:
    """The integrity files hold the identity and the address: asked without them, the citizen would
    approve data the dialog never showed. The bridge refuses such a request."""
    bridge = bridges()
    ask(bridge, fields=fields)
    assert bridge.answer(qtbot)["error"]["code"] == "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
    assert app.logins.current is None


def test_the_proof_without_the_photo_holds_no_photo(
    qtbot: QtBot,
    app: App,
    card_slot: CardSlot,
    bridges: Any,  # noqa: F811
) -> None:
    insert(qtbot, app, card_slot)
    bridge = bridges()
    ask(bridge, fields="identity,address,integrity")
    consent(qtbot, app).once_button.click()
    answer = bridge.answer(qtbot)
    assert "photo" not in answer
    assert "photo" not in answer["integrity"]


def test_unknown_parts_are_refused_by_the_bridge(qtbot: QtBot, app: App, bridges: Any) -> None:  # noqa: F811
    bridge = bridges()
    ask(bridge, fields="identity,secrets")
    answer = bridge.answer(qtbot)
    assert answer["error"]["code"] == "ERR_WEBEID_NATIVE_INVALID_ARGUMENT"
    assert app.logins.current is None


def test_a_public_computer_never_offers_to_remember(qtbot: QtBot, qapp: object) -> None:
    from eidcompanion.gui.card_service import Phase
    from eidcompanion.gui.login_server import PendingLogin
    from eidcompanion.webeid.requests import parse_request
    from tests.gui.conftest import close, make_app

    public = make_app(watch_readers=False, public=True)
    try:
        public.service.use_virtual_card("1.8")
        qtbot.waitUntil(lambda: public.service.phase is Phase.SHOWING, timeout=10000)
        request = {"command": "get-identity", "arguments": {"fields": "address", "origin": SITE}}
        pending = PendingLogin(parse_request(request))
        public.logins.submit(pending)
        dialog = public.logins.dialog
        assert isinstance(dialog, ConsentDialog)
        assert not dialog.always_button.isVisibleTo(dialog)
        public.window.consent.remember(SITE, ("address",))  # even if asked to, a public app remembers nothing
        assert public.window.consent.allowed() == {}
        dialog.once_button.click()
        assert pending.answered
    finally:
        close(public)
