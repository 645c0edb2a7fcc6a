"""What the app does with one card, as plain functions the worker thread runs (no Qt here).

Each function opens the card, does one thing while holding it, and lets it go: the app never keeps
a reader busy between operations, so other programs (and the browser login) can use the card too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import CardContents, parse_files, read_files
from eidcompanion.card.pin import PinStatus
from eidcompanion.card.pin_entry import PinChange, PinEntry
from eidcompanion.card.pinpad import PinPad
from eidcompanion.simulator.inprocess import VIRTUAL_READER_NAME
from eidcompanion.transport.connection import Connection
from eidcompanion.trust.authenticity import verify_authenticity
from eidcompanion.trust.certificates import verify_certificates
from eidcompanion.trust.checks import Report
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid import card_operations
from eidcompanion.webeid.card_operations import AuthenticationPlan, SignaturePlan, SignatureResult
from eidcompanion.webeid.token import AuthToken

VIRTUAL_READER = VIRTUAL_READER_NAME
"""The name the built-in virtual card's reader has inside the app (shown translated)."""


@dataclass(frozen=True)
class CardRead:
    """A card read and checked offline, with the PIN tries left (read without spending one)."""

    contents: CardContents
    authenticity: Report
    certificates: Report
    pin_status: PinStatus
    has_pin_pad: bool


@dataclass(frozen=True)
class Prepared:
    """A login or signature checked before the PIN is asked: the plan, the tries left, the PIN pad."""

    plan: AuthenticationPlan | SignaturePlan
    pin_status: PinStatus
    pin_pad: PinPad | None


def trust_for(simulated: bool) -> TrustConfiguration:
    """The Belgian roots; the test roots only for the built-in simulated card (always marked TEST)."""
    return TrustConfiguration.for_tests() if simulated else TrustConfiguration()


class CardAccess:
    """Opens the card of one reader for one operation, and cancels the operation in progress."""

    def __init__(self, open_connection: Callable[[str], Connection]) -> None:
        self._open_connection = open_connection
        self._active: BelpicCard | None = None

    @contextmanager
    def card(self, reader: str) -> Iterator[BelpicCard]:
        connection = self._open_connection(reader)
        card = BelpicCard(connection)
        self._active = card
        try:
            yield card
        finally:
            self._active = None
            connection.close()

    def cancel(self) -> None:
        """Stop the operation in progress (from the GUI thread)."""
        card = self._active
        if card is not None:
            card.cancel()

    def read(self, reader: str, progress: Callable[[int, int], None]) -> CardRead:
        with self.card(reader) as card, card.transaction():
            files = read_files(card, progress)
            contents = parse_files(files)
            config = trust_for(contents.simulated).without_revocation()
            authenticity = verify_authenticity(contents, config, card)  # the live challenge needs the card
            pin_status = card.pin_status()
            has_pin_pad = card.pin_pad() is not None
        certificates = verify_certificates(contents, config)
        return CardRead(contents, authenticity, certificates, pin_status, has_pin_pad)

    def pin_status(self, reader: str) -> PinStatus:
        with self.card(reader) as card:
            return card.pin_status()

    def verify_pin(self, reader: str, entry: PinEntry) -> PinStatus:
        with self.card(reader) as card:
            card.verify_pin(entry)
            return card.pin_status()

    def change_pin(self, reader: str, change: PinChange) -> PinStatus:
        with self.card(reader) as card:
            card.change_pin(change)
            return card.pin_status()

    def pin_pad(self, reader: str) -> PinPad | None:
        with self.card(reader) as card:
            return card.pin_pad()

    # -- browser logins (Web eID): checked before the PIN is asked, then one signature --------

    def plan_login(self, reader: str, origin: str, nonce: str) -> Prepared:
        """What the login will sign, the tries left and the PIN pad: one connection, one transaction."""
        with self.card(reader) as card, card.transaction():
            plan = card_operations.plan_authentication(card, origin, nonce)
            return Prepared(plan, card.pin_status(), card.pin_pad())

    def login(self, reader: str, plan: AuthenticationPlan, entry: PinEntry) -> AuthToken:
        """VERIFY, sign, LOG OFF in one transaction (BelpicCard.sign)."""
        with self.card(reader) as card:
            return card_operations.authenticate_planned(card, plan, entry)

    def signing_certificate(self, reader: str) -> dict[str, object]:
        with self.card(reader) as card:
            return card_operations.signing_certificate(card)

    def plan_signature(self, reader: str, digest: bytes, hash_function: str, certificate: bytes) -> Prepared:
        with self.card(reader) as card, card.transaction():
            plan = card_operations.plan_signature(card, digest, hash_function, certificate=certificate)
            return Prepared(plan, card.pin_status(), card.pin_pad())

    def sign(self, reader: str, plan: SignaturePlan, entry: PinEntry) -> SignatureResult:
        with self.card(reader) as card:
            return card_operations.sign_planned(card, plan, entry)


def check_revocation(contents: CardContents) -> Report:
    """The certificate checks with revocation asked online (allowlisted responders only)."""
    return verify_certificates(contents, trust_for(contents.simulated))
