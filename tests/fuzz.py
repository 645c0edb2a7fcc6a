"""A bounded mutation fuzzer over every parser of untrusted input.

Each parser is fed mutations of real, valid inputs (bit flips, byte changes, cuts, insertions,
duplications, splices of two seeds). An input may be refused, but only with the parser's typed error
(an ``EidError``, or the one documented exception of that parser); any other exception is a bug.

    .venv/bin/python -m tests.fuzz --count 100000        # the long run: counts per parser, failures

The test suite runs it with a small count (``tests/unit/test_fuzz.py``).
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eidcompanion.bridge.framing import FrameError, decode_json, read_frame
from eidcompanion.card.address import parse_address
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.card_data import parse_card_data
from eidcompanion.card.certificates import CertificateFormatError, parse_certificate
from eidcompanion.card.contents import CardContents, parse_files, read_files
from eidcompanion.card.dates import DateFormatError, parse_birth_date
from eidcompanion.card.eid_file import dump_eid_file, load_eid_file, saved_card_from_contents
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import parse_identity
from eidcompanion.card.pin import parse_pin_block, pin_block
from eidcompanion.card.pinpad import parse_features
from eidcompanion.card.tlv import parse_tlv
from eidcompanion.errors import EidError
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import build_profile
from eidcompanion.transport.session_file import RecordedSession
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.identity_check import check_identity_data
from eidcompanion.webeid.identity_data import identity_answer
from eidcompanion.webeid.origin import validate_nonce, validate_origin
from eidcompanion.webeid.requests import parse_request
from eidcompanion.webeid.token import parse_token

REPOSITORY = Path(__file__).resolve().parents[1]


@dataclass
class Target:
    name: str
    parse: Callable[[bytes], object]
    seeds: list[bytes]
    typed: tuple[type[BaseException], ...] = (EidError,)


@dataclass
class Outcome:
    tried: int = 0
    refused: int = 0
    untyped: list[tuple[bytes, str]] = field(default_factory=list)


@cache
def _contents() -> CardContents:
    card = BelpicCard(SimulatedConnection.for_profile(build_profile("1.8")))
    return parse_files(read_files(card, lambda done, total: None))


def _text(parse: Callable[[str], object]) -> Callable[[bytes], object]:
    """A parser of text, fed the bytes decoded as a browser or a terminal would give them."""
    return lambda data: parse(data.decode("utf-8", "surrogateescape"))


def _frame(data: bytes) -> object:
    payload = read_frame(io.BytesIO(data))
    return None if payload is None else parse_request(decode_json(payload))


def _integrity(data: bytes) -> object:
    try:
        document = json.loads(data)
    except ValueError:
        return None  # not JSON: the server's framework refuses it before this function
    return check_identity_data(document if isinstance(document, dict) else {}, TrustConfiguration.for_tests())


def targets() -> list[Target]:
    contents = _contents()
    tokens = json.loads((REPOSITORY / "tests" / "data" / "web-eid-test-tokens" / "tokens.json").read_text())
    token = json.dumps(tokens["tokens"][0]["token"]).encode()
    request = json.dumps(
        {"command": "authenticate", "arguments": {"challengeNonce": "A" * 44, "origin": "https://a.be"}}
    )
    framed = len(request).to_bytes(4, sys.byteorder) + request.encode()
    session = (REPOSITORY / "fixtures" / "apdu").glob("*.json")
    eid_samples = sorted((REPOSITORY / "tests" / "data" / "eid-viewer").glob("*.eid"))
    integrity = json.dumps(
        identity_answer(contents, ("identity", "address", "photo", "integrity"))["integrity"]
    ).encode()
    certificate = contents.certificate(CardFile.AUTHENTICATION_CERTIFICATE) or b""
    return [
        Target(
            "tlv", lambda d: parse_tlv(d, CardFile.IDENTITY), [contents.identity.raw, contents.address.raw]
        ),
        Target("identity file", parse_identity, [contents.identity.raw]),
        Target("address file", parse_address, [contents.address.raw]),
        Target("card data", parse_card_data, [contents.card_data.raw], (EidError, ValueError)),  # documented
        Target("certificate", parse_certificate, [certificate], (EidError, CertificateFormatError)),
        Target(
            "eID file",
            lambda d: load_eid_file(d, path="fuzz.eid"),
            [path.read_bytes() for path in eid_samples] + [dump_eid_file(saved_card_from_contents(contents))],
        ),
        Target(
            "recorded session",
            lambda d: RecordedSession.from_json(json.loads(d) if d.strip() else None, "fuzz.json"),
            [path.read_bytes() for path in session],
            (EidError, ValueError),  # ValueError: not JSON at all, refused by json before the parser
        ),
        Target("login token", _text(parse_token), [token]),
        Target("native frame", _frame, [framed], (EidError, FrameError)),
        Target("origin", _text(validate_origin), [b"https://guichet.example.be:8443", b"https://[::1]"]),
        Target("nonce", _text(validate_nonce), [b"A" * 44, base64.b64encode(bytes(range(48)))]),
        Target(
            "birth date",
            _text(parse_birth_date),
            [b"14 JUL 1985", b"1985", b"14.07.1985"],
            (EidError, DateFormatError),  # documented; the identity file turns it into its own error
        ),
        Target("PIN block", parse_pin_block, [pin_block("1234"), pin_block("123456789012")]),
        Target("reader features", parse_features, [bytes.fromhex("06040042000d0a04004200120d04420033")]),
        Target("identity data (server)", _integrity, [integrity]),
    ]


def mutate(seed: bytes, other: bytes, rng: random.Random) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.choice((1, 1, 1, 2, 3, 8))):
        kind = rng.randrange(7)
        position = rng.randrange(len(data) + 1)
        if kind == 0 and data:
            data[position % len(data)] ^= 1 << rng.randrange(8)
        elif kind == 1 and data:
            data[position % len(data)] = rng.choice((0, 0xFF, 0x7F, 0x80, rng.randrange(256)))
        elif kind == 2:
            del data[position:]
        elif kind == 3:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif kind == 4 and data:
            end = min(len(data), position + rng.randrange(1, 33))
            data[position:position] = data[position:end]
        elif kind == 5:
            cut = rng.randrange(len(other) + 1)
            data = data[:position] + bytearray(other[cut:])
        elif kind == 6 and data:
            end = min(len(data), position + rng.randrange(1, 17))
            del data[position:end]
    return bytes(data)


def fuzz(target: Target, count: int, seed: int = 0) -> Outcome:
    rng = random.Random(f"{target.name}:{seed}")
    outcome = Outcome()
    for _ in range(count):
        data = mutate(rng.choice(target.seeds), rng.choice(target.seeds), rng)
        outcome.tried += 1
        try:
            target.parse(data)
        except target.typed:
            outcome.refused += 1
        except Exception as exc:
            if len(outcome.untyped) < 20:
                outcome.untyped.append((data, f"{type(exc).__name__}: {exc}"[:300]))
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs per parser")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", action="append", help="a parser's name (repeatable)")
    options = parser.parse_args(argv)
    failures = 0
    for target in targets():
        if options.only and target.name not in options.only:
            continue
        started = time.monotonic()
        outcome = fuzz(target, options.count, options.seed)
        failures += len(outcome.untyped)
        print(
            f"{target.name:24} {outcome.tried:>8} inputs, {outcome.refused:>8} refused with a typed error, "
            f"{len(outcome.untyped)} untyped exceptions ({time.monotonic() - started:.1f} s)"
        )
        for data, error in outcome.untyped[:3]:
            print(f"    {error}\n    input: {data[:120]!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
