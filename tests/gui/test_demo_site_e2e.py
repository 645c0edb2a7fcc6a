"""The demo e-guichet in real browsers: log in with the card and its PIN (typed in the app), then fill
the profile from the card after consent, checked on the site's server; its pages in four languages."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.consent import ConsentDialog
from eidcompanion.gui.pin_dialogs import PinDialog
from eidcompanion.simulator.profile import build_profile
from tests.conftest import CardSlot
from tests.e2e.demo_site import demo, demo_server
from tests.e2e.launch import Browser
from tests.e2e.pages import SPECIMEN_FORM
from tests.gui.test_browsers_e2e import answered, in_background

pytestmark = pytest.mark.realstack

FORM_VALUES = "Object.fromEntries([...new FormData(document.getElementById('profile'))])"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[demo_server.DemoSite]:
    validator, trust = demo.configuration([])  # the test configuration: the simulator's CAs
    with demo_server.serve(tmp_path, validator=validator, trust=trust) as running:
        yield running


def wait_until(browser: Browser, condition: str) -> None:
    browser.evaluate(
        "new Promise((resolve, reject) => { const end = Date.now() + 60000;"
        f" const poll = () => {{ if ({condition}) resolve(true);"
        " else if (Date.now() > end) reject(new Error('timeout')); else setTimeout(poll, 25); }; poll(); })"
    )


def wait_for_page(browser: Browser, path: str, also: str = "true", seconds: float = 60) -> None:
    """Until the browser shows ``path`` with its script ready and ``also`` true (the page navigates by
    itself: a script running across the navigation is cut, so ask again and again)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if browser.evaluate(f"location.pathname === {path!r} && window.demoReady === true && ({also})"):
                return
        except (RuntimeError, ConnectionError):
            pass  # the page changed under the question
        time.sleep(0.05)
    raise TimeoutError(f"the browser did not reach {path}")


def open_page(browser: Browser, url: str) -> None:
    browser.navigate(url)
    wait_until(browser, "window.demoReady === true")


def log_in(qtbot: QtBot, app: App, browser: Browser, site: Any, language: str) -> None:
    open_page(browser, f"{site.origin}/?lang={language}")
    clicked = in_background(lambda: browser.evaluate("document.getElementById('login').click(), true"))
    answered(qtbot, clicked)
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, PinDialog), timeout=30000)
    dialog = app.logins.dialog
    assert isinstance(dialog, PinDialog)
    assert site.origin.removeprefix("https://") in dialog.context.text()
    dialog.field.setText("1234")
    dialog.ok_button.click()  # type: ignore[attr-defined]
    answered(qtbot, in_background(lambda: wait_for_page(browser, "/profile")))


def fill_from_card(qtbot: QtBot, app: App, browser: Browser, *, allow: bool) -> str:
    answered(qtbot, in_background(lambda: browser.evaluate("document.getElementById('fill').click(), true")))
    qtbot.waitUntil(lambda: isinstance(app.logins.dialog, ConsentDialog), timeout=30000)
    dialog = app.logins.dialog
    assert isinstance(dialog, ConsentDialog)
    (dialog.once_button if allow else dialog.refuse_button).click()
    answered(
        qtbot, in_background(lambda: wait_until(browser, "document.getElementById('status').dataset.outcome"))
    )
    return str(browser.evaluate("document.getElementById('status').dataset.outcome"))


def insert(qtbot: QtBot, app: App, slot: CardSlot) -> None:
    slot.insert(build_profile("1.8"))
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=10000)


def test_log_in_then_fill_in_the_profile_from_the_card(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, site: Any
) -> None:
    insert(qtbot, app, card_slot)
    log_in(qtbot, app, browser, site, "fr")
    assert "Élise Marie Specimen-Dubois" in browser.evaluate("document.getElementById('welcome').textContent")
    assert fill_from_card(qtbot, app, browser, allow=True) == "verified"
    assert browser.evaluate(FORM_VALUES) == SPECIMEN_FORM
    assert "vérifiées par le serveur" in browser.evaluate("document.getElementById('status').textContent")
    keep = os.environ.get("EIDCOMPANION_DEMO_SHOTS")
    if keep:
        (Path(keep) / "demo-profile-filled-fr.png").write_bytes(browser.screenshot())


def test_refusing_leaves_the_profile_empty(
    qtbot: QtBot, app: App, card_slot: CardSlot, browser: Browser, site: Any
) -> None:
    insert(qtbot, app, card_slot)
    log_in(qtbot, app, browser, site, "nl")
    assert fill_from_card(qtbot, app, browser, allow=False) == "refused"
    assert set(browser.evaluate(FORM_VALUES).values()) == {""}
    assert "geweigerd" in browser.evaluate("document.getElementById('status').textContent")


def test_the_profile_needs_a_login(browser: Browser, site: Any) -> None:
    open_page(browser, f"{site.origin}/?lang=de")
    browser.evaluate("document.body.dataset.before = 'yes', location.assign('/profile?lang=de'), true")
    wait_for_page(browser, "/", also="!document.body.dataset.before")  # a new login page: redirected
    assert "Mit meiner eID-Karte anmelden" in browser.evaluate("document.body.textContent")


def test_the_pages_in_four_languages(browser: Browser, site: Any, tmp_path: Path) -> None:
    """Pictures of the login page in each language: none blank, each different (kept when
    EIDCOMPANION_DEMO_SHOTS names a folder, to look at them)."""
    keep = os.environ.get("EIDCOMPANION_DEMO_SHOTS")
    digests = {}
    for language, title in (
        ("fr", "démonstration"),
        ("nl", "Demo-e-loket"),
        ("de", "Demo-Online"),
        ("en", "Demo e-guichet"),
    ):
        open_page(browser, f"{site.origin}/?lang={language}")
        assert title in browser.evaluate("document.title")
        picture = browser.screenshot()
        assert picture.startswith(b"\x89PNG")
        assert len(picture) > 5000  # a page with text, not a blank picture
        digests[language] = hashlib.sha256(picture).hexdigest()
        if keep:
            (Path(keep) / f"demo-login-{language}.png").write_bytes(picture)
    assert len(set(digests.values())) == 4
