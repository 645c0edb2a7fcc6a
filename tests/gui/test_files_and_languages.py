"""Files (.eid, PDF, certificates), languages and the PIN dialog's rules, with the virtual card."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from eidcompanion.card.eid_file import load_eid_file
from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.pin_dialogs import PinDialog
from tests.conftest import TEST_DATA

SAMPLES = sorted((TEST_DATA / "eid-viewer").glob("*.eid"))


def show_virtual_card(qtbot: QtBot, app: App) -> None:
    app.service.use_virtual_card("1.8")
    qtbot.waitUntil(lambda: app.service.phase is Phase.SHOWING, timeout=8000)


def value(app: App, key: str) -> str:
    label = app.window.findChild(QLabel, f"value_{key}")
    return label.text() if label is not None else ""


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name)
def test_both_eid_viewer_samples_open_marked_as_from_a_file(
    qtbot: QtBot, offline_app: App, sample: Path
) -> None:
    offline_app.window.open_file(str(sample))
    assert offline_app.service.phase is Phase.SHOWING
    assert value(offline_app, "national_number").startswith("67.06.30-")
    assert "FROM A FILE" in offline_app.window.banner.text.text()
    assert not offline_app.window.card_page.test_button.isEnabled()  # no card: no PIN
    assert "cannot be checked" in offline_app.window.authenticity_page.verdict.text()


def test_a_damaged_file_gives_a_clear_error_and_changes_nothing(
    qtbot: QtBot, offline_app: App, tmp_path: Path
) -> None:
    show_virtual_card(qtbot, offline_app)
    broken = tmp_path / "broken.eid"
    broken.write_bytes(SAMPLES[0].read_bytes()[:500])
    offline_app.window.open_file(str(broken))
    assert "damaged or in an unknown format" in offline_app.window.banner.text.text()
    assert value(offline_app, "surname") == "Specimen-Dubois"  # the card shown is still shown


def test_save_then_open_gives_the_same_card_readable_by_the_owner_only(
    qtbot: QtBot, offline_app: App, tmp_path: Path
) -> None:
    show_virtual_card(qtbot, offline_app)
    before = {key: value(offline_app, key) for key in ("surname", "given_names", "national_number", "street")}
    target = tmp_path / "card.eid"
    offline_app.window.save_file(str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert load_eid_file(target.read_bytes()).identity.surname == "Specimen-Dubois"
    offline_app.service.remove_virtual_card()
    offline_app.window.open_file(str(target))
    assert {key: value(offline_app, key) for key in before} == before
    assert "FROM A FILE" in offline_app.window.banner.text.text()


def test_the_identity_exports_to_pdf_and_certificates_to_pem_and_der(
    qtbot: QtBot, offline_app: App, tmp_path: Path
) -> None:
    show_virtual_card(qtbot, offline_app)
    pdf = tmp_path / "identity.pdf"
    offline_app.window.export_identity_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    page = offline_app.window.certificates_page
    certificate = page.selected()
    assert certificate is not None
    offline_app.window.export_certificate(certificate, "pem", str(tmp_path / "root.pem"))
    offline_app.window.export_certificate(certificate, "der", str(tmp_path / "root.der"))
    pem = x509.load_pem_x509_certificate((tmp_path / "root.pem").read_bytes())
    der = x509.load_der_x509_certificate((tmp_path / "root.der").read_bytes())
    assert pem == der
    assert "Root" in pem.subject.rfc4514_string()


def test_certificates_show_as_a_chain_from_the_root(qtbot: QtBot, offline_app: App) -> None:
    show_virtual_card(qtbot, offline_app)
    tree = offline_app.window.certificates_page.tree
    root = tree.topLevelItem(0)
    assert root is not None
    assert root.text(0).startswith("Root")
    children = [item.text(0) for i in range(root.childCount()) if (item := root.child(i)) is not None]
    assert any(child.startswith("Certification authority") for child in children)
    assert any(child.startswith("National Register") for child in children)
    details = offline_app.window.certificates_page.details.value_texts()
    assert len(details["sha256"].split(":")) == 32


def test_the_language_switches_at_once(qtbot: QtBot, offline_app: App) -> None:
    show_virtual_card(qtbot, offline_app)
    window = offline_app.window
    english = (window.tabs.tabText(0), value(offline_app, "sex"), window.banner.text.text())
    window.language_actions["nl"].trigger()
    dutch = (window.tabs.tabText(0), value(offline_app, "sex"), window.banner.text.text())
    assert dutch[0] != english[0]
    assert dutch[1] == "vrouwelijk"
    assert dutch[2] != english[2]
    window.language_actions["fr"].trigger()
    assert value(offline_app, "sex") == "féminin"
    window.language_actions["en"].trigger()
    assert value(offline_app, "sex") == "female"


def test_qt_standard_buttons_follow_the_language(qtbot: QtBot, offline_app: App) -> None:
    offline_app.languages.switch("de")
    dialog = PinDialog(offline_app.window, 3)
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Abbrechen"
    offline_app.languages.switch("en")


def test_the_pin_dialog_takes_4_to_12_digits_only_and_escape_cancels(qtbot: QtBot, offline_app: App) -> None:
    dialog = PinDialog(offline_app.window, 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "tries left: 2" in dialog.prompt.text()
    submitted: list[object] = []
    dialog.submitted.connect(submitted.append)
    qtbot.keyClicks(dialog.field, "12a3")
    assert dialog.field.text() == "123"  # letters never enter the field
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.field, "4")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.field, "567890123")
    assert dialog.field.text() == "123456789012"  # at most 12 digits
    assert dialog.field.echoMode() is dialog.field.EchoMode.Password
    assert dialog.field.accessibleName()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert len(submitted) == 1
    assert dialog.field.text() == ""  # the field is cleared as the PIN leaves it
    assert "****" in repr(submitted[0])
    dialog.set_busy(False)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
