"""The ``eidcompanion`` command: one ``main()`` that maps errors to a message and an exit code."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from eidcompanion import __version__
from eidcompanion.cli.exit_codes import ExitCode, exit_code_for
from eidcompanion.cli.texts import ERROR_PREFIX
from eidcompanion.errors import EidError
from eidcompanion.i18n import SUPPORTED_LANGUAGES, Catalog, detect_language, load_catalog
from eidcompanion.transport.traffic_log import TRAFFIC


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
    source.add_argument("--virtual", choices=("1.7", "1.8"), help="read the built-in virtual card")
    source.add_argument(
        "--virtual-if-no-reader",
        action="store_true",
        help="read the built-in virtual card (applet 1.8) when no PC/SC service or reader is present",
    )

    simulate = commands.add_parser(
        "simulate", parents=[subcommand_options], help="put a simulated card in a vpcd virtual reader"
    )
    origin = simulate.add_mutually_exclusive_group()
    origin.add_argument("--profile", choices=("1.7", "1.8"), default="1.8", help="built-in card profile")
    origin.add_argument("--files", metavar="DIR", help="a folder of raw files named by file ID (4031, ...)")
    simulate.add_argument("--pin", default="1234", help="the card's PIN (4 to 12 digits)")
    simulate.add_argument(
        "--tries", type=int, default=3, choices=range(4), help="PIN tries left (0 = blocked)"
    )
    simulate.add_argument("--host", default="127.0.0.1", help="vpcd host")
    simulate.add_argument("--port", type=int, default=None, help="vpcd port (default 35963)")
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
    record.add_argument("--reader", metavar="NAME", help="the reader to use")
    record.add_argument("--virtual", choices=("1.7", "1.8"), help="record the built-in virtual card")
    record.add_argument("--anonymize", action="store_true", help="replace personal data before saving")
    record.add_argument("--description", default="", help="a sentence saying what the session shows")
    return parser


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the stderr of the moment (tests swap it), one handler however often main() runs."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _configure_logging(log_apdus: bool) -> None:
    root = logging.getLogger("eidcompanion")
    if not any(isinstance(handler, _StderrHandler) for handler in root.handlers):
        root.addHandler(_StderrHandler())
    root.setLevel(TRAFFIC if log_apdus else logging.WARNING)


def _report(error: EidError, catalog: Catalog, verbose: bool) -> None:
    print(ERROR_PREFIX.render(catalog, message=error.user_text(catalog)), file=sys.stderr)
    if verbose and error.detail:
        print(f"  ({error.detail})", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    catalog = load_catalog(options.lang or detect_language())
    _configure_logging(options.log_apdus)
    from eidcompanion.cli import commands  # noqa: PLC0415 - keeps --help and --version light

    handlers = {
        "readers": commands.readers,
        "read": commands.read,
        "simulate": commands.simulate,
        "record": commands.record,
    }
    try:
        return int(handlers[options.command](options, catalog))
    except EidError as error:
        _report(error, catalog, options.verbose)
        return int(exit_code_for(error))
    except KeyboardInterrupt:
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)


if __name__ == "__main__":
    raise SystemExit(main())
