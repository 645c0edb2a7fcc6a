"""The secret in a real Secret Service: gnome-keyring-daemon on a private D-Bus session.

Needs the Debian packages ``gnome-keyring`` (gnome-keyring-daemon) and ``dbus-daemon``
(dbus-run-session; pulled in by ``dbus``); ``dbus-x11`` is not needed. Everything runs in child
processes with a private HOME and XDG folders, so the machine's own keyrings are never touched; the
session bus and the daemon end with dbus-run-session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
PROGRAMS = ("gnome-keyring-daemon", "dbus-run-session")

# One step per process, as in real life: the app creates, the bridge reads.
SCRIPT = """
import json, os, sys
from pathlib import Path

import keyring

from eidcompanion.ipc.secret import SecretStore, SecretUnavailableError, create_secret, read_secret

step, folder = sys.argv[1], Path(sys.argv[2])
report = {"step": step}
if step == "create":
    secret, store = create_secret(folder)
    report.update(store=store.value, secret=secret.decode(), files=sorted(os.listdir(folder)))
else:
    try:
        report["secret"] = read_secret(folder, SecretStore.KEYRING).decode()
    except SecretUnavailableError as exc:
        report["error"] = str(exc)
backend = type(keyring.get_keyring())  # after the step: the bridge chooses its backend itself
report["backend"] = f"{backend.__module__}.{backend.__qualname__}"
print("REPORT " + json.dumps(report), flush=True)
"""

# An empty password (echo -n "" | gnome-keyring-daemon --unlock) makes no "login" collection in a
# fresh HOME: the Secret Service then asks a prompter (no display: "Prompt dismissed") and the
# secret goes to the file. Any non-empty password creates and unlocks the collection.
SESSION = """
printf '%s' 'eidcompanion-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$PYTHON" "$SCRIPT" create "$FOLDER"
"$PYTHON" "$SCRIPT" read "$FOLDER"
DBUS_SESSION_BUS_ADDRESS=disabled: "$PYTHON" "$SCRIPT" read-without-bus "$FOLDER"
"""


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=RUNTIME/bus</listen>
  <auth>EXTERNAL</auth>
  <standard_session_servicedirs/>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The reports of the three steps, by step name (plus the folder and the session's stderr)."""
    missing = [program for program in PROGRAMS if shutil.which(program) is None]
    if missing:
        reason = (
            f"{', '.join(missing)} not installed: the Secret Service test needs the Debian packages "
            "gnome-keyring and dbus-daemon (apt-get install -y gnome-keyring dbus)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("secret-service")
    home, runtime, folder = base / "home", base / "xdg-runtime", base / "run"
    for path in (home, runtime, folder):
        path.mkdir(mode=0o700)
    script = base / "step.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "DISPLAY", "WAYLAND_DISPLAY"}
        and not key.startswith(("XDG_", "GNOME_KEYRING"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPOSITORY), os.environ.get("PYTHONPATH")])),
        PYTHON=sys.executable,
        SCRIPT=str(script),
        FOLDER=str(folder),
    )
    config = base / "session.conf"  # the bus where a systemd user session has it: $XDG_RUNTIME_DIR/bus
    config.write_text(BUS_CONFIG.replace("RUNTIME", str(runtime)), encoding="utf-8")
    completed = subprocess.run(
        ["dbus-run-session", f"--config-file={config}", "--", "sh", "-c", SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    reports: dict[str, Any] = {
        "folder": folder,
        "stderr": completed.stderr,
        "keyrings": sorted(p.name for p in (home / "data" / "keyrings").glob("*")),
    }
    for line in completed.stdout.splitlines():
        if line.startswith("REPORT "):
            report = json.loads(line.removeprefix("REPORT "))
            reports[report["step"]] = report
    return reports


def test_the_app_keeps_the_secret_in_the_secret_service_and_the_bridge_reads_it(
    session: dict[str, Any],
) -> None:
    create, read = session.get("create"), session.get("read")
    assert create is not None, session["stderr"]
    assert read is not None, session["stderr"]
    assert create["backend"] == "keyring.backends.SecretService.Keyring", session["stderr"]
    assert create["store"] == "keyring", session["stderr"]
    assert create["files"] == []  # nothing on disk: the secret lives in the keyring only
    assert list(session["folder"].iterdir()) == []
    assert read["backend"] == "keyring.backends.SecretService.Keyring"
    assert read.get("secret") == create["secret"], read.get("error")
    assert len(create["secret"]) >= 43
    assert "login.keyring" in session["keyrings"]  # the private HOME's, not the machine's


def test_a_bridge_started_without_the_session_bus_reads_the_secret(session: dict[str, Any]) -> None:
    """Chromium starts native hosts with DBUS_SESSION_BUS_ADDRESS=disabled:; the bridge finds the
    session bus at $XDG_RUNTIME_DIR/bus (where a systemd user session keeps it) and reads the secret."""
    create, read = session.get("create"), session.get("read-without-bus")
    assert create is not None, session["stderr"]
    assert read is not None, session["stderr"]
    assert create["store"] == "keyring"  # the premise: the app did use the Secret Service
    assert read.get("secret") == create["secret"], f"{read['backend']}: {read.get('error')}"
