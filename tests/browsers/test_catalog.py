"""Where each browser reads host manifests, on Linux, macOS and Windows (computed on Linux)."""

from __future__ import annotations

from pathlib import PurePath, PurePosixPath, PureWindowsPath

import pytest

from eidcompanion.browsers.catalog import (
    BROWSERS,
    BY_NAME,
    Browser,
    Family,
    Platform,
    manifest_folder,
    manifest_path,
    registry_key,
)
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST

HOME = PurePosixPath("/home/anna")
CONFIG = PurePosixPath("/srv/config/anna")
"""An ``$XDG_CONFIG_HOME`` outside the home folder, so the tests see which of the two is used."""
MAC_HOME = PurePosixPath("/Users/anna")
WINDOWS_HOME = PureWindowsPath(r"C:\Users\anna\AppData\Local")
HOSTS = (WEBEID_HOST, OWN_HOST)
EVERY = pytest.mark.parametrize("browser", BROWSERS, ids=[b.name for b in BROWSERS])
BOTH_HOSTS = pytest.mark.parametrize("host", HOSTS)


def linux(browser: Browser, host: str = WEBEID_HOST, *, system: bool = False, **where: PurePath) -> PurePath:
    places = {"home": HOME, "config_home": CONFIG, **where}
    return manifest_path(browser, Platform.LINUX, host, system=system, **places)


def macos(browser: Browser, host: str = WEBEID_HOST, *, system: bool = False) -> PurePath:
    return manifest_path(browser, Platform.MACOS, host, system=system, home=MAC_HOME)


def windows(browser: Browser, host: str = WEBEID_HOST, *, system: bool = False) -> PurePath:
    return manifest_path(browser, Platform.WINDOWS, host, system=system, home=WINDOWS_HOME)


# -- the table ----------------------------------------------------------------------------------


def test_names_are_unique_and_every_family_is_present() -> None:
    names = [browser.name for browser in BROWSERS]
    assert len(names) == len(set(names))
    assert set(BY_NAME) == set(names)
    assert {browser.family for browser in BROWSERS} == set(Family)
    assert {"chromium", "chrome", "edge", "brave", "firefox"} <= set(names)


@EVERY
def test_every_browser_names_a_program_to_look_for(browser: Browser) -> None:
    assert browser.executables
    assert all(name and "/" not in name for name in browser.executables)


# -- Linux, per user -----------------------------------------------------------------------------


@EVERY
@BOTH_HOSTS
def test_linux_user_manifest_is_below_config_home_or_home_by_family(browser: Browser, host: str) -> None:
    path = linux(browser, host)
    assert path.name == f"{host}.json"
    if browser.family is Family.CHROMIUM:
        assert path.is_relative_to(CONFIG)
        assert path.parent.name == "NativeMessagingHosts"
    else:
        assert path.is_relative_to(HOME)
        assert not path.is_relative_to(CONFIG)
        assert path.parent.name == "native-messaging-hosts"


@EVERY
def test_linux_user_without_config_home_uses_dot_config_for_chromium_browsers(browser: Browser) -> None:
    path = manifest_path(browser, Platform.LINUX, WEBEID_HOST, system=False, home=HOME)
    expected_base = HOME / ".config" if browser.family is Family.CHROMIUM else HOME
    assert path == expected_base / browser.linux_user / "eu.webeid.json"
    assert path.is_relative_to(HOME)


@pytest.mark.parametrize(
    ("name", "below_home"),
    [
        ("chromium", ".config/chromium/NativeMessagingHosts"),
        ("chrome", ".config/google-chrome/NativeMessagingHosts"),
        ("chrome-beta", ".config/google-chrome-beta/NativeMessagingHosts"),
        ("edge", ".config/microsoft-edge/NativeMessagingHosts"),
        ("brave", ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts"),
        ("vivaldi", ".config/vivaldi/NativeMessagingHosts"),
        ("firefox", ".mozilla/native-messaging-hosts"),
        ("librewolf", ".librewolf/native-messaging-hosts"),
    ],
)
def test_linux_user_folders_match_the_browsers_documentation(name: str, below_home: str) -> None:
    path = linux(BY_NAME[name], home=HOME, config_home=HOME / ".config")
    assert path == HOME / below_home / "eu.webeid.json"


def test_chromium_user_manifest_is_the_documented_file() -> None:
    path = linux(BY_NAME["chromium"], home=PurePosixPath("/root"), config_home=PurePosixPath("/root/.config"))
    assert str(path) == "/root/.config/chromium/NativeMessagingHosts/eu.webeid.json"


# -- Linux, system-wide --------------------------------------------------------------------------


@EVERY
@BOTH_HOSTS
def test_linux_system_manifest_is_absolute_and_independent_of_the_user(browser: Browser, host: str) -> None:
    path = linux(browser, host, system=True)
    other = linux(
        browser, host, system=True, home=PurePosixPath("/home/bob"), config_home=PurePosixPath("/x")
    )
    assert path == other
    assert isinstance(path, PurePosixPath)
    assert path.is_absolute()
    assert str(path).startswith(("/etc/", "/usr/lib/"))
    assert path.parent.name == "native-messaging-hosts"
    assert path.name == f"{host}.json"


@pytest.mark.parametrize(
    ("name", "folder"),
    [
        ("chromium", "/etc/chromium/native-messaging-hosts"),
        ("chrome", "/etc/opt/chrome/native-messaging-hosts"),
        ("chrome-beta", "/etc/opt/chrome/native-messaging-hosts"),
        ("edge", "/etc/opt/edge/native-messaging-hosts"),
        ("firefox", "/usr/lib/mozilla/native-messaging-hosts"),
        ("librewolf", "/usr/lib/librewolf/native-messaging-hosts"),
    ],
)
def test_linux_system_folders_match_the_browsers_documentation(name: str, folder: str) -> None:
    assert (
        linux(BY_NAME[name], OWN_HOST, system=True) == PurePosixPath(folder) / "be.eidcompanion.bridge.json"
    )


# -- macOS ---------------------------------------------------------------------------------------


@EVERY
@BOTH_HOSTS
def test_macos_user_manifest_is_below_application_support(browser: Browser, host: str) -> None:
    path = macos(browser, host)
    assert path.is_relative_to(MAC_HOME / "Library" / "Application Support")
    assert path.parent.name == "NativeMessagingHosts"
    assert path.name == f"{host}.json"


@EVERY
@BOTH_HOSTS
def test_macos_system_manifest_is_below_library(browser: Browser, host: str) -> None:
    path = macos(browser, host, system=True)
    assert path.is_relative_to("/Library")
    assert not path.is_relative_to(MAC_HOME)
    assert path.parent.name == "NativeMessagingHosts"
    assert path.name == f"{host}.json"


@pytest.mark.parametrize(
    ("name", "user", "system"),
    [
        (
            "chrome",
            "Library/Application Support/Google/Chrome/NativeMessagingHosts",
            "/Library/Google/Chrome/NativeMessagingHosts",
        ),
        (
            "chromium",
            "Library/Application Support/Chromium/NativeMessagingHosts",
            "/Library/Application Support/Chromium/NativeMessagingHosts",
        ),
        (
            "edge",
            "Library/Application Support/Microsoft Edge/NativeMessagingHosts",
            "/Library/Microsoft/Edge/NativeMessagingHosts",
        ),
        (
            "firefox",
            "Library/Application Support/Mozilla/NativeMessagingHosts",
            "/Library/Application Support/Mozilla/NativeMessagingHosts",
        ),
    ],
)
def test_macos_folders_match_the_browsers_documentation(name: str, user: str, system: str) -> None:
    browser = BY_NAME[name]
    assert macos(browser) == MAC_HOME / user / "eu.webeid.json"
    assert macos(browser, system=True) == PurePosixPath(system) / "eu.webeid.json"


def test_macos_user_brave_folder() -> None:
    path = macos(BY_NAME["brave"])
    assert str(path) == (
        "/Users/anna/Library/Application Support/BraveSoftware/Brave-Browser/"
        "NativeMessagingHosts/eu.webeid.json"
    )


# -- Windows: this program's folder and the registry key naming the manifest ----------------------


@EVERY
@BOTH_HOSTS
def test_windows_manifest_is_a_windows_path_in_our_own_folder(browser: Browser, host: str) -> None:
    user_path = windows(browser, host)
    system_path = windows(browser, host, system=True)
    for path in (user_path, system_path):
        assert isinstance(path, PureWindowsPath)
        assert path.is_absolute()
        assert path.name == f"{host}.json"
        assert "eidcompanion" in path.parts
    assert user_path.is_relative_to(WINDOWS_HOME)
    assert system_path.is_relative_to(PureWindowsPath("C:/ProgramData"))
    assert str(user_path).startswith("C:\\Users\\anna\\AppData\\Local\\")


def test_windows_manifest_folders_differ_per_browser() -> None:
    folders = {manifest_folder(b, Platform.WINDOWS, system=False, home=WINDOWS_HOME) for b in BROWSERS}
    assert len(folders) == len(BROWSERS)


@EVERY
@BOTH_HOSTS
def test_registry_keys_name_the_hive_and_end_with_the_host(browser: Browser, host: str) -> None:
    user_key = registry_key(browser, host, system=False)
    system_key = registry_key(browser, host, system=True)
    assert user_key.startswith("HKEY_CURRENT_USER\\Software\\")
    assert system_key.startswith("HKEY_LOCAL_MACHINE\\Software\\")
    for key in (user_key, system_key):
        assert key.endswith(f"\\NativeMessagingHosts\\{host}")
        assert "/" not in key
        assert "\\\\" not in key
    assert user_key.removeprefix("HKEY_CURRENT_USER") == system_key.removeprefix("HKEY_LOCAL_MACHINE")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("chrome", r"Software\Google\Chrome\NativeMessagingHosts"),
        ("chrome-beta", r"Software\Google\Chrome\NativeMessagingHosts"),
        ("chromium", r"Software\Chromium\NativeMessagingHosts"),
        ("edge", r"Software\Microsoft\Edge\NativeMessagingHosts"),
        ("opera", r"Software\Google\Chrome\NativeMessagingHosts"),
        ("firefox", r"Software\Mozilla\NativeMessagingHosts"),
    ],
)
def test_registry_keys_match_the_browsers_documentation(name: str, key: str) -> None:
    browser = BY_NAME[name]
    assert registry_key(browser, "eu.webeid", system=False) == f"HKEY_CURRENT_USER\\{key}\\eu.webeid"
    assert registry_key(browser, "eu.webeid", system=True) == f"HKEY_LOCAL_MACHINE\\{key}\\eu.webeid"


def test_librewolf_reads_the_mozilla_registry_key() -> None:
    key = registry_key(BY_NAME["librewolf"], "eu.webeid", system=False)
    assert key == r"HKEY_CURRENT_USER\Software\Mozilla\NativeMessagingHosts\eu.webeid"


def test_vivaldi_reads_a_chromium_or_chrome_registry_key() -> None:
    key = registry_key(BY_NAME["vivaldi"], "eu.webeid", system=False)
    assert key in {
        r"HKEY_CURRENT_USER\Software\Google\Chrome\NativeMessagingHosts\eu.webeid",
        r"HKEY_CURRENT_USER\Software\Chromium\NativeMessagingHosts\eu.webeid",
    }
