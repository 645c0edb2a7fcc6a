"""A Web eID login through the real stack: total time, time in the card exchange, and the rest.

A private pcscd with vpcd runs in its own namespaces and the simulated card in another process.
Each round opens the card as the bridge would (a BelpicCard on an open connection), reads the PIN
tries, reads the authentication certificate and signs the challenge (MSE SET, VERIFY, PSO, GET
RESPONSE, LOG OFF). The time inside SCardTransmit is the card exchange; the rest is software.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from eidcompanion.bench.card_read import percentile
from eidcompanion.bench.served_card import simulated_card_in_reader
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.sandbox import PcscSandbox
from eidcompanion.webeid.card_operations import authenticate
from eidcompanion.webeid.nonces import new_nonce

ORIGIN = "https://guichet.example.be"


@dataclass
class AuthenticationResult:
    profile: str
    algorithm: str
    apdus: int
    iterations: int
    total_median_ms: float
    exchange_median_ms: float
    software_median_ms: float
    total_p90_ms: float


def measure(version: str, iterations: int, sandbox: PcscSandbox) -> AuthenticationResult:
    with simulated_card_in_reader(sandbox, version) as connection:
        transmit = connection._transmit
        in_card: list[float] = []

        def timed(*arguments: Any) -> Any:
            start = time.perf_counter()
            try:
                return transmit(*arguments)
            finally:
                in_card.append(time.perf_counter() - start)

        connection._transmit = timed
        totals, exchanges = [], []
        algorithm = ""
        for _round in range(iterations + 3):
            in_card.clear()
            start = time.perf_counter()
            card = BelpicCard(connection)
            card.pin_status()  # what the citizen is shown before typing
            token = authenticate(card, ORIGIN, new_nonce(), TypedPin("1234"))
            totals.append(time.perf_counter() - start)
            exchanges.append(sum(in_card))
            algorithm = token.algorithm
        apdus = len(in_card)
    totals, exchanges = totals[3:], exchanges[3:]  # the first rounds warm the caches
    total, exchange = statistics.median(totals), statistics.median(exchanges)
    return AuthenticationResult(
        profile=version,
        algorithm=algorithm,
        apdus=apdus,
        iterations=iterations,
        total_median_ms=round(total * 1000, 3),
        exchange_median_ms=round(exchange * 1000, 3),
        software_median_ms=round((total - exchange) * 1000, 3),
        total_p90_ms=round(percentile(totals, 0.9) * 1000, 3),
    )


def run(versions: list[str], iterations: int, report: Callable[[str], None], as_json: bool) -> None:
    with PcscSandbox() as sandbox:
        os.environ.update(sandbox.client_environment())
        results = [measure(version, iterations, sandbox) for version in versions]
    if as_json:
        report(json.dumps([asdict(result) for result in results], indent=2))
        return
    for r in results:
        report(
            f"authentication, applet {r.profile} ({r.algorithm}): {r.apdus} APDUs, {r.iterations} rounds\n"
            f"  total median {r.total_median_ms} ms (p90 {r.total_p90_ms} ms) = card exchange "
            f"{r.exchange_median_ms} ms + software {r.software_median_ms} ms"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("1.7", "1.8", "both"), default="both")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    versions = ["1.8", "1.7"] if options.profile == "both" else [options.profile]
    run(versions, options.iterations, print, options.json)
    return 0
