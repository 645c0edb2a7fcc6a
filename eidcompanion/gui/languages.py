"""The app's language: Qt Linguist catalogs (our ``.qm`` and Qt's ``qtbase``), switchable at once.

Texts are declared as :class:`~eidcompanion.i18n.Message` like everywhere else; :class:`QtTranslator`
renders them through ``QCoreApplication.translate``, so the QTranslator installed for the current
language answers. Widgets re-render their texts when :attr:`Languages.changed` fires.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from eidcompanion.i18n import SUPPORTED_LANGUAGES, Message
from eidcompanion.i18n.catalog import CATALOG_STEM
from eidcompanion.resources import translations_dir

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"}
"""Each language in its own words: the language menu never needs translating."""


class QtTranslator:
    """Renders our messages with the translators installed in the application."""

    def translate(self, message: Message) -> str:
        return QCoreApplication.translate(message.context, message.source)


TRANSLATOR = QtTranslator()


def tr(message: Message, **fields: object) -> str:
    """``message`` in the current language, with its fields filled in."""
    return message.render(TRANSLATOR, **fields)


def system_language() -> str:
    """The first supported language of the system locale's UI languages (English otherwise)."""
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "en"


class Languages(QObject):
    """Installs the catalogs of one language; :meth:`switch` changes it at once."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self)
        if ours.load(f"{CATALOG_STEM}_{language}", str(translations_dir())):
            self._installed.append(ours)
        else:
            logger.warning("the %s catalog (.qm) is missing from %s", language, translations_dir())
        qt_own = QTranslator(self)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
        self.current = language
        QLocale.setDefault(QLocale(language))
        self.changed.emit(language)
