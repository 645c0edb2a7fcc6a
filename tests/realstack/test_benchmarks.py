"""The benchmarks run end to end on their own sandbox, and the card is read with the fewest APDUs."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

pytestmark = pytest.mark.realstack


def run_bench(*arguments: str) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "eidcompanion.bench", *arguments, "--iterations", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    results: list[dict[str, Any]] = json.loads(result.stdout)
    return results


def test_the_read_benchmark_reads_with_the_fewest_apdus() -> None:
    results = {result["profile"]: result for result in run_bench("read")}
    assert set(results) == {"1.7", "1.8"}
    for result in results.values():
        assert result["apdus"] == result["minimum_apdus"]
        assert float(result["raw_median_ms"]) > 0


def test_the_authentication_benchmark_splits_card_and_software_time() -> None:
    results = {result["profile"]: result for result in run_bench("authenticate")}
    assert (results["1.8"]["algorithm"], results["1.7"]["algorithm"]) == ("ES384", "RS256")
    for result in results.values():
        total, card = float(result["total_median_ms"]), float(result["exchange_median_ms"])
        assert 0 < card < total
        assert result["apdus"] == (13 if result["profile"] == "1.8" else 14)
