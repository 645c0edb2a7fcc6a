"""Write the extension for one browser family into a folder: the sources and that family's manifest.

    python native-messaging/extension/build.py --browser chromium|firefox OUTDIR

Chromium gets Manifest V3 with a service worker and the ``key`` that fixes the extension's id;
Firefox gets its id in ``browser_specific_settings`` and a background script.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

from eidcompanion.browsers.extensions import OWN_EXTENSION_KEY, OWN_FIREFOX_ID

SOURCES = Path(__file__).resolve().parent / "src"
VERSION = "0.1.0"
DESCRIPTION = "Log in to websites with your Belgian eID card, through the eID Companion app."


def manifest(browser: str) -> dict[str, Any]:
    document: dict[str, Any] = {
        "manifest_version": 3,
        "name": "eID Companion",
        "version": VERSION,
        "description": DESCRIPTION,
        "permissions": ["nativeMessaging"],
        "content_scripts": [
            {
                # http too: an insecure page is told so (ERR_WEBEID_CONTEXT_INSECURE) instead of silence
                "matches": ["https://*/*", "http://*/*"],
                "js": ["content.js"],
                "run_at": "document_start",
            }
        ],
    }
    if browser == "firefox":
        document["background"] = {"scripts": ["background.js"]}
        document["host_permissions"] = ["https://*/*", "http://*/*"]
        document["browser_specific_settings"] = {
            "gecko": {"id": OWN_FIREFOX_ID, "strict_min_version": "128.0"}
        }
    else:
        document["background"] = {"service_worker": "background.js"}
        document["key"] = OWN_EXTENSION_KEY
    return document


def build(browser: str, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for source in SOURCES.iterdir():
        shutil.copyfile(source, out / source.name)
    (out / "manifest.json").write_text(json.dumps(manifest(browser), indent=2) + "\n", encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser", choices=("chromium", "firefox"), required=True)
    parser.add_argument("outdir", type=Path)
    options = parser.parse_args()
    print(build(options.browser, options.outdir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
