"""Each layer imports only what it may: the core never loads Qt, and nothing loads pyscard at import.

Each check runs in a fresh interpreter, so that modules loaded by other tests cannot hide a leak.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CORE_LAYERS = (
    "eidcompanion.transport",
    "eidcompanion.card",
    "eidcompanion.trust",
    "eidcompanion.webeid",
    "eidcompanion.view",
    "eidcompanion.texts.errors",
    "eidcompanion.cli.main",
)


def _loaded_after_import(module: str) -> set[str]:
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(result.stdout))


@pytest.mark.parametrize("module", CORE_LAYERS)
def test_the_core_layers_load_neither_qt_nor_pyscard(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert not {name for name in loaded if name.startswith("PySide6")}, f"{module} loads Qt"
    assert not {name for name in loaded if name.startswith("smartcard")}, f"{module} loads pyscard at import"


def test_the_check_sees_a_layer_that_loads_qt() -> None:
    """The check itself can fail: the desktop app's module does load Qt."""
    pytest.importorskip("PySide6")
    assert any(name.startswith("PySide6") for name in _loaded_after_import("eidcompanion.gui.app"))
