"""Start the demo e-guichet and say where to open it:

    .venv/bin/python native-messaging/demo-site/demo.py [--port 8443] [--trust CITIZEN-CA.pem ...]

Without ``--trust`` the site runs in its test configuration: it trusts the simulator's test CAs (and
the test roots, marked TEST), and the desktop app is started with its built-in virtual card (PIN 1234)
when no app runs. With ``--trust`` (the Belgian Citizen CAs' certificates), only real cards log in.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from demo_server import serve

from eidcompanion.simulator.pki import KeyAlgorithm, simulator_authorities
from eidcompanion.trust.config import TrustConfiguration
from eidcompanion.webeid.validator import ValidatorConfiguration, load_certificates


def configuration(trusted: list[Path]) -> tuple[ValidatorConfiguration, TrustConfiguration]:
    if trusted:
        trust = TrustConfiguration()
        return ValidatorConfiguration(load_certificates([p.read_bytes() for p in trusted]), trust), trust
    trust = TrustConfiguration.for_tests().without_revocation()
    cas = tuple(simulator_authorities(kind).citizen_ca.certificate for kind in KeyAlgorithm)
    return ValidatorConfiguration(cas, trust), trust


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CA.pem")
    options = parser.parse_args()
    validator, trust = configuration(options.trust)
    if not options.trust:  # the app with its virtual card (a running app is brought to the front instead)
        quiet = subprocess.DEVNULL
        subprocess.Popen(
            [sys.executable, "-m", "eidcompanion", "app", "--virtual", "1.8"],
            stdin=quiet, stdout=quiet, stderr=quiet, start_new_session=True,
        )  # fmt: skip
    with (
        tempfile.TemporaryDirectory(prefix="eidc-demo-") as folder,
        serve(Path(folder), validator=validator, trust=trust, port=options.port) as site,
    ):
        print(f"The demo e-guichet runs at {site.origin}/ (Ctrl+C stops it).")
        print("Its certificate is made for this run: your browser asks you to accept it once.")
        print("The browser needs eID Companion's extension and bridge: .venv/bin/eidcompanion browser-setup")
        if not options.trust:
            print("Test configuration: the app's virtual card (PIN 1234) logs in; real cards do not.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
