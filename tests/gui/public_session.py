"""One session of the app as a citizen would have it, for the public-computer test (run as a
subprocess with its own HOME and temp folder): the virtual card is read and shown, the language is
changed, a file dialog's state is saved, then the app quits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from eidcompanion.gui.app import build_app, build_parser
from eidcompanion.gui.card_service import Phase


def main() -> int:
    qt = QApplication(sys.argv[:1])
    app = build_app(build_parser().parse_args(sys.argv[1:]), watch_readers=False)
    app.window.show()
    while app.service.phase is not Phase.SHOWING:
        qt.processEvents()
    app.window.choose_language("nl")
    dialog = QFileDialog(app.window)  # Qt's file dialog keeps its history in the user's settings
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(QSettings().fileName()))
    dialog.deleteLater()
    qt.processEvents()
    print("shown:", app.window.findChild(QLabel, "value_surname") is not None, flush=True)
    app.shutdown()
    app.window.close()
    del dialog
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
