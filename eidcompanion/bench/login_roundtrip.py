"""Page -> token round trip of a Web eID ``authenticate`` in real browsers, with a warm app.

Debian's headless Chromium and Firefox ESR load the extension, the page (https on loopback) asks
for a login, the bridge relays it to the app running in this process (offscreen Qt), and the PIN is
typed into the app's dialog by this benchmark as soon as the dialog shows. The simulated card is
served by another process through the private pcscd's vpcd reader.

- total: the page's own clock, from its request to the token;
- card: time inside the app's card operations (tries, PIN pad probe, certificate, VERIFY + sign +
  LOG OFF), on the worker thread;
- dialog: from the PIN dialog shown to the PIN typed (the citizen's time; near zero here);
- software: total - card - dialog (browser, extension, bridge start, local socket, app, Qt);
- status: a ``web-eid:status`` call in the same browser, which starts the bridge and gets its
  version but never reaches the app: the browser's and the interpreter's share of the software.

Run from a checkout (it uses the extension's sources and the test drivers of the browsers).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
CARD_OPERATIONS = ("plan_login", "login", "pin_status", "pin_pad")


@dataclass
class RoundTrip:
    browser: str
    iterations: int
    total_median_ms: float
    card_median_ms: float
    dialog_median_ms: float
    software_median_ms: float
    software_p90_ms: float
    status_median_ms: float
    """The floor in the same browser: a ``status`` call (extension, bridge start, version, quit)."""


@dataclass
class _Round:
    card_seconds: float = 0.0
    shown_at: float = 0.0
    typed_at: float = 0.0


def _private_environment(scratch: Path) -> None:
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ.update(
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(scratch / "config"),
        EIDCOMPANION_APP_COMMAND=f"{sys.executable} -c pass",  # the app runs here; never start another
    )
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextmanager
def _timed_card_operations(current: Callable[[], _Round]) -> Iterator[None]:
    from eidcompanion.gui.card_session import CardAccess  # noqa: PLC0415

    originals = {name: getattr(CardAccess, name) for name in CARD_OPERATIONS}

    def timed(original: Callable[..., Any]) -> Callable[..., Any]:
        def run(*arguments: Any, **keywords: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*arguments, **keywords)
            finally:
                current().card_seconds += time.perf_counter() - started

        return run

    for name, original in originals.items():
        setattr(CardAccess, name, timed(original))
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(CardAccess, name, original)


def _start_browser(kind: str, folder: Path, *, may_start_app: bool = False) -> Any:
    sys.path.insert(0, str(REPOSITORY))
    from tests.e2e.launch import start_chromium, start_firefox  # noqa: PLC0415 - no side effects

    start = start_chromium if kind == "chromium" else start_firefox
    return start(folder, may_start_app=may_start_app)


def _one_round(app: Any, browser: Any, qt: Any) -> tuple[float, _Round]:
    from eidcompanion.gui.pin_dialogs import PinDialog  # noqa: PLC0415

    script = _timed_login()
    outcome: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: outcome.update(browser.evaluate(script)), daemon=True)
    measured = _Round()
    thread.start()
    while thread.is_alive():
        qt.processEvents()
        dialog = app.logins.dialog
        if isinstance(dialog, PinDialog) and not measured.typed_at:
            measured.shown_at = time.perf_counter()
            dialog.field.setText("1234")
            dialog.ok_button.click()  # type: ignore[attr-defined]
            measured.typed_at = time.perf_counter()
        time.sleep(0.0005)
    if outcome.get("action") != "web-eid:authenticate-success":
        raise RuntimeError(f"the login failed: {outcome}")
    return float(outcome["ms"]), measured


def _status_ms(browser: Any) -> float:
    script = (
        "(async () => { const started = performance.now();"
        " const answer = await webeid({action: 'web-eid:status', libraryVersion: '2.0.0'});"
        " if (answer.action !== 'web-eid:status-success') throw new Error(JSON.stringify(answer));"
        " return performance.now() - started; })()"
    )
    return float(browser.evaluate(script))


def measure(kind: str, iterations: int, app: Any, qt: Any, scratch: Path, current: list[_Round]) -> RoundTrip:
    sys.path.insert(0, str(REPOSITORY))
    from tests.e2e.pages import serve_page  # noqa: PLC0415

    browser = _start_browser(kind, scratch / kind)
    totals, cards, dialogs, statuses = [], [], [], []
    try:
        with serve_page(scratch / kind) as origin:
            browser.navigate(origin + "/")
            statuses = [_status_ms(browser) for _ in range(iterations + 1)][1:]
            for round_number in range(iterations + 1):
                current.append(_Round())
                total_ms, measured = _one_round(app, browser, qt)
                if round_number == 0:
                    continue  # the first round warms the caches
                totals.append(total_ms)
                cards.append(current[-1].card_seconds * 1000)
                dialogs.append((measured.typed_at - measured.shown_at) * 1000)
    finally:
        browser.close()
    software = [t - c - d for t, c, d in zip(totals, cards, dialogs, strict=True)]
    return RoundTrip(
        kind,
        iterations,
        round(statistics.median(totals), 1),
        round(statistics.median(cards), 1),
        round(statistics.median(dialogs), 2),
        round(statistics.median(software), 1),
        round(statistics.quantiles(software, n=10)[-1], 1) if iterations > 1 else round(software[0], 1),
        round(statistics.median(statuses), 1),
    )


def run(browsers: list[str], iterations: int) -> list[RoundTrip]:
    with tempfile.TemporaryDirectory(prefix="eidc-bench-login-") as folder:
        scratch = Path(folder)
        _private_environment(scratch)
        from eidcompanion.bench.served_card import card_in_reader  # noqa: PLC0415
        from eidcompanion.simulator.sandbox import PcscSandbox  # noqa: PLC0415

        with PcscSandbox() as sandbox:
            os.environ.update(sandbox.client_environment())
            with card_in_reader(sandbox, "1.8"):
                return _with_app(browsers, iterations, scratch)


def _with_app(browsers: list[str], iterations: int, scratch: Path) -> list[RoundTrip]:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from eidcompanion.gui.app import build_app, build_parser  # noqa: PLC0415
    from eidcompanion.gui.card_service import Phase  # noqa: PLC0415

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    app = build_app(build_parser().parse_args(["--lang", "en"]))
    app.window.show()
    deadline = time.monotonic() + 30
    while app.service.phase is not Phase.SHOWING:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the app did not read the card ({app.service.phase})")
        qt.processEvents()
        time.sleep(0.01)
    rounds: list[_Round] = []
    try:
        with _timed_card_operations(lambda: rounds[-1]):
            return [measure(kind, iterations, app, qt, scratch, rounds) for kind in browsers]
    finally:
        app.shutdown()


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eidcompanion.bench login")
    parser.add_argument("--browser", choices=("chromium", "firefox"), action="append")
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cold", action="store_true", help="the app not yet running: the bridge starts it")
    options = parser.parse_args(arguments)
    browsers = options.browser or ["chromium", "firefox"]
    if options.cold:
        cold = run_cold(browsers, max(options.iterations, 1))
        if options.json:
            print(json.dumps([asdict(result) for result in cold], indent=2))
            return 0
        for c in cold:
            print(
                f"{c.browser}, app not running, {c.iterations} logins: page -> token median"
                f" {c.total_median_ms} ms; page -> PIN dialog on screen {c.until_dialog_median_ms} ms"
                f" (bridge, app start, card read and checks); PIN typed -> token {c.after_pin_median_ms} ms"
            )
        return 0
    results = run(browsers, max(options.iterations, 1))
    if options.json:
        print(json.dumps([asdict(result) for result in results], indent=2))
        return 0
    for r in results:
        print(
            f"{r.browser}, warm app, {r.iterations} logins: page -> token median {r.total_median_ms} ms"
            f" = card {r.card_median_ms} ms + software {r.software_median_ms} ms (p90"
            f" {r.software_p90_ms} ms) + PIN dialog {r.dialog_median_ms} ms (target: software under 50 ms);"
            f" a status call in the same browser (bridge start and version, no app): {r.status_median_ms} ms"
        )
    return 0


# -- the app not yet running -----------------------------------------------------------------------

PIN_WINDOW_TITLE = "Enter your PIN"


@dataclass
class ColdRoundTrip:
    browser: str
    iterations: int
    total_median_ms: float
    until_dialog_median_ms: float
    """From the page's request to the PIN dialog on screen: bridge, app start, card read, checks."""
    after_pin_median_ms: float
    """From the Return key (its xdotool start included) to the token in the page: VERIFY, signature,
    LOG OFF, the way back."""


def _stop_app(runtime: Path) -> None:
    import signal  # noqa: PLC0415

    state = runtime / "eidcompanion" / "app.json"
    if not state.exists():
        return
    with contextlib.suppress(OSError, ValueError, KeyError):
        os.kill(int(json.loads(state.read_text())["pid"]), signal.SIGTERM)
    deadline = time.monotonic() + 15
    while state.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


def _type_pin_when_asked() -> tuple[float, float]:
    """Real keystrokes (XTEST) into the app's PIN window once it shows; returns when it showed and
    when the Return key (which submits the PIN) was about to be sent."""
    import subprocess  # noqa: PLC0415

    found = subprocess.run(
        ["xdotool", "search", "--sync", "--name", PIN_WINDOW_TITLE],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    shown = time.perf_counter()
    window = found.stdout.split()[0]
    subprocess.run(
        ["xdotool", "windowfocus", "--sync", window, "type", "--delay", "1", "1234"],
        timeout=30, check=True,
    )  # fmt: skip
    submitting = time.perf_counter()
    subprocess.run(["xdotool", "key", "Return"], timeout=30, check=True)
    return shown, submitting


def _cold_round(browser: Any) -> tuple[float, float, float]:
    """One login with no app running: total, until the PIN dialog, after the PIN (milliseconds)."""
    script = _timed_login()
    outcome: dict[str, Any] = {}
    asked = time.perf_counter()
    thread = threading.Thread(target=lambda: outcome.update(browser.evaluate(script)), daemon=True)
    thread.start()
    shown, submitting = _type_pin_when_asked()
    deadline = time.monotonic() + 120
    while thread.is_alive() and time.monotonic() < deadline:
        thread.join(0.001)
    answered = time.perf_counter()
    if outcome.get("action") != "web-eid:authenticate-success":
        raise RuntimeError(f"the cold login failed: {outcome}")
    return float(outcome["ms"]), (shown - asked) * 1000, (answered - submitting) * 1000


def measure_cold(kind: str, iterations: int, scratch: Path) -> ColdRoundTrip:
    sys.path.insert(0, str(REPOSITORY))
    from tests.e2e.pages import serve_page  # noqa: PLC0415

    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    browser = _start_browser(kind, scratch / f"{kind}-cold", may_start_app=True)
    totals, until_dialog, after_pin = [], [], []
    try:
        with serve_page(scratch / f"{kind}-cold") as origin:
            browser.navigate(origin + "/")
            for _round in range(iterations):
                _stop_app(runtime)
                total, until, after = _cold_round(browser)
                totals.append(total)
                until_dialog.append(until)
                after_pin.append(after)
    finally:
        browser.close()
        _stop_app(runtime)
    return ColdRoundTrip(
        kind,
        iterations,
        round(statistics.median(totals), 1),
        round(statistics.median(until_dialog), 1),
        round(statistics.median(after_pin), 1),
    )


def _timed_login() -> str:
    """The page's script: a Web eID login with a fresh nonce, timed by the page's own clock."""
    from eidcompanion.webeid.nonces import new_nonce  # noqa: PLC0415

    request = {"action": "web-eid:authenticate", "challengeNonce": new_nonce(), "libraryVersion": "2.0.0"}
    return (
        "(async () => { const started = performance.now();"
        f" const answer = await webeid({json.dumps(request)});"
        " return { action: answer.action, ms: performance.now() - started }; })()"
    )


def run_cold(browsers: list[str], iterations: int) -> list[ColdRoundTrip]:
    sys.path.insert(0, str(REPOSITORY))
    from tests.e2e.xserver import private_x_server  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="eidc-bench-cold-") as folder:
        scratch = Path(folder)
        _private_environment(scratch)
        os.environ.pop("EIDCOMPANION_APP_COMMAND", None)  # the bridge starts the real app
        os.environ.pop("QT_QPA_PLATFORM", None)  # a real window, typed into with real keystrokes
        os.environ["LANGUAGE"] = "en"
        from eidcompanion.bench.served_card import card_in_reader  # noqa: PLC0415
        from eidcompanion.simulator.sandbox import PcscSandbox  # noqa: PLC0415

        with private_x_server(scratch) as display, PcscSandbox() as sandbox:
            os.environ.update(display)
            os.environ.update(sandbox.client_environment())
            with card_in_reader(sandbox, "1.8"):
                return [measure_cold(kind, iterations, scratch) for kind in browsers]
