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
from eidcompanion.i18n.catalog import SUPPORTED_LANGUAGES, catalog_path
from eidcompanion.i18n.message import Message, registered_messages

SKIPPED_MODULES = ("eidcompanion.gui", "eidcompanion.simulator.sandbox_init")
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}


def import_all_modules() -> None:
    """Import every module so that each one declares its texts."""
    for module in pkgutil.walk_packages(eidcompanion.__path__, "eidcompanion."):
        if not module.name.startswith(SKIPPED_MODULES) and not module.name.endswith(".__main__"):
            importlib.import_module(module.name)


def _existing(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], tuple[str, str | None]] = {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            entries[(name, message.findtext("source", default=""))] = (text, kind)
    return entries


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
