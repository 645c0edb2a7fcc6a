"""Writing and removing the host manifests in a private home and root folder."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eidcompanion.browsers.catalog import BY_NAME, Family
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST
from eidcompanion.browsers.manifests import manifest
from eidcompanion.browsers.packaging import Install, Which
from eidcompanion.browsers.setup import (
    SET_ASIDE_SUFFIX,
    Action,
    Outcome,
    Where,
    bridge_executable,
    set_up,
)
from tests.browsers.conftest import FOREIGN_WEBEID

MakeWhich = Callable[..., Which]


def firefox_manifest(home: Path, host: str) -> Path:
    return home / ".mozilla" / "native-messaging-hosts" / f"{host}.json"


def chromium_manifest(home: Path, host: str) -> Path:
    return home / ".config" / "chromium" / "NativeMessagingHosts" / f"{host}.json"


def load(path: Path) -> dict[str, Any]:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def summary(outcomes: list[Outcome]) -> set[tuple[str, str, Action]]:
    return {(o.browser.name, o.host, o.action) for o in outcomes}


def put_foreign_webeid(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(FOREIGN_WEBEID, indent=4)
    path.write_text(text, encoding="utf-8")
    return text


def test_bridge_executable_is_the_one_beside_this_python() -> None:
    bridge = bridge_executable()
    assert bridge == Path(sys.executable).parent / "eidcompanion-bridge"
    assert bridge.is_absolute()


def test_both_host_manifests_are_written_for_the_browsers_found(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    outcomes = set_up(user, which=make_which("firefox", "chromium"), bridge=fake_bridge)
    assert summary(outcomes) == {
        ("chromium", WEBEID_HOST, Action.WRITTEN),
        ("chromium", OWN_HOST, Action.WRITTEN),
        ("firefox", WEBEID_HOST, Action.WRITTEN),
        ("firefox", OWN_HOST, Action.WRITTEN),
    }
    assert all(o.install is Install.NATIVE for o in outcomes)
    for host in (WEBEID_HOST, OWN_HOST):
        firefox = firefox_manifest(home, host)
        chromium = chromium_manifest(home, host)
        assert load(firefox) == manifest(Family.FIREFOX, host, fake_bridge)
        assert load(chromium) == manifest(Family.CHROMIUM, host, fake_bridge)
        assert load(firefox)["path"] == load(chromium)["path"] == str(fake_bridge)
    assert {o.path for o in outcomes} == {
        p
        for host in (WEBEID_HOST, OWN_HOST)
        for p in (firefox_manifest(home, host), chromium_manifest(home, host))
    }
    chromium_webeid = load(chromium_manifest(home, WEBEID_HOST))
    firefox_webeid = load(firefox_manifest(home, WEBEID_HOST))
    assert "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic/" in chromium_webeid["allowed_origins"]
    assert "{e68418bc-f2b0-4459-a9ea-3e72b6751b07}" in firefox_webeid["allowed_extensions"]


def test_browsers_not_found_are_skipped_when_none_is_named(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    outcomes = set_up(user, which=make_which("firefox-esr"), bridge=fake_bridge)
    assert {o.browser.name for o in outcomes} == {"firefox"}
    assert not (home / ".config").exists()
    assert not (home / ".librewolf").exists()


def test_nothing_found_and_nothing_named_writes_nothing(user: Where, home: Path, fake_bridge: Path) -> None:
    assert set_up(user, which=lambda name: None, bridge=fake_bridge) == []
    assert list(home.iterdir()) == []


def test_a_named_browser_is_set_up_even_when_not_found(user: Where, home: Path, fake_bridge: Path) -> None:
    outcomes = set_up(user, names=["chrome"], which=lambda name: None, bridge=fake_bridge)
    assert summary(outcomes) == {
        ("chrome", WEBEID_HOST, Action.WRITTEN),
        ("chrome", OWN_HOST, Action.WRITTEN),
    }
    assert (home / ".config/google-chrome/NativeMessagingHosts/eu.webeid.json").is_file()


def test_only_the_named_browsers_are_set_up(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    outcomes = set_up(user, names=["firefox"], which=make_which("firefox", "chromium"), bridge=fake_bridge)
    assert {o.browser.name for o in outcomes} == {"firefox"}
    assert not chromium_manifest(home, WEBEID_HOST).exists()


def test_setting_up_twice_gives_the_same_files(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    which = make_which("firefox")
    set_up(user, which=which, bridge=fake_bridge)
    first = firefox_manifest(home, WEBEID_HOST).read_text(encoding="utf-8")
    outcomes = set_up(user, which=which, bridge=fake_bridge)
    assert {o.action for o in outcomes} == {Action.WRITTEN}
    assert firefox_manifest(home, WEBEID_HOST).read_text(encoding="utf-8") == first
    assert not firefox_manifest(home, WEBEID_HOST).with_name("eu.webeid.json" + SET_ASIDE_SUFFIX).exists()


def test_the_web_eid_applications_manifest_is_kept(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    foreign = chromium_manifest(home, WEBEID_HOST)
    original = put_foreign_webeid(foreign)
    outcomes = set_up(user, names=["chromium"], which=make_which("chromium"), bridge=fake_bridge)
    assert summary(outcomes) == {
        ("chromium", WEBEID_HOST, Action.KEPT_OTHER),
        ("chromium", OWN_HOST, Action.WRITTEN),
    }
    assert foreign.read_text(encoding="utf-8") == original
    assert load(chromium_manifest(home, OWN_HOST))["path"] == str(fake_bridge)
    assert not foreign.with_name(foreign.name + SET_ASIDE_SUFFIX).exists()


def test_replace_sets_the_other_manifest_aside_and_remove_puts_it_back(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    which = make_which("chromium")
    foreign = chromium_manifest(home, WEBEID_HOST)
    set_aside = foreign.with_name("eu.webeid.json.before-eidcompanion")
    original = put_foreign_webeid(foreign)

    outcomes = set_up(user, names=["chromium"], replace_other=True, which=which, bridge=fake_bridge)
    assert summary(outcomes) == {
        ("chromium", WEBEID_HOST, Action.WRITTEN),
        ("chromium", OWN_HOST, Action.WRITTEN),
    }
    assert set_aside.read_text(encoding="utf-8") == original
    assert load(foreign) == manifest(Family.CHROMIUM, WEBEID_HOST, fake_bridge)

    outcomes = set_up(user, names=["chromium"], remove=True, which=which)
    assert summary(outcomes) == {
        ("chromium", WEBEID_HOST, Action.RESTORED),
        ("chromium", OWN_HOST, Action.REMOVED),
    }
    assert foreign.read_text(encoding="utf-8") == original
    assert not set_aside.exists()
    assert not chromium_manifest(home, OWN_HOST).exists()


def test_remove_leaves_another_programs_manifest(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    foreign = firefox_manifest(home, WEBEID_HOST)
    original = put_foreign_webeid(foreign)
    set_up(user, names=["firefox"], which=make_which("firefox"), bridge=fake_bridge)
    outcomes = set_up(user, names=["firefox"], remove=True, which=make_which("firefox"))
    assert summary(outcomes) == {
        ("firefox", WEBEID_HOST, Action.KEPT_OTHER),
        ("firefox", OWN_HOST, Action.REMOVED),
    }
    assert foreign.read_text(encoding="utf-8") == original


def test_remove_deletes_our_manifests(
    user: Where, home: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    which = make_which("firefox", "chromium")
    set_up(user, which=which, bridge=fake_bridge)
    outcomes = set_up(user, remove=True, which=which)
    assert {o.action for o in outcomes} == {Action.REMOVED}
    assert len(outcomes) == 4
    assert not any(o.path.exists() for o in outcomes)


def test_removing_what_is_not_there_says_absent(user: Where, make_which: MakeWhich) -> None:
    outcomes = set_up(user, names=["firefox", "edge"], remove=True, which=make_which("firefox"))
    assert summary(outcomes) == {
        (name, host, Action.ABSENT) for name in ("firefox", "edge") for host in (WEBEID_HOST, OWN_HOST)
    }


def test_system_wide_writes_below_root_once_per_shared_folder(
    system: Where, root: Path, fake_bridge: Path, make_which: MakeWhich
) -> None:
    real_file = Path("/etc/opt/chrome/native-messaging-hosts/eu.webeid.json")
    was_there = real_file.exists()
    names = ["chrome", "chrome-beta", "brave", "vivaldi", "opera", "edge", "chromium", "firefox"]
    outcomes = set_up(system, names=names, which=make_which(), bridge=fake_bridge)

    paths = [o.path for o in outcomes]
    assert len(outcomes) == 2 * len(names), "every browser gets its line, also one that shares a folder"
    assert all(o.action is Action.WRITTEN for o in outcomes)
    assert all(o.path.is_relative_to(root) for o in outcomes)
    expected = {
        root / "etc/opt/chrome/native-messaging-hosts",
        root / "etc/opt/edge/native-messaging-hosts",
        root / "etc/chromium/native-messaging-hosts",
        root / "usr/lib/mozilla/native-messaging-hosts",
    }
    assert {path.parent for path in paths} == expected
    for folder in expected:
        family = Family.FIREFOX if "mozilla" in str(folder) else Family.CHROMIUM
        for host in (WEBEID_HOST, OWN_HOST):
            assert load(folder / f"{host}.json") == manifest(family, host, fake_bridge)
    shared = [o for o in outcomes if o.path.parent == root / "etc/opt/chrome/native-messaging-hosts"]
    assert {o.browser.name for o in shared} == {"chrome", "chrome-beta", "brave", "vivaldi", "opera"}
    assert real_file.exists() == was_there, "nothing is written outside the given root"


def test_system_wide_removal(system: Where, root: Path, fake_bridge: Path, make_which: MakeWhich) -> None:
    names = ["chrome", "brave"]
    set_up(system, names=names, which=make_which(), bridge=fake_bridge)
    outcomes = set_up(system, names=names, remove=True, which=make_which())
    assert summary(outcomes) == {
        (name, host, Action.REMOVED) for name in ("chrome", "brave") for host in (WEBEID_HOST, OWN_HOST)
    }
    assert list((root / "etc/opt/chrome/native-messaging-hosts").iterdir()) == []


def test_where_maps_system_paths_below_root(system: Where, user: Where, root: Path, home: Path) -> None:
    chromium = BY_NAME["chromium"]
    assert (
        system.manifest(chromium, WEBEID_HOST) == root / "etc/chromium/native-messaging-hosts/eu.webeid.json"
    )
    assert (
        user.manifest(chromium, WEBEID_HOST) == home / ".config/chromium/NativeMessagingHosts/eu.webeid.json"
    )


@pytest.mark.parametrize("kind", ["snap", "flatpak"])
def test_a_sandboxed_firefox_is_reported_and_nothing_is_written(
    kind: str, user: Where, home: Path, root: Path, fake_bridge: Path
) -> None:
    if kind == "snap":
        (root / "snap" / "firefox").mkdir(parents=True)
    else:
        (home / ".local/share/flatpak/app/org.mozilla.firefox").mkdir(parents=True)
    outcomes = set_up(user, which=lambda name: None, bridge=fake_bridge)
    assert summary(outcomes) == {
        ("firefox", WEBEID_HOST, Action.SANDBOXED),
        ("firefox", OWN_HOST, Action.SANDBOXED),
    }
    assert {o.install for o in outcomes} == {Install(kind)}
    assert not (home / ".mozilla").exists()
