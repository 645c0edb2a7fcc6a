"""Processors between the card logic and the reader, each written once.

* :class:`T0Processor`: the two T=0 quirks. ``6C xx``: the Le was wrong and the card has exactly
  ``xx`` bytes, so the same command is sent again with Le = xx (once). ``61 xx``: a case-4 command
  left ``xx`` bytes waiting, fetched with GET RESPONSE until the card answers ``90 00``.
* :class:`TrafficLogger`: every exchange on the wire, PIN blocks masked, at the TRAFFIC level.

They stack: ``T0Processor(TrafficLogger(raw))`` logs each GET RESPONSE and resend as sent. The hot
path is kept short on purpose: a full card read is ~50 of these exchanges.
"""

from __future__ import annotations

from eidcompanion.transport.apdu import ParsedCommand, Response, command
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.errors import CardUnresponsiveError
from eidcompanion.transport.traffic_log import TRAFFIC, carries_pin, log_control, log_exchange, logger

MAX_CHAINED_RESPONSE = 0x10000
MAX_GET_RESPONSES = 256


class TrafficLogger(ConnectionWrapper):
    """Logs every exchange with the reader, PIN blocks masked, at the TRAFFIC level."""

    def transmit(self, apdu: bytes) -> Response:
        response = self.inner.transmit(apdu)
        log_exchange(self.inner.reader_name, apdu, response.to_bytes())
        return response

    def control(self, code: int, data: bytes = b"") -> bytes:
        answer = self.inner.control(code, data)
        log_control(self.inner.reader_name, code, data, answer)
        return answer


def with_le(apdu: bytes, le: int) -> bytes:
    """The same command with Le = ``le`` (``00`` for 256): replaces an Le, or adds one."""
    parsed = ParsedCommand.parse(apdu)
    return command(parsed.cla, parsed.ins, parsed.p1, parsed.p2, parsed.data, le=le or 256)


class T0Processor(ConnectionWrapper):
    """Resends on ``6C xx`` and fetches on ``61 xx``, below the card logic."""

    def __init__(self, inner: Connection) -> None:
        super().__init__(inner)
        self._send = inner.transmit

    def transmit(self, apdu: bytes) -> Response:
        send = self._send
        response = send(apdu)
        sw1 = response.sw >> 8
        if sw1 == 0x6C and not response.data and not carries_pin(apdu):  # never send a PIN twice
            response = send(with_le(apdu, response.sw & 0xFF))
            sw1 = response.sw >> 8
        if sw1 != 0x61:
            return response
        data = bytearray(response.data)
        for _fetch in range(MAX_GET_RESPONSES):
            get_response = bytes((0x00, 0xC0, 0x00, 0x00, response.sw & 0xFF))
            response = send(get_response)
            if response.sw >> 8 == 0x6C and not response.data:
                response = send(with_le(get_response, response.sw & 0xFF))
            if response.sw >> 8 == 0x61 and not response.data:
                raise CardUnresponsiveError("GET RESPONSE gave no data but announced more (61xx)")
            data += response.data
            if response.sw >> 8 != 0x61:
                return Response(bytes(data), response.sw)
            if len(data) > MAX_CHAINED_RESPONSE:
                break
        raise CardUnresponsiveError(f"the card kept answering 61xx after {len(data)} bytes")


def t0_stack(connection: Connection) -> Connection:
    """The processing every card command goes through: T=0 handling above the traffic log.

    The traffic logger is only stacked when the TRAFFIC level is enabled as the card is opened:
    it then costs nothing on the ~50 exchanges of a read when nobody is listening.
    """
    if isinstance(connection, T0Processor):
        return connection
    if logger.isEnabledFor(TRAFFIC):
        connection = TrafficLogger(connection)
    return T0Processor(connection)
