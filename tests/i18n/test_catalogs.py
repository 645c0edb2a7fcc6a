"""Every user-facing text exists in French, Dutch, German and English."""

from __future__ import annotations

import re

import pytest

from eidcompanion.i18n import Message, detect_language, load_catalog, registered_messages
from eidcompanion.i18n.catalog import catalog_path
from eidcompanion.i18n.update_catalogs import _existing, import_all_modules, render_catalog
from eidcompanion.texts.errors import error_text

PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    import_all_modules()
    return registered_messages()


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_every_text_is_translated(language: str, messages: list[Message]) -> None:
    catalog = load_catalog(language)
    missing = [m.source for m in messages if not catalog.has_translation(m)]
    assert not missing, f"{len(missing)} texts lack a {language} translation: {missing[:5]}"
    for message in messages:
        translated = catalog.translate(message)
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(message.source)), (
            f"{language}: placeholders differ in {message.source!r} -> {translated!r}"
        )


def test_the_english_catalog_holds_every_text(messages: list[Message]) -> None:
    catalog = load_catalog("en")
    assert all(catalog.has_translation(m) for m in messages)


def test_catalogs_are_up_to_date(messages: list[Message]) -> None:
    """Running the catalog update would change nothing: no text is missing or stale."""
    for language in ("en", "fr", "nl", "de"):
        path = catalog_path(language)
        assert render_catalog(language, messages, _existing(path)) == path.read_text(encoding="utf-8"), (
            f"run: python -m eidcompanion.i18n.update_catalogs ({path.name} is stale)"
        )


def test_a_translated_error_reads_in_the_users_language() -> None:
    from eidcompanion.card.errors import CorruptFileError
    from eidcompanion.card.files import CardFile

    error = CorruptFileError(CardFile.PHOTO, "test")
    english = error_text(error)
    french = error_text(error, load_catalog("fr"))
    assert "photo" in english
    assert french != english
    assert "photo" in french.lower()


def test_language_detection() -> None:
    assert detect_language({"LANG": "nl_BE.UTF-8"}) == "nl"
    assert detect_language({"LANGUAGE": "de_BE:fr_BE", "LANG": "nl_BE.UTF-8"}) == "de"
    assert detect_language({"LANG": "C.UTF-8"}) == "en"
    assert detect_language({}) == "en"
