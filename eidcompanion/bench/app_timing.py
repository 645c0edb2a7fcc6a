"""The desktop app's two speeds: from starting it to its window on screen (against a bare PySide6
window started the same way in the same run), and from the end of a card read to the identity on
screen.

Both starts are fresh processes (the interpreter start counts, as it does for a citizen) timed from
the spawn to the child's "shown"; the child uses the same Qt platform as the run (offscreen without
a display). The second figure is measured inside the app: from the moment the worker thread has the
card's files, through the signal to the GUI thread, the view of the card and the widgets, to the
identity page painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass


@dataclass
class AppResult:
    iterations: int
    app_start_median_ms: float
    app_start_p90_ms: float
    bare_start_median_ms: float
    start_ratio: float
    read_to_screen_median_ms: float
    read_to_screen_max_ms: float


def _start_ms(kind: str, environment: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "eidcompanion.bench.app_startup", kind],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment,
    )  # fmt: skip
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the {kind} start did not show its window")
    return elapsed


def _environment(scratch: str) -> dict[str, str]:
    environment = dict(os.environ)
    if not environment.get("DISPLAY") and not environment.get("WAYLAND_DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    environment.update(
        XDG_RUNTIME_DIR=scratch,
        XDG_CONFIG_HOME=os.path.join(scratch, "config"),
        PCSCLITE_CSOCK_NAME=os.path.join(scratch, "no-pcscd.comm"),  # the start, not a reader, is timed
    )
    return environment


def read_to_screen_ms(iterations: int) -> list[float]:
    """Virtual-card reads in the app: worker result ready -> identity painted, in milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from eidcompanion.gui.app import build_app, build_parser  # noqa: PLC0415
    from eidcompanion.gui.card_service import Phase  # noqa: PLC0415
    from eidcompanion.gui.card_session import CardAccess  # noqa: PLC0415

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    app = build_app(build_parser().parse_args(["--lang", "en"]), watch_readers=False)
    app.window.show()
    finished_at: list[float] = []
    original_read = CardAccess.read

    def timed_read(self: CardAccess, reader: str, progress: object) -> object:
        result = original_read(self, reader, progress)  # type: ignore[arg-type]
        finished_at.append(time.perf_counter())
        return result

    shown_at: list[float] = []

    def on_change() -> None:
        if app.service.phase is Phase.SHOWING and len(shown_at) < len(finished_at):
            app.window.identity_page.repaint()
            shown_at.append(time.perf_counter())

    CardAccess.read = timed_read  # type: ignore[method-assign, assignment]
    app.service.changed.connect(on_change)  # after the window's own refresh: the widgets are filled
    try:
        for _round in range(iterations + 1):
            app.service.use_virtual_card("1.8")
            while len(shown_at) <= _round:
                qt.processEvents()
    finally:
        CardAccess.read = original_read  # type: ignore[method-assign]
        app.shutdown()
    samples = [(shown - done) * 1000 for done, shown in zip(finished_at, shown_at, strict=True)]
    return samples[1:]  # the first round warms the caches


def run(iterations: int) -> AppResult:
    with tempfile.TemporaryDirectory(prefix="eidc-bench-app-") as scratch:
        environment = _environment(scratch)
        _start_ms("bare", environment)  # warm the file cache for both
        _start_ms("app", environment)
        app_times, bare_times = [], []
        for _round in range(iterations):
            bare_times.append(_start_ms("bare", environment))
            app_times.append(_start_ms("app", environment))
    screen = read_to_screen_ms(iterations * 4)
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    return AppResult(
        iterations=iterations,
        app_start_median_ms=round(app_median, 1),
        app_start_p90_ms=round(statistics.quantiles(app_times, n=10)[-1], 1)
        if iterations > 1
        else app_median,
        bare_start_median_ms=round(bare_median, 1),
        start_ratio=round(app_median / bare_median, 2),
        read_to_screen_median_ms=round(statistics.median(screen), 2),
        read_to_screen_max_ms=round(max(screen), 2),
    )


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eidcompanion.bench app")
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(arguments)
    result = run(max(options.iterations, 1))
    if options.json:
        print(json.dumps(asdict(result), indent=2))
        return 0
    start, p90 = result.app_start_median_ms, result.app_start_p90_ms
    print(f"app start to window shown: median {start} ms (p90 {p90} ms)")
    print(f"bare PySide6 window:       median {result.bare_start_median_ms} ms")
    print(f"ratio app / bare:          {result.start_ratio}")
    print(
        f"card read finished to identity on screen: median {result.read_to_screen_median_ms} ms, "
        f"max {result.read_to_screen_max_ms} ms"
    )
    return 0
