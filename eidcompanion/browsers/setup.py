"""Write, remove and check the bridge's host manifests for the browsers of this machine (Linux).

Another program's ``eu.webeid`` manifest (the Web eID native application) is never replaced
silently: it is kept and reported, unless the user asks to replace it; the original is then set
aside and put back by ``--remove``.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from eidcompanion.browsers.catalog import BROWSERS, Browser, Platform, manifest_path
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST
from eidcompanion.browsers.manifests import (
    BRIDGE_NAME,
    belongs_to_another_program,
    is_ours,
    manifest,
    read_manifest,
    write_manifest,
)
from eidcompanion.browsers.packaging import Install, Which, how_installed

HOSTS = (WEBEID_HOST, OWN_HOST)
SET_ASIDE_SUFFIX = ".before-eidcompanion"


class Action(StrEnum):
    WRITTEN = "written"
    REMOVED = "removed"
    RESTORED = "restored"
    ABSENT = "absent"
    KEPT_OTHER = "kept_other"
    SANDBOXED = "sandboxed"
    NOT_INSTALLED = "not_installed"


@dataclass(frozen=True)
class Outcome:
    browser: Browser
    host: str
    path: Path
    action: Action
    install: Install


@dataclass(frozen=True)
class Where:
    """Whose folders: this user's (``home``, ``config_home``) or the system's."""

    system: bool
    home: Path
    config_home: Path
    root: Path = Path("/")

    def manifest(self, browser: Browser, host: str) -> Path:
        path = manifest_path(
            browser, Platform.LINUX, host, system=self.system, home=self.home, config_home=self.config_home
        )
        return self.root / Path(path).relative_to("/") if self.system else Path(path)


def bridge_executable() -> Path:
    """The ``eidcompanion-bridge`` beside this interpreter (a venv or a system install), else on PATH."""
    beside = Path(sys.executable).parent / BRIDGE_NAME
    if beside.exists():
        return beside.absolute()
    found = shutil.which(BRIDGE_NAME)
    if found is None:
        raise FileNotFoundError(f"{BRIDGE_NAME} is not installed beside {sys.executable} nor on PATH")
    return Path(found).absolute()


def chosen_browsers(names: list[str] | None, where: Where, which: Which) -> list[tuple[Browser, Install]]:
    """The browsers named, or every browser found on this machine."""
    browsers = [b for b in BROWSERS if not names or b.name in names]
    found = [(b, how_installed(b, home=where.home, root=where.root, which=which)) for b in browsers]
    return found if names else [(b, install) for b, install in found if install is not Install.ABSENT]


def _install_one(path: Path, document: dict[str, object], replace_other: bool) -> Action:
    if belongs_to_another_program(path):
        if not replace_other:
            return Action.KEPT_OTHER
        path.replace(path.with_name(path.name + SET_ASIDE_SUFFIX))
    write_manifest(path, document)
    return Action.WRITTEN


def _remove_one(path: Path) -> Action:
    set_aside = path.with_name(path.name + SET_ASIDE_SUFFIX)
    document = read_manifest(path)
    if document is None or not is_ours(document):
        return Action.KEPT_OTHER if path.exists() else Action.ABSENT
    path.unlink()
    if set_aside.exists():
        set_aside.replace(path)
        return Action.RESTORED
    return Action.REMOVED


def set_up(
    where: Where,
    *,
    names: list[str] | None = None,
    remove: bool = False,
    replace_other: bool = False,
    bridge: Path | None = None,
    which: Which = shutil.which,
) -> list[Outcome]:
    """Write (or remove) the manifests of both host names for the chosen browsers."""
    outcomes: list[Outcome] = []
    done: dict[Path, Action] = {}
    for browser, install in chosen_browsers(names, where, which):
        for host in HOSTS:
            path = where.manifest(browser, host)
            if install in (Install.SNAP, Install.FLATPAK) and not remove:
                outcomes.append(Outcome(browser, host, path, Action.SANDBOXED, install))
                continue
            if path in done:  # several browsers share /etc/opt/chrome: said, not written twice
                outcomes.append(Outcome(browser, host, path, done[path], install))
                continue
            if remove:
                action = _remove_one(path)
            else:
                document = manifest(browser.family, host, bridge or bridge_executable())
                action = _install_one(path, document, replace_other and host == WEBEID_HOST)
            done[path] = action
            outcomes.append(Outcome(browser, host, path, action, install))
    return outcomes
