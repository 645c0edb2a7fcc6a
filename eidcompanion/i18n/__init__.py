"""Translatable texts: one catalog system (Qt Linguist ``.ts`` files) for every face.

Texts are declared with :func:`translatable`, which records them so that a test can check that
every one of them is translated in French, Dutch and German (English is the source language).
The command line reads the ``.ts`` catalogs directly (no Qt needed); the GUI compiles the same
files to ``.qm`` and loads them with ``QTranslator``.
"""

from eidcompanion.i18n.catalog import (
    SUPPORTED_LANGUAGES,
    Catalog,
    detect_language,
    load_catalog,
)
from eidcompanion.i18n.message import Message, registered_messages, translatable

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Catalog",
    "Message",
    "detect_language",
    "load_catalog",
    "registered_messages",
    "translatable",
]
