"""GET CARD DATA (``80 E4 00 00 1C``, and ``80 E4 00 01 1F`` on applet 1.8)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SIMULATED_SERIAL_PREFIX = b"SIMULATED"
"""Serial numbers of simulated cards start with this, so that they always report themselves."""


class AppletVersion(Enum):
    V1_1 = 0x11
    V1_7 = 0x17
    V1_8 = 0x18

    @property
    def label(self) -> str:
        return f"{self.value >> 4}.{self.value & 0x0F}"

    @property
    def has_pin_tries_in_card_data(self) -> bool:
        return self is AppletVersion.V1_8

    @property
    def empty_verify_is_safe(self) -> bool:
        """On 1.1 an empty VERIFY counts as a wrong PIN: never send it there."""
        return self is not AppletVersion.V1_1


class LifeCycle(Enum):
    SELECTABLE = 0x07
    PERSONALIZED = 0x0F


@dataclass(frozen=True)
class CardData:
    raw: bytes
    serial_number: bytes
    component_code: int
    os_number: int
    os_version: int
    softmask_number: int
    softmask_version: int
    applet_version_byte: int
    global_os_version: int | None
    applet_interface_version: int | None
    pkcs1_support: int | None
    key_exchange_version: int | None
    life_cycle_byte: int | None
    pin_tries_left: int | None

    @property
    def applet_version(self) -> AppletVersion | None:
        try:
            return AppletVersion(self.applet_version_byte)
        except ValueError:
            return None

    @property
    def life_cycle(self) -> LifeCycle | None:
        try:
            return LifeCycle(self.life_cycle_byte) if self.life_cycle_byte is not None else None
        except ValueError:
            return None

    @property
    def simulated(self) -> bool:
        return self.serial_number.startswith(SIMULATED_SERIAL_PREFIX)


CARD_DATA_LENGTH = 0x1C
CARD_DATA_WITH_PIN_LENGTH = 0x1F


def parse_card_data(raw: bytes) -> CardData:
    """Parse the answer to GET CARD DATA. Raises ``ValueError`` when it is too short."""
    if len(raw) < 22:
        raise ValueError(f"GET CARD DATA answered {len(raw)} bytes, at least 22 are needed")
    version_byte = raw[21]
    legacy_layout = version_byte < AppletVersion.V1_7.value  # 1.1 lays out the tail differently
    tail = raw[22:] if not legacy_layout else b""
    tries: int | None = None
    if len(raw) >= CARD_DATA_WITH_PIN_LENGTH and not legacy_layout and raw[28] != 0xFF:
        tries = raw[28]
    return CardData(
        raw=bytes(raw),
        serial_number=bytes(raw[0:16]),
        component_code=raw[16],
        os_number=raw[17],
        os_version=raw[18],
        softmask_number=raw[19],
        softmask_version=raw[20],
        applet_version_byte=version_byte,
        global_os_version=int.from_bytes(tail[0:2], "big") if len(tail) >= 2 else None,
        applet_interface_version=tail[2] if len(tail) > 2 else None,
        pkcs1_support=tail[3] if len(tail) > 3 else None,
        key_exchange_version=tail[4] if len(tail) > 4 else None,
        life_cycle_byte=tail[5] if len(tail) > 5 else None,
        pin_tries_left=tries,
    )
