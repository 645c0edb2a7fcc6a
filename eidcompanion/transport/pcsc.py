"""PC/SC through pyscard: list readers, connect, transmit, control codes and transactions.

pyscard is imported when a function here is first called, never at import time, so that the
browser bridge and ``--help`` stay fast.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import (
    CardRemovedError,
    CardResetError,
    CardUnresponsiveError,
    NoCardError,
    NoReaderError,
    PcscServiceUnavailableError,
    ReaderBusyError,
    ReaderNotFoundError,
    TransportError,
    UnsupportedCardError,
)

# PC/SC return codes (winscard.h); pyscard hands them back as plain integers.
SCARD_S_SUCCESS = 0x00000000
SCARD_E_UNKNOWN_READER = 0x80100009
SCARD_E_TIMEOUT = 0x8010000A
SCARD_E_SHARING_VIOLATION = 0x8010000B
SCARD_E_NO_SMARTCARD = 0x8010000C
SCARD_E_PROTO_MISMATCH = 0x8010000F
SCARD_F_COMM_ERROR = 0x80100013
SCARD_E_NOT_TRANSACTED = 0x80100016
SCARD_E_READER_UNAVAILABLE = 0x80100017
SCARD_E_CARD_UNSUPPORTED = 0x8010001C
SCARD_E_NO_SERVICE = 0x8010001D
SCARD_E_SERVICE_STOPPED = 0x8010001E
SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
SCARD_W_UNSUPPORTED_CARD = 0x80100065
SCARD_W_UNRESPONSIVE_CARD = 0x80100066
SCARD_W_UNPOWERED_CARD = 0x80100067
SCARD_W_RESET_CARD = 0x80100068
SCARD_W_REMOVED_CARD = 0x80100069

_MAYBE_REMOVED = frozenset(
    {
        SCARD_E_NOT_TRANSACTED,
        SCARD_F_COMM_ERROR,
        SCARD_E_TIMEOUT,
        SCARD_W_UNRESPONSIVE_CARD,
        SCARD_W_UNPOWERED_CARD,
    }
)
"""Codes a card pulled out in the middle of a command can give before the service notices it left."""

SCARD_STATE_PRESENT = 0x20
SCARD_STATE_MUTE = 0x200


def _scard() -> ModuleType:
    from smartcard import scard  # noqa: PLC0415 - deferred: importing pyscard costs startup time

    module: ModuleType = scard
    return module


def _code_name(code: int) -> str:
    try:
        return f"{_scard().SCardGetErrorMessage(code)} ({code:#010x})"
    except Exception:
        return f"PC/SC error {code:#010x}"


def error_for(code: int, reader: str = "", *, during_operation: bool = False) -> TransportError:
    """The typed error for a PC/SC return code."""
    detail = _code_name(code)
    if code in (SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED):
        return PcscServiceUnavailableError(detail)
    if code == SCARD_E_NO_READERS_AVAILABLE:
        return NoReaderError(detail)
    if code == SCARD_E_UNKNOWN_READER:
        return ReaderNotFoundError(detail, reader=reader)
    if code == SCARD_E_READER_UNAVAILABLE:
        return CardRemovedError(detail) if during_operation else NoReaderError(detail)
    if code in (SCARD_E_NO_SMARTCARD, SCARD_W_REMOVED_CARD):
        return CardRemovedError(detail) if during_operation else NoCardError(detail)
    if code == SCARD_E_SHARING_VIOLATION:
        return ReaderBusyError(detail)
    if code == SCARD_W_RESET_CARD:
        return CardResetError(detail)
    if code in (
        SCARD_W_UNRESPONSIVE_CARD,
        SCARD_W_UNPOWERED_CARD,
        SCARD_E_TIMEOUT,
        SCARD_F_COMM_ERROR,
        SCARD_E_PROTO_MISMATCH,
    ):
        return CardUnresponsiveError(detail)
    if code in (SCARD_W_UNSUPPORTED_CARD, SCARD_E_CARD_UNSUPPORTED):
        return UnsupportedCardError(detail)
    return TransportError(detail)


VIRTUAL_READER_PREFIXES = ("Virtual PCD",)
"""Readers that are software (vsmartcard's vpcd), not a device a citizen plugged in."""


@dataclass(frozen=True)
class ReaderStatus:
    name: str
    card_present: bool
    atr: bytes | None
    mute: bool = False

    @property
    def virtual(self) -> bool:
        return self.name.startswith(VIRTUAL_READER_PREFIXES)


class _Context:
    """An SCardEstablishContext handle, released on exit."""

    def __init__(self) -> None:
        self.scard = _scard()
        code, self.handle = self.scard.SCardEstablishContext(self.scard.SCARD_SCOPE_USER)
        if code != SCARD_S_SUCCESS:
            raise error_for(code)

    def release(self) -> None:
        self.scard.SCardReleaseContext(self.handle)

    def reader_names(self) -> list[str]:
        code, names = self.scard.SCardListReaders(self.handle, [])
        if code == SCARD_E_NO_READERS_AVAILABLE or (code == SCARD_S_SUCCESS and not names):
            return []
        if code != SCARD_S_SUCCESS:
            raise error_for(code)
        return list(names)

    def statuses(self, names: list[str]) -> list[ReaderStatus]:
        if not names:
            return []
        states = [(name, self.scard.SCARD_STATE_UNAWARE) for name in names]
        code, answers = self.scard.SCardGetStatusChange(self.handle, 0, states)
        if code not in (SCARD_S_SUCCESS, SCARD_E_TIMEOUT):
            raise error_for(code)
        result = []
        for name, event_state, atr in answers:
            mute = bool(event_state & SCARD_STATE_PRESENT) and bool(event_state & SCARD_STATE_MUTE)
            present = bool(event_state & SCARD_STATE_PRESENT) and not mute
            result.append(ReaderStatus(name, present, bytes(atr) if present and atr else None, mute))
        return result


def list_readers() -> list[ReaderStatus]:
    """Every reader the PC/SC service knows, with whether a card is in it. Empty when none."""
    context = _Context()
    try:
        return context.statuses(context.reader_names())
    finally:
        context.release()


class PcscConnection(Connection):
    """A shared connection to the card in one PC/SC reader."""

    def __init__(self, context: _Context, reader: str) -> None:
        self._context = context
        self._reader = reader
        self._scard = context.scard
        self._transmit = context.scard.SCardTransmit
        self._lock = threading.RLock()
        self._transaction_depth = 0
        code, self._card, self._protocol = self._scard.SCardConnect(
            context.handle,
            reader,
            self._scard.SCARD_SHARE_SHARED,
            self._scard.SCARD_PROTOCOL_T0 | self._scard.SCARD_PROTOCOL_T1,
        )
        if code != SCARD_S_SUCCESS:
            raise error_for(code, reader)
        self._connected = True
        code, _name, _state, _protocol, atr = self._scard.SCardStatus(self._card)
        if code != SCARD_S_SUCCESS:
            self._scard.SCardDisconnect(self._card, self._scard.SCARD_LEAVE_CARD)
            self._connected = False
            raise error_for(code, reader, during_operation=True)  # open() releases the context
        self._atr = bytes(atr)

    @classmethod
    def open(cls, reader: str | None = None) -> PcscConnection:
        """Connect to ``reader``, or to the first reader holding a card when ``reader`` is None."""
        context = _Context()
        try:
            names = context.reader_names()
            if not names:
                raise NoReaderError("SCardListReaders returned no reader")
            if reader is not None:
                if reader not in names:
                    raise ReaderNotFoundError(f"readers: {names}", reader=reader)
                return cls(context, reader)
            statuses = context.statuses(names)
            with_card = [status.name for status in statuses if status.card_present]
            if not with_card:
                if any(status.mute for status in statuses):
                    raise CardUnresponsiveError("the card in the reader does not answer (mute)")
                raise NoCardError(f"readers without a card: {names}")
            return cls(context, with_card[0])
        except BaseException:
            context.release()
            raise

    @property
    def reader_name(self) -> str:
        return self._reader

    @property
    def atr(self) -> bytes:
        return self._atr

    def _card_gone(self, wait_ms: int = 1000) -> bool:
        """True when the card has left the reader, waiting briefly for the service to notice."""
        status_code, *_rest = self._scard.SCardStatus(self._card)
        if status_code in (SCARD_W_REMOVED_CARD, SCARD_E_NO_SMARTCARD, SCARD_E_READER_UNAVAILABLE):
            return True
        code, states = self._scard.SCardGetStatusChange(
            self._context.handle, 0, [(self._reader, self._scard.SCARD_STATE_UNAWARE)]
        )
        if code != SCARD_S_SUCCESS:
            return bool(code == SCARD_E_READER_UNAVAILABLE)
        current = int(states[0][1]) & ~self._scard.SCARD_STATE_CHANGED
        if not current & SCARD_STATE_PRESENT:
            return True
        code, states = self._scard.SCardGetStatusChange(
            self._context.handle, wait_ms, [(self._reader, current)]
        )
        return code == SCARD_S_SUCCESS and not states[0][1] & SCARD_STATE_PRESENT

    def _failure(self, code: int) -> TransportError:
        """Classify a failed exchange. For the codes a card pulled out mid-command may give before the
        service has noticed, look (briefly) whether it is gone; other codes are classified at once."""
        if code in _MAYBE_REMOVED and self._card_gone():
            return CardRemovedError(_code_name(code))
        return error_for(code, self._reader, during_operation=True)

    def transmit(self, apdu: bytes) -> Response:
        # pcsc-lite serialises the calls on one card handle; no lock is needed on this hot path.
        code, answer = self._transmit(self._card, self._protocol, list(apdu))
        if code != SCARD_S_SUCCESS:
            raise self._failure(code)
        if len(answer) < 2:  # no status word: the exchange broke off (vpcd: the card left)
            if self._card_gone():
                raise CardRemovedError(f"no answer to {apdu[:4].hex()} and the card is gone")
            # a card there again that never answered: taken out and put back before the service
            # noticed; its session is lost all the same
            raise CardResetError(f"no answer to {apdu[:4].hex()}: the card was taken out and put back")
        raw = bytes(bytearray(answer))  # twice as fast as bytes(list) for a 256-byte answer
        return Response(raw[:-2], (raw[-2] << 8) | raw[-1])

    def control(self, code: int, data: bytes = b"") -> bytes:
        result, answer = self._scard.SCardControl(self._card, code, list(data))  # serialised by pcsc-lite
        if result != SCARD_S_SUCCESS:
            raise self._failure(result)
        return bytes(answer)

    def transaction(self) -> AbstractContextManager[None]:
        return _Transaction(self)

    def _begin_transaction(self) -> None:
        with self._lock:
            if self._transaction_depth == 0:
                code = self._scard.SCardBeginTransaction(self._card)
                if code != SCARD_S_SUCCESS:
                    raise self._failure(code)
            self._transaction_depth += 1

    def _end_transaction(self) -> None:
        with self._lock:
            self._transaction_depth -= 1
            if self._transaction_depth == 0 and self._connected:
                self._scard.SCardEndTransaction(self._card, self._scard.SCARD_LEAVE_CARD)

    def cancel(self) -> None:
        """``SCardCancel``: a status-change wait of this connection's context returns at once."""
        if self._connected:
            self._scard.SCardCancel(self._context.handle)

    def close(self) -> None:
        with self._lock:
            if self._connected:
                self._connected = False
                self._scard.SCardDisconnect(self._card, self._scard.SCARD_LEAVE_CARD)
                self._context.release()

    def raw_handle(self) -> tuple[Any, int]:
        """The pyscard card handle and protocol, for the benchmark's raw baseline only."""
        return self._card, self._protocol


class _Transaction(AbstractContextManager[None]):
    """SCardBeginTransaction on entry, SCardEndTransaction on exit; nested blocks share one."""

    def __init__(self, connection: PcscConnection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection._begin_transaction()

    def __exit__(self, *exc_info: object) -> None:
        self._connection._end_transaction()
