"""Pictures of the app in each of its states and languages, for reviews, translators and the manual.

``python -m eidcompanion.gui.screenshots OUTDIR [--lang fr nl de en] [--states NAME ...] [--eid-file PATH]``
builds the real app (without PC/SC), shows its real main window at a fixed size and saves
``OUTDIR/<state>-<lang>.png`` for every state in every language, printing each path it wrote. A dialog
is drawn centred over the window it belongs to. Every word in the pictures is the app's own.

States with a card use the service's public API (the built-in virtual card, a ``.eid`` file). The
others have no public way in without a reader, so they are set with ``CardService._set_phase`` (a
private method, acceptable for this rendering tool only) and the service's ``reader`` attribute.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSize, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from eidcompanion.card.errors import CardNotActivatedError
from eidcompanion.card.pin import PinBlockedError, PinStatus
from eidcompanion.card.pinpad import PinPadCancelledError, PinPadTimeoutError
from eidcompanion.errors import EidError
from eidcompanion.gui.app import App, build_app
from eidcompanion.gui.app import build_parser as app_parser
from eidcompanion.gui.card_service import Phase
from eidcompanion.gui.consent import ConsentDialog, WebsitesDialog
from eidcompanion.gui.pin_dialogs import ChangePinDialog, PinDialog
from eidcompanion.i18n import SUPPORTED_LANGUAGES
from eidcompanion.transport.errors import (
    CardRemovedError,
    CardUnresponsiveError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    UnsupportedCardError,
)

WINDOW_SIZE = QSize(1000, 700)
READ_SECONDS = 30.0
"""The longest a read of the virtual card may take before the tool gives up."""
VIRTUAL_CARD = "1.8"
IDENTITY_TAB, CARD_TAB, CERTIFICATES_TAB, AUTHENTICITY_TAB = range(4)
FRAME_COLOUR = QColor("#606060")

Stage = Callable[[App], QDialog | None]
"""Puts the app in one state; returns the dialog shown over the window, if any."""

_WITHOUT_CARD: dict[str, tuple[Phase, EidError | None]] = {
    "starting": (Phase.STARTING, None),
    "no-service": (Phase.NO_SERVICE, PcscServiceUnavailableError("SCardEstablishContext: 0x8010001D")),
    "no-reader": (Phase.NO_READER, None),
    "no-card": (Phase.NO_CARD, None),
    "card-removed": (Phase.NO_CARD, CardRemovedError("the card left the reader")),
    "card-removed-mid-read": (Phase.FAILED, CardRemovedError("SCardTransmit: 0x80100069")),
    "unsupported-card": (Phase.FAILED, UnsupportedCardError("ATR 3B 8E 80 01 80 31 80 66 B1 84 0C 01")),
    "not-activated": (Phase.FAILED, CardNotActivatedError("status word 6985 on SELECT")),
    "reader-busy": (Phase.FAILED, ReaderBusyError("SCardConnect: 0x8010000B")),
    "card-unresponsive": (Phase.FAILED, CardUnresponsiveError("the card in the reader is mute")),
    "pin-blocked": (Phase.FAILED, PinBlockedError("status word 6983")),
    "pin-pad-timeout": (Phase.FAILED, PinPadTimeoutError("status word 6400")),
    "pin-pad-cancelled": (Phase.FAILED, PinPadCancelledError("status word 6401")),
}
_CARD_STILL_IN = frozenset({"unsupported-card", "not-activated", "reader-busy", "card-unresponsive"})
"""Reads that failed with the card still in its reader: the service keeps the reader, the banner offers
to read again. (A blocked PIN or a PIN pad error never ends a read: the app shows those after a PIN
entry, over the card; here they stand alone, without a reader.)"""
READER = "ACS ACR39U ICC Reader 00 00"


# -- waiting for Qt ------------------------------------------------------------------------------


def settle() -> None:
    """Let Qt lay out, repaint and delete what was replaced (the banner's old buttons)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    """Run the event loop until ``condition`` holds or ``seconds`` have passed; the condition's value."""
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


# -- the states ----------------------------------------------------------------------------------


def reset(app: App) -> None:
    """No card, no file, the first tab: where each state without a card starts from."""
    service = app.service
    if service.document is not None or service.virtual_active:
        service.clear()
    app.window.tabs.setCurrentIndex(IDENTITY_TAB)


def show_virtual_card(app: App) -> None:
    """The virtual card read and shown (read once, kept while the states that need it follow)."""
    service = app.service
    if service.virtual_active and service.phase is Phase.SHOWING:
        return
    reset(app)
    service.use_virtual_card(VIRTUAL_CARD)
    if not wait_until(lambda: service.phase is not Phase.READING, READ_SECONDS):
        raise TimeoutError(f"the virtual card was not read within {READ_SECONDS:.0f} s")
    if service.phase is not Phase.SHOWING:
        raise RuntimeError(f"the virtual card could not be read: {service.problem}")


def without_card(phase: Phase, problem: EidError | None, app: App, reader: str | None = None) -> None:
    reset(app)
    app.service.reader = reader
    app.service._set_phase(phase, problem)  # private: there is no public way without a reader


def state_without_card(app: App, name: str) -> None:
    phase, problem = _WITHOUT_CARD[name]
    without_card(phase, problem, app, READER if name in _CARD_STILL_IN else None)


def reading(app: App) -> None:
    without_card(Phase.READING, None, app, READER)
    app.service.progress.emit(4, 10)


def details_open(app: App) -> None:
    state_without_card(app, "reader-busy")
    app.window.banner.details_button.setChecked(True)


def card_tab(index: int, app: App) -> None:
    show_virtual_card(app)
    app.window.tabs.setCurrentIndex(index)
    app.window.card_page.show_pin_status(app.service.pin_status)  # the card's own tries again


def tries_behind(app: App, tries_left: int) -> None:
    """The card tab behind a PIN dialog shows the same tries as the dialog (the card keeps its own)."""
    app.window.card_page.show_pin_status(PinStatus(tries_left, blocked=False))


def pin_dialog(tries_left: int, *, pin_pad: bool = False, wrong_then: int | None = None) -> Stage:
    def stage(app: App) -> QDialog:
        card_tab(CARD_TAB, app)
        dialog = PinDialog(app.window, tries_left, pin_pad=pin_pad)
        if wrong_then is not None:
            dialog.show_wrong_pin(wrong_then)
        tries_behind(app, tries_left if wrong_then is None else wrong_then)
        return dialog

    return stage


def change_pin_dialog(app: App) -> QDialog:
    card_tab(CARD_TAB, app)
    tries_behind(app, 3)
    return ChangePinDialog(app.window, 3)


def consent_dialog(app: App) -> QDialog:
    """What a site asks from the card, with the values, the three answers (the virtual card's data)."""
    card_tab(IDENTITY_TAB, app)
    read = app.service.read
    assert read is not None
    parts = ("identity", "address", "photo", "integrity")
    return ConsentDialog(app.window, "https://guichet.example.be", parts, read.contents, can_remember=True)


def websites_dialog(app: App) -> QDialog:
    card_tab(IDENTITY_TAB, app)
    app.window.consent.remember("https://guichet.example.be", ("identity", "address"))
    dialog = WebsitesDialog(app.window, app.window.consent)
    app.window.consent.withdraw("https://guichet.example.be")  # shown, not kept
    return dialog


def from_file(path: str, app: App) -> None:
    reset(app)
    app.window.open_file(path)


_TABS = {
    "identity": IDENTITY_TAB,
    "card-pin": CARD_TAB,
    "certificates": CERTIFICATES_TAB,
    "authenticity": AUTHENTICITY_TAB,
}
_DIALOGS: dict[str, Stage] = {
    "pin-dialog": pin_dialog(3),
    "pin-dialog-wrong": pin_dialog(3, wrong_then=2),
    "pin-dialog-last-try": pin_dialog(1),
    "pin-dialog-pin-pad": pin_dialog(3, pin_pad=True),
    "change-pin-dialog": change_pin_dialog,
    "consent-dialog": consent_dialog,
    "websites-dialog": websites_dialog,
}
STATE_NAMES = (*_WITHOUT_CARD, "reading", "details-open", *_TABS, *_DIALOGS, "from-file")
"""Every state, in an order that reads the virtual card once per language (``from-file`` needs a file)."""


def stages(eid_file: str | None) -> dict[str, Stage]:
    """The stage of each state, in the order of :data:`STATE_NAMES`."""
    table: dict[str, Stage] = {name: partial(state_without_card, name=name) for name in _WITHOUT_CARD}
    table["reading"] = reading
    table["details-open"] = details_open
    for name, index in _TABS.items():
        table[name] = partial(card_tab, index)
    table.update(_DIALOGS)
    if eid_file is not None:
        table["from-file"] = partial(from_file, eid_file)
    return {name: table[name] for name in STATE_NAMES if name in table}


# -- pictures ------------------------------------------------------------------------------------


def picture(window: QWidget, dialog: QDialog | None) -> QPixmap:
    """The window, with the dialog (if any) centred over it inside a thin frame."""
    shot = window.grab()
    if dialog is None:
        return shot
    inner = dialog.grab()
    left = (shot.width() - inner.width()) // 2
    top = (shot.height() - inner.height()) // 2
    painter = QPainter(shot)
    painter.drawPixmap(left, top, inner)
    painter.setPen(FRAME_COLOUR)
    painter.drawRect(left - 1, top - 1, inner.width() + 1, inner.height() + 1)
    painter.end()
    return shot


def render(app: App, stage: Stage, path: Path) -> None:
    dialog = stage(app)
    if dialog is not None:
        dialog.show()
    settle()
    try:
        if not picture(app.window, dialog).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    finally:
        if dialog is not None:
            dialog.done(0)
            dialog.deleteLater()
            settle()


# -- command line --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m eidcompanion.gui.screenshots",
        description="Save a picture of the app in each state and language.",
    )
    parser.add_argument("outdir", type=Path, help="folder for the pictures (<state>-<lang>.png)")
    parser.add_argument(
        "--lang", nargs="+", choices=SUPPORTED_LANGUAGES, default=list(SUPPORTED_LANGUAGES), metavar="LANG"
    )
    parser.add_argument(
        "--states", nargs="+", choices=STATE_NAMES, metavar="NAME", help=" ".join(STATE_NAMES)
    )
    parser.add_argument("--eid-file", help="a .eid file for the from-file state (skipped without one)")
    return parser


def chosen_stages(parser: argparse.ArgumentParser, options: argparse.Namespace) -> dict[str, Stage]:
    table = stages(options.eid_file)
    if options.states is None:
        return table
    if "from-file" in options.states and options.eid_file is None:
        parser.error("the from-file state needs --eid-file")
    return {name: stage for name, stage in table.items() if name in options.states}


def start_app(language: str) -> App:
    app = build_app(app_parser().parse_args(["--lang", language]), watch_readers=False)
    app.window.setFixedSize(WINDOW_SIZE)
    app.window.show()
    settle()
    return app


def close_app(app: App) -> None:
    app.shutdown()
    app.window.close()
    settle()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(argv)
    table = chosen_stages(parser, options)
    outdir: Path = options.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    app = start_app(options.lang[0])
    try:
        for language in options.lang:
            app.languages.switch(language)
            for name, stage in table.items():
                path = outdir / f"{name}-{language}.png"
                render(app, stage, path)
                print(path, flush=True)
    finally:
        close_app(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
