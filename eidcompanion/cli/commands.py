"""The sub-commands. Each takes the parsed options and the catalog, and returns an exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from eidcompanion.card.anonymize import anonymize_session
from eidcompanion.card.belpic import BelpicCard
from eidcompanion.card.contents import read_contents
from eidcompanion.card.describe import describe_exchange
from eidcompanion.card.pin import validate_pin
from eidcompanion.cli.card_access import open_connection
from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.cli.files import shown_path, write_private
from eidcompanion.cli.render import contents_json, summary_lines
from eidcompanion.cli.texts import (
    AUTHENTICITY,
    CERTIFICATE_CHECKS,
    NO_READERS,
    PHOTO_SAVED,
    READER_WITH_CARD,
    READER_WITHOUT_CARD,
    RECORDED,
    RECORDED_PERSONAL,
    SANDBOX_READY,
    SIMULATED_FOLDER,
    SIMULATED_PROFILE,
    SIMULATED_WARNING,
    SIMULATOR_READY,
    SIMULATOR_RECONNECT,
    SIMULATOR_WAITING,
)
from eidcompanion.cli.trust_output import report_json, report_lines, trust_configuration
from eidcompanion.i18n import Catalog
from eidcompanion.transport.recorder import RecordingConnection
from eidcompanion.trust.authenticity import verify_authenticity
from eidcompanion.trust.certificates import verify_certificates

if TYPE_CHECKING:
    from eidcompanion.simulator.vpcd import Endpoint, VpcdCard


def readers(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    from eidcompanion.transport.pcsc import list_readers  # noqa: PLC0415

    statuses = list_readers()
    if options.json:
        print(json.dumps([
            {"name": s.name, "card_present": s.card_present, "atr": s.atr.hex(" ").upper() if s.atr else None}
            for s in statuses
        ], indent=2))  # fmt: skip
    elif not statuses:
        print(NO_READERS.render(catalog))
    else:
        for status in statuses:
            state = READER_WITH_CARD if status.card_present else READER_WITHOUT_CARD
            atr = f" (ATR {status.atr.hex(' ').upper()})" if status.atr else ""
            print(f"{status.name}: {state.render(catalog)}{atr}")
    return ExitCode.OK if statuses else ExitCode.NO_READER


def read(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    connection, notice = open_connection(
        options.reader, options.virtual, options.virtual_if_no_reader, catalog
    )
    with connection:
        card = BelpicCard(connection)
        contents = read_contents(card)
        if options.verify:  # while the card is there: the live challenge needs it
            config = trust_configuration(options)
            authenticity = verify_authenticity(contents, config, card)
            certificates = verify_certificates(contents, config)
    photo_path = shown_path(write_private(options.photo, contents.photo)) if options.photo else None
    exit_code = ExitCode.OK
    if options.verify:
        if not (authenticity.ok and certificates.ok):
            exit_code = ExitCode.NOT_AUTHENTIC
        elif certificates.revocation_unknown:
            exit_code = ExitCode.REVOCATION_UNKNOWN  # never reported as good
    if options.json:
        document = contents_json(contents, catalog, photo_path)
        if options.verify:
            document["authenticity"] = report_json(authenticity, catalog)
            document["certificate_checks"] = report_json(certificates, catalog)
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return exit_code
    if notice:
        print(notice)
    elif contents.simulated:
        print(SIMULATED_WARNING.render(catalog))
    print("\n".join(summary_lines(contents, catalog)))
    if options.verify:
        print("\n".join(report_lines(AUTHENTICITY.render(catalog), authenticity, catalog)))
        print("\n".join(report_lines(CERTIFICATE_CHECKS.render(catalog), certificates, catalog)))
    if photo_path:
        print(PHOTO_SAVED.render(catalog, path=photo_path))
    return exit_code


def record(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    connection, _notice = open_connection(options.reader, options.virtual, False, catalog)
    recorder = RecordingConnection(connection, describe_exchange)
    with recorder:
        contents = read_contents(BelpicCard(recorder))
    description = options.description or f"Full read of the card in {connection.reader_name}"
    session = replace(recorder.session(description), simulated=contents.simulated)
    if options.anonymize:
        session = anonymize_session(session)
    write_private(options.out, session.to_text().encode("utf-8"))
    print(RECORDED.render(catalog, count=len(session.apdu_steps), path=shown_path(options.out)))
    if not session.anonymized and not session.simulated:
        print(RECORDED_PERSONAL.render(catalog), file=sys.stderr)
    return ExitCode.OK


def simulate(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    from eidcompanion.simulator.applet import BelpicApplet  # noqa: PLC0415
    from eidcompanion.simulator.profile import build_profile  # noqa: PLC0415
    from eidcompanion.simulator.raw_files import load_card_folder  # noqa: PLC0415
    from eidcompanion.simulator.sandbox import DEFAULT_SANDBOX_PORT, PcscSandbox  # noqa: PLC0415
    from eidcompanion.simulator.vpcd import DEFAULT_VPCD_PORT, TcpEndpoint, VpcdCard  # noqa: PLC0415

    validate_pin(options.pin)
    signal.signal(signal.SIGTERM, _stop_on_terminate)  # a service manager stops it like Ctrl+C
    if options.files:
        profile = load_card_folder(Path(options.files), pin=options.pin, tries_left=options.tries)
    else:
        profile = build_profile(options.profile, pin=options.pin, tries_left=options.tries)
    profile.activated = not options.not_activated
    card_text = (
        SIMULATED_FOLDER.render(catalog, folder=options.files)
        if options.files
        else SIMULATED_PROFILE.render(catalog, version=profile.applet.label)
    )
    with contextlib.ExitStack() as stack:
        endpoint: Endpoint
        if options.sandbox:
            sandbox = stack.enter_context(PcscSandbox(port=options.port or DEFAULT_SANDBOX_PORT))
            endpoint = sandbox.endpoint(0)
            print(SANDBOX_READY.render(catalog, socket=sandbox.socket_path), flush=True)
        else:
            endpoint = TcpEndpoint(options.host, options.port or DEFAULT_VPCD_PORT)
        card = VpcdCard(BelpicApplet(profile), endpoint)
        return _serve_card(card, endpoint, card_text, options, catalog)


def _stop_on_terminate(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _serve_card(
    card: VpcdCard, endpoint: Endpoint, card_text: str, options: argparse.Namespace, catalog: Catalog
) -> ExitCode:
    """Keep the card in the reader, reconnecting whenever vpcd goes away, until Ctrl+C."""
    try:
        print(SIMULATOR_WAITING.render(catalog, where=endpoint.describe()), flush=True)
        announced = False
        while True:
            try:
                card.connect(timeout=5)
            except ConnectionError:
                time.sleep(1)
                continue
            if not announced:
                print(
                    SIMULATOR_READY.render(
                        catalog,
                        card=card_text,
                        where=endpoint.describe(),
                        pin=options.pin,
                        tries=options.tries,
                    ),
                    flush=True,
                )
                announced = True
            card.serve()
            print(SIMULATOR_RECONNECT.render(catalog), flush=True)
    except KeyboardInterrupt:
        card.eject()
        return ExitCode.OK
