"""Transport quirks of T=0 cards, handled once below the card logic.

* ``6C xx``: the Le was wrong; the card has exactly ``xx`` bytes: resend the same command with Le=xx.
* ``61 xx``: a case-4 command has ``xx`` bytes waiting: fetch them with GET RESPONSE (repeatedly).
"""

from __future__ import annotations

from eidcompanion.transport.apdu import Response
from eidcompanion.transport.connection import Connection, ConnectionWrapper
from eidcompanion.transport.traffic_log import log_control, log_exchange

MAX_CHAINED_RESPONSE = 0x10000


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


class ResendWithCorrectLe(ConnectionWrapper):
    """Answers ``6C xx`` by sending the same command once more with Le = xx."""

    def transmit(self, apdu: bytes) -> Response:
        response = self.inner.transmit(apdu)
        if response.sw1 == 0x6C and not response.data and len(apdu) >= 5:
            return self.inner.transmit(apdu[:-1] + bytes((response.sw2,)))
        return response


class GetResponse(ConnectionWrapper):
    """Answers ``61 xx`` by fetching the waiting data with GET RESPONSE until ``90 00``."""

    def transmit(self, apdu: bytes) -> Response:
        response = self.inner.transmit(apdu)
        if response.sw1 != 0x61:
            return response
        data = bytearray(response.data)
        while response.sw1 == 0x61 and len(data) < MAX_CHAINED_RESPONSE:
            response = self.inner.transmit(bytes((0x00, 0xC0, 0x00, 0x00, response.sw2)))
            data += response.data
        return Response(bytes(data), response.sw)


def t0_stack(connection: Connection) -> Connection:
    """The processing every card command goes through: log, resend on 6Cxx, fetch on 61xx."""
    if isinstance(connection, GetResponse):
        return connection
    return GetResponse(ResendWithCorrectLe(TrafficLogger(connection)))
