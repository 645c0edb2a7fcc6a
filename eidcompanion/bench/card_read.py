"""Full card read through the real stack, against the same APDUs sent raw through pyscard.

A private pcscd with vpcd runs in its own namespaces; the simulated card runs in a separate
process. Each round reads the whole card with ``read_contents`` (SELECTs, READ BINARYs, the T=0
handling, parsing) and then sends the identical wire sequence with bare ``SCardTransmit`` calls on
the same connection, inside a transaction like the real read. The figure that matters is the ratio
of the two medians, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from dataclasses import asdict, dataclass

from eidcompanion.bench.served_card import simulated_card_in_reader
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import minimum_apdus_for, read_contents, read_files
from eidcompanion.simulator.sandbox import PcscSandbox
from eidcompanion.transport.recorder import RecordingConnection


@dataclass
class Result:
    profile: str
    apdus: int
    minimum_apdus: int
    bytes_read: int
    iterations: int
    read_median_ms: float
    read_p90_ms: float
    read_and_parse_median_ms: float
    raw_median_ms: float
    raw_p90_ms: float
    ratio: float
    ratio_of_minimums: float
    ratio_with_parsing: float
    software_us_per_apdu: float


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(version: str, iterations: int, sandbox: PcscSandbox) -> Result:
    from smartcard import scard  # noqa: PLC0415

    with simulated_card_in_reader(sandbox, version) as connection:
        recorder = RecordingConnection(connection)
        files = read_files(BelpicCard(recorder))
        wire = [step.command for step in recorder.steps if step.kind == "apdu"]
        bytes_read = sum(len(step.response) - 2 for step in recorder.steps if step.kind == "apdu")
        handle, protocol = connection.raw_handle()  # the baseline uses the same card handle
        wire_lists = [list(apdu) for apdu in wire]

        def ours() -> None:
            read_files(BelpicCard(connection))

        def ours_parsed() -> None:
            read_contents(BelpicCard(connection))

        def raw() -> None:
            scard.SCardBeginTransaction(handle)
            for apdu in wire_lists:
                scard.SCardTransmit(handle, protocol, apdu)
            scard.SCardEndTransaction(handle, scard.SCARD_LEAVE_CARD)

        for _warm_up in range(5):
            ours()
            ours_parsed()
            raw()
        read_times: list[float] = []
        parsed_times: list[float] = []
        raw_times: list[float] = []
        for _round in range(iterations):
            for function, times in ((ours, read_times), (raw, raw_times), (ours_parsed, parsed_times)):
                start = time.perf_counter()
                function()
                times.append(time.perf_counter() - start)
    read_median, raw_median = statistics.median(read_times), statistics.median(raw_times)
    return Result(
        profile=version,
        apdus=len(wire),
        minimum_apdus=minimum_apdus_for(files),
        bytes_read=bytes_read,
        iterations=iterations,
        read_median_ms=round(read_median * 1000, 3),
        read_p90_ms=round(percentile(read_times, 0.9) * 1000, 3),
        read_and_parse_median_ms=round(statistics.median(parsed_times) * 1000, 3),
        raw_median_ms=round(raw_median * 1000, 3),
        raw_p90_ms=round(percentile(raw_times, 0.9) * 1000, 3),
        ratio=round(read_median / raw_median, 3),
        ratio_of_minimums=round(min(read_times) / min(raw_times), 3),
        ratio_with_parsing=round(statistics.median(parsed_times) / raw_median, 3),
        software_us_per_apdu=round((read_median - raw_median) / len(wire) * 1e6, 1),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("1.7", "1.8", "both"), default="both")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    options = parser.parse_args(argv)
    versions = ["1.8", "1.7"] if options.profile == "both" else [options.profile]
    with PcscSandbox() as sandbox:
        os.environ.update(sandbox.client_environment())
        results = [measure(version, options.iterations, sandbox) for version in versions]
    if options.json:
        print(json.dumps([asdict(result) for result in results], indent=2))
        return 0
    for r in results:
        verdict = "yes" if r.apdus == r.minimum_apdus else f"no (minimum {r.minimum_apdus})"
        print(
            f"applet {r.profile}: {r.apdus} APDUs (the minimum for these file sizes: {verdict}), "
            f"{r.bytes_read} bytes read\n"
            f"  full read through the stack:    median {r.read_median_ms} ms, p90 {r.read_p90_ms} ms\n"
            f"  same APDUs raw via pyscard:     median {r.raw_median_ms} ms, p90 {r.raw_p90_ms} ms\n"
            f"  read and parse (identity, address, certificates): median {r.read_and_parse_median_ms} ms\n"
            f"  ratio read/raw {r.ratio} (target <= 1.15; fastest rounds {r.ratio_of_minimums}), "
            f"with parsing {r.ratio_with_parsing}; software {r.software_us_per_apdu} us per APDU; "
            f"{r.iterations} rounds"
        )
    return 0 if all(r.apdus == r.minimum_apdus for r in results) else 1
