"""The host manifest of each family, and telling ours from another program's."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from eidcompanion.browsers.catalog import Family
from eidcompanion.browsers.extensions import OWN_HOST, WEBEID_HOST
from eidcompanion.browsers.manifests import (
    belongs_to_another_program,
    is_ours,
    manifest,
    read_manifest,
    write_manifest,
)
from tests.browsers.conftest import FOREIGN_WEBEID

BRIDGE = Path("/opt/eidcompanion/bin/eidcompanion-bridge")


@pytest.fixture
def strict_umask() -> Iterator[None]:
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.parametrize("host", [WEBEID_HOST, OWN_HOST])
def test_chromium_manifest(host: str) -> None:
    document = manifest(Family.CHROMIUM, host, BRIDGE)
    assert set(document) == {"name", "description", "path", "type", "allowed_origins"}
    assert document["name"] == host
    assert document["path"] == "/opt/eidcompanion/bin/eidcompanion-bridge"
    assert document["type"] == "stdio"
    assert document["description"]
    assert all(origin.endswith("/") for origin in document["allowed_origins"])
    assert json.loads(json.dumps(document)) == document


@pytest.mark.parametrize("host", [WEBEID_HOST, OWN_HOST])
def test_firefox_manifest(host: str) -> None:
    document = manifest(Family.FIREFOX, host, BRIDGE)
    assert set(document) == {"name", "description", "path", "type", "allowed_extensions"}
    assert document["name"] == host
    assert document["path"] == str(BRIDGE)
    assert document["type"] == "stdio"
    assert "bridge@eidcompanion.be" in document["allowed_extensions"]


def test_webeid_manifests_allow_the_official_extensions() -> None:
    chromium = manifest(Family.CHROMIUM, WEBEID_HOST, BRIDGE)
    firefox = manifest(Family.FIREFOX, WEBEID_HOST, BRIDGE)
    assert "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic/" in chromium["allowed_origins"]
    assert "chrome-extension://gnmckgbandlkacikdndelhfghdejfido/" in chromium["allowed_origins"]
    assert "{e68418bc-f2b0-4459-a9ea-3e72b6751b07}" in firefox["allowed_extensions"]


@pytest.mark.parametrize(
    "relative", ["eidcompanion-bridge", "bin/eidcompanion-bridge", "~/eidcompanion-bridge"]
)
def test_a_relative_bridge_path_is_refused(relative: str) -> None:
    with pytest.raises(ValueError, match="absolute"):
        manifest(Family.CHROMIUM, WEBEID_HOST, Path(relative))
    with pytest.raises(ValueError, match="absolute"):
        manifest(Family.FIREFOX, OWN_HOST, Path(relative))


@pytest.mark.parametrize(
    ("document", "ours"),
    [
        ({"path": "/opt/eidcompanion/bin/eidcompanion-bridge"}, True),
        ({"path": "/home/anna/.venv/bin/eidcompanion-bridge"}, True),
        (FOREIGN_WEBEID, False),
        ({"path": "/usr/bin/web-eid"}, False),
        ({"path": "/usr/lib/eidcompanion-bridge/web-eid"}, False),
        ({"name": "eu.webeid"}, False),
        ({}, False),
    ],
)
def test_is_ours_looks_at_the_program_named(document: dict[str, object], ours: bool) -> None:
    assert is_ours(document) is ours


def test_belongs_to_another_program(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    foreign = tmp_path / "foreign.json"
    ours = tmp_path / "ours.json"
    broken = tmp_path / "broken.json"
    array = tmp_path / "array.json"
    foreign.write_text(json.dumps(FOREIGN_WEBEID), encoding="utf-8")
    ours.write_text(json.dumps(manifest(Family.CHROMIUM, WEBEID_HOST, BRIDGE)), encoding="utf-8")
    broken.write_text("{not json", encoding="utf-8")
    array.write_text("[]", encoding="utf-8")
    assert not belongs_to_another_program(missing)
    assert belongs_to_another_program(foreign)
    assert not belongs_to_another_program(ours)
    assert belongs_to_another_program(broken)  # unreadable: never overwritten silently
    assert belongs_to_another_program(array)


def test_read_manifest(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(FOREIGN_WEBEID), encoding="utf-8")
    (tmp_path / "bad.json").write_text("nope", encoding="utf-8")
    assert read_manifest(good) == FOREIGN_WEBEID
    assert read_manifest(tmp_path / "bad.json") is None
    assert read_manifest(tmp_path / "absent.json") is None


@pytest.mark.usefixtures("strict_umask")
def test_write_manifest_makes_a_file_every_user_can_read(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "eu.webeid.json"
    document = manifest(Family.FIREFOX, WEBEID_HOST, BRIDGE)
    write_manifest(path, {"old": True})
    write_manifest(path, document)
    assert json.loads(path.read_text(encoding="utf-8")) == document
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sorted(p.name for p in path.parent.iterdir()) == ["eu.webeid.json"]  # no temporary left


@pytest.mark.usefixtures("strict_umask")
def test_write_manifest_makes_folders_every_user_can_enter(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "opt" / "chrome" / "native-messaging-hosts" / "eu.webeid.json"
    write_manifest(path, manifest(Family.CHROMIUM, WEBEID_HOST, BRIDGE))
    created = [tmp_path / "etc", tmp_path / "etc/opt", tmp_path / "etc/opt/chrome", path.parent]
    modes = {str(folder.relative_to(tmp_path)): stat.S_IMODE(folder.stat().st_mode) for folder in created}
    assert all(mode & 0o005 == 0o005 for mode in modes.values()), {k: oct(m) for k, m in modes.items()}
