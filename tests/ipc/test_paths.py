"""Where the app listens: the runtime folder's choice and its privacy checks."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from eidcompanion.ipc.paths import RUNTIME_ENV, UnsafeFolderError, private_runtime_dir, runtime_dir

UNSAFE_MODES = [0o750, 0o705, 0o770, 0o707, 0o711, 0o701, 0o720, 0o702, 0o755, 0o777]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(RUNTIME_ENV, raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    return monkeypatch


def test_override_comes_first(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    clean_env.setenv(RUNTIME_ENV, str(tmp_path / "elsewhere"))
    assert runtime_dir() == tmp_path / "elsewhere"


def test_xdg_runtime_dir_without_override(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert runtime_dir() == tmp_path / "eidcompanion"
    clean_env.setenv(RUNTIME_ENV, "")  # an empty override is no override
    assert runtime_dir() == tmp_path / "eidcompanion"


@pytest.mark.parametrize("xdg", [None, "", "missing"])
def test_per_user_folder_in_the_temporary_folder(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    """Without a (usable) XDG_RUNTIME_DIR: one folder per uid, so users never share one."""
    if xdg is not None:
        clean_env.setenv("XDG_RUNTIME_DIR", str(tmp_path / xdg) if xdg else "")
    clean_env.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    assert runtime_dir() == tmp_path / "tmp" / f"eidcompanion-{os.getuid()}"


def test_create_makes_a_private_folder_whatever_the_umask(
    monkeypatch: pytest.MonkeyPatch, short_base: Path, umask0: None
) -> None:
    monkeypatch.setenv(RUNTIME_ENV, str(short_base / "run"))
    folder = private_runtime_dir(create=True)
    assert folder == short_base / "run"
    info = folder.lstat()
    assert stat.S_ISDIR(info.st_mode)
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.getuid()
    assert private_runtime_dir(create=True) == folder  # an existing private folder is fine
    assert mode(folder) == 0o700


def test_without_create_nothing_is_made(monkeypatch: pytest.MonkeyPatch, short_base: Path) -> None:
    monkeypatch.setenv(RUNTIME_ENV, str(short_base / "run"))
    assert private_runtime_dir(create=False) == short_base / "run"
    assert not (short_base / "run").exists()


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("unsafe_mode", UNSAFE_MODES, ids=oct)
def test_refuses_a_folder_others_can_enter_and_leaves_its_mode(
    monkeypatch: pytest.MonkeyPatch, short_base: Path, unsafe_mode: int, create: bool
) -> None:
    folder = short_base / "run"
    folder.mkdir()
    folder.chmod(unsafe_mode)
    monkeypatch.setenv(RUNTIME_ENV, str(folder))
    with pytest.raises(UnsafeFolderError, match="other users"):
        private_runtime_dir(create=create)
    assert mode(folder) == unsafe_mode  # refused, not "repaired": someone else may be using it
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("create", [True, False])
def test_refuses_a_symlink_to_a_private_folder(
    monkeypatch: pytest.MonkeyPatch, short_base: Path, create: bool
) -> None:
    """A link could point anywhere (another user's folder once swapped): only a real folder will do."""
    target = short_base / "target"
    target.mkdir(mode=0o700)
    link = short_base / "run"
    link.symlink_to(target, target_is_directory=True)
    monkeypatch.setenv(RUNTIME_ENV, str(link))
    with pytest.raises(UnsafeFolderError, match="not a folder"):
        private_runtime_dir(create=create)
    assert link.is_symlink()
    assert mode(target) == 0o700
    assert list(target.iterdir()) == []


def test_refuses_a_file_in_its_place(monkeypatch: pytest.MonkeyPatch, short_base: Path) -> None:
    squatter = short_base / "run"
    squatter.write_bytes(b"not a folder")
    squatter.chmod(0o600)
    monkeypatch.setenv(RUNTIME_ENV, str(squatter))
    with pytest.raises(UnsafeFolderError, match="not a folder"):
        private_runtime_dir(create=False)
    with pytest.raises(UnsafeFolderError, match="not a folder"):
        private_runtime_dir(create=True)
    assert squatter.read_bytes() == b"not a folder"
    assert mode(squatter) == 0o600


def test_refuses_a_file_in_its_place_with_unsafe_folder_error_when_creating(
    monkeypatch: pytest.MonkeyPatch, short_base: Path
) -> None:
    squatter = short_base / "run"
    squatter.write_bytes(b"not a folder")
    monkeypatch.setenv(RUNTIME_ENV, str(squatter))
    with pytest.raises(UnsafeFolderError):
        private_runtime_dir(create=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
@pytest.mark.parametrize("create", [True, False])
def test_refuses_a_private_folder_of_another_user(
    monkeypatch: pytest.MonkeyPatch, short_base: Path, create: bool
) -> None:
    """Someone who made the folder first (in a shared /tmp) does not get this user's socket."""
    folder = short_base / "run"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    monkeypatch.setenv(RUNTIME_ENV, str(folder))
    with pytest.raises(UnsafeFolderError, match="not a folder of this user"):
        private_runtime_dir(create=create)
    assert folder.lstat().st_uid == 65534
    assert mode(folder) == 0o700
