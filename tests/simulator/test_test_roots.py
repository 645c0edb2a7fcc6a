"""The simulator's committed test roots are the ones the test configuration pins."""

from __future__ import annotations

from cryptography.hazmat.primitives.serialization import Encoding

from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.trust.config import TrustConfiguration


def test_the_simulator_roots_are_pinned_as_test_roots_only() -> None:
    for algorithm in KeyAlgorithm:
        root = simulator_authorities(algorithm).root.certificate.public_bytes(Encoding.DER)
        assert TrustConfiguration().root_for(root) is None  # never trusted by default
        pinned = TrustConfiguration.for_tests().root_for(root)
        assert pinned is not None
        assert pinned.test
