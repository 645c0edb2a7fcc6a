"""Opening the card a command works on: a reader, or the built-in virtual card."""

from __future__ import annotations

from eidcompanion.cli.texts import VIRTUAL_CARD, VIRTUAL_FALLBACK_NO_READER, VIRTUAL_FALLBACK_NO_SERVICE
from eidcompanion.i18n import Catalog
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import (
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderNotFoundError,
)

DEFAULT_VIRTUAL_VERSION = "1.8"


def open_connection(
    reader: str | None, virtual: str | None, fallback: bool, catalog: Catalog
) -> tuple[Connection, str | None]:
    """The connection to read from, and a notice to show when it is the virtual card."""
    from eidcompanion.simulator.inprocess import open_virtual_card  # noqa: PLC0415
    from eidcompanion.transport.pcsc import PcscConnection, list_readers  # noqa: PLC0415

    if virtual is not None:
        return open_virtual_card(virtual), VIRTUAL_CARD.render(catalog, version=virtual)
    try:
        return PcscConnection.open(reader), None
    except (PcscServiceUnavailableError, NoReaderError, NoCardError) as error:
        if not fallback or isinstance(error, ReaderNotFoundError) or reader is not None:
            raise
        if isinstance(error, NoCardError) and not all(status.virtual for status in list_readers()):
            raise  # a real reader without a card: the citizen should insert the card
        fallback_text = (
            VIRTUAL_FALLBACK_NO_SERVICE
            if isinstance(error, PcscServiceUnavailableError)
            else VIRTUAL_FALLBACK_NO_READER
        )
        notice = fallback_text.render(catalog, version=DEFAULT_VIRTUAL_VERSION)
        return open_virtual_card(DEFAULT_VIRTUAL_VERSION), notice
