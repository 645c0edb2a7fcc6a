"""Every control can be reached with the keyboard and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from eidcompanion.gui.app import App
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.pin_dialogs import ChangePinDialog, PinDialog


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QLabel):
            continue  # selectable values: named by their own text and their label
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        buddy_named = any(
            isinstance(label, QLabel) and label.buddy() is widget and label.text()
            for label in root.findChildren(QLabel)
        )
        if not (widget.accessibleName() or text.replace("&", "").strip() or buddy_named):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_main_window_has_no_unnamed_control(qtbot: QtBot, offline_app: App) -> None:
    offline_app.service.use_virtual_card("1.8")
    qtbot.waitUntil(lambda: offline_app.service.phase is Phase.SHOWING, timeout=8000)
    for index in range(offline_app.window.tabs.count()):
        offline_app.window.tabs.setCurrentIndex(index)
        assert not unnamed_controls(offline_app.window)


def test_the_pin_dialogs_have_no_unnamed_control_and_start_in_the_pin_field(
    qtbot: QtBot, offline_app: App
) -> None:
    for dialog in (PinDialog(offline_app.window, 3), ChangePinDialog(offline_app.window, 3)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not unnamed_controls(dialog)
        focused = dialog.focusWidget()
        assert focused is not None
        assert focused.objectName() in ("pin", "current_pin")


def test_the_tabs_are_reached_with_the_keyboard(qtbot: QtBot, offline_app: App) -> None:
    offline_app.service.use_virtual_card("1.8")
    qtbot.waitUntil(lambda: offline_app.service.phase is Phase.SHOWING, timeout=8000)
    tabs = offline_app.window.tabs
    tabs.setFocus()
    tabs.setCurrentIndex(0)
    qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
