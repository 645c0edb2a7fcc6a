"""Command and response APDUs (ISO 7816-4) and the status words the BELPIC card uses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple


class StatusWord(IntEnum):
    OK = 0x9000
    WRONG_LENGTH = 0x6700
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    AUTHENTICATION_METHOD_BLOCKED = 0x6983
    CONDITIONS_NOT_SATISFIED = 0x6985
    COMMAND_NOT_ALLOWED_NO_CURRENT_EF = 0x6986
    INCORRECT_DATA = 0x6A80
    FILE_NOT_FOUND = 0x6A82
    INCORRECT_P1_P2 = 0x6A86
    LC_INCONSISTENT_WITH_P1_P2 = 0x6A87
    REFERENCE_NOT_FOUND = 0x6A88
    WRONG_PARAMETERS_OFFSET = 0x6B00
    INS_NOT_SUPPORTED_OR_LIFE_CYCLE = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00
    NO_PRECISE_DIAGNOSTIC = 0x6400
    MEMORY_FAILURE = 0x6581

    @classmethod
    def describe(cls, sw: int) -> str:
        """A short name for any status word; unknown codes never raise."""
        try:
            return cls(sw).name
        except ValueError:
            pass
        sw1, sw2 = sw >> 8, sw & 0xFF
        if sw1 == 0x61:
            return f"MORE_DATA_{sw2 or 256}"
        if sw1 == 0x6C:
            return f"WRONG_LE_EXPECTED_{sw2 or 256}"
        if sw1 == 0x63 and sw2 & 0xF0 == 0xC0:
            return f"WRONG_PIN_{sw2 & 0x0F}_TRIES_LEFT"
        if sw1 == 0x64:
            return "PIN_PAD_OR_EXECUTION_ERROR"
        return "UNKNOWN"


class Response(NamedTuple):
    """The answer to a command: the data field and the status word (SW1 SW2).

    A named tuple rather than a dataclass: one is made per exchange, on the hot path of a read.
    """

    data: bytes
    sw: int

    @classmethod
    def from_bytes(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError(f"a response APDU has at least 2 bytes, got {raw.hex(' ')!r}")
        return cls(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == StatusWord.OK


def command(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None) -> bytes:
    """Encode a short command APDU. ``le`` = 256 is sent as ``00``; ``le=None`` sends no Le."""
    if len(data) > 255:
        raise ValueError("short APDUs carry at most 255 data bytes")
    if le is not None and not 1 <= le <= 256:
        raise ValueError("Le must be 1..256")
    apdu = bytes((cla, ins, p1, p2))
    if data:
        apdu += bytes((len(data),)) + data
    if le is not None:
        apdu += bytes((le & 0xFF,))
    return apdu


@dataclass(frozen=True, slots=True)
class ParsedCommand:
    """A short command APDU split into its fields (used by the simulator and the recorder)."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None

    @classmethod
    def parse(cls, apdu: bytes) -> ParsedCommand:
        """Split a short APDU. Raises ``ValueError`` when Lc does not match the length."""
        if len(apdu) < 4:
            raise ValueError("a command APDU has at least 4 bytes")
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        if not body:
            return cls(cla, ins, p1, p2, b"", None)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, b"", body[0] or 256)
        lc = body[0]
        if lc == 0:
            raise ValueError("extended APDUs are not supported")
        if len(body) == 1 + lc:
            return cls(cla, ins, p1, p2, bytes(body[1:]), None)
        if len(body) == 2 + lc:
            return cls(cla, ins, p1, p2, bytes(body[1 : 1 + lc]), body[-1] or 256)
        raise ValueError(f"Lc={lc} does not match the {len(body) - 1} bytes that follow")
