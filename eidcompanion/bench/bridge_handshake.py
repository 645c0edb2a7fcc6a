"""The bridge's version handshake against a bare ``python -c pass``, in the same run.

Both are fresh processes of the same interpreter. The bridge is timed from the spawn to its version
frame on stdout (what the browser waits for); ``python -c pass`` from the spawn to its exit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BRIDGE = Path(sys.executable).parent / "eidcompanion-bridge"


@dataclass
class HandshakeResult:
    iterations: int
    bridge_median_ms: float
    bridge_p90_ms: float
    bare_median_ms: float
    ratio: float


def _bridge_ms() -> float:
    started = time.perf_counter()
    child = subprocess.Popen([str(BRIDGE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdin is not None
    header = child.stdout.read(4)
    body = child.stdout.read(int.from_bytes(header, sys.byteorder))
    elapsed = (time.perf_counter() - started) * 1000
    if b'"version"' not in body:
        raise RuntimeError(f"the bridge said {body!r} instead of its version")
    child.stdin.close()
    child.wait(timeout=10)
    child.stdout.close()
    return elapsed


def _bare_ms() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return (time.perf_counter() - started) * 1000


def measure(iterations: int) -> HandshakeResult:
    bridge, bare = [], []
    for _ in range(iterations):  # interleaved: both see the same machine load
        bridge.append(_bridge_ms())
        bare.append(_bare_ms())
    bridge_median, bare_median = statistics.median(bridge), statistics.median(bare)
    return HandshakeResult(
        iterations,
        round(bridge_median, 1),
        round(statistics.quantiles(bridge, n=10)[-1], 1),
        round(bare_median, 1),
        round(bridge_median / bare_median, 2),
    )


def report(result: HandshakeResult) -> str:
    return (
        f"bridge version handshake: median {result.bridge_median_ms} ms (p90 {result.bridge_p90_ms} ms)\n"
        f"bare python -c pass:      median {result.bare_median_ms} ms\n"
        f"ratio bridge / bare:      {result.ratio} (target at most 1.5)"
    )


def main(arguments: list[str]) -> int:
    iterations = int(arguments[0]) if arguments else 30
    os.environ.setdefault("EIDCOMPANION_RUNTIME_DIR", "/nonexistent")  # the handshake never needs the app
    print(report(measure(iterations)))
    return 0
