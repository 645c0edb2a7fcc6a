"""What to trust and how far to go: roots, revocation hosts, time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from eidcompanion.trust.roots import BELGIAN_ROOTS, TEST_ROOTS, TrustedRoot

BELGIAN_REVOCATION_HOSTS = frozenset(
    {
        "ocsp.eid.belgium.be",
        "ocsp.eidpki.belgium.be",
        "crl.eid.belgium.be",
        "crl.eidpki.belgium.be",
    }
)
"""The only hosts revocation requests go to by default (belpic.md)."""


@dataclass(frozen=True)
class TrustConfiguration:
    """The production configuration unless built with :meth:`for_tests`.

    Test roots are never trusted here by default; revocation follows only allowlisted URLs and, when
    switched off, every result says so (it is never silently skipped).
    """

    roots: tuple[TrustedRoot, ...] = BELGIAN_ROOTS
    revocation_hosts: frozenset[str] = BELGIAN_REVOCATION_HOSTS
    check_revocation: bool = True
    timeout: float = 5.0
    """Seconds for one OCSP or CRL request."""
    max_response_age: dt.timedelta = dt.timedelta(minutes=2)
    """How old an OCSP response's thisUpdate may be (web-eid.md); the clock skew does not widen it."""
    clock_skew: dt.timedelta = dt.timedelta(minutes=15)
    """Tolerance for a thisUpdate in the future and a nextUpdate in the past."""
    require_ocsp_nonce: bool = True
    """A response that does not echo the request's nonce could be a replay: refused unless turned off
    for a responder known not to echo nonces."""
    at: dt.datetime | None = None
    """Validate at this time instead of now (to check old tokens or expired specimen cards)."""
    ocsp_responders: dict[str, str] = field(default_factory=dict)
    """Issuer common name -> responder URL, for certificates without an OCSP address."""

    @classmethod
    def for_tests(cls, *revocation_hosts: str) -> TrustConfiguration:
        """Belgian roots plus the test roots (simulator, specimen and test cards), marked as test."""
        return cls(
            roots=BELGIAN_ROOTS + TEST_ROOTS,
            revocation_hosts=BELGIAN_REVOCATION_HOSTS | set(revocation_hosts),
        )

    def root_for(self, der: bytes) -> TrustedRoot | None:
        return next((root for root in self.roots if root.matches(der)), None)

    def allows(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError:  # e.g. a malformed IPv6 literal
            return False
        return parts.scheme in ("http", "https") and (host or "") in self.revocation_hosts

    def now(self) -> dt.datetime:
        return self.at if self.at is not None else dt.datetime.now(dt.UTC)

    def without_revocation(self) -> TrustConfiguration:
        return replace(self, check_revocation=False)
