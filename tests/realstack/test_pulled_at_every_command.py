"""The card pulled out at EVERY command of a read, a verified read, a login, a signature and a PIN
verify/change, through the real stack (pcscd, vpcd, pyscard): each time the command line says the
card was removed (exit 7), prints nothing half, and the PIN tries the card holds are what
``pin status`` reports once the card is back.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.cli.main import main
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.profile import CardProfile, build_profile
from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox
from eidcompanion.simulator.vpcd import VpcdCard
from eidcompanion.webeid.nonces import new_nonce
from tests.conftest import card_present, wait_for

pytestmark = pytest.mark.realstack

READER = READER_NAMES[0]
SHA256_OF_ABC = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="


def operations() -> dict[str, list[str]]:
    return {
        "read": ["read", "--reader", READER],
        "read --verify": ["read", "--verify", "--test-pki", "--no-revocation", "--reader", READER],
        "authenticate": ["authenticate", "--reader", READER, "--pin-stdin", "--origin", "https://a.be",
                         "--nonce", new_nonce()],
        "sign": ["sign", "--reader", READER, "--pin-stdin", "--hash", SHA256_OF_ABC,
                 "--hash-function", "SHA-256"],
        "pin verify": ["pin", "verify", "--reader", READER, "--pin-stdin"],
        "pin change": ["pin", "change", "--reader", READER, "--pin-stdin"],
    }  # fmt: skip


PINS = {"pin change": "1234\n5678\n5678\n"}


@pytest.fixture(scope="module")
def profile() -> CardProfile:
    return build_profile("1.8")


class Slot:
    def __init__(self, sandbox: PcscSandbox) -> None:
        self.sandbox = sandbox
        self.card: VpcdCard | None = None

    def insert(self, applet: BelpicApplet) -> VpcdCard:
        card = VpcdCard(applet, self.sandbox.endpoint(0))
        card.insert()
        self.card = card
        wait_for(lambda: card_present(READER), what="the card in the reader")
        return card

    def remove(self) -> None:
        if self.card is not None:
            self.card.eject()
            self.card = None
        wait_for(lambda: not card_present(READER), what="the reader to be empty")


@pytest.fixture
def slot(pcsc_sandbox: PcscSandbox) -> Iterator[Slot]:
    if not pcsc_sandbox.running:
        pcsc_sandbox.restart()
    holder = Slot(pcsc_sandbox)
    try:
        yield holder
    finally:
        holder.remove()


def run(
    arguments: list[str], pins: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pins.encode())))
    code = main(["--lang", "en", *arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def commands_of(name: str, profile: CardProfile, slot: Slot, capsys: Any, monkeypatch: Any) -> int:
    """How many commands the operation sends when nothing goes wrong."""
    applet = BelpicApplet(profile)
    card = slot.insert(applet)
    code, _out, err = run(operations()[name], PINS.get(name, "1234\n"), capsys, monkeypatch)
    assert code == 0, err
    slot.remove()
    return card.commands


@pytest.mark.parametrize("name", ["pin verify", "pin change", "authenticate"])
def test_pulled_after_the_card_counted_a_wrong_pin(
    name: str,
    profile: CardProfile,
    slot: Slot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The card counted the try, then was pulled before its answer left: the message says a try may
    have been used, and pin status shows what the card holds."""
    wrong = {"pin change": "9999\n5678\n5678\n"}.get(name, "9999\n")
    total = commands_of(name, profile, slot, capsys, monkeypatch)
    said_may_be_used = 0
    for index in range(total):
        applet = BelpicApplet(profile)
        card = slot.insert(applet)
        card.eject_after(index, processed=True)
        code, out, err = run(operations()[name], wrong, capsys, monkeypatch)
        slot.remove()
        if code in (0, ExitCode.WRONG_PIN):
            continue  # pulled after the last command mattered
        assert code == ExitCode.CARD_REMOVED, err
        said_may_be_used += "one try may have been used" in err
        slot.insert(applet)
        code, out, err = run(["pin", "status", "--json", "--reader", READER], "", capsys, monkeypatch)
        assert json.loads(out)["tries_left"] == applet.tries_left
        slot.remove()
    assert said_may_be_used == 1  # exactly at the command that checks the PIN


@pytest.mark.parametrize("name", list(operations()))
def test_pulled_at_every_command(
    name: str,
    profile: CardProfile,
    slot: Slot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    total = commands_of(name, profile, slot, capsys, monkeypatch)
    assert total > 3
    for index in range(total):
        applet = BelpicApplet(profile)
        card = slot.insert(applet)
        card.eject_after(index)
        code, out, err = run(operations()[name], PINS.get(name, "1234\n"), capsys, monkeypatch)
        assert code == ExitCode.CARD_REMOVED, (
            f"{name}, pulled at command {index + 1}/{total}: exit {code}\n{err}"
        )
        assert "Traceback" not in err
        assert out == "", f"{name}, pulled at command {index + 1}: something was printed: {out[:200]}"
        assert "taken out" in err or "removed" in err, err
        slot.remove()
        slot.insert(applet)  # the same card back: what it holds, pin status reports
        code, out, err = run(["pin", "status", "--json", "--reader", READER], "", capsys, monkeypatch)
        assert code == 0, err
        assert json.loads(out)["tries_left"] == applet.tries_left, f"{name}, pulled at command {index + 1}"
        slot.remove()


@pytest.mark.parametrize("index", [5, 20, 40])
def test_pulled_and_put_back_at_once(
    index: int, profile: CardProfile, slot: Slot, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Out and back in within a few milliseconds, before the service notices: still exit 7."""
    applet = BelpicApplet(profile)
    card = slot.insert(applet)
    card.eject_after(index)
    returned: list[VpcdCard] = []

    def put_back() -> None:
        wait_for(lambda: not card.connected.is_set(), timeout=30, what="the card to be pulled")
        again = VpcdCard(applet, slot.sandbox.endpoint(0))
        again.insert()
        returned.append(again)

    thread = threading.Thread(target=put_back, daemon=True)
    thread.start()
    code, out, err = run(operations()["read"], "", capsys, monkeypatch)
    thread.join(30)
    slot.card = returned[0] if returned else None
    assert code == ExitCode.CARD_REMOVED, err
    assert out == ""
    assert "Traceback" not in err
