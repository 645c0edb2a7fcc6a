"""Translatable texts: one catalog system (Qt Linguist ``.ts`` files) for every face.

Texts are declared with :func:`translatable`, which records them so that a test can check that
every one of them is translated in French, Dutch and German (English is the source language).
The command line reads the ``.ts`` catalogs directly (no Qt needed); the GUI compiles the same
files to ``.qm`` and loads them with ``QTranslator``.
"""

from __future__ import annotations

from eidcompanion.i18n.message import Message, registered_messages, translatable

TYPE_CHECKING = False  # not typing's: the bridge's start does not pay for typing
if TYPE_CHECKING:
    from typing import Any

    from eidcompanion.i18n.catalog import SUPPORTED_LANGUAGES, Catalog, detect_language, load_catalog

_FROM_CATALOG = frozenset({"SUPPORTED_LANGUAGES", "Catalog", "detect_language", "load_catalog"})


def __getattr__(name: str) -> Any:
    """The catalog side (XML parsing) loads on first use: declaring texts stays cheap (the bridge)."""
    if name in _FROM_CATALOG:
        from eidcompanion.i18n import catalog  # noqa: PLC0415

        return getattr(catalog, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SUPPORTED_LANGUAGES",
    "Catalog",
    "Message",
    "detect_language",
    "load_catalog",
    "registered_messages",
    "translatable",
]
