"""The ``eidcompanion`` command: one ``main()`` that maps errors to a message and an exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from eidcompanion.cli.exit_codes import ExitCode, exit_code_for
from eidcompanion.cli.parser import build_parser
from eidcompanion.cli.texts import ERROR_PREFIX
from eidcompanion.errors import EidError
from eidcompanion.i18n import Catalog, detect_language, load_catalog
from eidcompanion.texts.errors import error_text
from eidcompanion.transport.traffic_log import TRAFFIC


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
    print(ERROR_PREFIX.render(catalog, message=error_text(error, catalog)), file=sys.stderr)
    if verbose and error.detail:
        print(f"  ({error.detail})", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["app"]:  # the desktop app: Qt is loaded only for it
        from eidcompanion.gui.app import main as app_main  # noqa: PLC0415

        return app_main(arguments[1:])
    options = build_parser().parse_args(arguments)
    catalog = load_catalog(options.lang or detect_language())
    _configure_logging(options.log_apdus)
    from eidcompanion.cli import browser_commands, commands, pin_commands, webeid_commands  # noqa: PLC0415

    handlers = {
        "readers": commands.readers,
        "read": commands.read,
        "simulate": commands.simulate,
        "record": commands.record,
        "pin status": pin_commands.status,
        "pin verify": pin_commands.verify,
        "pin change": pin_commands.change,
        "authenticate": webeid_commands.authenticate,
        "sign": webeid_commands.sign,
        "verify-token": webeid_commands.verify_token,
        "browser-setup": browser_commands.browser_setup,
    }
    name = f"pin {options.pin_command}" if options.command == "pin" else options.command
    try:
        return int(handlers[name](options, catalog))
    except EidError as error:
        _report(error, catalog, options.verbose)
        return int(exit_code_for(error))
    except KeyboardInterrupt:
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)


if __name__ == "__main__":
    raise SystemExit(main())
