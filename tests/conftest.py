"""Shared fixtures: simulated card profiles, and a private pcscd with vpcd for the real-stack tier.

libpcsclite reads ``PCSCLITE_CSOCK_NAME`` once per process, so it is set here, before any test can
touch PC/SC: every PC/SC call of the test session goes to the private sandbox (or finds no service
when the sandbox is not running), never to the system's pcscd or a real reader.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_SANDBOX_DIR = Path(tempfile.mkdtemp(prefix="eidc-test-pcscd-"))
os.environ["PCSCLITE_CSOCK_NAME"] = str(_SANDBOX_DIR / "run" / "pcscd.comm")

from eidcompanion.simulator.applet import BelpicApplet  # noqa: E402
from eidcompanion.simulator.profile import CardProfile, build_profile  # noqa: E402
from eidcompanion.simulator.sandbox import READER_NAMES, PcscSandbox  # noqa: E402
from eidcompanion.simulator.vpcd import VpcdCard  # noqa: E402

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED_REFERENCE = REPOSITORY.parent / "shared" / "reference"
TEST_DATA = REPOSITORY / "tests" / "data"
FIXTURES = REPOSITORY / "fixtures" / "apdu"


def pytest_unconfigure(config: pytest.Config) -> None:
    """The sandbox folder goes at the end of every session, also one that never started pcscd."""
    shutil.rmtree(_SANDBOX_DIR, ignore_errors=True)


def wait_for(condition: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    """Poll until ``condition()`` is true; fail the test at the deadline (never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)


def reference_dir(name: str) -> Path:
    """A reference folder: the copy in tests/data when there is one, else ../shared/reference."""
    for path in (TEST_DATA / name, SHARED_REFERENCE / name):
        if path.is_dir():
            return path
    pytest.skip(f"{SHARED_REFERENCE / name} is not present (the shared reference files are optional)")


def commons_eid_file(name: str) -> bytes:
    """A file of the commons-eid specimen cards; the test skips when the reference is absent."""
    path = reference_dir("commons-eid") / name
    if not path.is_file():
        pytest.skip(f"{path} is not present (the shared reference files are optional)")
    return path.read_bytes()


@pytest.fixture(scope="session")
def profile_18() -> CardProfile:
    return build_profile("1.8")


@pytest.fixture(scope="session")
def profile_17() -> CardProfile:
    return build_profile("1.7")


@pytest.fixture(params=["1.7", "1.8"])
def any_profile(
    request: pytest.FixtureRequest, profile_17: CardProfile, profile_18: CardProfile
) -> CardProfile:
    return profile_17 if request.param == "1.7" else profile_18


def commons_eid_card_folder(target: Path) -> Path:
    """The commons-eid "Alice" specimen dump as a folder of files named by file ID."""
    source = reference_dir("commons-eid")
    names = {
        "4031": "Alice_Identity.tlv",
        "4032": "Alice_IdentitySignature.tlv",
        "4033": "Alice_Address.tlv",
        "4034": "Alice_AddressSignature.tlv",
        "4035": "Alice_Photo.tlv",
        "5038": "Alice_AuthentificationCertificate.tlv",
        "5039": "Alice_SigningCertificate.tlv",
        "503A": "Alice_CACertificate.tlv",
        "503B": "Alice_RootCertificate.tlv",
        "503C": "Alice_RRNCertificate.tlv",
        "ATR": "Alice_ATR.bin",
    }
    target.mkdir(parents=True, exist_ok=True)
    for fid, name in names.items():
        shutil.copyfile(source / name, target / fid)
    return target


# -- the real stack: a private pcscd with vpcd --------------------------------------------------


@pytest.fixture(scope="session")
def pcsc_sandbox() -> Iterator[PcscSandbox]:
    sandbox = PcscSandbox(_SANDBOX_DIR)
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.close()
        shutil.rmtree(_SANDBOX_DIR, ignore_errors=True)


def card_present(reader: str) -> bool:
    from eidcompanion.transport.pcsc import list_readers

    return any(status.name == reader and status.card_present for status in list_readers())


class CardSlot:
    """Puts simulated cards in the sandbox's first vpcd reader and takes them out again."""

    def __init__(self, sandbox: PcscSandbox) -> None:
        self.sandbox = sandbox
        self.reader = READER_NAMES[0]
        self.card: VpcdCard | None = None
        self.applet: BelpicApplet | None = None

    def insert(self, profile: CardProfile) -> VpcdCard:
        self.remove()
        applet = BelpicApplet(profile)
        self.applet = applet
        card = VpcdCard(applet, self.sandbox.endpoint(0))
        card.insert()
        self.card = card
        wait_for(lambda: card_present(self.reader), what=f"the card in {self.reader}")
        return card

    def remove(self) -> None:
        if self.card is not None:
            self.card.eject()
            self.card = None
            wait_for(lambda: not card_present(self.reader), what=f"{self.reader} to be empty")


@pytest.fixture
def card_slot(pcsc_sandbox: PcscSandbox) -> Iterator[CardSlot]:
    if not pcsc_sandbox.running:
        pcsc_sandbox.restart()
    slot = CardSlot(pcsc_sandbox)
    try:
        yield slot
    finally:
        slot.remove()
