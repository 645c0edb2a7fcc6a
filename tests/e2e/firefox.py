"""Headless Firefox ESR (Debian's) driven over Marionette, its own remote protocol (no geckodriver).

Marionette frames are ``<length>:<json>``; commands are ``[0, id, name, params]`` and answers
``[1, id, error, result]``. The extension is installed as a temporary add-on.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox")
PREFERENCES = {
    "marionette.port": 0,  # a free port, written to MarionetteActivePort in the profile
    "xpinstall.signatures.required": False,
    "extensions.autoDisableScopes": 0,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "app.update.disabledForTesting": True,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.update.enabled": False,
    "remote.prefs.recommended": True,
    "network.dns.localDomains": "e-guichet.test",  # a plain-http site that is not loopback
}


def available() -> bool:
    return FIREFOX is not None


def firefox_host_folder(home: Path) -> Path:
    return home / ".mozilla" / "native-messaging-hosts"


class Firefox:
    def __init__(self, profile: Path, extensions: list[Path], environment: dict[str, str]) -> None:
        assert FIREFOX is not None
        profile.mkdir(parents=True, exist_ok=True)
        lines = [f"user_pref({json.dumps(k)}, {json.dumps(v)});" for k, v in PREFERENCES.items()]
        (profile / "user.js").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self._log = open(profile / "firefox.log", "wb")  # noqa: SIM115 - closed in close()
        self.process = subprocess.Popen(
            [FIREFOX, "--headless", "--marionette", "--no-remote", "--profile", str(profile)],
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        self._socket = self._connect(profile / "MarionetteActivePort")
        self._buffer = b""
        self._next_id = 0
        self._receive()  # the greeting
        self.send("WebDriver:NewSession", {"acceptInsecureCerts": True})
        self.send("WebDriver:SetTimeouts", {"script": 120000, "pageLoad": 30000})
        for extension in extensions:
            self.send("Addon:Install", {"path": str(extension), "temporary": True})

    def _connect(self, port_file: Path, timeout: float = 60.0) -> socket.socket:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Firefox exited with status {self.process.returncode}")
            with contextlib.suppress(OSError, ValueError):
                port = int(port_file.read_text().strip())
                return socket.create_connection(("127.0.0.1", port), timeout=150)
            time.sleep(0.1)
        raise TimeoutError("Firefox did not open Marionette")

    def _receive(self) -> Any:
        while b":" not in self._buffer:
            self._buffer += self._socket.recv(65536)
        length_text, rest = self._buffer.split(b":", 1)
        length = int(length_text)
        while len(rest) < length:
            chunk = self._socket.recv(65536)
            if not chunk:
                raise ConnectionError("Marionette closed the connection")
            rest += chunk
        self._buffer = rest[length:]
        return json.loads(rest[:length])

    def send(self, name: str, params: dict[str, Any] | None = None) -> Any:
        self._next_id += 1
        body = json.dumps([0, self._next_id, name, params or {}]).encode()
        self._socket.sendall(str(len(body)).encode() + b":" + body)
        while True:
            kind, number, error, result = self._receive()
            if kind == 1 and number == self._next_id:
                if error:
                    raise RuntimeError(f"{name}: {error}")
                return result

    def navigate(self, url: str) -> None:
        self.send("WebDriver:Navigate", {"url": url})

    def evaluate(self, expression: str) -> Any:
        """The value of ``expression`` in the page (a promise is awaited)."""
        return self.send("WebDriver:ExecuteScript", {"script": f"return {expression};", "args": []})["value"]

    def screenshot(self) -> bytes:
        """The page as a PNG."""
        import base64

        return base64.b64decode(
            self.send("WebDriver:TakeScreenshot", {"full": False, "hash": False})["value"]
        )

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, ConnectionError):
            self.send("Marionette:Quit", {"flags": ["eForceQuit"]})
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._socket.close()
        self._log.close()
