"""The roots a chain may end in: the Belgian roots, pinned by SHA-256, and the test roots."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class TrustedRoot:
    name: str
    sha256: bytes
    test: bool = False

    def matches(self, der: bytes) -> bool:
        return hashlib.sha256(der).digest() == self.sha256


def _root(name: str, fingerprint: str, *, test: bool = False) -> TrustedRoot:
    return TrustedRoot(name, bytes.fromhex(fingerprint), test)


BELGIAN_ROOTS = (
    _root("Belgium Root CA2", "9F9744463BE13714754E1A3BECF98C08CC205E4AB32028F4E2830C4A1B2775B8"),
    _root("Belgium Root CA3", "A8D14E945E3E5156BCAE5E39737CF6A1B1F51028BBBF982F50CE5F4C05568B4D"),
    _root("Belgium Root CA4", "C3FBF37259AF0954EEEA4282DD1C7226A54E7150F7C29A2C495BA34DBFE09CA0"),
    _root("Belgium Root CA4 (re-issued)", "702DD5C1A093CF0A9D71FADD9BF9A7C5857D89FB73B716E867228B3C2BEB968F"),
    _root("Belgium Root CA6", "9C872BC979A7C09A58D4A274C199E5CB16CFA9B9618D98BC9A9988E984B8495C"),
)
"""The production roots of the Belgian eID (belpic.md); a card's root must be one of them."""

TEST_ROOTS = (
    _root(
        "eidcompanion SIMULATED TEST Root CA (EC P-384)",
        "74461040850F1EF4E2A7DE7CAB8C4117E0FF1184EEBC435BFF871EC617BD24EF",
        test=True,
    ),
    _root(
        "eidcompanion SIMULATED TEST Root CA (RSA-2048)",
        "2093DC0E593DF4CD70D3B29D597FC8B8E0421A61F6B39061B5C4AB9FC5F91229",
        test=True,
    ),
    _root(
        "eID test Root CA (commons-eid specimen cards)",
        "DF66239ED41E37A13A431A5272526AB99DF472A18B6E8709B4D3AA2E12C54876",
        test=True,
    ),
    _root(
        "eID TEST EC Root CA (Belgian test cards)",
        "A7D05FEA9B8F02445BE98FB3E24608F85471974F019B3AD4A2C0C5BA8C336848",
        test=True,
    ),
)
"""Roots of test and simulated cards: trusted only in an explicit test configuration."""
