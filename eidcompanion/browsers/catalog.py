"""Where each browser looks for host manifests: folders on Linux and macOS, registry keys on Windows.

One table, used for every platform, so that the macOS paths and the Windows keys are computed by the
same code the Linux setup runs (and unit-tested without those systems).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath, PurePosixPath, PureWindowsPath


class Family(StrEnum):
    CHROMIUM = "chromium"
    FIREFOX = "firefox"


class Platform(StrEnum):
    LINUX = "linux"
    MACOS = "macos"
    WINDOWS = "windows"


@dataclass(frozen=True)
class Browser:
    name: str
    """The name the command line takes (``--browser``)."""
    title: str
    family: Family
    linux_user: str
    """Below ``$XDG_CONFIG_HOME`` (Chromium family) or the home folder (Firefox family)."""
    linux_system: str
    macos_user: str
    """Below ``~/Library/Application Support``."""
    macos_system: str
    windows_key: str
    """Below HKEY_CURRENT_USER or HKEY_LOCAL_MACHINE; the host name is appended."""
    executables: tuple[str, ...]
    """Programs whose presence on PATH says the browser is installed."""
    snap: str = ""
    flatpak: str = ""


_MOZILLA_USER = "Mozilla/NativeMessagingHosts"
BROWSERS: tuple[Browser, ...] = (
    Browser(
        "chromium", "Chromium", Family.CHROMIUM,
        "chromium/NativeMessagingHosts", "/etc/chromium/native-messaging-hosts",
        "Chromium/NativeMessagingHosts", "/Library/Application Support/Chromium/NativeMessagingHosts",
        r"Software\Chromium\NativeMessagingHosts", ("chromium", "chromium-browser"),
        snap="chromium", flatpak="org.chromium.Chromium",
    ),
    Browser(
        "chrome", "Google Chrome", Family.CHROMIUM,
        "google-chrome/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
        "Google/Chrome/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts",
        r"Software\Google\Chrome\NativeMessagingHosts", ("google-chrome", "google-chrome-stable"),
        flatpak="com.google.Chrome",
    ),
    Browser(
        "chrome-beta", "Google Chrome Beta", Family.CHROMIUM,
        "google-chrome-beta/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
        "Google/Chrome Beta/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts",
        r"Software\Google\Chrome\NativeMessagingHosts", ("google-chrome-beta",),
    ),
    Browser(
        "edge", "Microsoft Edge", Family.CHROMIUM,
        "microsoft-edge/NativeMessagingHosts", "/etc/opt/edge/native-messaging-hosts",
        "Microsoft Edge/NativeMessagingHosts", "/Library/Microsoft/Edge/NativeMessagingHosts",
        r"Software\Microsoft\Edge\NativeMessagingHosts", ("microsoft-edge", "microsoft-edge-stable"),
        flatpak="com.microsoft.Edge",
    ),
    Browser(
        "brave", "Brave", Family.CHROMIUM,
        "BraveSoftware/Brave-Browser/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
        "BraveSoftware/Brave-Browser/NativeMessagingHosts",
        "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
        r"Software\BraveSoftware\Brave-Browser\NativeMessagingHosts", ("brave-browser", "brave"),
        snap="brave", flatpak="com.brave.Browser",
    ),
    Browser(
        "vivaldi", "Vivaldi", Family.CHROMIUM,
        "vivaldi/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
        "Vivaldi/NativeMessagingHosts", "/Library/Application Support/Vivaldi/NativeMessagingHosts",
        r"Software\Google\Chrome\NativeMessagingHosts", ("vivaldi", "vivaldi-stable"),  # reads Chrome's key
        flatpak="com.vivaldi.Vivaldi",
    ),
    Browser(
        "opera", "Opera", Family.CHROMIUM,
        "opera/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts",
        "com.operasoftware.Opera/NativeMessagingHosts", "/Library/Google/Chrome/NativeMessagingHosts",
        r"Software\Google\Chrome\NativeMessagingHosts", ("opera",),
        snap="opera",
    ),
    Browser(
        "firefox", "Firefox", Family.FIREFOX,
        ".mozilla/native-messaging-hosts", "/usr/lib/mozilla/native-messaging-hosts",
        _MOZILLA_USER, "/Library/Application Support/Mozilla/NativeMessagingHosts",
        r"Software\Mozilla\NativeMessagingHosts", ("firefox", "firefox-esr"),
        snap="firefox", flatpak="org.mozilla.firefox",
    ),
    Browser(
        "librewolf", "LibreWolf", Family.FIREFOX,
        ".librewolf/native-messaging-hosts", "/usr/lib/librewolf/native-messaging-hosts",
        "LibreWolf/NativeMessagingHosts", "/Library/Application Support/LibreWolf/NativeMessagingHosts",
        r"Software\Mozilla\NativeMessagingHosts", ("librewolf",),  # Firefox's code: Mozilla's key
        flatpak="io.gitlab.librewolf-community",
    ),
)  # fmt: skip
BY_NAME = {browser.name: browser for browser in BROWSERS}


def manifest_folder(
    browser: Browser,
    platform: Platform,
    *,
    system: bool,
    home: PurePath,
    config_home: PurePath | None = None,
) -> PurePath:
    """The folder of ``browser``'s host manifests (Windows: where this program keeps them)."""
    if platform is Platform.LINUX:
        if system:
            return PurePosixPath(browser.linux_system)
        if browser.family is Family.FIREFOX:
            return home / browser.linux_user
        return (config_home or home / ".config") / browser.linux_user
    if platform is Platform.MACOS:
        if system:
            return PurePosixPath(browser.macos_system)
        return home / "Library" / "Application Support" / browser.macos_user
    # Windows: the manifest may live anywhere; the registry key names it. ``home`` is %LOCALAPPDATA%.
    base = PureWindowsPath(home) if not system else PureWindowsPath("C:/ProgramData")
    return base / "eidcompanion" / "native-messaging-hosts" / browser.name


def manifest_path(
    browser: Browser,
    platform: Platform,
    host: str,
    *,
    system: bool,
    home: PurePath,
    config_home: PurePath | None = None,
) -> PurePath:
    folder = manifest_folder(browser, platform, system=system, home=home, config_home=config_home)
    return folder / f"{host}.json"


def registry_key(browser: Browser, host: str, *, system: bool) -> str:
    """The Windows key whose default value names the manifest file."""
    hive = "HKEY_LOCAL_MACHINE" if system else "HKEY_CURRENT_USER"
    return f"{hive}\\{browser.windows_key}\\{host}"
