"""A child process of the app benchmark: start Qt (bare, or the whole app) and say when the window
is on screen. ``python -m eidcompanion.bench.app_startup bare|app``; prints ``shown`` then exits."""

from __future__ import annotations

import sys


def main(kind: str) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415 - part of what is timed

    qt = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QMainWindow()
        window.resize(900, 640)
        window.show()
        shutdown = None
    else:
        from eidcompanion.gui.app import build_app, build_parser  # noqa: PLC0415

        app = build_app(build_parser().parse_args(["--lang", "en"]))
        window = app.window
        window.show()
        shutdown = app.shutdown
    handle = window.windowHandle()
    while handle is None or not handle.isExposed():
        qt.processEvents()
        handle = window.windowHandle()
    window.repaint()  # the first frame is drawn
    print("shown", flush=True)
    if shutdown is not None:
        shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "app"))
