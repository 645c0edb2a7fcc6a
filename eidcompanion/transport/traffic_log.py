"""APDU traffic logging at a level below DEBUG, with PIN blocks replaced by ``****``."""

from __future__ import annotations

import logging

TRAFFIC = 5
"""Log level of the APDU traffic: below DEBUG, so it only shows when asked for explicitly."""
logging.addLevelName(TRAFFIC, "TRAFFIC")

logger = logging.getLogger("eidcompanion.apdu")

PIN_INSTRUCTIONS = frozenset({0x20, 0x24, 0x2C})
"""VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER carry PIN blocks in their data field."""

PIN_MASK = "****"


def carries_pin(apdu: bytes) -> bool:
    """True for an ISO command whose data field holds a PIN block."""
    return len(apdu) > 5 and apdu[0] & 0x80 == 0 and apdu[1] in PIN_INSTRUCTIONS


def redact_command(apdu: bytes) -> str:
    """The command as hex, with any PIN block replaced by ``****``."""
    if carries_pin(apdu):
        return f"{apdu[:5].hex(' ').upper()} {PIN_MASK}"
    return apdu.hex(" ").upper()


def log_exchange(reader: str, apdu: bytes, response: bytes) -> None:
    if logger.isEnabledFor(TRAFFIC):
        logger.log(TRAFFIC, "%s > %s", reader, redact_command(apdu))
        logger.log(TRAFFIC, "%s < %s", reader, response.hex(" ").upper())


def log_control(reader: str, code: int, data: bytes, response: bytes) -> None:
    if logger.isEnabledFor(TRAFFIC):
        logger.log(TRAFFIC, "%s control %#x > %s", reader, code, data.hex(" ").upper())
        logger.log(TRAFFIC, "%s control %#x < %s", reader, code, response.hex(" ").upper())
