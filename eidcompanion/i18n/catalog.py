"""Read Qt Linguist ``.ts`` catalogs without Qt."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eidcompanion.i18n.message import Message
from eidcompanion.resources import translations_dir

SUPPORTED_LANGUAGES = ("en", "fr", "nl", "de")
CATALOG_STEM = "eidcompanion"


@dataclass(frozen=True)
class Catalog:
    language: str
    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    def translate(self, message: Message) -> str:
        return self.entries.get((message.context, message.source)) or message.source

    def has_translation(self, message: Message) -> bool:
        return bool(self.entries.get((message.context, message.source)))


def catalog_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG_STEM}_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """Every entry of a ``.ts`` file: (context, source) -> (translation, its type or None)."""
    entries: dict[tuple[str, str], tuple[str, str | None]] = {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalog, shipped with the package
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            entries[(name, message.findtext("source", default=""))] = (text, kind)
    return entries


def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a ``.ts`` file, keyed by (context, source)."""
    return {key: text for key, (text, kind) in read_ts(path).items() if kind is None}


@cache
def load_catalog(language: str) -> Catalog:
    """The catalog for ``language`` (``en``, ``fr``, ``nl`` or ``de``); English needs no file."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(SUPPORTED_LANGUAGES)}")
    path = catalog_path(language)
    return Catalog(language, parse_ts(path) if path.exists() else {})


def detect_language(environ: dict[str, str] | None = None) -> str:
    """The first supported language named by ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(variable, "").split(":"):
            code = part.strip().lower()[:2]
            if code in SUPPORTED_LANGUAGES:
                return code
    return "en"
