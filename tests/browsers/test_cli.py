"""``eidcompanion browser-setup`` run as a user would, in a private home folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eidcompanion.browsers.catalog import BY_NAME
from eidcompanion.browsers.packaging import Install, how_installed
from tests.browsers.conftest import FOREIGN_WEBEID, REAL_BRIDGE

CONSOLE_SCRIPT = Path(sys.executable).parent / "eidcompanion"
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
HOSTS = ("eu.webeid", "be.eidcompanion.bridge")


def command() -> list[str]:
    if CONSOLE_SCRIPT.exists():
        return [str(CONSOLE_SCRIPT)]
    return [sys.executable, "-m", "eidcompanion"]


def run(home: Path, *arguments: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    environment |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANGUAGE": language,
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [*command(), "browser-setup", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=home,
        timeout=60,
        check=False,
    )


def manifests(home: Path) -> dict[tuple[str, str], Path]:
    """(browser title, host) -> the file, for Chromium and Firefox."""
    return {
        (title, host): folder / f"{host}.json"
        for title, folder in (
            ("Chromium", home / ".config/chromium/NativeMessagingHosts"),
            ("Firefox", home / ".mozilla/native-messaging-hosts"),
        )
        for host in HOSTS
    }


@pytest.fixture(autouse=True)
def _no_sandboxed_browser_here(home: Path) -> None:
    """``--check`` asks the real machine how Firefox and Chromium are installed."""
    for name in ("firefox", "chromium"):
        install = how_installed(BY_NAME[name], home=home)
        if install in (Install.SNAP, Install.FLATPAK):
            pytest.skip(f"{name} is a {install} here: --check reports it as sandboxed")


def test_register_check_and_remove(home: Path) -> None:
    browsers = ("--browser", "firefox", "--browser", "chromium")
    files = manifests(home)

    setup = run(home, *browsers)
    assert setup.returncode == 0, setup.stderr
    lines = setup.stdout.splitlines()
    assert len(lines) == 4, setup.stdout
    for (title, host), path in files.items():
        assert f"{title}: {host} registered in {path}" in lines
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["name"] == host
        assert Path(document["path"]) == REAL_BRIDGE

    checked = run(home, "--check", *browsers)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 4, checked.stdout
    for title, host in files:
        assert any(line.startswith(f"{title}: {host} reachable (bridge 2.") for line in lines), checked.stdout

    removed = run(home, "--remove", *browsers)
    assert removed.returncode == 0, removed.stderr
    for (title, host), path in files.items():
        assert f"{title}: {host} removed from {path}" in removed.stdout.splitlines()
        assert not path.exists()

    again = run(home, "--check", *browsers)
    assert again.returncode == 1
    assert again.stdout.count("is not registered") == 4


def test_removing_when_nothing_is_registered(home: Path) -> None:
    result = run(home, "--remove", "--browser", "firefox")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Firefox: eu.webeid was not registered",
        "Firefox: be.eidcompanion.bridge was not registered",
    ]


def test_the_web_eid_application_is_kept_then_replaced_then_restored(home: Path) -> None:
    webeid = home / ".config/chromium/NativeMessagingHosts/eu.webeid.json"
    webeid.parent.mkdir(parents=True)
    original = json.dumps(FOREIGN_WEBEID)
    webeid.write_text(original, encoding="utf-8")

    kept = run(home, "--browser", "chromium")
    assert kept.returncode == 0, kept.stderr
    assert "another program" in kept.stdout
    assert "--replace-webeid" in kept.stdout
    assert webeid.read_text(encoding="utf-8") == original

    replaced = run(home, "--browser", "chromium", "--replace-webeid")
    assert f"Chromium: eu.webeid registered in {webeid}" in replaced.stdout.splitlines()
    assert Path(json.loads(webeid.read_text(encoding="utf-8"))["path"]) == REAL_BRIDGE

    restored = run(home, "--browser", "chromium", "--remove")
    assert "the Web eID application's own registration is back" in restored.stdout
    assert webeid.read_text(encoding="utf-8") == original


def test_french_with_the_lang_option(home: Path) -> None:
    setup = run(home, "--lang", "fr", "--browser", "firefox")
    assert setup.returncode == 0, setup.stderr
    path = home / ".mozilla/native-messaging-hosts/eu.webeid.json"
    assert f"Firefox : eu.webeid enregistré dans {path}" in setup.stdout.splitlines()
    assert "registered" not in setup.stdout

    checked = run(home, "--check", "--browser", "firefox", "--lang", "fr")
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.count("joignable") == 2


def test_french_from_the_environment(home: Path) -> None:
    result = run(home, "--browser", "firefox", language="fr_BE:fr")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("enregistré dans") == 2


def test_an_unknown_browser_is_a_usage_error(home: Path) -> None:
    result = run(home, "--browser", "netscape")
    assert result.returncode == 2
    assert "netscape" in result.stderr
    assert list(home.iterdir()) == []
