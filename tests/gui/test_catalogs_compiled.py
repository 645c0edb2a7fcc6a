"""The catalogs compile to .qm, Qt loads them, and the wheel ships them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from eidcompanion.errors import ErrorCode
from eidcompanion.i18n.compile_catalogs import compile_catalogs
from eidcompanion.texts.errors import ERROR_TEXTS
from tests.conftest import REPOSITORY


def test_compiled_catalogs_translate_through_qt(qapp: QCoreApplication, tmp_path: Path) -> None:
    written = compile_catalogs(tmp_path)
    assert {path.name for path in written} == {f"eidcompanion_{code}.qm" for code in ("en", "fr", "nl", "de")}
    translator = QTranslator()
    assert translator.load("eidcompanion_nl", str(tmp_path))
    qapp.installTranslator(translator)
    try:
        message = ERROR_TEXTS[ErrorCode.NO_CARD]
        dutch = QCoreApplication.translate(message.context, message.source)
    finally:
        qapp.removeTranslator(translator)
    assert "kaart" in dutch


def test_the_wheel_ships_the_compiled_catalogs(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(REPOSITORY), str(clone)], check=True, timeout=120)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(clone)],
        check=True, timeout=600, capture_output=True,
    )  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for code in ("en", "fr", "nl", "de"):
        assert f"eidcompanion/ui/translations/eidcompanion_{code}.qm" in names
    assert "eidcompanion/ui/icons/eidcompanion.svg" in names
    assert "eidcompanion/ui/eidcompanion.desktop.in" in names
