"""Bring ``ui/translations/*.ts`` up to date with the texts the code declares.

``python -m eidcompanion.i18n.update_catalogs`` imports every module, keeps the existing
translations, adds new texts as unfinished and drops texts the code no longer declares. The test
suite fails while a text has no finished translation in French, Dutch or German.
"""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import eidcompanion
from eidcompanion.i18n.catalog import SUPPORTED_LANGUAGES, catalog_path, read_ts
from eidcompanion.i18n.message import Message, registered_messages

SKIPPED_MODULES = ("eidcompanion.simulator.sandbox_init",)
"""Modules that act when imported."""
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}


def import_all_modules() -> None:
    """Import every module so that each one declares its texts."""
    for module in pkgutil.walk_packages(eidcompanion.__path__, "eidcompanion."):
        if not module.name.startswith(SKIPPED_MODULES) and not module.name.endswith(".__main__"):
            importlib.import_module(module.name)


def _existing(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """The catalog's entries; a translation marked obsolete or vanished is finished again when the
    code declares its text once more."""
    if not path.exists():
        return {}
    return {
        key: (text, None if kind in ("obsolete", "vanished") and text else kind)
        for key, (text, kind) in read_ts(path).items()
    }


def render_catalog(
    language: str, messages: list[Message], existing: dict[tuple[str, str], tuple[str, str | None]]
) -> str:
    root = ET.Element("TS", version="2.1", language=LOCALES[language], sourcelanguage="en")
    by_context: dict[str, list[tuple[str, str, str | None]]] = {}
    for message in messages:
        text, kind = existing.get((message.context, message.source), ("", "unfinished"))
        if language == "en" and not text:
            text, kind = message.source, None
        by_context.setdefault(message.context, []).append((message.source, text, kind))
    for context_name in sorted(by_context):
        context_element = ET.SubElement(root, "context")
        ET.SubElement(context_element, "name").text = context_name
        for source, text, kind in by_context[context_name]:
            message_element = ET.SubElement(context_element, "message")
            ET.SubElement(message_element, "source").text = source
            translation = ET.SubElement(message_element, "translation")
            translation.text = text
            if kind:
                translation.set("type", kind)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def main() -> int:
    import_all_modules()
    messages = registered_messages()
    for language in SUPPORTED_LANGUAGES:
        path = catalog_path(language)
        path.write_text(render_catalog(language, messages, _existing(path)), encoding="utf-8")
        print(f"{path}: {len(messages)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
