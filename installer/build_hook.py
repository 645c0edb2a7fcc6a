"""Hatch build hook: compile the translation catalogs (``ui/translations/*.ts``) to ``.qm``.

The wheel ships them (``ui`` is included as ``eidcompanion/ui``); an editable install finds them in
the checkout. Compiling needs Qt's ``lrelease``, which the hook's PySide6 build dependency brings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        script = (
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from eidcompanion.i18n.compile_catalogs import compile_catalogs; compile_catalogs()"
        )
        subprocess.run([sys.executable, "-c", script, str(root)], check=True, timeout=300)
