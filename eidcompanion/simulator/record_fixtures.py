"""Record the APDU fixtures of ``fixtures/apdu/`` through the real PC/SC stack.

``python -m eidcompanion.simulator.record_fixtures [--out fixtures/apdu]`` starts a private pcscd
with vpcd, puts the simulated cards in its reader, runs each flow through pyscard with a recorder
around the connection, and writes one JSON session per flow (PIN blocks removed).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import read_contents
from eidcompanion.card.describe import describe_exchange
from eidcompanion.card.pin import PinBlockedError, WrongPinError
from eidcompanion.card.pin_entry import TypedPin
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox, wait_for_card
from eidcompanion.simulator.vpcd import VpcdCard
from eidcompanion.transport.recorder import RecordingConnection

RIGHT_PIN = "1234"
WRONG_PIN = "9999"


def read_everything(card: BelpicCard) -> None:
    read_contents(card)


def wrong_then_right_pin(card: BelpicCard) -> None:
    """Tries left, a wrong PIN (one try spent), tries left again, the right PIN; each VERIFY reads the
    tries again first and is followed by LOG OFF."""
    with card.transaction():
        card.card_data()
        card.pin_status()
        with contextlib.suppress(WrongPinError):
            card.verify_pin(TypedPin(WRONG_PIN))
        card.pin_status()
        card.verify_pin(TypedPin(RIGHT_PIN))


def three_wrong_pins(card: BelpicCard) -> None:
    """Three wrong PINs in a row: 2 tries left, 1 try left, blocked; then the card says blocked."""
    with card.transaction():
        card.card_data()
        for _attempt in range(3):
            with contextlib.suppress(WrongPinError, PinBlockedError):
                card.verify_pin(TypedPin(WRONG_PIN))
        card.pin_status()


def blocked_card(card: BelpicCard) -> None:
    """A card whose PIN is blocked: the tries are read, and no VERIFY is ever sent."""
    with card.transaction():
        card.card_data()
        with contextlib.suppress(PinBlockedError):
            card.verify_pin(TypedPin(RIGHT_PIN))


@dataclass(frozen=True)
class Flow:
    name: str
    version: str
    description: str
    run: Callable[[BelpicCard], None]
    tries_left: int = 3


FLOWS = (
    Flow("read-1.8", "1.8", "Full read of a simulated applet 1.8 card (EC P-384)", read_everything),
    Flow("read-1.7", "1.7", "Full read of a simulated applet 1.7 card (RSA-2048)", read_everything),
    Flow(
        "pin-wrong-then-right-1.8",
        "1.8",
        "Applet 1.8: tries left (GET CARD DATA), wrong PIN (2 left), tries left, right PIN, LOG OFF",
        wrong_then_right_pin,
    ),
    Flow(
        "pin-wrong-then-right-1.7",
        "1.7",
        "Applet 1.7: tries left (empty VERIFY), wrong PIN (2 left), tries left, right PIN, LOG OFF",
        wrong_then_right_pin,
    ),
    Flow(
        "pin-three-wrong-1.8",
        "1.8",
        "Applet 1.8: three wrong PINs (63C2, 63C1, 63C0), then the tries left read 0",
        three_wrong_pins,
    ),
    Flow(
        "pin-blocked-1.8",
        "1.8",
        "Applet 1.8 card with a blocked PIN: GET CARD DATA says 0 tries; no VERIFY is sent",
        blocked_card,
        tries_left=0,
    ),
    Flow(
        "pin-blocked-1.7",
        "1.7",
        "Applet 1.7 card with a blocked PIN: the empty VERIFY answers 6983; no VERIFY is sent",
        blocked_card,
        tries_left=0,
    ),
)


def record_flow(sandbox: PcscSandbox, profile: CardProfile, flow: Flow, out: Path) -> Path:
    from eidcompanion.transport.pcsc import PcscConnection  # noqa: PLC0415

    card = VpcdCard(BelpicApplet(replace(profile, tries_left=flow.tries_left)), sandbox.endpoint(0))
    card.insert()
    try:
        wait_for_card(present=True)
        with PcscConnection.open(READER_NAMES[0]) as connection:
            recorder = RecordingConnection(connection, describe_exchange)
            belpic = BelpicCard(recorder)
            flow.run(belpic)
        session = recorder.session(flow.description + ", recorded through pcscd + vpcd")
        session = replace(session, simulated=belpic.simulated)
    finally:
        card.eject()
        wait_for_card(present=False)
    path = out / f"{flow.name}.json"
    session.dump(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("fixtures/apdu"))
    parser.add_argument(
        "flows", nargs="*", metavar="FLOW", help="record only these (e.g. pin-blocked-1.8); default: all"
    )
    options = parser.parse_args(argv)
    unknown = set(options.flows) - {flow.name for flow in FLOWS}
    if unknown:
        parser.error(f"unknown flows: {', '.join(sorted(unknown))}")
    options.out.mkdir(parents=True, exist_ok=True)
    profiles = {"1.7": build_profile("1.7"), "1.8": build_profile("1.8")}
    with PcscSandbox() as sandbox:
        os.environ.update(sandbox.client_environment())
        for flow in FLOWS:
            if options.flows and flow.name not in options.flows:
                continue
            path = record_flow(sandbox, profiles[flow.version], flow, options.out)
            print(f"{path}: {flow.description}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
