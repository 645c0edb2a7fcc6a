"""The command line's arguments."""

from __future__ import annotations

import argparse
from typing import Any

from eidcompanion import __version__
from eidcompanion.cli import browser_commands
from eidcompanion.cli.trust_output import parse_moment
from eidcompanion.i18n import SUPPORTED_LANGUAGES

VIRTUAL_VERSIONS = ("1.7", "1.8")
"""The applets of the built-in virtual card."""


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """Options accepted before and after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    default: object = None if defaults else argparse.SUPPRESS
    flag_default: object = False if defaults else argparse.SUPPRESS
    common.add_argument(
        "--lang", choices=SUPPORTED_LANGUAGES, default=default, help="language of messages and labels"
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=flag_default, help="show technical details of errors"
    )
    common.add_argument(
        "--log-apdus",
        action="store_true",
        default=flag_default,
        help="log every command sent to the card on stderr (PINs hidden; personal data shown)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eidcompanion",
        description="Read and use a Belgian eID card. With no reader, try: eidcompanion read --virtual 1.8",
        parents=[_common_options(defaults=True)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subcommand_options = _common_options(defaults=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "app", help="open the desktop app (eidcompanion app --help for its options)", add_help=False
    )

    readers = commands.add_parser(
        "readers", parents=[subcommand_options], help="list card readers and whether they hold a card"
    )
    readers.add_argument("--json", action="store_true", help="print one JSON array")

    read = commands.add_parser(
        "read", parents=[subcommand_options], help="read the identity, address, photo and certificates"
    )
    read.add_argument("--reader", metavar="NAME", help="the reader to use (default: the first with a card)")
    read.add_argument("--json", action="store_true", help="print one JSON object")
    read.add_argument("--photo", metavar="FILE", help="save the photo (JPEG) to FILE")
    source = read.add_mutually_exclusive_group()
    source.add_argument("--virtual", choices=VIRTUAL_VERSIONS, help="read the built-in virtual card")
    source.add_argument(
        "--virtual-if-no-reader",
        action="store_true",
        help="read the built-in virtual card (applet 1.8) when no PC/SC service or reader is present",
    )

    simulate = commands.add_parser(
        "simulate", parents=[subcommand_options], help="put a simulated card in a vpcd virtual reader"
    )
    origin = simulate.add_mutually_exclusive_group()
    origin.add_argument("--profile", choices=VIRTUAL_VERSIONS, default="1.8", help="built-in card profile")
    origin.add_argument("--files", metavar="DIR", help="a folder of raw files named by file ID (4031, ...)")
    simulate.add_argument("--pin", default="1234", help="the card's PIN (4 to 12 digits)")
    simulate.add_argument(
        "--tries", type=int, default=3, choices=range(4), help="PIN tries left (0 = blocked)"
    )
    simulate.add_argument("--host", default="127.0.0.1", help="vpcd host")
    simulate.add_argument("--port", type=_port, default=None, help="vpcd port (default 35963)")
    simulate.add_argument(
        "--sandbox",
        action="store_true",
        help="start a private pcscd with vpcd for this card instead of using the system's",
    )
    simulate.add_argument("--not-activated", action="store_true", help="simulate a card never activated")

    record = commands.add_parser(
        "record", parents=[subcommand_options], help="record a full card read as an APDU session (JSON)"
    )
    record.add_argument("--out", required=True, metavar="FILE", help="where to write the session")
    _card_options(record)
    record.add_argument("--anonymize", action="store_true", help="replace personal data before saving")
    record.add_argument("--description", default="", help="a sentence saying what the session shows")

    _verification_options(read)
    _add_pin_commands(commands, subcommand_options)
    _add_webeid_commands(commands, subcommand_options)
    browser_commands.add_parser(commands, subcommand_options)
    return parser


def _card_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--reader", metavar="NAME", help="the reader to use (default: the first with a card)"
    )
    command.add_argument(
        "--virtual", choices=VIRTUAL_VERSIONS, help="use the built-in virtual card (its PIN is 1234)"
    )


def _pin_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--pin-stdin", action="store_true", help="read PINs from standard input, one line each (for scripts)"
    )
    command.add_argument(
        "--no-pin-pad",
        action="store_true",
        help="type the PIN on the computer even if the reader has a keypad (also: EIDCOMPANION_PIN_PAD=off)",
    )


def _port(text: str) -> int:
    """A TCP port for vpcd; the sandbox uses it and the next one (one per reader)."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65534:
        raise argparse.ArgumentTypeError(f"not a port number from 1 to 65534: {text!r}")
    return port


def _verification_options(read: argparse.ArgumentParser) -> None:
    read.add_argument("--verify", action="store_true", help="check that the card and its data are authentic")
    read.add_argument(
        "--test-pki",
        action="store_true",
        help="also trust the test roots (simulated cards, specimen and test cards); results say TEST",
    )
    _revocation_and_time_options(read, "--no-revocation", "do not ask whether certificates were revoked")


def _revocation_and_time_options(
    command: argparse.ArgumentParser, switch_off: str, switch_off_help: str
) -> None:
    command.add_argument(switch_off, dest="no_revocation", action="store_true", help=switch_off_help)
    command.add_argument(
        "--revocation-host",
        action="append",
        metavar="HOST",
        help="also allow OCSP and CRL requests to HOST (for test cards)",
    )
    command.add_argument(
        "--at", type=parse_moment, metavar="ISO-TIME", help="validate at this time instead of now"
    )


def _add_pin_commands(commands: Any, subcommand_options: argparse.ArgumentParser) -> None:
    pin = commands.add_parser("pin", parents=[subcommand_options], help="the PIN: tries left, verify, change")
    actions = pin.add_subparsers(dest="pin_command", required=True, metavar="ACTION")
    status = actions.add_parser("status", parents=[subcommand_options], help="tries left, without using one")
    _card_options(status)
    status.add_argument("--json", action="store_true", help='print {"tries_left": n, "blocked": bool}')
    for name, text in (("verify", "check the PIN once"), ("change", "choose a new PIN")):
        action = actions.add_parser(name, parents=[subcommand_options], help=text)
        _card_options(action)
        _pin_options(action)


def _add_webeid_commands(commands: Any, subcommand_options: argparse.ArgumentParser) -> None:
    authenticate = commands.add_parser(
        "authenticate", parents=[subcommand_options], help="sign a Web eID login challenge: print the token"
    )
    authenticate.add_argument(
        "--origin", required=True, metavar="URL", help="the site, e.g. https://example.be"
    )
    authenticate.add_argument(
        "--nonce", required=True, metavar="B64", help="the challenge nonce the site issued"
    )
    _card_options(authenticate)
    _pin_options(authenticate)

    sign = commands.add_parser(
        "sign", parents=[subcommand_options], help="sign a hash with the signature key (Web eID sign)"
    )
    sign.add_argument("--hash", required=True, metavar="B64", help="the hash to sign, base64")
    sign.add_argument("--hash-function", required=True, metavar="NAME", help="SHA-256, SHA-384, SHA-512, ...")
    sign.add_argument(
        "--certificate", metavar="B64", help="the signing certificate the page chose (refuse any other card)"
    )
    _card_options(sign)
    _pin_options(sign)

    verify = commands.add_parser(
        "verify-token", parents=[subcommand_options], help="validate a login token as a site's server would"
    )
    verify.add_argument("token", metavar="TOKEN.json", help="the token (a file, or - for standard input)")
    verify.add_argument("--origin", required=True, metavar="URL", help="the site's own origin")
    verify.add_argument("--nonce", required=True, metavar="B64", help="the nonce the site issued")
    verify.add_argument(
        "--trust", required=True, action="append", metavar="CA.pem", help="a CA whose certificates may log in"
    )
    _revocation_and_time_options(verify, "--no-ocsp", "do not ask the OCSP responder")
