"""``eidcompanion browser-setup``: register the bridge with the browsers, remove it, or check it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from eidcompanion.browsers.catalog import BROWSERS
from eidcompanion.browsers.check import Reach, Reachability, check
from eidcompanion.browsers.packaging import Install
from eidcompanion.browsers.setup import Action, Outcome, Where, set_up
from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.i18n import Catalog, translatable
from eidcompanion.private_files import OutputFileError

_B = "browser setup"
SANDBOX_ADVICE = translatable(
    _B,
    "{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's "
    "bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on "
    "Debian: apt install firefox-esr).",
)
ACTIONS = {
    Action.WRITTEN: translatable(_B, "{browser}: {host} registered in {path}"),
    Action.REMOVED: translatable(_B, "{browser}: {host} removed from {path}"),
    Action.RESTORED: translatable(
        _B, "{browser}: {host} removed; the Web eID application's own registration is back in {path}"
    ),
    Action.ABSENT: translatable(_B, "{browser}: {host} was not registered"),
    Action.KEPT_OTHER: translatable(
        _B,
        "{browser}: another program (the Web eID application) is registered as {host} in {path}; it was "
        "kept. To use eID Companion instead, run again with --replace-webeid (the other registration is "
        "set aside, and --remove puts it back).",
    ),
    Action.SANDBOXED: SANDBOX_ADVICE,
}
REACHES = {
    Reach.REACHABLE: translatable(_B, "{browser}: {host} reachable (bridge {detail})"),
    Reach.NO_MANIFEST: translatable(
        _B, "{browser}: {host} is not registered: run eidcompanion browser-setup"
    ),
    Reach.OTHER_PROGRAM: translatable(_B, "{browser}: {host} belongs to another program ({path})"),
    Reach.BRIDGE_MISSING: translatable(
        _B,
        "{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run "
        "eidcompanion browser-setup again",
    ),
    Reach.EXTENSION_NOT_ALLOWED: translatable(
        _B,
        "{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion "
        "browser-setup again",
    ),
    Reach.NO_HANDSHAKE: translatable(_B, "{browser}: {host}: the bridge does not answer ({detail})"),
    Reach.SANDBOXED: SANDBOX_ADVICE,
}
OFFER = translatable(
    _B, "Let websites ask for a login with your eID card (register eID Companion with your browsers)?"
)
YES_NO = translatable(_B, "[Y/n]")
YES_ANSWERS = translatable(_B, "y yes")
LATER = translatable(_B, "You can do it later with: eidcompanion browser-setup")
NO_BROWSER = translatable(_B, "No browser was found on this computer. Name one with --browser.")
SYSTEM_NEEDS_ROOT = translatable(_B, "system-wide registration needs administrator rights (sudo)")
_KINDS = {Install.SNAP: "Snap", Install.FLATPAK: "Flatpak"}


def add_parser(commands: Any, parent: argparse.ArgumentParser) -> None:
    setup = commands.add_parser(
        "browser-setup",
        parents=[parent],
        help="register the login bridge with the browsers (Chromium, Chrome, Edge, Brave, Firefox...)",
    )
    setup.add_argument("--system", action="store_true", help="for every user of this computer (needs root)")
    setup.add_argument("--remove", action="store_true", help="remove the registration")
    setup.add_argument("--check", action="store_true", help="say, per browser, whether it reaches the bridge")
    setup.add_argument(
        "--browser",
        dest="browsers",
        action="append",
        choices=[browser.name for browser in BROWSERS],
        metavar="NAME",
        help="only this browser (repeat for several); default: every browser found",
    )
    setup.add_argument(
        "--offer", action="store_true", help="ask first (in a terminal); otherwise only say how to do it"
    )
    setup.add_argument(
        "--replace-webeid",
        action="store_true",
        help="take over eu.webeid from the Web eID application (it is set aside, --remove restores it)",
    )


def _where(system: bool) -> Where:
    home = Path.home()
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return Where(system=system, home=home, config_home=config_home)


def _line_for_outcome(outcome: Outcome, catalog: Catalog) -> str:
    return ACTIONS[outcome.action].render(
        catalog,
        browser=outcome.browser.title,
        host=outcome.host,
        path=outcome.path,
        kind=_KINDS.get(outcome.install, ""),
    )


def _line_for_reach(result: Reachability, catalog: Catalog) -> str:
    return REACHES[result.reach].render(
        catalog,
        browser=result.browser.title,
        host=result.host,
        path=result.path or "",
        detail=result.detail,
        kind=_KINDS.get(result.install, ""),
    )


def _accepted(catalog: Catalog) -> bool:
    """Ask in the terminal; Enter means yes. Without a terminal, nothing is done (and it is said)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(LATER.render(catalog), file=sys.stderr)
        return False
    try:
        answer = input(f"{OFFER.render(catalog)} {YES_NO.render(catalog)} ").strip().lower()
    except EOFError:
        answer = "n"
    accepted = not answer or answer in [*YES_ANSWERS.render(catalog).split(), "y", "yes"]
    if not accepted:
        print(LATER.render(catalog))
    return accepted


def browser_setup(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    if options.offer and not _accepted(catalog):
        return ExitCode.OK
    if options.check:
        results = check(_where(False), _where(True), names=options.browsers)
        for result in results:
            print(_line_for_reach(result, catalog))
        if not results:
            print(NO_BROWSER.render(catalog))
        reachable = any(r.reach is Reach.REACHABLE for r in results)
        return ExitCode.OK if reachable else ExitCode.FAILURE
    where = _where(options.system)
    try:
        outcomes = set_up(
            where, names=options.browsers, remove=options.remove, replace_other=options.replace_webeid
        )
    except PermissionError as exc:
        reason = SYSTEM_NEEDS_ROOT if options.system else (exc.strerror or str(exc))
        raise OutputFileError(str(exc.filename or ""), reason) from exc
    for outcome in outcomes:
        print(_line_for_outcome(outcome, catalog))
    if not outcomes:
        print(NO_BROWSER.render(catalog))
        return ExitCode.FAILURE
    return ExitCode.OK
