"""``browser-setup --check``: can each browser start the bridge, and if not, why."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eidcompanion.browsers import check as check_module
from eidcompanion.browsers.catalog import Family
from eidcompanion.browsers.check import Reach, Reachability, check, handshake
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST
from eidcompanion.browsers.manifests import manifest, write_manifest
from eidcompanion.browsers.packaging import Which
from eidcompanion.browsers.setup import Where, set_up
from tests.browsers.conftest import FOREIGN_WEBEID, REAL_BRIDGE, write_executable

MakeWhich = Callable[..., Which]


@pytest.fixture(autouse=True)
def private_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bridges started by the check see the test's home, never the real one."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def silent_bridge(tmp_path: Path) -> Iterator[Path]:
    """A program named like the bridge that says nothing: a shell waiting on a ``sleep`` child.

    The child outlives the killed shell; its id is recorded so the test ends it."""
    pid_file = tmp_path / "sleep.pid"
    bridge = write_executable(
        tmp_path / "silent" / "eidcompanion-bridge", f"#!/bin/sh\nsleep 30 &\necho $! > {pid_file}\nwait\n"
    )
    yield bridge
    if pid_file.exists():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)


def by_host(results: list[Reachability]) -> dict[str, Reachability]:
    assert len({r.host for r in results}) == len(results)
    return {r.host: r for r in results}


def test_the_real_bridge_announces_a_version_2() -> None:
    version = handshake(REAL_BRIDGE)
    assert int(version.split(".")[0]) >= 2


def test_nothing_registered(user: Where, system: Where, make_which: MakeWhich) -> None:
    results = check(user, system, names=["firefox", "chromium"], which=make_which("firefox"))
    assert len(results) == 4
    assert {r.reach for r in results} == {Reach.NO_MANIFEST}
    assert {(r.browser.name, r.host) for r in results} == {
        (name, host) for name in ("firefox", "chromium") for host in (WEBEID_HOST, OWN_HOST)
    }


def test_only_found_browsers_are_checked_when_none_is_named(
    user: Where, system: Where, make_which: MakeWhich
) -> None:
    results = check(user, system, which=make_which("chromium-browser"))
    assert {r.browser.name for r in results} == {"chromium"}


def test_reachable_after_set_up_with_the_real_bridge(
    user: Where, system: Where, make_which: MakeWhich
) -> None:
    which = make_which("firefox", "chromium")
    set_up(user, which=which, bridge=REAL_BRIDGE)
    results = check(user, system, which=which)
    assert len(results) == 4
    for result in results:
        assert result.reach is Reach.REACHABLE, result
        assert result.path == user.manifest(result.browser, result.host)
        assert int(result.detail.split(".")[0]) >= 2, result.detail


def test_a_system_registration_is_found_too(user: Where, system: Where, make_which: MakeWhich) -> None:
    set_up(system, names=["chromium"], which=make_which(), bridge=REAL_BRIDGE)
    results = by_host(check(user, system, names=["chromium"], which=make_which()))
    assert results[WEBEID_HOST].reach is Reach.REACHABLE
    assert results[WEBEID_HOST].path == system.manifest(results[WEBEID_HOST].browser, WEBEID_HOST)


def test_the_users_registration_comes_before_the_systems(
    user: Where, system: Where, make_which: MakeWhich
) -> None:
    set_up(system, names=["chromium"], which=make_which(), bridge=REAL_BRIDGE)
    result = check(user, system, names=["chromium"], which=make_which())[0]
    user_path = user.manifest(result.browser, WEBEID_HOST)
    write_manifest(user_path, FOREIGN_WEBEID)
    results = by_host(check(user, system, names=["chromium"], which=make_which()))
    assert results[WEBEID_HOST].reach is Reach.OTHER_PROGRAM
    assert results[WEBEID_HOST].path == user_path
    assert results[OWN_HOST].reach is Reach.REACHABLE


def test_a_missing_bridge(user: Where, system: Where, tmp_path: Path, make_which: MakeWhich) -> None:
    gone = tmp_path / "uninstalled" / "eidcompanion-bridge"
    set_up(user, names=["firefox"], which=make_which(), bridge=gone)
    results = by_host(check(user, system, names=["firefox"], which=make_which()))
    for host in (WEBEID_HOST, OWN_HOST):
        assert results[host].reach is Reach.BRIDGE_MISSING
        assert results[host].detail == str(gone)


def test_a_bridge_that_cannot_run(user: Where, system: Where, tmp_path: Path, make_which: MakeWhich) -> None:
    bridge = tmp_path / "bin" / "eidcompanion-bridge"
    bridge.parent.mkdir()
    bridge.write_text("#!/bin/sh\n", encoding="utf-8")
    bridge.chmod(0o644)
    set_up(user, names=["firefox"], which=make_which(), bridge=bridge)
    results = check(user, system, names=["firefox"], which=make_which())
    assert {r.reach for r in results} == {Reach.BRIDGE_MISSING}


@pytest.mark.parametrize("family", [Family.CHROMIUM, Family.FIREFOX])
def test_webeid_registration_without_the_official_extensions(
    family: Family, user: Where, system: Where, make_which: MakeWhich
) -> None:
    name = "chromium" if family is Family.CHROMIUM else "firefox"
    set_up(user, names=[name], which=make_which(), bridge=REAL_BRIDGE)
    path = check(user, system, names=[name], which=make_which())[0].path
    assert path is not None
    document = json.loads(path.read_text(encoding="utf-8"))
    if family is Family.CHROMIUM:  # only our extension; the others written without the trailing slash
        document["allowed_origins"] = [
            *manifest(family, OWN_HOST, REAL_BRIDGE)["allowed_origins"],
            "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic",
            "chrome-extension://gnmckgbandlkacikdndelhfghdejfido",
        ]
    else:
        document["allowed_extensions"] = manifest(family, OWN_HOST, REAL_BRIDGE)["allowed_extensions"]
    write_manifest(path, document)
    results = by_host(check(user, system, names=[name], which=make_which()))
    assert results[WEBEID_HOST].reach is Reach.EXTENSION_NOT_ALLOWED
    assert results[WEBEID_HOST].path == path
    assert results[OWN_HOST].reach is Reach.REACHABLE


def test_another_programs_registration(user: Where, system: Where, make_which: MakeWhich) -> None:
    set_up(user, names=["chromium"], which=make_which(), bridge=REAL_BRIDGE)
    result = check(user, system, names=["chromium"], which=make_which())[0]
    assert result.path is not None
    write_manifest(result.path, FOREIGN_WEBEID)
    results = by_host(check(user, system, names=["chromium"], which=make_which()))
    assert results[WEBEID_HOST].reach is Reach.OTHER_PROGRAM
    assert results[WEBEID_HOST].path == result.path
    assert results[OWN_HOST].reach is Reach.REACHABLE


def test_a_silent_bridge_gives_no_handshake_within_the_time_limit(
    user: Where, system: Where, silent_bridge: Path, make_which: MakeWhich
) -> None:
    assert check_module.HANDSHAKE_SECONDS == 3.0
    chromium_webeid = set_up(user, names=["chromium"], which=make_which(), bridge=silent_bridge)[0]
    assert chromium_webeid.host == WEBEID_HOST
    chromium_webeid.path.with_name("be.eidcompanion.bridge.json").unlink()  # one silent host: one wait

    started = time.monotonic()
    results = by_host(check(user, system, names=["chromium"], which=make_which()))
    elapsed = time.monotonic() - started

    assert results[WEBEID_HOST].reach is Reach.NO_HANDSHAKE
    assert "3 s" in results[WEBEID_HOST].detail
    assert results[OWN_HOST].reach is Reach.NO_MANIFEST
    assert elapsed < 4.0, f"the check took {elapsed:.1f} s"


def test_a_bridge_that_exits_at_once_gives_no_handshake(
    user: Where, system: Where, tmp_path: Path, make_which: MakeWhich
) -> None:
    bridge = write_executable(tmp_path / "quitter" / "eidcompanion-bridge", "#!/bin/sh\nexit 3\n")
    set_up(user, names=["firefox"], which=make_which(), bridge=bridge)
    started = time.monotonic()
    results = check(user, system, names=["firefox"], which=make_which())
    assert time.monotonic() - started < 2.0
    assert {r.reach for r in results} == {Reach.NO_HANDSHAKE}
    assert all("3" in r.detail for r in results)


def test_a_bridge_that_writes_garbage_gives_no_handshake(
    user: Where, system: Where, tmp_path: Path, make_which: MakeWhich
) -> None:
    script = "#!/bin/sh\nprintf '\\005\\000\\000\\000hello'\nexec sleep 1\n"
    bridge = write_executable(tmp_path / "garbage" / "eidcompanion-bridge", script)
    set_up(user, names=["firefox"], which=make_which(), bridge=bridge)
    os.remove(user.manifest(check(user, system, names=["firefox"], which=make_which())[0].browser, OWN_HOST))
    result = by_host(check(user, system, names=["firefox"], which=make_which()))[WEBEID_HOST]
    assert result.reach is Reach.NO_HANDSHAKE
    assert "version" in result.detail


def test_a_sandboxed_browser(user: Where, system: Where, root: Path, make_which: MakeWhich) -> None:
    (root / "snap/firefox").mkdir(parents=True)
    results = check(user, system, which=make_which())
    assert [(r.browser.name, r.reach) for r in results] == [("firefox", Reach.SANDBOXED)] * 2
