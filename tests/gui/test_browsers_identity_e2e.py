"""Pre-filling a form from the card in real browsers, with the citizen's consent given in the app.

Debian's headless Chromium and Firefox ESR, this project's extension, the page library on an https
page on loopback, the app offscreen with the simulated card behind the private pcscd; the consent is
given in the app's real dialog.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.consent import ConsentDialog
from eidcompanion.gui.login_dialogs import MessageDialog
from eidcompanion.simulator.profile import build_profile
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.identity_check import check_identity_data
from tests.conftest import CardSlot
from tests.e2e.launch import Browser, start_chromium, start_firefox
from tests.e2e.pages import SPECIMEN_FORM, serve_page
from tests.gui.test_browsers_e2e import answered, ask, in_background

pytestmark = pytest.mark.realstack


@pytest.fixture
def form(browser: Browser, tmp_path: Path) -> Iterator[str]:
    """The profile form of an e-guichet, open in the browser; yields its origin."""
    with serve_page(tmp_path) as origin:
        browser.navigate(origin + "/form")
        wait_for_library(browser)
        yield origin


LIBRARY_READY = (
    "new Promise((resolve) => {"
    " const wait = () => window.libraryReady ? resolve(true) : setTimeout(wait, 20); wait(); })"
)


def wait_for_library(browser: Browser) -> None:
    browser.evaluate(LIBRARY_READY)


def prefill(browser: Browser, fields: list[str]) -> Callable[[], Any]:
    return in_background(lambda: browser.evaluate(f"prefill({json.dumps(fields)})"))


def consent(qtbot: QtBot, app: App) -> ConsentDialog:
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, ConsentDialog), timeout=30000)
    dialog = app.logins.dialog
    assert isinstance(dialog, ConsentDialog)
    return dialog


def insert(qtbot: QtBot, app: App, slot: CardSlot) -> None:
    slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=10000)


def test_allow_once_fills_the_form_with_the_card_values(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, form: str
) -> None:
    insert(qtbot, app, card_slot)
    result = prefill(browser, ["identity", "address", "integrity"])
    dialog = consent(qtbot, app)
    site = dialog.findChild(QLabel, "consent_site")
    assert site is not None
    assert form.removeprefix("https://") in site.text()  # the site, host and port
    dialog.once_button.click()
    outcome = answered(qtbot, result)
    assert outcome.get("values") == SPECIMEN_FORM, outcome
    checked = check_identity_data(outcome["answer"]["integrity"], TrustConfiguration.for_tests())
    assert (
        checked.identity.national_number.digits == SPECIMEN_FORM["national_number"]
    )  # the server's check agrees


def test_refuse_leaves_the_form_empty(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, form: str
) -> None:
    insert(qtbot, app, card_slot)
    result = prefill(browser, ["identity", "address"])
    consent(qtbot, app).refuse_button.click()
    assert answered(qtbot, result) == {"error": "RefusedError", "code": "ERR_EIDCOMPANION_CONSENT_REFUSED"}


def test_always_allow_then_the_next_visit_fills_without_a_dialog_until_withdrawn(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, form: str, tmp_path: Path
) -> None:
    insert(qtbot, app, card_slot)
    result = prefill(browser, ["identity", "address"])
    consent(qtbot, app).always_button.click()
    assert answered(qtbot, result).get("values") == SPECIMEN_FORM

    browser.navigate(form + "/form")  # a second visit
    wait_for_library(browser)
    again = answered(qtbot, prefill(browser, ["address"]))
    assert again.get("values", {}).get("postal_code") == "1000"
    assert app.logins.dialog is None  # no dialog this time

    (tmp_path / "other").mkdir()
    with serve_page(tmp_path / "other") as other:  # another origin: nothing remembered for it
        browser.navigate(other + "/form")
        wait_for_library(browser)
        elsewhere = prefill(browser, ["address"])
        consent(qtbot, app).refuse_button.click()
        assert answered(qtbot, elsewhere)["error"] == "RefusedError"

    app.window.consent.withdraw(form)  # withdrawn in the app ("Websites allowed to read your card")
    browser.navigate(form + "/form")
    wait_for_library(browser)
    after = prefill(browser, ["address"])
    consent(qtbot, app).refuse_button.click()
    assert answered(qtbot, after)["error"] == "RefusedError"
    app.window.consent.withdraw(form)


def test_the_card_removed_during_consent_then_inserted(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, form: str
) -> None:
    insert(qtbot, app, card_slot)
    result = prefill(browser, ["address"])
    consent(qtbot, app)
    card_slot.remove()
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, MessageDialog), timeout=10000)
    insert(qtbot, app, card_slot)
    consent(qtbot, app).once_button.click()
    assert answered(qtbot, result).get("values", {}).get("street") == "Rue de la Loi"


def test_no_card_and_the_citizen_gives_up(qtbot: QtBot, app: App, browser: Browser, form: str) -> None:
    qtbot.waitUntil(lambda: app.service.phase is Phase.NO_CARD, timeout=10000)
    result = prefill(browser, ["address"])
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, MessageDialog), timeout=30000)
    assert app.logins.dialog is not None
    app.logins.dialog.reject()
    assert answered(qtbot, result) == {"error": "NoCardError", "code": "ERR_EIDCOMPANION_NO_CARD"}


def test_a_plain_http_page_is_refused(qtbot: QtBot, app: App, browser: Browser, tmp_path: Path) -> None:
    with serve_page(tmp_path, secure=False) as origin:
        port = origin.rsplit(":", 1)[1]
        browser.navigate(f"http://e-guichet.test:{port}/")
        result = answered(qtbot, ask(browser, "status"))  # the extension answers, and refuses
        assert result["error"]["code"] == "ERR_WEBEID_CONTEXT_INSECURE"
    assert app.logins.current is None


COLLECT_ANSWERS = """new Promise((resolve) => {
  const seen = [];
  window.addEventListener("message", (event) => {
    if (event.source === window && /-(ack|success|failure)$/.test(event.data.action)) seen.push(event.data);
  });
  window.postMessage(REQUEST, window.location.origin);
  setTimeout(() => resolve(seen), 1500);
})"""


@pytest.fixture(scope="module", params=["chromium", "firefox"])
def two_extensions(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Browser]:
    """This project's extension beside a stand-in for the official Web eID extension (which is not in
    the registries this project can reach): a content script that answers web-eid:* like it."""
    start = start_chromium if request.param == "chromium" else start_firefox
    running = start(tmp_path_factory.mktemp(f"{request.param}-two"), with_standin=True)
    try:
        yield running
    finally:
        running.close()


def test_with_the_official_extension_too_the_page_gets_exactly_one_answer(
    two_extensions: Browser, tmp_path: Path, qtbot: QtBot
) -> None:
    with serve_page(tmp_path) as origin:
        two_extensions.navigate(origin + "/")
        request = json.dumps({"action": "web-eid:status", "libraryVersion": "2.0.0"})
        seen = answered(
            qtbot, in_background(lambda: two_extensions.evaluate(COLLECT_ANSWERS.replace("REQUEST", request)))
        )
    assert isinstance(seen, list)
    assert [message["action"] for message in seen] == ["web-eid:status-ack", "web-eid:status-success"]
    assert seen[1]["nativeApp"] == "standin"  # the other extension answered; this one stayed silent


TWO_AT_ONCE = """new Promise((resolve) => {
  const outcomes = [];
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window || !data || typeof data.action !== "string") return;
    if (data.action === "eidcompanion:read-identity-success") outcomes.push("success");
    else if (data.action === "eidcompanion:read-identity-failure") outcomes.push(data.error.code);
    else return;
    if (outcomes.length === 2) resolve(outcomes);
  });
  const request = { action: "eidcompanion:read-identity", fields: ["address"] };
  window.postMessage(request, window.location.origin);
  window.postMessage(request, window.location.origin);
})"""


def test_one_request_at_a_time_per_tab(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, form: str
) -> None:
    insert(qtbot, app, card_slot)
    result = in_background(lambda: browser.evaluate(TWO_AT_ONCE))
    dialog = consent(qtbot, app)
    qtbot.wait(300)
    assert app.logins.queue == deque()  # the second request never reached the app
    dialog.once_button.click()
    outcomes = answered(qtbot, result)
    assert sorted(outcomes) == ["ERR_WEBEID_ACTION_PENDING", "success"]
