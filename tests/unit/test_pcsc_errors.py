"""PC/SC return codes become typed errors with a sentence a citizen understands."""

from __future__ import annotations

import pytest

from eidcompanion.texts.errors import error_text
from eidcompanion.transport.errors import (
    CardRemovedError,
    CardUnresponsiveError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    ReaderNotFoundError,
    TransportError,
    UnsupportedCardError,
)
from eidcompanion.transport.pcsc import error_for

# winscard.h return codes.
CASES: list[tuple[int, type[TransportError]]] = [
    (0x8010001D, PcscServiceUnavailableError),  # SCARD_E_NO_SERVICE
    (0x8010001E, PcscServiceUnavailableError),  # SCARD_E_SERVICE_STOPPED
    (0x8010002E, NoReaderError),  # SCARD_E_NO_READERS_AVAILABLE
    (0x80100009, ReaderNotFoundError),  # SCARD_E_UNKNOWN_READER
    (0x8010000C, NoCardError),  # SCARD_E_NO_SMARTCARD
    (0x80100069, NoCardError),  # SCARD_W_REMOVED_CARD
    (0x8010000B, ReaderBusyError),  # SCARD_E_SHARING_VIOLATION
    (0x80100066, CardUnresponsiveError),  # SCARD_W_UNRESPONSIVE_CARD
    (0x8010000A, CardUnresponsiveError),  # SCARD_E_TIMEOUT
    (0x80100065, UnsupportedCardError),  # SCARD_W_UNSUPPORTED_CARD
    (0x80100001, TransportError),  # SCARD_F_INTERNAL_ERROR: no better name
    (0x12345678, TransportError),  # not a PC/SC code at all
]


@pytest.mark.parametrize(("code", "kind"), CASES)
def test_error_for(code: int, kind: type[TransportError]) -> None:
    error = error_for(code, "ACS ACR38U 00 00")
    assert type(error) is kind
    assert f"{code:#010x}" in error.detail


@pytest.mark.parametrize("code", [0x8010000C, 0x80100069])
def test_card_gone_during_an_operation_is_card_removed(code: int) -> None:
    assert type(error_for(code, during_operation=True)) is CardRemovedError
    assert type(error_for(code, during_operation=False)) is NoCardError


def test_reader_not_found_names_the_reader() -> None:
    error = error_for(0x80100009, "Gemalto PC Twin Reader 00 00")
    assert "Gemalto PC Twin Reader 00 00" in error_text(error)


ERROR_TYPES: list[type[TransportError]] = [
    PcscServiceUnavailableError,
    NoReaderError,
    ReaderNotFoundError,
    NoCardError,
    CardRemovedError,
    ReaderBusyError,
    CardUnresponsiveError,
    UnsupportedCardError,
    TransportError,
]


def make(kind: type[TransportError]) -> TransportError:
    if kind is ReaderNotFoundError:
        return kind("detail", reader="Some Reader 00 00")
    return kind("detail")


@pytest.mark.parametrize("kind", ERROR_TYPES)
def test_user_text_is_an_english_sentence(kind: type[TransportError]) -> None:
    text = error_text(make(kind))
    assert text.strip()
    assert text[0].isupper()
    assert text.endswith(".")
    assert text.isascii() or "\u201c" in text  # only the quotes around a reader name are not ASCII
    assert "detail" not in text  # the technical detail is kept apart from the sentence


def test_user_texts_differ_between_types() -> None:
    texts = [error_text(make(kind)) for kind in ERROR_TYPES]
    assert len(set(texts)) == len(texts)


def test_str_carries_code_and_detail_but_no_sentence() -> None:
    error = error_for(0x8010002E)
    assert str(error).startswith("no_reader: ")
    assert "0x8010002e" in str(error)
    assert error_text(error) not in str(error)  # the core never speaks sentences
