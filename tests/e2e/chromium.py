"""Headless Chromium (Debian's) driven over the DevTools protocol on a pipe (no WebDriver, no websocket).

``--remote-debugging-pipe``: the browser reads NUL-terminated JSON commands on fd 3 and writes
answers and events on fd 4.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/lib/chromium/chromium")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--no-default-browser-check",
    "--ignore-certificate-errors",
    "--remote-debugging-pipe",
    "--host-resolver-rules=MAP e-guichet.test 127.0.0.1",  # a plain-http site that is not loopback
)


def available() -> bool:
    return CHROMIUM.exists()


class Chromium:
    def __init__(self, profile: Path, extensions: list[Path], environment: dict[str, str]) -> None:
        profile.mkdir(parents=True, exist_ok=True)
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        fds = {3: to_browser_read, 4: from_browser_write}

        def child_fds() -> None:
            for target, source in fds.items():
                os.dup2(source, target)
                os.set_inheritable(target, True)

        self.process = subprocess.Popen(
            [
                str(CHROMIUM),
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--load-extension={','.join(map(str, extensions))}",
                f"--disable-extensions-except={','.join(map(str, extensions))}",
                "about:blank",
            ],
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(profile / "chromium.log", "wb"),  # noqa: SIM115 - closed with the process
            preexec_fn=child_fds,  # noqa: PLW1509 - only dup2 before exec
            pass_fds=(3, 4),
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._answers: dict[int, dict[str, Any]] = {}
        self._events: list[dict[str, Any]] = []
        self._lock = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session = self._attach_to_page()

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._answers[message["id"]] = message
                    else:
                        self._events.append(message)
                    self._lock.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None,
             timeout: float = 60.0) -> dict[str, Any]:  # fmt: skip
        with self._lock:
            self._next_id += 1
            number = self._next_id
        command: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session is not None:
            command["sessionId"] = session
        os.write(self._to_browser, json.dumps(command).encode() + b"\0")
        with self._lock:
            if not self._lock.wait_for(lambda: number in self._answers, timeout=timeout):
                raise TimeoutError(f"Chromium did not answer {method} within {timeout} s")
            answer = self._answers.pop(number)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return dict(answer.get("result", {}))

    def _attach_to_page(self) -> str:
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        return str(
            self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]
        )

    def navigate(self, url: str) -> None:
        self.send("Page.enable", session=self.session)
        self.send("Page.navigate", {"url": url}, session=self.session)
        self.wait_for(
            "document.readyState === 'complete' && location.href.startsWith(" + json.dumps(url) + ")"
        )

    def evaluate(self, expression: str, timeout: float = 120.0) -> Any:
        """The value of ``expression`` in the page (promises are awaited)."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
            session=self.session,
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"the page threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout: float = 20.0) -> None:
        script = (
            "new Promise((resolve, reject) => {"
            f" const end = Date.now() + {int(timeout * 1000)};"
            f" const poll = () => {{ if ({condition}) resolve(true);"
            " else if (Date.now() > end) reject(new Error('timeout'));"
            " else setTimeout(poll, 20); }; poll(); })"
        )
        self.evaluate(script, timeout=timeout + 5)

    def screenshot(self) -> bytes:
        """The page as a PNG."""
        import base64

        return base64.b64decode(
            self.send("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"]
        )

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)


def chromium_host_folder(profile: Path) -> Path:
    """Chromium with a custom user data folder reads host manifests from inside it."""
    return profile / "NativeMessagingHosts"


__all__ = ["Chromium", "available", "chromium_host_folder", "shutil"]
